# Floats made and released by inline arithmetic (generated code pops and
# pushes the float free list itself) mixed with floats the runtime makes
# and frees: values must never be shared or corrupted.
import gc


class F(float):
    pass


def churn(n):
    keep = []
    total = 0.0
    for i in range(n):
        a = i * 0.5
        b = a * 1.5 + 0.25          # temporaries freed inline
        c = b / 3.0 - a
        if i % 7 == 0:
            keep.append(c)          # some survive
        if i % 11 == 0:
            keep.append(float(str(c)))   # runtime-made floats
        if i % 13 == 0 and keep:
            keep.pop(0)             # runtime-freed floats
        total += c * 2.0
    return total, len(keep), sum(keep), keep[:3], keep[-3:]


print(churn(10000))
print(churn(1))


def mixed(xs):
    out = []
    for x in xs:
        y = x * 2.0 + 1.0           # x may be a float subclass or an int
        out.append(y)
        out.append(x < y)
    return out


print(mixed([1.5, F(2.5), 3, -0.0, 1e308, float("inf")]))
print(type(F(2.5) * 2.0).__name__, type(F(2.5) + F(1.0)).__name__)


def compare_release(n):
    hits = 0
    for i in range(n):
        if i * 0.1 < (i + 1) * 0.1 - 0.05:
            hits += 1
        if float(i) * 0.5 >= i / 2:
            hits += 1
    return hits


print(compare_release(5000))

# Floats alive across a collection and in containers the collector scans.
pts = [(i * 0.25, i * -0.5) for i in range(2000)]
gc.collect()
s = 0.0
for x, y in pts:
    s += x * y - y / 3.0
print(round(s, 6), pts[1999], len(pts))


def deep(k, acc):
    # Floats held by many live frames at once.
    if k == 0:
        return acc
    return deep(k - 1, acc * 1.0001 + k * 0.5)


print(deep(500, 1.0))
try:
    1.0 / (0.5 - 0.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2.0 ** 0.5 * 2.0, (-8.0) ** (1 / 3) if False else abs(-8.0) ** (1 / 3))
