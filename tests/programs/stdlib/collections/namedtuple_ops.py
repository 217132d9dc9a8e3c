# namedtuple: records with defaults, helpers and tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
print(p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
print(Point.__name__, Point(y=1, x=2), sorted([Point(2, 1), Point(1, 5)]))
Employee = namedtuple("Employee", "name, dept salary", defaults=["eng", 100])
e = Employee("ann")
print(e, Employee._field_defaults, Employee("bob", "ops", 5))
print(p + (5,), p * 2, list(p), max(p), tuple(p))
print(Point.__doc__, Point.x.__doc__)
R = namedtuple("R", ["a", "def", "a", "_b"], rename=True)
print(R._fields, R(1, 2, 3, 4))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2)
match p:
    case Point(x=3, y=yy):
        print("matched y", yy)
for bad in (lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: Point._make([1]), lambda: p._replace(z=1)):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
for names in (["a", "1b"], ["a", "class"], ["a", "_x"], ["a", "a"]):
    try:
        namedtuple("T", names)
    except ValueError as exc:
        print(exc)
try:
    p.x = 5
except AttributeError as exc:
    print("AttributeError")
