# set operators and comparisons (small ints only, printed sorted where needed)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {1, 9} <= a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({8, 9}))
print(len(a), 3 in a, 30 not in a, set(), {0}, set([3, 3, 1]), set(range(5)))
words = set("the quick brown the lazy quick dog".split())
print(sorted(words), len(words))
print(sorted(set("mississippi")), "".join(sorted(set("hello world") - {" "})))
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens ^ threes)[:5], len(evens | threes))
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1, 2, 3}, {1.0, 1, True})
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
dedup = []
seen = set()
for x in [3, 1, 3, 2, 1, 5]:
    if x not in seen:
        seen.add(x)
        dedup.append(x)
print(dedup)
