# Class patterns with __match_args__, keyword patterns and builtin types
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Rect:
    def __init__(self, corner, w, h):
        self.corner = corner
        self.w = w
        self.h = h


def area(shape):
    match shape:
        case Circle(Point(x=0, y=0), r):
            return f"circle at origin, r={r}"
        case Circle(_, radius=r) if r <= 0:
            return "degenerate circle"
        case Circle(c, r):
            return f"circle at ({c.x},{c.y}) area {3.14159 * r * r:.2f}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}x{h}"
        case Rect(corner=Point(x, y), w=w, h=h):
            return f"rect at ({x},{y}) area {w * h}"
        case Point(x, y):
            return f"just a point {x},{y}"
        case _:
            return "unknown shape"


shapes = [Circle(Point(0, 0), 2), Circle(Point(1, 1), 0), Circle(Point(2, 3), 1.5), Rect(Point(0, 0), 3, 3),
          Rect(Point(1, 2), 4, 5), Point(7, 8), "circle"]
for s in shapes:
    print(area(s))


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str() as s:
            return f"str of len {len(s)}"
        case list([int(), *_]):
            return "list starting with int"
        case dict():
            return "dict"
    return "other"


print([kind(v) for v in [True, -5, 7, 2.5, "abc", [1, "x"], ["x"], {}, None]])
try:
    match Rect(Point(0, 0), 1, 2):
        case Rect(a, b):
            print(a, b)
except TypeError as e:
    print(type(e).__name__, e)
