# Generator expressions passed straight to sum/any/all/str.join: rebound and
# shadowed consumers, errors inside the expression (with tracebacks), iter()
# errors in the caller, early exits with side-effecting iterators, closures,
# class bodies, nested generator expressions, subclasses, refcounts.
import sys
import traceback


class Noisy:
    """An iterator that reports every item it hands out."""

    def __init__(self, items, log):
        self.items = list(items)
        self.log = log
        self.i = 0

    def __iter__(self):
        self.log.append("iter")
        return self

    def __next__(self):
        if self.i >= len(self.items):
            self.log.append("stop")
            raise StopIteration
        x = self.items[self.i]
        self.i += 1
        self.log.append(x)
        return x


def basics(xs, k):
    print(sum(x * k for x in xs), sum(x for x in []), sum(x for x in range(5)))
    print(any(x > 2 for x in xs), all(x > 0 for x in xs), any(x for x in []),
          all(x for x in []))
    print("-".join(str(x) for x in xs), repr("".join(c for c in "")))
    print(",".join(w.upper() for w in ["é", "ß", "日本", "a"]))
    print(sum(x for x in [2 ** 64, 2 ** 64, -1]))
    print(sum(x for x in [1.5, 2, 3]), sum(x for x in [sys.maxsize, sys.maxsize]))
    print(sum(x / 2 for x in xs), sum(c for c in (True, True, False)))


def early_exit():
    log = []
    print(any(x > 1 for x in Noisy([0, 1, 2, 3, 4], log)), log)
    log = []
    print(all(x < 2 for x in Noisy([0, 1, 2, 3, 4], log)), log)
    log = []
    print(any(x > 10 for x in Noisy([0, 1, 2], log)), log)
    it = iter([1, 2, 3, 4, 5])
    print(any(x == 2 for x in it), list(it))


def errors():
    try:
        sum(1 / x for x in [1, 0])
    except ZeroDivisionError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print([(f.name, f.line) for f in tb])
    try:
        "".join(x for x in ["a", 1])
    except TypeError as e:
        print("join:", e)
    try:
        sum(x for x in ["a", "b"])
    except TypeError as e:
        print("sum:", e)
    try:
        sum(x for x in 5)
    except TypeError as e:
        print("iter:", e, [f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        any(next(iter([])) for x in [1])
    except RuntimeError as e:
        print("pep479:", e, type(e.__cause__).__name__)
    try:
        all(undefined_name for x in [1])
    except NameError as e:
        print("name:", e)

    class Bad:
        def __bool__(self):
            raise ValueError("no truth")

    try:
        any(b for b in [Bad()])
    except ValueError as e:
        print("bool:", e)
    try:
        ",".join(x for x in [b"x"])
    except TypeError as e:
        print("join bytes:", e)


def rebound():
    import builtins

    def sum(g, start=0):
        return ("mine", type(g).__name__, builtins.sum(g, start))

    print(sum(x for x in [1, 2, 3]))
    any = lambda g: ("any", list(g))
    print(any(x for x in "ab"))


class Sep(str):
    def join(self, it):
        return "sub:" + str.join(self, it)


def subclasses():
    print(Sep("+").join(x for x in "abc"))
    print(str.join("/", (x for x in "xy")))

    class S:
        join = staticmethod(lambda g: list(g))

    print(S().join(x * 2 for x in [1, 2]))


def closures():
    fs = []
    for i in range(3):
        fs.append(lambda: sum(i * x for x in range(4)))
    print([f() for f in fs])
    total = 0
    for j in range(4):
        total += sum(j + x for x in range(j))
    print(total)
    rows = [[1, 2], [3, 4]]
    print(sum(sum(v * n for v in row) for n, row in enumerate(rows)))
    print(any(all(v > 0 for v in row) for row in rows))


class Body:
    base = 10
    values = [1, 2, 3]
    total = sum(v * 2 for v in values)
    joined = "".join(str(v) for v in values)


def refcounts():
    it = iter([1, 2, 3])
    counts = []
    sum(counts.append(sys.getrefcount(it)) or 0 for _ in it)
    it2 = iter([1, 2, 3])
    counts2 = []
    def consume(g):
        return sum(g)

    consume(counts2.append(sys.getrefcount(it2)) or 0 for _ in it2)
    print(counts, counts2)

    class Item:
        def __del__(self):
            print("del item")

    print(sum(1 for x in [Item()]))
    print("after")


def generator_state():
    g = (x for x in [1, 2])
    print(sum(g), list(g))
    print(sum(x for x in (y * 2 for y in range(3))))
    print("".join(x for x in map(str, range(5))))


def in_generator():
    yield sum(x for x in range(4))
    yield any(x for x in [0, 0, 3])


def multiline():
    try:
        sum(
            x
            for x in [1, None]
        )
    except TypeError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("multiline:", e, [(f.name, f.lineno - multiline.__code__.co_firstlineno) for f in tb])


def recursion(n):
    return sum(recursion(n - 1) for _ in range(1)) if n else 1


basics([1, 2, 3], 2)
early_exit()
errors()
rebound()
subclasses()
closures()
print(Body.total, Body.joined)
refcounts()
generator_state()
print(list(in_generator()))
multiline()
print(recursion(50))
try:
    recursion(100000)
except RecursionError:
    print("recursion error")

import builtins
saved = builtins.sum
builtins.sum = lambda g: ("patched", type(g).__name__, saved(g))
print(sum(x for x in [1, 2]))
builtins.sum = saved
sum = lambda g: ("global", saved(g))
print(sum(x for x in [3, 4]))
del sum
print(sum(x for x in [5, 6]))


def closure_fallback(k):
    saved_sum, saved_any = builtins.sum, builtins.any
    builtins.sum = lambda g: ("patched", saved_sum(g))
    builtins.any = lambda g: ("patched any", list(g))
    try:
        print(sum(x * k for x in [1, 2]), any(x + k for x in [1]))
    finally:
        builtins.sum, builtins.any = saved_sum, saved_any
    print(sum(x * k for x in [1, 2]))


def iterable_errors(k):
    def boom():
        raise KeyError("boom")

    try:
        sum(x * k for x in boom())
    except KeyError as e:
        print("iterable raised:", e)
    try:
        print(sum(x * k for x in missing_global))
    except NameError as e:
        print("iterable name:", e)
    try:
        "".join(str(x) for x in None)
    except TypeError as e:
        print("join iter:", e)
    for attempt in range(2):
        try:
            print(all(x < k for x in [1, 2, 3][attempt:]))
        except Exception:
            print("unexpected")


closure_fallback(10)
iterable_errors(3)
