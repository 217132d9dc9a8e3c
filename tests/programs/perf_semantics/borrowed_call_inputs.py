# Receivers and arguments loaded from locals go to a call of an inlinable
# method without references of their own; every path that is not the
# inlined body (direct call, class call, generic call, attribute beside a
# NULL method slot, a site miss) must take them first.
import sys


class Node:
    def __init__(self, v):
        self.v = v
        self.left = None

    def value(self):
        return self.v

    def pick(self, a, b):
        return a if self.v > 0 else b

    def size(self):
        return self.v


class Counted:
    def value(self, *extra):
        # Not inlinable: a direct or generic call with the receiver.
        return sys.getrefcount(self) > 1

    def pick(self, a, b):
        del a
        b = None
        return "deleted"

    def size(self):
        raise ValueError("size of Counted")


class Holder:
    def __init__(self, f):
        self.value = f          # an instance attribute shadows nothing
        self.pick = lambda a, b: (a, b)

    def size(self):
        return 7


class Dyn:
    def __getattr__(self, name):
        return lambda *a: ("dyn", name, len(a))


def run(objs):
    out = []
    for o in objs:
        a = [1]
        b = "b"
        out.append(o.value())
        out.append(o.pick(a, b))
        try:
            out.append(o.size())
        except ValueError as e:
            out.append(str(e))
        out.append(sys.getrefcount(a) - sys.getrefcount([]))
        out.append(sys.getrefcount(o) > 1)
    return out


class Alive:
    count = 0

    def __init__(self):
        Alive.count += 1

    def __del__(self):
        Alive.count -= 1

    def value(self):
        return 1

    def pick(self, a, b):
        return b

    def size(self):
        return 2


objs = [Node(3), Node(-1), Counted(), Holder(lambda: "held"), Dyn(), Alive()]
for _ in range(3):
    print(run(objs))


# A receiver whose only other reference goes away inside the callee.
class Drop:
    def value(self):
        global keep
        keep = None
        return "dropped"


class Keep:
    def value(self):
        return "kept"


def drop_test():
    global keep
    keep = Drop()
    k = keep
    print(k.value(), keep)
    keep = Keep()
    k = keep
    print(k.value())


drop_test()


# Many receiver classes: the site overflows and the slow path returns
# the method with a reference to the receiver.
def make(i):
    ns = {"value": lambda self: i, "size": lambda self: -i}
    return type("K%d" % i, (), ns)()


many = [make(i) for i in range(12)]
total = 0
for _ in range(5):
    for m in many:
        total += m.value() + m.size()
print(total, [sys.getrefcount(m) for m in many[:3]])


# A class named like an inlinable method, called with borrowed arguments.
class size:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def ctor(x, y):
    s = size(x, y)
    return s.a is x, s.b is y, sys.getrefcount(x) - sys.getrefcount([])


print(ctor([1], [2]))


# Recursion at the limit while an inlinable method is called.
def deep(n, node):
    if n == 0:
        return node.value()
    return deep(n - 1, node)


sys.setrecursionlimit(80)
try:
    deep(200, Node(5))
except RecursionError as e:
    print("RecursionError", e)
print(deep(10, Node(5)))
print(Alive.count)
objs = None
print(Alive.count)


# A load between the method and its call raises: the attribute beside a
# NULL method slot is released, a borrowed receiver is not.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args):
        return self.name

    def __del__(self):
        print("del", self.name)


class InstanceValue:
    def __init__(self):
        self.value = Tracked("instance value")


class MethodValue:
    def value(self, x):
        return x


def raise_between(objs):
    for o in objs:
        for _ in range(3):
            try:
                o.value(o.missing)
            except AttributeError as e:
                print("AttributeError", e)
        print(o.value(o.__class__.__name__), sys.getrefcount(o))


h = InstanceValue()
raise_between([h, MethodValue()])
print(sys.getrefcount(h.value))
h = None
print("end")


# Built-in methods run inline get borrowed receivers and arguments too;
# a subclass receiver takes the generic path, which owns them first.
class L(list):
    def append(self, v):
        super().append(("sub", v))


class Keyed:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Keyed) and other.k == self.k


def builtin_methods(xs, v, s, d, key, default):
    for _ in range(20):
        xs.append(v)
    s.add(key)
    s.discard(key)
    s.add(v)
    got = d.get(key, default), d.setdefault(key, default), d.get(key)
    popped = xs.pop()
    return got, popped is v


val = ("payload",)
key = Keyed(1)
dflt = ["default"]
refs = (sys.getrefcount(val), sys.getrefcount(key), sys.getrefcount(dflt))
plain = []
print(builtin_methods(plain, val, set(), {}, key, dflt), len(plain))
sub = L()
print(builtin_methods(sub, val, set(), {}, key, dflt), len(sub), sub[0])


def ref_changes():
    now = (sys.getrefcount(val), sys.getrefcount(key), sys.getrefcount(dflt))
    return now[0] - refs[0], now[1] - refs[1], now[2] - refs[2]


print(ref_changes())
plain = sub = None
print(ref_changes())
