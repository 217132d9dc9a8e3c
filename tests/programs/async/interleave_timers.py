# Tasks sleeping real (short) delays wake in timer order; equal delays FIFO.
import asyncio

log = []


async def ticker(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
        log.append(name)
    return count


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [
        asyncio.create_task(ticker("slow", 0.2, 1), name="slow"),
        asyncio.create_task(ticker("fast", 0.05, 3), name="fast"),
        asyncio.create_task(ticker("mid", 0.125, 2), name="mid"),
    ]
    for t in tasks:
        print(t.get_name(), t.done())
    counts = await asyncio.gather(*tasks)
    elapsed = loop.time() - start
    print(counts, elapsed >= 0.25, elapsed < 2.0)
    print("".join(n[0] for n in log))

    async def same(n):
        await asyncio.sleep(0.01)
        print("same", n)

    await asyncio.gather(*(same(i) for i in range(5)))


asyncio.run(main())
