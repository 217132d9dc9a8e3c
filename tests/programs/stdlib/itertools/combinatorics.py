from itertools import product, permutations, combinations, combinations_with_replacement, groupby, tee

print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))), list(product()))
print(list(product("ab", repeat=2)))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5], list(permutations([1, 2], 3)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("abc", 2)), len(list(combinations_with_replacement(range(5), 3))))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabbbcccaab")])
print([k for k, g in groupby([1, 1, 2, 3, 3, 3])])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("hey", 3)
print(list(x), list(y), list(z))
data = [("math", 90), ("math", 75), ("art", 60), ("art", 88), ("cs", 99)]
for subject, rows in groupby(sorted(data), key=lambda r: r[0]):
    scores = [s for _, s in rows]
    print(subject, scores, sum(scores) / len(scores))
for bad in [lambda: permutations("ab", -1), lambda: combinations("ab", -1), lambda: product("a", repeat=-1), lambda: tee([], -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
