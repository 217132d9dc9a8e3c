# dict methods: update, setdefault, pop, popitem, copy, fromkeys, merge operators
d = {"a": 1, "b": 2}
d.update({"b": 3, "c": 4})
d.update([("d", 5)], e=6)
print(d)
print(d.setdefault("a", 100), d.setdefault("z", []), d)
d["z"].append("item")
print(d["z"])
print(d.pop("a"), d.pop("nope", "default"), d)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"])
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
m1 = {"a": 1, "b": 2}
m2 = {"b": 20, "c": 30}
print(m1 | m2, m2 | m1, {**m1, **m2})
m1 |= m2
print(m1)
m1 |= [("d", 4)]
print(m1)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(reversed({"x": 1}.items())))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
