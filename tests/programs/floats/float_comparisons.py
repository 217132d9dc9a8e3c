# Comparing and sorting floats, tolerance checks
def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)


print(0.1 + 0.2 == 0.3, close(0.1 + 0.2, 0.3), close(1e-20, 0.0), close(1e-20, 0.0, abs_tol=1e-15))
vals = [3.3, -1.1, 2.2, 0.0, -0.0, 1e-9, 10.0, -10.5]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted(vals, key=abs))
print(max(vals), min(vals), max(vals, key=abs))
print(1.0 < 1.0000000000000002, 1.0 == 1.0000000000000001)
print(0.1 < 1 / 10 + 1e-17, 1e-300 > 0, 5e-324 > 0, 5e-324 / 2)
print(sorted([1, 0.5, True, 0, -0.5]))
print([x for x in vals if 0 <= x < 5])
print(3.0 in [3], 0.3 in [0.1 + 0.2])
