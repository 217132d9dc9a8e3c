# Combining enumerate, zip, reversed, sorted, map and filter in one pipeline
scores = {"ann": [90, 85, 77], "bob": [60, 75, 80], "cy": [88, 92, 95], "dee": [70, 65, 50]}
averages = {name: sum(s) / len(s) for name, s in scores.items()}
ranking = sorted(averages.items(), key=lambda kv: kv[1], reverse=True)
for rank, (name, avg) in enumerate(ranking, start=1):
    print(f"{rank}. {name:<4} {avg:6.2f}")
best_per_test = [max(col) for col in zip(*scores.values())]
print("best per test:", best_per_test)
improving = list(filter(lambda n: all(a < b for a, b in zip(scores[n], scores[n][1:])), scores))
print("improving:", improving)
print("reversed ranking:", [n for n, _ in reversed(ranking)])
passed = {n: list(map(lambda s: s >= 70, s)) for n, s in scores.items()}
print(passed)
print("all passed:", [n for n, p in passed.items() if all(p)], "any failed:", [n for n, p in passed.items() if not all(p)])
deltas = {n: [b - a for a, b in zip(s, s[1:])] for n, s in scores.items()}
print(deltas)
print(max(deltas, key=lambda n: sum(deltas[n])), min(deltas, key=lambda n: min(deltas[n])))
