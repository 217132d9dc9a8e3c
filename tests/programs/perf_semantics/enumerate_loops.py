# for i, x in enumerate(seq) over exact lists and tuples runs without the
# enumerate object; every other case must behave as CPython.
import builtins


def pairs(seq, *start):
    out = []
    for i, x in enumerate(seq, *start):
        out.append((i, x))
    return out


def plain(seq):
    out = []
    for i, x in enumerate(seq):
        out.append((i, x))
    return out


def started(seq, start):
    out = []
    for i, x in enumerate(seq, start):
        out.append((i, x))
    return out


def growing():
    items = ["a", "b"]
    out = []
    for i, x in enumerate(items):
        out.append((i, x))
        if len(items) < 5:
            items.append(x * 2)
    return out


def shrinking():
    items = list("abcdef")
    out = []
    for i, x in enumerate(items):
        out.append((i, x))
        items.pop()
    return out


def break_continue_else(seq):
    out = []
    for i, x in enumerate(seq, 1):
        if i == 2:
            continue
        if x == "stop":
            out.append("break")
            break
        out.append(x)
    else:
        out.append("else")
    return out


def nested(grid):
    total = 0
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            total += (r + 1) * (c + 1) * v
    return total


def raising(seq):
    out = []
    try:
        for i, x in enumerate(seq):
            out.append(i // x)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


def not_pairs(seq):
    out = []
    for pair in enumerate(seq):
        out.append(pair)
    return out


def three_names(seq):
    try:
        for i, x, y in enumerate(seq):
            pass
    except ValueError as e:
        return str(e)


def unpack_items(seq):
    out = []
    for i, (a, b) in enumerate(seq):
        out.append(i + a * b)
    return out


class E(enumerate):
    pass


def subclass(seq):
    out = []
    for i, x in E(seq, 5):
        out.append((i, x))
    return out


def local_enumerate(seq):
    enumerate = lambda s: [("x", "y")]
    out = []
    for i, x in enumerate(seq):
        out.append((i, x))
    return out


def errors():
    out = []
    for args in [(5,), ([1], "a"), ([1], 1.5), (), ([1], 2, 3)]:
        try:
            for i, x in enumerate(*args):
                pass
            out.append("ok")
        except TypeError as e:
            out.append(str(e))
    try:
        for i, x in enumerate([1], start=3):
            out.append((i, x))
    except TypeError as e:
        out.append(str(e))
    return out


def gen(seq):
    for i, x in enumerate(seq):
        yield i * x


print(plain([10, 20, 30]), plain(("a", "b")), plain([]), plain(()))
print(started([1, 2], 5), started((1,), -3), started([7], True))
print(started(["x", "y"], 2 ** 61 - 1), started(["x", "y"], -2 ** 61))
print(started(["x", "y"], 2 ** 62 - 1), started(["x"], 2 ** 70), started(["z"], -2 ** 62))
print(plain("ab"), plain({"k": 1}), plain(range(2)), plain(iter([4, 5])))
print(growing())
print(shrinking())
print(break_continue_else(["a", "b", "c"]), break_continue_else(("a", "b", "stop", "d")))
print(nested([[1, 2], (3, 4, 5), []]))
print(raising([1, 2, 0, 4]))
print(not_pairs([1, 2]), three_names([1]), unpack_items([(1, 2), (3, 4)]))
print(subclass(["p", "q"]), local_enumerate([1]))
print(errors())
print(list(gen([1, 2, 3])))
total = 0
for i, x in enumerate((4, 5, 6)):
    total += i * x
print("module level", total)
real = enumerate
builtins.enumerate = lambda s, start=0: [("fake", s)]
print(plain([1]))
builtins.enumerate = real
print(plain([1]))
enumerate = lambda s: [(9, 9)]
for i, x in enumerate([1, 2]):
    print("global enumerate", i, x)
del enumerate
