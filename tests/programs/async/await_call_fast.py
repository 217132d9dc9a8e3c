# `await f(args)` of a coroutine function called with exactly its
# parameters runs the new coroutine's frame at once (rt_await_call) and
# makes the coroutine object only when it suspends. Everything observable
# must stay as CPython's: results, exceptions and tracebacks, PEP 479,
# handled-exception state, cr_await/cr_running, names, close()
# and throw() into a suspended inner coroutine, and every callable the
# fast path leaves to the ordinary call.
import sys
import traceback


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


def drive(coro, sends=()):
    """Steps `coro` to its end; prints what it yields and returns."""
    sends = list(sends)
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as stop:
            print("  returned", repr(stop.value))
            return stop.value
        except BaseException as e:
            print("  raised", type(e).__name__, e)
            return None
        print("  yielded", repr(out))
        value = sends.pop(0) if sends else None


async def leaf(x):
    return x * 2 + 1


async def suspending_leaf(x):
    got = await Suspend()
    return (x, got)


async def failing(x):
    raise ValueError(f"bad {x}")


async def stop_raiser():
    raise StopIteration(5)


async def chain():
    a = await leaf(1)
    b = await suspending_leaf(a)
    c = await leaf(b[0])
    return a, b, c


print("chain")
drive(chain(), ["first"])


async def catches():
    try:
        await failing(3)
    except ValueError as e:
        print("  caught", e, e.__context__)
    try:
        await stop_raiser()
    except RuntimeError as e:
        print("  pep479:", e, type(e.__cause__).__name__, e.__cause__.args)
    return "ok"


print("catches")
drive(catches())


async def context_chain():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            await failing(4)
        except ValueError as e:
            print("  context:", repr(e.__context__))
        print("  exc_info in handler:", repr(sys.exc_info()[1]))
        await sees_exc_info()
    print("  after handler:", sys.exc_info())


async def sees_exc_info():
    print("  inner sees:", repr(sys.exc_info()[1]))


print("context_chain")
drive(context_chain())


async def inner_handles_then_suspends():
    try:
        raise TypeError("inside")
    except TypeError:
        await Suspend()
        print("  inner after resume:", repr(sys.exc_info()[1]))
    print("  inner after handler:", sys.exc_info()[1])
    return 7


async def outer_exc_state():
    r = await inner_handles_then_suspends()
    print("  outer sees:", sys.exc_info()[1], r)


print("exc state across suspension")
drive(outer_exc_state())

holder = {}


async def introspect_inner():
    outer = holder["outer"]
    print("  outer running:", outer.cr_running, "cr_await:", outer.cr_await)
    f = sys._getframe(1)
    print("  caller frame:", f.f_code.co_name, f.f_lineno)
    await Suspend()
    return "done"


async def introspect_outer():
    return await introspect_inner()


print("introspection")
c = introspect_outer()
holder["outer"] = c
print("  first:", c.send(None))
aw = c.cr_await
print("  cr_await:", type(aw).__name__, aw.__name__, aw.__qualname__, aw.cr_running)
print("  cr_await.cr_await:", type(aw.cr_await).__name__)
try:
    c.send("x")
except StopIteration as e:
    print("  finished:", e.value, c.cr_await)


async def tb_leaf():
    return 1 / 0


async def tb_mid():
    return await tb_leaf()


async def tb_top():
    x = await (
        tb_mid()
    )
    return x


print("traceback")
try:
    tb_top().send(None)
except ZeroDivisionError:
    for fs in traceback.extract_tb(sys.exc_info()[2]):
        print("  ", fs.name, fs.lineno, fs.line)


async def with_finally(log):
    try:
        await Suspend()
        log.append("not reached")
    finally:
        log.append("inner finally")


async def outer_finally(log):
    try:
        await with_finally(log)
    finally:
        log.append("outer finally")


print("close")
log = []
c = outer_finally(log)
c.send(None)
c.close()
print("  ", log)

print("throw")


async def catcher():
    try:
        await Suspend()
    except KeyError as e:
        return f"caught {e!r}"


async def thrower():
    return await catcher()


c = thrower()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("  ", e.value)


class Box:
    def __init__(self, v):
        self.v = v

    async def get(self, d):
        return self.v + d

    async def wait(self):
        await Suspend()
        return self.v


async def defaults(a, b=10):
    return a + b


async def kw_only(*, k):
    return k


def plain_returning_coro(x):
    return leaf(x)


async def star(*args):
    return sum(args)


async def closure_user(n):
    async def inner(x):
        return x + n

    return await inner(1)


async def renamed(x):
    await Suspend()
    return x


renamed.__name__ = "other_name"
renamed.__qualname__ = "Other.qual"


async def others():
    box = Box(5)
    print("  method:", await box.get(1))
    print("  method suspending:", await box.wait())
    print("  defaults:", await defaults(1), await defaults(1, 2))
    print("  keywords:", await defaults(a=3), await kw_only(k=4))
    print("  plain function:", await plain_returning_coro(2))
    print("  star:", await star(1, 2, 3))
    print("  closure:", await closure_user(41))
    print("  class __await__:", await Suspend())
    r = renamed(9)
    print("  renamed:", r.__name__, r.__qualname__)
    print("  renamed result:", await r)
    try:
        await leaf(1, 2)
    except TypeError as e:
        print("  TypeError:", e)
    try:
        await len("abc")
    except TypeError as e:
        print("  TypeError:", e)
    return "others done"


print("others")
drive(others())


async def reuse():
    c = leaf(1)
    print("  first await:", await c)
    try:
        await c
    except RuntimeError as e:
        print("  ", e)


print("reuse")
drive(reuse())


async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)


print("deep")
drive(depth(200))


async def runaway(n):
    return await runaway(n + 1)


try:
    runaway(0).send(None)
except RecursionError as e:
    print("  recursion:", e)


class Finalized:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


async def holds(name):
    obj = Finalized(name)
    print("  holding", name)
    return name


async def holds_suspending(name):
    obj = Finalized(name)
    await Suspend()
    return name


async def finalization():
    print("  got", await holds("a"))
    print("  got", await holds_suspending("b"))
    print("  end")


print("finalization")
drive(finalization())


async def mutating():
    global leaf
    old = leaf

    async def leaf(x):
        return -x

    r = await leaf(3)
    leaf = old
    return r, await leaf(3)


print("rebinding")
drive(mutating())


async def agen(n):
    for i in range(n):
        yield await leaf(i)
        yield await suspending_leaf(i)


async def consume_agen():
    out = []
    async for v in agen(2):
        out.append(v)
    return out


print("async generator")
drive(consume_agen())


async def collects():
    import gc

    gc.collect()
    await Suspend()
    gc.collect()
    return "collected"


async def outer_collects():
    return await collects()


print("gc")
drive(outer_collects())


async def shared_default(x, acc=[]):
    acc.append(x)
    return len(acc)


async def two_defaults(a, b=1, c=2):
    await Suspend()
    return a, b, c


async def kwonly_default(a, *, k=3):
    return a + k


async def defaults_uses():
    print("  shared:", await shared_default(1), await shared_default(2))
    print("  two:", await two_defaults(0), await two_defaults(0, 5))
    two_defaults.__defaults__ = (7, 8)
    print("  replaced:", await two_defaults(0))
    two_defaults.__defaults__ = None
    try:
        await two_defaults(0)
    except TypeError as e:
        print("  TypeError:", e)
    print("  kwonly:", await kwonly_default(1))


print("defaults")
drive(defaults_uses())
