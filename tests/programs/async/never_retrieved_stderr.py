# The never-retrieved report goes to stderr; its last line is the exception.
import asyncio


async def boom():
    raise KeyError("lost")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    print("done")


asyncio.run(main())
