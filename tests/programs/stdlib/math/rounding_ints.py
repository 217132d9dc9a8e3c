import math

for x in [2.5, -2.5, 3.0, -0.1, 1e20, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.5)).__name__, type(math.ceil(2)).__name__)
print(math.floor(1e300) == int(1e300))


class Money:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "floor called"

    def __ceil__(self):
        return "ceil called"

    def __trunc__(self):
        return 42


print(math.floor(Money(1)), math.ceil(Money(1)), math.trunc(Money(1)))
print([math.factorial(n) for n in range(12)])
print(math.factorial(30))
print(math.factorial(100) % 1000003)
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27))
print(math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(0, 3), math.lcm(), math.lcm(-4, 6), math.lcm(2, 3, 4))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(True))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([math.inf, 1.0]), math.fsum([1, math.nan]))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum(x / 7 for x in range(100)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.prod([[1], 2][::-1]))
