# list(range(...)), tuple(range(...)) and list.extend(range(...)) build the
# items directly when the bounds are small ints; big bounds, negative steps,
# empty ranges and errors behave as in CPython.

big = 2**62
cases = [
    (5,), (0,), (-3,), (2, 9), (9, 2), (9, 2, -2), (-5, 5, 3), (10, -10, -7),
    (big - 3, big + 2), (-big - 2, -big + 3), (big - 10, big, 4), (0, 3 * big, big),
    (3 * big, 0, -big), (2**70, 2**70 + 3), (True, 4), (0, 10, 10), (0, 10, 11),
]
for args in cases:
    r = range(*args)
    l = list(r)
    t = tuple(r)
    e = [None]
    e.extend(r)
    print(args, len(r), l, t == tuple(l), e[1:] == l, [type(x).__name__ for x in l[:1]])
    assert l == [x for x in r]
print(sorted(range(5, 0, -1)), sum(range(1000)), list(reversed(range(4))))
for bad in [(1, 2, 0), (1.5,), ("a", 3)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
r = range(-big, big - 1)
print(r[-1], r[0], r[2**62], (big - 2) in r, range(0, 2**80, 2**78)[3], r == range(-big, big - 1, 1))
try:
    len(r)
except OverflowError as err:
    print("OverflowError", err)
