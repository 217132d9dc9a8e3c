# `a op b` with a plain instance on the left calls the left type's
# Python `__op__` directly from the instruction's site. Everything the
# generic protocol does must still happen: the reflected method of the
# right operand after NotImplemented (and first, for a subclass that
# overrides it), CPython's TypeError, methods rebound on the class,
# callables that are not plain functions, exceptions with both frames in
# the traceback, and operands released in CPython's order.

import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other):
        return V(self.x - other.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __truediv__(self, k):
        return V(self.x / k)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __radd__(self, other):
        return "W.__radd__(%r)" % (other,)


class R:
    def __radd__(self, other):
        return "R.__radd__(%r)" % (other,)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        print("add", self.name, other.name)
        return self.name + other.name

    def __del__(self):
        print("del", self.name)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


for _ in range(3):
    print(add(V(1), V(2)), add(V(1), 2), add(V(1.5), 2.5), sub(V(5), V(3)), mul(V(2), 3))
print(add(V(1), W(10)), add(V(1), R()))
try:
    add(V(1), "s")
except TypeError as e:
    print("TypeError:", e)
try:
    sub(V(1), 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    V(1) / 0
except ZeroDivisionError:
    traceback.print_exc(limit=None, file=None) if False else print(traceback.format_exc().splitlines()[-3:])

# Rebinding the method on the class is seen at the next operation.
V.__add__ = lambda self, other: "lambda add"
print(add(V(1), V(2)))
V.__add__ = staticmethod(lambda b: "static add %r" % (b,))
print(add(V(1), V(2)))


class Adder:
    def __call__(self, a, b):
        return "callable object"


V.__add__ = Adder()
try:
    print(add(V(1), V(2)))
except TypeError as e:
    print("TypeError:", e)


def with_default(self, other, extra=5):
    return self.x + other.x + extra


V.__add__ = with_default
print(add(V(1), V(2)))


def star(*args):
    return len(args)


V.__add__ = star
print(add(V(1), V(2)))
del V.__add__
try:
    add(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)
V.__add__ = lambda self, other: V(self.x + (other if isinstance(other, int) else other.x))


# The same site sees other types while a method it called runs.
class Outer:
    def __add__(self, other):
        inner = add(Inner(), Inner())
        return "outer(%s)" % (inner,)


class Inner:
    def __add__(self, other):
        return "inner"


for _ in range(3):
    print(add(Outer(), Outer()), add(Inner(), Inner()))

# Changing an instance's class.
a = V(1)
a.__class__ = W
print(add(a, 1), type(a).__name__, add(V(2), a))


# Release order of temporaries, and an operand kept by the method.
def noisy_sum():
    return Noisy("a") + Noisy("b")


print(noisy_sum())
kept = []


class Keeper:
    def __add__(self, other):
        kept.append(other)
        return len(kept)


print(add(Keeper(), Noisy("k")), [n.name for n in kept])
kept.clear()


def deep(n):
    if n == 0:
        return V(0)
    return deep(n - 1) - V(1)


print(deep(50))
print("done")
