a = 4611686018427387903
print(a * 2, a * -3, 3 * 5, -7 * 9, (2**62 - 1) * 1, 1.5 * 2.0, 7.0 / 2.0, 1.0 - 3.5, 0.1 + 0.2)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(e)
n = float("nan")
print(n < 1.0, n == n, n != n, 1.0 <= 1.0, 2.0 > 1.0, 1.5 >= 2.5)
class F(float): pass
print(F(1.5) + 2.0, type(F(1.5) * F(2.0)))
x = -4611686018427387904
print(x * 1, x * -1, (-1) * x)
if 1.0 < 2.0: print("lt")
if n != n: print("nan ne")
# Mixed operands and subclasses leave the inline paths for the runtime.
print(2 * 1.5, 1.5 * 2, 3 / 2, 3.0 / 2, 10 - 0.5, True * 2.5, 2.5 * True)
class I(int):
    def __mul__(self, other):
        return "I.__mul__"
print(I(3) * 4, 4 * I(3))
class G(float):
    def __lt__(self, other):
        return "G.__lt__"
print(G(1.0) < 2.0, 2.0 < G(1.0))
big = 2**62
print(big * big, -big * 3, big * 0, 0 * big)
total = 0.0
for i in range(1000):
    total += i * 0.5
    total -= i / 3.0
print(total, total * 0.0, -0.0 * 1.0)
print(float("inf") * 0.0, float("inf") - float("inf"))
