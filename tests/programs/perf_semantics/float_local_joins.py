# Float locals found through joins (`4.0 if odd else 2.0`), and a float
# local's object reused for the next value only while nothing else holds it.


def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for k in range(1, n):
        x = a + k * h
        total += (4.0 if k % 2 else 2.0) * f(x)
    return total * h / 3.0


def keeps(n):
    seen = []
    x = 0.5
    for i in range(n):
        x = x * 1.5 + i
        seen.append(x)  # the list holds x's object: the next store makes a new one
    return seen


def aliases(n):
    x = 1.0
    y = x
    out = []
    for i in range(n):
        x = x * 2.0 + 0.25
        out.append((y, x, x is y))
        y = x
    return out


def mixed(n):
    # the local becomes an int on the last pass: the float body leaves
    total = 0.0
    for k in range(n):
        step = 0.5 if k % 3 else 1.5
        total += step * k
        if k == n - 1:
            total = int(total)
    return total


def branches(v, flag):
    scale = 2.0 if flag else 3
    r = v * scale
    r = r + (1.5 if flag else 1)
    return r


class F(float):
    pass


def subclass_join(flag):
    s = F(2.5) if flag else 2.5
    t = s * 2.0
    t = t + s
    return t, type(s).__name__


def ints_param(n, m):
    # `n` is only multiplied by floats: it stays a word (an int here)
    acc = 0.0
    for i in range(m):
        acc += n * 0.5 + i
    return acc


import math

print(round(simpson(math.sin, 0.0, math.pi, 1000), 12))
print(round(simpson(lambda x: x * x, 0.0, 3.0, 10), 12))
print(round(simpson(lambda x: 1, 0, 2, 4), 12))
print(keeps(5))
print(aliases(4))
print(mixed(7), type(mixed(7)).__name__)
print(branches(2.0, True), branches(2.0, False), branches(2, False))
print(subclass_join(True), subclass_join(False))
print(ints_param(3, 4), ints_param(10**20, 2), ints_param(2.5, 3))
try:
    simpson(lambda x: "s", 0.0, 1.0, 2)
except TypeError as e:
    print("TypeError:", e)
