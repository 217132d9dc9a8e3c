# Comparisons of two exact tuples or two exact lists go straight to the
# sequence comparison; items keep their own rules, and subclasses their
# overrides.
nan = float("nan")
pairs = [
    ((1, 2), (1, 3)),
    ((1, 2), (1, 2)),
    ((1, 2, 3), (1, 2)),
    ((), ()),
    (("a", 1.5), ("a", 1.25)),
    ((nan,), (nan,)),
    ((1, (2, 3)), (1, (2, 4))),
    ([1, 2], [1, 2, 0]),
    ([[1], [2]], [[1], [2]]),
    ([nan], [float("nan")]),
]
for a, b in pairs:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)

try:
    (1, "x") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [None] < [None]
except TypeError as e:
    print("TypeError:", e)
print((1, None) < (2, None), [1, None] == [1, None])


class Loud:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n


print((Loud(1), Loud(2)) < (Loud(1), Loud(3)))
print([Loud(5)] == [Loud(5)])


class Boom:
    def __eq__(self, other):
        raise ValueError("no eq")


try:
    (Boom(),) == (Boom(),)
except ValueError as e:
    print("ValueError:", e)


class RevTuple(tuple):
    def __lt__(self, other):
        return "reversed"


class RevList(list):
    def __gt__(self, other):
        return "list gt"


print(RevTuple((1,)) < (2,), (2,) > RevTuple((1,)), (1,) < RevTuple((0,)))
print([1] < RevList([0]), RevList([0]) > [1])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([[3, 1], [3, 0], [2, 9]]), min((4, 4), (4, 3, 9)))
