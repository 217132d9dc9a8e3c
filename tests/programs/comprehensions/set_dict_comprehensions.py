# Set and dict comprehensions
print({n % 5 for n in range(20)})
print(sorted({w.lower() for w in "The the THE cat Cat dog".split()}))
print({n: n * n for n in range(6)})
print({c: "aeiou".count(c) + 1 for c in "abcde"})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: w for w in words})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print(sorted({len(w) for w in words}), sorted({len(w): w for w in words}.items()))
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()}, {k.upper(): v * 10 for k, v in d.items()})
print({k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({x for x in range(10) if x % 2} == set(range(1, 10, 2)))
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts, {k: v for k, v in counts.items() if v > 2})
squares = {n: n ** 2 for n in range(4)}
squares.update({n: -1 for n in range(2, 6)})
print(squares)
print({True: 1, 1: 2, 1.0: 3}, {i % 3: i for i in range(10)})
