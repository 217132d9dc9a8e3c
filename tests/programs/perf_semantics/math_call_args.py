# Float operations passed straight to one- and two-argument calls (the
# argument may stay unboxed for a math function's float kernel): math and
# other callables at the same site, errors raised with the argument
# computed inline, and values that must be boxed for other callees.

import math


def apply(fn, x):
    return fn(x * 2.0 - 1.0)


def apply2(fn, x, y):
    return fn(x + 0.5, y * y)


callees = [math.sqrt, math.exp, abs, float, str, repr, lambda v: v / 3.0, math.floor,
           math.log, math.tanh, round, print]
for x in [0.25, 3.0, -4.0, 400.0]:
    for fn in callees:
        try:
            r = apply(fn, x)
            print(getattr(fn, "__name__", "?"), repr(r))
        except Exception as e:
            print(getattr(fn, "__name__", "?"), type(e).__name__, e)

for x, y in [(1.0, 2.0), (-3.0, 0.5), (1e200, 1e200), (0.0, 0.0)]:
    for fn in [math.atan2, math.hypot, math.pow, math.fmod, max, min, divmod, pow,
               math.copysign, math.remainder, lambda a, b: (a, b)]:
        try:
            print(getattr(fn, "__name__", "?"), repr(apply2(fn, x, y)))
        except Exception as e:
            print(getattr(fn, "__name__", "?"), type(e).__name__, e)


def special(count):
    acc = 0.0
    for i in range(1, count):
        x = i / count * 5.0
        acc += math.lgamma(x + 0.5) + math.erf(x - 2.5) + math.erfc(x) + math.log1p(x)
        acc += math.tanh(x - 2.0) + math.asinh(x) + math.acosh(x + 1.0)
        acc += math.atan2(x * 0.5, x + 1) + math.hypot(x - 1.0, 2.0 * x)
    return acc


print("%.9f" % special(2000))
try:
    for i in range(5):
        print(math.sqrt(2.0 - i * 0.75))
except ValueError as e:
    print("ValueError", e)
try:
    for i in range(5):
        print(math.exp(i * 300.0))
except OverflowError as e:
    print("OverflowError", e)


# Every math function with a float kernel called by name (the kernel path),
# on arguments that reach each of its outcomes.
def kernels(x, y):
    cases = [
        ("acos", lambda: math.acos(x)), ("acosh", lambda: math.acosh(x)),
        ("asin", lambda: math.asin(x)), ("asinh", lambda: math.asinh(x)),
        ("atan", lambda: math.atan(x)), ("atan2", lambda: math.atan2(x, y)),
        ("atanh", lambda: math.atanh(x)), ("cbrt", lambda: math.cbrt(x)),
        ("copysign", lambda: math.copysign(x, y)), ("cos", lambda: math.cos(x)),
        ("cosh", lambda: math.cosh(x)), ("degrees", lambda: math.degrees(x)),
        ("erf", lambda: math.erf(x)), ("erfc", lambda: math.erfc(x)),
        ("exp", lambda: math.exp(x)), ("exp2", lambda: math.exp2(x)),
        ("expm1", lambda: math.expm1(x)), ("fabs", lambda: math.fabs(x)),
        ("fmod", lambda: math.fmod(x, y)), ("gamma", lambda: math.gamma(x)),
        ("hypot", lambda: math.hypot(x, y)), ("lgamma", lambda: math.lgamma(x)),
        ("log", lambda: math.log(x)), ("log10", lambda: math.log10(x)),
        ("log1p", lambda: math.log1p(x)), ("log2", lambda: math.log2(x)),
        ("pow", lambda: math.pow(x, y)), ("radians", lambda: math.radians(x)),
        ("remainder", lambda: math.remainder(x, y)), ("sin", lambda: math.sin(x)),
        ("sinh", lambda: math.sinh(x)), ("sqrt", lambda: math.sqrt(x)),
        ("tan", lambda: math.tan(x)), ("tanh", lambda: math.tanh(x)),
        ("sqrt-op", lambda: math.sqrt(x * 2.0 - 1.0)),
        ("pow-op", lambda: math.pow(x + 0.5, y * 2.0)),
    ]
    for name, f in cases:
        if not hasattr(math, name.split("-")[0]):
            continue
        try:
            print(name, repr(x), repr(y), repr(f()))
        except Exception as e:
            print(name, repr(x), repr(y), type(e).__name__, e)


for x, y in [(0.5, 2.0), (0.5, 2.0), (-1.0, 0.0), (0.0, -0.0), (1.0, 3), (3, 0.5),
             (2.0, float("inf")), (float("inf"), 1.0), (float("nan"), 2.0), (800.0, 1e308),
             (-0.5, -3.0), (2 ** 60, 2.0), (True, 1.0), (171.5, 1.5), (-2.0, 0.5), ("a", 1.0)]:
    kernels(x, y)
