# String formatting: f-strings with conversions and format specs (width,
# fill, alignment, sign, precision, thousands separators, bases), %-style
# formatting and str.format with positional, keyword and indexed fields,
# for ints and floats of many magnitudes. A rolling hash of every produced
# string is the checksum.


def rolling(h, s):
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def values(count):
    state = 12345
    out = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ival = state % 2000001 - 1000000
        fval = (state % 1000003) / 977.0 * (-1) ** i
        scale = 10.0 ** (i % 13 - 6)
        out.append((i, ival, fval * scale))
    return out


def fstrings(data):
    h = 0
    for i, n, x in data:
        h = rolling(h, f"{i:>6}|{n:+,}|{x:.3f}|{x:12.4e}|{n:#x}|{n % 256:08b}")
        h = rolling(h, f"[{x:^16.5g}] {n!r:<10} {abs(n):_d} {i / 7:.2%}")
    return h


def percent(data):
    h = 0
    for i, n, x in data:
        h = rolling(h, "%5d %-8s %+.2f %10.3e %o %X %g" % (i, n % 9973, x, x, abs(n), abs(n), x))
        h = rolling(h, "%(a)s/%(b)06.1f" % {"a": i, "b": x})
    return h


def str_format(data):
    h = 0
    pattern = "{0:>8} {1:<12.6f} {name:*^14} {0:,d} {2!s}"
    for i, n, x in data:
        h = rolling(h, pattern.format(n, x, i % 3 == 0, name=str(i)))
        h = rolling(h, format(x, ".8g") + format(n, "020,d") + str(x) + repr(x))
    return h


def table(data):
    lines = []
    for i, n, x in data[:12]:
        lines.append(f"| {i:3d} | {n:>9,} | {x:>14.6g} | {x:+.3e} |")
    return lines


def main():
    data = values(30000)
    for line in table(data):
        print(line)
    print("fstrings", fstrings(data))
    print("percent", percent(data))
    print("format", str_format(data))


main()
