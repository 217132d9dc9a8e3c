# Converting between container types
s = "hello"
print(list(s), tuple(s), set(s) == {"h", "e", "l", "o"}, sorted(set(s)))
d = {"x": 1, "y": 2}
print(list(d), list(d.values()), list(d.items()), tuple(d.items()), dict(list(d.items())))
pairs = [("a", 1), ("b", 2), ("a", 3)]
print(dict(pairs), list(zip(*pairs)))
print(list(range(3)), tuple(range(3)), set(range(3)), frozenset(range(3)))
nested = [[1, 2], [3, 4]]
print(dict(nested), [tuple(x) for x in nested], tuple(map(tuple, nested)))
print(list(map(str, [1, 2, 3])), list(map(int, "123")), list(map(float, ["1.5", "2"])))
print(list(enumerate("ab")), dict(enumerate("ab")), list(reversed((1, 2, 3))))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
print(str([1, 2]), list(str(12)), "".join(map(str, (1, 2, 3))))
print(list({3: 0, 1: 0, 2: 0}), sorted({3: 0, 1: 0, 2: 0}.items(), reverse=True))
