# Calling a built-in type whose __init__ is object's (zip, enumerate, range,
# map, filter, reversed, bool, complex, bytes, frozenset, slice) runs its
# __new__ directly; errors, keywords and subclasses must match CPython.

xs = [3, 1, 2]
print(list(zip(xs, "abc")), list(enumerate(xs, 1)), list(enumerate(iterable=xs, start=5)))
print(list(range(2, 9, 3)), list(map(str, xs)), list(filter(None, [0, 1, 2])))
print(list(reversed(xs)), bool(0), bool([1]), complex(1, 2), bytes(3), frozenset("aa"))
print(slice(1, 5), int(), float(), tuple(), str())
for call in (
    lambda: zip(xs, 5),
    lambda: enumerate(xs, "x"),
    lambda: range(1.5),
    lambda: range(),
    lambda: map(str),
    lambda: reversed(5),
    lambda: bool(x=1),
    lambda: zip(foo=1),
    lambda: frozenset(1),
    lambda: slice(),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Z(zip):
    pass


class E(enumerate):
    def __init__(self, it):
        self.extra = "init ran"


z = Z([1], [2])
e = E("ab")
print(type(z).__name__, list(z), type(e).__name__, e.extra, list(e))


class R:
    def __reversed__(self):
        return iter("rev")


print(list(reversed(R())))
