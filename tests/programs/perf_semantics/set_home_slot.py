# set.add and set.discard decide from a key's home slot (the first slot
# of its probe) without walking the probe: an empty home slot means
# absent, the key itself with its hash there means present. Everything
# else (equal but distinct keys, a key whose hash changed, dummies, user
# __eq__) walks the probe as CPython does.


class Drifting:
    """A key whose hash changes after the first call: 1, then 33 (the same
    home slot in an 8-slot table, and the same 32-bucket count)."""

    def __init__(self):
        self.calls = 0

    def __hash__(self):
        self.calls += 1
        return 1 if self.calls == 1 else 33

    def __repr__(self):
        return "D"


d = Drifting()
s = set()
s.add(d)
s.add(d)
print("drifting", len(s), s, d in s)
s.discard(d)
print("after discard", len(s))


class Loud:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

    def __repr__(self):
        return f"L{self.v}"


a, b = Loud(3), Loud(3)
s = {a}
s.add(a)  # same object at home: no __eq__
s.add(b)  # equal but distinct: __eq__ runs
print("loud", s, len(s))
s.discard(b)
print("discarded", s)
s.add(Loud(11))  # 11 & 7 == 3: home slot taken by a dummy
print(s)

# 1 == 1.0 == True share the home slot: the first one stays.
s = {1}
s.add(1.0)
s.add(True)
print(s, len(s))
s.discard(True)
print(s)
s = {2.0}
s.add(2)
print(s)
s = {True, 1, 1.0}
print(s)

# Big ints and strs equal but not identical.
big = 2**70
s = {big}
s.add(2**70)
s.add(int("1" + "0" * 30))
s.add(10**30)
print(sorted(s))
s.discard(2**70)
print(sorted(s))
word = "".join(["ho", "me"])
s = {"home"}
s.add(word)
print(s)
s.discard(word)
print(s, len(s))

# Churn: discard then re-add at the home slot and elsewhere, printing the
# order (which depends on where dummies sit).
s = set()
for k in range(12):
    s.add(k)
print(s)
for k in (0, 8, 3):
    s.discard(k)
print(s)
for k in (8, 16, 0, 24, 3):
    s.add(k)
print(s)
s = set()
for step in range(300):
    k = step * 7 % 23 - 5
    if step % 3:
        s.add(k)
    else:
        s.discard(k)
print(s)
s = set()
for k in (5, 13, 21, 29):
    s.add(k)
s.discard(5)
print(s)
s.add(13)
s.add(37)
print(s)
s.add(5)
print(s, 5 in s, 37 in s, 45 in s)

# Negative keys: hash(-1) == hash(-2) == -2.
s = {-1}
s.add(-2)
s.add(-1)
print(s)
s.discard(-2)
print(s, -1 in s, -2 in s)

# Errors still come from hashing first.
s = {1, 2}
for bad in ([1], {4: 5}, {3}):
    try:
        s.add(bad)
    except TypeError as e:
        print("add", e)
    try:
        print("discard", s.discard(bad))
    except TypeError as e:
        print("discard", e)
    try:
        s.remove(bad)
    except (TypeError, KeyError) as e:
        print("remove", type(e).__name__, e)
try:
    s.remove(7)
except KeyError as e:
    print("KeyError", e)
s.discard({1, 2} - {2})
print(s)
s.add(frozenset({1}))
s.discard({1})
print(s)


class Mutating:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        self.target.clear()
        return False


s = set()
m = Mutating(4, s)
s.add(m)
s.add(Mutating(4, s))
print(len(s))
try:
    for x in s:
        s.add(len(s) + 100)
except RuntimeError as e:
    print(e)


class MySet(set):
    def add(self, k):
        print("MySet.add", k)
        super().add(k)


ms = MySet()
ms.add(3)
ms.add(3)
print(ms, type(ms).__name__)
