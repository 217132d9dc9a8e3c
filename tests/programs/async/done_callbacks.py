# Done callbacks of futures and tasks: scheduled in registration order,
# interleaved with task steps in FIFO order; one that raises is reported
# and the loop goes on.
import asyncio

order = []


def cb(tag):
    def f(fut):
        order.append((tag, fut.result() if not fut.cancelled() else "cancelled"))
    return f


def bad(fut):
    order.append("bad")
    raise RuntimeError("callback failed")


async def stepper(n):
    for i in range(n):
        order.append(("step", i))
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for t in "xyz":
        fut.add_done_callback(cb(t))
    fut.add_done_callback(bad)
    fut.add_done_callback(cb("after-bad"))
    st = asyncio.create_task(stepper(4))
    await asyncio.sleep(0)
    fut.set_result(7)
    order.append("set")
    await st
    print(order)
    order.clear()
    removed = fut.remove_done_callback(bad)
    print("removed", removed)
    # on an already finished future: scheduled at once
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    t = asyncio.create_task(stepper(1))
    t.add_done_callback(cb("task"))
    c = loop.create_future()
    c.add_done_callback(cb("c"))
    c.cancel()
    await t
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
