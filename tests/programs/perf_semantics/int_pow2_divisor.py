# Floor division and modulo of ints by a positive power of two take shift
# and mask paths: quotients floor and remainders are never negative for
# negative numerators, negative powers of two and other divisors take the
# general path, results that fit come back as small ints.


def check(a, b):
    q, r = divmod(a, b)
    assert q == a // b and r == a % b, (a, b)
    assert q * b + r == a, (a, b)
    assert (0 <= r < b) if b > 0 else (b < r <= 0), (a, b)
    return q, r


def show(v):
    return v if abs(v) < 10**20 else (v % 1000000007, v.bit_length())


def main():
    nums = [0, 1, -1, 5, -5, 2**62 - 1, -(2**62), 2**64, -(2**64), 2**64 + 1,
            -(2**64) - 1, 3**100, -(3**100), 2**200, -(2**200), 2**200 - 1,
            -(2**200) + 1, 7 * 2**130 + 5, -(7 * 2**130) - 5]
    divisors = [2, 4, 2**31, 2**32, 2**63, 2**64, 2**65, 2**127, 2**128,
                2**200, 2**300, -2, -(2**64), -(2**200), 2**64 + 1, 2**64 - 1, 3 * 2**70]
    for b in divisors:
        row = []
        for a in nums:
            q, r = check(a, b)
            row.append((show(q), show(r)))
        print(show(b), row[:6])
        print("   ", row[6:13])
        print("   ", row[13:])
    # results shrink back to small ints with CPython's identities
    one, zero, minus_one, small = 1, 0, -1, 255
    print((2**100) // 2**100 is one, (2**100 + 255) % 2**64 is small)
    print((-(2**100)) // 2**200 is minus_one, (2**100) % 2**100 is zero)
    # in-place forms keep other references intact
    a = b = -(2**150) - 3
    a //= 2**64
    print(a, b)
    a = b = -(2**150) - 3
    a %= 2**64
    print(a, b)
    try:
        (2**100) // (2**64 - 2**64)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        (2**100) % 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


main()
