# wait_for: results within the timeout, TimeoutError and cancellation after.
import asyncio


async def slow(n, delay):
    try:
        await asyncio.sleep(delay)
        return n
    except asyncio.CancelledError:
        print("slow", n, "was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(1, 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(2, 5), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(3, 0), timeout=None))
    t = asyncio.create_task(slow(4, 5))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout", t.cancelled())
    results = []
    for d in (0.01, 0.2):
        try:
            results.append(await asyncio.wait_for(slow(d, d), 0.05))
        except TimeoutError:
            results.append("timeout")
    print(results)


asyncio.run(main())
