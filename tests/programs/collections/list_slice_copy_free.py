# Slice copies of exact lists (items written straight into a reused
# buffer), same-length slice stores whose old and new items are small ints
# (a word copy) or not, and the free of small exact lists (the free list,
# with items released last to first). Each case mixes small ints with
# objects that own something, so a path that skipped a refcount would show.
import sys


class D:
    """Reports its own release."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return "D(%s)" % self.name


# Copies of every step, length 0..20 (across the free list's 16), from
# lists of small ints, big ints, strs and a mix.
big = 2 ** 80
for n in (0, 1, 2, 3, 8, 9, 16, 17, 20):
    ints = list(range(n))
    mixed = [i if i % 3 else big + i for i in range(n)]
    for step in (1, -1, 2, -2, 3, -5, n + 1, -(n + 1)):
        for start, stop in ((None, None), (1, None), (None, -1), (-2, 1), (n, 0), (100, -100)):
            s1 = ints[start:stop:step]
            s2 = mixed[start:stop:step]
            assert s1 == list(range(n))[start:stop:step]
            assert len(s2) == len(s1)
        print(n, step, ints[::step], mixed[1::step], sys.getsizeof(ints[::step]) - sys.getsizeof([]))

# Refcounts of the items a copy shares, and after the copy is freed.
x = "-".join(["a str", "built at run time"])
y = big + 1
items = [x, 1, y, 2, x]
before = (sys.getrefcount(x), sys.getrefcount(y))
r = items[::-1]
print("rev", r, sys.getrefcount(x) - before[0], sys.getrefcount(y) - before[1])
f = items[1:4]
print("fwd", f, sys.getrefcount(x) - before[0], sys.getrefcount(y) - before[1])
del r, f
print("freed", sys.getrefcount(x) - before[0], sys.getrefcount(y) - before[1])

# A copy of a list that is then freed releases its last references last to
# first; a temporary copy is freed at once.
print("temp", len([D("t1"), 3, D("t2")][::-1]))
l = [D("a"), 1, D("b"), 2, D("c")]
m = l[::-1]
del l
print("copy keeps them", m)
del m
print("after free")
l = [1, 2, D("only"), 3]
del l
print("after free 2")

# Lists of small ints mixed with other tagged-looking values (bools, None,
# floats) and of small ints only, freed and reused many times.
for i in range(50):
    t = [i, True, None, 1.5, i + 1][::-1]
    u = list(range(i % 17))[::-1]
    assert t == [i + 1, 1.5, None, True, i], t
    assert u == list(range(i % 17 - 1, -1, -1))
print("reuse ok")

# Same-length stores: small ints over small ints (word copy), then heap
# items at the start, the middle or the end of the slice, in both roles.
a = list(range(9))
for k in range(1, 9):
    a[:k + 1] = a[k::-1]
print("flips", a)
for pos in (0, 2, 4):
    a = [0, 1, 2, 3, 4, 5]
    src = [10, 11, 12, 13, 14]
    src[pos] = D("new%d" % pos)
    a[:5] = src
    del src
    print("heap in src", pos, a)
    a[:5] = [20, 21, 22, 23, 24]
    print("heap out", pos, a)
a = [D("o0"), 1, D("o2"), 3]
a[:4] = [5, 6, 7, 8]
print("all old released", a)
a = [1, 2, D("late1"), D("late2")]
a[0:4] = [9, 9, 9, 9]
print("released last to first", a)

# Refcounts of a store's new and old items.
s = "-".join(["shared", "str"])
before = sys.getrefcount(s)
a = [1, 2, 3]
a[0:3] = [s, 5, s]
print("store refs", sys.getrefcount(s) - before)
a[0:3] = [1, 2, 3]
print("store refs after", sys.getrefcount(s) - before)


# A __del__ that changes the list being stored into, while the store runs.
class Meddler:
    def __init__(self, target):
        self.target = target

    def __del__(self):
        print("meddler sees", self.target)
        self.target.append(99)

    def __repr__(self):
        return "M"


a = [1, 2, 3, 4]
a[1] = Meddler(a)
a[0:4] = [5, 6, 7, 8]
print("after meddler", a)
a = [1, 2, 3, 4]
a[3] = Meddler(a)
a[1:4] = a[3:0:-1]
print("meddler in reversed copy", a)
a[1] = 0
print("meddler gone", a)

# Evaluation order: the source slice is made before the target's bounds.
log = []


class B:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        log.append(self.v)
        return self.v


a = [0, 1, 2, 3, 4]
a[:B(3)] = a[B(2)::-1]
print("order", a, log)


# List subclasses: their own __getitem__/__setitem__ are called, and their
# instances are freed (with __del__) as objects, not through the free list.
class L(list):
    def __getitem__(self, k):
        print("getitem", k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("setitem", k, v)
        list.__setitem__(self, k, v)

    def __del__(self):
        print("del L", list(self))


c = L([1, 2, 3, 4])
c[:2] = c[1::-1]
print("subclass", c, type(c[::-1]).__name__)
del c
print("after subclass")

# Extended-slice length errors and empty slices.
a = [1, 2, 3]
try:
    a[::-1] = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
a[3:] = a[:0]
a[::-1] = a[:]
print("end", a, a[5:1], a[1:5:-1])
