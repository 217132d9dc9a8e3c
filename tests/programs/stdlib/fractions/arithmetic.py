from fractions import Fraction as F
import math

# Constructors and normalisation.
print(F(), F(3), F(6, 4), F(10, -8), F(-3, -6), F(0, -5))
print(F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F(True), F(3, True))
print(F(1.5), F(0.1), F(-2.25), F(1e-3))
for s in ['3/4', '-35/4', ' 1.5e-3 ', '3.1415', '-47e-2', '+7', '.5', '1.',
          '1_000', '1E3', '1.5_0', '  12  ', '0/7']:
    print(repr(s), F(s))
print(F('1/3').numerator, F('1/3').denominator, F(5, 10).as_integer_ratio())
print(repr(F(3, 4)), str(F(3, 4)), str(F(4, 2)), repr(F(-1, 2)))

# Arithmetic with ints, floats, complex and Fractions, both sides.
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a)
print(a + 0.5, 0.5 + a, a * 2.0, 2.0 / a, a // 0.1, 7 // a, 7 % a, divmod(7, a))
print(a + 1j, 1j * a, a - (1 + 2j))
print(F(-7, 2) // 2, F(-7, 2) % 2, divmod(F(-7, 2), F(2, 3)), F(7, 2) % -2)
print(a ** 2, a ** -2, F(-2, 3) ** -3, F(-2, 3) ** 3, F(4) ** F(1, 2), a ** 0.5)
print(2 ** F(3), 2 ** F(-1), 4 ** F(1, 2), 2.0 ** F(2), F(2, 3) ** F(2))
print(-a, +a, abs(F(-5, 3)), bool(F(0)), bool(a))

# Conversions and rounding.
x = F(-7, 2)
print(int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), float(x))
print(round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 3), round(F(1234, 1), -2))
print(round(F(-3, 2)), round(F(22, 7), 2), complex(F(1, 4)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100))
print(F(1, 3).limit_denominator(10), F('0.333').limit_denominator(5), F(1, 2).limit_denominator(1))
print(F.from_float(0.25), F.from_float(3), F(22, 7).real, F(22, 7).imag, F(3, 5).conjugate())

# Comparisons and hashing.
print(F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(2) == 2, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j)
print(F(1, 2) < 1, F(1, 2) > 0.4, 1 < F(3, 2), 0.4 <= F(2, 5), F(1, 3) >= F(1, 3))
print(F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) == float('nan'))
print(sorted([F(1, 2), 0.3, 1, F(-1, 5), 0]), max(F(1, 3), F(1, 4)))
for v in [F(1, 3), F(-1, 3), F(1, 2), F(5), F(-1), F(2, 10 ** 20 + 1), F(10 ** 30, 7)]:
    print(v, hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(4)) == hash(4), {F(1, 2): 'half'}[0.5])
print(sum([F(1, n) for n in range(1, 8)]))
