# Cancelling tasks: CancelledError at the await, cleanup, cancelled() state.
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke up")
    except asyncio.CancelledError:
        print(name, "cancelled, cleaning up")
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallows cancel")
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("done before await:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    u = asyncio.create_task(sleeper("t2"))
    u.cancel("with message")
    try:
        await u
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
