# dst[a:b] = src[c:d:e] of locals and constants: one runtime call copies
# the items when both are exact lists, the bounds None or small ints and
# the slices equally long; everything else runs the statement as written.
import sys


def flips(perm):
    count = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count


print(flips([3, 0, 2, 1, 4]), flips([4, 3, 2, 1, 0]), flips([0]))


def copies():
    a = list(range(10))
    b = [x * 10 for x in range(10)]
    a[2:5] = b[7:4:-1]
    print(a)
    a[1:4] = a[0:3]
    print(a)
    a[:] = a[::-1]
    print(a)
    a[-3:] = b[:3]
    print(a)
    a[8:100] = b[-2:]
    print(a)
    a[0:2] = b[0:6:3]
    print(a)
    k = 20
    a[:k + 1] = a[k::-1]
    print(a)
    k = -3
    a[:k + 1] = a[k::-1]
    print(a)
    k = 4
    a[k - 2:k] = b[k:k + 2]
    print(a)


copies()


def lengths():
    a = [1, 2, 3, 4, 5]
    b = ["x", "y", "z"]
    a[1:2] = b[0:3]
    print(a)
    a[:4] = b[1:2]
    print(a)
    a[2:2] = b[::-1]
    print(a)
    big = list(range(40))
    big[:35] = big[34::-1]
    print(big[:6], big[30:])
    n = 2 ** 70
    a[:n] = b[:n]
    print(a)
    a[-n:2] = b[-n:1]
    print(a)


lengths()


def errors():
    a = [1, 2, 3]
    try:
        a[:1] = a[::0]
    except ValueError as e:
        print("ValueError:", e)
    k = 1.5
    try:
        a[:k + 1] = a[k::-1]
    except TypeError as e:
        print("TypeError:", e)
    t = (1, 2, 3)
    try:
        t[:1] = a[:1]
    except TypeError as e:
        print("TypeError:", e)
    a[:2] = t[1:3]
    print(a)
    try:
        del k
        a[:k + 1] = a[k::-1]
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


errors()


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


class Sneaky(int):
    """An int whose `+` changes the list between the slice and the store."""

    target = None

    def __add__(self, other):
        print("add runs after the source slice:", Sneaky.target)
        Sneaky.target.append(99)
        return int(self) + other


def protocols():
    a = [0, 1, 2, 3, 4]
    k = Index(2)
    a[:3] = a[k::-1]
    print(a)
    k = True
    a[:k + 1] = a[k::-1]
    print(a)
    k = Sneaky(2)
    Sneaky.target = a
    a[:k + 1] = a[k::-1]
    print(a)


protocols()


class Noisy:
    log = []

    def __init__(self, name, victim=None):
        self.name = name
        self.victim = victim

    def __repr__(self):
        return self.name

    def __del__(self):
        Noisy.log.append(self.name)
        if self.victim is not None:
            self.victim.clear()


def finalizers():
    a = [Noisy("a0"), Noisy("a1"), Noisy("a2"), Noisy("a3")]
    b = [Noisy("b0"), Noisy("b1"), Noisy("b2")]
    a[1:3] = b[2:0:-1]
    print(a, Noisy.log)
    Noisy.log.clear()
    a[:2] = a[1::-1]
    print(a, Noisy.log)
    victim = [Noisy("v0"), Noisy("v1")]
    c = [Noisy("c0", victim), 5]
    src = [Noisy("s0"), 6]
    victim[:2] = src[:2]
    c[:1] = victim[1:]
    print(c, victim, Noisy.log)
    Noisy.log.clear()
    x = Noisy("x")
    d = [x, x, 1]
    e = [2, 3]
    print(sys.getrefcount(x))
    d[:2] = e[:]
    print(d, sys.getrefcount(x), Noisy.log)
    del x
    print(Noisy.log)


finalizers()


class MyList(list):
    def __getitem__(self, key):
        print("getitem", key)
        return list.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("setitem", key, value)
        list.__setitem__(self, key, value)


def subclasses():
    m = MyList([1, 2, 3])
    p = [7, 8, 9]
    m[:2] = p[1:]
    p[:2] = m[1:]
    print(m, p)


subclasses()

g = [5, 6, 7, 8]
h = 2
g[:h + 1] = g[h::-1]
print(g)


def sizes():
    total = 0
    for n in range(1, 12):
        perm = list(range(n))
        for k in range(n):
            perm[:k + 1] = perm[k::-1]
        total = total * 31 + sum(i * v for i, v in enumerate(perm))
    print(total % 1000000007)


sizes()
