# `str * int` and `int * str`: exact operands take the direct repeat;
# subclasses, bools, __index__ objects, reflected overrides and every
# error keep CPython's behaviour.
import sys

print("ab" * 3, 3 * "ab", repr("ab" * 0), repr("ab" * -2), repr("" * 5))
s = "xyz"
print(s * 1 is s, 1 * s is s, (s * 2) * 2)
print("é中" * 3, len("é中" * 3), ("é中" * 3)[4])
print(len("a" * 100000), ("ab" * 50000)[-3:])
print("-" * True, repr("-" * False), True * "+")
big = 1 << 70
for n in [big, -big]:
    try:
        print(repr("ab" * n))
    except OverflowError as e:
        print("OverflowError", e)
try:
    "ab" * (sys.maxsize // 2)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
for bad in [1.5, "2", None]:
    for expr in (lambda: "ab" * bad, lambda: bad * "ab"):
        try:
            print(repr(expr()))
        except TypeError as e:
            print("TypeError", e)


class I(int):
    def __rmul__(self, other):
        return ("rmul", other, int(self))

    def __mul__(self, other):
        return ("mul", other, int(self))


print("ab" * I(2), I(2) * "ab")


class S(str):
    def __mul__(self, n):
        return "S.mul"

    def __rmul__(self, n):
        return "S.rmul"


print(S("q") * 2, 2 * S("q"))


class T(str):
    pass


t = T("hi") * 2
print(type(t).__name__, t, type(T("hi") * 1).__name__)


class Idx:
    def __index__(self):
        return 2


print("ab" * Idx(), Idx() * "cd")
print(sys.getrefcount("unique-" * 1) > 0)
