# Loop-level scheduling: call_soon/call_later order, current_task, time().
import asyncio


def cb(tag, log):
    log.append(tag)
    print("callback", tag)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t0 = loop.time()
    loop.call_later(0.04, cb, "later-2", log)
    loop.call_later(0.01, cb, "later-1", log)
    loop.call_soon(cb, "soon-1", log)
    h = loop.call_soon(cb, "cancelled", log)
    loop.call_soon(cb, "soon-2", log)
    h.cancel()
    print("scheduled", log)
    await asyncio.sleep(0)
    print("after sleep(0)", log)
    await asyncio.sleep(0.1)
    print("after sleep", log)
    print(loop.time() - t0 >= 0.1)
    me = asyncio.current_task()
    print(me.get_name(), me.done())
    me.set_name("renamed")
    print(asyncio.current_task().get_name())
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut, fut.done())
    print(loop.is_running())


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
