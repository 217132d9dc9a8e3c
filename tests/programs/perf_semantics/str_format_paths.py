# printf-style %d/%s and format specs of small ints render without
# temporaries; flags, widths, signs and errors must be CPython's.


def percent():
    for v in [0, 7, -7, 12345, -2**62, 2**63, -2**63 - 1, True, False]:
        print("[%d|%5d|%-5d|%05d|%+d|% d|%i|%u]" % (v, v, v, v, v, v, v, v))
    print("[%3s|%-4s|%.2s|%s|%5.1s]" % ("ab", "cd", "xyz", "", "qq"))
    print("%s-%s" % (12, [1, 2]))
    print("%d%%" % 50, "%(a)d/%(b)s" % {"a": 3, "b": "x"})
    print("%*d|%-*d|%.3d" % (6, 42, 6, 42, 7))
    print("%05s|%+s" % ("ab", "cd"))

    class S(str):
        def __str__(self):
            return "S!"

    print("%s %5s" % (S("x"), S("y")))
    print("%s" % "héllo", "%6s|" % "é")
    print("é%dü%s·%5d" % (1, "x", -2), "日本%s語" % "x")
    for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", ("a",))]:
        try:
            print(bad[0] % bad[1])
        except TypeError as e:
            print("TypeError:", e)


def specs():
    for v in [0, 5, -5, 1234567, -1234567, 2**70]:
        print(f"[{v:04d}|{v:,}|{v:_d}|{v:+05d}|{v:>10}|{v:=10}|{v:^9d}|{v:<6}|{v:x}|{v: d}|{v:*^12,d}]")
    print(f"{True:d} {True:5} {False:03d}")
    print(format(42, "d"), format(-3, "010,d"), format(7, ""))
    for spec in [".2d", "z", "zd", "q", "5.1", ",x", "1000000000000000000000d"]:
        try:
            print(format(5, spec))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__ + ":", e)
    for spec in ["q", ".2q", "abc"]:
        try:
            print(format(2.5, spec))
        except ValueError as e:
            print("ValueError:", e)
    print(f"{2.5:.2f} {-0.125:8.3f} {1e20:g} {3:.1f} {3:e}")
    # Non-ASCII fills, and specs and formats longer than 64 bytes.
    print(f"[{5:é^9}|{-5:€>6}|{2.5:ü<8.2f}]")
    long_spec = "0" * 70 + "5d"
    try:
        print(format(7, long_spec))
    except ValueError as e:
        print("ValueError:", e)
    for v, spec in [(7, " >" + "0" * 60 + "12d"), (1.5, "x^" + "0" * 62 + "9"),
                    (1.5, "x^" + "1" + "0" * 63)]:
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print("ValueError:", e)
    fmt = "%d-" * 30 + "%s é %5.1f"
    print(fmt % (tuple(range(30)) + ("end", 2.25)))
    print(("ü" * 70 + "%s|%d") % ("x", 3))


def splits():
    s = "12:item5:0034:1.25"
    print(s.split(":"), s.split(":", 1), s.split(":", 0), s.split(":", -1))
    print(s.split(":", maxsplit=2), s.split(sep=":"), s.rsplit(":", 1))
    print(":a::b:".split(":"), "".split(":"), ":".split(":"), "abc".split("c"))
    print("a b  c ".split(), " a b ".split(None, 1), "x é y".split(" "))
    print("é:ü:ö".split(":"), "a;b;c".split(";", 1))
    print("a,b,,c".split(",", -1), "a,b,,c".split(",", -2), ",,".split(","))
    for args in [(":", 1, 2), ("",), (1,), (":", "x"), (None, 2.5)]:
        try:
            print("a:b".split(*args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    try:
        print("a:b".split(sep=":", bad=1))
    except TypeError as e:
        print("TypeError:", e)


percent()
specs()
splits()
