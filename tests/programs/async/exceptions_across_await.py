# Exceptions cross await boundaries, through tasks and nested coroutines.
import asyncio


class AppError(Exception):
    pass


async def level3(x):
    await asyncio.sleep(0)
    if x < 0:
        raise AppError(f"negative: {x}")
    return x


async def level2(x):
    try:
        return await level3(x)
    finally:
        print("level2 finally", x)


async def level1(x):
    try:
        return await level2(x)
    except AppError as e:
        print("level1 caught", e)
        raise RuntimeError("wrapped") from e


async def main():
    print(await level1(5))
    try:
        await level1(-1)
    except RuntimeError as e:
        print("main caught", e, "cause:", repr(e.__cause__))
    t = asyncio.create_task(level3(-2))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done(), type(t.exception()).__name__)
    try:
        await t
    except AppError as e:
        print("awaiting failed task:", e)


asyncio.run(main())
