# A script written at module level, as small tools and notebooks are:
# top-level loops over lists, dicts and strings that read and rebind module
# names on every iteration, helper functions called from those loops, and a
# global counter rebound inside a function. Exercises LOAD_NAME/STORE_NAME
# in module code and LOAD_GLOBAL/STORE_GLOBAL under frequent rebinding.

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]
calls = 0


def tick():
    global calls
    calls += 1


def score(word, k):
    tick()
    return (len(word) * 7 + k) % 13


def normalize(s):
    return s.strip().lower()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


# Word statistics over a generated corpus.
counts = {}
total = 0
for rep in range(50000):
    for w in WORDS:
        key = w if rep % 3 else normalize(" " + w.upper() + " ")
        counts[key] = counts.get(key, 0) + 1
        total += score(key, rep)
print("words", len(counts), total, calls)

# A running state machine over characters.
text = "the quick brown fox jumps over the lazy dog " * 3000
vowels = 0
runs = 0
prev_space = True
for ch in text:
    if ch in "aeiou":
        vowels += 1
    if ch == " ":
        prev_space = True
    elif prev_space:
        runs += 1
        prev_space = False
print("text", vowels, runs)

# Points and accumulators at module level.
points = []
for i in range(60000):
    points.append(Point(i % 97 - 48, (i * 7) % 89 - 44))
far = 0
acc = 0
best = None
for p in points:
    d = p.norm1()
    acc += d
    if d > far:
        far = d
        best = p
print("points", acc, far, best.x, best.y)

# Nested loops with module-level accumulators and a helper.
grid = 0
for i in range(800):
    row = 0
    for j in range(800):
        row += (i ^ j) & 15
    grid += row
    tick()
print("grid", grid, calls)

# A dict of lists built and folded at top level.
buckets = {}
for i in range(200000):
    b = i % 37
    if b not in buckets:
        buckets[b] = []
    buckets[b].append(i)
folded = 0
for b in sorted(buckets):
    for v in buckets[b]:
        folded = (folded * 31 + v) % 1000003
print("buckets", len(buckets), folded)

checksum = (total * 7 + vowels * 11 + acc * 13 + grid * 17 + folded + calls) % 1000000007
print("checksum", checksum)
