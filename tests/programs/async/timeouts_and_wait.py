# asyncio.timeout, asyncio.wait (FIRST_COMPLETED / ALL_COMPLETED), as_completed.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired")
    async with asyncio.timeout(1) as cm:
        r = await work("quick", 0.01)
    print(r, cm.expired())

    tasks = [asyncio.create_task(work(n, d)) for n, d in [("a", 0.05), ("b", 0.01), ("c", 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))

    order = []
    for fut in asyncio.as_completed([work("x", 0.06), work("y", 0.02), work("z", 0.04)]):
        order.append(await fut)
    print(order)

    t = asyncio.create_task(work("late", 1))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("late cancelled")


asyncio.run(main())
