# Basic float arithmetic
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b), divmod(7.5, -2.0))
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12)
print(1.0 / 3.0 * 3.0, 2.0 / 3.0, 10.0 / 4)
print(5.0 % 3, -5.0 % 3, 5.0 % -3, 5.5 % 1, -5.5 % 1)
print(1e300 * 1e-300, 1e-200 * 1e-200, 1e200 * 1e200)
print(3.5 - 3.4, 100.0 - 99.9)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
x = 1.0
for _ in range(50):
    x /= 2
print(x, x * 2 ** 50)
v = 2.0
v **= 0.5
print(v, v * v)
v += 1
v *= 3
v -= 0.5
v /= 2
print(v)
print(-2.0 ** 2, (-8.0) ** 2, 2.0 ** -2, 0.0 ** 0)
print(float(1 << 60) - (1 << 60), 1.5 * 2 ** 70)
