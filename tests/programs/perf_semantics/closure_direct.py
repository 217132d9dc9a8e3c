# Closures called directly from generated code: the frame gets the
# closure's cells. Covers rebinding through nonlocal, recursion, empty
# cells, super() (the __class__ cell), errors and tracebacks, too many
# locals for a direct frame, defaults and generators (the runtime paths).
import sys


def counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    def peek():
        return count

    return bump, peek


bump, peek = counter()
for i in range(5):
    bump(i)
print("count", peek(), bump(10), peek())


def fib_closure(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    return fib(n)


print("fib", fib_closure(80))


def late_binding():
    fs = []
    for i in range(3):
        def f(x):
            return x + i
        fs.append(f)
    return [f(10) for f in fs]


print("late", late_binding())


def empty_cell():
    def inner(a):
        return a + later
    try:
        inner(1)
    except NameError as e:
        print("NameError:", e)
    later = 5
    return inner(1)


print("empty", empty_cell())


class Base:
    def __init__(self, x):
        self.x = x

    def describe(self, tag):
        return "%s:%s" % (tag, self.x)


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self, tag):
        return super().describe(tag) + "/" + str(self.y)


c = Child(1, 2)
print(c.describe("c"), [Child(i, -i).describe("k") for i in range(3)])


def wide():
    a0 = 1

    def many(p):
        b1 = p + a0
        b2 = b1 + 1
        b3 = b2 + 1
        b4 = b3 + 1
        b5 = b4 + 1
        b6 = b5 + 1
        b7 = b6 + 1
        b8 = b7 + 1
        b9 = b8 + 1
        b10 = b9 + 1
        b11 = b10 + 1
        b12 = b11 + 1
        b13 = b12 + 1
        b14 = b13 + 1
        b15 = b14 + 1
        b16 = b15 + 1
        return b16
    return [many(k) for k in range(3)]


print("wide", wide())


def with_defaults():
    base = 100

    def add(x, y=1):
        return base + x + y
    return add(1), add(1, 2)


print("defaults", with_defaults())


def gen_closure(n):
    step = 2

    def evens():
        for i in range(n):
            yield i * step
    return list(evens())


print("gen", gen_closure(5))


def raising():
    limit = 3

    def check(v):
        if v > limit:
            raise ValueError("too big: %d" % v)
        return v

    total = 0
    for v in range(6):
        try:
            total += check(v)
        except ValueError as e:
            print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
    return total


print("raising", raising())


def wrong_args():
    z = 1

    def two(a, b):
        return a + b + z
    try:
        two(1)
    except TypeError as e:
        print("TypeError:", e)
    return two(1, 2)


print("args", wrong_args())


def deep():
    sys.setrecursionlimit(200)
    depth = 0

    def down(k):
        return down(k + 1)
    try:
        down(0)
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(1000)


deep()


def make_adders():
    return [lambda x, k=k: x + k for k in range(3)], [(lambda n: lambda x: x * n)(m) for m in range(3)]


adders, mults = make_adders()
print([f(10) for f in adders], [g(10) for g in mults])


def uncaught():
    secret = 7

    def fail(x):
        return x // (secret - 7)
    return fail(1)


uncaught()
