# An exception escaping the main coroutine ends asyncio.run with a traceback.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    if n == 3:
        raise ZeroDivisionError(f"step {n} failed")
    return n


async def main():
    total = 0
    for i in range(5):
        total += await step(i)
        print("total", total)


asyncio.run(main())
