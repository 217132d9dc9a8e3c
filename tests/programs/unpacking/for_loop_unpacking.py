# Unpacking in for loops
pairs = [(1, "a"), (2, "b"), (3, "c")]
for num, letter in pairs:
    print(num, letter)
for i, (num, letter) in enumerate(pairs):
    print(i, num * letter)
scores = {"ann": 90, "bob": 72}
for name, score in scores.items():
    print(f"{name:>5}: {score}")
for a, b, c in ["abc", "def"]:
    print(c, b, a)
for x, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(x, rest)
names = ["x", "y", "z"]
values = [10, 20, 30]
weights = [0.5, 0.3, 0.2]
for n, v, w in zip(names, values, weights):
    print(n, v * w)
for i, (n, v) in enumerate(zip(names, values), start=1):
    print(i, n, v)
grid = {(0, 0): "A", (0, 1): "B", (1, 0): "C"}
for (r, c), label in sorted(grid.items()):
    print(r, c, label)
total = 0
for _, qty in [("pen", 3), ("ink", 2)]:
    total += qty
print(total)
for key, (low, high) in {"temp": (10, 25), "hum": (30, 60)}.items():
    print(key, high - low)
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
