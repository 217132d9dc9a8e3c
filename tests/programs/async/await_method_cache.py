# `await obj` for objects whose class defines `__await__` as a generator
# method: the runtime remembers the last such class, so every change that
# CPython would see (the method reassigned, its code replaced, subclasses,
# other kinds of `__await__`) must still be seen.


def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as stop:
        return out, stop.value
    except Exception as e:
        return out, f"{type(e).__name__}: {e}"


class Tick:
    def __await__(self):
        got = yield ("tick", type(self).__name__)
        return got


class SubTick(Tick):
    pass


class OtherTick(Tick):
    def __await__(self):
        yield "other"
        return "other done"


async def await_all(objs):
    res = []
    for o in objs:
        res.append(await o)
    return res


t, s, o = Tick(), SubTick(), OtherTick()
print(drive(await_all([t, t, s, o, t, s])))


# reassigning the method on the class
def new_await(self):
    yield "new"
    return "new done"


Tick.__await__ = new_await
print(drive(await_all([t, s, t])))


# reassigning it again, to a generator function of another shape
def donor(self, *rest):
    yield "donor"
    return "donor done"


Tick.__await__ = donor
print(drive(await_all([t, t])))


# __await__ that is not a generator function
class IterAwait:
    def __await__(self):
        return iter(["a", "b"])


print(drive(await_all([IterAwait(), t])))


class BadAwait:
    def __await__(self):
        return 42


print(drive(await_all([t, BadAwait()])))


async def some_coro():
    return 1


class CoroAwait:
    def __await__(self):
        return some_coro()


print(drive(await_all([CoroAwait()])))


class NoAwait:
    pass


print(drive(await_all([t, NoAwait()])))


# __await__ with extra (defaulted) parameters, and removed from the class
class Defaults:
    def __await__(self, extra="x"):
        yield extra
        return extra * 2


print(drive(await_all([Defaults(), Defaults()])))
del Tick.__await__
print(drive(await_all([s])))
print(drive(await_all([o, o])))


# an async context manager whose __aenter__ result awaits through a class
class Mgr:
    async def __aenter__(self):
        return await OtherTick()

    async def __aexit__(self, *exc):
        return False


async def use_mgr():
    async with Mgr() as v:
        return v


print(drive(use_mgr()))
