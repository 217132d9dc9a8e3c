# Direct calls of closures copy the closure's cells into the callee's
# frame inline, each with a reference of its own: the cells must outlive
# the function object when the callee drops the last reference to its own
# function, closures with many cells, and cells shared between closures.
import sys


def make_many():
    a, b, c, d, e, f, g = 1, 2, 3, 4, 5, 6, 7

    def total(k):
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + k

    def bump():
        nonlocal a, g
        a += 100
        g -= 1

    return total, bump


total, bump = make_many()
print("many", total(0), total(1))
bump()
print("after bump", total(0))


holder = []


def make_self_dropping():
    payload = ["payload"]

    def run(n):
        # The only reference to this function goes away while it runs.
        holder.clear()
        x = [payload[0]] * n
        return len(x), payload[0]

    return run


holder.append(make_self_dropping())
print("self dropping", holder[0](3), len(holder))


def shared():
    box = []

    def push(v):
        box.append(v)
        return len(box)

    def pop():
        return box.pop()

    return push, pop


push, pop = shared()
for i in range(5):
    push(i * i)
print("shared", pop(), pop(), push(99), pop())


def nested(n):
    base = n

    def outer(k):
        def inner(j):
            return base + k + j
        return inner(k) + inner(1)

    return sum(outer(i) for i in range(4))


print("nested", nested(10))


def recurse(limit):
    seen = set()

    def walk(i):
        if i >= limit:
            return 0
        seen.add(i)
        return 1 + walk(i + 1)

    return walk(0), len(seen)


print("recurse", recurse(300))


def counted():
    token = object()

    def get(k):
        return token

    before = sys.getrefcount(token)
    for i in range(1000):
        get(i)
    return sys.getrefcount(token) - before


print("refcount delta", counted())


def deep():
    x = 1

    def down(n):
        return down(n + 1) if n < 10 ** 6 else x

    try:
        return down(0)
    except RecursionError as e:
        return type(e).__name__


print("deep", deep())
