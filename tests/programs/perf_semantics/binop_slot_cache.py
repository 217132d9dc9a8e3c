# The per-(type, type, operator) cache of binary operator special methods
# must follow every change of the classes: redefinition, deletion,
# reflected methods of subclasses, NotImplemented, in-place fallbacks,
# divmod, __class__ assignment and __bases__ changes.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, V):
            return "V.__mul__"
        return V(self.x * k)

    def __repr__(self):
        return "V(%r)" % (self.x,)


a, b = V(1), V(2)
for i in range(3):
    a = a + b
print(a)

# Redefinition after the cache holds the old method.
V.__add__ = lambda self, other: "new add"
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print(e)
try:
    a + 1
except TypeError as e:
    print(e)


class W(V):
    def __radd__(self, other):
        return "W.__radd__"

    def __rmul__(self, other):
        return "W.__rmul__"


class W2(V):
    pass


# The subclass's reflected method goes first only when it overrides.
for i in range(2):
    print(V(1) * W(2))
    try:
        print(V(1) * W2(3))
    except TypeError as e:
        print(e)
print(5 + W(1))
W.__rmul__ = lambda self, other: NotImplemented
print(V(1) * W(2))
del W.__rmul__
print(V(2) * W(3))
W.__rmul__ = lambda self, other: "W.__rmul__ again"
print(V(2) * W(3), V(2) * 3)


class NI:
    def __sub__(self, other):
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented


for i in range(2):
    try:
        NI() - NI()
    except TypeError as e:
        print(e)
NI.__sub__ = lambda self, other: "sub now"
print(NI() - NI())


# In-place: __iadd__, then __add__, then the reflected method.
class I:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        if other == 0:
            return NotImplemented
        self.n += other
        return self

    def __add__(self, other):
        return "I.__add__ %r" % (other,)


x = I(1)
for i in range(3):
    x += 2
print(x.n)
y = I(1)
y += 0
print(y)
del I.__iadd__
z = I(5)
z += 1
print(z)


class L:
    def __radd__(self, other):
        return "L.__radd__ %r" % (other,)

    def __rmul__(self, other):
        return "L.__rmul__ %r" % (other,)


for i in range(2):
    print([1] + L())
    print([1] * 2, 3 * [0], [1] * L())
    print("ab" + L(), "ab" * 2)
try:
    [1] + 2
except TypeError as e:
    print(e)
try:
    [1] * 2.0
except TypeError as e:
    print(e)


class D:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


for i in range(2):
    print(divmod(D(), 3), divmod(3, D()))
D.__divmod__ = lambda self, other: "changed"
print(divmod(D(), 3))
try:
    divmod(V(1), 3)
except TypeError as e:
    print(e)


# __class__ assignment moves an instance to another type's methods.
class P:
    def __and__(self, other):
        return "P&"


class Q:
    def __and__(self, other):
        return "Q&"


p = P()
for i in range(2):
    print(p & 1)
    p.__class__ = Q
    print(p & 1)
    p.__class__ = P


# __bases__ changes retire the cached lookups.
class Base1:
    def __or__(self, other):
        return "Base1|"


class Base2:
    def __or__(self, other):
        return "Base2|"


class Child(Base1):
    pass


c = Child()
print(c | 0)
Child.__bases__ = (Base2,)
print(c | 0)


# Methods that are not plain functions: staticmethod-like callables,
# builtins, and a descriptor object.
class Adder:
    def __call__(self, a, b):
        return "callable object"


class C2:
    __xor__ = staticmethod(lambda a, b: "static xor")
    __lshift__ = Adder()


try:
    print(C2() ^ 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(C2() << 1)
except TypeError as e:
    print("TypeError", e)


# isinstance with a class that claims another __class__.
class Fake:
    @property
    def __class__(self):
        return int


class Plain:
    pass


f = Fake()
for i in range(2):
    print(isinstance(f, int), isinstance(f, Fake), isinstance(f, str))
    print(isinstance(Plain(), int), isinstance(Plain(), object))


class FakeChild(Fake):
    pass


print(isinstance(FakeChild(), int), isinstance(FakeChild(), Fake))
try:
    del Fake.__class__
except TypeError as e:
    print(e)
