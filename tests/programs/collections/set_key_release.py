# Sets of small ints free their slots without releasing keys; any other key
# (added directly, by update/merge, copy, swap of bodies) must still be
# released when the set goes, in CPython's order, and exactly once.
import sys

log = []


class Noisy:
    def __init__(self, name, h=7):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self is other

    def __del__(self):
        log.append(self.name)

    def __repr__(self):
        return "Noisy(%s)" % self.name


def flush(label):
    print(label, log)
    log.clear()


# Only small ints, grown through several resizes, then dropped.
s = set()
for i in range(200):
    s.add(i * 3)
print(len(s), sum(s), min(s), max(s))
del s

# A heap key added after many ints: released when the set goes.
s = {1, 2, 3}
for i in range(40):
    s.add(i)
s.add(Noisy("a"))
flush("before del a")
del s
flush("after del a")

# A heap key added then removed: the set no longer owns it.
s = {5, 6}
n = Noisy("b")
s.add(n)
s.remove(n)
del n
flush("removed b")
s.add(9)
del s
flush("after del int set")

# Big ints, floats, strings, True: references the set owns.
big = 10**30
s = {1, 2}
s.add(big)
s.add(2.5)
s.add("héllo")
s.add(True)  # equal to 1: not stored
print(sys.getrefcount(big) - sys.getrefcount(10**30 + 0 * 0) >= 0)
print(sorted(s, key=str))
r0 = sys.getrefcount(big)
del s
print("big released", sys.getrefcount(big) == r0 - 1)

# Keys arriving through update from another set (merge), frozenset, copy.
src = {Noisy("c", 1), Noisy("d", 2)}
dst = set()
dst.update(src)
del src
flush("src gone")
cp = dst.copy()
del dst
flush("dst gone")
del cp
flush("copy gone")

src = frozenset([Noisy("e", 3)])
dst = {1, 2, 3}
dst |= src
del src
flush("frozenset gone")
del dst
flush("dst2 gone")

# Bodies swapped (in-place operators rebuild through a temporary).
a = {1, 2, 3, 4}
b = {Noisy("f", 2), 3, 4}
a ^= b
print(sorted((x if isinstance(x, int) else x.name for x in a), key=str))
del b
flush("b gone")
del a
flush("a gone")

x = {Noisy("g", 5), 1}
x &= {1}
flush("after &=")
print(x)
del x

# clear() then ints only, then a heap key again.
s = {Noisy("h"), 1, 2}
s.clear()
flush("cleared")
s.add(4)
s.add(Noisy("i"))
del s
flush("after clear re-add")

# pop() of an int set and of a mixed one.
s = {Noisy("j", 0), 8, 16}
order = []
while s:
    v = s.pop()
    order.append(v if isinstance(v, int) else v.name)
    del v
print(order)
flush("popped")

# A set subclass with int keys, and a set holding itself indirectly.
class S(set):
    pass


t = S(range(50))
t.add(Noisy("k"))
del t
flush("subclass gone")

holder = []
s = {1, 2}
holder.append(s)
s.add(Noisy("l"))
del s
flush("still held")
holder.clear()
flush("holder cleared")

# Iteration order of resized int tables is CPython's.
s = {p}.copy() if (p := 40) else None
for n in (41, 29, 51, 39, 30, 50, 28, 52, 18, 62, 7, 73, 95, 84):
    s.add(n)
print(list(s))
liberties = set()
for n in (0, 32, 64, 96, 8, 40, 72, 104, 1, 33):
    if n not in s:
        liberties.add(n)
print(list(liberties))
print(list(liberties | s))
