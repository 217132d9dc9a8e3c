# Chained comparisons used as conditions jump link by link (as CPython
# compiles them): each middle operand is evaluated once, evaluation stops
# at the first false link, a link's result is tested for truth (it may be
# any object), and the kept operand is released on every way out.


class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __lt__(self, other):
        v = other.value if isinstance(other, Loud) else other
        print(f"  {self.name} < {v}")
        return self.value < v

    def __gt__(self, other):
        v = other.value if isinstance(other, Loud) else other
        print(f"  {self.name} > {v}")
        return self.value > v


class Fuzzy:
    """Comparisons return non-bool objects, tested for truth."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other else []

    def __le__(self, other):
        return "yes" if self.v <= other else ""


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


class Raises:
    def __lt__(self, other):
        return Bad()


def middle(value, log):
    log.append(value)
    return value


def classify(x, lo, hi):
    if lo <= x < hi:
        return "in"
    elif x < lo < hi:
        return "below"
    return "above"


for x in (-1, 0, 5, 10, 11):
    print(x, classify(x, 0, 10))

log = []
if 0 < middle(5, log) < 10 < middle(20, log):
    print("all true", log)
log = []
if 0 < middle(50, log) < 10 < middle(20, log):
    print("wrong")
else:
    print("stopped early", log)

a, b, c = Loud("a", 1), Loud("b", 2), Loud("c", 3)
print("a < b < c:")
if a < b < c:
    print("yes")
print("c < b < a:")
if not (c < b < a):
    print("no")
print("a < c > b:")
print("yes" if a < c > b else "no")

print([x for x in range(-3, 15) if 0 <= x < 10 and x % 3 == 0])
print([x for x in range(5) if not 1 < x < 4])
print(any(0 < x <= 2 for x in (5, 6, 1)), all(0 < x <= 9 for x in (5, 6, 1)))

n = 0
while 0 <= n < 5:
    n += 2
print("n", n)

f = Fuzzy(3)
if f < 5:
    print("fuzzy lt")
if 1 < 2 and f <= 3:
    print("fuzzy le")
if 0 < 1 < 2 < 3 < 4 < 5:
    print("long chain")
if 0 < 1 < 2 < 3 < 4 > 5:
    print("wrong")
else:
    print("long chain false at the end")
assert 0 < 1 < 2, "fine"
try:
    assert 0 < 2 < 1, "chain failed"
except AssertionError as e:
    print("AssertionError", e)

big = 2 ** 100
if 0 < big < 2 ** 101 and -big < 0 <= big:
    print("big ints")
if 0.5 < 1 < 1.5 and "a" < "b" < "c":
    print("mixed")
try:
    if 1 < "x" < 3:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    if 0 < 1 < Raises():
        pass
except TypeError as e:
    print("TypeError", e)
r = Raises()
try:
    if r < 1 < 2:
        pass
except ValueError as e:
    print("ValueError", e)

import sys
probe = object()
before = sys.getrefcount(probe)
for _ in range(1000):
    if 0 < len([probe]) < 0:
        pass
    if [probe] == [probe] == []:
        pass
print("refs", sys.getrefcount(probe) - before)
