# break and continue in for and while loops
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
total = 0
for n in range(1, 100):
    if n % 3 == 0 or n % 5 == 0:
        continue
    total += n
    if total > 200:
        print("stopping at", n, "total", total)
        break
words = ["alpha", "", "beta", "#skip", "gamma", "STOP", "delta"]
kept = []
for w in words:
    if not w:
        continue
    if w.startswith("#"):
        continue
    if w == "STOP":
        break
    kept.append(w)
print(kept)
i = 0
out = []
while i < 20:
    i += 1
    if i % 4 == 0:
        continue
    if i > 14:
        break
    out.append(i)
print(out)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
line_count = 0
for line in "a\nb\n\nc\n# c\nd".split("\n"):
    if not line or line[0] == "#":
        continue
    line_count += 1
print("lines", line_count)
