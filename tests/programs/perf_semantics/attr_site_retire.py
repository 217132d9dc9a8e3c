# Attribute sites compare only the receiver's type: every change to a
# class namespace or to bases retires all filled sites' entries at once.
# Each case warms its sites first, then changes a class, then reads again.


class P:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "P.m"


class Q(P):
    pass


class R(P):
    def m(self):
        return "R.m"


class S(P):
    pass


def read(objs):
    return [(o.x, o.m()) for o in objs]


objs = [P(1), Q(2), R(3), S(4), P(5)]
for _ in range(3):
    print(read(objs))

# A data descriptor added to a base wins over the instance values.
P.x = property(lambda self: "prop")
print(read(objs))
del P.x
print(read(objs))

# A method replaced on the base (subclasses inherit it, R overrides it).
P.m = lambda self: "new P.m"
print(read(objs))

# Bases changed.
class Other:
    def m(self):
        return "Other.m"


class T:
    def __init__(self):
        self.x = 0


class U(T):
    pass


u = U()
for _ in range(2):
    print(u.x, hasattr(u, "m"))
U.__bases__ = (Other,)
print(hasattr(u, "m"), u.m())


# An instance attribute that shadows a method: the site that found the
# method on the class must look at the instance again.
class V:
    def __init__(self):
        self.a = 1

    def hello(self):
        return "class hello"


def call_hello(v):
    return v.hello()


v1, v2 = V(), V()
for _ in range(3):
    print(call_hello(v1), call_hello(v2))
v2.hello = lambda: "instance hello"
print(call_hello(v1), call_hello(v2))


# A getter that changes its own class while the site is being used.
class W:
    n = 0

    @property
    def grow(self):
        W.n += 1
        setattr(W, "extra%d" % W.n, W.n)
        return W.n


w = W()
print([w.grow for _ in range(5)], W.extra5)


# Many sites, then one change.
class Many:
    pass


names = ["a%d" % i for i in range(120)]
m = Many()
for i, name in enumerate(names):
    setattr(m, name, i)


def total(o):
    return (o.a0 + o.a1 + o.a2 + o.a3 + o.a50 + o.a119)


print(total(m), total(m))
Many.a50 = property(lambda self: 1000)
print(total(m))
del Many.a50
print(total(m))


# A class attribute (not a data descriptor) under an instance's name: the
# instance value still wins.
class X:
    def __init__(self):
        self.y = "inst"


xs = [X() for _ in range(3)]
print([x.y for x in xs])
X.y = "class"
print([x.y for x in xs], X.y)


# Stores through sites when a descriptor with __set__ appears.
class Store:
    def __init__(self):
        self.v = 0


def bump(o):
    o.v = o.v + 1
    return o.v


s = Store()
print(bump(s), bump(s))
log = []
Store.v = property(lambda self: 100, lambda self, val: log.append(val))
print(bump(s), log)


# BINARY_OP sites that call a class's __add__ directly.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other.v)

    def __repr__(self):
        return "Num(%r)" % self.v


def add_all(xs):
    acc = xs[0]
    for x in xs[1:]:
        acc = acc + x
    return acc


nums = [Num(i) for i in range(5)]
print(add_all(nums), add_all(nums))
Num.__add__ = lambda self, other: Num(self.v * 10 + other.v)
print(add_all(nums))


class Sub(Num):
    def __radd__(self, other):
        return "Sub.__radd__"


print(add_all([Num(1), Sub(2)]), add_all([Num(1), Num(2)]))
del Num.__add__
try:
    add_all(nums)
except TypeError as e:
    print("TypeError:", e)
