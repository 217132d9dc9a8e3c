# Inlined bodies with locals and small-int arithmetic (translate/inline.rs):
# overflow, zero divisors, other types and floats take the real call or
# the float path with CPython's results.


def a_elem(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mix(a, b):
    s = a * b - a
    t = s % 7
    return t // 2 + s


def unbound(a):
    if a:
        x = a
    return x


def show(*xs):
    print(*[repr(x) for x in xs])


for k in range(3):
    show(a_elem(k, k + 1), a_elem(2.5, k), a_elem(k, 0.5), mix(k, 3), mix(-k - 1, 5))
show(mix(2**40, 2**40), mix(2**62, 1), mix(-2**62, 2), mix(1.5, 2), mix(True, 3))
show(a_elem(2**31, 2**31), a_elem(-1, 0) if False else None)
try:
    a_elem(-1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    mix("ab", 2)
except TypeError as e:
    print("TypeError:", e)
show(mix(7, 0), mix(-7, 3), mix(7, -3), mix(0, 0))
show(unbound(5))
try:
    unbound(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def val(x):
    return x.v if isinstance(x, Num) else x


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("Num.__add__")
        return Num(self.v + val(other))

    def __radd__(self, other):
        print("Num.__radd__")
        return Num(other + self.v)

    def __mul__(self, other):
        return Num(self.v * val(other))

    def __rmul__(self, other):
        return Num(other * self.v)

    def __floordiv__(self, other):
        return Num(self.v // val(other))

    def __rtruediv__(self, other):
        return other / self.v

    def __mod__(self, other):
        return Num(self.v % val(other))

    def __sub__(self, other):
        return Num(self.v - val(other))

    def __rsub__(self, other):
        return Num(other - self.v)


show(a_elem(Num(1), 2), a_elem(1, Num(2)))
r = mix(Num(4), 3)
print(type(r).__name__, r.v)
