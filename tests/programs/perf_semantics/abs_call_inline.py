# abs(x) inline: small ints (the smallest small int overflows into a big
# int), floats (unboxed temporaries too), and everything else the general
# way: big ints, bools, complex, subclasses, objects with __abs__, errors.
class F(float):
    pass


class I(int):
    def __abs__(self):
        return "I.__abs__"


class A:
    def __abs__(self):
        return "A.__abs__"


vals = [0, 1, -1, 7, -7, 2**62 - 1, -(2**62 - 1), -(2**62), 2**62, -(2**62) - 1,
        2**100, -(2**100), True, False, 0.0, -0.0, 1.5, -1.5, 1e308, -1e308,
        float("inf"), float("-inf"), float("nan"), 3 + 4j, F(-2.5), I(-3), A()]
for v in vals:
    r = abs(v)
    print(repr(r), type(r).__name__)

for bad in ["x", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError:", e)


def newton(a):
    x = a
    steps = 0
    while True:
        nx = 0.5 * (x + a / x)
        if abs(nx - x) < 1e-15 * nx:
            return nx, steps
        x = nx
        steps += 1


print(newton(2.0), newton(1e10))


def spread(xs):
    return sum(abs(x - 5) for x in xs), max(abs(x * 0.5 - 1.0) for x in xs)


print(spread(range(10)))


def rebound():
    abs = lambda v: ("shadow", v)
    return abs(-2.0 * 3)


print(rebound(), abs(-2.0 * 3))


class M:
    def abs(self, v):
        return ("method", v)


print(M().abs(-1.5 * 2))
import builtins
print(builtins.abs(-4), (lambda f: f(-9.5))(abs))
