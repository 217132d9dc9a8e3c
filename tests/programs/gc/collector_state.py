# The collector keeps its per-object state in the objects themselves while
# it runs (CPython keeps gc_refs in the GC header): what survives a
# collection must keep its exact reference counts, however the collection
# ends (garbage found, resurrection by __del__, a nested gc.collect(), a
# container borrowed by running code).
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


def refcounts(objs):
    return [sys.getrefcount(o) for o in objs]


# Survivors of a collection keep their exact reference counts: the
# collector's bookkeeping in the objects leaves nothing behind.
gc.collect()
keep = [Node(i) for i in range(5)]
for i, n in enumerate(keep):
    n.links.append(keep[(i + 1) % 5])
    n.links.append(n)
shared = {"k": keep[0]}
keep[3].links.append(shared)
before = refcounts(keep + [shared])
print(gc.collect(0), gc.collect(1), gc.collect())
print(refcounts(keep + [shared]) == before)

# An object referenced many times from inside one garbage cycle.
gc.collect()
target = Node("target")
big = [target] * 1000
big.append(big)
target.links.append(big)
del target, big
print("many refs", gc.collect())

# The same, but one reference comes from outside: all of it survives.
target = Node("t2")
big = [target] * 500
big.append(big)
target.links.append(big)
outside = big
del big
print("outside ref", gc.collect(), len(outside), sys.getrefcount(outside[0]))
del outside, target
print("freed", gc.collect())


# Resurrection: __del__ stores the object in a global; it and what it
# reaches survive, with correct counts, and a second cycle is freed.
saved = []


class Phoenix:
    def __init__(self):
        self.me = self
        self.data = [1, 2, 3]

    def __del__(self):
        saved.append(self)


p = Phoenix()
q = Node("q")
q.links.append(q)
del p, q
print("resurrect", gc.collect(), len(saved), saved[0].data, sys.getrefcount(saved[0]))
saved[0].me = None
saved.clear()
print("after", gc.collect())


# gc.collect() from a finalizer during a collection finds nothing more.
class Nested:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("nested collect", gc.collect())


n = Nested()
del n
print("outer", gc.collect())

# A collection while a list is being sorted (the key function runs it):
# the list and what it holds survive.
gc.collect()
items = [Node(i) for i in range(6)]
for it in items:
    it.links.append(items)


def key(node):
    if node.name == 3:
        junk = []
        junk.append(junk)
        del junk
        print("during sort", gc.collect())
    return -node.name


items.sort(key=key)
print([n.name for n in items], sys.getrefcount(items) - 1)
del items
print("sorted list freed", gc.collect())

# Cycles through closures and generators.
def make():
    x = []

    def f():
        return x

    x.append(f)
    return f


f = make()
del f
print("closure", gc.collect())


def gen():
    me = yield
    yield me


g = gen()
next(g)
g.send(g)
del g
print("generator", gc.collect())
print(gc.get_count()[1:], gc.get_threshold())
