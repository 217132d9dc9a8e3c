# Task stepping paths of the event loop's native core: plain steps after
# sleep(0), steps after a future completes, pending cancellations, bad
# yields, exceptions, return values, current_task() and task names.
import asyncio


class BareYield:
    def __await__(self):
        yield


class BadYield:
    def __await__(self):
        yield 42


log = []


async def ticker(name, n):
    me = asyncio.current_task()
    for i in range(n):
        log.append((name, i, me.get_name() if me else None))
        await asyncio.sleep(0)
    return name * 2


async def bare(n):
    for i in range(n):
        log.append(("bare", i))
        await BareYield()
    return n


async def sleeper():
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("sleeper cancelled", e.args))
        raise


async def swallow():
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append("swallowed")
    return "survived"


async def raiser(kind):
    await asyncio.sleep(0)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "stop":
        raise StopIteration("inside")
    raise KeyError(kind)


async def bad_yield():
    try:
        await BadYield()
    except RuntimeError as e:
        return "caught: " + str(e)


async def waits_on_future(fut):
    v = await fut
    log.append(("future gave", v))
    return v + 1


async def main():
    t1 = asyncio.create_task(ticker("a", 3))
    t2 = asyncio.create_task(ticker("b", 2), name="named")
    t3 = asyncio.create_task(bare(3))
    print(await asyncio.gather(t1, t2, t3))
    print(log)
    log.clear()

    # cancelled while queued for a plain step (the Python step throws in)
    s = asyncio.create_task(sleeper())
    s.cancel("early")
    try:
        await s
    except asyncio.CancelledError as e:
        print("early cancel", e.args, s.cancelled())
    # cancelled while suspended on a timer future
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel ->", s.cancel("late"))
    try:
        await s
    except asyncio.CancelledError as e:
        print("late cancel", e.args, s.cancelled())
    # a task that swallows its cancellation finishes normally
    w = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    w.cancel()
    print(await w, w.cancelled(), w.cancelling())
    print(log)
    log.clear()

    for kind in ("value", "stop", "key"):
        t = asyncio.create_task(raiser(kind))
        try:
            await t
        except BaseException as e:
            print(kind, type(e).__name__, e, type(e.__cause__).__name__)
        print(t.done(), repr(t.exception()))

    print(await asyncio.create_task(bad_yield()))

    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waits_on_future(fut))
    await asyncio.sleep(0)
    fut.set_result(41)
    print(await t, log)

    # a task awaiting a task that fails; result order of gather
    async def child(i):
        for _ in range(i):
            await asyncio.sleep(0)
        if i == 2:
            raise ZeroDivisionError(i)
        return i
    print(await asyncio.gather(*(child(i) for i in range(5)), return_exceptions=True))
    try:
        await asyncio.gather(*(child(i) for i in range(5)))
    except ZeroDivisionError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)


asyncio.run(main())
