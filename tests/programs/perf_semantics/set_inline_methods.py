# `x in s`, `s.add(x)`, `s.remove(x)` and `s.discard(x)` on exact sets run
# through their own runtime functions; subclasses, other receivers with
# methods of those names, rebound methods and errors behave as in CPython.


class LoggingSet(set):
    def add(self, x):
        print("LoggingSet.add", x)
        super().add(x)

    def __contains__(self, x):
        print("LoggingSet.__contains__", x)
        return super().__contains__(x)


class PlainSubset(set):
    pass


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

    def remove(self, x):
        self.items.remove(x)

    def discard(self, x):
        print("Bag.discard", x)

    def __contains__(self, x):
        return x in self.items


def exercise(s, label):
    s.add(1)
    s.add("one")
    s.add((1, 2))
    s.add(1)
    s.discard(5)
    s.discard("one")
    s.remove(1)
    print(label, sorted(map(repr, s)) if not isinstance(s, Bag) else s.items, 1 in s, (1, 2) in s, "one" not in s)


exercise(set(), "set")
exercise(LoggingSet(), "LoggingSet")
exercise(PlainSubset(), "PlainSubset")
exercise(Bag(), "Bag")

# errors with CPython's messages
s = {1, 2, 3}
for bad in ([1], {2}, {}):
    try:
        s.add(bad)
    except TypeError as e:
        print("add", type(bad).__name__, "TypeError:", e)
    try:
        print(bad in s)
    except TypeError as e:
        print("in", type(bad).__name__, "TypeError:", e)
    try:
        s.discard(bad)
        print("discard ok")
    except TypeError as e:
        print("discard", type(bad).__name__, "TypeError:", e)
    try:
        s.remove(bad)
    except (TypeError, KeyError) as e:
        print("remove", type(bad).__name__, type(e).__name__, e)
for missing in (4, "x", (1, 2), frozenset(), None, 2.5):
    try:
        s.remove(missing)
    except KeyError as e:
        print("KeyError", repr(e), e.args)
# a set key is looked up as a frozenset
fs = {frozenset({1}), frozenset()}
print({1} in fs, set() in fs, {2} in fs)
fs.discard({1})
print(fs)
fs.remove(set())
print(fs)
try:
    fs.remove({3})
except KeyError as e:
    print("KeyError", e)
# other containers still work
print(3 in [1, 2, 3], 3 in (1, 2), "a" in "cat", 1 in {1: 2}, 2 in frozenset([2]), 5 in range(10))
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
# calling through the class, bound methods and too many arguments
add = s.add
add(10)
set.add(s, 11)
set.remove(s, 10)
print(sorted(s))
try:
    s.add(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    s.add()
except TypeError as e:
    print("TypeError:", e)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print("TypeError:", e)
# an element whose __eq__ mutates the set during add
class Evil:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        s.clear()
        return False


s = {1}
s.add(Evil())
print(len(s), 1 in s)
# a set rebound to a shadowing instance attribute
class Holder:
    pass


h = Holder()
h.add = lambda x: print("instance add", x)
h.add(3)
print(frozenset({1, 2}) | {3}, 3 in frozenset({1, 2}) | {3})
