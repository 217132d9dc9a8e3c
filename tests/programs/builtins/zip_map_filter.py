# zip, map and filter
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "x"), (2, "y")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)))
print(list(map(str.upper, ["a", "b"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(int, ["1", "-2", " 3 "])), list(map(len, ["", "ab", [1, 2, 3]])), list(map(abs, (-1, 2, -3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda n: n % 3 == 0, range(20))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2])
print(type(z).__name__, type(m).__name__, type(filter(None, [])).__name__)
pairs = list(zip("abc", range(3)))
letters, nums = zip(*pairs)
print(letters, nums)
print(sum(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
