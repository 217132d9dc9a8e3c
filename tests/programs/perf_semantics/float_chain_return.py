# Float temporaries feeding another float operation stay unboxed even when
# the last result is returned or passed on boxed (`a*b + c*d` in a
# return). Mixed ints, float subclasses, overloading and errors must behave
# exactly as in CPython.


class F(float):
    def __mul__(self, other):
        print("F.__mul__")
        return F(float(self) * other)

    def __add__(self, other):
        print("F.__add__")
        return F(float(self) + other)


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


def chain(a, b, c, d):
    return a * b + c * d


def nested(a, b):
    return (a + b) * (a - b) / (a * b + 1.0) ** 0.5


print(chain(1.5, 2.0, 3.0, 0.5))
print(chain(1, 2, 3, 4))
print(chain(1.5, 2, 3, 0.25))
print(chain(2**60, 2.0, 1.0, 1.0))
print(type(chain(F(1.5), 2.0, 3.0, 1.0)).__name__)
print(chain("ab", 2, "c", 3))
print(nested(3.0, 2.0), nested(3, 2), nested(1e308, 1e308))
print(V(1.0, 2.0, 3.0).dot(V(0.5, 0.25, 2.0)))
print(V(1, 2, 3).dot(V(4, 5, 6)))
print(V(1.0, 2, 3.5).dot(V(True, 0.5, -1)))
try:
    print(chain(1.0, 2.0, None, 1.0))
except TypeError as exc:
    print("TypeError:", exc)
try:
    print(nested(1.0, -1.0))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    print(chain(1e308, 10.0, 1e308, 10.0) * 0)
except OverflowError as exc:
    print("OverflowError:", exc)
print(chain(1e308, 10.0, -1e308, 10.0))
