# Constants read by operators without taking a reference, and conditional
# jumps on comparison, membership and identity results that never become
# bool objects: user code that receives the constant keeps it alive by
# itself; results stored, negated, chained or returned stay real bools.


class Keeper:
    kept = []

    def __eq__(self, other):
        Keeper.kept.append(other)
        return other == "key"

    def __contains__(self, item):
        Keeper.kept.append(item)
        return len(Keeper.kept) % 2 == 0

    def __radd__(self, other):
        Keeper.kept.append(other)
        return other + "!"

    def __lt__(self, other):
        return "abc" < other

    __hash__ = object.__hash__


def scan(text):
    counts = [0, 0, 0, 0]
    for ch in text:
        if ch in " \t\n":
            counts[0] += 1
        elif ch == '"':
            counts[1] += 1
        elif ch not in "0123456789":
            counts[2] += 1
        if ch is not None and (ch in "aeiou") is True:
            counts[3] += 1
    return counts


def with_keeper(k):
    out = []
    out.append(k == "key")
    out.append(k == "other")
    out.append("item" in k)
    out.append("item" in k)
    out.append("tail" + k)
    out.append(k < "abd")
    return out


def stored_results(a, b):
    x = a in b
    y = a not in b
    z = a is b
    w = a == b
    chained = 1 < len(b) < 10
    return x, y, z, w, chained, not x, [x, y], {z: w}


def constants_everywhere(d, n):
    total = 0
    for i in range(n):
        if d.get("missing") is None:
            total += 1
        if (i, 2) == (3, 2):
            total += 100
        if i in (1, 4, 9):
            total += 1000
        total += d["k"] + 10 ** 20 - 10 ** 20
        s = "x" * (i % 3)
        if s == "xx":
            total += 7
    return total


def truthy_contains(seq):
    hits = 0
    for v in seq:
        if v in {1: "a", 2: "b"}:
            hits += 1
        if not (v in [3, 4]):
            hits += 10
    return hits


print(scan('{"a": 12, "bee": [1, 2], "s": "hello world"}\n' * 3))
print(with_keeper(Keeper()))
print(Keeper.kept)
print(stored_results(2, [1, 2, 3]), stored_results("q", "abc"))
print(constants_everywhere({"k": 5}, 12))
print(truthy_contains([1, 2, 3, 4, 5, "1"]))
try:
    if "a" in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    if 3 < "a":
        pass
except TypeError as e:
    print("TypeError:", e)
