# `obj[a:b:c]` and `obj[a:b:c] = v` are compiled without a slice object for
# exact lists and tuples with None/small-int bounds; everything else must
# still see a real slice object and CPython's errors.


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


class Seq(list):
    def __getitem__(self, key):
        print("Seq getitem", type(key).__name__, key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("Seq setitem", key, value)
        super().__setitem__(key, value)


class Tup(tuple):
    def __getitem__(self, key):
        print("Tup getitem", key)
        return tuple.__getitem__(self, key)


class Probe:
    def __getitem__(self, key):
        return ("probe", key)

    def __setitem__(self, key, value):
        print("probe set", key, value)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = list(range(10))
t = tuple(range(10))
s = "abcdefghij"
print(a[:], a[2:], a[:3], a[2:8:2], a[::-1], a[8:2:-2], a[-3:], a[:-3], a[-100:100])
print(t[:], t[2:], t[:3], t[2:8:2], t[::-1], t[8:2:-2], t[-3:], t[:-3], t[-100:100])
print(s[:], s[2:], s[:3], s[2:8:2], s[::-1], s[8:2:-2])
print(t[:] is t, t[0:] is t, t[::1] is t, a[:] is a)
print(a[True:], a[:False], a[2**70:], a[-2**70:2], a[::2**70], a[::-2**70])
print(a[Index(2):Index(5)], t[Index(7)::Index(-2)])
k = 3
print(a[k::-1], a[:k + 1], t[k:k + 2], a[-k:])
big = 2**62
print(a[big:], a[-big - 1:], a[: -big - 1], a[::big], a[::-big - 1])

attempt(lambda: a[::0])
attempt(lambda: t[::0])
attempt(lambda: a["x":])
attempt(lambda: t[:1.5])
attempt(lambda: a[::None] + a[None:None:None])
attempt(lambda: {}[1:2])
attempt(lambda: (5)[1:2])
attempt(lambda: None[1:2])
print(Probe()[1:2], Probe()[::3], Probe()[1:2:Index(4)])

sq = Seq(range(6))
print(sq[1:3], sq[::-1], type(sq[1:3]).__name__)
sq[1:3] = ["x", "y"]
print(sq)
tp = Tup(range(6))
print(tp[1:3], tp[:])
Probe()[1:2] = "v"

# assignment: same length, other lengths, tuples, iterables, itself
b = list(range(8))
b[:3] = [10, 11, 12]
print(b)
b[:3] = (20, 21, 22)
print(b)
b[2:4] = []
print(b)
b[1:1] = "xyz"
print(b)
b[:] = b
print(b)
b[::-1] = b
print(b)
b[:4] = b
print(b)
b[2:5] = range(3)
print(b)
b[::2] = [0] * len(b[::2])
print(b)
c = list(range(10))
while c[0] != 9:
    k = c.index(9)
    c[:k + 1] = c[k::-1]
print(c)
attempt(lambda: b.__setitem__(slice(None, None, 0), []))


def set_slice(target, lo, hi, step, value):
    target[lo:hi:step] = value


def set_slice2(target, lo, hi, value):
    target[lo:hi] = value


attempt(lambda: set_slice(b, None, None, 0, []))
attempt(lambda: set_slice(b, None, None, 2, [1]))
attempt(lambda: set_slice2(b, 0, 1, 5))
attempt(lambda: set_slice(b, None, None, 3, 5))
attempt(lambda: set_slice2(t, 0, 1, [1]))
attempt(lambda: set_slice2(s, 0, 1, "x"))
attempt(lambda: set_slice2(b, "a", 1, [1]))
attempt(lambda: set_slice2({}, 0, 1, [1]))
set_slice2(b, Index(0), Index(2), ["i", "j"])
print(b)


class Loud:
    def __init__(self, name, box):
        self.name = name
        self.box = box

    def __del__(self):
        print("del", self.name, "sees", len(self.box), self.box[0])


box = [0, 0, 0, 0]
box[1] = Loud("one", box)
box[2] = Loud("two", box)
box[:3] = ["a", "b", "c"]
print("after", box)
box[1:3] = (Loud("three", box), 7)
box[1:3] = [8, 9]
print("after", box)


def multi_line(x):
    return x[
        1:2
    ]


try:
    multi_line(5)
except TypeError as e:
    import traceback
    print(e, traceback.extract_tb(e.__traceback__)[-1].lineno)

# removed items are released last to first (CPython's list_ass_slice)
box = [Loud("p", [0]), Loud("q", [0]), Loud("r", [0])]
box[0:3] = [1]
box = [Loud("s", [0]), Loud("t", [0]), 5]
del box[:2]
box = [Loud("u", [0]), Loud("v", [0])]
box.clear()
box = [Loud("w", [0]), Loud("x", [0])]
box[:] = []
print("done")


# str slices (ASCII and not), str subclasses
u = "héllo wörld ✓"
print(u[1:4], u[::-1], u[2::3], u[-3:], u[:0] == "", u[:] is u, u[5:100])
print(s[3:3], s[8:2:-1], s[::-3], s[-2:-8:-2], s[k::-1])


class S(str):
    def __getitem__(self, key):
        print("S getitem", key)
        return str.__getitem__(self, key)


sv = S("subclass")
print(sv[1:4], type(sv[:]).__name__, sv[:] == sv)
attempt(lambda: s[::0])
attempt(lambda: s[1.0:])

# reversed slices at the edges (empty lists, empty results)
e = []
print(e[::-1], e[3::-1], e[:0:-1], [1][::-1], [1][0::-1], [1, 2][-5::-1], [1, 2][:-5:-1])
print(a[0:0:-1], a[5:5:-1], a[4:-100:-1], a[100::-1], t[0::-1], t[:0:-1])
