# Fast paths for coroutines: `await coro()` takes an exact coroutine as its
# own awaitable and resumes it directly; the fallbacks (objects with
# __await__, generator-based iterators, objects with send/throw) and the
# errors around them keep CPython's behaviour.

class Suspend:
    def __await__(self):
        return (yield "suspend")


class ListAwait:
    """__await__ returns a plain (non-generator) iterator."""

    def __await__(self):
        return iter(["a", "b"])


class SendIter:
    """An iterator with send/throw/close used through __await__."""

    def __init__(self):
        self.n = 0
        self.log = []

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.log.append(v)
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n * 100)
        return "step%d" % self.n

    def throw(self, typ, val=None, tb=None):
        self.log.append("throw")
        raise StopIteration("thrown-result")

    def close(self):
        self.log.append("close")


def run(coro, sends=None):
    """Steps a coroutine to the end, returning (yielded values, result)."""
    out = []
    sends = list(sends or [])
    value = None
    while True:
        try:
            out.append(coro.send(value))
        except StopIteration as stop:
            return out, stop.value
        value = sends.pop(0) if sends else None


async def leaf(x):
    if x % 2:
        got = await Suspend()
        return (x, got)
    return x


async def middle(n):
    acc = []
    for i in range(n):
        acc.append(await leaf(i))
    return acc


print(run(middle(4), ["r1", "r2"]))


async def chain(depth):
    if depth == 0:
        return await Suspend()
    return await chain(depth - 1)


print(run(chain(5), ["deep"]))


async def mixed():
    a = await ListAwait()
    s = SendIter()
    b = await s
    return a, b, s.log


print(run(mixed()))


# a coroutine awaited twice
async def once():
    return 1


async def await_twice(c):
    a = await c
    b = await c
    return a, b


try:
    run(await_twice(once()))
except RuntimeError as e:
    print("RuntimeError:", e)


# a coroutine suspended in an await cannot be awaited by another one
async def waits():
    await Suspend()
    return 5


shared = waits()


async def first():
    return await shared


async def second():
    return await shared


f = first()
print(f.send(None))
s2 = second()
try:
    s2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(f))


# a coroutine awaiting itself while running
async def self_await():
    return await me


me = self_await()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)


# awaiting things that are not awaitable
class BadAwait:
    def __await__(self):
        return 42


made = []


class CoroAwait:
    def __await__(self):
        made.append(once())
        return made[-1]


async def await_obj(o):
    return await o


for o in (5, BadAwait(), CoroAwait()):
    try:
        run(await_obj(o))
    except TypeError as e:
        print("TypeError:", e)
for m in made:
    m.close()


# StopIteration raised inside a coroutine body
async def leaky():
    raise StopIteration("x")


try:
    run(await_obj(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


# exceptions through an await chain, with the traceback frames in order
async def boom(n):
    if n == 0:
        await Suspend()
        raise KeyError("deep")
    return await boom(n - 1)


c = boom(3)
print(c.send(None))
try:
    c.send(None)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("KeyError:", e, names)


# throw() and close() while delegating
async def catcher():
    try:
        await Suspend()
    except ValueError as e:
        return "caught " + str(e)


async def outer():
    r = await catcher()
    return "outer got " + r


c = outer()
print(c.send(None))
try:
    c.throw(ValueError("v"))
except StopIteration as stop:
    print("finished:", stop.value)


async def with_finally():
    try:
        await Suspend()
    finally:
        print("finally in with_finally")


async def outer2():
    await with_finally()


c = outer2()
c.send(None)
print(c.cr_await is not None, type(c.cr_await).__name__)
c.close()
print(c.cr_await, c.cr_frame)


async def ignores_exit():
    try:
        await Suspend()
    except GeneratorExit:
        pass
    await Suspend()


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# throw() into a coroutine delegating to an object with throw()
async def delegating_send_iter():
    s = SendIter()
    r = await s
    return r, s.log


c = delegating_send_iter()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as stop:
    print("finished:", stop.value)

# send() of a value to a just-started coroutine
c = leaf(1)
try:
    c.send(3)
except TypeError as e:
    print("TypeError:", e)
c.close()

# cr_running / cr_suspended around delegation
async def peek():
    print("running:", me2.cr_running, me2.cr_suspended)
    await Suspend()


me2 = peek()
me2.send(None)
print("suspended:", me2.cr_running, me2.cr_suspended)
me2.close()


# __await__ found on the type: generator methods, defaults, subclasses,
# replacement after use, None, and instance attributes (ignored)
class Ticket:
    def __await__(self):
        v = yield ("ticket", type(self).__name__)
        return v


class SubTicket(Ticket):
    pass


class WithDefault:
    def __await__(self, extra="dflt"):
        yield extra
        return extra


async def await_all(objs):
    out = []
    for o in objs:
        out.append(await o)
    return out


print(run(await_all([Ticket(), SubTicket(), WithDefault()]), ["a", "b", "c"]))


def replaced_await(self):
    yield "replaced"
    return "new"


Ticket.__await__ = replaced_await
print(run(await_all([Ticket(), SubTicket()])))
t = SubTicket()
t.__await__ = lambda: iter(["instance"])
print(run(await_all([t])))


class Unawaitable:
    __await__ = None


try:
    run(await_all([Unawaitable()]))
except TypeError as e:
    print("TypeError:", e)


class ReturnsGen:
    def make(self):
        yield "made"
        return "from make"

    def __await__(self):
        return self.make()


print(run(await_all([ReturnsGen()])))
