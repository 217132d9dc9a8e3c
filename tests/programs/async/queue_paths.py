# asyncio.Queue paths: a long queue drained in part (the front is compacted
# as items are taken), bounded queues with blocked putters and getters
# woken in FIFO order, get_nowait/put_nowait errors, join/task_done,
# LifoQueue, a cancelled getter, and a subclass overriding empty().
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(100):
        q.put_nowait(i)
    taken = [q.get_nowait() for _ in range(40)]
    print(taken[:3], taken[-1], q.qsize(), q.empty())
    for i in range(100, 130):
        await q.put(i)
    rest = []
    while not q.empty():
        rest.append(await q.get())
    print(len(rest), rest[:3], rest[-3:], q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

    b = asyncio.Queue(maxsize=2)
    log = []

    async def producer(tag, n):
        for i in range(n):
            await b.put((tag, i))
            log.append(f"put {tag}{i}")

    async def consumer(tag, n):
        for _ in range(n):
            item = await b.get()
            log.append(f"got {tag}:{item[0]}{item[1]}")
            b.task_done()

    await asyncio.gather(producer("p", 4), producer("q", 3), consumer("x", 3), consumer("y", 4))
    print(log)
    print(b.full(), b.qsize(), b.maxsize)
    b.put_nowait(1)
    b.put_nowait(2)
    try:
        b.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", b.full())

    j = asyncio.Queue()
    for i in range(3):
        j.put_nowait(i)

    async def worker():
        while True:
            item = await j.get()
            await asyncio.sleep(0)
            log.append(item)
            j.task_done()

    log.clear()
    w = asyncio.create_task(worker())
    await j.join()
    print("joined", log)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker cancelled")
    try:
        j.task_done()
    except ValueError as e:
        print("ValueError", e)

    lq = asyncio.LifoQueue()
    for i in range(5):
        await lq.put(i)
    print([await lq.get() for _ in range(5)])

    # a getter cancelled while it waits; the next item goes to the other
    g = asyncio.Queue()

    async def getter(tag):
        v = await g.get()
        return tag, v

    t1 = asyncio.create_task(getter("first"))
    t2 = asyncio.create_task(getter("second"))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    g.put_nowait("item")
    print(await t2, t1.cancelled(), g.qsize())

    class Counting(asyncio.Queue):
        checks = 0

        def empty(self):
            Counting.checks += 1
            return super().empty()

    c = Counting()
    c.put_nowait("a")
    print(await c.get(), Counting.checks > 0)


asyncio.run(main())
