# The event loop checks every ready and due handle's `_cancelled` flag
# through a cached attribute site: handles of different classes (Handle,
# TimerHandle), cancelled before and after being scheduled, and a flag set
# on the instance by hand.
import asyncio

log = []


def cb(name):
    log.append(name)


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(cb, "soon1")
    h2 = loop.call_soon(cb, "soon2")
    t1 = loop.call_later(0.001, cb, "later1")
    t2 = loop.call_later(0.001, cb, "later2")
    h2.cancel()
    t1.cancel()
    print(h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
    h3 = loop.call_soon(cb, "soon3")
    h3._cancelled = True
    h4 = loop.call_soon(cb, "soon4")
    h4._cancelled = 0
    await asyncio.sleep(0.01)
    print(log)

    async def worker(i):
        await asyncio.sleep(0)
        log.append(f"w{i}")
        return i

    tasks = [asyncio.ensure_future(worker(i)) for i in range(6)]
    tasks[2].cancel()
    tasks[4].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    print(log[-4:])


asyncio.run(main())
