# Lookups in dicts big enough that probes prefetch their second slot
# (index tables of 16384 slots and more): tuple, int, float and str keys,
# keys equal but not identical (1 == 1.0 == True), NaN keys, colliding
# hashes, deletions leaving dummies, and __eq__/__hash__ overrides that run
# Python code (and mutate the dict) in the middle of a probe.

table = {}
for i in range(3000):
    for j in range(i % 7, 40, 7):
        table[(i, j)] = i * j
print(len(table))
hits = misses = total = 0
for i in range(0, 3000, 3):
    for j in range(40):
        if (i, j) in table:
            hits += 1
            total += table[(i, j)]
        else:
            misses += 1
print(hits, misses, total)
print(table.get((5, 5)), table.get((5, 6), "missing"), (2999, 39) in table)
for key in list(table):
    if (key[0] + key[1]) % 5 == 0:
        del table[key]
print(len(table), (0, 0) in table, (1, 1) in table, table.get((1, 1)))
print(list(table.items())[:3], list(table)[-3:])

# Equal keys of different types find one entry.
nums = {i: str(i) for i in range(20000)}
print(nums[1], nums[1.0], nums[True], nums.get(2.5), 3.0 in nums, 19999.0 in nums)
nums[1.0] = "float one"
nums[True] = "true one"
print(nums[1], [k for k in nums if k == 1], type(list(nums)[1]).__name__)
print(nums.get(2 ** 61 - 1), nums.get(-1), (2 ** 61 - 1 + 5) in nums)
big = {2 ** 64 + i: i for i in range(20000)}
print(big[2 ** 64 + 77], (2 ** 64 + 77.0) in big, big.get(float(2 ** 64)))

# NaN: found only by identity.
nan = float("nan")
fl = {i / 7: i for i in range(20000)}
fl[nan] = "the nan"
print(fl[nan], float("nan") in fl, fl.get(float("nan"), "other nan"), fl[14 / 7])

# Colliding hashes: -1 and -2 hash alike; multiples of 2**61 - 1 hash to 0.
col = {}
for i in range(20000):
    col[i * (2 ** 61 - 1)] = i
col[-1] = "minus one"
col[-2] = "minus two"
print(len(col), col[0], col[5 * (2 ** 61 - 1)], col[-1], col[-2], (2 ** 61 - 1) * 20000 in col)

# Str keys, exact and subclass.
words = {"w%d" % i: i for i in range(30000)}
print(words["w12345"], "w30000" in words, words.get("w" + "29999"))


class S(str):
    def __hash__(self):
        return str.__hash__(self)

    def __eq__(self, other):
        print("S.__eq__", str(self), other)
        return str.__eq__(self, other)


print(words[S("w777")], S("nope") in words)
words[S("w888")] = "replaced"
print(words["w888"], type(list(words)[888]).__name__)


# A key whose __eq__ is called during the probe, and mutates the dict.
class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.h == other.h and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


d = {i: i for i in range(20000)}
a = Key(123456789, "a")
d[a] = "a"
print(d[Key(123456789, "a")], Key(123456789, "b") in d, d.get(Key(987654321, "c")))


class Mutator:
    def __init__(self, target, h):
        self.target = target
        self.h = h
        self.armed = True

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.armed:
            self.armed = False
            print("mutating during lookup")
            for k in range(100000, 130000):
                self.target[k] = k
        return self is other


d = {i: i for i in range(20000)}
m = Mutator(d, 4242424242)
d[m] = "m"
m2 = Mutator(d, 4242424242)
print(m2 in d, len(d), d[m], m in d)

# A key whose __hash__ raises.


class BadHash:
    def __hash__(self):
        raise ValueError("no hash for you")


try:
    print(BadHash() in d)
except ValueError as e:
    print("ValueError:", e)
try:
    d[[1, 2]]
except TypeError as e:
    print("TypeError:", e)
try:
    d[(1, 2, 3)]
except KeyError as e:
    print("KeyError:", e)
try:
    del d[(4, 5)]
except KeyError as e:
    print("KeyError:", e)
