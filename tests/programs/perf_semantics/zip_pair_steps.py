# `for a, b in zip(x, y)` steps both iterators without building a tuple:
# which iterator advances when one runs out, errors from either, strict.


class Loud:
    def __init__(self, name, n):
        self.name, self.n, self.i = name, n, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            print("  ", self.name, "exhausted")
            raise StopIteration
        self.i += 1
        print("  ", self.name, "gives", self.i)
        return self.i


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


def pairs(x, y):
    out = []
    for a, b in zip(x, y):
        out.append(a + b)
    return out


print(pairs(Loud("a", 2), Loud("b", 3)))
print(pairs(Loud("a", 3), Loud("b", 2)))
left = iter([1, 2, 3])
print(pairs(left, [10]), list(left))
print(sum(a * b for a, b in zip([1, 2, 3], (4, 5, 6))))
try:
    pairs([1, 2], Broken())
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in zip([1, 2], [3], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in zip([1], [3, 4], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
z = zip("ab", "cd")
for a, b in z:
    print(a, b)
print(list(z))
