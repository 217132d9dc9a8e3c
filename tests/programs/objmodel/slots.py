# __slots__: fixed attribute layouts, no per-instance __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
print(hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.__dict__["x"]).__name__)
print(Point.__slots__)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = Point3(1, 2, 3)
print(q.x + q.y + q.z, hasattr(q, "__dict__"))
