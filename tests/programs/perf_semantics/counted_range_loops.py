# for i in range(...) runs as a counted loop when range is the built-in and
# its arguments are small ints; everything else must behave as CPython.
import builtins


def values(*args):
    out = []
    for i in range(*args):
        out.append(i)
    return out


def one(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


def two(a, b):
    out = []
    for i in range(a, b):
        out.append(i)
    return out


def three(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out


def errors(*args):
    try:
        for i in range(*args):
            pass
        return "no error"
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)


def zero_step():
    try:
        for i in range(1, 10, 0):
            pass
    except ValueError as e:
        return str(e)


def float_arg():
    try:
        for i in range(2.5):
            pass
    except TypeError as e:
        return str(e)


def keyword_arg():
    try:
        for i in range(stop=3):
            pass
    except TypeError as e:
        return str(e)


def body_changes_variable():
    out = []
    for i in range(5):
        out.append(i)
        i += 100
    return out, i


def break_continue_else(n, stop):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i == stop:
            break
        total += i
    else:
        total = -total
    return total


def nested(n):
    pairs = 0
    for i in range(n):
        for j in range(i, n):
            for k in range(j, n, 2):
                pairs += i * j - k
    return pairs


def raising(n):
    seen = []
    try:
        for i in range(n, -1, -1):
            seen.append(10 // i)
    except ZeroDivisionError:
        seen.append("zero")
    return seen


class Ranged:
    def range(self, n):
        return ["method", n]


def method_named_range():
    out = []
    for x in Ranged().range(2):
        out.append(x)
    return out


def local_range():
    range = lambda n: "ab" * n
    out = []
    for x in range(2):
        out.append(x)
    return out


def gen(n):
    for i in range(n):
        yield i * i


print(one(5), one(0), one(-3), one(True))
print(two(3, 8), two(-4, 2), two(5, 1), two(False, True))
print(three(0, 10, 3), three(10, 0, -3), three(-5, 5, 4), three(5, -5, -4))
print(three(0, 1, 5), three(3, 3, 1), three(3, 2, -1), three(-1, -10, -10))
print(values(2 ** 62 - 3, 2 ** 62 - 1), values(-2 ** 62, -2 ** 62 + 2))
print(values(2 ** 62 - 2, 2 ** 62 + 1), values(2 ** 70, 2 ** 70 + 2))
print(values(0, 2 ** 62 - 1, 2 ** 61), values(2 ** 61, -2 ** 61, -2 ** 60))
print(len(values(-2 ** 62, 2 ** 62 - 1, 2 ** 60)))
print(two(2 ** 62 - 3, 2 ** 62 - 1), two(-2 ** 62, -2 ** 62 + 2), two(2 ** 62 - 2, 2 ** 62 + 1))
print(len(three(-2 ** 62, 2 ** 62 - 1, 2 ** 60)), three(2 ** 62 - 1, -2 ** 62, -2 ** 62))
print(len(three(2 ** 62 - 1, -2 ** 62, -1 - 2 ** 61)), three(0, 2 ** 62 - 1, 2 ** 62 - 1))
print(zero_step(), float_arg(), keyword_arg())
print(errors(1, 2, 3, 4), errors(), errors("3"), errors(None))
print(body_changes_variable())
print(break_continue_else(10, 7), break_continue_else(5, 7))
print(nested(7))
print(raising(3))
print(method_named_range(), local_range())
print(list(gen(4)))
total = 0
for i in range(4):
    total += i
print("module level", total)


def fake_range(*args):
    return ["fake", args]


real = range
range = fake_range
for x in range(3):
    print("global range", x)
del range
builtins.range = fake_range
print(one(2))
builtins.range = real
print(one(2))


def float_body(x, n):
    y = 0.5
    total = 0.0
    for i in range(n):
        y = y * 0.5 + x
        total += y
    for i in range(int(x * 2.0)):
        total += i * 0.25
    try:
        for i in range(x * 2.0):
            pass
    except TypeError as e:
        total += len(str(e))
    for i, v in enumerate([y, x * 2.0]):
        total += i * v
    return total


print(float_body(1.5, 4), float_body(2.0, 0))
