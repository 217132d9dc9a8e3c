# Calls after LOAD_METHOD take one of two direct paths: a method (the
# receiver goes first) or a plain callable found as an attribute (no
# receiver): functions stored on instances and classes, modules' functions,
# classes reached through attributes (constructor path), bound methods,
# static and class methods, wrong argument counts.
import types


def double(x):
    return 2 * x


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls, axis):
        return cls(1, 0) if axis == "x" else cls(0, 1)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Holder:
    factory = Point

    def __init__(self):
        self.fn = double
        self.cls = Point
        self.bound = Point(3, -4).norm1
        self.lam = lambda a, b=10: a + b


ns = types.SimpleNamespace(twice=double)
h = Holder()
p = Point(1, 2)
total = 0
for i in range(5):
    total += p.norm1() + p.scaled(i).norm1()
    total += h.fn(i) + h.bound() + h.lam(i) + h.lam(i, 1)
    total += h.cls(i, i).norm1() + h.factory(i, 1).x
    total += ns.twice(i) + Point.origin().x + Point.unit("y").y
    total += p.unit("x").x + p.origin().y
print(total)
print(h.cls(5, 6), h.factory(7, 8), Point.unit("x"))
try:
    p.scaled()
except TypeError as e:
    print("TypeError:", e)
try:
    h.fn(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h.cls(1)
except TypeError as e:
    print("TypeError:", e)
h.fn = Point
print(h.fn(9, 9))
Point.norm1 = lambda self: -1
print(p.norm1(), h.bound())
