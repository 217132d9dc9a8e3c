# min/max of a generator expression: keys, defaults, ties, errors from the
# key, the comparison and the body, and interleaving of items and keys.


def loud(x):
    print("  item", x)
    return x


def loud_key(x):
    print("  key", x)
    return -x


print(max(x * x % 17 for x in range(20)))
print(min((x for x in [3, 1, 2]), key=loud_key))
print(max((loud(x) for x in [2, 5, 5, 1]), key=lambda v: v % 5))
print(min((x for x in []), default="empty"))
print(max((len(w) for w in ["a", "bbb", "cc"]), default=0))
try:
    min(x for x in [])
except ValueError as e:
    print("ValueError:", e)
try:
    max(x for x in [1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max((x for x in [1, 2]), key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    min(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(max((p for p in [(1, "b"), (1, "a")]), key=lambda p: p[0]))
g = (x for x in range(5))
print(max(g), list(g))
