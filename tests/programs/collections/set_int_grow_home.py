# The add that fills a table may store its key in its home slot and resize
# at once; the resized table (same keys, counts carried over) must keep
# CPython's order and answer every lookup. Keys land in empty home slots,
# after collisions, next to dummies and among heap keys with equal hashes.


def trace(keys, start=()):
    s = set(start)
    orders = []
    for k in keys:
        s.add(k)
        orders.append(list(s))
    return s, orders


# The 5th key of an 8-slot table goes to its empty home slot: resize to 32.
s, orders = trace([0, 1, 2, 3, 4])
print(orders[-2], orders[-1])
print([k in s for k in range(-2, 40)])

# The 19th key of a 32-slot table: resize to 128.
s, orders = trace(range(0, 19 * 7, 7))
print(orders[-2])
print(orders[-1])
print(sum(1 for k in range(200) if k in s), len(s))

# Colliding keys (same home slot modulo 8 and 32), then one at home.
s, orders = trace([8, 16, 24, 32, 5])
print(orders)
s, orders = trace([64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384,
                   416, 448, 480, 512, 544, 576, 608, 33])
print(orders[-1])

# Negative ints, -1 (hash -2), and a bucket count that saturates.
s, orders = trace([-1, -2, 31, 63, 95, 127, 159, 191, -33, 2**40, -(2**40)])
print(orders[-1])
print(-1 in s, -2 in s, 223 in s, 2**40 in s)

# Dummies: removals, then adds whose home slots are empty.
s = {1, 2, 3, 4}
s.discard(2)
s.discard(3)
for k in (10, 11, 12, 13, 18, 26):
    s.add(k)
    print(list(s), len(s))

# Churn (add/remove repeatedly) then growth.
s = set()
for i in range(300):
    s.add(i % 37)
    if i % 3 == 0:
        s.discard((i * 7) % 37)
print(list(s))
for k in range(100, 140):
    s.add(k)
print(list(s))

# Heap keys with the hashes of ints already there: 1.0 == 1 == True.
s = {1, 2, 3}
s.add(1.0)
s.add(True)
s.add(4.0)
s.add(5)
print(s, [type(k).__name__ for k in s])
s.add(12)
s.add(20)
print(s)


class K:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, int) and other == self.h

    def __repr__(self):
        return "K(%d)" % self.h


s = {K(3), K(11)}
for k in (3, 11, 19, 27, 35, 4):
    s.add(k)
    print(s)

# Subclass of int keys (never tagged), and a set subclass.
class I(int):
    pass


s = {I(1), I(9)}
s.add(1)
s.add(17)
s.add(25)
s.add(33)
print(s, [type(k).__name__ for k in s])


class S(set):
    def add(self, k):
        super().add(k * 2)


t = S()
for k in range(10):
    t.add(k)
print(sorted(t), list(t))

# Adding while iterating: the resize is seen as a size change.
s = {0, 1, 2, 3}
try:
    for k in s:
        s.add(k + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(s))
