# printf-style formatting of ints through the stack-buffer fast path
# (%d %i %u %o %x %X and %s of machine-sized ints): every flag combination,
# widths around the 64-character buffer, negatives and zero, against big
# ints, bools, int subclasses, and the errors CPython raises.


class MyInt(int):
    def __str__(self):
        return "my" + int.__repr__(self)

    def __repr__(self):
        return "MyInt()"


flags = ["", "-", "+", " ", "0", "#", "-0", "+0", " 0", "#0", "-#", "+#", "-+ 0#"]
widths = ["", "1", "3", "8", "63", "64", "65", "70"]
values = [0, 7, -7, 255, -255, 123456789, -2**62, 2**63 - 1, -2**63, 2**64 + 5, -(2**70)]
for conv in "diuoxXs":
    rows = []
    for f in flags:
        for w in widths:
            spec = "%" + f + w + conv
            rows.append("|".join(spec % v for v in values))
    print(conv, len(rows), sum(len(r) for r in rows))
    print(rows[0])
    print(rows[len(rows) // 2])
    print(rows[-1])

print("%d %i %u %x %o %s" % (True, False, True, True, True, True))
print("%d %x %s %r" % (MyInt(5), MyInt(31), MyInt(7), MyInt(7)))
print("%5d|%-5x|%05o|%+s" % (MyInt(5), MyInt(31), MyInt(8), MyInt(1)))
print("%*d|%-*x|%0*o|%*s" % (6, 42, 6, 255, 6, 8, -6, 12))
print("%.3d|%.0x|%10.4X|%-8.2o|%.1s" % (5, 0, 255, 8, 123))
print("%c%c%c|%5c|%-3c|" % (65, "é", 0x1F600, 66, "z"))
print("%r %a %s" % ("ü", "ü", "ü"))
print("%(a)d-%(b)x-%(a)s" % {"a": 10, "b": 255})
print("%3.1f|%-8.3e|%+g|%#x" % (2.25, 1234.5, 0.5, 0))
print("%d%%|%%%d" % (1, 2))
print(b"%d|%5x|%-4o|%s" % (7, 255, 8, b"ok"))
print(b"%c|%c" % (65, b"z"))
for f, args in [
    ("%d", "1"), ("%x", 1.5), ("%o", "8"), ("%d", (1, 2)), ("%d %d", (1,)),
    ("%z", (1,)), ("%s %s", 5), ("%c", 0x110000), ("%c", "ab"), ("%*d", ("a", 1)),
    ("%(x)d", 5), ("%(x", {"x": 1}), ("%", ()), ("%.*d", (1.5, 2)),
]:
    try:
        print(repr(f % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("%x %X %o" % (2.0 and 255, -1, -8))
print("%x" % 3.0 if False else "skip")
try:
    print("%x" % 3.0)
except TypeError as e:
    print("TypeError", e)
print("%d" % 3.99, "%i" % -2.5, "%u" % 1e3)
