# math.floor / ceil / trunc and round(x) of one argument: the call sites'
# rounding kernels (small int results inline) and everything that must
# leave them: rebound names, subclasses, __floor__ / __round__ hooks,
# inf / nan, results beyond the small ints, wrong argument counts.
import math
from math import floor, ceil, trunc


def show(label, v):
    print(label, type(v).__name__, v)


def kernels(xs):
    for x in xs:
        print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), round(x),
              floor(x), ceil(x), trunc(x))


kernels([0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.7, -3.7, 1e-300, -1e-300,
         0.49999999999999994, 4503599627370495.5, -4503599627370495.5,
         2.0 ** 61, -(2.0 ** 61), 2.0 ** 62 - 512, 2.0 ** 62, -(2.0 ** 62),
         2.0 ** 63, -(2.0 ** 63), 1e300, -1e300, 7, -7, 0, 2 ** 62, -(2 ** 62) - 1,
         10 ** 30, True, False])

# Unboxed float arithmetic feeding the kernels, results read as numbers.
acc = 0
fl = 0.0
for i in range(-40, 40):
    x = (i - 0.25) / 3.0
    acc += math.floor(x) + math.ceil(x) + math.trunc(x) + round(x)
    fl += math.floor(x * 2.0) * 0.5
    if math.floor(x) < x - 1.0:
        print("wrong floor", x)
print("acc", acc, fl)
show("floor result", math.floor(2.5 * 3.0))
show("round result", round(7.5 / 3.0))
show("ceil unary", -math.ceil(-2.5))

# inf / nan: CPython's errors, from every site.
for f in (math.floor, math.ceil, math.trunc, round):
    for bad in (float("inf"), float("-inf"), float("nan")):
        try:
            print(f(bad))
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
for bad in (float("inf"), float("nan")):
    try:
        print(math.floor(bad))
    except (OverflowError, ValueError) as e:
        print("floor", type(e).__name__, e)
    try:
        print(round(bad))
    except (OverflowError, ValueError) as e:
        print("round", type(e).__name__, e)
    try:
        print(math.trunc(bad))
    except (OverflowError, ValueError) as e:
        print("trunc", type(e).__name__, e)
    try:
        print(math.ceil(bad))
    except (OverflowError, ValueError) as e:
        print("ceil", type(e).__name__, e)


class F(float):
    def __floor__(self):
        return "F.floor"

    def __ceil__(self):
        return "F.ceil"

    def __trunc__(self):
        return "F.trunc"

    def __round__(self, n=None):
        return "F.round"


class I(int):
    pass


class Hooks:
    def __floor__(self):
        return 41

    def __ceil__(self):
        return 42

    def __trunc__(self):
        return 43

    def __round__(self, n=None):
        return ("round", n)


class OnlyFloat:
    def __float__(self):
        return 2.75


class OnlyIndex:
    def __index__(self):
        return 5


for v in (F(2.5), I(7), Hooks(), OnlyFloat(), OnlyIndex(), 3.25, 9):
    for f in (math.floor, math.ceil, math.trunc, round):
        try:
            r = f(v)
            print(type(v).__name__, f.__name__, type(r).__name__, r)
        except TypeError as e:
            print(type(v).__name__, f.__name__, "TypeError", e)

# Huge floats into big ints.
for x in (1e20, -1e20, 2.0 ** 62 + 2.0 ** 10, 1.7976931348623157e308):
    print(math.floor(x), math.ceil(-x), math.trunc(x), round(x))

# Argument errors.
for call in (lambda: math.floor(), lambda: math.floor(1.0, 2.0),
             lambda: math.floor(x=1.0), lambda: round(), lambda: round(1.5, 2, 3),
             lambda: round(number=2.5), lambda: round(2.675, ndigits=2),
             lambda: math.trunc("s"), lambda: round("s"), lambda: math.floor("s"),
             lambda: math.ceil(None)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


# Rebinding: the site must follow the callable, not the name.
def site(x):
    return floor(x)


print(site(2.5), site(-2.5))
floor = math.sqrt
print(site(6.25))
floor = lambda x: ("lambda", x)
print(site(1.5))
floor = math.ceil
print(site(1.5))
del floor
from math import floor

saved = math.floor
math.floor = math.ceil
print(math.floor(1.5), math.floor(-1.5))
math.floor = lambda x: "patched"
print(math.floor(1.5))
math.floor = saved
print(math.floor(1.5))


def round_site(x):
    return round(x)


print(round_site(2.5), round_site(3.5))
import builtins
real_round = builtins.round
builtins.round = lambda x: "builtins.round patched"
print(round_site(2.5))
builtins.round = real_round
print(round_site(2.5))
round = math.floor
print(round_site(2.5), round(-2.5))
del round
print(round_site(-2.5))


# A float-kernel name bound to a rounding function, and back.
def sqrt_site(x):
    return sqrt(x)


sqrt = math.floor
print(sqrt_site(6.5), type(sqrt_site(6.5)).__name__)
sqrt = math.sqrt
print(sqrt_site(6.25))
sqrt = round
print(sqrt_site(6.5))


# A function passed in: variable call sites.
def apply(f, xs):
    return [f(x) for x in xs]


for f in (math.floor, math.ceil, math.trunc, round, math.sqrt, math.floor):
    print(f.__name__, apply(f, [0.25, 2.5, 6.75]))


# Shadowed by a local.
def shadow(x):
    floor = math.ceil
    return floor(x)


print(shadow(1.25))


class Obj:
    def floor(self, x):
        return ("method", x)

    def round(self, x):
        return ("method round", x)


o = Obj()
print(o.floor(1.5), o.round(2.5))


# round(x, n): the kernel for an exact float and a small int.
def round2(xs, nds):
    out = []
    for x in xs:
        for nd in nds:
            r = round(x, nd)
            out.append((type(r).__name__, r))
    return out


print(round2([2.675, 1.005, -2.675, 0.125, 0.375, -0.0, 0.0, 1e-10, 123456.789, 2.0 ** 45 + 0.5,
              2.0 ** 60, 1e300, -1e300, 5e-324, float("inf"), float("-inf")],
             [0, 1, 2, 3, 10, 22, 23, 300, -1, -3, -400]))
print(round2([float("nan")], [0, 2, -2]))
print(round2([7, -15, 10 ** 25, True], [0, 1, -1, -2]))
print(round2([2.5, 3.5], [None]))
print(round2([2.5], [10 ** 30, -(10 ** 30), 2 ** 62, -(2 ** 62) - 1]))
print(round2([F(2.5)], [1]))
fl = 0.0
for i in range(200):
    x = (i - 100) / 7.3
    fl += round(x * 1.5, 2) * 100.0 + round(x, 1)
print("fl %.6f" % fl)
for args in ((2.5, 2.0), (2.5, "1"), (2.5, 1.5), ("s", 1), (Hooks(), 3), (OnlyIndex(), 1),
             (2.5, OnlyIndex()), (2.5, True), (2.5, I(1)), (I(25), -1)):
    try:
        r = round(*args)
        print("round", type(args[1]).__name__, type(r).__name__, r)
    except TypeError as e:
        print("TypeError", e)
round_saved = builtins.round
builtins.round = lambda x, n=None: ("patched", x, n)
print(round2([1.25], [1]))
builtins.round = round_saved
print(round2([1.25], [1]))
round = lambda x, n: ("global round", n)
print(round(1.25, 1))
del round
print(round(1.25, 1))
