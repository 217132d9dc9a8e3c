# Arithmetic special methods, reflected and in-place variants.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd", other)
        return self + other

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        print("iadd")
        self.x += other.x
        self.y += other.y
        return self

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)

    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)

    def __invert__(self):
        return Vec(~self.x, ~self.y)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a @ b)
print(-a, abs(b), a + 1, 1 + a)
print(sum([a, b], Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
d = Vec(1, 1)
d -= Vec(1, 0)
print(d)
print(b // 2, b % 2, a ** 2, a << 2, a & b, ~a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    def __radd__(self, other):
        return Money(int(other) + int(self))

    def __repr__(self):
        return f"Money({int(self)})"


print(Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)]))


class Sub(Vec):
    def __radd__(self, other):
        return "Sub.__radd__ wins"


print(Vec(1, 1) + Sub(2, 2))
