# coro.send(v) / gen.send(v) called as methods (the scheduler's step),
# coroutine and generator creation by exact-argument calls, and the release
# of finished coroutines: every edge the direct paths must keep as CPython.
import types


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def leaf(x):
    if x % 2:
        v = await Suspend()
        return (x, v)
    return x


async def returns_tuple():
    return (1, 2)


async def returns_none():
    pass


async def middle(n):
    total = []
    for i in range(n):
        total.append(await leaf(i))
    return total


def run(coro):
    steps = 0
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as stop:
            return steps, stop.value, stop.args
        steps += 1
        value = ("sent", steps, y)


print("middle", run(middle(5)))
print("tuple", run(returns_tuple()))
print("none", run(returns_none()))

# send of a non-None value to a just-started coroutine / generator
c = leaf(1)
try:
    c.send(5)
except TypeError as e:
    print("TypeError", e)
print("after bad send", c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.send(1)
except RuntimeError as e:
    print("RuntimeError", e)


def gen():
    x = yield 1
    y = yield x
    return ("done", y)


g = gen()
try:
    g.send("no")
except TypeError as e:
    print("TypeError", e)
print(g.send(None), g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("gen stop", e.value)
try:
    g.send(None)
except StopIteration as e:
    print("exhausted", repr(e.value), e.args)

# descriptors applied to the other kind, bound methods, wrong arities
c = leaf(2)
try:
    types.GeneratorType.send(c, None)
except TypeError as e:
    print("TypeError", e)
try:
    types.CoroutineType.send(gen(), None)
except TypeError as e:
    print("TypeError", e)
try:
    types.CoroutineType.send(c, None)
except StopIteration as e:
    print("unbound send", e.value)
s = leaf(4).send
try:
    s(None)
except StopIteration as e:
    print("bound send", e.value)
c3 = leaf(3)
try:
    c3.send()
except TypeError as e:
    print("TypeError", e)
try:
    c3.send(None, None)
except TypeError as e:
    print("TypeError", e)
c3.close()

# the wrapper __await__ returns, stepped by send
w = leaf(5).__await__()
print("wrapper", w.send(None))
try:
    w.send("v")
except StopIteration as e:
    print("wrapper stop", e.value)


# sending to the running coroutine / generator
async def selfish():
    await Suspend()
    me.send(None)


me = selfish()
me.send(None)
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)


def selfish_gen():
    yield 1
    me_gen.send(None)
    yield 2


me_gen = selfish_gen()
next(me_gen)
try:
    me_gen.send(None)
except ValueError as e:
    print("ValueError", e)


# PEP 479 inside a coroutine stepped by send
async def raises_stop():
    raise StopIteration(3)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__.args)


# a coroutine finishing while handling an exception, one with its own name,
# one whose delegate finished: all freed when their last reference goes
async def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        await Suspend()
        return "handled"


c = in_except()
print(c.send(None), run(c))


async def renamed():
    return "renamed"


renamed.__name__ = "other"
renamed.__qualname__ = "other.qual"
c = renamed()
print(c.__name__, c.__qualname__, run(c), c.__name__, c.__qualname__)
print(c.cr_frame, c.cr_running, c.cr_await, c.cr_code.co_name)

# many short-lived coroutines and generators of different functions in turn
total = 0
for i in range(3000):
    total += run(leaf(i))[1] if i % 2 == 0 else run(leaf(i))[1][0]
    total += sum(gen_i for gen_i in range(i % 5))
print("total", total)


async def defaults(a, b=2, *, c=3):
    return a + b + c


print(run(defaults(1)), run(defaults(1, 5)), run(defaults(1, c=10)))
try:
    defaults()
except TypeError as e:
    print("TypeError", e)
try:
    leaf(1, 2)
except TypeError as e:
    print("TypeError", e)
