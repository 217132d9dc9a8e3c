# Slice stores and slice copies of exact lists with small-int / None bounds
# (the fast paths), against their edge cases.
import sys


def show(label, *x):
    print(label, *x)


# Same-length stores, unit step, as fannkuch does them.
a = list(range(9))
for k in range(1, 9):
    a[:k + 1] = a[k::-1]
    show("flip", a)
b = a[:]
show("copy", b is a, b == a)

# Bounds: negative, out of range, None, big ints, clipped to empty.
for lo, hi in [(0, 3), (-3, None), (None, -6), (5, 2), (-100, 2), (7, 100), (100, 200), (None, None)]:
    c = list(range(8))
    n = len(c[lo:hi])
    c[lo:hi] = list(range(100, 100 + n))
    show(("same", lo, hi), c)
c = list(range(8))
c[2:2**70] = [1, 2, 3]
show("big stop", c)
c = list(range(8))
c[-2**70:3] = [7, 7, 7]
show("big start", c)
c = list(range(8))
c[2:5] = [9]
show("shorter", c)
c[2:3] = [4, 5, 6, 7]
show("longer", c)
c[8:] = []
show("empty", c)
e = []
e[:] = []
show("empty list", e)
e[0:0] = []
show("empty list 2", e)


# __index__ bounds.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


c = list(range(6))
c[I(1):I(3)] = ["x", "y"]
show("index", c, c[I(-4):I(5)])

# Self-assignment and aliasing.
a = [1, 2, 3, 4]
a[:] = a
show("self", a)
a[::-1] = a
show("self rev", a)
a[1:3] = a
show("self grow", a)
a = [1, 2, 3, 4]
a[0:2] = a[2:4]
show("alias halves", a)

# Extended slices: sizes must match, with CPython's message.
a = list(range(6))
a[::2] = [10, 20, 30]
show("ext", a)
try:
    a[::2] = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a[1:5:2] = (1, 2, 3)
except ValueError as ex:
    print("ValueError:", ex)
a[4::-2] = "abc"
show("ext rev", a)

# Tuples, strings and iterators as sources; subclasses of list as source
# and target.
a = list(range(5))
a[1:3] = (8, 9)
a[0:1] = "q"
a[3:5] = iter([6, 5])
show("sources", a)


class L(list):
    def __iter__(self):
        return iter([0, 0, 0])


src = L([1, 2, 3])
a = [9, 9, 9, 9]
a[0:3] = src  # not an exact list: taken through its __iter__
show("subclass source", a)


class M(list):
    def __setitem__(self, key, value):
        print("M.__setitem__", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("M.__getitem__", key)
        return super().__getitem__(key)


m = M([1, 2, 3, 4])
m[1:3] = [7, 8]
show("M", list(m))
show("M slice", m[::-1])
try:
    a[1:2] = 5
except TypeError as ex:
    print("TypeError:", ex)

# Refcounts of heap items moved by slice stores and copies.
obj = object()
base = sys.getrefcount(obj)
a = [obj, obj, 1, 2]
b = [3, obj]
a[2:4] = b
print("refs", sys.getrefcount(obj) - base)
a[0:2] = [5, 6]
print("refs", sys.getrefcount(obj) - base)
c = a[:]
print("refs", sys.getrefcount(obj) - base)
del c
a[:] = [0]
del b
print("refs", sys.getrefcount(obj) - base)


# __del__ of replaced items runs after the list is updated, last to first,
# and may look at (and change) the list.
class D:
    def __init__(self, name, target):
        self.name = name
        self.target = target

    def __del__(self):
        print("del", self.name, [x.name if isinstance(x, D) else x for x in self.target])
        if self.name == "d1":
            self.target.append("added")


t = []
t.extend([D("d0", t), D("d1", t), 1, D("d2", t)])
t[0:2] = [10, 11]
show("after del", t[:2], len(t))
t[3:4] = [12]
show("after del 2", t)
t2 = []
x = D("shared", t2)
t2.extend([x, x, 5])
del x
t2[0:2] = [1, 2]
show("shared", t2)

# Copies of lists holding non-ASCII strs, big ints, floats and None.
a = ["é", 2**100, 1.5, None, "日本"]
b = a[:]
c = a[::-1]
d = a[1:4:2]
show("copies", b, c, d)
b[1:3] = c[1:3]
show("mixed store", b)
del b, c, d
a[0:5] = [1, 2, 3, 4, 5]
show("freed", a)

# Temporary slices freed over and over (the free list keeps their storage).
acc = 0
p = list(range(9))
for i in range(2000):
    q = p[:]
    k = i % 9
    q[:k + 1] = q[k::-1]
    acc += q[0] * 3 + q[-1]
print("acc", acc, sys.getsizeof(p[:]) == sys.getsizeof(list(range(9))[:]))
