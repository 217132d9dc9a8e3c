# Tuples in cycles: tuples of strings and numbers can never be part of a
# cycle (the collector stops looking at them, as CPython untracks them);
# tuples holding containers, instances of user classes or of str
# subclasses can, as can instances of tuple subclasses.
import gc

gc.disable()  # only explicit collections: their counts are deterministic


class S(str):
    pass


class T(tuple):
    pass


class Node:
    pass


gc.collect()

s = S("text")
s.pair = (s, 1, "a")
del s
print("str subclass in a tuple it holds:", gc.collect(0))

keys = [(i, str(i)) for i in range(100)]
gc.collect(0)  # the tuples are seen once
cycle = [keys]
cycle.append(cycle)
del keys, cycle
print("list of atomic tuples in a cycle:", gc.collect(0), gc.collect(1))

items = []
t = (1, "x", items)
items.append(t)
del items, t
print("tuple and list:", gc.collect())

t = T((1, 2))
t.me = t
del t
print("tuple subclass with an attribute:", gc.collect())

n = Node()
n.keys = [(1, 2.5, "three", None, True, b"four")] * 3
n.key = ((1, 2), (3, (4, 5)))
gc.collect(0)
n.me = n
gc.collect(1)
n.keys.append((n, 1))
del n
print("old instance with tuples:", gc.collect(0), gc.collect(1), gc.collect(2))

table = {(i, i + 1): [i] for i in range(1000)}
gc.collect()
table[(0, 1)].append(table)
del table
print("dict with tuple keys in a cycle:", gc.collect())


class I(int):
    pass


class B(bytes):
    pass


i, b = I(7), B(b"x")
i.other, b.other = b, i
del i, b
print("int and bytes subclasses (their dicts count):", gc.collect())
