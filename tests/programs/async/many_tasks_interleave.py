# Twenty tasks with staggered sleeps and yields: the print order is CPython's.
import asyncio

events = []


async def job(i):
    print(f"job {i} start")
    await asyncio.sleep(0)
    print(f"job {i} after yield")
    await asyncio.sleep((i % 3) * 0.03)
    print(f"job {i} after sleep")
    events.append(i)
    if i % 7 == 6:
        raise RuntimeError(f"job {i} failed")
    return i * i


async def main():
    tasks = [asyncio.create_task(job(i), name=f"job-{i}") for i in range(10)]
    print("all created")
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), r if not isinstance(r, Exception) else repr(r))
    print(events)
    print(all(t.done() for t in tasks), asyncio.current_task().get_name())


asyncio.run(main())
