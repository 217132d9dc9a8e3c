# sorted and reversed
data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted({3: "c", 1: "a"}), sorted({"b", "a", "c"}), sorted((3, 1, 2)))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([-3, 2, -1, 4], key=abs), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.casefold))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: t[1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"x": 1, "y": 2})), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return self.n - i


class Custom:
    def __reversed__(self):
        return iter(["custom", "reversed"])


print(list(Countdown(4)), list(reversed(Countdown(4))), list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted([], reverse=True), sorted("a"))
