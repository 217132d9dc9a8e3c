# round(x) / round(x, n) of exact floats skip the __round__ lookup and, for
# 0 <= n <= 22, round in integer arithmetic; math.isclose with keyword
# tolerances skips general argument parsing. Everything else is CPython's.
import math


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


for x in [2.675, 0.125, 0.375, 1.5, 2.5, -2.5, -0.5, 0.5, -0.0, 0.0, 1e-300,
          -1e-300, 5e-324, 123456.789, -98765.4321, 1e15 + 0.3, 2.0 ** 52 + 1,
          2.0 ** 60, 1e22, 1e300, 0.1, 0.7, 1.0 / 3, -2.0 / 3, 4503599627370495.5]:
    print(x, end=": ")
    for nd in [None, 0, 1, 2, 3, 5, 10, 15, 17, 22, 23, 30, 300, 400, -1, -2, -308, -400]:
        try:
            r = round(x, nd)
            print(repr(r), end=" ")
        except Exception as e:
            print(type(e).__name__, end=" ")
    print()

show(round, 1.5)
show(round, -1.5)
show(round, float("inf"))
show(round, float("-inf"))
show(round, float("nan"))
show(round, float("inf"), 2)
show(round, float("nan"), 2)
show(round, 1e308, -308)
show(round, 1.7976931348623157e308, -308)
show(round, 2.5, None)
show(round, 2.567, True)
show(round, 2.567, 2.0)
show(round, 2.567, "2")
show(round, 2.567, 2 ** 70)
show(round, 2.567, -(2 ** 70))
show(round, number=2.567, ndigits=1)
show(round, 2.567, ndigits=1)
show(round)
show(round, 1.0, 2, 3)


class Idx:
    def __index__(self):
        return 1


show(round, 2.567, Idx())


class F(float):
    def __round__(self, n=None):
        return ("F.__round__", n)


show(round, F(2.5))
show(round, F(2.5), 1)


class G(float):
    pass


show(round, G(2.5))
show(round, G(2.567), 2)


class R:
    def __round__(self, *a):
        return ("R", a)


show(round, R())
show(round, R(), 3)
show(round, 7)
show(round, 7, -1)
show(round, True)
show(round, "x")

# isclose: keyword tolerances, errors and their order.
show(math.isclose, 1.0, 1.0 + 1e-10)
show(math.isclose, 1.0, 1.1, rel_tol=0.2)
show(math.isclose, 1.0, 1.1, abs_tol=0.2)
show(math.isclose, 1.0, 1.1, abs_tol=0.01, rel_tol=0.01)
show(math.isclose, 0.0, 1e-10, abs_tol=1e-9)
show(math.isclose, 1, 1, rel_tol=0)
show(math.isclose, 1.0, 2.0, rel_tol=-1.0)
show(math.isclose, 1.0, 2.0, abs_tol=-1.0)
show(math.isclose, 1.0, "2", rel_tol="x")
show(math.isclose, 1.0, 2.0, rel_tol="x")
show(math.isclose, 1.0, 2.0, tol=1.0)
show(math.isclose, 1.0, 2.0, 3.0)
show(math.isclose, a=1.0, b=1.0)
show(math.isclose, 1.0, b=1.0, abs_tol=0.5)
show(math.isclose, 1.0)
show(math.isclose, float("inf"), float("inf"), rel_tol=0.5)
show(math.isclose, float("inf"), 1e308, rel_tol=0.5)
show(math.isclose, float("nan"), float("nan"), abs_tol=1.0)
print(sum(round(i / 7.3, 2) for i in range(-3000, 3000)))
print(sum(round(i / 7.3) for i in range(-3000, 3000)))

# math.floor / ceil / trunc and round(x) of exact floats convert the
# truncated value once; NaN, infinities, huge values, subclasses as CPython.
vals = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
        -0.49999999999999994, 1e-300, -1e-300, 5e-324, -5e-324, 3.7, -3.7,
        4503599627370495.5, -4503599627370495.5, 4503599627370497.0, 2.0 ** 62,
        -(2.0 ** 62), 4e18, -4e18, 3.9999999999999995e18, 1e19, -1e300,
        2.0 ** 63, -(2.0 ** 63), 123456789.99999999]
for v in vals:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), round(v))
for bad in [float("inf"), float("-inf"), float("nan")]:
    for f in (math.floor, math.ceil, math.trunc, round):
        show(f, bad)


class H(float):
    def __floor__(self):
        return "H.floor"

    def __ceil__(self):
        return "H.ceil"

    def __trunc__(self):
        return "H.trunc"


show(math.floor, H(1.5))
show(math.ceil, H(1.5))
show(math.trunc, H(1.5))
show(math.floor, G(-1.5))
show(math.ceil, G(-1.5))
show(math.trunc, G(-1.5))
show(math.floor, True)
show(math.floor, 2 ** 70)
show(math.floor, "x")
print(sum(math.floor(i / 7.3) + math.ceil(i / 7.3) + math.trunc(i / 7.3) for i in range(-500, 500)))
