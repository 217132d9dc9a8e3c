# Inline d.get(key) / d.get(key, default) on exact dicts: misses, defaults,
# unhashable keys, __eq__/__hash__ keys, subclasses and shadowing.


def lookups(d, keys):
    out = []
    for k in keys:
        try:
            out.append((d.get(k), d.get(k, "dflt")))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


d = {"a": 1, 2: "two", (1, 2): [3], None: "none", 1.5: False}
print(lookups(d, ["a", "b", 2, 2.0, (1, 2), None, 1.5, [1], {}, True, 1]))
print(lookups({}, ["a", 0]))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        print("  hash", self.k)
        return hash(self.k)

    def __eq__(self, other):
        print("  eq", self.k)
        return other == self.k


print(lookups(d, [Key("a"), Key("zz")]))


class D(dict):
    def get(self, k, default=None):
        return "D.get"


class M(dict):
    def __missing__(self, k):
        return "missing"


print(lookups(D(a=1), ["a"]), lookups(M(a=1), ["a", "b"]))


class HasGet:
    def get(self, k, default="own"):
        return "HasGet.get " + str(default)


print(HasGet().get(1), HasGet().get(1, 2))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
get = d.get
print(get("a"), dict.get(d, 2), dict.get(d, "q", 0))
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    dict.get("notadict", 1)
except TypeError as e:
    print("TypeError:", e)
