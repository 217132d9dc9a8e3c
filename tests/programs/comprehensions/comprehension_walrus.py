# Assignment expressions inside comprehensions
data = [3, 8, 1, 9, 4, 7]
running = 0
cumulative = [running := running + x for x in data]
print(cumulative, running)
print([y for x in data if (y := x * 3) > 12], y)


def expensive(n):
    return n * n - 10


print([(n, v) for n in range(6) if (v := expensive(n)) > 0])
words = ["alpha", "be", "gamma", "pi", "epsilon"]
print([(w, n) for w in words if (n := len(w)) > 2])
last = None
print([last := w for w in words if w.startswith("e") or w.startswith("g")], last)
if any((hit := w).endswith("a") for w in words):
    print("first ending in a:", hit)
if all((bad := w) != "pi" for w in words):
    print("no pi")
else:
    print("stopped at", bad)
print({(k := w[0]): w for w in words}, k)
