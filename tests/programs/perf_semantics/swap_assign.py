# `a, b = b, a` and `a, b, c = c, a, b` compile to stack swaps (no tuple):
# evaluation and store order must still be CPython's.


class Tracer:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)


class Seq(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


def val(tag, v):
    print("eval", tag)
    return v


def f(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    a, a = val("x", 1), val("y", 2)
    (a,) = (val("one", a),)
    return a, b, c


print(f(1, 2, 3))
t = Tracer()
t.x, t.y = val("first", 1), val("second", 2)
t.x, t.y = t.y, t.x
print(t.log)
s = Seq([0, 0, 0])
s[0], s[1], s[2] = s[2], val("mid", 5), 7
print(s)
g1, g2 = 1, "two"
g1, g2 = g2, g1
print(g1, g2)


def nonlocal_swap():
    p, q = "p", "q"

    def inner():
        nonlocal p
        p, q2 = q, p
        return q2

    r = inner()
    return p, q, r


print(nonlocal_swap())


class K:
    u, v = 1, 2
    u, v = v, u


print(K.u, K.v)
try:
    m, n = val("only", 1), undefined_name
except NameError as e:
    print("NameError:", e)
lst = [1, 2]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
[h, i] = i2, h2 = 3, 4
print(h, i, i2, h2)
