# `await coro()` keeps an exact coroutine that delegates to nothing on the
# stack without a runtime call; every other awaited object, and the errors
# of awaiting a coroutine twice, while it runs or while another coroutine
# awaits it, keep CPython's behaviour.
class Suspend:
    def __await__(self):
        return (yield "suspend")


def run(c, *sends):
    out = []
    try:
        out.append(c.send(None))
        for v in sends:
            out.append(c.send(v))
        out.append("suspended")
    except StopIteration as e:
        out.append(("returned", e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


async def leaf(x):
    return x * 2


async def pause(x):
    v = await Suspend()
    return x, v


async def chain():
    a = await leaf(1)
    b = await pause(2)
    c = leaf(3)
    d = await c
    e = c.cr_frame is None
    try:
        await c
    except RuntimeError as err:
        f = str(err)
    return a, b, d, e, f


print(run(chain(), "sent"))


# Being awaited already: the second awaiter gets the RuntimeError.
async def inner():
    return await Suspend()


shared = inner()


async def first():
    return await shared


async def second():
    return await shared


t1 = first()
print(run(t1))
print(run(second()))
try:
    t1.send("value")
except StopIteration as e:
    print("first returned", e.value)


# Awaiting itself while running.
async def selfish():
    return await me


me = selfish()
print(run(me))


# Other awaitables and non-awaitables.
def plain_gen():
    yield 1


async def awaits(obj):
    return await obj


print(run(awaits(Suspend()), "sv"))
print(run(awaits(plain_gen())))
print(run(awaits(5)))
print(run(awaits(leaf(4))))
done = leaf(5)
print(run(awaits(done)))
print(run(awaits(done)))


# A coroutine closed before it is awaited.
c = leaf(6)
c.close()
print(run(awaits(c)))


# Exceptions raised by the awaited coroutine propagate with tracebacks.
async def fails():
    raise ValueError("inner failure")


async def catches():
    try:
        await fails()
    except ValueError as e:
        return "caught " + str(e)


print(run(catches()))


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


print(run(deep(50)))
