# Python classes deriving from the built-in iterator classes enumerate,
# zip, map, filter and reversed: construction, overridden __next__ (also
# in for loops that unpack), extra attributes, isinstance, errors.


class Numbered(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return x, i * 10


class Pairs(zip):
    label = "pairs"

    def __init__(self, *its, strict=False):
        self.count = len(its)


class Doubled(map):
    pass


class Evens(filter):
    def __next__(self):
        return -super().__next__()


class Backwards(reversed):
    def __length_hint__(self):
        return 99


n = Numbered("abc", 1)
print(type(n).__name__, isinstance(n, enumerate), list(n))
for x, i in Numbered("xy"):
    print("for", x, i)
p = Pairs([1, 2], "ab")
print(p.label, p.count, list(p), type(p).__mro__[1].__name__)
p.extra = 5
print(p.extra, vars(p))
print(list(Doubled(lambda v: v * 2, range(4))), list(Evens(lambda v: v % 2 == 0, range(7))))
print(list(Backwards([1, 2, 3])), Backwards("ab").__length_hint__())
for k, v in Pairs("ab", "cd"):
    print("zip", k, v)
try:
    list(Pairs([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    Numbered()
except TypeError as e:
    print("TypeError:", e)
try:
    Backwards(5)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(enumerate, zip):
        pass
except TypeError as e:
    print("TypeError:", e)
for name, base in [("range", range), ("bool", bool), ("slice", slice)]:
    try:
        type("Sub", (base,), {})
    except TypeError as e:
        print("TypeError:", e)
try:
    enumerate()
except TypeError as e:
    print("TypeError:", e)
