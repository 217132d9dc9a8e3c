# Mixing ints and floats: promotion, comparisons and conversion
print(1 + 1.0, 3 * 0.5, 7 - 0.5, 9 / 3, 9 // 2.0, 9 % 2.0)
print(type(1 + 1.0).__name__, type(9 / 3).__name__, type(9 // 3).__name__)
print(2 ** 63 + 0.0, float(2 ** 63) == 2 ** 63, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(1 < 1.1, 2 >= 2.0, -1 > -1.5, 3 == 3.0000000000000001)
big = 10 ** 400
print(big > 1e308, big < float("inf"), -big > float("-inf"))
try:
    float(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    big / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(big // 10 ** 399, (big + 1) / big)
print(int(2.5), int(-2.5), int(1e20), int(1.9999999999999999), int(-0.9))
print(round(7.0), type(round(7.0)).__name__, round(7.3, 0), type(round(7.3, 0)).__name__)
nums = [3, 1.5, 2, -0.5, 10, 2.0]
print(sum(nums), max(nums), min(nums), sorted(nums))
print(sum([0.1] * 10), sum([1, 2, 3]) / 3)
mean = sum(nums) / len(nums)
var = sum((x - mean) ** 2 for x in nums) / len(nums)
print(round(mean, 4), round(var, 4))
print(sorted([2, 2.0, 1, 1.0, True]))
