# Collections where some tracked objects reference no other tracked object
# (lists of strings and numbers): they take part in the counts, are
# found unreachable with the cycles that reference them, and survive with
# the objects that reach them; young tuples of atomic values spread over a
# large heap leave the generations, or are garbage with their cycle.
import gc

gc.disable()
gc.collect()

# A garbage cycle holding lists and dicts with only atomic contents.
a = ["x", "y"]
b = [a, ["s" * 3, "t"], [1, 2.5]]
a.append(b)
del a, b
print("cycle with leafy members:", gc.collect())

# A leafy list held by garbage and by a live name survives.
leafy = ["keep", "me"]
c = [leafy]
c.append(c)
del c
print("leafy list also held outside:", gc.collect(), leafy)

# Reachable chains: the leafy ends are reached, never collected.
root = [[str(i) for i in range(5)] for _ in range(50)]
root.append(["n", 1])
print("reachable leafy lists:", gc.collect(0), gc.collect(1), gc.collect(), len(root))

# A list reaching a cycle only through a leafy-looking dict that gains a
# reference to a list after creation.
d = {"a": 1}
e = [d]
d["back"] = e
del d, e
print("dict that later references a list:", gc.collect())

# Many young tuples of atomic values over several arenas, with cycles in
# between; then the same cycles after the tuples were seen once.
rows = []
for i in range(60000):
    rows.append((i, str(i), i / 3))
    if i % 5000 == 0:
        x = [(i, "a"), [str(i)], ["v", i]]
        x.append(x)
        del x
print("cycles among young leaves:", gc.collect(0))
for i in range(0, 60000, 7000):
    y = [rows[i], (i, None)]
    y.append(y)
    del y
print("cycles holding old leaves:", gc.collect(0))
print("generation 1:", gc.collect(1), "full:", gc.collect())
del rows
print("after rows:", gc.collect())


# A finalizer resurrects an object holding a leafy list: both survive.
saved = []


class Keeper:
    def __init__(self):
        self.words = ["one", "two"]
        self.me = self

    def __del__(self):
        saved.append(self)


k = Keeper()
del k
print("resurrected:", gc.collect(), saved[0].words)
saved[0].me = None
saved.clear()
print("released:", gc.collect())
print("count after:", gc.get_count()[1:])
