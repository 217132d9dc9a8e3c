# A FIFO queue holding many items keeps order, size and emptiness right while
# its front is consumed (and refilled) in bursts; LifoQueue still pops last.
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(100):
        q.put_nowait(i)
    print(q.qsize(), q.empty())
    got = [q.get_nowait() for _ in range(60)]
    print(got[:3], got[-1], q.qsize(), q.empty())
    for i in range(100, 130):
        await q.put(i)
    rest = []
    while not q.empty():
        rest.append(await q.get())
    print(len(rest), rest[0], rest[-1], q.qsize(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait("again")
    print(q.qsize(), q.get_nowait(), q.empty())

    bounded = asyncio.Queue(maxsize=3)
    for i in range(3):
        bounded.put_nowait(i)
    print(bounded.full(), bounded.qsize())
    try:
        bounded.put_nowait(9)
    except asyncio.QueueFull:
        print("QueueFull")
    print(bounded.get_nowait(), bounded.full())

    lifo = asyncio.LifoQueue()
    for i in range(5):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(5)], lifo.empty())


asyncio.run(main())
