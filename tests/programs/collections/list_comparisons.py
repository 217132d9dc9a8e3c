# Comparing lists and tuples lexicographically
cases = [([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 0]), ([2], [1, 9, 9]), ([], [0]), ([1, [2]], [1, [3]]),
         (["a", "b"], ["a", "B"]), ([1.0, 2], [1, 2]), ([0], [False])]
for a, b in cases:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print((1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (1, "a") == (1, "a"))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [[]] == [[]], [[]] == [[], []])
print(max([[1, 2], [3], [1, 5]]), min([(2, "b"), (2, "a"), (3, "")]))
nan = float("nan")
row = [nan]
print(row == row, [nan] == [nan], row[0] == row[0])
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, "x"][:1] + [3])
print(sorted([[3, 1], [2, 9], [2, 1, 0], [2]]))
