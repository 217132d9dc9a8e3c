import math

# Values where a naive formula and libm disagree in the last bit.
xs = [-2.3548004101992888, 0.7, 2.3, -1.4, 1e-8, 1e300, 3.7, 12345.678, 0.999, -0.5]
for x in xs:
    print(repr(x), repr(math.asinh(x)))
for x in [1.0, 1.5, 2.3, 10.0, 1e300, 1.0000001]:
    print(repr(x), repr(math.acosh(x)))
for x in [0.0, 0.3, -0.7, 0.999999, 1e-10, -0.25]:
    print(repr(x), repr(math.atanh(x)))
for f, x in [(math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -2.0)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, e)
