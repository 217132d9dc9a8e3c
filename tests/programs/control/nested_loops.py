# Nested loops and breaking out of several levels
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None


print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 100), find_pair([3, 3], 6))
grid = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value * value > 50:
            found = (r, c, value)
            break
    if found:
        break
print("first square > 50:", found)
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
for size in range(1, 5):
    print(" " * (4 - size) + "*" * (2 * size - 1))
count = 0
for a in range(1, 21):
    for b in range(a, 21):
        for c in range(b, 21):
            if a + b + c == 20 and a * b * c > 250:
                count += 1
print("triples", count)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if (i + j) % 2 == 0:
            print(f"({i},{j})", end=" ")
        j += 1
    i += 1
print()
