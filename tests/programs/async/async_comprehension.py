# Async comprehensions: async for and await inside list/set/dict/generator forms.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(6) if x % 2])
    print({x % 3 async for x in agen(7)})
    print({x: x * x async for x in agen(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    pairs = [(a, b) async for a in agen(3) for b in range(a)]
    print(pairs)
    g = (x + 100 async for x in agen(3))
    print(type(g).__name__)
    print([y async for y in g])
    results = await asyncio.gather(*[double(i) for i in range(3)])
    print(results)


asyncio.run(main())
