# A failed task nobody awaits: the program continues; asyncio logs it.
import asyncio


async def doomed():
    await asyncio.sleep(0)
    raise ValueError("nobody listens")


async def fine():
    await asyncio.sleep(0)
    return "ok"


async def main():
    t = asyncio.create_task(doomed())
    u = asyncio.create_task(fine())
    await asyncio.sleep(0.01)
    print("doomed done:", t.done(), "fine:", u.result())
    del t
    print("main finishing")


asyncio.run(main())
print("after run")
