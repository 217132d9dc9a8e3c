# Delegating to sub-generators with yield from
def inner(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return f"{tag} done"


def outer():
    r1 = yield from inner("a", 2)
    yield r1
    r2 = yield from inner("b", 3)
    yield r2
    yield from ["list", "items"]
    yield from "xy"
    yield from range(2)


print(list(outer()))


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), "ab", {9: 0})))


def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)


tree = ("root", [("src", [("main.py", []), ("util.py", [])]), ("docs", [("index.md", [])]), ("README", [])])
print("\n".join(tree_walk(tree)))


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def delegator():
    result = yield from accumulate()
    yield f"sub-generator returned {result}"


d = delegator()
print(next(d), d.send(5), d.send(10), d.send(None))
