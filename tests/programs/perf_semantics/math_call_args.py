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
