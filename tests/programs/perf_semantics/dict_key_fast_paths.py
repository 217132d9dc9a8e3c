# Dict lookups of exact str keys probed by their text, tuple keys hashed
# without a call per item, dict equality with str keys: the edges.


class S(str):
    """A str subclass whose __eq__ and __hash__ are its own."""

    def __eq__(self, other):
        print("S.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


class Plain(str):
    pass


class H:
    """Hashes like the str "ab" and equals it."""

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("H.__eq__", type(other).__name__)
        return other == "ab"


def make(s):
    # A new str object with the text `s` (not the interned constant).
    return "".join(list(s))


d = {"ab": 1, "cd": 2, "x": 3}
k = make("ab")
print(d[k], d.get(k), k in d)
print(d.get(make("zz")), make("zz") in d, d.get(make("zz"), "dflt"))
# str subclass keys: found by equality, their __eq__ runs when probed
print(d.get(S("ab")), S("cd") in d, d[Plain("x")])
# a dict holding a str-subclass key, probed with an exact str
e = {S("ab"): "sub"}
print(e.get("ab"), "ab" in e, e.get(make("ab")))
e[make("ab")] = "replaced"
print(e, len(e), type(list(e)[0]).__name__)
# a non-str key with the hash of a str key
f = {H(hash("ab")): "h"}
print(f.get("ab"), "ab" in f)
f["ab"] = "str store"
print(len(f), list(f.values()))
g = {"ab": 1}
g[H(hash("ab"))] = 2
print(len(g), g["ab"])
# setdefault with new str objects and subclasses
sd = {}
for w in ["ka", "lo", "ka", make("ka"), Plain("lo")]:
    sd.setdefault(w[:2], []).append(w)
print(sd)
# KeyError messages
for key in [make("nope"), S("nope"), ("a", 1), (1, 2)]:
    try:
        d[key]
    except KeyError as ex:
        print("KeyError", repr(ex), type(ex.args[0]).__name__)

# tuple keys: hashes equal CPython's, mixed item types, nesting
t = {}
for i in range(-3, 4):
    for j in (0, 1, 2**40, -(2**62), "s", make("s")):
        t[(i, j)] = (i, j)
print(len(t), t[(1, "s")], (1, make("s")) in t, (1, 2**40) in t)
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, make("a"))))
print({(1, 2): "a"}.get((1, 2)), {((1, 2), 3): 1}.get(((1, 2), 3)))
print({(1.5, 2): "f"}.get((1.5, 2)), {(1, 2): 0}.get((1.0, 2.0)))
print({(True, 2): "b"}.get((1, 2)), {(): "empty"}[()])


class T(tuple):
    def __hash__(self):
        print("T.__hash__")
        return 7

    def __eq__(self, other):
        print("T.__eq__")
        return tuple.__eq__(self, other)


tt = {T((1, 2)): "sub"}
print(tt.get((1, 2)), (1, 2) in tt, tt.get(T((1, 2))))
try:
    {}[(1, [2])]
except TypeError as ex:
    print("TypeError", ex)
try:
    (1, [2]) in {}
except TypeError as ex:
    print("TypeError", ex)


# dict equality: str keys made anew, subclass keys, values that differ
a = {"alpha": 1, "beta": [1, 2], "gamma": {"x": 1.5}}
b = {make("alpha"): 1, make("beta"): [1, 2], make("gamma"): {make("x"): 1.5}}
print(a == b, a != b, b == a)
b[make("beta")] = [1, 3]
print(a == b)
c = {S("alpha"): 1, "beta": [1, 2], "gamma": {"x": 1.5}}
print(a == c, c == a)


class Mutating:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.clear()
        return True

    __hash__ = object.__hash__


m1 = {}
m1["k"] = Mutating(m1)
m2 = {"k": 0}
print(m1 == m2, m1)


# tuple-key hashes must agree with hash() and with the hashes sets keep
# (set operations against dicts reuse them): -1 items, big ints, strs,
# longer and nested tuples
keys = [(-1, -1), (-1,), (1, -1, 2), (2**62, 1), ("a", -1, 3, 4), (1, 2, 3, 4, 5),
        ((1, 2), 3), (1.0, 2), (-2, -1), (0, 0), (make("ab"), 1)]
dk = dict.fromkeys(keys, 0)
sk = set(keys)
print(all(k in dk for k in sk), all(k in sk for k in dk))
print(sorted(map(repr, sk - dk.keys())), len(sk & dk.keys()), sk.difference(dk) == set())
print([dk[k] for k in keys] == [0] * len(keys), {k: hash(k) for k in keys} == {k: hash(k) for k in sk})
print(hash((-1, -1)), hash((-1, 5)), hash((1, 2)), hash((2**62, 1)))
