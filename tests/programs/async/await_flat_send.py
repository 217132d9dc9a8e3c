# `await coro()` / `yield from gen()` steps that the runtime takes in one
# flat step (resume, and free a finished delegate nothing else holds): the
# edges where it must fall back or behave exactly as CPython.
import sys
import types


class Suspend:
    def __await__(self):
        got = yield "tick"
        return got


def drive(coro, sends=None):
    """Steps `coro` to its end; returns (yields, result or exception)."""
    out = []
    value = None
    sends = list(sends or [])
    while True:
        try:
            y = coro.send(value)
        except StopIteration as stop:
            return out, ("return", stop.value)
        except BaseException as e:
            return out, ("raise", type(e).__name__, str(e))
        out.append(y)
        value = sends.pop(0) if sends else None


# --- values: returns, values sent through the delegation --------------------
async def leaf(x):
    if x % 3 == 0:
        got = await Suspend()
        return ("leaf", x, got)
    return x * 2 + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    return [a, b]


print("middle", [drive(middle(i), ["s1", "s2"]) for i in range(4)])


# --- PEP 479: StopIteration raised inside an awaited coroutine ---------------
async def raises_stop():
    raise StopIteration(42)


async def awaits_stop():
    try:
        return await raises_stop()
    except RuntimeError as e:
        return ("caught", str(e), type(e.__cause__).__name__, e.__cause__.args,
                e.__suppress_context__)


print("pep479", drive(awaits_stop()))


def gen_stop():
    yield 1
    raise StopIteration("g")


def delegating():
    try:
        r = yield from gen_stop()
    except RuntimeError as e:
        return ("gen caught", str(e), repr(e.__cause__))
    return r


print("pep479 gen", drive(delegating()))


# --- exceptions propagating through the await chain, with context ------------
async def fails(x):
    if x:
        await Suspend()
    raise ValueError(f"bad {x}")


async def catches(x):
    try:
        await fails(x)
    except ValueError as e:
        try:
            raise KeyError("outer")
        except KeyError as k:
            return (str(e), repr(k.__context__))


print("chain", drive(catches(0)), drive(catches(1)))


async def outer_tb():
    await fails(0)


try:
    outer_tb().send(None)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback", names)


# --- a delegate someone else holds: not freed, finished state visible --------
held = []


async def remember(x):
    c = leaf(x)
    held.append(c)
    return await c


print("held", drive(remember(1)), drive(remember(3)))
for c in held:
    print(" held state", c.cr_frame is None, c.cr_running, c.cr_await)
    try:
        c.send(None)
    except RuntimeError as e:
        print(" reuse", e)


async def await_twice():
    c = leaf(2)
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)


print("twice", drive(await_twice()))


# --- running flags and the delegate seen from inside and outside -------------
observed = []


async def inner_observer():
    observed.append(("inner running", me_inner.cr_running, me_outer.cr_running,
                     me_outer.cr_await is me_inner))
    await Suspend()
    observed.append(("inner resumed", me_inner.cr_running))
    return "inner done"


async def outer_observer():
    r = await me_inner
    observed.append(("outer after", me_outer.cr_await, me_inner.cr_frame))
    return r


me_inner = inner_observer()
me_outer = outer_observer()
step = me_outer.send(None)
print("suspended", step, me_outer.cr_await is me_inner, me_inner.cr_await is not None,
      me_outer.cr_running, me_inner.cr_running)
print("finish", drive(me_outer))
print("observed", observed)


# --- "coroutine already executing" from inside the delegation ---------------
async def reenter():
    try:
        self_ref.send(None)
    except ValueError as e:
        return str(e)


async def host():
    return await self_ref


self_ref = reenter()
print("executing", drive(host()))


# --- handled exception state across suspensions inside `except` --------------
async def suspends_in_except():
    try:
        raise IndexError("inside")
    except IndexError:
        await Suspend()
        return repr(sys.exc_info()[1])


async def outer_except():
    try:
        raise TypeError("outside")
    except TypeError:
        r = await suspends_in_except()
        return r, repr(sys.exc_info()[1])


print("exc state", drive(outer_except()))


# --- generators: values sent through yield from, close and throw ------------
def inner_gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def outer_gen():
    r = yield from inner_gen()
    yield ("inner returned", r)


g = outer_gen()
print("gen", next(g), g.send(3), g.send(4), g.send(None))
g = outer_gen()
next(g)
g.send(5)
print("gen throw", end=" ")
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", e)
g = outer_gen()
next(g)
g.close()
print("closed", g.gi_frame is None, g.gi_yieldfrom)


# --- deep await chains hit the recursion limit, and recover ------------------
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


print("deep ok", drive(deep(200)))
r = drive(deep(100000))
print("deep", r[1][0], r[1][1])
print("deep again", drive(deep(300)))


# --- many short awaits in a row (frames and objects recycled) -------------
async def lots():
    total = 0
    for i in range(3000):
        total += await leaf(i) if i % 3 else 0
    return total


print("lots", drive(lots())[1])
