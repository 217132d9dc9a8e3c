# `BUILD_TUPLE 2` fused with the lookup it feeds: `(a, b) in d` and
# `d[a, b]` find an exact dict's key without making the tuple when its key
# holds the very same items; every other case (equal but not identical
# items, custom __eq__/__hash__, tuple and dict subclasses, other
# containers, unhashable items, errors) must behave as with the tuple.
import gc

class Weird:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq called", self.v, other)
        return self.v == other

class T(tuple):
    def __eq__(self, other):
        print("T.__eq__", tuple(self), other)
        return tuple.__eq__(self, other)
    def __hash__(self):
        return tuple.__hash__(self)

class D(dict):
    def __missing__(self, key):
        return ("missing", key)
    def __contains__(self, key):
        print("D.__contains__", key)
        return dict.__contains__(self, key)

def run():
    d = {}
    for i in range(5):
        for j in range(3):
            d[(i, j)] = i * 10 + j
    print((1, 2) in d, (7, 7) in d, (1, 2) not in d, (7, 7) not in d)
    print(d[1, 2], d[(4, 0)])
    try:
        d[(9, 9)]
    except KeyError as e:
        print("KeyError", e, repr(e.args))
    # equal but not identical items
    d2 = {(True, 2): "bool", (1.0, 5): "float", ("a", "b"): "strs"}
    print((1, 2) in d2, d2[1, 2], (1, 5) in d2, d2[(1, 5)], d2[1.0, 5])
    s1 = "".join(["a"])
    print((s1, "b") in d2, d2[s1, "b"], ("a", "c") in d2)
    # custom __eq__ in key items
    d3 = {(Weird(3), 4): "w"}
    print((3, 4) in d3)
    print(d3[3, 4])
    # tuple subclass keys
    d4 = {T((1, 2)): "t"}
    print((1, 2) in d4, d4[1, 2])
    # dict subclass
    d5 = D({(1, 2): 3})
    print((1, 2) in d5, d5[1, 2], d5[5, 6])
    # non-dict containers
    lst = [(1, 2), (3, 4)]
    print((1, 2) in lst, (2, 1) in lst)
    st = {(1, 2)}
    print((1, 2) in st, (2, 2) in st)
    tu = ((1, 2),)
    print((1, 2) in tu)
    try:
        print(lst[0, 1])
    except TypeError as e:
        print("TypeError", e)
    # unhashable items
    try:
        print(([1], 2) in d)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(d[[1], 2])
    except TypeError as e:
        print("TypeError", e)
    # big ints, floats, None, negative
    d6 = {(10**30, -5): "big", (None, 0.5): "none", (-1, -2): "neg"}
    print((10**30, -5) in d6, d6[10**30, -5], (None, 0.5) in d6, d6[-1, -2], (-2, -1) in d6)
    # deleted entries (dummies) on the probe path
    d7 = {(i, i): i for i in range(50)}
    for i in range(0, 50, 2):
        del d7[(i, i)]
    print(sum(1 for i in range(50) if (i, i) in d7), [d7[i, i] for i in range(1, 10, 2)])
    # __eq__ mutating the dict during the pair lookup
    class Mut:
        def __init__(self, dd):
            self.dd = dd
        def __hash__(self):
            return hash(1)
        def __eq__(self, other):
            self.dd.clear()
            return False
    d8 = {}
    d8[(Mut(d8), 2)] = "m"
    print((1, 2) in d8, len(d8))
    # str subclass items
    class S(str):
        pass
    d9 = {(S("x"), 1): "s"}
    print(("x", 1) in d9, d9["x", 1])
    # empty dict
    print((1, 2) in {}, 0 if (1, 2) not in {} else 1)
    # dict keys that are the pair's tuple object itself
    k = (3, 4)
    d10 = {k: "same"}
    print(k in d10, d10[k], (3, 4) in d10)
    # error inside contains keeps the line
    class Bad:
        def __contains__(self, x):
            raise ValueError("bad contains %r" % (x,))
    bad = Bad()
    try:
        (1, 2) in bad
    except ValueError as e:
        print("ValueError", e)

run()
# gc of cycles through tuples still counts
gc.collect()
a = []
a.append((a, 1))
del a
print("collected", gc.collect())


def in_loops(n):
    table = {}
    for i in range(n):
        for j in range(i % 7, 40, 7):
            table[(i, j)] = i * j
    total = hits = 0
    for i in range(0, n, 3):
        for j in range(40):
            if (i, j) in table:
                total += table[(i, j)]
                hits += 1
            if not (j, i) not in table:
                total -= 1
    try:
        for i in range(n):
            total += table[i, 0]
    except KeyError as e:
        print("stopped at", e)
    return total, hits


print(in_loops(300))


def shallow(d, a, b):
    # The lookup at the deepest point of the stack.
    return (a, b) in d


def gen_lookups(d, n):
    for i in range(n):
        yield (i, i) in d, d[i, i] if (i, i) in d else None


def unbound(a, b):
    d = {(a, b): 1}
    del d
    try:
        return (a, b) in d
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def in_finally(d):
    try:
        return d[1, 2]
    finally:
        print("finally", (1, 2) in d, (2, 1) not in d)


print(shallow({(1, 2): 0}, 1, 2), shallow({(1, 2): 0}, 2, 1), shallow([(1, 2)], 1, 2))
print(list(gen_lookups({(0, 0): "a", (2, 2): "c"}, 4)))
print(unbound(1, 2))
print(in_finally({(1, 2): "x"}))
try:
    in_finally({})
except KeyError as e:
    print("KeyError", e)
m = {(i, -i): i for i in range(10)}
print([m[i, -i] for i in range(10)], [(i, -i) in m for i in range(-1, 2)])
