# A class call borrows its `__init__` from the class while an inlined
# `__init__` runs; an entered one holds a reference of its own.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Logged:
    def __init__(self, x):
        self.x = x
        self.log = [x] * 2


class SelfDeleting:
    def __init__(self, x):
        del SelfDeleting.__init__
        # The function object is gone from the class; its frame goes on.
        self.x = (x, "still running", len([1, 2, 3]))


def init_refs(cls):
    return sys.getrefcount(cls.__dict__["__init__"])


# (After a first call: caches may keep a reference of their own.)
Point(0, 0), Logged(0)
before = [init_refs(Point), init_refs(Logged)]
pts = [Point(i, i + 1) for i in range(1000)]
logs = [Logged(i) for i in range(1000)]
print(sum(p.x + p.y for p in pts), sum(len(l.log) for l in logs))
print([init_refs(Point) - before[0], init_refs(Logged) - before[1]])


# The class gets a new `__init__` between calls: the site is refilled.
def make(cls, n):
    return [cls(i, -i) for i in range(n)]


a = make(Point, 5)


def other_init(self, x, y):
    self.x = y
    self.y = x


Point.__init__ = other_init
b = make(Point, 5)
print([(p.x, p.y) for p in a[:2]], [(p.x, p.y) for p in b[:2]])
make(Point, 1)
refs = init_refs(Point)
make(Point, 100)
print(init_refs(Point) - refs)

s = SelfDeleting(3)
print(s.x, "__init__" in SelfDeleting.__dict__)
try:
    SelfDeleting(4)
except TypeError as e:
    print("TypeError", e)
