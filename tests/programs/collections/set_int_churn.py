# Sets of small ints under add/remove churn (dummies at home slots): the
# adds past the home slot must keep CPython's order, sizes and dummy reuse.

s = set()
for i in range(40):
    s.add(i)
for i in range(0, 40, 3):
    s.remove(i)
print(list(s))
for i in range(64, 64 + 40, 2):
    s.add(i)
    s.add(i - 64)
print(list(s))
for i in range(100):
    s.discard(i * 7 % 64)
    s.add(i * 5 % 128)
    s.add(i * 5 % 128 + 32)
print(list(s), len(s))

# N-queens style churn of diagonals, with negative keys.
used, d1, d2 = set(), set(), set()
count = 0


def go(row, n):
    global count
    if row == n:
        count += 1
        return
    for c in range(n):
        if c in used or (row + c) in d1 or (row - c) in d2:
            continue
        used.add(c)
        d1.add(row + c)
        d2.add(row - c)
        go(row + 1, n)
        used.remove(c)
        d1.remove(row + c)
        d2.remove(row - c)


go(0, 7)
print(count, used, d1, d2)

# Mixed keys with the same hash as the ints, after churn.
m = set(range(16))
for i in range(0, 16, 2):
    m.discard(i)
m.add(2.0)
m.add(True)
m.add(4)
m.add(2)
print(sorted(m, key=repr), 2 in m, 2.0 in m)
m.add(-1)
m.add(-2)
m.add(2**61)
m.add(2**61)
print(list(m))


class E(int):
    def __hash__(self):
        return int.__hash__(self)


m.add(E(6))
m.add(6)
print(sorted(m), len(m))
