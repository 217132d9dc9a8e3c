# str.split fast paths: whitespace splitting of ASCII text (fields counted
# first, bytes looked up in a table), one-byte separators, and the paths
# they must not change: Unicode whitespace, maxsplit, rsplit, empty
# separators, str subclasses and wrong argument types.

ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
cases = [
    "",
    " ",
    ws,
    "a",
    " a ",
    "the quick  brown\tfox\njumps",
    ws + "x" + ws + "y" + ws,
    "a\x1cb\x1dc\x1ed\x1fe",
    "caf\u00e9 cr\u00e8me\u00a0br\u00fbl\u00e9e",
    "x\u2003y\u3000z\u0085w\u2028v",
    "\u00a0lead and trail\u00a0",
    "no-spaces-at-all",
    "\x00 \x7f \x1b",
]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), len(s.split()))
    for m in (-1, 0, 1, 2, 5):
        print("  ", m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m))

seps = ["a,b,,c,", ",", "", ",,,", "\u00e9,\u00e8,x", "one", "a:b:c:d"]
for s in seps:
    for sep in (",", ":", "\u00e8", ",,"):
        print(repr(s), repr(sep), s.split(sep), s.rsplit(sep))
        for m in (0, 1, 2):
            print("  ", m, s.split(sep, m), s.rsplit(sep, m))


class S(str):
    pass


t = S("  sub class  text ")
parts = t.split()
print(parts, [type(p).__name__ for p in parts])
parts = S("a,b").split(",")
print(parts, [type(p).__name__ for p in parts])
print(type(S("ab").split(",")[0]).__name__)

# A long text: many fields, exact list contents.
text = "the quick brown fox jumps over a lazy dog " * 50
words = text.split()
print(len(words), words[:3], words[-3:])
words.append("extra")
print(len(words), words[-2:])
print(len(("w," * 1000).split(",")))

for bad in [("",), (1,), (b",",)]:
    try:
        "a b".split(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        "a b".rsplit(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a b".split(None, "x")
except TypeError as e:
    print("TypeError", e)
