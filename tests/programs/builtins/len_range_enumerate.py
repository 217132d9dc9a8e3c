# len, range and enumerate
print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
print(list(range(4)), list(range(2, 9, 3)), list(range(5, 0, -2)), list(range(-3)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", -1)))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))


class Five:
    def __len__(self):
        return 5


print(len(Five()))
try:
    len(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    len(x for x in [])
except TypeError as err:
    print(type(err).__name__, err)
words = ["alpha", "beta", "gamma"]
for idx in range(len(words)):
    print(idx, words[idx], len(words[idx]))
print(sum(i for i, _ in enumerate(range(100))), len(list(enumerate(range(7)))))
