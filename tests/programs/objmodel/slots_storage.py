# Slot values live in their own storage: member descriptors get/set/delete
# them, and an instance __dict__ (when present) holds only the other names.
import copy


class C:
    __slots__ = ("x", "__dict__")


c = C()
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
c.x = 1
c.y = 2
print(vars(c), c.x, "x" in c.__dict__)
c.__dict__ = {"q": 7}
print(c.x, c.q, vars(c))
del c.x
print(hasattr(c, "x"), vars(c))


class D(C):
    pass


d = D()
d.x = 3
d.z = 4
print(vars(d), d.__dict__)
print(C.x, C.x.__get__(d), C.x.__name__, C.x.__qualname__, C.x.__objclass__.__name__)
C.x.__set__(d, 9)
print(d.x)
C.x.__delete__(d)
print(hasattr(d, "x"))
for op in ("get", "set", "delete"):
    try:
        if op == "get":
            C.x.__get__(5)
        elif op == "set":
            C.x.__set__(5, 1)
        else:
            C.x.__delete__("s")
    except TypeError as e:
        print("TypeError:", e)


class Base:
    __slots__ = ("a", "b")


class Mid(Base):
    __slots__ = ("c",)


class Leaf(Mid):
    def __init__(self):
        self.a, self.b, self.c, self.d = 1, 2, 3, 4


leaf = Leaf()
print(leaf.a, leaf.b, leaf.c, leaf.d, vars(leaf))
print(sorted(n for n in dir(leaf) if not n.startswith("__")))


class E(list):
    __slots__ = ("tag",)


e = E([1, 2])
e.tag = "t"
e.append(3)
print(e, e.tag, hasattr(e, "__dict__"))


class P:
    __slots__ = ("a", "b")


p = P()
p.a = [1]
q = copy.copy(p)
print(q.a is p.a, hasattr(q, "b"))
r = copy.deepcopy(p)
print(r.a == p.a, r.a is p.a)


class Mangled:
    __slots__ = ("__secret", "plain")

    def __init__(self):
        self.__secret = 5

    def reveal(self):
        return self.__secret


m = Mangled()
print(m.reveal(), "_Mangled__secret" in Mangled.__dict__)
try:
    m.plain
except AttributeError as e:
    print("AttributeError:", e)


# The instance dict created before a slot value, dropped, and replaced.
class A2:
    __slots__ = ("x", "__dict__")
a = A2()
a.y = 1
a.x = 2
print(vars(a), a.x)
del a.__dict__
print(a.x, hasattr(a, "y"), vars(a))
a.__dict__ = {"z": 3}
print(a.x, a.z)
class B2:
    __slots__ = ("x", "__dict__")
a.__class__ = B2
print(type(a).__name__, vars(a))
print(A2.x.__get__(a) if isinstance(a, A2) else B2.x.__get__(a, B2) if hasattr(a, 'x') else 'unset')
class P:
    __slots__ = ("v",)
    def __del__(self):
        print("del", self.v)
p = P(); p.v = [1]
del p
class Q:
    __slots__ = ("a", "b")
qs = [Q() for _ in range(3)]
for i, q in enumerate(qs):
    q.a = i; q.b = -i
