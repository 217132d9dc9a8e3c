# Sets keep per-bucket counts of their keys' hashes so that a miss can end
# early; these programs check that every way of adding and removing keys
# keeps membership, iteration order and __eq__ calls exactly as CPython.


class Key:
    """A key with a chosen hash that logs its __eq__ calls."""

    log = []

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.log.append((self.name, getattr(other, "name", other)))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


def churn():
    # add/remove churn of small ints (dummies pile up; counts go up and down)
    s = set()
    for round_ in range(50):
        for k in range(-12, 24, 3):
            s.add(k + round_ % 5)
        for k in range(-12, 24, 6):
            s.discard(k + round_ % 5)
        print(round_, len(s), [x for x in range(-20, 40) if x in s][:8], list(s)[:6])
    # keys sharing a bucket (same low five hash bits), past the saturation
    t = set()
    same = [5 + 32 * i for i in range(8)] + [5 - 64, 5 + 2**40, -27]
    for k in same:
        t.add(k)
    print(sorted(t), list(t))
    for k in same:
        t.remove(k)
        print(k in t, len(t), [x in t for x in same].count(True))
    print(t, 5 in t, 37 in t)
    t.update(same)
    print(list(t), [x in t for x in same])
    # -1 and -2 share a hash; True == 1 == 1.0
    u = {-1, -2, 1}
    print(-1 in u, -2 in u, 1.0 in u, True in u, 2.0 in u)
    u.remove(-2)
    print(-1 in u, -2 in u, u)
    u.discard(1.0)
    print(u, True in u, 1 in u)


def pops_and_clears():
    s = set(range(40))
    popped = [s.pop() for _ in range(10)]
    print(popped, [k in s for k in range(12)], len(s))
    s.clear()
    print(s, 20 in s, 0 in s)
    s.add(20)
    print(s, 20 in s, 52 in s)
    s = set(range(0, 200, 7))
    s.difference_update(range(0, 200, 14))
    print(list(s), 14 in s, 21 in s)
    s.intersection_update({7, 21, 35, 36, 1000})
    print(s, 7 in s, 36 in s)
    s.symmetric_difference_update({7, 8, 9})
    print(s, 7 in s, 8 in s)
    a, b = {1, 2, 3}, {33, 34, 35}
    a ^= b
    print(a, 33 in a, 1 in a)
    c = a.copy()
    c.remove(33)
    print(33 in c, 33 in a, c)
    f = frozenset(c)
    print(34 in f, 33 in f, 2 in f, f)
    print([k for k in range(40) if k in {1, 2, 3, 33, 34}])


def custom_keys():
    a, b, c = Key("a", 7), Key("b", 7), Key("c", 39)
    s = {a}
    Key.log.clear()
    print(c in s, Key.log)  # another bucket: no __eq__ call
    print(b in s, Key.log)  # same hash: __eq__ runs
    s.add(c)
    s.remove(a)
    Key.log.clear()
    print(Key("a", 7) in s, Key.log)
    print(Key("c", 39) in s, Key.log)
    s.discard(Key("zz", 71))
    print(Key.log)
    try:
        s.remove(Key("q", 3))
    except KeyError as e:
        print("KeyError", e)
    try:
        s.remove(b)
    except KeyError as e:
        print("KeyError", e)
    try:
        [] in s
    except TypeError as e:
        print("TypeError", e)
    print(frozenset([5]) in {frozenset([5])}, {5} in {frozenset([5])})
    # an int sharing its hash with a logging key: every probe for the int
    # passes the key's slot and calls its __eq__, even after churn
    k5 = Key("five", 5)
    s = {k5, 5, 37, 69}
    for _ in range(3):
        s.remove(37)
        s.add(37)
        Key.log.clear()
        print(5 in s, 37 in s, 69 in s, Key.log)
    s.remove(5)
    s.add(5)
    Key.log.clear()
    print(5 in s, Key.log)
    s.discard(5)
    print(5 in s, Key.log)
    s.remove(k5)
    for _ in range(3):
        s.add(5)
        Key.log.clear()
        print(5 in s, 5.0 in s, Key.log)
        s.remove(5.0)
        print(5 in s, list(s))


class Mutator:
    """Its __eq__ empties the set being searched."""

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 3

    def __eq__(self, other):
        self.target.clear()
        return False


def mutation():
    s = {3, 35, 67}
    m = Mutator(s)
    print(m in s, s)
    s.add(3)
    s.add(m)
    print(len(s), 3 in s, 35 in s)
    words = set("the quick brown fox jumps over the lazy dog".split())
    for w in ["fox", "cat", "dog", "the", "a"]:
        print(w, w in words)
    words.discard("fox")
    words.add("cat")
    print(sorted(words), "fox" in words, "cat" in words)


churn()
pops_and_clears()
custom_keys()
mutation()
