# Freed exact lists are kept and reused for new lists (a free list): reuse
# must be invisible. Lists made and freed in loops, by slicing, copying,
# concatenation and displays; lists in cycles freed by gc.collect(); large
# lists; subclasses (never reused); nested lists; __del__ order of items;
# lists freed while another is iterated; sys.getsizeof of new lists.
import gc
import sys


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)


# Slices, copies and displays made and freed in a loop.
perm = list(range(9))
total = 0
for k in range(2000):
    j = k % 9
    perm[:j + 1] = perm[j::-1]
    p = perm[:]
    q = p.copy()
    r = p + q
    s = [j, k, j]
    total += p[0] + q[-1] + len(r) + s[1]
print(total, perm)

# A reused list starts empty and unshared.
a = [1, 2, 3]
del a
b = [4, 5, 6]
c = b[:]
c.append(7)
print(b, c, [], [] == [], [] is [])

# Items are released last to first, as when a list is freed.
log = []
x = [Noisy("a", log), Noisy("b", log), Noisy("c", log)]
del x
print(log)
log = []
y = [Noisy(str(i), log) for i in range(20)]
del y
print(log)

# A finalizer that makes and frees lists while a list is being freed.
class Maker:
    def __del__(self):
        for i in range(50):
            t = [i] * 3
            u = t[::-1]
            del t, u
        print("maker done")


z = [Maker(), [1, 2], Maker()]
del z
print("after z")

# Lists in cycles, freed by the cycle collector, then reused.
gc.collect()
for i in range(100):
    l1 = [i]
    l2 = [l1]
    l1.append(l2)
    del l1, l2
print("collected", gc.collect() > 0)
fresh = [[k] for k in range(30)]
print(sum(len(f) for f in fresh), fresh[3], fresh[29])

# A cycle whose items have finalizers.
log = []
cyc = [Noisy("c1", log)]
cyc.append(cyc)
del cyc
gc.collect()
print(log)

# Very large lists are freed, not kept.
for i in range(5):
    big = list(range(1000 + i))
    big2 = big[::2]
    del big
print(len(big2), big2[-1])

# Subclasses are never reused as plain lists, and keep their attributes.
class MyList(list):
    pass


for i in range(30):
    m = MyList([i, i])
    m.tag = i
    del m
m = MyList([1, 2])
m.tag = "t"
plain = [1, 2][:]
print(type(m).__name__, m, m.tag, type(plain).__name__, plain)
print(type([1, 2] + [3]).__name__, type(MyList([1]) + [2]).__name__)
print(type(MyList([1, 2])[:]).__name__, type(MyList([1, 2]).copy()).__name__)

# Nested lists freed and rebuilt.
for i in range(200):
    nest = [[i, [i, i]], [[i]], []]
    flat = nest[0][1][:] + nest[1][0]
print(nest, flat)

# Lists freed while another list is iterated.
src = [[i, i + 1] for i in range(10)]
seen = []
for item in src:
    tmp = item[::-1]
    seen.append(tmp[0])
    del tmp
    src2 = src[:]
    del src2
print(seen)
it = iter([[1], [2], [3]])
out = []
for piece in it:
    out.append(piece[:] + [0])
print(out)

# Sizes are those of new lists, whatever list is reused.
for n in (0, 1, 3, 8, 9, 16, 17):
    base = list(range(n))
    bs = [sys.getsizeof(base[:]) for _ in range(3)]
    del base
    print(n, bs, sys.getsizeof([n, n]), sys.getsizeof([]))
grow = []
for i in range(10):
    grow.append(i)
del grow
print(sys.getsizeof([]), sys.getsizeof([0, 0, 0, 0]), sys.getsizeof([7] * 5))

# Errors from the constructors that reuse lists.
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
try:
    list.copy(3)
except TypeError as e:
    print(e)
