# The set probe decides small ints, exact strs, big ints, floats and tuples
# of those without Python code; anything else (int/str subclasses, user
# __eq__/__hash__, keys whose __eq__ mutates the set) takes the general
# lookup. Orders, dummies and error messages must match CPython.


class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__", int(self), other)
        return int(self) == other

    __hash__ = int.__hash__


class MyStr(str):
    def __eq__(self, other):
        print("MyStr.__eq__", str(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("Key.__eq__", self.name, other)
        return isinstance(other, int) and other == self.h

    def __repr__(self):
        return "Key(%s)" % self.name


class Mutator:
    def __init__(self, s, h):
        self.s = s
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("Mutator.__eq__ clears the set")
        self.s.clear()
        return False


def small_ints():
    s = set()
    for i in range(40):
        s.add(i * 37 % 101)
    print(sorted(s) == sorted(set(i * 37 % 101 for i in range(40))), list(s)[:10])
    for i in range(0, 101, 3):
        s.discard(i)
    print(list(s))
    for i in (-1, -2, 2**61, 2**62 - 1, 2**62, -(2**62)):
        s.add(i)
    print(-1 in s, -2 in s, 2**62 in s, 2**61 in s, 5 in s, 6 in s, list(s))
    # -1 and -2 have the same hash; 2**61 hashes like 1... probes collide
    s.remove(-1)
    print(-1 in s, -2 in s, list(s))
    try:
        s.remove(-1)
    except KeyError as e:
        print("KeyError", e)
    # True == 1 and 1.0 == 1: found by value
    t = {1, 2, 3}
    print(True in t, 1.0 in t, 2.5 in t, 3 + 0j in t)
    t.add(True)
    t.add(2.0)
    print(t)
    t.discard(1.0)
    print(t)


def strs():
    words = "the quick brown fox jumps over the lazy dog".split()
    s = set(words)
    print(len(s), "fox" in s, "cat" in s, "".join(["f", "o", "x"]) in s)
    s.remove("the")
    print("the" in s, sorted(s))
    s.add("".join(["t", "h", "e"]))
    print("the" in s, len(s))
    print(1 in s, b"fox" in s, ("fox",) in s)


def subclasses():
    s = {1, 2, 3}
    print(MyInt(2) in s)
    s.add(MyInt(4))
    print(4 in s)
    s.add(MyInt(4))
    s.discard(MyInt(4))
    print(s)
    w = {"a", "b"}
    print(MyStr("a") in w, MyStr("z") in w)
    w.add(MyStr("c"))
    print("c" in w, sorted(w))


def user_keys():
    s = {Key(5, "five")}
    print(5 in s)
    print(6 in s)
    s.add(5)
    print(len(s))
    t = {5, 13, 21}
    print(Key(13, "thirteen") in t)
    t.remove(Key(21, "twentyone"))
    print(t)
    m = set(range(8))
    m.add(Mutator(m, 3))
    print(len(m))
    m = set(range(8))
    print(Mutator(m, 3) in m, m)


def big_and_tuples():
    s = {2**100, 2**100 + 1, (1, "a"), (2, (3, 4.5)), 1.5, -0.0}
    print(2**100 in s, 2**100 + 2 in s, (1, "a") in s, (2, (3, 4.5)) in s, 0 in s, 1.5 in s)
    s.remove(2**100)
    s.remove((1, "a"))
    print(sorted(map(repr, s)))
    try:
        s.add([1])
    except TypeError as e:
        print("TypeError", e)
    try:
        {1} in s
    except TypeError as e:
        print("TypeError", e)
    print(frozenset({1, 2}) in {frozenset({2, 1})}, {1, 2} in {frozenset({2, 1})})


def churn():
    # add/remove cycles leave dummies that adds reuse
    s = set()
    order = []
    for r in range(200):
        s.add(r % 13)
        s.add(r % 7 - 3)
        if r % 3 == 0:
            s.discard(r % 11)
        order.append(len(s))
    print(order[-20:], list(s))
    f = frozenset(range(20))
    print(5 in f, 25 in f, hash(f) == hash(frozenset(list(range(20))[::-1])))


small_ints()
strs()
subclasses()
user_keys()
big_and_tuples()
churn()
