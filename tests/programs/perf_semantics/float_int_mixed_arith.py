# Arithmetic of a float and a small int: the int converts as
# float(int) does; int/int, bools, big ints and subclasses keep their paths.

h = 0.1
print(3 * h, h * 3, 1 + h, h + 1, 10 - h, h - 10, 7 / 2.0, 2.0 / 7, 1 / 3, 2 / 4)
print(-5 * 0.5, 0 * -1.5, -0.0 + 0, 0 - 0.0, 0 * -0.0)
big = 2**62 - 1
print(big * 1.0, big + 0.5, float(big), big / 3.0, (2**53 + 1) + 0.0)
print(2**70 * 1.5, 2**70 + 0.0, -(2**63) * 1.0)
print(True + 1.5, False * 2.5, 1.5 - True)
print(1e308 * 10, -1e308 * 10, 10 * 1e308 - 10 * 1e308)
for a, b in [(1, 0.0), (2.5, 0), (0, 0.0), (5, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


class I(int):
    def __add__(self, other):
        return "I.__add__"

    def __radd__(self, other):
        return "I.__radd__"


class F(float):
    def __rmul__(self, other):
        return "F.__rmul__"


print(I(2) + 1.5, 1.5 + I(2), 3 * F(2.0), F(2.0) * 3)
total = 0.0
n = 0
for k in range(1, 10):
    total += (4 if k % 2 else 2) * 0.25
    total -= k / 10
    n += k * 2
print(total, n, type(total).__name__)
x = 5
x *= 1.5
x += 1
print(x, 3 - x, x / 4, 4 / x)
# Comparisons stay exact (no conversion): 2**53 + 1 differs from 2.0**53.
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 1 < 1.5, 2 == 2.0)
print(round(0.1 * 3, 17), 0.1 * 3 == 0.3, [i * 0.5 for i in range(-3, 4)])
