# Inverting, grouping and merging dicts with comprehensions
colors = {"apple": "red", "banana": "yellow", "cherry": "red", "lemon": "yellow", "lime": "green"}
inverted = {v: k for k, v in colors.items()}
print(inverted)
grouped = {c: sorted(k for k, v in colors.items() if v == c) for c in colors.values()}
print(grouped)
index = {k: i for i, k in enumerate(sorted(colors))}
print(index)
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 30, "w": 40}
print({k: a.get(k, 0) + b.get(k, 0) for k in sorted(a.keys() | b.keys())})
print({k: (a[k], b[k]) for k in a if k in b})
print({k: v for d in (a, b) for k, v in d.items()})
matrix = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(matrix)
print({r: [matrix[(r, c)] for c in range(3)] for r in range(2)})
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
flat = {f"{o}.{i}": v for o, inner in nested.items() for i, v in inner.items()}
print(flat)
unflat = {}
for key, v in flat.items():
    o, i = key.split(".")
    unflat.setdefault(o, {})[i] = v
print(unflat == nested)
