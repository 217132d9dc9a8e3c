# Resuming a generator (or coroutine) suspended in `yield from d` / `await d`
# sends the value straight to `d` when it is a generator or coroutine; the
# outer frame runs again only when `d` finishes. Everything observable must
# stay as if the outer frame executed its SEND: return values, exceptions
# and tracebacks, gi_running, the frame chain, gi_yieldfrom, and delegates
# resumed or closed behind the outer generator's back. (The direct path is
# taken for delegates that suspended at least twice: the delegates below
# suspend more than that before the event each case checks.)
import sys


def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return ("inner", total)


def middle(n):
    r = yield from inner(n)
    yield ("middle saw", r)
    return "middle done"


def outer(n):
    r = yield from middle(n)
    return ("outer", r)


g = outer(3)
print(next(g), g.send(10), g.send(20), g.send(30))
try:
    g.send(None)
except StopIteration as e:
    print("stop:", e.value)
print(list(outer(4)))


# coroutines: awaited chains with values sent through them
class Step:
    def __await__(self):
        got = yield "step"
        return got


async def leaf(k):
    a = await Step()
    b = await Step()
    return (k, a, b)


async def branch(k):
    x = await leaf(k)
    y = await leaf(k + 1)
    return [x, y]


c = branch(1)
out = [c.send(None)]
try:
    for v in "abcdefgh":
        out.append(c.send(v))
except StopIteration as e:
    print(out, e.value)


# exceptions raised by the delegate, caught or propagated by the outer
def failing():
    yield 1
    yield 2
    yield 3
    raise KeyError("from failing")


def catching():
    try:
        yield from failing()
    except KeyError as e:
        yield "caught " + str(e)


def propagating():
    yield from failing()


print(list(catching()))
g = propagating()
next(g), next(g), next(g)
try:
    next(g)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("KeyError", names)


# StopIteration raised inside the delegate turns into RuntimeError there
def stops():
    yield 1
    yield 2
    yield 3
    raise StopIteration("early")


def over_stops():
    try:
        yield from stops()
    except RuntimeError as e:
        yield "RuntimeError: " + str(e)


print(list(over_stops()))


# the outer generator is running while its delegate runs
def probe():
    yield "warm"
    yield "warmer"
    yield "probe"
    print("outer running:", ho.gi_running, "| outer suspended:", ho.gi_suspended)
    try:
        next(ho)
    except ValueError as e:
        print("ValueError:", e)
    print("caller:", sys._getframe(1).f_code.co_name)
    yield "after probe"


def holder():
    yield from probe()


ho = holder()
print(next(ho), next(ho), next(ho), next(ho))
print(type(ho.gi_yieldfrom).__name__, ho.gi_running)


# the delegate is resumed or closed by someone else meanwhile
def sub():
    yield 1
    yield 2
    yield 3
    return "sub result"


def top():
    r = yield from sub()
    yield ("top got", r)


t = top()
print(next(t))
d = t.gi_yieldfrom
print(next(d), next(t))
d.close()
print(next(t), t.gi_yieldfrom)


async def awaited():
    await Step()
    await Step()
    await Step()
    return "awaited result"


async def awaiting():
    return await awaited()


c = awaiting()
c.send(None), c.send(1), c.send(2)
c.cr_await.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# a delegate that is running when the outer generator is resumed
def reenter():
    yield "first"
    yield "second"
    yield "third"
    yield next(outer_re)


def outer_gen():
    yield from reenter()


outer_re = outer_gen()
print(next(outer_re), next(outer_re), next(outer_re))
d = outer_re.gi_yieldfrom
try:
    next(d)
except ValueError as e:
    print("ValueError:", e)


# the outer generator suspended inside an except block (its own handled
# exception) and sys.exc_info() in the delegate
def show_exc():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def in_handler():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        yield from show_exc()
    yield from show_exc()


print([t.__name__ if t else None for t in in_handler()])


# delegating to plain iterators and to coroutine wrappers
def over_list():
    r = yield from [1, 2]
    r2 = yield from iter(range(3, 5))
    return (r, r2)


g = over_list()
print(list(g))


async def via_wrapper():
    return await Wrapped()


class Wrapped:
    def __await__(self):
        return awaited().__await__()


c = via_wrapper()
print(c.send(None), c.send(None), c.send(None))
try:
    c.send("x")
except StopIteration as e:
    print("stop:", e.value)


# throw() and close() while delegating go to the innermost delegate
def guarded(tag):
    try:
        yield tag
        yield tag + "2"
    finally:
        print("finally", tag)


def two_levels():
    yield from guarded("a")
    yield from guarded("b")


g = two_levels()
print(next(g), next(g))
try:
    g.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError:", e)
g = two_levels()
next(g)
g.close()
print(g.gi_frame)


# deep delegation chains
def chain(depth):
    if depth == 0:
        yield "bottom"
        yield "bottom again"
        return 0
    r = yield from chain(depth - 1)
    return r + 1


g = chain(300)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop:", e.value)
try:
    print(len(list(chain(5000))))
except RecursionError:
    print("RecursionError")
