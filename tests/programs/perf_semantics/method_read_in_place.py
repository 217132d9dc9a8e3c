# A method whose `CALL` may run an inlined body is pushed by `LOAD_METHOD`
# without a reference of its own when found without the runtime; every
# other path of the call must hold one, and the flag must follow the path.
import sys


class Var:
    def __init__(self, v, d):
        self.v = v
        self.d = d

    def value(self):
        return self.v

    def pick(self, a, b):
        return a if self.d else b

    def is_on(self):
        return self.d


class Loud(Var):
    def value(self):
        print("Loud.value", self.v)
        return -self.v


def fn_refs():
    return [sys.getrefcount(Var.__dict__.get(n)) for n in ("value", "pick", "is_on")]


def run(objs, k):
    total = 0
    for o in objs:
        total += o.value()
        total += o.pick(k, 1)
        if o.is_on():
            total += 1
    return total


objs = [Var(i, i % 2 == 0) for i in range(50)]
run(objs, 0)
before = fn_refs()
print(run(objs, 3), run(objs, 4))
print("refs stable:", fn_refs() == before)

# Another class, an instance attribute shadowing the method (a NULL method
# slot), a method replaced on the class and one deleted.
mixed = objs[:3] + [Loud(7, True)]
print(run(mixed, 2))
shadow = Var(5, False)
shadow.value = lambda: 100
print(run([shadow, Var(1, True)], 9))

before = fn_refs()
old_value = Var.value
Var.value = lambda self: self.v * 10
print(run(objs[:4], 0))
Var.value = old_value
del old_value
print(run(objs[:4], 0))
print("refs stable:", fn_refs() == before)


def pick_twice(self, a, b):
    return (a, b)


Var.pick = pick_twice
try:
    print(run(objs[:2], 1))
except TypeError as e:
    print("TypeError:", e)
del Var.pick
try:
    run(objs[:2], 1)
except AttributeError as e:
    print("AttributeError:", e)


# The method replaced on its class by the call it makes (not inlinable),
# and a method whose class dies with the last reference to the method.
class Self:
    def step(self):
        Self.step = lambda self: "replaced"
        return "first"


s = Self()
print([s.step() for _ in range(3)])


def make():
    class Temp:
        def get(self):
            return 42

        def __del__(self):
            print("Temp instance freed")

    return Temp()


t = make()
print(t.get(), t.get())
del t


# At the recursion limit the inlined body is not run: the call raises.
def deep(o, n):
    if n == 0:
        return o.value()
    return deep(o, n - 1)


sys.setrecursionlimit(200)
try:
    deep(Var(1, True), 500)
except RecursionError:
    print("RecursionError")
before = fn_refs()
print(deep(Var(3, True), 10))
print("refs stable:", fn_refs() == before)
