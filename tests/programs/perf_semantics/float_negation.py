# -x of a float is computed inline (unboxed when a float operation reads
# it); ints, float subclasses, __neg__ overloads and identity stay CPython's.
import math


class F(float):
    def __neg__(self):
        return "F.__neg__"


class G(float):
    pass


class N:
    def __neg__(self):
        return ("N", 1)


def neg(x):
    return -x


def gauss(x):
    return math.exp(-x * x)


def chain(a, b):
    t = -(a * b)
    u = -a + -b
    return t, u, -(-a), -math.sin(a), -t * 2


def float_loop(n):
    acc = 0.0
    x = 0.5
    for i in range(n):
        x = -x * 0.999
        acc += -x
        acc -= -(x * x)
    return acc, x


for v in [1.5, -1.5, 0.0, -0.0, float("inf"), float("-inf"), 1e308, 5e-324, 3, -3, True,
          2 ** 62, -(2 ** 62), 4611686018427387904, -4611686018427387904, 2 ** 100]:
    r = neg(v)
    print(repr(v), repr(r), type(r).__name__, math.copysign(1.0, r) if isinstance(r, float) else "")

print(repr(neg(float("nan"))), math.copysign(1.0, neg(float("nan"))))
print(neg(F(2.0)), neg(G(2.0)), type(neg(G(2.0))).__name__, neg(N()))
print(gauss(0.5), gauss(2), gauss(-0.0))
print(chain(0.5, 2.0))
print(chain(3, 4))
print(float_loop(1000))
x = 2.5
y = -x
print(x, y, x is y)
z = [1.25]
w = -z[0]
print(z, w)
try:
    neg("s")
except TypeError as e:
    print("TypeError", e)
try:
    neg(None)
except TypeError as e:
    print("TypeError", e)


def neg_in_try(v):
    try:
        return -v * 2.0
    except TypeError as e:
        return str(e)


print(neg_in_try(1.5), neg_in_try([1]))
print(sum(-i / 3 for i in range(10)))
