# abs(x) of a float whose result only feeds arithmetic or a comparison
# stays unboxed. The same site also sees small ints, big ints, float and
# int subclasses, objects with __abs__, NaN, infinities, -0.0, and a
# rebound abs.
import math


class F(float):
    def __abs__(self):
        return "F.__abs__"


class A:
    def __abs__(self):
        return 7


def newton(a):
    x = a
    steps = 0
    while abs(x * x - a) > 1e-12 * a:
        x = (x + a / x) / 2.0
        steps += 1
    return x, steps


print([newton(a) for a in (2.0, 10.0, 1e6)])


def mixed(values):
    out = []
    for v in values:
        try:
            out.append(abs(v) * 2 + 1)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(mixed([-1.5, 3, -4, 2 ** 70, -(2 ** 70), -0.0, float("inf"), -math.inf, A()]))
print(mixed([F(-2.0)]))
nan = abs(float("nan")) + 1
print(nan != nan, math.copysign(1.0, abs(-0.0) * 1))


def compare(xs, limit):
    return [abs(x - 1.0) < limit for x in xs]


print(compare([0.5, 1.2, 0.99999, -3.0, 1], 0.25))


def local_chain(n):
    total = 0.0
    x = -1.0
    for i in range(n):
        x = x * -1.0001
        total += abs(x) - abs(-x) + abs(x) * 0.5
    return total


print(local_chain(1000))

abs = lambda v: -v


def rebound():
    return abs(-2.5) * 2


print(rebound())
del abs
print(abs(-2.5) * 2)
