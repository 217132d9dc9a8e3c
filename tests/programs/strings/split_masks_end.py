# split(sep) of one byte and split() of ASCII text at every length around
# the 64-byte chunks and the 2 KiB limit of the one-scan path: the end of
# the text is the last field's cut (a separator or whitespace there too).


class S(str):
    pass


def digest(parts):
    return (len(parts), sum(map(len, parts)), parts[:2], parts[-2:])


for n in [0, 1, 2, 62, 63, 64, 65, 66, 127, 128, 129, 191, 192, 2046, 2047, 2048, 2049, 4100]:
    base = ("ab:c::d:" * (n // 8 + 1))[:n]
    for t in (base, base + ":", ":" + base, base.replace("d", "\u00e9")):
        parts = t.split(":")
        assert parts == t.rsplit(":"), n
        print(n, digest(parts), all(type(p) is str for p in parts))
    w = ("ab c  d\t\x1c e\n" * (n // 12 + 1))[:n]
    for t in (w, w + " ", " " + w, w + "\x1f", w.replace(" ", "\x0b")):
        parts = t.split()
        assert parts == t.rsplit(), n
        print(n, digest(parts))

# Non-ASCII text with an ASCII separator; whitespace runs that are not ASCII.
u = "h\u00e9llo:w\u00f6rld:\U0001f600::" * 5
print(u.split(":"), len(u.split(":")))
print("a\u3000b\xa0c\x85d e".split())
print(S("x:y:").split(":"), [type(p).__name__ for p in S("x:y").split(":")])
print(":".split(":"), "".split(":"), "".split(), "   ".split(), "a".split(":"))
print("a:b".split(":", -1), "a:b".split(maxsplit=-1, sep=":"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
