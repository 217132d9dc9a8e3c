# Tuples: packing, single elements, methods, immutability, hashing
t = 1, 2, 3
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__)
print(len(t), t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 in t)
print(t.count(2), t.index(3), (1, 1, 2, 1).count(1), tuple("abc"), tuple([1, [2]]))
try:
    t[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
inner = (1, [2, 3])
inner[1].append(4)
print(inner)
try:
    hash(inner)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(0, 0): "origin"}[(0, 0)])
points = [(3, 4), (1, 2), (3, 1), (0, 0)]
print(sorted(points), max(points), min(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
distances = {p: (p[0] ** 2 + p[1] ** 2) ** 0.5 for p in points}
print(distances)


def min_max(xs):
    return min(xs), max(xs)


lo, hi = min_max([4, 8, 1, 9])
print(lo, hi, min_max("hello"))
print(tuple(range(5)), tuple(x * x for x in range(4)), (1, 2) + tuple([3]))
print(repr((1,)), repr(((),)), str(("a", 1.5, None)))
