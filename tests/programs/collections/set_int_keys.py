# Sets of small ints: s.add(n) and n in s decided from the probe sequence
# without calls, and every case that must leave that path: keys of other
# types equal to ints (True, 1.0, a class with __eq__), __eq__ that mutates
# the set, tables with dummies, resizes, subclasses, and the order
# deallocation releases keys in. Orders are printed unsorted: they must
# match CPython's table layout exactly.
import sys

# Orders across the resizes 8 -> 32 -> 128 -> 512 slots.
s = set()
for n in [5, 13, 21, 29, 37, 3, 11]:
    s.add(n)
    print(len(s), list(s))
s = set()
for i in range(60):
    s.add(i * 37 % 211)
print(list(s))
s = set()
for i in range(300):
    s.add((i * 7919) % 1000 - 500)
print(list(s)[:40], len(s))

# Colliding home slots, keys present further along the probe, re-adds.
s = set()
for n in [8, 16, 24, 0, 32, 8, 16, 40, 0]:
    s.add(n)
print(list(s), [n in s for n in [0, 8, 16, 24, 32, 40, 48, 56, 1]])

# -1 and -2 both hash to -2; 2**61 hashes to 1, 2**61 - 1 to 0.
s = set()
for n in [-1, -2, 1, 2**61, 0, 2**61 - 1, -(2**61), 2**62 - 1, -(2**62)]:
    s.add(n)
print(list(s))
print([n in s for n in [-1, -2, -3, 1, 2**61, 2**61 + 1, 0, 2**61 - 1, 2**62 - 1, -(2**62)]])
print(hash(-1), hash(2**61), hash(2**61 - 1))

# Heap keys equal to ints: the first stored stays.
s = {True}
s.add(1)
s.add(2)
print(s, 1 in s, True in s, 1.0 in s)
s = {1.0, 2.5}
s.add(1)
s.add(3)
print(s, 1 in s, 3.0 in s)
s = {5}
s.add(5.0)
s.add(True)
print(s, 5.0 in s, 1 in s)
s = {2**70}
s.add(2**70 % (2**61 - 1))
print(len(s), 2**70 in s)


class Key:
    """Hashes like an int; its __eq__ can mutate the set it sits in."""

    def __init__(self, h, equal, action=None):
        self.h = h
        self.equal = equal
        self.action = action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  eq", self.h, other)
        if self.action:
            self.action()
        return self.equal

    def __repr__(self):
        return f"Key({self.h})"


s = {Key(3, False), Key(11, True)}
s.add(3)
s.add(11)
print(sorted(map(repr, s)), 3 in s, 11 in s, 19 in s)
t = set(range(8, 13))
t.add(Key(4, False, lambda: t.add(20)))
t.add(4)
print(list(t), 4 in t)
u = set()
u.add(Key(6, False, lambda: u.clear()))
u.add(6)
print(list(u))
v = set()
v.add(Key(7, True, lambda: v.discard(99)))
v.add(7)
print(list(v), 7 in v)

# Tables with dummies: discards then adds reuse the last dummy of a probe.
s = set(range(0, 64, 4))
for n in range(0, 64, 8):
    s.discard(n)
for n in [1, 8, 16, 2, 3, 40, 4, 68]:
    s.add(n)
print(list(s), [n in s for n in [0, 4, 8, 16, 40, 48, 68, 132]])
s = set()
x = 7
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = (x >> 8) % 90 - 20
    if x & 1:
        s.add(k)
    else:
        s.discard(k)
    if step % 500 == 0:
        print(len(s), list(s)[:12], sum(1 for n in range(-20, 70) if n in s))
print(list(s))
p = {3, 1, 2, 9, 17, 25}
print([p.pop() for _ in range(3)], list(p))
p.add(1)
p.add(33)
print(list(p), 1 in p, 9 in p)

# Comprehensions, set displays, and a subclass.
print({i * i % 97 for i in range(200)} == set(i * i % 97 for i in range(200)))
print(list({i * i % 97 for i in range(40)}))
print(list({n % 13 for n in range(-30, 30, 7)}))


class CountingSet(set):
    def add(self, n):
        print("  add", n)
        super().add(n)

    def __contains__(self, n):
        print("  contains", n)
        return super().__contains__(n)


c = CountingSet()
for n in [4, 12, 4]:
    c.add(n)
print(sorted(c), 4 in c, 5 in c, type(c).__name__)
f = frozenset([8, 16, 24, 1])
print(list(f), 16 in f, 32 in f, 1 in f)


# Deallocation releases keys in table order.
class Noisy:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __del__(self):
        print("  del", self.name)


s = {Noisy("a", 9), 4, Noisy("b", 1), 12, Noisy("c", 5), 33}
print(sorted(n for n in s if isinstance(n, int)))
del s
print("freed")
big = set(range(100))
for i in range(3):
    big.add(Noisy(f"n{i}", 200 - 7 * i))
del big
print("freed big")
obj = Noisy("kept", 3)
before = sys.getrefcount(obj)
s = {1, 2, obj}
print(sys.getrefcount(obj) - before)
s.add(obj)
print(sys.getrefcount(obj) - before)
del s
print(sys.getrefcount(obj) - before)
del obj
print("end")
