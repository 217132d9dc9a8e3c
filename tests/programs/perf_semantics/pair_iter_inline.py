# FOR_ITER + UNPACK_SEQUENCE 2 over enumerate and zip objects (stepped
# inline over list and tuple iterators): comprehensions, generators and
# for statements; mutation during the loop, exhaustion, zip(it, it),
# big counts, subclasses, unpack errors and strict zips.
import sys


def listcomp_enumerate(seq):
    return [i * 10 + x for i, x in enumerate(seq) if x]


def genexpr_zip(a, b):
    return sum(x * y for x, y in zip(a, b))


def gen_pairs(it):
    for a, b in it:
        yield a, b


print(listcomp_enumerate([0, 1, 2, 0, 3]))
print(listcomp_enumerate((4, 0, 5)))
print(listcomp_enumerate(range(4)))
print(listcomp_enumerate("ab" * 0))
print(genexpr_zip([1, 2, 3], (4, 5, 6, 7)))
print(genexpr_zip((1, 2, 3, 9), [4, 5]))
print(genexpr_zip(range(3), [1, 1, 1]))
print([(k, v) for k, v in enumerate([1, 2], -3)])
print([(k, v) for k, v in enumerate([1, 2], sys.maxsize - 1)])
print([(k, v) for k, v in enumerate([1, 2, 3], 2**62 - 2)])
print([(k, v) for k, v in enumerate("xy", 2**64)])
print([(k, v) for k, v in enumerate([7, 8], True)])

# zip of one iterator with itself pairs consecutive items.
it = iter([1, 2, 3, 4, 5])
print([(a, b) for a, b in zip(it, it)])
print(list(it))
t = iter((1, 2, 3, 4))
print([a + b for a, b in zip(t, t)])

# The list grows while it is walked (the iterator reads its length).
grow = [1, 2, 3]
for i, x in enumerate(grow):
    if i < 3:
        grow.append(x * 10)
print(grow)
shrink = [1, 2, 3, 4, 5, 6]
out = []
for a, b in zip(shrink, shrink[::-1]):
    out.append((a, b))
    if len(shrink) > 3:
        shrink.pop()
print(out, shrink)

# The zip's state after the loop: exhausted iterators stay exhausted, a
# first iterator that gave an item before the second ran out loses it.
a_it = iter([1, 2, 3])
b_it = iter([10, 20])
z = zip(a_it, b_it)
print([(x, y) for x, y in z], list(a_it), list(b_it))
print(list(z))
e = enumerate([5, 6])
print([(i, x) for i, x in e], list(e))

# Pairs from other iterators take the general path.
d = {"a": 1, "b": 2}
print([(k, v) for k, v in zip(d, d.values())])
print([(i, c) for i, c in enumerate("héllo")])
print([(a, b) for a, b in zip(gen_pairs([(1, 2), (3, 4)]), "xy")])
print(list(gen_pairs(zip([1, 2], (3, 4)))))
print(list(gen_pairs(enumerate([9, 8]))))
print([(a, b) for a, b in zip([1, 2], [3, 4], strict=True)])


class MyEnum(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x * 2


class MyZip(zip):
    pass


print([(i, x) for i, x in MyEnum([1, 2, 3])])
print([(a, b) for a, b in MyZip([1, 2], [3, 4])])


class Weird(list):
    pass


print([(i, x) for i, x in enumerate(Weird([4, 5]))])
print([(a, b) for a, b in zip(Weird([1]), Weird([2, 3]))])

# Items are new references: the pair outlives the list.
def keep():
    data = [[1], [2]]
    pairs = [(i, x) for i, x in enumerate(data)]
    del data
    return pairs


print(keep())

# Errors: unpacking, strict zip, a failing inner iterator.
try:
    print([(a, b) for a, b in zip([1, 2], [3, 4], strict=True) if a] +
          [(a, b) for a, b in zip([1, 2], [3], strict=True)])
except ValueError as exc:
    print("ValueError:", exc)
try:
    print([(a, b) for a, b in enumerate([1, 2], start="x")])
except TypeError as exc:
    print("TypeError:", exc)
try:
    print([(a, b) for a, b in [(1, 2), (3,)]])
except ValueError as exc:
    print("ValueError:", exc)


def boom():
    yield 1
    raise KeyError("inner")


try:
    print([(a, b) for a, b in zip([1, 2], boom())])
except KeyError as exc:
    print("KeyError:", exc)
try:
    print([(a, b) for a, b in zip(boom(), [1, 2])])
except KeyError as exc:
    print("KeyError:", exc)

# A loop that leaves early keeps the iterators where they stopped.
l1 = iter([1, 2, 3, 4])
l2 = iter((5, 6, 7, 8))
for a, b in zip(l1, l2):
    if a == 2:
        break
print(next(l1), next(l2))
en = enumerate(iter([1, 2, 3]))
for i, x in en:
    break
print(next(en))
print(sum(i * x for i, x in enumerate(range(5), 1)))
