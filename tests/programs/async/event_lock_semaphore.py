# Event, Lock and Semaphore used through acquire/release (no async with).
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")


async def locked_work(lock, name, log):
    await lock.acquire()
    try:
        log.append(name + "+")
        await asyncio.sleep(0)
        log.append(name + "-")
    finally:
        lock.release()


async def limited(sem, name, active, peak):
    await sem.acquire()
    active[0] += 1
    peak[0] = max(peak[0], active[0])
    print(name, "in", active[0])
    # (sleep(0), not a timer: timers due close together may run in one
    # loop iteration or two, depending on the machine's load.)
    await asyncio.sleep(0)
    active[0] -= 1
    sem.release()


async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print(await ev.wait(), ev.is_set())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_work(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    await asyncio.gather(*(limited(sem, f"s{i}", active, peak) for i in range(5)))
    print("peak", peak[0], sem.locked())


asyncio.run(main())
