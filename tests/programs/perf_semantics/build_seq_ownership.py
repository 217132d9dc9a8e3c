# BUILD_TUPLE and BUILD_LIST take over the references of their items: each
# item is released exactly once, when the container goes.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(n):
    return (Tracked(n + "-t0"), Tracked(n + "-t1")), [Tracked(n + "-l0"), n]


t, l = make("a")
print("built", len(t), len(l))
del t
print("tuple gone")
del l
print("list gone")

x = Tracked("shared")
pair = (x, x, [x])
print("refs", sys.getrefcount(x) - 1)
del pair
print("refs", sys.getrefcount(x) - 1)
del x
print("x gone")

rows = [(i, str(i), [i] * 2) for i in range(5)]
print(rows, [(a, b) for a, b, _ in rows][-1])
nested = ([1, (2, [3, (4,)])], ())
print(nested, nested[0][1][1][1], [] == [])
for _ in range(3):
    tmp = (Tracked("loop"), [Tracked("loop-list")])
tmp = None
print("end")
