# Functions returning multiple values as tuples
def stats(values):
    n = len(values)
    mean = sum(values) / n
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return min(values), max(values), mean, median


def split_name(full):
    first, _, last = full.partition(" ")
    return first, last or None


def divide(a, b):
    if b == 0:
        return None, "division by zero"
    return a / b, None


lo, hi, mean, median = stats([4, 1, 7, 3, 9, 2])
print(lo, hi, round(mean, 3), median)
result = stats([5, 5, 6])
print(result, type(result).__name__, len(result))
_, top, *_ = stats([10, 20])
print(top)
for full in ["Grace Hopper", "Plato"]:
    first, last = split_name(full)
    print(first, last)
for a, b in [(7, 2), (1, 0)]:
    value, err = divide(a, b)
    print("error:" if err else "ok:", err or value)


def min_max_index(xs):
    lo_i = hi_i = 0
    for i, x in enumerate(xs):
        if x < xs[lo_i]:
            lo_i = i
        if x > xs[hi_i]:
            hi_i = i
    return (lo_i, xs[lo_i]), (hi_i, xs[hi_i])


(i_lo, v_lo), (i_hi, v_hi) = min_max_index([3, -2, 8, 8, -2])
print(i_lo, v_lo, i_hi, v_hi)
q, r = divmod(-17, 5)
print(q, r)
