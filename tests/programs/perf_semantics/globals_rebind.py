# Global and builtin lookups must see every rebinding, even when the lookup
# result is cached between calls.
import builtins

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def use_counter():
    a = counter
    bump()
    b = counter
    return a, b


print(use_counter(), use_counter())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))
real_fib = fib


def fib(n):  # noqa: F811 - the old fib's recursive calls now reach this one
    return -1


print(real_fib(5))
fib = real_fib
print(fib(10))


def lengths(xs):
    return [len(x) for x in xs]


print(lengths(["a", "bb", "ccc"]))


def len(x):  # shadows the builtin from now on
    return 42


print(lengths(["a", "bb"]))
del len
print(lengths(["a", "bb"]))

orig_abs = builtins.abs


def absolutes(xs):
    return [abs(x) for x in xs]


print(absolutes([-1, 2, -3]))
builtins.abs = lambda v: "patched"
print(absolutes([-1, 2]))
builtins.abs = orig_abs
print(absolutes([-4]))


def swap_global_inside():
    global helper

    def other():
        return "other"

    helper = other
    return "swapped"


def helper():
    return "first"


def run():
    out = [helper()]
    out.append(swap_global_inside())
    out.append(helper())
    return out


print(run())
g = globals()
g["dynamic"] = 7


def read_dynamic():
    return dynamic  # noqa: F821


print(read_dynamic())
g["dynamic"] = 8
print(read_dynamic())
del g["dynamic"]
try:
    read_dynamic()
except NameError as e:
    print("NameError:", e)
for i in range(3):
    total = i * 10
    print(total, read_total() if "read_total" in g else None)

    def read_total():
        return total
