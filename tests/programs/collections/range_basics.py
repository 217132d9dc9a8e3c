# range objects: len, indexing, slicing, membership, reversed, repr
r = range(10)
print(r, repr(range(2, 20, 3)), range(5, 0, -1), len(r), len(range(2, 20, 3)), len(range(5, 0)))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 5)))
print(r[3], r[-1], r[2:5], r[::2], r[::-1], range(2, 20, 3)[1:4], range(0, 100, 7)[-3:])
print(list(r[::-3]), list(range(2, 20, 3)[::-1]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(list(reversed(range(1, 10, 2))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0, 10, 2).index(6), range(0, 10, 2).count(6), range(0, 10, 2).count(5))
print(range(10) == range(0, 10, 1), range(0) == range(5, 5), range(3) == [0, 1, 2])
big = range(0, 10 ** 20, 3)
print(big[10 ** 18], 10 ** 18 in big, 10 ** 18 + 1 in big, big[-1])
print(r.start, r.stop, r.step, range(1, 2, 3).step)
for bad in [lambda: len(big), lambda: range(0, 10, 0), lambda: r[10], lambda: range(1.5), lambda: range(3).index(7)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), [i * i for i in range(-2, 3)])
