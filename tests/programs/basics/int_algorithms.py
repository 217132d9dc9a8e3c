# Classic integer algorithms: gcd, lcm, isqrt, digit ops, collatz
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a * b // gcd(a, b)


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s


def reverse_int(n):
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return r


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm 1..20 =", l)
print([isqrt(n) for n in (0, 1, 15, 16, 17, 99, 100)], isqrt(10 ** 40), isqrt(2 * 10 ** 30))
best = max(range(1, 3000), key=collatz_len)
print("longest collatz under 3000:", best, collatz_len(best))
print(digit_sum(2 ** 1000), reverse_int(123456789), reverse_int(1200))
palins = [n for n in range(10, 200) if n == reverse_int(n)]
print(palins)
