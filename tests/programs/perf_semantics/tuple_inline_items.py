# Tuples of every length built every way: short ones keep their items in
# the object's own block, long ones in a separate buffer. Contents,
# equality, hashing, identity, sizes, cycle collection and the order items
# are released in must not depend on which.
import gc
import sys
from collections import namedtuple


def show(label, t):
    print(label, len(t), t, hash(t) == hash(tuple(list(t))))


# Every length 0..20, built many ways; all the ways agree.
for n in range(21):
    items = list(range(n))
    ways = [
        tuple(items),
        tuple(range(n)),
        tuple(x for x in items),
        tuple(items[:]),
        (tuple(range(n + 3)))[:n],
        tuple(range(n))[::-1][::-1],
        tuple(range(n // 2)) + tuple(range(n // 2, n)),
        tuple(items) * 1,
        (*items,),
        tuple(sorted(items)),
        tuple(x for x, _ in zip(items, items)),
    ]
    first = ways[0]
    assert all(w == first for w in ways), n
    assert all(hash(w) == hash(first) for w in ways), n
    print(n, first, hash(first), len({hash(w) for w in ways}))

# Literals and BUILD_TUPLE of every small length (with computed items).
a, b, c, d, e, f, g, h, i, j, k, l = [str(x) for x in range(12)]
built = [
    (),
    (a,),
    (a, b),
    (a, b, c),
    (a, b, c, d),
    (a, b, c, d, e),
    (a, b, c, d, e, f),
    (a, b, c, d, e, f, g),
    (a, b, c, d, e, f, g, h),
    (a, b, c, d, e, f, g, h, i),
    (a, b, c, d, e, f, g, h, i, j),
    (a, b, c, d, e, f, g, h, i, j, k),
    (a, b, c, d, e, f, g, h, i, j, k, l),
]
for t in built:
    show("built", t)
    assert t == tuple(str(x) for x in range(len(t)))
print((1, 2, 3), (1, "x", None, 2.5, (4, 5)), ((),), ((), ()))

# Repetition and concatenation across the inline limit.
for n in range(0, 8):
    for m in (0, 1, 2, 3, 5):
        t = tuple(range(n)) * m
        assert len(t) == n * m
        assert t == tuple(list(range(n)) * m)
    print("rep", n, (("a",) * n), (1, 2) * n == tuple([1, 2] * n))
x = (1, 2, 3)
print(x + (), () + x, x + x, (x + x + x + x)[::3], x * 0, 0 * x, 4 * x)
print(x * 1 is x, x + () is x, () + x is x)

# zip, enumerate, divmod, dict items.
print(list(zip("ab", "cd")), list(zip("abc", "def", "ghi")), list(zip()))
print(list(zip(*[range(k) for k in range(3, 15)])))
print(list(enumerate("xyz")), list(enumerate("xyz", 10)))
print(divmod(17, 5), divmod(-17, 5), divmod(2**70, 7), divmod(7.5, 2), divmod(-7.5, 2))
print((7.5).as_integer_ratio(), (3).as_integer_ratio())
dd = {"k%d" % n: n for n in range(6)}
print(list(dd.items()), dd.popitem(), sorted(dd.items(), reverse=True))

# namedtuple and tuple subclasses, with and without instance attributes.
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, p == (1, 2), hash(p) == hash((1, 2)), p._replace(y=5), tuple(p))
Wide = namedtuple("Wide", ["f%d" % n for n in range(14)])
w = Wide(*range(14))
print(w.f0, w.f13, len(w), w[5:9], w == tuple(range(14)))


class T(tuple):
    def total(self):
        return sum(self)


for n in (0, 1, 2, 5, 10, 11, 16):
    t = T(range(n))
    t.tag = n
    print(type(t).__name__, t, t.total(), t.tag, t == tuple(range(n)), hash(t) == hash(tuple(range(n))))
    print(type(t[:]).__name__, type(t + ()).__name__, type(t * 1).__name__)


class S(tuple):
    __slots__ = ()


s = S((1, 2, 3))
print(s, type(s).__name__, s == (1, 2, 3), hash(s) == hash((1, 2, 3)))
try:
    s.x = 1
except AttributeError as exc:
    print("AttributeError", exc)

# Tuples as dict and set keys: built differently, found the same.
table = {}
for i in range(30):
    for j in range(5):
        table[(i, j)] = i * j
hits = 0
for i in range(30):
    for j in range(5):
        key = tuple([i, j])
        if table[key] == i * j and table[(i,) + (j,)] == i * j:
            hits += 1
print("hits", hits, len(table), (3, 4) in table, (3, 40) in table)
long_keys = {tuple(range(k)): k for k in range(20)}
print(all(long_keys[tuple(list(range(k)))] == k for k in range(20)))
print(sorted(len(t) for t in {(1, 2), tuple([1, 2]), (1,) + (2,), tuple(range(1, 3))}))
nested = ((1, (2, (3, (4, ())))), ((),) * 3)
print(nested, nested == ((1, (2, (3, (4, ())))), ((), (), ())), hash(nested) == hash(eval(repr(nested))))

# The empty tuple is one object, however it is made.
empties = [(), tuple(), tuple([]), tuple(range(0)), (1, 2)[5:], (1, 2)[:0], () * 5, (1,) * 0, () + ()]
EMPTY = ()
print(all(z is EMPTY for z in empties), len(empties))

# sys.getsizeof of tuples (CPython's figures).
print([sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 3, 10, 11, 20)])

# A reference cycle through a tuple is collected.
gc.collect()
lst = []
t = (lst,)
lst.append(t)
del lst, t
print(gc.collect() >= 2)

# Items of a dying tuple are released last to first.
order = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


for n in (1, 2, 3, 10, 11, 14):
    t = tuple(D(k) for k in range(n))
    del t
    print(n, order)
    order.clear()
t = (D("a"), D("b"), (D("c"), D("d")), D("e"))
del t
print(order)
order.clear()


# A __del__ that looks at other tuples while one is being freed.
class Peek:
    def __del__(self):
        order.append(sum(len(x) for x in keep))


keep = [(1, 2), tuple(range(12))]
t = (Peek(), keep[0], Peek(), keep[1])
del t
print(order)
