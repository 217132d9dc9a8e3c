# iter and next, including defaults and the callable-sentinel form
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(next(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
data = ["a", "b", "STOP", "c"]
pos = [0]


def read():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(read, "STOP")), pos[0])
it2 = iter([1, 2, 3])
print(iter(it2) is it2, list(it2), list(it2))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
lines = iter(["header", "row1", "row2"])
header = next(lines)
print(header, [r.upper() for r in lines])
pairs = iter(range(6))
print(list(zip(pairs, pairs)))
