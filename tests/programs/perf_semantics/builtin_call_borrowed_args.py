# len(x), ord(c) and isinstance(o, cls) read a local argument without taking
# a reference of their own; every other path a call of those names can take
# (a rebound or shadowed name, a __len__, an __instancecheck__, an error)
# must still see and keep exactly the references CPython's would.
import sys


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Meta(type):
    def __instancecheck__(cls, obj):
        kept.append(obj)
        return len(kept) % 2 == 1


class Odd(metaclass=Meta):
    pass


kept = []


def reads(xs, s, ch, o):
    total = len(xs) + len(s) + ord(ch)
    flags = (isinstance(o, int), isinstance(o, str), isinstance(o, (list, tuple)),
             isinstance(xs, list), isinstance(ch, str))
    return total, flags, sys.getrefcount(xs)


def counts_unchanged():
    xs = [object() for _ in range(3)]
    s = "text" * 3
    ch = chr(0x3B1)  # (not a constant, not a cached one-character str)
    before = (sys.getrefcount(xs), sys.getrefcount(s), sys.getrefcount(ch))
    for _ in range(100):
        len(xs)
        len(s)
        ord(ch)
        isinstance(xs, list)
        isinstance(s, (int, float))
        isinstance(ch, Odd)
    after = (sys.getrefcount(xs), sys.getrefcount(s), sys.getrefcount(ch))
    print("counts", before[:2] == after[:2], after[2] - before[2], len(kept))
    kept.clear()
    print("after clear", sys.getrefcount(ch) == before[2])


def dunder_len():
    a = Sized(7)
    b = Sized(-1)
    print("sized", len(a))
    try:
        len(b)
    except ValueError as e:
        print("ValueError", e)
    c = Sized(2 ** 70)
    try:
        len(c)
    except OverflowError as e:
        print("OverflowError", e)
    print("still alive", a.n, sys.getrefcount(a))


def ord_errors():
    for v in ["ab", "", 5, b"z", bytearray(b"q"), "\U0001f600"]:
        try:
            print("ord", ord(v))
        except TypeError as e:
            print("TypeError", e)


def instancecheck():
    o = object()
    r1 = isinstance(o, Odd)
    r2 = isinstance(o, Odd)
    print("instancecheck", r1, r2, kept[-1] is o, sys.getrefcount(o))
    kept.clear()
    print("released", sys.getrefcount(o))
    try:
        isinstance(o, 5)
    except TypeError as e:
        print("TypeError", e)


def rebound():
    global len, isinstance
    saved = []
    real_len, real_isinstance = len, isinstance

    def keeping_len(x):
        saved.append(x)
        return -1

    def keeping_isinstance(x, cls):
        saved.append((x, cls))
        return "maybe"

    values = [1, 2, 3]
    len = keeping_len
    isinstance = keeping_isinstance
    try:
        print("rebound", len(values), isinstance(values, list))
    finally:
        len, isinstance = real_len, real_isinstance
    print("saved", saved[0] is values, saved[1][0] is values, sys.getrefcount(values))
    saved.clear()
    print("after", sys.getrefcount(values))


def shadowed(xs):
    len = lambda v: ("local len", v is xs)
    return len(xs)


def uses_module_ord(c):
    return ord(c)


class Tracked:
    def __del__(self):
        print("del Tracked")


def last_reference():
    t = Tracked()
    print("isinstance", isinstance(t, Tracked))
    print("len of list of it", len([t]))
    del t
    print("after del")


print(reads([1, 2, 3], "abcd", "A", 5))
print(reads([], "", "\x7f", "s"))
print(reads([0], "é", "é", [1]))
counts_unchanged()
dunder_len()
ord_errors()
instancecheck()
rebound()
print(shadowed([1]))
last_reference()


def ord(c):
    # A module-level function of the built-in's name, defined last: from
    # now on every function's ord(...) calls it.
    return ("my ord", c)


print(uses_module_ord("x"))
print(reads([1], "b", "c", 1.5))
