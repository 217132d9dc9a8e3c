# Direct calls build the callee's frame inline: the header words copied in
# pairs, the recursion depth and native stack checked one after the other,
# and, for a call that may run an inlined body, the argument count checked
# only when no inlined body's code matched.
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def probe(limit):
    # Each level checks the depth before entering the next frame.
    try:
        return depth(limit)
    except RecursionError as e:
        return type(e).__name__


print(depth(50), probe(10**6))
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
print(probe(100), probe(200))
sys.setrecursionlimit(old)


def frame_info():
    f = sys._getframe(0)
    return f.f_code.co_name, f.f_globals is globals(), f.f_back.f_code.co_name


def caller():
    return frame_info()


print(caller())

K = 3


def uses_consts_and_names(x):
    return (x, "const", K, len([x]), (1, 2))


print(uses_consts_and_names(7))


def outer(a):
    b = a * 2

    def inner(c):
        return a + b + c

    return inner


f = outer(5)
print(f(1), f(2))


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w


class Wide(Shape):
    def area(self):
        return self.w * 2


def total(shapes):
    return [s.area() for s in shapes], list(map(lambda s: s.area(), shapes))


shapes = [Shape(3), Wide(3), Shape(4)]
print(total(shapes))


# The name of an inlinable method bound to functions of other shapes.
def area_varargs(self, *rest):
    return ("varargs", rest)


def area_default(self, scale=10):
    return ("default", self.w * scale)


def area_kwonly(self, *, scale=5):
    return ("kwonly", self.w * scale)


for replacement in (area_varargs, area_default, area_kwonly):
    Wide.area = replacement
    print(total(shapes))


def area_two(self, extra):
    return self.w + extra


Wide.area = area_two
try:
    total(shapes)
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def area(self):
        yield self


print(type(Gen().area()).__name__)
