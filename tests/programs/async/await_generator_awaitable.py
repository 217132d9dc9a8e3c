# `await obj` where obj's class has a plain generator `__await__`: the
# first step runs at once and the generator object exists only once it
# suspends. Edge cases: finishing without yielding, values sent in, errors
# on the first step (and PEP 479), __await__ replaced or renamed, special
# lookup on the type, subclasses, cr_await while suspended, throw/close into
# the chain, refcounts, and an async generator __await__ (not an iterator).
import sys


def drive(coro, sends=()):
    """Steps coro with send(None), then each of `sends`, reporting yields."""
    out = []
    sends = list(sends)
    value = None
    try:
        while True:
            out.append(coro.send(value))
            value = sends.pop(0) if sends else None
    except StopIteration as e:
        out.append(("return", e.value))
    return out


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v * 10
        yield  # a generator that never yields


class Twice:
    def __await__(self):
        a = yield "first"
        b = yield "second"
        return (a, b)


class Boom:
    def __await__(self):
        raise KeyError("boom")
        yield


class Stopper:
    def __await__(self):
        raise StopIteration(7)
        yield


async def use_ready(n):
    total = 0
    for i in range(n):
        total += await Ready(i)
    return total


async def use_twice():
    r = await Twice()
    return r


async def catch(obj):
    try:
        await obj
    except Exception as e:
        return (type(e).__name__, str(e), type(e.__context__).__name__, e.__cause__ is not None)
    return "no error"


print(drive(use_ready(5)))
print(drive(use_twice(), ["A", "B"]))
print(drive(catch(Boom())))
print(drive(catch(Stopper())))


# The cache follows the class: replacing __await__ takes effect.
class Switch:
    def __await__(self):
        yield "old"
        return "old done"


async def await_switch(x):
    return await x


s = Switch()
print(drive(await_switch(s)))
print(drive(await_switch(s)))


def new_await(self):
    yield "new"
    return "new done"


Switch.__await__ = new_await
print(drive(await_switch(s)))


# An instance attribute is not looked up (special method lookup).
s.__await__ = lambda: iter(["instance"])
print(drive(await_switch(s)))


# Subclasses with their own __await__, alternating.
class Sub(Switch):
    def __await__(self):
        yield "sub"
        return "sub done"


async def alternate():
    out = []
    for obj in [Switch(), Sub(), Switch(), Sub()]:
        out.append(await obj)
    return out


print(drive(alternate()))


# A renamed __await__: the generator takes the function's names.
class Named:
    def __await__(self):
        yield "named"


Named.__await__.__name__ = "renamed"
Named.__await__.__qualname__ = "Named.renamed"


async def show_await():
    c = await_named()
    c.send(None)
    aw = c.cr_await
    return (type(aw).__name__, aw.__name__, aw.__qualname__, aw.gi_running,
            aw.gi_frame is not None, aw.gi_code.co_name)


async def await_named():
    await Named()


print(drive(show_await()))


# cr_await of a coroutine suspended in a generator __await__, and the
# generator's state through the steps.
class Pause:
    def __await__(self):
        yield "pause"
        return "resumed"


async def paused():
    r = await Pause()
    return r


c = paused()
print(c.cr_await)
print(c.send(None))
aw = c.cr_await
print(type(aw).__name__, aw.gi_running, aw.gi_frame is not None, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
print(c.cr_await, aw.gi_frame)


# throw() and close() reach the generator __await__ through the chain.
class Guarded:
    def __await__(self):
        try:
            yield "guarded"
        except ValueError as e:
            yield "caught " + str(e)
        finally:
            print("guarded finally")
        return "guarded done"


async def inner_guard():
    return await Guarded()


async def outer_guard():
    return await inner_guard()


c = outer_guard()
print(c.send(None))
print(c.throw(ValueError("v")))
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)

c = outer_guard()
print(c.send(None))
c.close()
print("closed", c.cr_frame)

c = outer_guard()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)


# Refcounts of the awaited object stay stable.
class Counted:
    def __await__(self):
        return 1
        yield


obj = Counted()


async def many(n):
    t = 0
    for _ in range(n):
        t += await obj
    return t


before = sys.getrefcount(obj)
print(drive(many(100)))
print(sys.getrefcount(obj) - before)


# An async generator __await__ does not make an iterator.
class AsyncGenAwait:
    async def __await__(self):
        yield 1


print(drive(catch(AsyncGenAwait())))


# A generator __await__ with a default parameter: the ordinary call.
class WithDefault:
    def __await__(self, k=3):
        yield k
        return k + 1


print(drive(await_switch(WithDefault())))


# A non-object (int) and an object without __await__.
print(drive(catch(5)))
print(drive(catch(object())))


# Finalisation of an abandoned coroutine suspended in a generator __await__.
class Final:
    def __await__(self):
        try:
            yield "final"
        finally:
            print("final finally")


async def abandoned():
    try:
        await Final()
    finally:
        print("abandoned finally")


c = abandoned()
print(c.send(None))
del c
print("after del")


# An uncaught error from the first step: traceback through the chain.
class Fails:
    def __await__(self):
        x = 1
        raise ZeroDivisionError(x)
        yield


async def fails_inner():
    await Fails()


async def fails_outer():
    await fails_inner()


drive(fails_outer())
