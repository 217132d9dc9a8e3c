# Thousands of tasks finishing in and out of creation order: all_tasks sees
# exactly the unfinished ones, and each task steps once per sleep(0).
import asyncio

order = []


async def worker(i, rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)
    order.append(i)
    return i * 2


async def main():
    tasks = [asyncio.create_task(worker(i, (i * 7) % 5)) for i in range(3000)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    results = await asyncio.gather(*tasks)
    print(sum(results), order[:12], order[-5:])
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())
    print(all(t.done() for t in tasks), tasks[5].result())


asyncio.run(main())
