# Instance creation and attribute stores: the fast paths (a presized dict
# from the class's last `__init__`, str names placed without `__eq__`, the
# cached `__del__` answer) must keep every observable behaviour.


class Weird:
    """Hashes and compares like the str 'x'."""

    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        return other == "x"

    def __repr__(self):
        return "Weird()"


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# Presizing: dicts of later instances grow past what __init__ stored.
ps = [P(i, -i) for i in range(5)]
for i, p in enumerate(ps):
    for j in range(i * 3):
        setattr(p, "a%d" % j, j)
print([len(vars(p)) for p in ps], list(vars(ps[2]))[:5])
q = P(1, 2)
print(vars(q), len(vars(q)))
q.z = 3
del q.x
q.x = 4
print(vars(q), q.x, q.y, q.z)

# A non-str key equal to the attribute name: the store replaces that entry.
w = P(0, 0)
vars(w).clear()
vars(w)[Weird()] = 1
w.x = 2
print(vars(w), w.x)
print(getattr(w, "x"))


class Swapped:
    def __init__(self):
        self.b = 1
        self.a = 2


s1, s2 = Swapped(), Swapped()
s2.__dict__.pop("b")
s2.c = 3
s2.b = 4
print(vars(s1), vars(s2))


# __init__ results and exceptions.
class BadInit:
    def __init__(self):
        self.v = 1
        return 5


for _ in range(2):
    try:
        BadInit()
    except TypeError as e:
        print(e)


class Raises:
    def __init__(self, n):
        self.n = n
        if n:
            raise ValueError(n)


print(Raises(0).n)
try:
    Raises(3)
except ValueError as e:
    print("ValueError", e)


# __del__: added and removed after instances were created and freed.
class D:
    def __init__(self, n):
        self.n = n


D(1)
D.__del__ = lambda self: print("del", self.n)
D(2)
x = D(3)
del x
del D.__del__
D(4)
print("no del for 4")


# Resurrection: __del__ runs once.
saved = []


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("R.__del__", self.n)
        if self.n == 1:
            saved.append(self)


R(1)
R(2)
print(len(saved), saved[0].n)
saved.clear()
print("cleared")


# Finalizer order within a tuple and a list.
t = (R(10), R(11), R(12))
del t
lst = [R(20), R(21)]
del lst


# Class reassignment: the new class's __del__ (or none) applies.
class WithDel:
    def __del__(self):
        print("WithDel.__del__", self.tag)


class Plain:
    pass


a = Plain()
a.tag = "a"
a.__class__ = WithDel
del a
b = WithDel()
b.tag = "b"
b.__class__ = Plain
del b
print("after reassign")


# __new__ overrides, slots, metaclass __call__, builtin subclasses.
class N:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.made_by_new = v
        return o

    def __init__(self, v):
        self.v = v


n = N(7)
print(sorted(vars(n).items()))


class Other:
    pass


class NotMine:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never")


print(type(NotMine()).__name__)


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


s = S()
print(s.a, s.b, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(e)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print(M(5).x)


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(self)


ll = L([1, 2, 3])
print(ll, ll.extra, vars(ll))


class DictSub(dict):
    pass


ds = DictSub(a=1)
ds.attr = 2
print(ds, vars(ds))
