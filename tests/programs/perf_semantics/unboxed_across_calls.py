# A float temporary stays unboxed while calls, attribute loads, method
# loads and comparisons run above it, and float constants read by
# arithmetic or comparisons are never boxed. What those calls do (raise,
# rebind the operands, look at the constant's identity) must not change
# what CPython prints.

HALF = 0.5


class Probe:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Probe.__lt__", other, other is HALF, type(other).__name__)
        return True

    def __gt__(self, other):
        print("Probe.__gt__", other)
        return False

    def __radd__(self, other):
        print("Probe.__radd__", other)
        return self.v + other

    def __rmul__(self, other):
        return Probe(self.v * other)

    def get(self):
        return self.v


def boom(x):
    if x > 2:
        raise ValueError("boom %r" % (x,))
    return x * 1.5


def sides(a, b, p):
    x = a * b + boom(a)
    y = a * b + p.get() * 2.0
    z = (a - b) * len([a, b]) + p.v
    w = a / b - max(a, b) / 3.0
    return x, y, z, w


def constants(p):
    print(p < 0.5, 0.5 > p, 2.0 + p, (3.0 * p).v)
    q = Probe(4.0)
    print(0.25 + q, (2.0 * q).v)
    print(1.0 == 1, 0.1 + 0.2, 1e300 * 1e10, -0.0 * 1.0)


def shared_constant():
    return 0.5


def fails():
    total = 0.0
    for i in range(5):
        try:
            total = total + i * 0.5 + boom(i)
        except ValueError as e:
            print("caught", e, total)
    return total


print(sides(1.5, 2.0, Probe(3.0)))
print(sides(2, 4, Probe(1)))
try:
    sides(3.0, 1.0, Probe(0.0))
except ValueError as e:
    print("ValueError:", e)
constants(Probe(1.0))
print(shared_constant() is shared_constant(), shared_constant() == HALF)
print(fails())
