# Tuples of atomic values leave the collector's generations once a
# collection finds them reachable (CPython's untrack_tuples runs after the
# unreachable objects are set apart): one that is garbage the first time a
# collection sees it is counted with the rest of its cycle.
import gc

gc.disable()  # only explicit collections: their counts are deterministic
gc.collect()

a = []
a.append(a)
a.append((1, "x", 2.5))
del a
print("fresh atomic tuple in a cycle:", gc.collect())

t = (1, "y")
gc.collect()  # seen reachable: untracked from now on
b = [t]
b.append(b)
del b, t
print("untracked tuple in a cycle:", gc.collect())

rows = [(i, str(i)) for i in range(1000)]
holder = [rows]
holder.append(holder)
del rows, holder
print("list of fresh tuples in a cycle:", gc.collect(0))

kept = [(i, "k") for i in range(100)]
print("reachable fresh tuples:", gc.collect(0))
cycle = [kept]
cycle.append(cycle)
del kept, cycle
print("the same tuples, later garbage:", gc.collect())

n = []
inner = (n, 1)
outer = (inner, "o")
n.append(outer)
del n, inner, outer
print("tuples holding a list:", gc.collect())
