# Truth of objects whose type has neither __bool__ nor __len__ (true
# without a lookup while no type changes), and every way that stops
# holding: methods added to or deleted from the class or a base, bases
# replaced, __class__ reassigned, subclasses, match objects, and types
# that come and go.
import re


class Plain:
    pass


class Child(Plain):
    pass


def truth(*objs):
    return [bool(o) for o in objs] + ["y" if o else "n" for o in objs]


p, c = Plain(), Child()
print(truth(p, c, p, c))
Plain.__bool__ = lambda self: False
print(truth(p, c))
del Plain.__bool__
print(truth(p, c))
Child.__len__ = lambda self: 0
print(truth(p, c))
del Child.__len__
print(truth(p, c))


class Empty:
    def __len__(self):
        return 0


class Full:
    def __bool__(self):
        return True


p.__class__ = Empty
print(truth(p, c))
p.__class__ = Full
print(truth(p))
p.__class__ = Plain
print(truth(p))


class Base:
    pass


class Derived(Base):
    pass


d = Derived()
print(truth(d))
Base.__bool__ = lambda self: False
print(truth(d))
Derived.__bases__ = (Plain,)
print(truth(d))

m = re.match(r"a", "abc")
print(truth(m, m), m.group())
n = re.match(r"z", "abc")
print(truth(n))

# Many classes made and dropped in a loop (their addresses reused).
results = []
for i in range(50):
    K = type("K%d" % i, (), {"__bool__": (lambda self: False)} if i % 3 == 0 else {})
    results.append(bool(K()))
print(results.count(True), results.count(False))


class Bad:
    def __bool__(self):
        return 1


try:
    bool(Bad())
except TypeError as e:
    print("TypeError", e)
print(truth(Plain(), object(), len, print, 3.5, 0.0, "", (), frozenset()))
