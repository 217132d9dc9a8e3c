# d[k] = v for a missing non-str key stores it in the free slot the lookup
# found (a deleted entry's slot first), unless the table must grow; a key
# whose __eq__ changes the dict during that lookup must not leave a stale
# slot behind (two keys in one slot would lose one of them).


class Same:
    """Equal hashes for all instances; __eq__ may run a side effect."""

    def __init__(self, name, hook=None):
        self.name = name
        self.hook = hook

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.hook is not None:
            hook, self.hook = self.hook, None
            hook()
        return isinstance(other, Same) and self.name == other.name

    def __repr__(self):
        return "Same(%s)" % self.name


def ints_and_tuples():
    d = {}
    for i in range(300):
        d[i] = i
        d[(i, -i)] = -i
    for i in range(0, 300, 2):
        del d[i]
        del d[(i, -i)]
    for i in range(0, 300, 4):
        d[(i, -i)] = "t"
        d[i] = "i"
    print(len(d), list(d)[:4], list(d)[-4:])
    print(sum(1 for v in d.values() if v == "t"), d[0], d[(4, -4)], 2 in d)
    # Floats and bools equal to ints find the int's entry.
    d[8.0] = "eight"
    d[True] = "one"
    print(d[8], d[1], len(d))


def eq_mutates():
    # The stored key's __eq__ runs when a new key with its hash is looked
    # up; here it fills the dict meanwhile: b must still get a slot of its
    # own.
    d = {}
    a = Same("a", hook=lambda: d.update({i: i for i in range(20)}))
    d[a] = 1
    b = Same("b")
    d[b] = 2
    d[Same("c")] = 3
    print(len(d), d[a], d[b], d[Same("c")])
    print(sorted(k.name for k in d if isinstance(k, Same)), list(d)[:3])
    # A comparison that empties the dict.
    x = Same("x", hook=lambda: e.clear())
    e = {x: 1}
    e[Same("z")] = 3
    print(e)
    # One that deletes the compared key (its slot becomes free).
    p = Same("p", hook=lambda: f.pop(Same("p")))
    f = {p: 1}
    f[Same("q")] = 2
    f[Same("r")] = 3
    print(f, len(f))
    # One that deletes another key and adds one.
    g = {}
    s1 = Same("s1", hook=lambda: (g.pop(0), g.__setitem__(50, 50)))
    g[0] = 0
    g[s1] = 1
    g[Same("s2")] = 2
    print(g, len(g))


def growth_after_deletes():
    d = {}
    for r in range(5):
        for i in range(100):
            d[(r, i)] = i
        for i in range(0, 100, 3):
            del d[(r, i)]
    print(len(d), list(d)[:3], sum(d.values()))


ints_and_tuples()
eq_mutates()
growth_after_deletes()
