# An `__init__` that only stores attributes of the new instance runs in
# place at the class call (translate/inline.rs); any check that fails
# leaves the instance untouched for the real `__init__`.
import sys

SCALE = 2.0


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, a, b, c):
        self.total = a * SCALE + b
        self.big = c > 10
        self.tag = "q"
        self.none = None


class Opt:
    def __init__(self, v):
        if v is None:
            self.v = 0
        else:
            self.v = v
        self.w = 1


class Twice:
    def __init__(self, a, b):
        self.x = a
        self.x = b


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Loud:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


def show(o):
    print(type(o).__name__, sorted(vars(o).items()) if hasattr(o, "__dict__") else (o.x, o.y))


for i in range(3):
    show(P(i, i + 1))
    show(Q(1.5, 2, i * 6))
    show(Opt(None if i % 2 else i))
    show(Twice(i, -i))
    show(Slotted(i, 2 * i))
    show(Loud(i))

# Values stored hold their own references.
o = object()
before = sys.getrefcount(o)
ps = [P(o, o) for _ in range(5)]
print(sys.getrefcount(o) - before)
del ps
print(sys.getrefcount(o) - before)

# A property installed on the class afterwards takes the stores.
def set_y(self, v):
    print("set_y", v)
    self.__dict__["_y"] = v


P.y = property(lambda self: self.__dict__["_y"], set_y)
p = P(1, 2)
print(p.x, p.y)
del P.y
show(P(3, 4))

# Mixed float/int arithmetic, errors inside `__init__`.
show(Q(2, 3, 11))
try:
    Q("a", 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Q(1.0, "b", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)

# Many attributes on one instance make the class keep values in dicts.
class R:
    def __init__(self, a):
        self.a = a


for k in range(3):
    r = R(k)
    for j in range(15):
        setattr(r, "f%d" % j, j)
    print(len(vars(r)), R(k).a)


class Sub(P):
    pass


show(Sub(5, 6))
Alias = P
show(Alias(7, 8))


# `__init__` replaced on the class.
def new_init(self, x, y):
    self.x = -x
    self.y = -y


P.__init__ = new_init
show(P(1, 2))


class Del:
    def __del__(self):
        print("Del freed")


class Holder:
    def __init__(self, a, b):
        self.a = a
        self.b = b


h = Holder(Del(), 1)
print("holder made")
del h
print("end")


# Stored arguments move from the caller's stack into the instance: the
# counts must come out the same whichever slot gives its reference.
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Dup:
    def __init__(self, a, b):
        self.first = a
        self.again = a
        self.other = b


class Maybe:
    def __init__(self, a, keep):
        if keep:
            self.a = a
        else:
            self.a = None


token = object()
base = sys.getrefcount(token)
ps = [Pair(token, token) for _ in range(3)]
print("pair", sys.getrefcount(token) - base)
ds = [Dup(token, token) for _ in range(3)]
print("dup", sys.getrefcount(token) - base)
ms = [Maybe(token, i % 2) for i in range(4)]
print("maybe", sys.getrefcount(token) - base)
del ps, ds, ms
print("freed", sys.getrefcount(token) - base)
fresh = [Pair([i], (i, i + 1)) for i in range(3)]
print([(p.a, p.b) for p in fresh])
w = Pair(1.5 * 2, "s" * 3)
print(w.a, w.b, Dup(w, w).again is w, sys.getrefcount(w))
