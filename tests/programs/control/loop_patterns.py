# Common loop idioms
data = [3, 1, 4, 1, 5, 9, 2, 6]
for i in range(len(data) - 1, -1, -1):
    print(data[i], end=" ")
print()
for i, v in reversed(list(enumerate(data))):
    if v == 1:
        print("last 1 at", i)
        break
acc = []
for a, b in zip(data, data[1:]):
    acc.append(b - a)
print("diffs", acc)
best = None
for v in data:
    if best is None or v > best:
        best = v
print("max", best)
tokens = iter(["x", "y", "END", "z"])
for tok in tokens:
    if tok == "END":
        break
    print("token", tok)
print("remaining", list(tokens))
n = 0
while n * n < 200:
    n += 1
print("first n with n*n >= 200:", n)
seen = set()
dupes = []
for v in data:
    if v in seen:
        dupes.append(v)
    seen.add(v)
print("dupes", dupes)
window = 3
sums = [sum(data[i:i + window]) for i in range(len(data) - window + 1)]
print("window sums", sums)
total = 0
for row in range(4):
    for col in range(row + 1):
        total += 1
print("triangle cells", total)
countdown = 5
while countdown:
    countdown -= 1
print("countdown", countdown)
