# GET_ITER on a range builds its iterator directly: small bounds give a
# range_iterator, bounds or lengths beyond 64 bits a longrange_iterator.
# Both must iterate exactly as CPython's.

for r in (range(5), range(2, 9, 3), range(10, 0, -4), range(0), range(5, 2)):
    print([x for x in r], list(iter(r)))
    for x in r:
        print(x, end=" ")
    print()

big = 2**63
for r in (
    range(big - 2, big + 2),
    range(-big - 1, -big + 2),
    range(big, big - 6, -2),
    range(10**20, 10**20 + 3),
    range(0, 2**64, 2**62),
):
    for x in r:
        print(x, end=" ")
    print(type(iter(r)).__name__)

# The last element near the edge of i64.
for x in range(2**63 - 3, 2**63 - 1):
    print(x)
for x in range(-(2**63) + 2, -(2**63), -1):
    print(x)
print(type(iter(range(3))).__name__)

n = 0
for i in range(3):
    for j in range(i, 4):
        n += i * j
print(n)

it = iter(range(3))
for x in it:
    print("first", x)
    break
for x in it:
    print("rest", x)
print(list(it), next(it, "done"))

nested = [(i, j) for i in range(3) for j in range(i)]
print(nested)

# Ranges cannot be subclassed; ranges of bools and __index__ objects.
try:

    class R(range):
        pass

except TypeError as e:
    print(e)


class Idx:
    def __index__(self):
        return 4


print([x for x in range(True, Idx())])
try:
    for x in range(1.5):
        pass
except TypeError as e:
    print(e)
try:
    for x in range(1, 5, 0):
        pass
except ValueError as e:
    print(e)
