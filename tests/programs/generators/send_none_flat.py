# `g.send(None)` on an exact generator or coroutine resumes it in one flat
# step (generator::step_flat); every other case keeps CPython's errors.
import sys


def gen():
    x = yield 1
    print("gen got", x)
    y = yield 2
    print("gen got", y)
    return "gen done"


g = gen()
print(g.send(None))
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    g.send(None)
except StopIteration as e:
    print("again", e.value, e.args)


async def coro(n):
    total = 0
    for i in range(n):
        total += await Tick(i)
    return total


class Tick:
    def __init__(self, i):
        self.i = i

    def __await__(self):
        v = yield self.i
        return self.i if v is None else v


c = coro(3)
steps = []
try:
    while True:
        steps.append(c.send(None))
except StopIteration as e:
    print("coro steps", steps, "value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = coro(2)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()


async def reenter():
    me.send(None)


me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)


def raises():
    yield 1
    raise KeyError("boom")


g = raises()
g.send(None)
try:
    g.send(None)
except KeyError as e:
    print("KeyError:", e, g.gi_frame)


def stop_inside():
    yield 1
    raise StopIteration


g = stop_inside()
g.send(None)
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


def handler_state():
    try:
        raise IndexError("inner")
    except IndexError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])


g = handler_state()
try:
    raise NameError("outer")
except NameError:
    print(g.send(None), repr(sys.exc_info()[1]))
    print(g.send(None), repr(sys.exc_info()[1]))


class MyGen:
    def send(self, v):
        return ("custom", v)


print(MyGen().send(None))


async def returns_none():
    return None


try:
    returns_none().send(None)
except StopIteration as e:
    print("None result:", e.value, e.args)
