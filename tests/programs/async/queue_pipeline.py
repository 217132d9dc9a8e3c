# Producer/consumer with asyncio.Queue: bounded puts block, join waits.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)


async def consumer(q, name, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stopping")
            break
        print(name, "got", item)
        out.append(item * item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, "c1", out))
    print(out, q.empty(), q.full())
    q2 = asyncio.Queue()
    for w in ["x", "y", "z"]:
        q2.put_nowait(w)
    print(q2.qsize(), q2.get_nowait(), q2.get_nowait())
    q2.task_done(); q2.task_done(); q2.task_done()
    await q2.join()
    print("joined")
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        full = asyncio.Queue(1)
        full.put_nowait(1)
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")


asyncio.run(main())
