# The delegate of `yield from` / `await` is released the moment it
# finishes (SEND hands its reference to the runtime): finalizers of
# iterators run at the same point as in CPython, a finished coroutine kept
# elsewhere stays usable, and one nothing else holds is freed.


class Noisy:
    """An iterator whose finalizer reports when the delegation let go."""

    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.name + " done")
        self.n -= 1
        return self.n

    def __del__(self):
        print("del", self.name)


def outer():
    r = yield from Noisy("a", 2)
    print("after a:", r)
    r = yield from Noisy("b", 0)
    print("after b:", r)
    return "outer done"


def drive(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(("stop", e.value))
    return out


print(drive(outer()))


class Awaitable:
    def __init__(self, name, suspend):
        self.name = name
        self.suspend = suspend

    def __await__(self):
        return Noisy(self.name, self.suspend)


async def leaf(x):
    return x * 10


kept = []


async def user():
    c = leaf(1)
    kept.append(c)
    a = await c
    b = await leaf(2)
    s = await Awaitable("aw", 1)
    print("in user", a, b, s)
    t = await Awaitable("aw0", 0)
    print("after aw0", t)
    return a + b


def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return steps, e.value
        steps += 1


print(run(user()))
c = kept.pop()
print(c.cr_frame, c.cr_running, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


def sub(n):
    for i in range(n):
        yield i
    return n


def chain():
    s = sub(2)
    first = yield from s
    print("sub kept", s.gi_frame, first)
    second = yield from sub(3)
    third = yield from [7, 8]
    fourth = yield from iter(())
    return first, second, third, fourth


print(drive(chain()))


# errors through the delegation keep the delegate alive until unwound
def bad():
    yield 1
    raise ValueError("bad delegate")


def catcher():
    try:
        yield from bad()
    except ValueError as e:
        print("caught", e)
    yield from Noisy("c", 1)
    return "catcher done"


print(drive(catcher()))


async def raiser():
    raise KeyError("k")


async def awaits_raiser():
    try:
        await raiser()
    except KeyError as e:
        print("caught", repr(e))
    return await leaf(5)


print(run(awaits_raiser()))

# many coroutines awaited in a loop, some kept
store = []


async def many(n):
    total = 0
    for i in range(n):
        c = leaf(i)
        if i % 100 == 0:
            store.append(c)
        total += await c
    return total


print(run(many(1000)), len(store), [s.cr_frame for s in store[:2]])
print("end")
