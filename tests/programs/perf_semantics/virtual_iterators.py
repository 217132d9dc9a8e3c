# for loops over exact lists and tuples run without iterator objects; every
# way a loop can see or end its iteration must behave as with
# list_iterator / tuple_iterator.
import sys


def growing():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x < 6:
            items.append(x + 3)
    return seen


def shrinking():
    items = list(range(10))
    seen = []
    for x in items:
        seen.append(x)
        if items:
            items.pop()
    return seen


def cleared_and_refilled():
    items = [1, 2, 3, 4]
    seen = []
    for x in items:
        seen.append(x)
        if x == 2:
            items.clear()
            items.extend([10, 20, 30, 40, 50])
    return seen


def rebinding_the_name():
    items = [1, 2, 3]
    seen = []
    for x in items:
        items = [100]
        seen.append(x)
    return seen, items


def deleting_the_name():
    items = (5, 6, 7)
    seen = []
    for x in items:
        if x == 5:
            del items
        seen.append(x)
    return seen


def breaks_and_else(values, stop):
    for v in values:
        if v == stop:
            result = "broke at %r" % (v,)
            break
    else:
        result = "ran out"
    return result


def continue_and_return(values):
    total = 0
    for v in values:
        if v % 2:
            continue
        if v > 6:
            return total, "returned"
        total += v
    return total, "finished"


def nested(rows):
    out = []
    for row in rows:
        for cell in row:
            for ch in cell:
                out.append(ch)
    return "".join(out)


def raising(values):
    seen = []
    try:
        for v in values:
            seen.append(10 // v)
    except ZeroDivisionError as e:
        seen.append(str(e))
    return seen


def handled_inside(values):
    seen = []
    for v in values:
        try:
            seen.append(10 // v)
        except ZeroDivisionError:
            seen.append("inf")
            continue
        finally:
            seen.append(";")
    return seen


def unpacking(pairs):
    out = []
    for a, b in pairs:
        out.append(a * b)
    return out


def floats(values):
    s = 0.0
    for v in values:
        s += v * 0.5
    return s


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def finalization():
    for x in (Loud("a"), Loud("b")):
        print("item", x.name)
    print("after loop")


class CountingList(list):
    def __iter__(self):
        print("CountingList.__iter__")
        return super().__iter__()


class MyTuple(tuple):
    pass


def references():
    items = [object()]
    counts = []
    for x in items:
        counts.append(sys.getrefcount(items))
    counts.append(sys.getrefcount(items))
    return counts


GLOBAL_ITEMS = [1, 2, 3]


def rebind_global():
    global GLOBAL_ITEMS
    seen = []
    for x in GLOBAL_ITEMS:
        GLOBAL_ITEMS = ["x"]
        seen.append(x)
    return seen, GLOBAL_ITEMS


def gen(values):
    for v in values:
        yield v * 2


def not_iterable():
    try:
        for x in 5:
            pass
    except TypeError as e:
        return str(e)


def bad_unpack():
    try:
        for a, b in [(1, 2), (3, 4, 5)]:
            pass
    except ValueError as e:
        return str(e)


print(growing())
print(shrinking())
print(cleared_and_refilled())
print(rebinding_the_name())
print(deleting_the_name())
print(breaks_and_else([1, 2, 3], 2), breaks_and_else((1, 2, 3), 9))
print(continue_and_return([1, 2, 3, 4, 5, 8, 10]), continue_and_return((2, 4)))
print(nested([["ab", "c"], ("de",), [], ["f", ("g", "h")]]))
print(raising([1, 2, 0, 4]))
print(handled_inside((5, 0, 2)))
print(unpacking([(1, 2), (3, 4)]), unpacking(((5, 6),)))
print(floats([1.0, 2.5, 3]), floats((0.25,)))
finalization()
print(nested([CountingList(["x", "y"])]))
for t in [MyTuple((1, 2)), CountingList([3])]:
    for v in t:
        print("sub", v)
print(references())
print(rebind_global())
print(list(gen([1, 2, 3])), list(gen((4,))))
print(not_iterable())
print(bad_unpack())
total = 0
for v in [1, 2, 3]:
    for w in (10, 20):
        total += v * w
print("module level", total)
empty = 0
for v in []:
    empty += 1
for v in ():
    empty += 1
print("empty", empty)


def text_loops():
    out = []
    for ch in "ab\tc":
        out.append(ch)
    for ch in "héllo":
        out.append(ch)
    for ch in "":
        out.append("never")
    for ch in "xyz":
        if ch == "y":
            break
        out.append(ch.upper())
    else:
        out.append("no break")

    class S(str):
        def __iter__(self):
            return iter(["sub"])

    for ch in S("abc"):
        out.append(ch)
    count = 0
    for a in "abc":
        for b in "de":
            count += ord(a) * ord(b)
    out.append(count)
    s = "mutable name"
    for ch in s:
        s = "z"
        out.append(ch)
    return "|".join(map(str, out))


print(text_loops())
