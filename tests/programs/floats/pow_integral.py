# float ** for negative bases and integral exponents (odd/even, huge,
# non-integral), zero and infinite bases: the sign rules and errors.
import math

bases = [-2.0, -0.5, -1.0, -0.0, 0.0, -math.inf, math.inf, -3.0, 2.0, -1e-300, -1.0000001]
exps = [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, -3.0, 0.5, -0.5, 2.5, 1e15 + 1, 1e15, 2.0 ** 52 + 1,
        2.0 ** 53, 2.0 ** 53 + 2, 1e300, -1e300, 4503599627370495.5, -4503599627370495.5,
        math.inf, -math.inf, math.nan]
for b in bases:
    for e in exps:
        try:
            r = b ** e
            print(repr(b), repr(e), repr(r))
        except (ZeroDivisionError, OverflowError) as ex:
            print(repr(b), repr(e), type(ex).__name__, ex)
print((-8.0) ** (1.0 / 3.0))
print(math.pow(-2.0, 3.0), math.pow(-2.0, 2.0), math.pow(-0.0, 3.0), math.pow(-0.0, -2.0) if False else "skip")
for args in [(-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as ex:
        print(args, type(ex).__name__, ex)
for args in [(-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0)]:
    try:
        print(args[0] ** args[1])
    except (ValueError, OverflowError, ZeroDivisionError) as ex:
        print(args, type(ex).__name__, ex)
print(math.gamma(-2.5), math.gamma(5.0), math.gamma(0.5), math.lgamma(-2.5), math.lgamma(1.0), math.lgamma(2.0))
print(math.gamma(-1e10 - 0.5), math.lgamma(-1e15 - 0.5), math.gamma(171.5) if False else math.gamma(171.0))
for x in (-1.0, 0.0, -2.0, -1e20):
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except ValueError as ex:
            print(f.__name__, x, "ValueError", ex)
