# d[k] = d.get(k, c) + n of locals: one probe updates or inserts the entry
# when the dict is exact, the key a small int or an exact str and the
# values small ints; everything else runs the statement as written.
import sys


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


print(count("the cat and the hat and the bat".split()))
print(count([1, 2, 1, 3, 1, 2, -5, 2 ** 70, 2 ** 70]))
print(count(["a", 1, "a", 1.0, True, (1, 2), (1, 2), None]))


def steps():
    d = {"x": 5}
    k = "x"
    d[k] = d.get(k, 100) - 2
    k = "y"
    d[k] = d.get(k, 100) - 2
    d[k] = d.get(k, -7) + 4611686018427387903
    print(d)
    k = "big"
    d[k] = d.get(k, 4611686018427387903) + 1
    d[k] = d.get(k, 0) + 1
    print(d)
    k = "f"
    d[k] = d.get(k, 0.5) + 1
    d[k] = d.get(k, 0) + 1
    print(d)
    k = "s"
    d[k] = "str"
    try:
        d[k] = d.get(k, 0) + 1
    except TypeError as e:
        print("TypeError:", e)
    print(list(d))


steps()


class Key(str):
    def __hash__(self):
        print("hash", str(self))
        return str.__hash__(self)

    def __eq__(self, other):
        print("eq", str(self), other)
        return str.__eq__(self, other)


class Counter(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)

    def __setitem__(self, key, value):
        print("setitem", key, value)
        dict.__setitem__(self, key, value)


def protocols():
    d = {"a": 1}
    k = Key("a")
    d[k] = d.get(k, 0) + 1
    print(d)
    c = Counter()
    k = "z"
    c[k] = c.get(k, 0) + 1
    c[k] = c.get(k, 0) + 1
    print(c)
    try:
        k = ["unhashable"]
        d[k] = d.get(k, 0) + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        del k
        d[k] = d.get(k, 0) + 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    n = None
    try:
        n[1] = n.get(1, 0) + 1
    except AttributeError as e:
        print("AttributeError:", e)


protocols()


class Spy:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        print("add", self.value, other)
        return Spy(self.value + other)

    def __repr__(self):
        return "Spy(%d)" % self.value


def mixed():
    d = {"s": Spy(3)}
    k = "s"
    d[k] = d.get(k, 0) + 1
    print(d)
    x = 10
    before = sys.getrefcount(x)
    d[k] = x
    d[k] = d.get(k, 0) + 1
    print(d, sys.getrefcount(x) == before)


mixed()


def versions():
    # A function's globals dict updated this way: later global reads see it.
    g = globals()
    k = "COUNTER"
    for _ in range(3):
        g[k] = g.get(k, 0) + 1
    print(COUNTER)


versions()


def order():
    d = {}
    for k in [5, "b", 3, "a", 5, 3, "b"]:
        d[k] = d.get(k, 10) + 1
    print(d, list(d.items()))
    for i in range(100):
        d[i] = d.get(i, 0) + i
    print(len(d), sum(d.values()), list(d)[:8])


order()
