# Objects of every block size (plain instances, floats and tuples, strs and
# lists, dicts and iterators) allocated, freed and reused in mixed order,
# some in reference cycles that only the cycle collector frees: values
# must survive reuse of the blocks around them, and finalizers run once.
import gc

deleted = []


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.other = None
        self.payload = (tag, float(tag) / 4, str(tag) * 3, [tag, -tag], {tag: tag})

    def __del__(self):
        deleted.append(self.tag)


def churn(n):
    keep = []
    for i in range(n):
        a = Node(i)
        b = Node(i + 100000)
        a.other = b
        b.other = a  # a cycle: freed only by the collector
        f = i * 0.5
        t = (f, i, "x" * (i % 40))
        it = iter([i, i + 1])
        if i % 7 == 0:
            keep.append((t, next(it), f + 1.0, [i] * (i % 5), {"k": str(i)}))
    return keep


gc.collect()
kept = churn(3000)
gc.collect()
print("finalizers ran once each:", len(deleted) == len(set(deleted)) == 6000)
print("sum of tags:", sum(deleted))
total = 0.0
for t, n, f, l, d in kept:
    total += t[0] + n + f + sum(l) + len(t[2]) + int(d["k"])
print("kept values intact:", len(kept), total)

# Interleave sizes so freed blocks of one size are reused while others live.
objs = []
for i in range(20000):
    objs.append(i * 1.5)
    objs.append((i, i))
    objs.append(str(i))
    objs.append(Node(-1) if i % 1000 == 0 else None)
    if i % 3 == 0:
        del objs[-4:-2]
print(len(objs), sum(x for x in objs if type(x) is float))
print(sorted(set(type(x).__name__ for x in objs)))
