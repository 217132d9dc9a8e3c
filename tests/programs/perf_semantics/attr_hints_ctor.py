# Attribute sites remember where a name sits in the instance dict, and
# plain classes are instantiated without object.__new__ dispatch: every
# way those shortcuts could go stale.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read(o):
    return o.x, o.y


ps = [P(i, i * 2) for i in range(5)]
print([read(p) for p in ps])

# Same class, different insertion order: the hint points elsewhere.
q = P.__new__(P)
q.y = 10
q.x = 20
print(read(q), q.total())

# Delete and re-add: the entry moves to the end of the dict.
p = P(1, 2)
del p.x
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 5
print(read(p), p.__dict__)

# A key built at run time (not the same str object as the constant).
name = "".join(["x"])
r = P(0, 0)
setattr(r, name, 99)
print(read(r), list(r.__dict__))

# Replacing __dict__ wholesale.
r.__dict__ = {"y": 7, "x": 8}
print(read(r))
r.x = 9
print(r.__dict__)

# Many attributes: the dict grows and is rebuilt while sites keep hints.
class Wide:
    pass


w = Wide()
for i in range(40):
    setattr(w, "a%d" % i, i)
w.last = "end"
print(w.a0, w.a39, w.last, len(w.__dict__))
for i in range(0, 40, 2):
    delattr(w, "a%d" % i)
w.last = "again"
print(w.a1, w.last, len(w.__dict__))

# A data descriptor added to the class after sites cached plain stores.
class Q:
    def __init__(self, v):
        self.v = v


def make(v):
    return Q(v)


print(make(1).v, make(2).__dict__)


def getv(self):
    return "prop:" + str(self.__dict__.get("v"))


def setv(self, value):
    self.__dict__["v"] = value * 100


Q.v = property(getv, setv)
print(make(3).v, make(4).__dict__)

# __init__ returning a value, on the fast constructor path.
class Bad:
    def __init__(self):
        return 42


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)

# A class that gains __new__ after being instantiated.
class Later:
    def __init__(self, a):
        self.a = a


print(Later(1).a)


def later_new(cls, a):
    print("Later.__new__", a)
    return object.__new__(cls)


Later.__new__ = staticmethod(later_new)
print(Later(2).a)

# __init__ replaced, then removed (object.__init__ then rejects arguments).
class Swap:
    def __init__(self, a):
        self.a = a


print(Swap(1).a)
Swap.__init__ = lambda self, a: setattr(self, "a", a * 10)
print(Swap(2).a)
del Swap.__init__
print(type(Swap()).__name__)
try:
    Swap(3)
except TypeError as e:
    print("TypeError:", e)

# Arguments to a class without __init__.
class Empty:
    pass


print(type(Empty()).__name__)
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)

# Abstract classes keep their check.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


for _ in range(2):
    try:
        Shape()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).area())

# Subclass instances through a base-class site; keyword arguments.
class P3(P):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


print(read(P3(1, 2, z=3)), P3(y=5, x=4).total())
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
