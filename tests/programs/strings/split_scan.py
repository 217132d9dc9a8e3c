# str.split scans text a word (8 bytes) at a time: fields and separators
# at every offset around word boundaries, control characters that are not
# whitespace next to ones that are, non-ASCII text, maxsplit; and the
# exact-str `+` fast path next to subclasses that override `__add__` or
# `__radd__`.

for width in range(1, 20):
    text = ":".join("x" * ((i * 7 + width) % 11) for i in range(12))
    parts = text.split(":")
    assert ":".join(parts) == text
    print(width, len(parts), [len(p) for p in parts][:8], text.split(":", 3)[3][:12])

for width in range(1, 20):
    words = ["w" * ((i * 5 + width) % 13 + 1) for i in range(10)]
    for sep in [" ", "\t", "  \n", "\x1c", "\x1f", "\x0b\x0c", "\r\n"]:
        text = sep + sep.join(words) + sep
        assert text.split() == words, (width, repr(sep))
    print(width, len(" ".join(words).split()), " ".join(words).split(None, 2)[2][:10])

# Control characters that are not whitespace stay inside fields.
for ctl in ["\x00", "\x01", "\x08", "\x0e", "\x1b", "\x7f", "!"]:
    text = f"ab{ctl}cd efgh{ctl}ijklmnop{ctl} q{ctl}{ctl}rstuvwxyz0123 {ctl}"
    print(repr(ctl), [len(p) for p in text.split()], len(text.split(ctl)))

print("a\u3000b\u00a0c d\x85e".split(), "日本語 テキスト\tです".split())
print("é:ü::ö".split(":"), "x" * 17 + ":" + "y" * 9 == ":".join(["x" * 17, "y" * 9]))
print("".split(":"), ":".split(":"), "::".split(":", 1), "a,b,,c,".split(",", -1))
print("a b c d".split(maxsplit=0), " a b ".split(None, 1), "abc".split("b", 0))


class Add(str):
    def __add__(self, other):
        return "Add+" + str.__add__(self, other)

    def __radd__(self, other):
        return "radd:" + other + "|" + str(self)


a = Add("left")
print(a + "x", "x" + a, type("p" + "q").__name__, "p" + str(a))
try:
    "s" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "s"
except TypeError as e:
    print("TypeError:", e)
words = []
for i in range(30):
    w = "ka" + "lo"[i % 2] + str(i)
    words.append(w + w[:2])
print(words[:4], words[-1], sum(map(len, words)))
