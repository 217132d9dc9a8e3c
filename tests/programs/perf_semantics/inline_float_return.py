# Small functions inlined at their call sites whose float result goes
# straight into arithmetic or a comparison: the result stays unboxed. Each
# case also reaches the other paths: an int result, a result of another
# type, float subclasses, big ints, a rebound function, NaN and -0.0.
import math


class F(float):
    def __add__(self, other):
        return "F+"

    def __mul__(self, other):
        return 7


def elem(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def scale(x, k):
    return x * k


def neg(x):
    return -x


def pick(a, b):
    return a - b


def dot(v, w):
    return v[0] * w[0] + v[1] * w[1]


def run():
    s = 0.0
    for i in range(30):
        for j in range(30):
            s += elem(i, j) * 2.0
    print(round(s, 10))
    print(scale(1.5, 2) + 1, scale(3, 4) + 1, scale(2**62, 4) - 1)
    print(scale(F(2.0), 3) + 1, scale(2.0, F(3.0)) + 0.5)
    print(scale("ab", 3) + "!", scale([1], 2) + [0])
    print(-scale(2.5, -2.0), scale(-0.0, 1.0) * 1.0, math.copysign(1.0, scale(-0.0, 1.0) + 0.0))
    n = float("nan")
    print(scale(n, 1.0) == scale(n, 1.0), scale(n, 1.0) != 1.0, scale(1.0, 3.0) < 3.5)
    print(neg(2.5) * 2, neg(3) * 2, neg(2**70) * 1)
    print(pick(10.0, 0.25) / 2, pick(10, 3) / 2, pick(1e308, -1e308) * 0)
    print(dot((1.5, 2.0), (2.0, 0.25)) + 1, dot((1, 2), (3, 4)) + 1)
    xs = [0.5 * k for k in range(5)]
    acc = 0.0
    for x in xs:
        acc = acc + scale(x, x) - pick(x, 0.125)
        if scale(x, 2.0) > 1.5:
            acc += 1.0
    print(acc)


run()


def scale(x, k):
    return "rebound"


try:
    print(scale(1.0, 2.0) + 1)
except TypeError as e:
    print("TypeError:", e)
print(scale(1.0, 2.0) + "!")
