# Per-site LOAD_ATTR/LOAD_METHOD/STORE_ATTR caches must honour descriptors,
# __getattr__, __setattr__, __slots__, monkey-patching and __class__ changes.
class A:
    def __init__(self):
        self.x = 1
    def m(self):
        return "A.m"
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name

class B(A):
    def m(self):
        return "B.m"

class C:
    __slots__ = ("a",)

class D:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)

class Desc:
    def __get__(self, obj, owner):
        return "desc-get"
    def __set__(self, obj, v):
        print("desc-set", v)

class E:
    d = Desc()

objs = [A(), B(), A(), B()]
for o in objs:
    print(o.m(), o.x, o.p, o.missing)
objs[0].m = lambda: "instance m"
for o in objs:
    print(o.m())
A.m = lambda self: "patched"
for o in objs:
    print(o.m())
c = C()
for i in range(3):
    try:
        print(c.a)
    except AttributeError as e:
        print("AE", e)
    c.a = i
try:
    c.b = 1
except AttributeError as e:
    print("AE", e)
d = D()
for i in range(3):
    d.v = i
    print(d.v)
e = E()
for i in range(2):
    e.d = i
    print(e.d)
E.d = 5
e.d = 7
print(e.d, E.d)
def f(): pass
for i in range(2):
    f.attr = i
    print(f.attr)
    f.__name__ = "g%d" % i
    print(f.__name__, f.__qualname__)
class M(type):
    def __getattr__(cls, name):
        return "meta:" + name
class N(metaclass=M):
    pass
for i in range(2):
    print(N.foo)
    o = B()
    o.__class__ = A
    print(o.m())
