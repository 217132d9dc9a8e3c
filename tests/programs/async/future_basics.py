# Futures: results, exceptions, callbacks, InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    f.add_done_callback(lambda fut: print("callback saw", fut.result()))
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(42)
    print("set; callback not yet run")
    await asyncio.sleep(0)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    g = asyncio.Future()
    g.set_exception(ValueError("nope"))
    print(type(g.exception()).__name__)
    try:
        await g
    except ValueError as e:
        print("await raised", e)

    async def setter(fut):
        await asyncio.sleep(0.01)
        fut.set_result("ready")

    h = loop.create_future()
    asyncio.create_task(setter(h))
    print(await h)
    c = loop.create_future()
    print(c.cancel(), c.cancelled(), c.cancel())


asyncio.run(main())
