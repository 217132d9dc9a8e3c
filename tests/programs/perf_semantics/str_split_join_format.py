# Edge cases of the str fast paths: mask-based split (whitespace and
# one-byte separators across 64-byte chunk edges, maxsplit), join's copy
# loop (one-byte and longer separators, non-str items, subclasses), the
# `.Nf` formatting fast path and ASCII format-spec parsing, and int()/
# float() of short strs.


class S(str):
    pass


def show(label, v):
    print(label, repr(v))


# --- split ---------------------------------------------------------------
base = "ab  c\td\x1ce \x0b::x:\x1f y\r\n"
for n in (0, 1, 2, 5, 31, 63, 64, 65, 127, 128, 129, 200):
    s = (base * 20)[:n]
    w = s.split()
    c = s.split(":")
    print(n, len(w), w[:3], w[-2:], len(c), c[:2], c[-1:])
    print(n, s.split(None, 2)[-1:], s.split(":", 1)[-1:], s.split(":", 0))
long = "word " * 40 + "tail"
print(len(long.split()), long.split()[-2:], long.split(" ")[-3:])
print("  a  b  ".split(), "  a  b  ".split(maxsplit=1), " ".split(), "".split())
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split("abc"))
print(("x\x00y\x00" * 40).split("\x00")[-3:])
print("é a\u3000b\u00a0c".split(), "é:a:b".split(":"), "x\u2028y".split())
print(("é" + ":" * 70 + "z").split(":")[-2:], len(("é" + ":" * 70 + "z").split(":")))
print(S("p q  r").split(), type(S("p q").split()[0]).__name__)
print("a1b1c".split("1", maxsplit=-7), "a b c".rsplit(None, 1), "a:b:c".rsplit(":", 1))
for bad in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(":", "x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# --- join ----------------------------------------------------------------
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(reversed(words)), "-".join(words[:3]), "".join(words[:2]))
print(", ".join(words), "<é>".join(["a", "é", "b"]), " ".join([]), " ".join(["solo"]))
print(" ".join(S(w) for w in ("s", "t")), type(" ".join([S("only")])).__name__)
print("|".join(("a" * 30, "b" * 40, "")), len(":".join(["x" * 7] * 500)))
print("é".join("abc"), "".join(["", "", ""]) == "", "\u3000".join(["x", "y"]))
for items in (["a", 1], ("a", "b", None), ["x", b"y"]):
    try:
        ",".join(items)
    except TypeError as e:
        print("TypeError", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError", e)

# --- formatting ------------------------------------------------------------
vals = [0.0, -0.0, 0.125, 0.375, 1.005, 2.675, -1.5, 1e15, 123456789.987654321,
        1e-9, -1e-9, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
        float("nan"), 0.5, 1.5, 2.5, 999.995, 3.14159]
for x in vals:
    print(f"{x:.2f}|{x:.0f}|{x:.1F}|{x:10.3f}|{x:<9.2f}|{x:+.2f}|{x: .1f}|{x:z.2f}|{x:,.2f}"
          f"|{x:_.3f}|{x:#.0f}|{x:012.4f}|{x:^11.2f}|{x:*>10.1f}|{x:.19f}|{x:.20f}")
for i in (0, 7, -7, 42, 999, -1000, 12345678901234567890):
    print(f"{i:04d}|{i:>6}|{i:<5d}|{i:+d}|{i:,}|{i:_x}|{i:#o}|{i:08.2f}|{i:^9}|{i:é>6}|{i:\u3000<5}")
for spec in ("04d", ".2f", "é>5", "٣d", "0٣d", ".٢f", "x<4", "=+8"):
    try:
        print(spec, repr(format(-7, spec)), repr(format(2.5, spec) if "d" not in spec else ""))
    except ValueError as e:
        print(spec, "ValueError", e)
for spec in ("4.2.1f", ".f", "d.", ",_d", "zd", "4z"):
    for v in (3, 3.5):
        try:
            print(spec, format(v, spec))
        except ValueError as e:
            print(spec, type(v).__name__, "ValueError", e)

# --- int() / float() of strs -----------------------------------------------
for t in ("12", "-12", "+7", " 12 ", "1_000", "٣", "0012", "999999999999999999",
          "9999999999999999999", "-9223372036854775808", "", " ", "1 2", "x", "12a",
          "1__0", "_1", "0x10", "\t-3\n", "１２"):
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
for t in ("1.5", " 1.5\n", "1e5", "-2.5E-3", "nan", "-inf", "+Infinity", "1_000.5",
          ".5", "5.", "1.2.3", "", "e5", "1e", "٣.٥", "0x1p3", "1_.5", "  -0.0  ", "inFINity"):
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)


class I:
    def __int__(self):
        return 5

    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 9


class IS(str):
    def __int__(self):
        return 77


print(int(I()), float(I()), int(Idx()), float(Idx()), int(S("42")), float(S(" 4.5 ")), int(IS("3")))
print(int(float("1.75") * 100), int("0"), float("0"), int("-0"), float("-0"))

# --- ASCII case mapping ------------------------------------------------------
for t in ("", "a", "hello World", "HELLO", "they're bill's friends", "a\x00b c\x00D",
          "1st 2ND x-ray o'neil _under_score", "MiXeD cAsE 123 !@#", "x" * 70 + " Yy" * 10,
          "Élan vital", "ǅ dž ß straße", "ﬁsh", "İstanbul"):
    print(repr(t.upper()), repr(t.lower()), repr(t.capitalize()), repr(t.title()),
          repr(t.swapcase()), repr(t.casefold()))
print(type(S("ab").upper()).__name__, S("aB").capitalize(), S("x y").title())
