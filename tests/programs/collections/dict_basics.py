# dict basics: insertion order, access, membership, views
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
del d["a"]
d["a"] = 100
print(d)
keys = d.keys()
vals = d.values()
items = d.items()
print(keys, vals, items)
d["new"] = 0
print(list(keys), list(vals), len(items), ("new", 0) in items, "new" in keys)
print(keys & {"a", "zzz"}, sorted(keys | {"q"}), sorted(keys - {"b"}))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": 1}, j=2))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"})
print(d == {"b": 20, "c": 3, "a": 100, "new": 0}, {1: 2} == {1: 2.0}, {} == dict())
try:
    d[["list"]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d["missing"])
except KeyError as e:
    print(type(e).__name__, e)
nested = {"user": {"name": "ann", "roles": ["admin", "dev"]}}
print(nested["user"]["roles"][1], nested.get("user", {}).get("age", "n/a"))
