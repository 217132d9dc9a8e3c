# `s in some_set` for an exact str whose hash is cached is answered inline
# when the set's table decides at a glance (absent bucket, identity at home
# or at the hinted slot); everything else (equal but distinct strs, str
# subclasses with their own __eq__/__hash__, set subclasses, frozensets)
# takes the full lookup with CPython's calls.

calls = []


class S(str):
    def __hash__(self):
        calls.append(("hash", str(self)))
        return str.__hash__(self)

    def __eq__(self, other):
        calls.append(("eq", str(self), str(other)))
        return str.__eq__(self, other)


class Weird(str):
    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        calls.append(("weird-eq", str(self), str(other)))
        return True


def count_in(words, s):
    return sum(1 for w in words for c in w if c in s)


vowels = set("aeiou")
print(count_in(["education", "rhythm", "queueing", "", "xyz"], vowels))
text = "the quick brown fox jumps over the lazy dog" * 3
print(sum(1 for c in text if c in vowels), sum(1 for c in text if c not in vowels))

# Equal strs that are different objects (built at run time).
names = {"alpha", "beta", "gamma", "delta"}
built = ["al" + "pha", "".join(["b", "e", "t", "a"]), "gam" + "ma" * 1, "eps" + "ilon"]
for b in built:
    print(b, b in names, b not in names)
for b in built:
    h = hash(b)
    print(b, b in names)

# Subclass keys and keys in the set.
s = {"a", "b", S("c")}
calls.clear()
print("a" in s, S("a") in s, "c" in s, S("zz") in s, Weird("q") in s)
print(calls)
calls.clear()
w = {Weird("x")}
print("a" in w, "x" in w, "b" in w)
print(calls)


class MySet(set):
    def __contains__(self, item):
        return "always"


ms = MySet({"a"})
print("a" in ms, "b" in ms, "a" not in ms)
fs = frozenset("abc")
print("a" in fs, "d" in fs)

# Many keys sharing buckets, removals (dummies) and re-adds.
big = {str(i) for i in range(2000)}
keys = [str(i) for i in range(0, 4000, 7)]
for k in keys:
    hash(k)
print(sum(1 for k in keys if k in big))
for i in range(0, 2000, 3):
    big.discard(str(i))
print(sum(1 for k in keys if k in big))
big.update(str(i) for i in range(0, 2000, 9))
print(sum(1 for k in keys if k in big))

# Mutation during iteration is the consumer's business; membership of
# unhashable keys raises as CPython does.
try:
    print([1] in {1, 2})
except TypeError as e:
    print("TypeError", e)
print({1} in {frozenset({1})}, {2} in {frozenset({1})})
empty = set()
print("a" in empty, 1 in empty)
chars = set()
for c in "hello world":
    chars.add(c)
print(sorted(c for c in "abcdefghijklmnopqrstuvwxyz" if c in chars))
print(-1 in {-1, -2}, -2 in {-1}, 2 ** 61 in {2 ** 61}, -(2 ** 61) in {-(2 ** 61)})
