# List slicing and slice assignment fast paths: every step (positive,
# negative, huge), clipping, self-assignment, the extended-slice size check,
# subclasses (whose __iter__ is honoured when they are assigned), release
# order of replaced items, and sources that change during the assignment.

base = list(range(10))
steps = [1, 2, 3, -1, -2, -3, 9, -9, 10, -10, 2**62, -(2**62), 2**100, -(2**100)]
bounds = [None, 0, 1, 5, 9, 10, 11, -1, -5, -10, -11, 2**70, -(2**70)]
n = 0
for st in steps:
    for a in bounds:
        for b in bounds:
            r = base[a:b:st]
            n += len(r)
            assert r == [base[i] for i in range(*slice(a, b, st).indices(10))]
print("slices", n)
print(base[::-1], base[8::-1], base[:3:-1], base[-3::-2], base[::2**62])
print(base[5:2], base[2:5:-1], [][::-1], [1][::-1])

# Objects (not small ints) keep correct reference counts through slices.
objs = [str(i) * 3 for i in range(8)]
for _ in range(1000):
    t = objs[::-1]
    u = objs[1::3]
    objs[:] = t[::-1]
print(objs, u)

# Equal-length slice assignment replaces in place.
a = list(range(9))
for k in range(1, 9):
    a[:k + 1] = a[k::-1]
print(a)
a[2:5] = (7, 8, 9)
print(a)
a[-3:] = ["x", "y", "z"]
print(a)
a[100:200] = []
a[5:5] = []
print(a)

# Self assignment: a[:] = a, a[::-1] = a, a[1:] = a, a[::2] = a (errors).
a = [1, 2, 3, 4]
a[:] = a
print(a)
a[::-1] = a
print(a)
a[1:] = a
print(a)
a[:0] = a
print(a)
try:
    a[::2] = a
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3, 4]
b[::2] = b[:2]
print(b)
b[1::2] = b[::2]
print(b)

# Extended slices: sizes, negative steps, tuples, iterables, errors.
c = list(range(10))
c[::3] = "abcd"
print(c)
c[::-3] = (10, 20, 30, 40)
print(c)
c[8:2:-2] = [1, 2, 3]
print(c)
c[2:8:2**62] = ["only"]
print(c)
c[5:5:2] = []
c[5:5:-2] = ()
print(c)
for bad in ([1, 2], (1,), "abcdef", range(3)):
    try:
        c[::3] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    c[::2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[::0] = []
except ValueError as e:
    print("ValueError:", e)
try:
    c[::-1] = []
except ValueError as e:
    print("ValueError:", e)
print(c)


# Subclasses: slices of a subclass are plain lists; assigned subclasses are
# iterated through their own __iter__, like any other iterable.
class L(list):
    def __iter__(self):
        return iter(["it", "er"])


s = L([1, 2, 3, 4])
print(type(s[:]).__name__, s[::-1], type(s[::2]).__name__)
d = [0, 1, 2, 3]
d[0:2] = L([5, 6])
print(d)
d = [0, 1, 2, 3]
d[::2] = L([5, 6])
print(d)
d = [0, 1, 2, 3]
d[0:1] = L([5])
print(d)
s[1:3] = [9, 9]
print(s, list.__iter__(s).__next__())
s[::-1] = (1, 2, 3, 4)
print(list(list.__iter__(s)))
e = {}
e.update([L(["a", "b"])])
print(e)


# Release order of replaced items, and __del__ touching the list.
class D:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)


log = []
m = [D("a", log), D("b", log), D("c", log), D("d", log)]
m[0:3] = [1, 2, 3]
print(log)
log.clear()
m = [D("a", log), D("b", log), D("c", log), D("d", log)]
m[::2] = (7, 8)
print(log, len(m))
log.clear()
m[::-2] = [5, 6]
print(log, m[0], m[2])
log.clear()
keep = D("kept", log)
m = [keep, keep, D("x", log)]
m[:] = [1, 2, 3]
print(log, keep.name)


class Grow:
    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.append("grown")


g = []
g.extend([Grow(g), Grow(g)])
g[0:2] = [0, 1]
print(g)
g = [Grow(None), 1, 2, 3]
g[0].target = g
g[::2] = [10, 20]
print(g)

# Deleting extended slices.
h = list(range(12))
del h[::3]
print(h)
del h[::-2]
print(h)
del h[5:0:-100]
print(h)
del h[::2**62]
print(h)
