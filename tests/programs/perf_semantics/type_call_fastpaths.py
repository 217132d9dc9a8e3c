# Short paths for `range(...)` of small ints, `set()` and `abs()` of exact
# floats and small ints: bounds, bools, big ints, errors, subclasses and
# overridden `__abs__` behave as in CPython.


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


for args in [(5,), (0,), (-3,), (2, 9), (9, 2), (1, 10, 3), (10, 1, -3), (0, 5, 0),
             (True,), (False, 3), (2 ** 62, 2 ** 62 + 3), (-(2 ** 62) - 1, -(2 ** 62) + 1),
             (10 ** 20,), (1.5,), ("3",), (), (1, 2, 3, 4), (None,)]:
    show("range", range, *args)
    try:
        r = range(*args)
        print(" ", len(r), list(r)[:4], r.start, r.stop, r.step)
    except Exception as e:
        print(" ", type(e).__name__)
show("range kw", range, stop=3)
show("range kw2", range, 1, step=2)


def loops(n):
    total = 0
    for i in range(n):
        for j in range(i, n, 2):
            total += i * j
    return total


print(loops(30))

show("set", set)
show("set arg", set, [3, 1, 3])
show("set kw", set, x=1)


class S(set):
    pass


show("S", S)
print(type(S()).__name__, type(set()).__name__, set() == S(), set() is set())
s1 = set()
s1.add(1)
print(set(), s1)


class I(int):
    def __abs__(self):
        return "I.__abs__"


class Fl(float):
    pass


for v in [0, -1, 7, -(2 ** 62), -(2 ** 62) - 1, 2 ** 62 - 1, -(2 ** 100), -0.0, -2.5, 3.25,
          float("-inf"), float("nan"), True, False, I(-4), Fl(-1.5), -3j, "x", None]:
    show("abs", abs, v)
show("abs0", abs)
show("abs2", abs, 1, 2)

# round() without keywords skips argument parsing; keywords and errors as
# in CPython.
for args, kwargs in [((2.5,), {}), ((3.14159, 2), {}), ((7, -1), {}), ((2.675, None), {}),
                     ((), {"number": 1.5}), ((1.25,), {"ndigits": 1}), ((), {}),
                     ((1, 2, 3), {}), (("x",), {}), ((1.5,), {"nd": 1}), ((float("inf"),), {}),
                     ((float("nan"), 1), {}), ((10 ** 20 + 0.5,), {})]:
    show("round", round, *args, **kwargs)
