# More inline-value edge cases: copy, __slots__ with __dict__, subclasses,
# clearing and replacing __dict__, many attributes, class attributes, cycles.
import copy


class A:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


x = A()
y = copy.copy(x)
z = copy.deepcopy(x)
y.a = 5
z.b.append(3)
print(x.__dict__, y.__dict__, z.__dict__)


class B:
    __slots__ = ("p", "__dict__")

    def __init__(self):
        self.p = 1
        self.q = 2


b = B()
print(b.p, b.q, b.__dict__)


class C(A):
    def __init__(self):
        super().__init__()
        self.c = 3


c = C()
print(c.__dict__, vars(c), dir(c)[-3:])
c.__dict__.clear()
print(c.__dict__, hasattr(c, "a"))
c.a = 9
print(c.a, c.__dict__)


class D:
    pass


d = D()
for i in range(10):
    setattr(d, "k%d" % i, i)
print(d.__dict__)
print(d.k9, d.k0)
del d.k5
print(sorted(d.__dict__), getattr(d, "k5", "gone"))
e = D()
e.k0 = "x"
print(e.__dict__, e.k0)


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.__dict__ == other.__dict__

    def __repr__(self):
        return "E(%r)" % self.__dict__


print(E(1) == E(1), E(1) == E(2), [E(3)])
o = E(1)
o.__dict__["w"] = 2
print(o.w, o)
o.__dict__ = {"v": 10}
print(o.v, o)
print(getattr(o, "w", None))


class F:
    x = 1


f = F()
print(f.x)
f.x = 2
print(f.x, F.x)
del f.x
print(f.x)

import gc


class G:
    pass


g = G()
g.self = g
g.other = [g]
del g
print(gc.collect())
