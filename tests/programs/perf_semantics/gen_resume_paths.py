# Generator resumption: the short path (suspended, no handled exception of
# its own) and everything that must leave it: a generator suspended inside
# an `except` block, resumption from inside the caller's `except` block,
# re-entrancy, PEP 479, gi_yieldfrom / cr_await, exhaustion and recursion.
import sys


def plain():
    x = yield 1
    print("plain got", x, sys.exc_info()[0])
    y = yield 2
    print("plain got", y)
    return "done"


g = plain()
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("stop", e.value)
print(g.gi_frame, g.gi_suspended, g.gi_running)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)


def inside_except():
    try:
        raise KeyError("k")
    except KeyError:
        print("in handler", sys.exc_info()[0].__name__)
        yield "suspended in except"
        print("resumed, handling", sys.exc_info()[0].__name__)
        yield "still in except"
    yield "out"


g = inside_except()
print(next(g), sys.exc_info()[0])
print(next(g), sys.exc_info()[0])
try:
    raise ValueError("outer")
except ValueError:
    print(next(g), sys.exc_info()[0].__name__)
print(sys.exc_info()[0])


def sees_outer():
    while True:
        yield sys.exc_info()[0]


g = sees_outer()
print(next(g))
try:
    raise IndexError
except IndexError:
    print(next(g).__name__)
    print(g.send(None).__name__)
print(next(g))


def reentrant():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = reentrant()
print(next(me), next(me), me.gi_running)


def just_started():
    yield 1


g = just_started()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(next(g))


def leaks_stop():
    yield 1
    raise StopIteration("leak")


g = leaks_stop()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    next(g)
except StopIteration:
    print("exhausted after error")


def inner():
    yield "i1"
    yield "i2"
    return "inner result"


def outer():
    r = yield from inner()
    print("yield from gave", r)
    yield "o"


g = outer()
print(next(g), g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)


class Suspend:
    def __await__(self):
        yield "tick"


async def leaf():
    await Suspend()
    return 7


async def mid():
    return await leaf() + 1


c = mid()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print(e)


def counter(n):
    for i in range(n):
        yield i


def nested(depth):
    if depth == 0:
        yield from counter(3)
    else:
        yield from nested(depth - 1)


print(list(nested(50)))
deep = nested(5000)
try:
    next(deep)
except RecursionError as e:
    print("RecursionError", e)


def raiser():
    yield 1
    raise ZeroDivisionError("boom")


g = raiser()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("raised", e, g.gi_frame)
