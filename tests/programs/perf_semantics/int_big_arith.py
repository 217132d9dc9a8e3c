# Big-int arithmetic against small and big operands: signs, floor division
# and modulo of negative values, results that shrink back into small ints
# (and keep CPython's small-int identities), quotients read from the
# leading digits only (`//` with a long divisor), and in-place operators on
# values still referenced elsewhere.


class I(int):
    pass


def show(label, v):
    print(label, v if abs(v) < 10**30 else (v % 10**12, len(str(abs(v)))))


def mul_small():
    b = 10**50 + 987654321
    for s in (3, -3, 7, -7, 1, -1, 0, 2, -2, 2**40 + 1, -(2**63), 2**64 - 1):
        show("big*%d" % s, b * s)
        show("%d*big" % s, s * b)
        show("-big*%d" % s, -b * s)
    print(type(I(5) * 10**40), type(10**40 * True), 10**40 * False)


def crossing():
    big = 2**64
    print(big - 2**64 + 5, big // 2**64, big % (2**64 - 1), big - big)
    one, three, ten, minus_one, top = 1, 3, 10, -1, 256
    x = (big + 3) - big
    print(x, x is three, (2**70 // 2**70) is one, (2**70 - 2**70 + 256) is top)
    print((10**40 // 10**39) is ten, (-(10**40)) // 10**40 is minus_one)
    small = 2**62
    print(small + small, small * 4, (small * 4) // 4 == small, -small - small - 1)
    print(divmod(2**64 + 7, 2**64), divmod(2**64 - 1, 2**63))


def div_small():
    for a in (10**40 + 17, -(10**40 + 17), 3**90, -(3**90)):
        for b in (7, -7, 10**9, -(10**9), 2**64 + 13, -(2**64 + 13), 3**60, -(3**60)):
            q, r = divmod(a, b)
            assert q == a // b and r == a % b and q * b + r == a, (a, b)
            assert (0 <= r < b) if b > 0 else (b < r <= 0)
            show("q", q)
            show("r", r)


def long_divisor():
    # `//` with a long divisor and a small quotient, numerators next to
    # multiples (where the estimate from the leading digits is unsure), at
    # shift counts that are and are not multiples of 64
    out = []
    for ybits in (65, 100, 128, 129, 192, 193, 640):
        y = 2 ** (ybits - 1) + 12345
        for m in (1, 2, 9, 10, 2**32 + 1, 2**59 - 1, 2**60, 2**61):
            for d in (-2, -1, 0, 1, 2):
                a = m * y + d
                q = a // y
                assert q == (m if d >= 0 else m - 1), (ybits, m, d)
                assert a % y == (d if d >= 0 else y + d)
                out.append(q % 97)
        y = 2**ybits - 1
        for m in (1, 3, 2**60 - 1):
            a = m * y + y - 1
            out.append((a // y) % 97)
            out.append((a % y) % 97)
    print(len(out), sum(out), out[:10])


def inplace():
    a = b = 10**50
    a *= 3
    print(a, b)
    a = b = 10**50
    a += 1
    a -= 10**50
    print(a, b)
    a = b = -(10**50) - 1
    a //= 7
    print(a, b)
    a = b = 10**50 + 1
    a %= 7
    print(a, b)
    c = [10**40]
    c[0] *= -2
    print(c)
    d = e = 2**200
    d //= 2**140 + 1
    print(d, e == 2**200)


def errors():
    for op in (lambda: 10**40 // 0, lambda: 10**40 % 0, lambda: divmod(-(10**40), 0),
               lambda: 10**40 / 0, lambda: (10**40) // (0 * 10**40)):
        try:
            op()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    try:
        "ab" * 10**40
    except OverflowError as e:
        print("OverflowError", e)
    try:
        10**40 // "x"
    except TypeError as e:
        print("TypeError", e)


mul_small()
crossing()
div_small()
long_divisor()
inplace()
errors()
