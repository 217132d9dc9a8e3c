# Slot values live outside the instance __dict__ when both exist.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Loose(Point):
    pass


l = Loose(5, 6)
l.extra = "ok"
print(vars(l))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
