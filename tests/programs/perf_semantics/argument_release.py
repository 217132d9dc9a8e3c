# On return, the arguments are released without a NULL test unless a
# `del` may have unbound them or they are float locals (whose word may be
# empty beside an unboxed value); every path releases each exactly once.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def plain(a, b):
    return a.name + b.name


def deleted(a, b, flag):
    if flag:
        del a
    return b.name


def deleted_then_raise(a):
    del a
    raise ValueError("after del")


def rebound(a, b):
    a = b
    return a.name


def floats(x, y, n):
    for _ in range(n):
        x = x * 0.5 + y
    return x


def star(*args, **kwargs):
    return len(args), sorted(kwargs)


def gen(a, b):
    yield a.name
    del a
    yield b.name


def closure(a):
    def inner():
        return a.name
    return inner()


print(plain(Tracked("p1"), Tracked("p2")))
print(deleted(Tracked("d1"), Tracked("d2"), True))
print(deleted(Tracked("d3"), Tracked("d4"), False))
try:
    deleted_then_raise(Tracked("r1"))
except ValueError as e:
    print("ValueError", e)
print(rebound(Tracked("b1"), Tracked("b2")))
print(floats(1.0, 2.0, 10), floats(3, 1, 0), floats(2.0, 1, 3))
print(star(1, 2, k=Tracked("s1")))
print(list(gen(Tracked("g1"), Tracked("g2"))))
g = gen(Tracked("g3"), Tracked("g4"))
print(next(g))
del g
print(closure(Tracked("c1")))
o = Tracked("count")
before = sys.getrefcount(o)
for _ in range(1000):
    plain(o, o)
    rebound(o, o)
print(sys.getrefcount(o) - before)
print("end")
