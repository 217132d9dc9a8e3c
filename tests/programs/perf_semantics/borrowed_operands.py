# Operators, comparisons and subscripts whose operands are locals read the
# locals' words without references of their own. A float operation must
# still never write its result into a local's float, objects must be
# released exactly when CPython releases them, and errors raised between
# the load and its reader must leave every local intact.


class Noisy:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value

    def __add__(self, other):
        return Noisy(self.name + "+", self.value + other)

    def __lt__(self, other):
        return self.value < other.value

    def __eq__(self, other):
        return isinstance(other, Noisy) and self.value == other.value

    __hash__ = None

    def __getitem__(self, key):
        if key == "boom":
            raise KeyError(key)
        return (self.name, key)

    def __setitem__(self, key, value):
        print("setitem", self.name, key, getattr(value, "name", value))

    def __del__(self):
        print("del", self.name)


def floats():
    a = 1.5
    b = 2.25
    c = a + b
    d = a * b - a / b
    e = a
    e += b
    print(a, b, c, d, e)
    x = 0.1
    for _ in range(3):
        y = x * x + x
        print(x, y)
    z = x - x
    print(x, z, x == x, x < y, x is x)


def lists():
    xs = [1.0, 2.0, 3.0]
    ys = xs
    xs += [4.0]
    print(xs is ys, ys)
    i = 1
    v = xs[i] + xs[i + 1]
    xs[i] = v
    xs[0] -= xs[i] * 2.0
    xs[2] *= 3
    print(xs, v)
    t = (5, 6, 7)
    print(t[i], t[-1], "abc"[i])
    try:
        print(xs[10])
    except IndexError as exc:
        print("IndexError:", exc)
    try:
        xs[i] = xs["a"]
    except TypeError as exc:
        print("TypeError:", exc)
    print(xs)


def objects():
    n = Noisy("n", 1)
    m = Noisy("m", 2)
    print(n < m, m < n, n == m, n is m, n is not m)
    p = n + 5
    print(p.name, p.value)
    print(n["k"], m[1])
    n["key"] = m
    try:
        n["boom"]
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        n < 3
    except AttributeError as exc:
        print("AttributeError:", exc)
    try:
        print(n + "x")
    except TypeError as exc:
        print("TypeError:", exc)
    n = None
    print("n dropped")
    del p
    print("p dropped")
    return m


def mixed(a, b):
    total = a + b * a - b
    d = {}
    d[a] = b
    d[b] = a
    print(total, d[a], d[b], a in d, a < b, a == b)
    try:
        print(a + b + None)
    except TypeError as exc:
        print("TypeError:", exc)
    return a, b


def big_ints(a):
    b = a * a
    c = b + b
    print(a, b, c, c - b == b, c // a)


floats()
print("--")
lists()
print("--")
kept = objects()
print("kept", kept.name)
kept = None
print("--")
print(mixed(3, 4))
print(mixed(1.5, 2))
print(mixed("x", "y") if False else "skipped")
big_ints(2**40)
big_ints(3)
print("end")
