# Many tasks interleaving around sleep(0): the order is CPython's FIFO order.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("created")
    t3 = asyncio.create_task(worker("c", 4))
    await asyncio.sleep(0)
    print("main after first yield")
    results = await asyncio.gather(t1, t2, t3, worker("d", 1))
    print(results)
    print(t1.done(), t2.result(), t3.get_name().startswith("Task-"))


asyncio.run(main())
