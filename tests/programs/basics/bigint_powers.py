# Unbounded integers: powers and big arithmetic
a = 2 ** 200
print(a)
print(len(str(a)))
b = 3 ** 100
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b)
print(a % b)
print(-a // b)
print(-a % b)
print(a // -12345678901234567890)
print(a % -12345678901234567890)
c = 10 ** 50 + 1
print(c * c)
print(c * c - 2 * c + 1 == (c - 1) ** 2)
print((1 << 100) == 2 ** 100)
print((2 ** 100) >> 90)
print(-(2 ** 100) >> 95)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, -(2 ** 63) - 1)
x = 1
for i in range(1, 30):
    x = x * 1000003 + i
print(x)
print(x % 1000000007)
print(abs(-a) == a, -(-a) == a)
print(0 ** 0, (-1) ** 101, (-2) ** 63)
print(pow(2, 100, 10 ** 9 + 7))
