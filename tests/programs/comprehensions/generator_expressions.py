# Generator expressions consumed by builtins and loops
nums = [4, 8, 15, 16, 23, 42]
print(sum(n * n for n in nums), max(n % 7 for n in nums), min(-n for n in nums))
print(any(n > 40 for n in nums), all(n > 3 for n in nums), any(n > 100 for n in nums))
print(list(n // 2 for n in nums), tuple(str(n) for n in nums), set(n % 3 for n in nums))
print(",".join(str(n) for n in nums if n % 2 == 0), sorted((n % 10 for n in nums), reverse=True))
print(dict((n, n % 5) for n in nums[:3]), sum(1 for n in nums if n > 10))
gen = (c for c in "abc")
print(next(gen), next(gen), list(gen), list(gen))
g2 = (x * 10 for x in range(3))
for v in g2:
    print("got", v)
print(sum(x for x in range(0)), max((x for x in []), default="empty"))
total = sum(
    price * qty
    for price, qty in [(1.5, 2), (2.0, 3), (0.25, 4)]
)
print(total)
print(type(x for x in []).__name__)
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print("".join(reversed([c for c in "stressed"])), sum(map(int, "12345")))
lines = ["# comment", "x = 1", "", "y = 2  ", "# another"]
code = (l.strip() for l in lines)
code = (l for l in code if l and not l.startswith("#"))
print(list(code))
