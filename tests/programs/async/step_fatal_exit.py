# SystemExit raised inside a task stops the loop and the program exits
# with its code; the other tasks are cancelled on the way out.
import asyncio
import sys


async def other():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("other cancelled")
        raise


async def quitter():
    await asyncio.sleep(0)
    print("quitting")
    sys.exit(3)


async def main():
    asyncio.create_task(other())
    await asyncio.create_task(quitter())
    print("not reached")


try:
    asyncio.run(main())
finally:
    print("finally ran")
