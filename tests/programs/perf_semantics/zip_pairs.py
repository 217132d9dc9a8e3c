# `for a, b in zip(x, y)` steps list, tuple and range iterators in place;
# other iterators, exhaustion order and errors behave as in CPython.


def gen(n):
    for i in range(n):
        yield i * 10
    print("gen done")


def bad():
    yield 1
    raise ValueError("second failed")


xs = [1, 2, 3, 4]
it = iter(xs)
out = []
for a, b in zip(it, (7, 8)):
    out.append((a, b))
print(out, list(it))
it = iter(xs)
for a, b in zip(it, gen(2)):
    out.append((a, b))
print(out, list(it))
for a, b in zip(range(3), "xyz"):
    print(a, b, end=" ")
print()
ys = [1, 2, 3]
for a, b in zip(ys, ys):
    if a == 1:
        ys.append(9)
    print(a, b, end=" ")
print()
try:
    for a, b in zip([1, 2, 3], bad()):
        print("got", a, b)
except ValueError as e:
    print("ValueError", e)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(sum(x * y for x, y in zip(range(100), range(100, 200))))
print([a + b for a, b in zip([1.5, 2.5], (1, 2))])
