# Comparisons, chained comparisons and their evaluation order
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 5 > 3 < 4, 1 <= 1 < 2 <= 2)
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 > 4)
calls = []


def val(n):
    calls.append(n)
    return n


print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)
calls.clear()
print(val(1) < val(5) > val(2) == val(2))
print(calls)
print(1 == 1.0, 1 < 1.5, -0.0 == 0, 2 ** 70 > 1e20, 2 ** 70 == float(2 ** 70))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 9, 9))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1, 2} == {2, 1}, {"a": 1} == {"a": 1})
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} < {1, 2})
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, [] == (), 0 == False)
