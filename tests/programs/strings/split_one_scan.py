# str.split() / split(c) / rsplit of short text (up to 2 KiB), whose
# separator masks are computed once for both the count and the cuts,
# around the 64-byte chunk edges and the 2 KiB limit; freeing lists of
# pieces (shared, subclass and referenced elsewhere); formatting specs
# checked through the spec cache; short concatenations.
import sys


class S(str):
    pass


def show(label, xs):
    print(label, len(xs), xs[:3], xs[-3:] if xs else xs)


ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
unit = "ab  c\td\x1ce ::x:y\x1f"
for n in [0, 1, 2, 63, 64, 65, 127, 128, 129, 2047, 2048, 2049, 4100]:
    t = (unit * (n // len(unit) + 1))[:n]
    a = t.split()
    b = t.split(":")
    c = t.rsplit(":")
    d = t.rsplit()
    e = t.split(" ")
    print(n, len(a), len(b), len(c), len(d), len(e), a[-1:], b[-1:], e[:2])
    assert a == [w for w in t.replace(":", ":").split() if w]
    assert b == c
    assert a == d
    # Same pieces as a slow scan.
    slow = []
    cur = ""
    for ch in t:
        if ch == ":":
            slow.append(cur)
            cur = ""
        else:
            cur += ch
    slow.append(cur)
    assert b == slow, (n, b, slow)
    slow = []
    cur = ""
    for ch in t:
        if ch in ws:
            if cur:
                slow.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        slow.append(cur)
    assert a == slow, n

# Whitespace at every position of a 64-byte boundary.
for k in range(60, 70):
    t = "x" * k + " " + "y" * (130 - k)
    print(k, [len(w) for w in t.split()], [len(w) for w in t.split("x")][:3])
    t = " " * k + "z" + " " * (129 - k)
    print(k, t.split(), t.split(" ").count(""), len(t.rsplit(" ")))

# Edge cases: empty text, only separators, separators at both ends.
print("".split(), "".split(","), "".rsplit(","), " ".split(), ",".split(","))
print("   ".split(), ",,,".split(","), ",a,".split(","), "  a  ".split())
print("a,b".split(",", -1), "a,b,c".split(",", -7), "a,b,c".rsplit(",", -2))
print("a b c".split(None, -1), "a b c".rsplit(None, -3))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), " a b c ".split(None, 1))

# Non-ASCII text: Unicode whitespace splits str.split() (not the mask path),
# and one-byte separators still cut between code points.
u = "caf\xe9 na\xefve\xa0x\u3000y\x85z\u2028w"
print(u.split(), u.rsplit(), u.split("a"), u.rsplit("a"), u.split(" "))
print(("\xe9:" * 40).split(":")[-3:], len(("\xe9:" * 40).split(":")))
print(("\u20ac \u3000" * 30).split()[:3], len(("\u20ac \u3000" * 30).split()))
print("a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g".split())

# Pieces: exact strs, even from a subclass instance; one-character pieces
# are the shared strs.
s = S("a b  cd e")
parts = s.split()
print(parts, [type(p).__name__ for p in parts], type(s.split(" ")[0]).__name__)
print(s.split("b"), S("x:y").split(":"), S("").split())
x = "q r s".split()
print(x[0] is "q r s".split()[0], x[1] is "q r s".split(" ")[1])

# Errors keep CPython's messages.
for args in [("",), (1,), (b",",)]:
    try:
        "a,b".split(*args)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    "a,b".rsplit("")
except ValueError as exc:
    print("ValueError", exc)

# Lists of pieces freed while other references to some pieces live on.
kept = []
for i in range(200):
    words = ("w%d x%d yy zz%d " % (i, i * 3, i % 7) * 5).split()
    if i % 50 == 0:
        kept.append(words[1])
        kept.append(words[-1])
    fields = ("%d:%s:%d" % (i, "n" * (i % 5), i * i)).split(":")
    if i % 60 == 0:
        kept.append(fields[1])
print(kept)
words = "alpha beta gamma".split()
w0 = words[0]
print(sys.getrefcount(w0), words)
del words
print(w0, sys.getrefcount(w0))
mixed = ["ab" + str(i) for i in range(5)] + [S("sub"), 3, 2.5, "", "z", "é" * 3, "x" * 500]
del mixed
print("freed")

# A list of pieces whose elements get replaced before it dies.
pieces = "a:b:c:d".split(":")
pieces[1] = S("B")
pieces[2] = 7
print(pieces)
del pieces

# Format specs: short ASCII specs (cached), non-ASCII fill, longer specs.
for v in [0, 7, -42, 12345]:
    print(f"{v:04d}|{v:>6}|{v:<5d}|{v:^7}|{v:+d}|{v: d}|{v:=+8}|{v:x}|{v:#o}")
    print(f"{v:\xe9>6}|{v:\u20ac^9d}|{v:*<4}|{v:0=8d}|{v:>020d}|{v:_>+16d}")
for x in [0.0, -0.0, 1.5, -2.25, 3.14159, 1e20, 0.005]:
    print(f"{x:.2f}|{x:8.3f}|{x:+.1f}|{x:010.2f}|{x:z.1f}|{x:\xe9<9.2f}|{x:.2%}")
for bad in ["\xe9", "x\xe9", "\xe9d", "zz", ".", "\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9"]:
    try:
        print(format(5, bad))
    except ValueError as exc:
        print("ValueError", exc)
print(format(65, "c"), format(0xe9, "c"), format(0x20ac, "^5c"), format(0x1F600, "*>3c"))

# Short concatenations (inline text) and longer ones.
acc = []
for i in range(70):
    a = "w" + str(i)
    b = "\xe9" + "x" * i
    acc.append(len(a) + len(b + a) + len(S("s") + "t"))
print(sum(acc), "a" + "", "" + "b", type("" + S("q")).__name__, "é" + "€")
print(len("x" * 40 + "y" * 40), ("ab" * 30) + ("cd" * 30) == "ab" * 30 + "cd" * 30)
