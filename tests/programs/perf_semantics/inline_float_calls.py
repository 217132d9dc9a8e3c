# Trivial functions with float arithmetic run in place at their call
# sites (translate/inline.rs); ints, other types and zero divisors make
# the real call.


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def ratio(self, o):
        return self.x / o.x

    def diff(self):
        return self.x - self.y

    def closer(self, o):
        return self.x * self.x < o.x * o.x

    def nonzero(self):
        if self.x - self.y:
            return "yes"
        return "no"

    def at_least(self, k):
        return self.x >= k

    def same(self, k):
        return self.x == k


class F(float):
    def __mul__(self, other):
        print("F.__mul__")
        return 2.0


class Big:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return "Big*"

    def __rmul__(self, other):
        return "*Big"


def show(*xs):
    print(*[repr(x) for x in xs])


a = V(1.5, 2.0, -0.5)
b = V(2.0, 0.25, 4.0)
for _ in range(3):
    show(a.dot(b), b.dot(a), a.ratio(b), a.diff(), a.closer(b), a.nonzero(), a.at_least(1))
ints = V(1, 2, 3)
show(ints.dot(ints), ints.dot(a), a.dot(ints), ints.ratio(ints), ints.diff(), ints.closer(a))
big = V(2**60, 2**61, 3)
show(big.dot(big), big.dot(a), big.diff(), big.closer(a), V(2**100, 1, 1).dot(a))
mixed = V(F(3.0), 1.0, 1.0)
show(mixed.dot(a), a.dot(mixed))
try:
    V(Big(1), 1.0, 1.0).dot(a)
except TypeError as e:
    print("TypeError:", e)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised in", tb.tb_frame.f_code.co_name, tb.tb_lineno)
try:
    V(1.0, 1.0, 1.0).ratio(V(0.0, 1.0, 1.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised in", tb.tb_frame.f_code.co_name, tb.tb_lineno)
try:
    V(1, 1, 1).ratio(V(0, 1, 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
nan = float("nan")
n = V(nan, 1.0, 0.0)
show(n.closer(a), a.closer(n), n.nonzero(), n.at_least(0), n.diff(), V(0.0, 0.0, 0.0).nonzero())
inf = V(float("inf"), float("inf"), 1.0)
show(inf.diff(), inf.dot(a), V(-0.0, 0.0, 0.0).diff(), V(1e308, -1e308, 0.0).diff())
show(V(True, 0.5, 0.0).diff(), V(1.0, True, 0.0).at_least(True))
try:
    V("a", 1.0, 0.0).diff()
except TypeError as e:
    print("TypeError:", e)
show(V(3.0, 1.0, 0.0).at_least(2.5), V(3, 1, 0).at_least(2.5), V(2.5, 1, 0).at_least(3))
# An int compares with a float exactly (no rounding to a float first).
show(V(2**53 + 1, 0, 0).same(2.0**53), V(2**53, 0, 0).same(2.0**53), V(2.0**53, 0, 0).same(2**53 + 1))
show(V(-(2**60) - 1, 0, 0).at_least(-(2.0**60)), V(3, 0, 0).same(3.0), V(3, 0, 0).same(3.5))
