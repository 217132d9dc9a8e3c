# Values the hot path keeps in registers (ints, unboxed floats, loop
# counters, locals) survive the rare paths that call the runtime from cold
# blocks: caught exceptions, attribute-cache refills, big-int overflow,
# unbound locals, type changes.


class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x):
        self.y = x
        self.x = x * 2


def mixed(n):
    total = 0
    f = 0.5
    acc = 1.25
    big = 1
    errors = 0
    objs = [P(1), Q(2), P(3.5), Q(4.25)]
    for i in range(n):
        f = f * 1.0001 + 0.25
        acc += f / (i + 1)
        o = objs[i % 4]
        total += o.x if isinstance(o.x, int) else int(o.x)
        try:
            total += 10 // (i % 5)
        except ZeroDivisionError:
            errors += 1
        big = big * 3 + i
        if i % 7 == 0:
            try:
                total += undefined_name  # noqa: F821
            except NameError:
                errors += 100
        if i % 11 == 0:
            try:
                o.missing
            except AttributeError:
                errors += 10000
    return total, round(f, 6), round(acc, 6), big % 1000003, big.bit_length(), errors


def unbound(flag):
    a = 1.5
    b = 7
    if flag:
        c = 3
    try:
        return c + a + b
    except UnboundLocalError as e:
        return (str(e), a * 2, b + 1)


def overflow_chain(x):
    a = x
    s = 0.0
    for k in range(70):
        a = a * 2 + 1
        s += k * 0.5
    return a, s, a.bit_length()


def type_switch(vals):
    out = []
    t = 0.0
    for v in vals:
        t = t + 1.5
        try:
            out.append(v + 1)
        except TypeError as e:
            out.append(type(e).__name__)
        out.append(t)
    return out


print(mixed(200))
print(unbound(True), unbound(False))
print(overflow_chain(3))
print(type_switch([1, 2.5, "s", None, 10 ** 30, [1]]))
