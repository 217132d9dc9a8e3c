# Exact str keys take fast paths in d[k] = v, k in d and d.setdefault(k):
# they must still meet non-str keys of the same hash (calling __eq__),
# str subclasses with their own __eq__/__hash__, and keep insertion order
# and the values' identity.


class Twin:
    """Hashes and compares like the str it names."""

    def __init__(self, text):
        self.text = text
        self.eq_calls = 0

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        self.eq_calls += 1
        return other == self.text

    def __repr__(self):
        return "Twin(%r)" % self.text


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__repr__(self), other)
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


def stores():
    d = {}
    for w in "the quick brown the fox the quick".split():
        d[w] = d.get(w, 0) + 1
    print(d, list(d))
    # A key with the same text but a different object replaces the value.
    k = "".join(["qu", "ick"])
    d[k] = 100
    print(d["quick"], len(d))
    t = Twin("fox")
    d2 = {t: 1}
    d2["fox"] = 2
    print(d2, t.eq_calls > 0)
    print("fox" in d2, "dog" in d2)
    d3 = {Loud("ab"): 1}
    d3["ab"] = 5
    print(d3)
    print("ab" in d3)
    print(d3.get("ab"), d3["ab"])


def setdefaults():
    groups = {}
    for w in ["kalo", "kami", "loru", "kate", "lo"]:
        groups.setdefault(w[:2], []).append(w)
    print(groups)
    d = {}
    a = d.setdefault("x", [])
    b = d.setdefault("x", [1])
    print(a is b, d)
    print(d.setdefault("y"), d)
    t = Twin("z")
    d = {t: "twin"}
    print(d.setdefault("z", "str"), d)
    try:
        d.setdefault()
    except TypeError as e:
        print("TypeError:", e)
    try:
        d.setdefault("a", 1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        d.setdefault([], 1)
    except TypeError as e:
        print("TypeError:", e)


class D(dict):
    def __setitem__(self, k, v):
        print("D.__setitem__", k, v)
        dict.__setitem__(self, k, v)


def subclass():
    d = D()
    d["a"] = 1
    print(d, "a" in d, d.setdefault("b", 2), d)


stores()
setdefaults()
subclass()
