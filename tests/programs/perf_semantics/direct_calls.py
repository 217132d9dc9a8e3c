# Direct calls: generated code builds the callee's frame inline when the
# callable is a Python function taking exactly the given positional
# arguments. Each case below must fall back (or not) with CPython's results.
import sys


def add(a, b):
    return a + b


def with_default(a, b=10):
    return a * b


def many(a, b, c, d, e, f, g, h, i, j):
    return [a, b, c, d, e, f, g, h, i, j]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin():
        return Point(0, 0)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1) + 1


def boom(x):
    return 1 // x


def outer(x):
    return boom(x) + 1


print(add(2, 3), add("a", "b"), add([1], [2]))
print(with_default(3), with_default(3, 4))
print(many(*range(10)) == many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
p = Point(1, -2).moved(3, 4)
print(p.x, p.y, p.norm1(), Point.origin().norm1())
print(fact(30))

# Rebinding the callee between calls.
def use_add():
    return add(1, 1)


print(use_add())
add = lambda a, b: a - b
print(use_add())


def add(a, b):  # noqa: F811
    return a * b


print(use_add(), add(6, 7))

# Wrong argument counts keep CPython's messages.
for call in (lambda: fact(), lambda: fact(1, 2), lambda: p.moved(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# A bound method object and a function stored in containers.
m = p.moved
print(m(1, 1).x, [fact][0](5), {"f": countdown}["f"](50))

# Exceptions raised in a direct callee unwind through the caller.
try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError:", e, names)

# The recursion limit holds for direct calls, and the depth is restored
# after the RecursionError unwinds.
sys.setrecursionlimit(200)
try:
    countdown(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(countdown(150))
sys.setrecursionlimit(1000)
print(countdown(900))

print(outer(0))
