# Inline float ** (positive base, finite result) and every case that must
# behave as CPython's float_pow instead: zero and negative bases, complex
# results, NaN, infinities, overflow, int exponents, subclasses.
import math


def powers(pairs):
    out = []
    for x, y in pairs:
        try:
            out.append(x ** y)
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


inf, nan = math.inf, math.nan
pairs = [
    (2.0, 0.5), (2.0, 10), (2.0, -1), (1.5, 2), (10.0, -300), (10.0, 308), (10.0, 309),
    (0.5, 1075), (0.0, 2.0), (0.0, -1.0), (-0.0, 0.5), (-8.0, 1 / 3), (-2.0, 2), (-2.0, 3.0),
    (-2.0, 0.5), (inf, 2.0), (inf, -1.0), (-inf, 3.0), (nan, 0.0), (nan, 2.0), (1.0, nan),
    (2.0, nan), (2.0, inf), (0.5, inf), (1.0, inf), (2.0, 2**60), (1.0000001, 2**40),
    (2.0, True), (2, 3), (2, -1), (2, 0.5), (7.5, 0), (3.0, 2**53 + 1),
]
for r in powers(pairs):
    print(r)


def poly(angle):
    c = 1.0 - angle ** 2 / 2.0 + angle ** 4 / 24.0 - angle ** 6 / 720.0
    s = angle - angle ** 3 / 6.0 + angle ** 5 / 120.0
    return c, s, (c * c + s * s) ** 0.5


print([poly(a / 10.0) for a in range(-3, 4)])


class F(float):
    def __pow__(self, other):
        return "F.__pow__"

    def __rpow__(self, other):
        return "F.__rpow__"


print(F(2.0) ** 2, 2.0 ** F(3.0), F(2.0) ** F(3.0))
x = 3.0
x **= 2
print(x, type(x).__name__)
try:
    print(pow(-1.0, 0.5) == (-1.0) ** 0.5)
except ValueError as e:
    print("ValueError:", e)
