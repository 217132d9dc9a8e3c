from itertools import count, cycle, repeat, islice, takewhile, dropwhile, accumulate, chain
import itertools
import operator

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 4)))
c = count(3)
next(c)
print(c, count(2, 3), repeat("x", 2), repeat(7))
print(list(islice(cycle("abc"), 8)), list(repeat(1, 3)), list(repeat(None, 0)), list(repeat(1, -2)))
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", None)), list(islice("abcdef", 2, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate([], initial=5)), list(accumulate("abc")))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
print(list(itertools.zip_longest("abc", [1, 2])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
for bad in [lambda: islice([1], -1), lambda: islice([1], 0, 1, 0), lambda: islice([1], "a"), lambda: repeat(1, "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
