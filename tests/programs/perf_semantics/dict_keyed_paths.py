# Dict lookups of keys that are not exact strs (the inlined key hashes and
# the probe that compares without __eq__ until a key needs it): tuple keys
# built again for each lookup, numeric keys that compare equal across types,
# keys whose __eq__ runs Python code (counting, mutating the dict), str
# subclass keys, and the KeyError messages.


def tuple_keys():
    table = {}
    for i in range(60):
        for j in range(i % 7, 20, 7):
            table[(i, j)] = i * j
    total = 0
    hits = 0
    for i in range(0, 60, 3):
        for j in range(20):
            if (i, j) in table:
                hits += 1
                total += table[(i, j)]
    print("tuple hits", hits, total, len(table))
    for key in list(table):
        if (key[0] + key[1]) % 5 == 0:
            del table[key]
    print("after del", len(table), (3, 3) in table, (4, 4) in table)
    # Tuples of other shapes: three items, strs, floats, nested, -1.
    t = {(1, 2, 3): "a", ("x", 1): "b", (1.5, 2): "c", ((1, 2), 3): "d", (-1, -2): "e"}
    print(t[(1, 2, 3)], t[("x", 1)], t[(1.5, 2)], t[((1, 2), 3)], t[(-1, -2)])
    print((1.0, 2.0, 3.0) in t, (True, 2, 3) in t, t.get((1, 2, 3.0)))
    print((2, 1) in t, t.get((1, 2)), t.get(("x", 1.0)))
    # A pair of small ints equal to a pair of floats / bools.
    p = {(1, 0): "one-zero"}
    print(p[(1.0, 0.0)], p[(True, False)], p.get((1, 0.5)))
    # Big ints and negative ints in pairs.
    big = 2**70
    q = {(big, 1): "big", (-5, 2**62): "neg"}
    print(q[(2**70, 1)], q[(-5, 2**62)], (big + 1, 1) in q)


def numeric_keys():
    d = {1: "int"}
    d[1.0] = "float"
    d[True] = "bool"
    print(d, len(d))
    print(d.get(1), d.get(1.0), d.get(True), 1 in d, 1.0 in d, True in d)
    e = {}
    e.setdefault(2.0, []).append("a")
    e.setdefault(2, []).append("b")
    print(e)
    f = {-1: "m1", -2: "m2"}
    print(f[-1], f[-2], hash(-1) == hash(-2))


class Key:
    eq_calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%r)" % self.v


def custom_eq_keys():
    d = {Key(1): "one", Key(2): "two"}
    Key.eq_calls = 0
    print(d[Key(1)], Key(2) in d, Key(3) in d, d.get(Key(2)))
    print("eq calls", Key.eq_calls)
    # A str and a Key with the same hash: the str lookup must not match.
    s = {"ab": 1, Key("ab"): 2}
    Key.eq_calls = 0
    print(s["ab"], s[Key("ab")], "ab" in s, s.get(Key("ab")))
    print("eq calls", Key.eq_calls)
    # A tuple holding a Key: compared with __eq__ item by item.
    Key.eq_calls = 0
    t = {(1, Key(5)): "t"}
    print(t[(1, Key(5))], (1, Key(6)) in t, "eq calls", Key.eq_calls)


class Mutator:
    def __init__(self, v, d):
        self.v = v
        self.d = d
        self.armed = True

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.armed:
            self.armed = False
            self.d["added"] = 1
        return isinstance(other, Mutator) and self.v == other.v


def mutating_eq():
    d = {}
    a = Mutator(1, d)
    d[a] = "a"
    b = Mutator(1, d)
    print(d.get(b), sorted(str(k) for k in d if isinstance(k, str)))
    c = Mutator(2, d)
    c.armed = False
    d[c] = "c"
    e = Mutator(2, d)
    print(e in d, d[e], len(d))


class S(str):
    def __hash__(self):
        return str.__hash__(self)

    def __eq__(self, other):
        return str.__eq__(self, other)


class Ix(int):
    pass


def subclass_keys():
    d = {"abc": 1, (1, 2): 2, 5: 3}
    print(d[S("abc")], S("abc") in d, d.get(S("abd")))
    print(d[Ix(5)], Ix(5) in d, (Ix(1), 2) in d)
    d[S("abc")] = 10
    d[(Ix(1), Ix(2))] = 20
    print(d, [type(k).__name__ for k in d])


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


class Contains(dict):
    def __contains__(self, key):
        return key == (0, 0)

    def get(self, key, default=None):
        return "override"


def subclasses():
    m = Missing({(1, 2): "x"})
    print(m[(1, 2)], m[(3, 4)], (3, 4) in m, m.get((3, 4)))
    c = Contains({(1, 1): "y"})
    print((0, 0) in c, (1, 1) in c, c[(1, 1)], c.get((1, 1)))


def errors():
    d = {(1, 2): 1}
    for key in [(1, 3), (1,), (), 2.5, None, ("a", 1)]:
        try:
            d[key]
        except KeyError as exc:
            print("KeyError", repr(exc), exc.args)
    try:
        del d[(9, 9)]
    except KeyError as exc:
        print("del KeyError", exc)
    try:
        d[[1, 2]] = 3
    except TypeError as exc:
        print("TypeError", exc)
    try:
        (1, [2]) in d
    except TypeError as exc:
        print("TypeError", exc)
    try:
        d.get({})
    except TypeError as exc:
        print("TypeError", exc)


def iteration_changes():
    d = {(i, i): i for i in range(5)}
    try:
        for k in d:
            d[(k[0] + 10, 0)] = 0
    except RuntimeError as exc:
        print("RuntimeError", exc)
    d = {(i, i): i for i in range(5)}
    for k in d:
        d[k] = -d[k]
    print(d)


tuple_keys()
numeric_keys()
custom_eq_keys()
mutating_eq()
subclass_keys()
subclasses()
errors()
iteration_changes()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def tuple_release():
    # Dead tuples: all small ints (nothing to release), then items that
    # own references, released last to first.
    for i in range(3):
        t = (i, i + 1)
        del t
    t = (1, Noisy("a"), 2, Noisy("b"))
    del t
    t = (Noisy("only"),)
    del t
    t = (5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, Noisy("long"))
    del t
    d = {(1, 2): Noisy("value")}
    del d[(1, 2)]
    print("released")


tuple_release()
