# A call of a function held in a variable (a parameter, a local, a closure
# variable) may run a math function's float kernel; anything else, and
# every error, takes the general call. Variables named like built-ins are
# whatever they hold.
import math


def integrate(f, a, b, n):
    h = (b - a) / n
    total = 0.0
    for k in range(n):
        total += f(a + k * h) * h
    return total


def apply(f, *args):
    return f(*args)


def one(f, x):
    return f(x)


def two(f, x, y):
    return f(x, y)


class Callable:
    def __call__(self, x):
        return ("called", x)


def shadow(len, isinstance, ord):
    return len([1, 2]), isinstance(3), ord("a")


def closure(f):
    def inner(x):
        return f(x) + 1.0
    return inner


print(round(integrate(math.sin, 0.0, math.pi, 1000), 9))
print(round(integrate(lambda x: x * x, 0.0, 1.0, 1000), 9))
print(round(integrate(math.exp, 0.0, 1.0, 100), 9))
for f, x in [(math.sqrt, 2.0), (math.sqrt, 9), (math.floor, 2.5), (math.fabs, -0.0),
             (math.log, 10**400), (abs, -3), (len, "abc"), (Callable(), 1), (str, 4.5)]:
    print(one(f, x))
for f, x, y in [(math.pow, 2.0, 10), (math.atan2, 1.0, -1.0), (math.hypot, 3, 4),
                (max, 1, 2), (divmod, 7, 2), (math.copysign, 1.0, -0.0)]:
    print(two(f, x, y))
for f, x in [(math.sqrt, -1.0), (math.log, 0.0), (math.exp, 1000.0), (math.sqrt, "x"),
             (math.acos, 2.0)]:
    try:
        print(one(f, x))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    two(math.pow, 0.0, -1.0)
except ValueError as e:
    print("ValueError", e)
print(two(math.pow, 10.0, 400.0) if False else "skip")
try:
    print(two(math.pow, 10.0, 400.0))
except OverflowError as e:
    print("OverflowError", e)
print(shadow(lambda v: 99, lambda v: "inst", lambda c: -1))
print(closure(math.sqrt)(16.0), closure(math.cos)(0), closure(float)(2))
print(apply(math.sin, 0.5) == math.sin(0.5), one(math.sin, 0.5) == math.sin(0.5))
g = math.tan
print(one(g, 1.0), one(g, 1))
