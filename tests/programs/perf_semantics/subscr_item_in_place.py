# A list's or tuple's item read by an arithmetic operator right after the
# subscript is used without a reference of its own. Whenever the operator
# runs Python code (a dunder), the item must be kept alive even if that
# code empties its container; other containers (str, dict, subclasses)
# hand out new references that must be released exactly once.
import sys


class Tracker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __sub__(self, other):
        return NotImplemented

    def __repr__(self):
        return "T(" + self.name + ")"


class Clearer:
    def __init__(self, target):
        self.target = target

    def __sub__(self, other):
        self.target.clear()
        print("cleared; other is", other)
        return other.name + "!"

    def __rsub__(self, other):
        self.target.clear()
        print("cleared (r); other is", other)
        return other.name + "?"


def right(lst, e):
    return e - lst[0]


def left(lst, e):
    return lst[0] - e


lst = [Tracker("a")]
print(right(lst, Clearer(lst)))
print("after right", lst)
lst = [Tracker("b")]
print(left(lst, Clearer(lst)))
print("after left", lst)


def floats(xs, t, k):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * 2.0 - t[i % 2] / k + xs[i] ** 2
    return s


print(floats([0.5, 1.5, -2.0, 3.25], (1.0, 4.0), 8))
print(floats([1, 2, 3], (2, 4), 2))


def mixed(xs, s, d):
    out = []
    out.append(xs[0] + 1.5)
    out.append(s[1] + "x")
    out.append(d[0] * 2.0)
    out.append(xs[-1] - 0.25)
    return out


print(mixed([2.0, 3], "abc", {0: 1.25}))


class Fresh(list):
    def __getitem__(self, i):
        return Tracker("fresh%d" % i)


def fresh(xs):
    try:
        return xs[3] - 1.0
    except TypeError as e:
        return str(e)


print(fresh(Fresh([1, 2])))
print("after fresh")

shared = 1.0e300 * 3
box = [shared]
before = sys.getrefcount(shared)
for _ in range(100):
    y = box[0] * 1.0 + box[0] - box[0]
print(sys.getrefcount(shared) - before, y)


def oob(xs):
    try:
        return xs[5] + 1.0
    except IndexError as e:
        return "IndexError: " + str(e)


print(oob([1.0]), oob((1.0,)))
