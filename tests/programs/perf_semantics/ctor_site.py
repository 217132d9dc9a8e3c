# `Cls(args)` sites remember the class and its `__init__` (rt_ctor_enter
# fills them, rt_ctor_new makes the next instances): every change to the
# class, its `__init__` or its code must be seen at the next call.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    return [P(i, -i) for i in range(n)]


print([(p.x, p.y) for p in make(3)])


def other_init(self, x, y):
    self.x = x * 10
    self.y = y * 10


P.__init__ = other_init
print([(p.x, p.y) for p in make(3)])


class Q:
    def __init__(self, v):
        self.v = v


def build_q(n):
    return [getattr(Q(i), "v", "none") for i in range(n)]


print(build_q(3))
Q.__new__ = lambda cls, v: "not a Q"
print(build_q(2))


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


def build_d(n):
    return [Derived(i).v for i in range(n)]


print(build_d(3))
Derived.__init__ = lambda self, v: setattr(self, "v", v + 100)
print(build_d(3))
del Derived.__init__
print(build_d(3))
Base.__init__ = lambda self, v: setattr(self, "v", -v)
print(build_d(3))


# A collection at the class call may run a finalizer that changes the
# class (when it runs differs from CPython's; what it makes does not).
class R:
    def __init__(self, v):
        self.v = v


finalized = []


def replacement(self, v):
    self.v = v


class Cycle:
    def __init__(self):
        self.me = self

    def __del__(self):
        R.__init__ = replacement
        finalized.append(True)


def build_r(n):
    out = []
    for i in range(n):
        out.append(R(i))
    return [r.v for r in out]


print(build_r(2))
gc.collect()
old = gc.get_threshold()
gc.set_threshold(1)
for _ in range(20):
    Cycle()
    seen = build_r(500)
gc.set_threshold(*old)
gc.collect()
print(seen[0], seen[-1], len(seen), len(finalized))


class S:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print([S(i).a for i in range(3)])


class Raises:
    def __init__(self, v):
        if v == 2:
            raise ValueError("bad %d" % v)
        self.v = v


def build_raises(n):
    out = []
    for i in range(n):
        try:
            out.append(Raises(i).v)
        except ValueError as e:
            out.append(str(e))
    return out


print(build_raises(4))


class Ret:
    def __init__(self, v):
        self.v = v
        if v:
            return 1


def build_ret():
    for i in range(3):
        try:
            print(Ret(i).v)
        except TypeError as e:
            print("TypeError:", e)


build_ret()
