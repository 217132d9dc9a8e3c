# sys.getsizeof of lists and dicts follows CPython 3.11's allocation:
# a display of 3+ constants extends an empty list with a tuple constant
# (room for the items rounded up to even), dicts count a 32-byte keys
# header, 1-byte indices and 16-byte entries when every key is a str.
import sys

a, b = 5, 6
lists = [
    [], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4, 5],
    ["x", "y", "z", "w", "v", "u", "t"], [None, True, 1.5],
    [a], [a, b], [a, b, a], [1, a], [1, 2, a], [*(1, 2, 3)], [*[1, 2, 3, 4, 5]],
]
print([sys.getsizeof(x) for x in lists])
print([len(x) for x in lists], lists[7])

grown = []
for i in range(20):
    grown.append(i)
print(sys.getsizeof(grown), sys.getsizeof([0] * 10), sys.getsizeof(list(range(10))))

dicts = [
    {}, {1: 2}, {a: b}, {"a": 1}, {"a": 1, "b": 2}, dict(a=1, b=2),
    {i: i for i in range(6)}, {str(i): i for i in range(6)},
    {i: i for i in range(11)}, {str(i): i for i in range(30)},
    {(1, 2): 3}, {2: 3, 4: "s"},
]
print([sys.getsizeof(d) for d in dicts])
print([len(d) for d in dicts])

# An empty list extended by an exact list or tuple (or by itself).
s = []
s.extend(s)
t = []
t.extend((1, 2, 3))
v = []
v.extend([1, 2, 3, 4, 5])
print(s, t, v, sys.getsizeof(s), sys.getsizeof(t), sys.getsizeof(v))
