# Lookups whose probe meets a key that only __eq__ can compare: get,
# setdefault, `in`, `(a, b) in d`, `d[a, b]`, with __eq__ that mutates the
# dict being probed, raises, or says equal to a str or a pair.


class Same:
    """Hashes like `target`; equal to it; counts the comparisons."""

    calls = 0

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash(self.target)

    def __eq__(self, other):
        Same.calls += 1
        return other == self.target

    def __repr__(self):
        return "Same(%r)" % (self.target,)


d = {Same("ab"): 1, Same((1, 2)): 2, "cd": 3, (3, 4): 4}
print(d.get("ab"), d.get("zz", "dflt"), "ab" in d, "zz" in d)
print((1, 2) in d, (3, 4) in d, (5, 6) in d, d[1, 2], d[3, 4])
print(d.setdefault("ab", 9), d.setdefault("new", 10), len(d))
print(Same.calls > 0)


class Mutating:
    def __init__(self, d, h):
        self.d = d
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("Mutating.__eq__ adds keys")
        for i in range(20):
            self.d["filler%d" % i] = i
        return False


m = {}
m[Mutating(m, hash("key"))] = "m"
print(m.get("key"), len(m))
m2 = {}
m2[Mutating(m2, hash((7, 8)))] = "m2"
print((7, 8) in m2, len(m2))
m3 = {}
m3[Mutating(m3, hash("k3"))] = "m3"
print(m3.setdefault("k3", "set"), len(m3), m3["k3"])


class Raising:
    def __hash__(self):
        return hash("boom")

    def __eq__(self, other):
        raise ValueError("eq failed for %r" % (other,))


r = {Raising(): 1}
for f in (lambda: r.get("boom"), lambda: "boom" in r,
          lambda: r.setdefault("boom", 2), lambda: r["boom"]):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
rp = {}
rp[Raising.__new__(type("RP", (Raising,), {"__hash__": lambda s: hash((1, 2))}))] = 1
for f in (lambda: (1, 2) in rp, lambda: rp[1, 2]):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
# Equal but not identical tuples and strs, floats and bools inside pairs.
t = {(1, 2): "a", ("x", "y"): "b", (1.0, 2.5): "c"}
print((1.0, 2) in t, (True, 2) in t, t[1.0, 2.0], ("x", "y") in t, t["".join("x"), "y"])
print((1, 2.5) in t, t[1, 2.5])
print((2 ** 64, 1) in t, ("x", 1) in t)
try:
    t[9, 9]
except KeyError as e:
    print("KeyError", e)
