# math functions called as built-ins (not through a float kernel): passed
# around as values, with float subclasses, ints, bools, big ints, objects
# with __float__ / __index__, keyword arguments, and CPython's errors.
import math


class F(float):
    pass


class I(int):
    pass


class IntWithFloat(int):
    # An int subclass's own __float__ is its nb_float: PyFloat_AsDouble
    # calls it (math.log's int path does not).
    def __float__(self):
        return 2.5


class HasFloat:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v

    def __repr__(self):
        return "HasFloat(%r)" % self.v


class HasIndex:
    def __index__(self):
        return 5

    def __repr__(self):
        return "HasIndex()"


class BadFloat:
    def __float__(self):
        return 1

    def __repr__(self):
        return "BadFloat()"


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, args, kw, type(r).__name__, repr(r))
    except Exception as e:
        print(f.__name__, args, kw, type(e).__name__, e)


one = [math.sqrt, math.exp, math.log, math.sin, math.cos, math.atan, math.expm1, math.log1p,
       math.fabs, math.degrees, math.floor, math.ceil, math.trunc, math.isfinite, math.isnan]
args1 = [2.25, F(2.25), 9, I(9), IntWithFloat(9), True, False, -0.0, 10 ** 30, HasFloat(0.5), HasFloat(-1.5),
         BadFloat(), "x", None, math.inf, -math.inf, math.nan, 1e308, -1e-320]
for f in one:
    for a in args1:
        show(f, a)
    show(f)
    show(f, 1.0, 2.0)

two = [math.atan2, math.copysign, math.hypot, math.pow, math.fmod, math.remainder]
args2 = [(3.0, 4.0), (F(3.0), I(4)), (True, 2), (10 ** 20, 3.0), (HasFloat(1.5), 2.0),
         (0.0, -0.0), (-0.0, 0.0), (math.inf, 1.0), (1.0, math.nan), (1e308, 1e308),
         (5e-324, 5e-324), (2.0, HasIndex()), (IntWithFloat(1), 3.0), (3.0, IntWithFloat(1))]
for f in two:
    for a in args2:
        show(f, *a)
    show(f, 1.0)

# hypot: scaling at the ends of the exponent range, and other arities.
for a in [(1e308, 1e308), (1.7976931348623157e308, 1.0), (5e-324, 5e-324), (1e-310, 3e-310),
          (2.2250738585072014e-308, 2.2250738585072014e-308), (3, 4), (-0.0, 0.0), (math.inf, math.nan),
          (math.nan, 1.0), (), (5.0,), (1.0, 2.0, 2.0), (1e300, 1e300, 1e300)]:
    show(math.hypot, *a)
print(math.hypot(8.98846567431158e307, 8.98846567431158e307))

# factorial: the table, its end, and what is not a small int.
for a in [0, 1, 2, 5, 6, 19, 20, 21, 22, 30, True, False, I(6), HasIndex(), -1, -(10 ** 30), 6.0, 2.5, "6", 10 ** 20]:
    if a == 10 ** 20:
        show(math.factorial, -a)
        continue
    show(math.factorial, a)
print(sum(math.factorial(k) for k in range(25)))

# isclose: positional, keyword tolerances, argument errors.
show(math.isclose, 1.0, 1.0 + 1e-10)
show(math.isclose, IntWithFloat(1), 2.5)
show(math.isclose, 1.0, 1.5, abs_tol=IntWithFloat(0))
show(math.log, IntWithFloat(1))
show(math.log2, IntWithFloat(8))
show(math.fsum, [IntWithFloat(1), 1.0, True])
show(math.isclose, 1.0, 1.0 + 1e-10, rel_tol=1e-12)
show(math.isclose, 1.0, 1.1, abs_tol=0.2)
show(math.isclose, 1.0, 1.1, rel_tol=0.0, abs_tol=0.05)
show(math.isclose, 1, True, rel_tol=1e-9, abs_tol=1e-9)
show(math.isclose, F(1.0), I(1), abs_tol=I(0))
show(math.isclose, HasFloat(2.0), 2, rel_tol=HasFloat(0.1))
show(math.isclose, a=1.0, b=2.0)
show(math.isclose, 1.0, b=1.0)
show(math.isclose, 1.0, 2.0, rel_tol=-1.0)
show(math.isclose, 1.0, 2.0, abs_tol=-1.0)
show(math.isclose, 1.0, 2.0, tol=1.0)
show(math.isclose, 1.0, 2.0, 3.0)
show(math.isclose, 1.0)
show(math.isclose, 1.0, 2.0, rel_tol="x")
show(math.isclose, 1.0, "2")
show(math.isclose, math.inf, math.inf)
show(math.isclose, math.inf, -math.inf, abs_tol=math.inf)
show(math.isclose, math.nan, math.nan)
show(math.isclose, 1.0, 2.0, abs_tol=1.0, rel_tol=0.0)

# round through the builtin with odd arguments.
for a in [(2.675, 2), (F(2.5),), (F(2.675), 2), (I(15), -1), (True,), (2.5, None), (1e300, 2), (1e-300, 2),
          (0.1, 22), (0.1, 23), (123.456, -1), (123.456, -400), (123.456, 400), (1.5, I(0)), (1.5, HasIndex()),
          (5e-324, 22), (4503599627370497.0, 2), (-0.0, 2), (-0.001, 2), (math.inf, 2), (math.nan, 0)]:
    show(round, *a)
show(round, number=2.5)
show(round, 2.5, ndigits=0)
show(round, 2.5, 1.0)
show(round, "x")
