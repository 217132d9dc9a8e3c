# A float temporary or float local read by arithmetic after a conditional
# expression stays unboxed across its branches (`total += (4.0 if k % 2
# else 2.0) * f(x)`); every shape below must behave as in CPython.
import math


def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for k in range(1, n):
        x = a + k * h
        total += (4.0 if k % 2 else 2.0) * f(x)
    return total * h / 3.0


def mixed(xs, flag):
    acc = 0.0
    for i, x in enumerate(xs):
        acc = acc * 0.5 + (x if i % 3 else -x) * (2.0 if flag else 3)
        acc -= (1.5 if x > 0 else (0.5 if x < -1 else 0.25)) / (i + 1)
        acc += x * x + (math.sqrt(abs(x)) if x else 0.0)
    return acc


def products(a, b, c, d, cond):
    r1 = a * b + (c if cond else d)
    r2 = (a * b) * (c if cond else d) - (a if not cond else b)
    r3 = -(a * b) + (c and d or a)
    r4 = a * b < (c if cond else d)
    r5 = a * b if cond else c * d
    return r1, r2, r3, r4, r5


def chained(a, b, c):
    t = a * 1.5
    return (t < b * 1.0 < c, a * 2.0 == b * 2.0 != c, t + (b if t < b < c else c))


def raising(a, b, kind):
    t = a * 2.0
    try:
        return t + (b if kind == 0 else (1 / 0 if kind == 1 else int("x")))
    except ZeroDivisionError as e:
        return ("zde", t, str(e))
    except ValueError as e:
        return ("ve", t, str(e))


class Weird:
    def __radd__(self, other):
        return ("radd", other)

    def __rmul__(self, other):
        return ("rmul", other)


def odd_types(a, w, cond):
    return (a * 2.0 + (w if cond else 1.0), a * 3.0 * (w if cond else 2.0))


def walrus(xs):
    out = []
    s = 0.0
    for x in xs:
        s = s * 2.0 + ((y := x * 0.5) if x > 1 else (y := -x))
        out.append((s, y))
    return out


def locals_swap(n):
    a = 1.0
    b = 2.0
    for i in range(n):
        a, b = b + (0.5 if i % 2 else -0.5), a * (1.0 if i % 3 else 0.5)
    return a, b


print(simpson(math.sin, 0.0, math.pi, 1000))
print(simpson(lambda x: x * x, 0.0, 3.0, 999))
print(simpson(lambda x: 2, 0.0, 1.0, 10))
print(simpson(lambda x: (x > 0.5) * 1, 0.0, 1.0, 10))
print(mixed([0.5, -2.0, 3.25, 0.0, -0.75, 1e10, 7], True))
print(mixed([1, 2, 3, -4], False))
print(products(1.5, 2.0, 3.0, 4.0, True), products(1.5, 2.0, 3.0, 4.0, False))
print(products(1, 2, 3, 4, True), products(1.5, 2, 0.0, 4, False))
print(chained(1.0, 2.0, 3.0), chained(2.0, 1.0, 3.0), chained(1, 2, 2))
print(raising(1.0, 2.0, 0), raising(1.0, 2.0, 1), raising(1.0, 2.0, 2))
print(odd_types(1.5, Weird(), True), odd_types(1.5, Weird(), False))
print(odd_types(1.5, 2 ** 80, True), odd_types(1.5, 1j, True))
print(walrus([0.5, 2.0, 3.0, -1.0]))
print(locals_swap(10), locals_swap(0))
try:
    print(simpson(lambda x: "s", 0.0, 1.0, 4))
except TypeError as e:
    print("TypeError", e)
try:
    print(simpson(lambda x: None if x > 0.5 else 1.0, 0.0, 1.0, 4))
except TypeError as e:
    print("TypeError", e)
