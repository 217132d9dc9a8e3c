# Delegation (yield from / await) stepped by next() and send(), generators
# freed when finished or dropped while suspended, and the states and errors
# around them: gi_yieldfrom, gi_running, close/throw into a delegation that
# has suspended many times, PEP 479, just-started send.


def inner(n, log):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                log.append(("inner got", got))
        return "inner done %d" % n
    finally:
        log.append(("inner finally", n))


def outer(n, log):
    r = yield from inner(n, log)
    log.append(("outer result", r))
    r2 = yield from inner(2, log)
    log.append(("outer result 2", r2))
    return r + "/" + r2


log = []
g = outer(5, log)
print(next(g), g.gi_yieldfrom is not None, g.gi_yieldfrom.__name__)
print(next(g), next(g))
print(g.send(None), g.send("x"))
print(g.send("y"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(g.gi_yieldfrom, g.gi_frame)
print(log)

# close() while delegating deep into an inner generator that suspended often
log = []
g = outer(10, log)
for _ in range(6):
    next(g)
g.close()
print("closed", log, g.gi_frame)

# throw() into a long delegation: the inner generator handles it
def catcher():
    n = 0
    while True:
        try:
            yield n
        except KeyError as e:
            n += 100
            yield "caught %r" % (e,)
        n += 1


def deleg():
    return (yield from catcher())


g = deleg()
print([next(g) for _ in range(4)])
print(g.throw(KeyError("k")))
print(next(g), next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e, g.gi_frame)

# a delegate raising StopIteration inside: PEP 479 in the inner generator
def bad_inner():
    yield 1
    yield 2
    raise StopIteration("oops")


def bad_outer():
    yield from bad_inner()


g = bad_outer()
print(next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

# generators dropped while suspended run their finally blocks at once
def counted(tag, out):
    try:
        yield 1
        yield 2
    finally:
        out.append(tag)


out = []
for i in range(5):
    g = counted(i, out)
    next(g)
    if i % 2:
        next(g)
    del g
print("finalized", out)

# finished generators: nothing left to close
out = []
for i in range(3):
    g = counted(i, out)
    print(list(g), g.gi_frame, g.gi_running)
print(out)

# running state and re-entry
def reenter():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = reenter()
print(next(me), next(me), me.gi_running)

# send() of a value to a just-started generator / coroutine
def simple():
    yield 1


try:
    simple().send(5)
except TypeError as e:
    print(e)


async def co(x):
    return x + 1


c = co(1)
try:
    c.send(3)
except TypeError as e:
    print(e)
c.close()


# coroutines: await chains whose leaves finish without suspending, and
# ones that suspend many times (a scheduler stepping with send(None))
class Suspend:
    def __await__(self):
        v = yield "tick"
        return v


async def leaf(x, pause):
    for _ in range(pause):
        got = await Suspend()
        if got is not None:
            x += got
    return x * 2


async def middle(x):
    a = await leaf(x, 0)
    b = await leaf(x, 3)
    try:
        c = await leaf(x, 1)
    finally:
        pass
    return a + b + c


async def top(n):
    total = 0
    for i in range(n):
        total += await middle(i)
    return total


c = top(4)
steps = 0
vals = []
try:
    v = c.send(None)
    while True:
        vals.append(v)
        steps += 1
        v = c.send(steps if steps % 5 == 0 else None)
except StopIteration as e:
    print("top", steps, e.value, vals[:3], c.cr_await, c.cr_frame)

# cr_await while suspended, then close through the chain
c = top(3)
for _ in range(5):
    c.send(None)
aw = c.cr_await
print(type(aw).__name__, aw.cr_await.__qualname__)
c.close()
print(c.cr_frame, aw.cr_frame)

# an exception thrown into a deep await chain, caught in the middle
async def guarded():
    try:
        await leaf(1, 5)
    except ZeroDivisionError as e:
        return "guarded %r" % (e,)


c = guarded()
c.send(None)
c.send(None)
try:
    c.throw(ZeroDivisionError("z"))
except StopIteration as e:
    print(e.value)

# re-awaiting a finished coroutine
async def once():
    return 1


async def twice():
    o = once()
    a = await o
    try:
        await o
    except RuntimeError as e:
        return a, str(e)


try:
    twice().send(None)
except StopIteration as e:
    print(e.value)

# context of an exception handled inside a generator across suspensions
def ctx():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        try:
            raise ValueError("b")
        except ValueError as e:
            yield repr(e.__context__)


g = ctx()
print(next(g))
try:
    raise IndexError("outside")
except IndexError:
    print(next(g))
