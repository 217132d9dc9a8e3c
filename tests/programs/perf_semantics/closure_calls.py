# Calls of closures with exactly their positional parameters take a short
# path (arguments and the closure's cells straight into the frame): free
# variables rebound between calls, recursion through a free variable,
# closures with defaults, keywords, *args, cell variables of their own,
# generator closures, errors and tracebacks all behave as in CPython.

import sys


def counter():
    count = 0
    step = 1

    def bump(times):
        nonlocal count
        for _ in range(times):
            count += step
        return count

    def set_step(s):
        nonlocal step
        step = s

    return bump, set_step


bump, set_step = counter()
print(bump(3), bump(2))
set_step(10)
print(bump(1))


def queens(n):
    full = (1 << n) - 1

    def place(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return place(0, 0, 0)


print([queens(n) for n in range(1, 9)])


def make(scale):
    def f(x, y=2):
        return (x + y) * scale

    def g(*args):
        return sum(args) * scale

    def h(x):
        inner = x * scale

        def k():
            return inner + 1

        return k()

    def gen(n):
        for i in range(n):
            yield i * scale

    def bad(x):
        return x / (scale - scale)

    return f, g, h, gen, bad


f, g, h, gen, bad = make(3)
print(f(1), f(1, 5), f(x=4), f(1, y=0))
print(g(), g(1, 2, 3))
print(h(5))
print(list(gen(4)), sum(gen(5)))
try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    bad(1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def deep():
    limit = 0

    def down(n):
        return down(n + 1) + limit

    return down


try:
    deep()(0)
except RecursionError as e:
    print("RecursionError", e)


def late():
    def show(x):
        return (x, later)

    try:
        show(1)
    except NameError as e:
        print("NameError", e)
    later = "bound"
    return show(2)


print(late())


def frames():
    tag = "t"

    def who(depth):
        frame = sys._getframe(depth)
        return frame.f_code.co_name, tag

    return who


print(frames()(0), frames()(1))
