# Cycles through every kind of container the collector follows: sets,
# frozensets, __slots__, bound methods, super objects, slices, cells,
# staticmethod/classmethod wrappers, properties and function defaults.
import gc

gc.disable()


class A:
    def meth(self):
        return 1


class Slotted:
    __slots__ = ("x", "y")


class Mixed:
    __slots__ = ("x", "__dict__")


def report(label):
    print(f"{label}:", gc.collect())


a = A()
a.s = {a}
del a
report("set")

a = A()
a.f = frozenset([a, 1])
del a
report("frozenset")

s = Slotted()
s.x = s
s.y = [s]
del s
report("slots")

m = Mixed()
m.x = m
m.z = m
del m
report("slots and dict")

a = A()
a.m = a.meth
del a
report("bound method")

a = A()
a.sup = super(A, a)
del a
report("super")

a = A()
a.sl = slice(a, None, 2)
del a
report("slice")


def outer():
    box = []
    def inner():
        return box
    box.append(inner)
    return inner


f = outer()
del f
report("cell")

a = A()
a.sm = staticmethod(a.meth)
a.cm = classmethod(a.meth)
del a
# (CPython also counts the wrappers' own attribute dicts.)
print("staticmethod/classmethod:", gc.collect() >= 5)

a = A()
a.p = property(a.meth, doc="via fget")
del a
report("property")


def make():
    def f(x=None):
        return x
    f.__defaults__ = (f,)
    return f


g = make()
del g
report("defaults")

print("nothing left:", gc.collect())
