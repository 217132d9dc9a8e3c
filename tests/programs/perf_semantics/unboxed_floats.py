# Unboxed float temporaries: a float result read only by the next float
# operation, comparison or local store stays out of a box, and a store
# writes into the local's old float when nothing else references it. Each
# case below must still behave exactly as in CPython.


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __mul__(self, other):
        return F(float(self) * 10)


def chains(a, b, c):
    x = a * b + c
    y = x
    x = x * 2.0 + 1.0  # y shares the old float: it must not change
    print(x, y, y is x)
    z = 0
    z = a * b - c  # the old value was an int
    print(z)
    lst = [z]
    z = z * z + z  # the list holds the old float
    print(z, lst)
    for _ in range(3):
        z = z * 0.5 + 0.25
    print(z)
    return x


def mixed():
    k = 3
    print(1.5 * k + 0.25 * (k % 3), 2 * 1.5 - k, k / 2, 7 / -2, -7 / 2)
    big = 2**62 - 1
    print(big * 1.0 + 0.5, (big + 1) * 1.0 + 0.5, 2**53 + 1 + 0.0)
    print((2**60 + 1) / 3, (2**53 + 1) / 1, 10**20 / 7)
    print(1.0 * 2 < 2**53 + 1, 2.0**53 == 2**53 + 1, 2.0**53 + 0.0 < 2**53 + 1)
    n = float("nan")
    print(n * 1.0 < 1, n * 1.0 != n, n * 1.0 == n, 0.5 * 2 == True, 1.0 + 0.0 > False)


def comparisons(limit):
    zr = zi = 0.0
    count = 0
    for i in range(50):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4:
            break
        if zr2 - zi2 <= limit:
            count += 1
        zi = 2.0 * zr * zi + 0.1
        zr = zr2 - zi2 + 0.3
    print(i, count, zr, zi)


def errors(a, b):
    try:
        x = a * b + a / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        x = a * b + 1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        x = a * b + undefined_name * a
    except NameError as e:
        print("NameError:", e)
    try:
        x = a * b + [1.0][5]
    except IndexError as e:
        print("IndexError:", e)
    try:
        x = a * b + "s"
    except TypeError as e:
        print("TypeError:", e)
    try:
        x = a * b < "s"
    except TypeError as e:
        print("TypeError:", e)
    x = (a * b).real + (a - b).imag
    print(x, (a * b).hex(), -(a * b) + 1.0)
    return x


def subclasses():
    f = F(2.0)
    print(f + 1.0, f * 2.0 + 1.0, 1.0 * f + 1.0, type(f * 1.0).__name__)
    g = 1.5 * 2.0 + f
    print(g, f * 3.0 * 2.0)


def gen(a):
    x = a * 2.0 + (yield a * 3.0)
    yield x


print(chains(1.5, 2.0, 0.25))
mixed()
comparisons(0.01)
print(errors(1.5, 4.0))
subclasses()
g = gen(1.5)
print(next(g), g.send(10.0))
acc = 0.0
for i in range(1000):
    acc = acc * 0.999 + i / 7
print(acc)
