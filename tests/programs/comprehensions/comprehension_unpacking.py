# Unpacking targets inside comprehensions
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2])
print({name: num for num, name in pairs})
print([f"{i}:{c}" for i, c in enumerate("abc", start=1)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([(x, y, z) for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de", "f"]])
print([rest for first, *rest in [[1, 2, 3], [4, 5]]])
print([(h, t) for h, *_, t in ["hello", "xy", "abc"]])
points = [{"x": 1, "y": 2}, {"x": 3, "y": 4}]
print([(p["x"], p["y"]) for p in points], [x * y for x, y in (p.values() for p in points)])
d = {"a": [1, 2], "b": [3]}
print([(k, v) for k, vs in d.items() for v in vs])
print(sum(a * b for a, b in zip(range(5), range(5, 10))))
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)
