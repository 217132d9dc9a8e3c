# printf-style formatting through the byte-level format parser and the
# direct int/float/str appenders: widths, flags, precisions, non-ASCII
# literal text, mapping keys, %r/%a/%c, bytes formats, and the error
# messages (with character indexes in non-ASCII formats).


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    pass


class MyStr(str):
    def __str__(self):
        return "mystr-str"


class Idx:
    def __index__(self):
        return 65


ints = [0, 7, -7, 42, -42, 123456789, -2**63, 2**63 - 1, 2**70, -2**70, True, MyInt(5)]
for spec in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "%- 6d|",
             "%.3d", "%8.3d", "%-08d|", "%i", "%u", "%x", "%#X", "%#o", "%ld", "%hd", "%03d"]:
    print(spec, [spec % v for v in ints])

floats = [0.0, -0.0, 1.5, -1.5, 3.14159, 1e20, 1e-7, float("inf"), float("-inf"),
          float("nan"), 12345.678, MyFloat(2.5), 7]
for spec in ["%f", "%5.2f", "%-9.3f|", "%09.2f", "%+.1f", "% .0f", "%#.0f", "%e", "%.3E",
             "%g", "%G", "%10.4g", "%#g", "%F", "%+010.2f"]:
    print(spec, [spec % v for v in floats])

strs = ["", "a", "héllo", "日本語", MyStr("x"), None, 3, [1, "b"]]
for spec in ["%s", "%5s|", "%-5s|", "%.2s|", "%7.3s|", "%r", "%a", "%10r|", "%.1r", "%05s"]:
    print(spec, [spec % (v,) for v in strs])

print("%c%c%c%c" % (65, "é", Idx(), 0x1F600))
print("%3c|%-3c|" % ("x", 66))
print("naïve %s → %d ✓" % ("café", 3))
print("日本 %5.1f%% 終" % 99.5)
print("%(name)s is %(age)03d, %(name)r" % {"name": "Ann", "age": 7})
print("%(ключ)s|%(a)-4s|" % {"ключ": "v", "a": 1})
print("%*d|%-*d|%.*f|%*.*s|" % (5, 1, 4, 2, 2, 3.14159, 6, 2, "abcdef"))
print("%*d|" % (-4, 9))
print("100%% done, %s%%" % 5)
print("%s" % "only")
print("%s %s" % ("tuple", "args"))
print("no conversions" % ())
print("%s" % ((1, 2),))
print(b"%d %5s %-4b| %c %c %x %r %a" % (12, b"ab", b"cd", 65, b"z", 255, b"q", "\xe9"))
print(b"\xff%s\xfe" % b"\x80")

errors = [
    ("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%c", -1), ("%c", 0x110000),
    ("%s %s", (1,)), ("%s", (1, 2)), ("%", ()), ("%(a", {"a": 1}), ("%(a)s", (1,)),
    ("%y", (1,)), ("héé %y", (1,)), ("%é", (1,)), ("ab%5.2\x01", (1,)),
    ("%*d", ("a", 1)), ("%.*d", (1.5, 1)), ("%f", "x"), ("%d", None),
    ("%(k)s", {}), ("x", 5), ("%s %(a)s", {"a": 1}),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
for fmt, args in [(b"%y", 1), (b"%\xe9", 1), (b"%s", "str"), (b"%c", 256), (b"%d", b"x")]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
