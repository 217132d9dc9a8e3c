# __eq__ and __hash__: value objects in sets and dicts
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


class Unhashable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Unhashable) and self.v == other.v


class Identity:
    pass


p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 == p2, p1 is p2, p1 != p3, p1 == (1, 2), p1 != "x")
print(len({p1, p2, p3}), {p1: "a", p2: "b"}, p1 in [p2], p3 in {p1, p2})
print(Unhashable(1) == Unhashable(1), Unhashable.__hash__ is None)
try:
    {Unhashable(1)}
except TypeError as e:
    print(type(e).__name__, e)
i1, i2 = Identity(), Identity()
print(i1 == i1, i1 == i2, len({i1, i2, i1}))
visited = set()
path = [Point(0, 0), Point(0, 1), Point(0, 0), Point(1, 1), Point(0, 1)]
for pt in path:
    if pt in visited:
        print("revisit", pt)
    visited.add(pt)
print(sorted(visited, key=lambda q: (q.x, q.y)))
print([Point(1, 1)].count(Point(1, 1)), [Point(5, 5), Point(1, 1)].index(Point(1, 1)))
