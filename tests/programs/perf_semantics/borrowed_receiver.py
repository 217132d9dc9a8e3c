# Attribute loads and stores whose receiver is a local (`self.x`,
# `self.x = v`, `self.x += 1`) read the local's word without a reference
# of their own. The object must still be released exactly when CPython
# releases it, also when the attribute access raises, runs Python code
# (properties, __getattr__, __setattr__) or rebinds other names.


class Noisy:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def __del__(self):
        print("del", self.name)


class Guarded:
    __slots__ = ("a",)

    def __del__(self):
        print("del guarded")


class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print("get v")
        return self._v

    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value

    @property
    def bad(self):
        raise ValueError("bad getter")

    def __getattr__(self, name):
        if name == "dynamic":
            return 42
        raise AttributeError(f"no {name!r} here")

    def __del__(self):
        print("del prop")


def counters():
    n = Noisy("n")
    n.count += 1
    n.count += 2
    n.count *= 10
    print(n.count)
    m = Noisy("m")
    m.count = n.count + n.count
    print(m.count)
    n = None
    print("n rebound")
    m.name = "m2"
    del m
    print("m deleted")


def errors():
    n = Noisy("e")
    try:
        n.missing
    except AttributeError as exc:
        print("AttributeError:", exc)
    try:
        n.missing += 1
    except AttributeError as exc:
        print("AttributeError:", exc)
    g = Guarded()
    try:
        g.b = 1
    except AttributeError as exc:
        print("AttributeError:", exc)
    try:
        g.a += 1
    except AttributeError as exc:
        print("AttributeError:", exc)
    g.a = 5
    g.a += 1
    print(g.a)
    del g
    print(n.name)


def properties():
    p = Prop()
    p.v += 5
    print(p.v, p.dynamic)
    try:
        print(p.bad)
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        p.nothing
    except AttributeError as exc:
        print("AttributeError:", exc)
    p.v = p.v * 2
    print(p._v)


def uncaught_inside(o):
    return o.nothing_at_all


def leave_with_error():
    x = Noisy("x")
    try:
        uncaught_inside(x)
    except AttributeError as exc:
        print("caught:", exc)
    x.count += 1
    return x.count


def subclass_and_receivers():
    class Sub(Noisy):
        @property
        def count(self):
            return self.__dict__.get("c", 0)

        @count.setter
        def count(self, v):
            self.__dict__["c"] = v * 2

    for o in (Noisy("a"), Sub("b"), Noisy("c")):
        o.count += 1
        o.count += 1
        print(o.name, o.count)
    print("loop done")


def chained(nodes):
    total = 0
    for node in nodes:
        total += node.count
        node.count = node.count + total
    return total


counters()
print("--")
errors()
print("--")
properties()
print("--")
print(leave_with_error())
print("--")
subclass_and_receivers()
print("--")
items = [Noisy(str(i)) for i in range(3)]
print(chained(items), [i.count for i in items])
items = None
print("end")
