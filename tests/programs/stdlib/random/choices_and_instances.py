import random

random.seed(7)
print(random.choices("abc", k=10))
print(random.choices(["win", "lose"], weights=[1, 9], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=6))
print(random.choices([1, 2, 3]))
rng = random.Random(123)
other = random.Random(123)
print(rng.random() == other.random(), rng.randint(1, 6), [other.randint(1, 6) for _ in range(5)])
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, a)
r2 = random.Random("seed-string")
print(r2.random(), r2.choice(["x", "y", "z"]))
r3 = random.Random()
r3.seed(99)
print(r3.sample(range(50), 4))
counts = {}
random.seed(1)
for _ in range(1000):
    v = random.randint(1, 3)
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()))
random.seed(5)
print(sum(random.random() for _ in range(10000)))
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
errors = [
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(10, 0, 2),
    lambda: random.randrange(1.5),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.getrandbits(-1),
    lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.choices([1], [1], cum_weights=[1]),
    lambda: random.seed([1]),
]
for f in errors:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
