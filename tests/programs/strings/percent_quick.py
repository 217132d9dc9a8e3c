# The quick conversions of printf-style formatting (%s of a str, %d/%i/%u,
# %Nd and %0Nd of a small int) against everything next to them.
for v in [0, 7, -7, 42, -42, 12345, -12345, 2**62, -(2**62), 2**63, -(2**63) - 1, 10**30]:
    print("[%d|%i|%u|%3d|%03d|%9d|%09d|%1d|%01d]" % (v, v, v, v, v, v, v, v, v))
print("%d %d" % (True, False), "%03d" % True, "%s" % True)
print("%s=%d;" % ("alpha", 5), "%s" % "solo", "%s%s" % ("a", "b"))
print("%s" % ("tuple",), "%s" % (("nested",),), "%s" % [1, 2])
print("%s" % {"k": 1}, "%(k)s-%(k)03d" % {"k": 4})
print("%-3d|%+d|% d|%+03d|%x|%5s|%.2s|%-5s|" % (5, 5, 5, 5, 255, "ab", "abcd", "ab"))
print("%s %d" % ("é", -3), "%s" % "日本", "%2d%%" % 50)
print("%d" % 3.9, "%i" % 3.9 if False else "", "%s" % 1.5, "%s" % None)


class S(str):
    def __str__(self):
        return "S.__str__"


class I(int):
    def __str__(self):
        return "I.__str__"


print("%s|%d|%s|%03d" % (S("sub"), I(7), I(8), I(9)))
print(b"%d|%03d|%s" % (5, -5, b"x"), b"%5d" % 12)
for fmt, args in [("%d", "x"), ("%d", ()), ("%s %s", ("a",)), ("%d", (1, 2)),
                  ("%s", ()), ("%03d", None), ("%0", (1,)), ("%05", (1,)), ("%3", (1,))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
