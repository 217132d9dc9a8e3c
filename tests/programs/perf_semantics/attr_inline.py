# LOAD_ATTR / STORE_ATTR / LOAD_METHOD run inline against the site cache and
# the instance dict: every way the cached facts can stop holding.


class C:
    def __init__(self):
        self.a = 1
        self.b = 2

    def m(self):
        return "C.m"


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


def call_m(o):
    return o.m()


c = C()
for i in range(3):
    set_a(c, i)
    print(get_a(c), call_m(c))

# An instance attribute that shadows the method, set after the site cached.
c.m = lambda: "instance m"
print(call_m(c))
del c.m
print(call_m(c))

# The method replaced on the class (new epoch).
C.m = lambda self: "patched m"
print(call_m(c), call_m(C()))

# Deleting the cached entry, then adding it back elsewhere in the dict.
del c.a
try:
    get_a(c)
except AttributeError as e:
    print("AttributeError:", e)
set_a(c, "back")
print(get_a(c), list(c.__dict__))

# A dict subclass as __dict__, and a plain dict swapped in.
class D(dict):
    pass


c.__dict__ = D(a="from D")
print(get_a(c), call_m(c))
set_a(c, "stored in D")
print(type(c.__dict__).__name__, c.__dict__)
c.__dict__ = {"a": "plain"}
print(get_a(c))

# Globals as an instance dict: stores must be seen by cached global loads.
counter = 0


def read_counter():
    return counter


class NS:
    pass


ns = NS()
ns.__dict__ = globals()
for i in range(3):
    ns.counter = i * 10
    print(read_counter(), counter)

# Many names that collide in a small dict's first probe slots.
class Many:
    pass


objs = []
for n in range(3):
    o = Many()
    for j in range(30):
        setattr(o, "f%d" % j, j * n)
    objs.append(o)


def read_f(o):
    return o.f0 + o.f29


def call_keys(o):
    return o.__dict__.keys()


print([read_f(o) for o in objs])
Many.meth = lambda self: "meth"


def call_meth(o):
    return o.meth()


print([call_meth(o) for o in objs])
objs[1].meth = lambda: "shadow"
print([call_meth(o) for o in objs])

# Two classes through one site (both cache entries), then a third.
class E1:
    def __init__(self):
        self.a = "E1"

    def m(self):
        return "E1.m"


class E2:
    def __init__(self):
        self.z = 0
        self.a = "E2"

    def m(self):
        return "E2.m"


class E3(E1):
    pass


for o in [E1(), E2(), E1(), E2(), E3(), E1()]:
    print(get_a(o), call_m(o))

# Data descriptors and __slots__ keep their own paths.
class S:
    __slots__ = ("a",)

    def m(self):
        return "S.m"


s = S()
set_a(s, "slot")
print(get_a(s), call_m(s))


class P:
    @property
    def a(self):
        return "property"

    @a.setter
    def a(self, v):
        print("setter", v)


print(get_a(P()))
set_a(P(), 5)

# Values released by a store run their finalizers after the store.
class Fin:
    def __del__(self):
        print("del Fin, holder.a is now", holder.a)


holder = C()
set_a(holder, Fin())
set_a(holder, "new")
print("end")
