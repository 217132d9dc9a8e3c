# Floor division and modulo with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, divmod = {divmod(a, b)}, check = {q * b + r == a}")
print(-17 // 5, -17 % 5)
print(17 // -5, 17 % -5)
print(-(17 // 5), -(17 % 5))
print(-1 // 2 ** 70, -1 % 2 ** 70)
print((-10 ** 30) // 7, (-10 ** 30) % 7)
print(divmod(-10 ** 30, 10 ** 15 + 3))
x = -100
x //= 7
print(x)
x %= 3
print(x)
