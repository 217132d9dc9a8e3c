# `in`, index, count and remove scan items that compare without Python code
# in one pass; items with __eq__ (which may change the list) are compared
# one at a time. Concatenation, repetition and extend copy items straight
# from their sources. Results, errors and __eq__ call order as CPython.

nan = float("nan")
items = [1, "a", 2.5, 2**70, (1, "x"), None, nan, "b", 3]
for x in [1, 1.0, True, "a", "b", 2.5, 2**70, (1, "x"), (1.0, "x"), None, nan,
          float("nan"), 3, 4, "c", (1, "y"), 2**70 + 1]:
    print(repr(x), x in items, items.count(x), end=" ")
    try:
        print(items.index(x), end=" ")
    except ValueError as e:
        print("ValueError:", e, end=" ")
    print()
print(items.index(3, 2), items.index("a", -8, -7), items.count(2.5))
for args in [(3, 0, 3), ("a", 2), (1, -100, 0), (1, 5, 2), (1, 2**70)]:
    try:
        print(items.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    items.index(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    items.remove(42)
except ValueError as e:
    print("ValueError:", e)
items.remove(2.5)
items.remove(nan)
print(items)


class Eq:
    calls = []

    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __eq__(self, other):
        Eq.calls.append(self.v)
        if self.target is not None:
            self.target.clear()
        return isinstance(other, int) and other == self.v

    __hash__ = object.__hash__


# __eq__ of the item is called as item == x (and x's reflected one after).
probe = [1, 2, Eq(7), 3, Eq(9), 4]
print(9 in probe, probe.index(9), probe.count(9), Eq.calls)
Eq.calls.clear()
print(5 in probe, Eq.calls)
Eq.calls.clear()
print(Eq(3) in probe, Eq.calls)
Eq.calls.clear()

# __eq__ that empties the list during the scan.
victim = [1, 2, 3, 4]
victim.insert(1, Eq(100, victim))
print(4 in victim, victim)
victim = [0, Eq(100, None), 5]
victim[1].target = victim
print(victim.count(5), victim)
victim = [0, Eq(100, None), 5, 5]
victim[1].target = victim
try:
    victim.remove(5)
except ValueError as e:
    print("ValueError:", e, victim)


class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__", int(self), other)
        return int.__eq__(self, other)

    __hash__ = int.__hash__


print(MyInt(2) in [1, 2, 3], [1, MyInt(2), 3].index(2))


class MyStr(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


print("zzz" in [MyStr("a")], [MyStr("a")].count("q"), MyStr("q") in ["a", "b"])

# Concatenation, repetition, extend.
a = [1, "x", None]
print(a + a, a + [], [] + a, a * 0, a * -3, a * 2, [0] * 5, [[]] * 3)
b = [[]] * 3
b[0].append(1)
print(b)
c = a * 1
print(c == a, c is a)
a *= 3
print(a)
a *= 0
print(a)
d = [1, 2]
d.extend(d)
d.extend((3, 4))
d.extend(range(5, 7))
d.extend("ab")
d.extend({9: 0})
print(d)
d += d
print(len(d), d[:6])


class L(list):
    def __iter__(self):
        return iter(["it"])


e = L([1, 2])
e.extend(e)
print(list.__iter__(e).__next__(), len(e), list(list.__iter__(e)))
f = [0]
f.extend(L([5, 6]))
f += L([7])
print(f, [0] + L([5]), L([5]) + [0], type(L([5]) + [0]).__name__)
for bad in [lambda: [1] + (2,), lambda: [1] * 2.0, lambda: [1] * "x",
            lambda: [1].extend(5), lambda: [1] * 2**63, lambda: [1, 2] * (2**62)]:
    try:
        bad()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
