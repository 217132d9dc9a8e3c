# zip of three or more list, tuple and range iterators (items straight into
# the tuple), and everything that takes the general path: the same
# iterator twice, other iterators, exhaustion, strict, mutation.
a, b, c = [1, 2, 3], (4, 5, 6, 7), range(7, 100)
print(list(zip(a, b, c)))
print([x + y + z for x, y, z in zip(a, b, c)])
print(list(zip(a, b, c, "xyz", [0.5] * 3)))
print(list(zip()), list(zip([])), list(zip(a)), list(zip([], b, c)))
print(list(zip(range(2**62, 2**62 + 3), range(3), [9, 9, 9])))
it = iter([1, 2, 3, 4, 5, 6, 7])
print(list(zip(it, it, it)), list(it))
t = iter((1, 2, 3, 4))
print(list(zip(t, [10, 20, 30], t)))
z = zip(iter([1, 2]), iter([3, 4, 5]), iter([6, 7, 8]))
print(list(z), list(z))
shrink = [1, 2, 3, 4, 5]
out = []
for x, y, w in zip(shrink, shrink, range(10)):
    out.append((x, y, w))
    shrink.pop()
print(out)
print(list(zip(a, b, c, strict=False)))
try:
    print(list(zip(a, b, [1, 2, 3], strict=True)))
except ValueError as exc:
    print("ValueError:", exc)
try:
    print(list(zip([1, 2], [1, 2], [1, 2, 3], strict=True)))
except ValueError as exc:
    print("ValueError:", exc)


def gen():
    yield "g1"
    yield "g2"


print(list(zip(a, gen(), b)), list(zip(gen(), a, {"k": 1, "j": 2})))
m = map(str, [1, 2, 3])
print(list(zip(a, m, c)))
