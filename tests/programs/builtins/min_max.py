# min and max with key and default
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min("hello"), max("apple", "banana"))
print(max([], default=None), min((), default="empty"), max([4], default=0))
words = ["kiwi", "banana", "fig", "cherry"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2, 1], [1, 5], [1, 2]]))
print(max([3, 3.0]), min([1, True]), max([-1, -5], key=abs), max(2, 3, key=lambda x: -x))
scores = {"ann": 91, "bob": 78, "cy": 91}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda n: (n % 4, n)), min(range(1, 10), key=lambda n: abs(n - 4.6)))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, "a"), lambda: min([], key=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
print(max("a", "B"), max("a", "B", key=str.lower), min(float("inf"), 10 ** 400 > 0))
