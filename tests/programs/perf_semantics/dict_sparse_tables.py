# Dicts that grow past 65536 index slots (kept sparser than CPython's) and
# shrink again: insertion order through every resize, deletions leaving
# dummies then compacted, popitem, copies, clear and regrowth, presized
# dicts (dict.fromkeys, dict(zip)), and lookups of every kind of key.

d = {}
for i in range(60000):
    d[i * 7919 % 100003] = i
    if i % 9 == 0:
        del d[(i // 2) * 7919 % 100003]
print(len(d), list(d)[:5], list(d)[-5:], sum(d.values()))
print(d.get(7919), d.get(5 * 7919 % 100003, "gone"), 99999 in d)

# Delete most entries, then insert: the table is rebuilt smaller.
for k in list(d)[:50000]:
    del d[k]
print(len(d), list(d.items())[:3])
for i in range(30000):
    d["s%d" % i] = i
print(len(d), list(d)[5520:5525], d["s29999"], d.get("s30000"))
print(d.popitem(), d.popitem(), len(d))

# Copies and merges keep order.
c = d.copy()
c.update({"extra": 1, "s0": "replaced"})
print(len(c), list(c)[-2:], c["s0"], c == d, len(c | d))
m = dict(d)
del m["s1"]
print(len(m), m == d, {**m, "s1": 1} == d)

# clear() and grow again.
d.clear()
print(len(d), list(d))
for i in range(100000):
    d[(i, -i)] = i
print(len(d), d[(12345, -12345)], (12345, 12345) in d, list(d)[-1])

# Presized dicts.
f = dict.fromkeys(range(80000), 0)
print(len(f), f[79999], list(f)[:3])
z = dict(zip(range(0, 300000, 3), range(100000)))
print(len(z), z[299997], z.get(1), list(z.items())[-2:])
comp = {str(i): i for i in range(70000)}
print(len(comp), comp["69999"], "70000" in comp, list(comp)[::17500])

# Equal keys of other types, in a big table.
print(f[1.0], f.get(True), 79999.0 in f, 80000.0 in f, f.get(2 ** 70))
f[1.0] = "float"
print(f[1], type(list(f)[1]).__name__)

# Iteration that adds keys fails even after a resize.
try:
    for k in f:
        f[k + 10 ** 6] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(f))
