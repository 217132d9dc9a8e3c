# Classes called with exactly their __init__'s positional parameters enter
# __init__ directly from the call site; everything else must behave as
# type.__call__ does.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def make_points(n):
    return [Point(i, i * i) for i in range(n)]


print(make_points(4))
p = Point(1, 2)
print(p.x + p.y, type(p).__name__, sys.getrefcount(p) >= 2)


# __init__ returning something other than None.
class BadInit:
    def __init__(self, v):
        return v


try:
    BadInit(5)
except TypeError as e:
    print("TypeError:", e)
print(type(BadInit(None)).__name__)


# __init__ raising: the traceback goes through __init__.
class Fails:
    def __init__(self, v):
        self.v = v
        raise ValueError(f"bad {v}")


for i in range(3):
    try:
        Fails(i)
    except ValueError as e:
        print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


# Wrong argument counts and keywords: the usual messages.
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Point(y=4, x=3))


# Defaults, *args and keyword-only parameters take the generic path.
class Defaults:
    def __init__(self, a, b=10, *rest, c=0):
        self.total = a + b + sum(rest) + c


print(Defaults(1).total, Defaults(1, 2).total, Defaults(1, 2, 3, 4).total, Defaults(1, c=5).total)


# A class with its own __new__, a metaclass with __call__, a built-in base.
class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.made_by_new = True
        return o

    def __init__(self, v):
        self.v = v


w = WithNew(3)
print(w.made_by_new, w.v)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Counted(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(Counted(7).a)


class MyList(list):
    def __init__(self, items):
        super().__init__(items)
        self.extra = len(items)


m = MyList([1, 2, 3])
print(m, m.extra)


# __new__ returning an instance of another class skips __init__.
class Other:
    pass


class Redirect:
    def __new__(cls, v):
        return Other()

    def __init__(self, v):
        print("never")


print(type(Redirect(1)).__name__)


# __init__ replaced on the class, including from inside __init__.
class Swap:
    def __init__(self, v):
        self.v = v
        Swap.__init__ = Swap.second

    def second(self, v):
        self.v = -v


print([Swap(i).v for i in range(3)])


def init_three(self, a, b, c):
    self.s = a + b + c


class Late:
    pass


try:
    Late(1)
except TypeError as e:
    print("TypeError:", e)
Late.__init__ = init_three
print(Late(1, 2, 3).s)
del Late.__init__
print(type(Late()).__name__)


# A class rebound in globals between calls at one site.
class A:
    def __init__(self, v):
        self.v = ("A", v)


class B:
    def __init__(self, v):
        self.v = ("B", v)


def build(v):
    return Cls(v)


Cls = A
print(build(1).v)
Cls = B
print(build(2).v)
Cls = int
print(build("3"))
Cls = len
print(build([1, 2]))


# Wide instances (a dict) and __slots__ classes.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)


print(sorted(vars(Wide(12)).items())[:3], len(vars(Wide(12))))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, 2)
print(s.a, s.b, hasattr(s, "__dict__"))


# Deep recursion through __init__ raises RecursionError, then recovers.
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None


try:
    Chain(100000)
except RecursionError as e:
    print("RecursionError:", e)
c = Chain(50)
depth = 0
while c is not None:
    depth += 1
    c = c.next
print(depth)


# Cycles made in __init__ are collected; __del__ runs once.
import gc


class Node:
    def __init__(self, name):
        self.me = self
        self.name = name

    def __del__(self):
        print("del", self.name)


Node("n0")
gc.collect()
print("after collect")


# Subclass calling the base __init__ explicitly and via super().
class Base:
    def __init__(self, a):
        self.a = a


class Child(Base):
    def __init__(self, a, b):
        Base.__init__(self, a)
        self.b = b


class Child2(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


print(vars(Child(1, 2)), vars(Child2(3, 4)))
