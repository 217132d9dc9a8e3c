# Fast paths of dict stores, list(d)/tuple(d)/sorted(d) and lookups: each
# checked against what the generic protocol gives, with the edge cases
# (subclasses, holes left by deletions, keys with their own __eq__ and
# __hash__, values freed by a store, str subclasses as keys).
import sys


class LoudIter(dict):
    def __iter__(self):
        print("LoudIter.__iter__")
        return iter(sorted(dict.keys(self), reverse=True))


class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class S(str):
    def __hash__(self):
        return str.__hash__(self)

    def __eq__(self, other):
        print("S.__eq__", str(self), other)
        return str.__eq__(self, other)


# list(d), tuple(d), sorted(d), l.extend(d): the keys in insertion order,
# holes from deletions skipped, a subclass's own __iter__ honoured.
d = {k: len(k) for k in ["pear", "fig", "apple", "kiwi", "date"]}
del d["fig"]
del d["kiwi"]
d["fig"] = 9
print(list(d), tuple(d), sorted(d))
l = ["x"]
l.extend(d)
print(l)
e = {}
print(list(e), tuple(e), sorted(e))
m = {1: "a", (2, 3): "b", "c": 4, 2.5: None, None: 0}
print(list(m), tuple(m))
ld = LoudIter(a=1, b=2, c=3)
print(list(ld))
print(tuple(ld))
print(sorted(ld))
# sys.getsizeof of list(d): CPython presizes it to the even number at or
# above len(d).
for n in range(0, 7):
    dn = dict.fromkeys(range(n))
    print(n, sys.getsizeof(list(dn)) - sys.getsizeof([]))
# The keys of a list made from a dict are shared objects.
k1 = "".join(["sh", "ared"])
dk = {k1: 1}
lk = list(dk)
print(lk[0] is k1, sys.getrefcount(k1))

# Stores replacing a value: the old value is released at once, after the
# store (its __del__ sees the new value).
box = {"v": Tracked("first")}


def show_on_del(name):
    t = Tracked(name)
    return t


box["v"] = Tracked("second")
print("after store", box["v"].name)
box["v"] = 1
print("after int store", box["v"])
box["v"] = box["v"] + 1
print(box)
# An old value whose __del__ mutates the dict during the store.


class Mutator:
    def __del__(self):
        box["added_by_del"] = True
        print("Mutator.__del__ len", len(box))


box["m"] = Mutator()
box["m"] = "replaced"
print(sorted(box.items(), key=repr))

# Str keys next to keys of other types with the same hash.
h = hash("alpha")
kd = {Key("k", h): 1}
kd["alpha"] = 2
kd["alpha"] = 3
print(kd[Key("k", h)], kd["alpha"], len(kd))
kd[Key("k", h)] = 4
print(sorted(kd.values()))
# A str subclass key equal to an exact str key.
sd = {"beta": 1}
sd[S("beta")] = 2
print(sd, type(list(sd)[0]).__name__)
sd2 = {S("gamma"): 1}
sd2["gamma"] = 2
print(sd2, type(list(sd2)[0]).__name__)
# Non-ASCII and long str keys, keys built anew each time.
ud = {}
for w in ["café", "naïve", "日本", "😀x", "a" * 40, "", "café"]:
    ud[w] = ud.get(w, 0) + 1
    ud["".join(list(w))] = ud["".join(list(w))] + 1
print(ud)
# Int, big int, float, bool, tuple keys that compare equal.
nd = {}
nd[1] = "int"
nd[1.0] = "float"
nd[True] = "bool"
nd[2 ** 70] = "big"
nd[float(2 ** 70)] = "bigfloat"
nd[(1, 2)] = "tuple"
nd[(1.0, 2)] = "tuple2"
nd[-1] = "minus one"
nd[-2] = "minus two"
print(nd)
# hash(-1) == hash(-2): both stored, both found.
print(nd[-1], nd[-2], hash(-1) == hash(-2))
# Unhashable keys raise with CPython's message.
for bad in ([], {}, {1}):
    try:
        nd[bad] = 1
    except TypeError as ex:
        print("TypeError", ex)
# Stores into a dict subclass with __setitem__ go through it.


class Logged(dict):
    def __setitem__(self, k, v):
        print("Logged set", k, v)
        dict.__setitem__(self, k, v * 2)


lg = Logged()
lg["a"] = 1
lg[(1, 2)] = 3
print(lg, list(lg))
