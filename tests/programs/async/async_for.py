# async for over async generators and classes with __aiter__/__anext__.
import asyncio


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


async def ticks(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i * i


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    total = 0
    async for sq in ticks(5):
        if sq == 9:
            continue
        total += sq
    print("total", total)
    async for v in ticks(10):
        if v > 10:
            print("breaking at", v)
            break
    else:
        print("not reached")
    async for v in ticks(0):
        print("never")
    else:
        print("empty loop else")
    agen = ticks(3)
    print(await agen.__anext__(), await agen.__anext__())
    await agen.aclose()
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
