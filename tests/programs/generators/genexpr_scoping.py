# Generator expressions: laziness, scoping of the first iterable, reuse.
data = [3, 1, 4, 1, 5, 9, 2, 6]
squares = (x * x for x in data)
print(type(squares).__name__)
print(next(squares), next(squares))
print(sum(squares))
print(list(squares))

evens = (x for x in data if x % 2 == 0)
data = []
print(list(evens))

calls = []


def src(n):
    calls.append(f"src {n}")
    return range(n)


gen = (i for i in src(3))
print(calls)
calls.append("before iteration")
print(list(gen), calls)

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(max(len(w) for w in "the quick brown fox".split()))
print(", ".join(str(n) for n in range(5) if n != 2))
print(any(c.isdigit() for c in "abc1"), all(c.islower() for c in "abC"))
nested = (sum(x for x in range(r)) for r in range(5))
print(list(nested))
try:
    print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted((x % 3, x) for x in range(7)))
