# Tuple hashing and equality fast paths in dict/set lookups: exact tuples
# of ints/strs/floats compare without __eq__; items with user __eq__ or
# __hash__, tuple subclasses, NaNs and nested tuples keep CPython's rules.

calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        calls.append("hash")
        return hash(self.v)

    def __eq__(self, other):
        calls.append("eq")
        return isinstance(other, K) and self.v == other.v


class T(tuple):
    def __eq__(self, other):
        return "T.eq"

    __hash__ = tuple.__hash__


d = {(1, 2): "a", ("x", 1.5): "b", ((1, 2), (3,)): "c", (): "e", (2**70, -1): "f"}
for key in [(1, 2), ("x", 1.5), ((1, 2), (3,)), (), (2**70, -1), (1, 2.0), (True, 2), (1, 3), (1,), (1, 2, 3)]:
    print(key, key in d, d.get(key))
print(hash((1, 2)), hash(()), hash(((1, 2), "s")), hash((1.5, -1)), hash((2**70,)))
print(hash((1, 2)) == hash((1.0, 2)), hash(T((1, 2))) == hash((1, 2)))

nan = float("nan")
n = {(nan, 1): "nan-key"}
print((nan, 1) in n, (float("nan"), 1) in n, [k == (nan, 1) for k in n])
print((nan,) == (nan,), (nan, 1) == (nan, 1), [nan] == [nan])

calls.clear()
m = {(K(1), 2): "k"}
print(calls)
calls.clear()
print((K(1), 2) in m, calls)
calls.clear()
print((K(1), 3) in m, calls)
calls.clear()
print((1, K(1)) in {(1, K(1)): 0}, calls)

s = {(1, 2), (3, 4), ("a", "b")}
print((1, 2) in s, (2, 1) in s, ("a", "b") in s, T((1, 2)) in s)
print(T((1, 2)) == (1, 2), (1, 2) == T((1, 2)))
print({T((1, 2)): 1}.get((1, 2)), {(1, 2): 1}.get(T((1, 2))))

try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {}[(1, {})]
except TypeError as e:
    print("TypeError:", e)
try:
    {(1,): 0}[(2,)]
except KeyError as e:
    print("KeyError:", e)

table = {}
for i in range(200):
    table[(i, str(i), i / 2)] = i
print(sum(table[(i, str(i), i / 2)] for i in range(200)), len(table))
for i in range(0, 200, 3):
    del table[(i, str(i), i / 2)]
print(len(table), (3, "3", 1.5) in table, (4, "4", 2.0) in table)
