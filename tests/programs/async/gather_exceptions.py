# gather: return_exceptions collects errors; otherwise the first propagates.
import asyncio


async def ok(n):
    await asyncio.sleep(0)
    return n * 10


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    res = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(ok(1), fail("first"), ok(2))
    except ValueError as e:
        print("caught", e)
    print(await asyncio.gather())
    inner = asyncio.gather(ok(4), ok(5))
    print(type(inner).__name__ == "_GatheringFuture", inner.done())
    print(await inner)
    try:
        await fail_directly()
    except KeyError as e:
        print("direct", repr(e))


async def fail_directly():
    await asyncio.sleep(0)
    raise KeyError("k")


asyncio.run(main())
