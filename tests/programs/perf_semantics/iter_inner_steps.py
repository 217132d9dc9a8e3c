# zip, enumerate, map and filter step inner list, tuple and range
# iterators directly; other iterators, exhausted ones and sequences
# changed during iteration must behave exactly as through next().

nums = [1, 2, 3, 4]
print(list(zip(nums, (10, 20, 30), range(100, 200))))
print(list(enumerate(range(5, 0, -2), start=-1)))
print(list(map(lambda a, b: a * b, nums, range(3, 10))))
print(list(filter(None, [0, 1, "", "x", (), (0,)])))
print(list(filter(lambda x: x % 2, range(10))))
print([a + b for a, b in zip(range(3), iter([7, 8, 9]))])
print(sum(x * y for x, y in zip([1, 2, 3], (4, 5, 6))))
for i, w in enumerate(("a", "b")):
    print(i, w)

# A list that grows while zip/enumerate walk it.
grow = [1, 2]
for i, x in enumerate(grow):
    if len(grow) < 5:
        grow.append(x * 10)
    print("grow", i, x)
grow = [1, 2]
for a, b in zip(grow, range(6)):
    if len(grow) < 4:
        grow.append(a + 100)
    print("zip grow", a, b)

# A list shrinking under enumerate.
shrink = [1, 2, 3, 4, 5]
for i, x in enumerate(shrink):
    print("shrink", i, x)
    if x == 2:
        shrink.clear()
print(shrink)

# Exhausted list iterators stay exhausted even if the list grows.
lst = [1]
it = iter(lst)
print(list(zip(it, range(5))))
lst.append(2)
print(list(zip(it, range(5))), list(it))
it = iter((1, 2))
print(list(enumerate(it)), list(enumerate(it)))
r = iter(range(2))
print(list(map(str, r)), list(map(str, r)))

# Shared iterators: zip pulls from the same list iterator twice.
it = iter(range(7))
print(list(zip(it, it)))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it, it)), list(it))

# zip stops at the shortest; the longer iterator loses one item.
a = iter([1, 2, 3])
b = (10,)
print(list(zip(a, b)), list(a))
a = iter([1, 2, 3])
print(list(zip(b, a)), list(a))

# strict zip over sequence iterators.
try:
    print(list(zip([1, 2], (3,), strict=True)))
except ValueError as e:
    print(e)
try:
    print(list(zip(range(1), [5, 6], strict=True)))
except ValueError as e:
    print(e)
try:
    print(list(zip([1], (2,), range(3), strict=True)))
except ValueError as e:
    print(e)
print(list(zip((1, 2), range(2), strict=True)))

# Ranges near the ends of 64 bits and beyond (long ranges).
print(list(enumerate(range(2**63 - 3, 2**63))))
print(list(zip(range(-(2**63), -(2**63) + 3), "abc")))
print(list(map(lambda v: v - 2**64, range(2**64, 2**64 + 2))))


# Iterator subclasses and user iterators inside.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class MyEnum(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 100, v


print(list(zip(Countdown(3), [7, 8, 9, 10])))
print(list(zip(MyEnum("xy"), (1, 2, 3))))
print(list(enumerate(zip((1, 2), range(5)))))


def gen(seq):
    for x in seq:
        seq.append(x) if len(seq) < 4 else None
        yield x


data = [5, 6]
print(list(zip(iter(data), gen(data))), data)

# Errors from inner iterators propagate unchanged.
def bad():
    yield 1
    raise KeyError("inner")


try:
    print(list(zip([1, 2, 3], bad())))
except KeyError as e:
    print("KeyError", e)
try:
    print(list(enumerate(5)))
except TypeError as e:
    print(e)
try:
    print(list(zip([1], 5)))
except TypeError as e:
    print(e)
try:
    list(map(lambda x: 1 // x, range(-1, 2)))
except ZeroDivisionError as e:
    print(e)

# enumerate counts crossing 64 bits and starting beyond them.
print(list(enumerate((1, 2, 3), start=2**63 - 2)))
print(list(enumerate([1, 2], start=2**64)))
print(list(enumerate(range(3), start=-(2**63) - 1)))
print(list(enumerate(range(2), start=2**62 - 1)))
e = enumerate([10, 20, 30])
print(next(e), list(zip(e, e)))
