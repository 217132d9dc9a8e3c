# A freed exact list goes to the list free list with its buffer: its items
# are released last to first first, and their finalizers may make and free
# lists of their own (which use the same free list) while that happens.
# Temporaries from slices (`p[:k + 1] = p[k::-1]`) are recycled the same way.
import sys


class Tracked:
    log = []

    def __init__(self, tag, spawn=0):
        self.tag, self.spawn = tag, spawn

    def __del__(self):
        Tracked.log.append(self.tag)
        # Lists made and freed while the outer list is being recycled.
        for n in range(self.spawn):
            junk = [n] * n
            junk2 = junk[::-1]
            del junk, junk2


def churn():
    xs = [Tracked(i, spawn=i % 4) for i in range(6)]
    xs = None
    print("freed", Tracked.log)
    Tracked.log.clear()
    nested = [[Tracked("a"), Tracked("b")], [Tracked("c", 3)], []]
    del nested
    print("nested", Tracked.log)
    Tracked.log.clear()


churn()

# A temporary slice holding objects: each flip frees the previous temporary.
p = [Tracked(i) for i in range(5)]
for k in (4, 2, 3, 1):
    p[: k + 1] = p[k::-1]
    print(k, [t.tag for t in p])
print("log so far", Tracked.log)
del p
print("after del", sorted(Tracked.log))

# Reused lists report the size a new one would have.
sizes = []
for n in range(0, 20):
    a = list(range(n))
    b = a[:]
    c = a[::-1]
    sizes.append((sys.getsizeof(b) == sys.getsizeof(a[:]), sys.getsizeof(c) == sys.getsizeof(list(reversed(a)))))
    del a, b, c
print(all(x and y for x, y in sizes))


class L(list):
    def __del__(self):
        print("L.__del__", len(self))


tmp = L([1, 2, 3])
tmp = None
s = [L([i]) for i in range(3)][1:]
s = None
print("done")
