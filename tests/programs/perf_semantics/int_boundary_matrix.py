# Every int operator over values at the edges of the representations: the
# tagged small-int range (2**62), i64 and u64 limits, one- and two-digit
# big ints and long ones, negatives, bools. Exact results and types, and
# CPython's exception types and messages, one line per (operator, left).
# Also temporaries (which the runtime may reuse in place) beside int
# subclasses with and without overridden operators.

import operator

VALS = [0, 1, -1, 2, -3, 25, 57121, 2**32, -(2**32), 2**62 - 1, -(2**62), 2**62,
        -(2**62) - 1, 2**63 - 1, -(2**63), 2**64 - 1, 2**64, -(2**64) + 1,
        10**19, 3**50, -(3**50), 2**127, -(2**128), 3**200, -(3**200), True, False]

OPS = [("+", operator.add), ("-", operator.sub), ("*", operator.mul),
       ("//", operator.floordiv), ("%", operator.mod), ("divmod", divmod),
       ("&", operator.and_), ("|", operator.or_), ("^", operator.xor)]


def fmt(r):
    if isinstance(r, tuple):
        return "(%s)" % ",".join(fmt(x) for x in r)
    if isinstance(r, int):
        name = "" if type(r) is int else ":" + type(r).__name__
        return "%d%s" % (r, name) if abs(r) < 10**25 else "~%d/%d%s" % (r % 999983, r.bit_length(), name)
    return repr(r)


def attempt(f, *args):
    try:
        return fmt(f(*args))
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


def matrix():
    for name, f in OPS:
        for a in VALS:
            print(name, fmt(a), " ".join(attempt(f, a, b) for b in VALS))


def shifts():
    counts = [0, 1, 31, 62, 63, 64, 65, 128, 1000, -1, 2**70]
    for a in VALS:
        print("<<", fmt(a), " ".join(attempt(operator.lshift, a, n) for n in counts))
        print(">>", fmt(a), " ".join(attempt(operator.rshift, a, n) for n in counts))
    print(attempt(operator.lshift, 0, 2**80), attempt(operator.lshift, 1, 2**80))


def powers():
    for a in [0, 1, -1, 2, -2, 3, -10, 2**64, -(3**40)]:
        print("**", fmt(a), " ".join(attempt(pow, a, b) for b in [0, 1, 2, 63, 64, 65, -1, -2]))
        for m in [1, -1, 7, -7, 2**64 + 13, -(2**64 + 13)]:
            print("pow3", fmt(a), fmt(m), " ".join(attempt(pow, a, e, m) for e in [0, 1, 5, 2**70 + 3, -1]))
    print(attempt(pow, 3, 2, 0), attempt(pow, 2, -1, 4))


class I(int):
    pass


class M(int):
    def __mul__(self, o):
        return "M.mul"

    def __rmul__(self, o):
        return "M.rmul"

    def __floordiv__(self, o):
        return "M.floordiv"

    def __rfloordiv__(self, o):
        return "M.rfloordiv"


def temporaries():
    for a in [3**50, -(3**50), 2**64, -(2**63), 2**62, 10**40 + 7]:
        for b in [0, 1, -1, 7, -7, 2**62, -(2**64), 3**45, True]:
            out = [(a + 0) + b, (a + 0) - b, b - (a + 0), (a + 0) * b, b * (a + 0)]
            x = a + 0
            x += b
            out.append(x)
            x = a * 1
            x -= b
            out.append(x)
            x = a * 1
            x *= b
            out.append(x)
            if b:
                out += [(a + 0) // b, (a + 0) % b]
                x = a + 0
                x //= b
                out.append(x)
            out += [(a + 0) * I(b), I(b) * (a + 0), (a + 0) - I(b), I(a) * b,
                    (a + 0) * M(b), M(b) * (a + 0)]
            if b:
                out += [(a + 0) // M(b), M(a) // b]
            print(fmt(a), fmt(b), " ".join(fmt(r) for r in out))
    big = 2**70
    print(type((big + 0) - (big - 5)), (big + 0) * 0, (big * 1) - big)
    acc = 2**80
    acc -= 2**80 - 3
    print(acc, type(acc), hash(acc), hash(2**61 - 1), hash(-(2**61)), hash(2**64 - 1))


matrix()
shifts()
powers()
temporaries()
