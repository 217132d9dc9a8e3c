# asyncio with many tasks: thousands of tasks created with create_task and
# gathered, each yielding to the event loop with asyncio.sleep(0); a queue
# based pipeline; locks and events. Exercises the event loop, futures,
# task switching and coroutine frames.

import asyncio


async def worker(i, rounds, totals):
    acc = 0
    for r in range(rounds):
        acc += (i * 31 + r) % 17
        await asyncio.sleep(0)
    totals[i % len(totals)] += acc
    return acc


async def many_tasks(count, rounds):
    totals = [0] * 8
    tasks = [asyncio.create_task(worker(i, rounds, totals)) for i in range(count)]
    results = await asyncio.gather(*tasks)
    return sum(results), totals


async def stage(inbox, outbox, factor):
    while True:
        item = await inbox.get()
        if item is None:
            await outbox.put(None)
            return
        await outbox.put(item * factor % 10007)


async def pipeline(items, stages):
    queues = [asyncio.Queue() for _ in range(stages + 1)]
    workers = [asyncio.create_task(stage(queues[k], queues[k + 1], k + 2)) for k in range(stages)]
    for i in range(items):
        await queues[0].put(i)
    await queues[0].put(None)
    total = 0
    count = 0
    while True:
        item = await queues[-1].get()
        if item is None:
            break
        total += item
        count += 1
    await asyncio.gather(*workers)
    return count, total


async def locked_counter(tasks, increments):
    lock = asyncio.Lock()
    state = {"value": 0, "max_inside": 0, "inside": 0}

    async def bump():
        for _ in range(increments):
            async with lock:
                state["inside"] += 1
                state["max_inside"] = max(state["max_inside"], state["inside"])
                v = state["value"]
                await asyncio.sleep(0)
                state["value"] = v + 1
                state["inside"] -= 1

    await asyncio.gather(*(bump() for _ in range(tasks)))
    return state["value"], state["max_inside"]


async def main():
    for count, rounds in ((100, 50), (4000, 60), (20000, 6)):
        print("tasks", count, rounds, await many_tasks(count, rounds))
    print("pipeline", await pipeline(20000, 4))
    print("lock", await locked_counter(20, 100))


asyncio.run(main())
