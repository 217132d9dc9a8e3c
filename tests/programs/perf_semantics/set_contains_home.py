# `x in s` decided at the key's home slot (tagged ints, exact strs with a
# cached hash) and past it: collisions, dummies, equal but distinct keys,
# numeric cross-type equality, subclasses, __eq__ that mutates the set.
vowels = set("aeiou")
print(sum(1 for c in "the quick brown fox jumps over the lazy dog" if c in vowels))
print([c in vowels for c in "aAeEz"])

# Equal strs that are different objects: found by comparison.
built = "".join(["ab", "cd"])
print(built in {"abcd"}, hash(built) == hash("abcd"), built in frozenset(["abcd", "x"]))
words = {"w%d" % i for i in range(100)}
print(sum(("w%d" % i) in words for i in range(150)))

# Ints: -1 and -2 share a hash; keys that share a home slot; dummies.
s = {-1, -2, 0, 8, 16, 24, 2**40, -(2**40)}
print([k in s for k in (-1, -2, -3, 0, 8, 16, 24, 32, 2**40, -(2**40), 2**41)])
for k in (8, -1):
    s.discard(k)
print([k in s for k in (-1, -2, 0, 8, 16, 24)])
s.add(8)
print([k in s for k in (8, 16, 24, 32)])
big = set(range(0, 4000, 3))
for k in range(0, 4000, 6):
    big.remove(k)
print(sum(k in big for k in range(4000)))

# Numeric equality across types; bools.
n = {1, 2.5, 3}
print(1.0 in n, 2.5 in n, True in n, 3 + 0j in n, 2 in n, False in n)
f = {1.0, 0.0}
print(1 in f, 0 in f, True in f, 2 in f)


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("eq", str(self), other)
        return str.__eq__(self, other)


print(S("a") in vowels, "a" in {S("a")}, S("q") in vowels)


class Key:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name


ks = {Key(5, "x"), Key(5, "y")}
print(Key(5, "x") in ks, Key(5, "z") in ks, 5 in ks, Key(6, "x") in ks)


class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()
        return False


m = {1, Mutator(None)}
probe = Mutator(m)
print(probe in m, len(m))

# Unhashable keys: a set key is looked up as a frozenset.
print({1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
try:
    print([] in {1})
except TypeError as exc:
    print("TypeError:", exc)


class MySet(set):
    def __contains__(self, k):
        return k == "magic"


print("magic" in MySet(), "a" in MySet("a"))
