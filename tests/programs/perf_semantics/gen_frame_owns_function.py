# A generator's frame keeps its function alive (the object stores no
# separate reference to it): functions reachable only from a suspended or
# created generator, generators in reference cycles through their
# function's closure, and cleanup order when the last reference goes.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(tag):
    marker = Noisy(tag)

    def gen(n):
        for i in range(n):
            yield marker.name, i
        print("gen done", marker.name)

    return gen(2)


g = make("a")
print(g.__name__, g.__qualname__)
print(next(g))
print(list(g))
print(g.gi_frame, g.gi_code.co_name)
del g
print("after del a")

g = make("b")
del g
print("after del unstarted b")

g = make("c")
print(next(g))
del g
print("after del suspended c")


def cyclic():
    box = []

    def gen():
        keep = Noisy("cycle")
        yield box
        yield keep.name

    g = gen()
    box.append(g)
    next(g)
    return None


gc.disable()
cyclic()
print("before collect")
gc.collect()
print("collected")
gc.enable()


async def coro(x):
    return x * 2


def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


def factory():
    async def inner(v):
        return await coro(v) + 1

    return inner


print(drive(factory()(20)))
c = factory()(1)
print(type(c).__name__, c.cr_code.co_name)
c.close()
print(c.cr_frame)


def renamed():
    yield 1


r = renamed()
renamed.__name__ = "other"
renamed.__qualname__ = "other_q"
print(r.__name__, r.__qualname__, renamed().__name__)
