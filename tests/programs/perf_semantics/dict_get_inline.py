# `d.get(k)` with an exact str key whose hash is cached is answered in
# place when the probe finds the key object itself or an empty slot;
# everything else goes to the runtime.
import sys

ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
out = []
for ch in 'a"b\\c\nd\te':
    out.append(ESC.get(ch))
    out.append(ESC.get(ch, ch))
print(out)

# Keys equal to the probe but other objects (built at run time).
d = {}
words = ["alpha", "beta", "gamma"]
for w in words:
    d[w] = len(w)
built = ["al" + "pha", "be" + "ta", "gam" + "ma", "delta"[:3], "zeta"]
print([d.get(w) for w in built], [d.get(w, -1) for w in built])

# Deleted slots on the probe sequence, then a key that follows them.
for i in range(40):
    d["k%d" % i] = i
for i in range(0, 40, 2):
    del d["k%d" % i]
print([d.get("k%d" % i, "gone") for i in range(10)])

# An empty dict and a dict emptied by deletions.
e = {}
print(e.get("x"), e.get("x", 0))
e["x"] = 1
del e["x"]
print(e.get("x"), e.get("x", 0))


# A str subclass key and keys that hash like a str.
class S(str):
    pass


class SameHash:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("eq called")
        return other == self.s


m = {SameHash("abc"): "samehash"}
print(m.get("abc"), m.get(S("abc")), m.get("abd", "nope"))
t = {S("sub"): 1}
print(t.get("sub"), t.get(S("sub")))

# Dict subclasses and non-dict receivers with a `get` method.
class D(dict):
    def get(self, k, default=None):
        return ("D.get", k, default)


class Missing(dict):
    def __missing__(self, k):
        return "missing"


class G:
    def get(self, k, default=None):
        return ("G.get", k)


for obj in (D(a=1), Missing(a=1), G()):
    print(obj.get("a"), obj.get("b"), obj.get("b", 5))

# References: the value and the default get their own.
val = object()
dflt = object()
r = {"v": val}
before = (sys.getrefcount(val), sys.getrefcount(dflt))
got = [r.get("v") for _ in range(100)] + [r.get("w", dflt) for _ in range(100)]
print(sys.getrefcount(val) - before[0], sys.getrefcount(dflt) - before[1])
del got
print(sys.getrefcount(val) - before[0], sys.getrefcount(dflt) - before[1])

# Non-str keys still work.
n = {1: "one", 2.5: "f", (1, 2): "t", None: "none"}
print(n.get(1), n.get(1.0), n.get(2.5), n.get((1, 2)), n.get(None), n.get(3))
try:
    n.get([1])
except TypeError as ex:
    print("TypeError", ex)
