# asyncio.sleep(0) and sleep(negative): the result argument, the coroutine
# object, one loop iteration per sleep (interleaving order), and a task
# cancelled while it sleeps for zero seconds.
import asyncio


async def main():
    c = asyncio.sleep(0, result="r")
    print(type(c).__name__, c.__qualname__, asyncio.iscoroutine(c))
    print(await c)
    print(await asyncio.sleep(-3, result=[1, 2]))
    print(await asyncio.sleep(0.0))

    order = []

    async def count(tag, n, delay=0):
        for i in range(n):
            order.append(f"{tag}{i}")
            await asyncio.sleep(delay)
        return tag

    print(await asyncio.gather(count("a", 3), count("b", 2, -1), count("c", 4)))
    print(" ".join(order))

    async def forever():
        n = 0
        try:
            while True:
                n += 1
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("cancelled after", n, "steps")
            raise

    t = asyncio.create_task(forever())
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())

    # a never-awaited sleep coroutine is just closed
    s = asyncio.sleep(0)
    s.close()
    print("closed")


asyncio.run(main())
