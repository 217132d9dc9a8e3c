# Generator expressions fed to sum and to collecting consumers, whose
# yields add tagged ints to the total / store items inline: overflow into
# big ints and back, bools, floats and other items in between, starts,
# long runs past the first capacity, errors and early exits.
import sys

big = sys.maxsize // 2
print(sum(x for x in range(10)))
print(sum(x for x in [big, big, big, -big, -big, -big, 1]))
print(sum(x for x in [2**62 - 1, 1, -1, -(2**62)]))
print(sum((x for x in range(5)), 10), sum((x for x in range(5)), 2**70))
print(sum((x for x in range(3)), 0.5), sum((x for x in [1, 2.5, 3])))
print(sum(x for x in [1, True, 2, False, 3]), sum(x > 1 for x in range(5)))
print(sum(x for x in [1, 2, 3.0, 4, 5]), sum(x for x in [1, 2**64, -(2**64), 7]))
print(sum((x for x in [[1], [2]]), []))
print(sum(x for x in ()), sum((x for x in ()), 3))


class N(int):
    def __add__(self, other):
        return N(int(self) + int(other) + 100)

    __radd__ = __add__


print(sum(x for x in [1, N(2), 3]))
print(sum((x for x in [1, 2]), N(0)))

print(list(x * x for x in range(20)))
print(tuple(str(x) for x in range(12)))
print(sorted((x % 7 for x in range(30)), reverse=True))
print("".join(c.upper() for c in "abcdefghijklmnopqrstuvwxyz"))
print("-".join(w for w in ["a", "b"]), "".join(w for w in []))
print(set(x % 3 for x in range(10)), frozenset(x for x in "aab") == frozenset("ab"))
print(list(x for x in range(100000))[-3:], len(list(y for y in range(7, 70000, 3))))
print(max(x % 11 for x in range(50)), min(-x for x in range(5)), any(x > 3 for x in range(5)))
print(all(x < 3 for x in range(5)), any(x for x in []), all(x for x in []))

try:
    print("".join(x for x in ["a", 1, "b"]))
except TypeError as exc:
    print("TypeError:", exc)
try:
    print(sum(x for x in [1, 2, "3", 4]))
except TypeError as exc:
    print("TypeError:", exc)


def boom(n):
    for i in range(n):
        if i == 5:
            raise ValueError("at %d" % i)
        yield i


try:
    print(sum(x for x in boom(10)))
except ValueError as exc:
    print("ValueError:", exc)
try:
    print(list(x for x in boom(10)))
except ValueError as exc:
    print("ValueError:", exc)


def stops():
    yield 1
    raise StopIteration


try:
    print(sum(x for x in stops()))
except RuntimeError as exc:
    print("RuntimeError:", exc, type(exc.__cause__).__name__)


class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


items = list(Loud(i) for i in range(3))
print("made", len(items))
del items
print(sum(x.n for x in [Loud(7), Loud(8)]))
g = (x for x in range(3))
print(next(g), sum(g))
