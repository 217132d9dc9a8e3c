# A key's __eq__ that changes the dict while a lookup compares it: values
# replaced (the lookup goes on, as in CPython), keys inserted, the compared
# key deleted, the table rebuilt (the lookup restarts).
class K:
    def __init__(self, name, h, action=None):
        self.name = name
        self.h = h
        self.action = action
        self.calls = 0

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.calls += 1
        if self.action is not None:
            self.action()
        return isinstance(other, K) and other.name == self.name

    def __repr__(self):
        return "K(%s)" % self.name


d = {}
a = K("a", 1)
d[a] = 1
d["x"] = 0
d[K("b", 1)] = 2


def reassign():
    d["x"] = d["x"] + 1
    d[a] = d[a] + 10


a.action = reassign
probe = K("b", 1)
print(d[probe], d["x"], a.calls)
print(probe in d, d.get(K("zz", 1)), d["x"])
a.action = None

# The compared key deleted meanwhile: the lookup restarts.
e = {}
first = K("first", 7)
second = K("second", 7)
e[first] = "f"
e[second] = "s"


def drop_first():
    if first in e.keys() and len(e) == 2:
        first.action = None
        del e[first]


first.action = drop_first
print(e.get(K("second", 7)), sorted(k.name for k in e))

# Growth during the comparison: the table is rebuilt, the lookup restarts.
g = {}
grow_key = K("g", 3)
g[grow_key] = "g"


def grow():
    grow_key.action = None
    for i in range(100):
        g[i] = i


grow_key.action = grow
print(g.get(K("g", 3)), len(g), g.get(K("none", 3)))

# setdefault and assignment with a mutating __eq__.
h = {}
m = K("m", 5)
h[m] = "m"
h["count"] = 0


def bump():
    h["count"] += 1


m.action = bump
print(h.setdefault(K("n", 5), "n"), h.setdefault(K("m", 5), "?"), h["count"])
h[K("o", 5)] = "o"
print(sorted(str(k) for k in h), h["count"])
