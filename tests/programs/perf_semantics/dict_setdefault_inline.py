# d.setdefault(k) / d.setdefault(k, v): the inline path on exact dicts and
# everything that must still behave as CPython's method.


def group(words):
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    return groups


print(group(["apple", "apricot", "banana", "band", "cherry", "ap"]))

# One argument: the default is None, and it is stored.
d = {}
print(d.setdefault("x"), d)
print(d.setdefault("x", 5), d)
# An existing key keeps its value; the default is not stored.
d = {"a": 1}
print(d.setdefault("a", 2), d.setdefault("b", 3), d)
# The result is the very object stored.
d = {}
lst = d.setdefault("k", [])
lst.append(1)
print(d, d.setdefault("k", []) is lst)

# Keys of many types, ints big and small, floats equal to ints, tuples.
d = {}
for k in [1, 2**70, 1.0, (1, 2), "s", None, True, -1, -2, 2**70]:
    d.setdefault(k, []).append(repr(k))
print(d)

# Growth: many keys, then deletions leaving dummies reused by inserts.
d = {}
for i in range(1000):
    d.setdefault(i, i * i)
print(len(d), d[999], sum(d.values()))
for i in range(0, 1000, 2):
    del d[i]
for i in range(2000):
    d.setdefault(i, -i)
print(len(d), d[0], d[1], d[1998], list(d)[:5], list(d)[-3:])
d = {}
for i in range(50):
    d.setdefault(i)
    del d[i]
    d.setdefault(i, i)
print(d == {i: i for i in range(50)}, len(d))

# Unhashable keys.
for key in ([], {}, {1}):
    try:
        {}.setdefault(key, 1)
    except TypeError as e:
        print("TypeError:", e)
# No argument, too many.
for args in [(), (1, 2, 3)]:
    try:
        {}.setdefault(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    {}.setdefault()
except TypeError as e:
    print("TypeError:", e)
try:
    {}.setdefault(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.setdefault(key=1)
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __hash__(self):
        raise ValueError("no hash")


try:
    {}.setdefault(Raises(), 0)
except ValueError as e:
    print("ValueError:", e)


class EqRaises:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise RuntimeError("no eq")


d = {EqRaises(): 1}
try:
    d.setdefault(EqRaises(), 2)
except RuntimeError as e:
    print("RuntimeError:", e, len(d))


class Collide:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, Collide) and self.n == other.n

    def __repr__(self):
        return f"C{self.n}"


d = {}
for n in [1, 2, 3, 1, 2, 4]:
    d.setdefault(Collide(n), []).append(n)
print(d)


# A key whose __eq__ mutates the dict during the lookup.
class Mutator:
    def __init__(self, d, n):
        self.d = d
        self.n = n

    def __hash__(self):
        return 3

    def __eq__(self, other):
        if self.n == 0:
            self.d.clear()
        elif self.n == 1 and 100 not in self.d:
            for i in range(20):
                self.d[100 + i] = i
        return False

    def __repr__(self):
        return f"M{self.n}"


# (The stored key's __eq__ runs first.)
d = {}
d[Mutator(d, 0)] = "first"
print(d.setdefault(Mutator(d, 5), "second"), d)
d = {}
d[Mutator(d, 1)] = "first"
print(d.setdefault(Mutator(d, 5), "third"), len(d), d[119])


# __eq__ saying equal: the stored key stays, the stored value is returned.
class AlwaysEq:
    def __hash__(self):
        return hash("k")

    def __eq__(self, other):
        return True


d = {"k": "old"}
print(d.setdefault(AlwaysEq(), "new"), d)


# Dict subclasses: not the inline path, overrides are respected.
class MyDict(dict):
    def __missing__(self, key):
        return "missing"


m = MyDict()
print(m.setdefault("a", 1), m, type(m).__name__)


class Override(dict):
    def setdefault(self, key, default=None):
        return ("override", key, default)


o = Override()
print(o.setdefault("a"), o.setdefault("a", 2), o)


# Something else called setdefault.
class Other:
    def setdefault(self, *args):
        return ("other", args)


print(Other().setdefault(1), Other().setdefault(1, 2))
f = {}.setdefault
print(f("z", 9))
print(dict.setdefault({}, "q", 8))
try:
    dict.setdefault([], 1)
except TypeError as e:
    print("TypeError:", e)

# The receiver and arguments as temporaries, locals and globals.
g = {}


def use_locals(k, v):
    x = {}
    x.setdefault(k, v)
    x.setdefault(k, v + 1)
    return x


for i in range(3):
    g.setdefault(str(i), [i]).append(i)
print(g, use_locals("a", 1), {1: 2}.setdefault(1, 3))
