# Arithmetic operator overloading on a Vector class
class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.c, other.c)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.c, other.c)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return Vector(*(a // k for a in self.c))

    def __neg__(self):
        return Vector(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __iadd__(self, other):
        self.c = tuple(a + b for a, b in zip(self.c, other.c))
        return self

    def __matmul__(self, other):
        return self * other

    def __getitem__(self, i):
        return self.c[i]

    def __len__(self):
        return len(self.c)


v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, v / 2, w // 4, -v, +v)
print(abs(Vector(3, 4)), v == Vector(1, 2, 3), v != w, v[0], v[-1], len(v), v[1:])
alias = v
v += w
print(v, alias, v is alias)
total = Vector(0, 0, 0)
for vec in [Vector(1, 1, 1)] * 3:
    total = total + vec
print(total)
try:
    v + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v ** 2
except TypeError as e:
    print(type(e).__name__, e)


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return f"{self.v}m"


print(Meters(2) + 3, 3 + Meters(2), Meters(1) + Meters(1), sum([Meters(1), Meters(2)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
