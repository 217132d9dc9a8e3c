# Math calls through the call-site caches: module attributes cached by the
# module dict's version (rebinding, deleting and module __getattr__ are
# seen), float kernels of math functions (errors, infinities, NaN, ints,
# bools, float subclasses and other callables at the same site), and
# kernel results read by float operations without boxing.

import math
import sys


def show(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


def one(fn, x):
    return fn(x)


def two(fn, x, y):
    return fn(x, y)


class F(float):
    def __float__(self):
        return 2.0


for x in [0.25, 4.0, 4, -1.0, 0.0, -0.0, float("inf"), float("-inf"), float("nan"),
          True, 2 ** 60 + 1, 10 ** 400, F(9.0), "s"]:
    for name in ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin",
                 "cos", "tan", "atan", "asin", "acos", "sinh", "cosh", "tanh",
                 "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma",
                 "degrees", "radians", "fabs", "cbrt", "exp2"]:
        fn = getattr(math, name, None)
        if fn is not None:
            show(name, one, fn, x)

pairs = [(2.0, 3.0), (0.0, -1.0), (-8.0, 1.0 / 3.0), (10.0, 400.0), (1.0, 0.0),
         (5.0, float("inf")), (float("inf"), 2.0), (3, 4), (1e308, 1e308),
         (float("nan"), 1.0), (7.5, -2.0), (2 ** 70, 2.0), ("a", 1.0)]
for x, y in pairs:
    for name in ["pow", "atan2", "hypot", "fmod", "remainder", "copysign"]:
        show(name, two, getattr(math, name), x, y)

# Method-style calls at one site: math.sqrt, then a rebinding.
def roots(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i) * 2.0 + math.sin(i * 0.5)
    return total


print("%.9f" % roots(100))
saved = math.sqrt
math.sqrt = lambda v: -v
print(roots(10))
del math.sqrt
try:
    roots(3)
except AttributeError as e:
    print("AttributeError", e)
math.sqrt = saved
print("%.9f" % roots(100))

# Unboxed kernel results in comparisons and stores.
def compare(xs):
    hits = 0
    for x in xs:
        r = math.sqrt(x)
        if math.sqrt(x) < 2.0:
            hits += 1
        if r == math.sqrt(x):
            hits += 10
    return hits


print(compare([0.0, 1.0, 3.9, 4.0, 9.0, 16, 2]))

# One site, several callables.
for fn in [math.sin, abs, math.floor, math.sin, float, math.cos, lambda v: v * 3, math.sqrt]:
    show("site", one, fn, 2.25)
for fn in [math.pow, math.atan2, max, divmod, math.fmod, pow]:
    show("site2", two, fn, 7.0, 2.0)

# Errors raised by the kernel functions keep CPython's messages.
for v in [-1.0, 0.0, 1.0]:
    try:
        print(math.log(v))
    except ValueError as e:
        print("ValueError", e)
try:
    print(math.exp(1000.0))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(math.sqrt(1.0, 2.0))
except TypeError as e:
    print("TypeError", e)
print(math.sin.__call__(1.0))
print(math.log(8.0, 2.0), math.log(100, 10))

# A module's own functions through sys.modules, module __getattr__, and a
# global rebound between calls.
def helper(v):
    return v + 1


def __getattr__(name):
    if name == "dynamic":
        return lambda v: v * 100
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


me = sys.modules[__name__]


def use_module(n):
    out = []
    for i in range(n):
        out.append(me.helper(i))
        out.append(me.dynamic(i))
    return out


print(use_module(3))
helper = lambda v: v - 1
print(use_module(3))
del helper
try:
    use_module(1)
except AttributeError as e:
    print("AttributeError", e)
print(math.__getattribute__("pi"))
