import cmath
import math

values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.5 - 4j, 1e-5 + 1e-5j,
          complex(-1.0, -0.0), complex(-4.0, 0.0), complex(0.0, -2.0), 3, -2.0,
          complex(1e300, 1e300), complex(-1e-310, 1e-310), 0.9 + 0.1j, 1.5 - 0.2j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']

for name in names:
    f = getattr(cmath, name)
    print(name)
    for z in values:
        try:
            print('  ', repr(z), '->', repr(f(z)))
        except (ValueError, OverflowError) as e:
            print('  ', repr(z), '->', type(e).__name__, e)

# Branch cuts: the sign of a zero imaginary part picks the side.
for z in [complex(-4, 0.0), complex(-4, -0.0)]:
    print(cmath.sqrt(z), cmath.log(z), cmath.phase(z))
for z in [complex(2, 0.0), complex(2, -0.0)]:
    print(cmath.asin(z), cmath.acos(z), cmath.atanh(z))
for z in [complex(0.0, 2), complex(-0.0, 2)]:
    print(cmath.asinh(z), cmath.atan(z))

print(cmath.log(8, 2), cmath.log(100 + 0j, 10), cmath.log(1j, 1j))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0))
print(cmath.polar(1 + 1j), cmath.polar(-2), cmath.polar(0j))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(0, 1), cmath.rect(-1, 0.5))
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(cmath.infj),
      cmath.isnan(cmath.nanj), cmath.isnan(1j), cmath.isinf(2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)


class Half:
    def __complex__(self):
        return 0.5 + 0.5j


class Quarter:
    def __float__(self):
        return 0.25


print(cmath.sqrt(Half()), cmath.exp(Quarter()), cmath.sqrt(True))

for bad in [lambda: cmath.sqrt('4'), lambda: cmath.log(0), lambda: cmath.log(2, 1),
            lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j), lambda: cmath.atanh(1),
            lambda: cmath.atanh(-1), lambda: cmath.rect(1, math.inf),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.phase([]),
            lambda: cmath.sqrt(10 ** 400)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
