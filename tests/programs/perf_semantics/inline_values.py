# Attributes of plain instances kept inline (shared keys per class) must
# behave exactly like instance dicts: order, deletion, __dict__, __class__
# assignment, overflow, shadowed methods, cycles and finalizers.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


ps = [P(i, -i) for i in range(5)]
print([p.norm() for p in ps])
p = ps[2]
p.z = 10
print(p.__dict__, vars(ps[3]))
# Deleting and re-adding moves the name to the end of the dict.
q = P(1, 2)
del q.x
print(hasattr(q, "x"), q.__dict__)
q.x = 3
print(q.__dict__, q.norm())
try:
    del q.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(P(1, 2).w)
except AttributeError as e:
    print("AttributeError:", e)


# Stores in a different order than the first instance.
class O:
    pass


a = O()
a.k1 = 1
a.k2 = 2
b = O()
b.k2 = "two"
b.k1 = "one"
c = O()
c.k1 = 1
c.k3 = 3
print(a.__dict__, b.__dict__, c.__dict__)
print(a.k1 + a.k2, b.k1 + b.k2, c.k1 + c.k3)


# More attributes than fit inline, in many instances.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n


ws = [Wide(12) for _ in range(40)]
print(sum(w.a11 + w.last for w in ws), list(ws[-1].__dict__)[:3], len(ws[0].__dict__))
small = [Wide(3) for _ in range(3)]
print([w.__dict__ for w in small])


# A method shadowed by an instance attribute, at one call site.
class M:
    def __init__(self, tag):
        self.tag = tag

    def run(self):
        return "method " + self.tag


def call_all(objs):
    return [o.run() for o in objs]


ms = [M(str(i)) for i in range(3)]
print(call_all(ms))
ms[1].run = lambda: "shadowed"
print(call_all(ms))
del ms[1].run
print(call_all(ms))


# __class__ assignment between classes whose keys differ.
class A1:
    def __init__(self):
        self.u = 1
        self.v = 2


class A2:
    def __init__(self):
        self.v = 20
        self.w = 30


x1 = A1()
A2()
x1.__class__ = A2
print(x1.__dict__, x1.u, x1.v)
x1.w = 3
print(x1.__dict__)

# Replacing and deleting __dict__.
r = P(5, 6)
r.__dict__ = {"y": 1, "x": 2}
print(r.x, r.y, r.norm(), r.__dict__)
r2 = P(7, 8)
d = r2.__dict__
d["x"] = 70
print(r2.x, r2.__dict__ is d)


# Names that are str subclasses.
class S(str):
    pass


s1 = P(1, 1)
setattr(s1, S("x"), 42)
setattr(s1, S("extra"), 43)
print(s1.x, s1.extra, s1.__dict__)

# object.__setattr__ and a class attribute shadowed later.
class K:
    limit = 5

    def __init__(self):
        object.__setattr__(self, "a", 1)


ks = [K(), K()]
print([k.limit for k in ks])
ks[0].limit = 50
print([k.limit for k in ks], ks[0].__dict__)


# __getattr__ runs for missing attributes only.
class G:
    def __init__(self):
        self.present = "here"

    def __getattr__(self, name):
        return "missing " + name


g = G()
print(g.present, g.absent)


# Cycles through inline values, and finalizers in attribute order.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
for _ in range(3):
    n1, n2 = Node("a"), Node("b")
    n1.other, n2.other = n2, n1
    del n1, n2
print(gc.collect())


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self):
        self.first = Loud("first")
        self.second = Loud("second")
        self.third = Loud("third")


h = Holder()
del h
h = Holder()
h.second = Loud("replacement")
del h
print("end")


# Callables stored as attributes, called as methods (`self.cb(x)`).
class Handle:
    def __init__(self, cb, arg):
        self.cb = cb
        self.arg = arg

    def run(self):
        return self.cb(self.arg)


def double(x):
    return 2 * x


hs = [Handle(double, 1), Handle(len, "abc"), Handle(lambda x: -x, 5)]
print([h.run() for h in hs])
hs[0].cb = None
try:
    hs[0].run()
except TypeError as e:
    print("TypeError:", e)
del hs[1].cb
try:
    hs[1].run()
except AttributeError as e:
    print("AttributeError:", e)
Handle.cb = staticmethod(double)
print(hs[1].run(), hs[2].run())


# Twelve attributes fit inline: a base's six and a subclass's six, read
# and updated at the same sites for both classes.
class Six:
    def __init__(self, k):
        self.a = k
        self.b = k + 1
        self.c = k + 2
        self.d = k + 3
        self.e = k + 4
        self.f = k + 5

    def total(self):
        return self.a + self.b + self.c + self.d + self.e + self.f


class Twelve(Six):
    def __init__(self, k):
        Six.__init__(self, k)
        self.g = k + 6
        self.h = k + 7
        self.i = k + 8
        self.j = k + 9
        self.k = k + 10
        self.l = k + 11

    def total(self):
        return Six.total(self) + self.g + self.h + self.i + self.j + self.k + self.l


objs = [Six(1), Twelve(2), Twelve(3), Six(4)]
for _ in range(3):
    for o in objs:
        o.f += 1
        if isinstance(o, Twelve):
            o.l *= 2
            o.k = o.l - o.a
print([o.total() for o in objs], list(objs[1].__dict__.items())[-3:])
t = Twelve(0)
t.m = "thirteenth"
print(len(t.__dict__), t.m, t.l, t.total())
del objs[2].g
print(list(vars(objs[2]))[:7], hasattr(objs[2], "g"), objs[1].g)
