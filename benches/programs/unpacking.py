# Sequence unpacking: tuple swaps, rotations, nested and starred targets,
# unpacking in for loops and comprehensions, functions returning tuples,
# and * / ** in calls and displays.


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def rotate(a, b, c, d):
    for _ in range(50):
        a, b, c, d = b, c, d, a
        a, b = b, a
    return a, b, c, d


def min_max_sum(values):
    lo, hi, total = values[0], values[0], 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total


def split_ends(seq):
    first, *middle, last = seq
    return first, len(middle), last


def nested(points):
    acc = 0
    for (x, y), (dx, dy) in points:
        x, y = x + dx, y + dy
        acc += x * y
    return acc


def starred_calls(rows):
    total = 0
    for row in rows:
        total += max(*row) - min(*row)
        head, *tail = row
        total += len([*tail, head])
    return total


def combine(**kw):
    return len(kw)


def main():
    print("fib", fib_pairs(1000000))
    acc = 0
    for i in range(120000):
        a, b, c, d = rotate(i, i + 1, i + 2, i + 3)
        acc += a - d + b * c % 7
    print("rotate", acc)
    values = [(i * 7919) % 10007 - 5000 for i in range(2000)]
    s = 0
    for i in range(800):
        lo, hi, total = min_max_sum(values[i:])
        s += hi - lo + total
    print("min max", s)
    seq = list(range(20))
    s = 0
    for i in range(120000):
        first, n, last = split_ends(seq[i % 5:])
        s += first + n + last
    print("split ends", s)
    points = [((i, i + 1), (i % 3, -(i % 5))) for i in range(200)]
    print("nested", sum(nested(points) for _ in range(4000)))
    rows = [tuple(range(i % 7, i % 7 + 5)) for i in range(80000)]
    print("starred", starred_calls(rows))
    d1 = {"a": 1, "b": 2}
    d2 = {"c": 3}
    print("merged", sum(combine(**d1, **d2, z=i) for i in range(80000)))
    pairs = [(i, -i) for i in range(1000)]
    t = 0
    for _ in range(400):
        t += sum(x * y for x, y in pairs)
        xs, ys = zip(*pairs)
        t += len(xs) + ys[-1]
    print("zip", t)


main()
