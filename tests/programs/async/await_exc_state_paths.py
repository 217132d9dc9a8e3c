# The handled exception outside a resumption (sys.exc_info() of the code
# that awaits, sends or iterates) is saved before the resumed frame runs
# and put back after it; the one-step await (`await f(x)`), the flat SEND,
# `coro.send(None)` and `for` over a generator each do this inline. Every
# path with a handled exception outside: the frame returns, suspends,
# raises, or changes the handled exception itself (suspending inside its
# own `except`), and none of it may leak or drop a reference to the
# exception.
import sys


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def returns(x):
    return x + 1


async def suspends(x):
    got = await Suspend()
    return (x, got)


async def raises(x):
    raise ValueError(f"bad {x}")


async def handles_and_suspends(x):
    try:
        raise KeyError(x)
    except KeyError:
        print("    inner handling:", repr(sys.exc_info()[1]))
        await Suspend()
        print("    inner resumed:", repr(sys.exc_info()[1]))
    print("    inner after handler:", repr(sys.exc_info()[1]))
    return x * 10


async def outer(label):
    try:
        raise TypeError(label)
    except TypeError as e:
        before = sys.getrefcount(e)
        print("  ", label, "handling:", repr(sys.exc_info()[1]))
        r1 = await returns(1)
        print("  ", label, "after returns:", r1, repr(sys.exc_info()[1]))
        r2 = await suspends(2)
        print("  ", label, "after suspends:", r2, repr(sys.exc_info()[1]))
        try:
            await raises(3)
        except ValueError as v:
            print("  ", label, "caught:", v, "context:", repr(v.__context__))
        print("  ", label, "after raises:", repr(sys.exc_info()[1]))
        r3 = await handles_and_suspends(4)
        print("  ", label, "after handles:", r3, repr(sys.exc_info()[1]))
        print("  ", label, "refcount delta:", sys.getrefcount(e) - before)
    print("  ", label, "after handler:", sys.exc_info())
    return label


def drive(coro):
    """Steps `coro` with send(None) to its end, once outside and once
    inside a handler of the driver's own."""
    n = 0
    while True:
        try:
            if n % 2:
                try:
                    raise OSError("driver")
                except OSError as d:
                    before = sys.getrefcount(d)
                    out = coro.send(None)
                    print("  driver still handling:", repr(sys.exc_info()[1]),
                          "delta", sys.getrefcount(d) - before)
            else:
                out = coro.send(None)
        except StopIteration as stop:
            print("  returned", repr(stop.value), "driver sees",
                  type(sys.exc_info()[1]).__name__)
            return
        print("  yielded", repr(out))
        n += 1


print("outer")
drive(outer("outer"))


async def nested(depth):
    if depth == 0:
        try:
            raise LookupError("deep")
        except LookupError:
            await Suspend()
            return repr(sys.exc_info()[1])
    return await nested(depth - 1)


async def nested_top():
    try:
        raise ArithmeticError("top")
    except ArithmeticError:
        r = await nested(5)
        print("  nested got:", r, "top sees:", repr(sys.exc_info()[1]))


print("nested")
drive(nested_top())


def gen():
    try:
        raise IndexError("gen")
    except IndexError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


print("for over a generator inside a handler")
try:
    raise NameError("loop")
except NameError as e:
    before = sys.getrefcount(e)
    for v in gen():
        print("  item", v, "loop sees", repr(sys.exc_info()[1]))
    print("  delta", sys.getrefcount(e) - before)


async def first_step_raises_in_handler():
    try:
        raise EOFError("outside")
    except EOFError:
        for i in range(3):
            try:
                await raises(i)
            except ValueError as v:
                print("  caught", v, repr(v.__context__))
        print("  still", repr(sys.exc_info()[1]))


print("first step raises")
drive(first_step_raises_in_handler())
