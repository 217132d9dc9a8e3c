# Big-int results written into an operand nobody else holds (a temporary,
# or `x += y` storing back into x): values, signs, aliases and subclasses
# must stay exactly CPython's.

BIG = 3 ** 200
NEG = -(7 ** 150)


def temporaries():
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < 60:
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d, rem = divmod(3 * q + r, t)
        if (4 * q + r) // t != d:
            continue
        digits.append(str(d))
        q, r = 10 * q, 10 * (r - d * t)
    print("".join(digits))
    # mixed signs: temporaries on the left and on the right
    a = BIG * 5
    b = NEG * 3
    print((a * 2) + b, (b * 2) + a, a + (b * 2), b + (a * 2))
    print((a * 2) - b, (b * 2) - a, a - (b * 2), b - (a * 2))
    print((a * 3) * -7, -7 * (b * 3), (a * 3) * 0, 0 * (b * 3), (a + 1) * True)
    print((a + 1) - (a + 1), (b - 1) - (b - 1), (a * 2) - a * 2)
    # results that fit a small int again
    print((BIG + 5) - BIG, (NEG - 5) - NEG, 12 - (BIG + 12) + BIG, (BIG * 2) + -2 * BIG)
    print(type((BIG + 5) - BIG).__name__, ((BIG + 5) - BIG) + 1)
    # bool operands
    print((BIG * 2) + True, True + (BIG * 2), (NEG * 2) - True, False - (NEG * 2))
    print((BIG * 2) * False, True * (NEG * 2))


def store_back():
    total = BIG * 2
    alias = total
    total += 1
    print(total - alias, alias == BIG * 2, total is alias)
    total = NEG * 2
    for i in range(5):
        total += BIG - i
    print(total)
    total = BIG * 2
    total += total
    print(total == BIG * 4)
    total = BIG * 2
    total += -(BIG * 2) + 3
    print(total, type(total).__name__)
    keep = []
    acc = BIG + 0
    for i in range(3):
        keep.append(acc)
        acc += i + 1
    print([x - BIG for x in keep], acc - BIG)
    s = NEG + 0
    s += 1.5
    print(s)
    s = NEG + 0
    s += True
    print(s - NEG)


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"

    def __rsub__(self, other):
        return "MyInt.__rsub__"

    def __rmul__(self, other):
        return "MyInt.__rmul__"


class Plain(int):
    pass


def subclasses():
    m = MyInt(5)
    print((BIG * 2) + m, m + (BIG * 2), (BIG * 2) - m, (BIG * 2) * m)
    p = Plain(7)
    r = (BIG * 2) + p
    print(r - BIG * 2, type(r).__name__)
    r = p - (BIG * 2)
    print(r + BIG * 2, type(r).__name__)
    r = (BIG * 2) * p
    print(r == BIG * 14, type(r).__name__)
    acc = BIG * 2
    acc += m
    print(acc)
    big_sub = Plain(BIG)
    acc = big_sub
    acc += 1
    print(type(acc).__name__, acc - BIG, type(big_sub).__name__, big_sub == BIG)


def errors():
    x = BIG * 2
    try:
        x += "a"
    except TypeError as e:
        print(e)
    print(x == BIG * 2)
    try:
        (BIG * 2) - None
    except TypeError as e:
        print(e)
    try:
        print((BIG * 2) // (BIG - BIG))
    except ZeroDivisionError as e:
        print(e)
    try:
        print((BIG * 2) % 0)
    except ZeroDivisionError as e:
        print(e)


def sign_grid():
    # every sign and size combination, temporaries on either side
    values = [BIG, -BIG, NEG, -NEG, BIG + 1, 1 - BIG, 2 ** 64, -(2 ** 64), 2 ** 63 - 1]
    smalls = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 62), True, False]
    rows = []
    for x in values:
        for y in values + smalls:
            rows.append((x * 1) + y)
            rows.append(y + (x * 1))
            rows.append((x * 1) - y)
            rows.append(y - (x * 1))
        for k in smalls:
            rows.append((x * 1) * k)
            rows.append(k * (x * 1))
    print(len(rows), sum(rows) % 1000000007, sum(abs(r) % 999983 for r in rows))
    print(sum(1 for r in rows if type(r) is int), min(rows) == -max(rows))
    acc = -(BIG * 3)
    for y in values + smalls:
        acc += y
        acc += -y if y % 3 else y
    print(acc)


temporaries()
sign_grid()
store_back()
subclasses()
errors()
