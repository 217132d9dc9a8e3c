# Objects of every size class allocated interleaved, in numbers that fill
# many arenas, with cycles among them: the collector finds every cycle in
# memory shared by the classes, and the survivors keep their values.
import gc


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def build(n):
    out = []
    for i in range(n):
        f = i * 0.5 + 1e300 * (i % 2)
        big = 10 ** 20 + i
        s = "s" * (i % 40) + str(i)
        t = (i, s, f) if i % 3 else (i,)
        p = Pair(t, [big, s])
        q = Pair(p, None)
        p.b.append(q)
        if i % 4 == 0:
            out.append(p)
    return out


gc.disable()
gc.collect()
kept = build(60000)
print("collected", gc.collect())
total = 0
for p in kept:
    total += p.a[0] + len(p.b[1]) + (p.b[0] - 10 ** 20)
print(len(kept), total)
kept = kept[::2]
print("half", gc.collect())
again = build(30000)
print(len(again), sum(p.a[0] for p in again), gc.collect())
del kept, again
print("all", gc.collect())
