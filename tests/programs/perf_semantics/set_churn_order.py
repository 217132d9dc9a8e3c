# Sets under add/remove churn: absent keys take the last dummy slot their
# probe passes, so iteration and pop() orders depend on the table's
# history exactly as in CPython (checked for small ints, negative ints,
# strs, tuples and keys that share hash buckets).


def churn(keys, rounds, step):
    s = set()
    out = []
    for r in range(rounds):
        for i, k in enumerate(keys):
            if (i + r) % step == 0:
                s.discard(k)
            else:
                s.add(k)
        out.append(list(s))
    return out


for row in churn(list(range(12)), 6, 3):
    print(row)
for row in churn([-k for k in range(1, 14)], 5, 4):
    print(row)
# keys 32 apart share a KeyCounts bucket, 64 apart also a home slot
for row in churn([0, 32, 64, 96, 1, 33, 65, 128, 256], 6, 2):
    print(row)
for row in churn(["a", "bb", "ccc", "dd", "e", "ff", "g"], 4, 3):
    print(row, len(row))
for row in churn([(i, i + 1) for i in range(9)], 4, 2):
    print(row)

# n-queens style: add after a failed membership test, remove afterwards
used, diag1, diag2 = set(), set(), set()
log = []


def place(row, n):
    if row == n:
        log.append((list(used), list(diag1), list(diag2)))
        return
    for c in range(n):
        if c in used or (row + c) in diag1 or (row - c) in diag2:
            continue
        used.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        if row == n // 2:
            log.append((list(used), list(diag1), list(diag2)))
        place(row + 1, n)
        used.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


place(0, 6)
for entry in log:
    print(entry)
print(used, diag1, diag2)

# pop() order follows the finger through dummies
s = set(range(40))
for k in range(0, 40, 3):
    s.discard(k)
for k in range(100, 140, 7):
    s.add(k)
popped = [s.pop() for _ in range(10)]
print(popped, sorted(s) == sorted(set(range(40)) - set(range(0, 40, 3)) - set(popped) | set(range(100, 140, 7))))
s.add(-1)
s.add(-2)
print(-1 in s, -2 in s, list(s)[:5])

# equal keys of different types are one key; the first stays
s = {1, 2}
s.add(1.0)
s.add(True)
print(s, [type(k).__name__ for k in s])
s.discard(1.0)
s.add(1.0)
print(s, [type(k).__name__ for k in s])
nan = float("nan")
s = {nan}
s.add(nan)
s.add(float("nan"))
print(len(s), nan in s, float("nan") in s)
