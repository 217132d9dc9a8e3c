# Digits of pi with arbitrary-precision integers, two independent ways:
# 1. Machin's formula pi = 16*atan(1/5) - 4*atan(1/239) in fixed point
#    (big-int by small-int division, addition, subtraction);
# 2. a streaming spigot based on linear fractional transformations
#    (big-int by big-int multiplication and floor division).
# The digit strings must agree; also exercises str() of a large int,
# pow(), and divmod on big values. (str() stays below CPython's 4300-digit
# conversion limit.)


def atan_inv(x, scale):
    # atan(1/x) * scale, summed until the terms vanish
    term = scale // x
    x2 = x * x
    total = term
    k = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * k + 1))
        sign = -sign
        k += 1
    return total


def machin_digits(n):
    guard = 10
    scale = 10 ** (n + guard)
    pi = 16 * atan_inv(5, scale) - 4 * atan_inv(239, scale)
    return to_decimal(pi // 10 ** guard)


def to_decimal(value):
    # str() is limited to 4300 digits in CPython 3.11, so convert by hand
    chunks = []
    while value >= 1000000000:
        value, low = divmod(value, 1000000000)
        chunks.append("%09d" % low)
    chunks.append(str(value))
    chunks.reverse()
    return "".join(chunks)


def spigot_digits(n):
    # state (q, r, t, k) of the composed transformation (q*x + r) / t
    q, r, t, k = 1, 0, 1, 1
    out = []
    while len(out) < n:
        # consume one more term: z -> (k*z + (4k+2)) / (2k+1)
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d, rem = divmod(3 * q + r, t)
        if (4 * q + r) // t != d:
            continue
        out.append(str(d))
        # emit d: z -> 10 * (z - d)
        q, r = 10 * q, 10 * (r - d * t)
    return "".join(out)


def main():
    n = 16000
    a = machin_digits(n)
    b = spigot_digits(5800)
    agree = a[: len(b)] == b
    print("machin", a[:12], "...", a[-10:])
    print("spigot", b[:12], "...", b[-10:])
    print("agree", agree)
    big = pow(3, 20000) * pow(7, 9000) + 1
    chunks = 0
    chunk_sum = 0
    while big:
        big, low = divmod(big, 1000000000)
        chunks += 1
        chunk_sum = (chunk_sum + low) % 1000000007
    print("big chunks", chunks, "sum", chunk_sum)
    small = pow(3, 5000) * pow(7, 2000) - 1
    s = str(small)
    print("small len", len(s), "digit sum", sum(int(c) for c in s))
    h = 0
    for i in range(0, len(a) - 8, 8):
        h = (h * 100000007 + int(a[i:i + 8])) % 998244353
    print("checksum", h)


main()
