# Sorting lists: key, reverse, stability
nums = [5, -2, 9, 0, -7, 3, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda n: -n))
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
by_age = sorted(by_name, key=lambda p: p[1])
print(by_age)
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
records.sort(key=lambda r: r["v"])
print([r["n"] for r in records])
data = [3, 1, 2]
result = data.sort()
print(result, data)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
mixed = [[2, 1], [1, 2, 3], [1, 2], []]
print(sorted(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2.5, 1, True)))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
