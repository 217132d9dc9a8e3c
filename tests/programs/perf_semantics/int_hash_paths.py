# Int hashes skip the modulus division below 2**61 - 1; at and above it
# (and for -1, which hashes to -2) they must stay CPython's.
M = 2**61 - 1
values = [0, 1, -1, -2, 2, M - 1, M, M + 1, -M, -M + 1, -M - 1, 2**61, 2**62,
          2**63 - 1, -2**63, 2**64 + 5, -(2**70), 12345678901234567]
for v in values:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**53 else "-")
print(hash(True), hash(False), hash((1, -1, M)), hash(frozenset([M, -1])))
d = {v: i for i, v in enumerate(values)}
s = set(values)
print(len(d), len(s), d[M], d[-1], M in s, (M + 1) in d, 1 in s, -2 in d)
print(sorted(d.items())[:4], {M: 1, 0: 2, -1: 3, -2: 4})
