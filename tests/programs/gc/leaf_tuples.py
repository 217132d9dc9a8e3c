# Tuples of atomic values seen by a collection for the first time: counted
# as garbage when only garbage references them (twice by the same object,
# by several garbage objects), not when a live object or an object a
# finalizer resurrected also references them; untracked for good otherwise.
import gc

gc.disable()
gc.collect()
one = int("1")

t = (one, "two", 3.0)
a = [t, t]
a.append(a)
del t, a
print("leaf twice in one garbage list:", gc.collect())

t = ("shared", one)
b = [t]
b.append(b)
c = {"k": t}
c["self"] = c
del t, b, c
print("leaf in two garbage containers:", gc.collect())

t = (5, one)
d = [t]
d.append(d)
keep = [t]
del t, d
print("leaf also held by a live list:", gc.collect(), keep)

saved = []


class Saver:
    def __init__(self, t):
        self.t = t
        self.me = self

    def __del__(self):
        saved.append(self)


s = Saver((one, "nine"))
del s
print("leaf of a resurrected object:", gc.collect(), saved[0].t)
saved[0].me = None
saved.clear()
print("after release:", gc.collect())

rows = [(i, str(i), i / 2) for i in range(500)]
print("reachable leaves:", gc.collect(0))
rows.append(rows)
del rows
print("same leaves later:", gc.collect())

for gen in (0, 1, 2):
    x = [(gen, "a"), (gen, None, True), ((gen,), 1)]
    x.append(x)
    del x
    print("generation", gen, gc.collect(gen))

nested = [((one, 2), (3, (4, one)))]
nested.append(nested)
del nested
print("nested tuples:", gc.collect())
for i in range(3):
    junk = [(j, -j) for j in range(2000)]
    junk.append([junk])
    del junk
    print("round", i, gc.collect(i % 3))
