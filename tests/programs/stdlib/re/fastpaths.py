# The inlined entry points and Match.group fast path must agree with the
# general paths: int-like bounds, bool groups, bytearray subjects, caches.
import re


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


p = re.compile(r"(a)(b)?")
for args in [(), (0,), (1,), (True,), (False, 2), (Idx(1),), (0, Idx(2)), (-5, 100)]:
    for name in ["match", "fullmatch", "search"]:
        m = getattr(p, name)("xab", *args)
        print(name, args and [getattr(a, "v", a) for a in args], m and (m.span(), m.pos, m.endpos))
for bad in [1.0, "1", None]:
    try:
        p.match("ab", bad)
    except TypeError as e:
        print("TypeError", e)

m = p.match("ab")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(True), m.group(Idx(2)))
print(m.group(1, 2), m[0], m[False], p.match("a").group(2))
for g in [3, -1, 1.0, "x", None, Idx(9)]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", repr(g) if not isinstance(g, Idx) else "Idx", e)

b = re.compile(rb"(\d+)")
m = b.search(bytearray(b"ab12cd"))
print(m, m.group(), m.group(1), type(m.string).__name__, m.groups())
print(re.search("(x)", "axb").group(1), re.search("(x)", "axb", 0).group(1))
print(re.search("X", "axb"), re.search("X", "axb", re.I), re.search("X", "axb"))
print(re.compile("X") is re.compile("X"), re.compile("X", re.I) is re.compile("X"))
re.purge()
print(re.search("X", "axb", re.I).span(), re.search("X", "axb"))
print(re.fullmatch(b"ab", b"ab"), re.fullmatch("ab", "ab"))
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.search(b"a", "a")
except TypeError as e:
    print("TypeError", e)
print(re.split(r"[;\n]+", "a;b\n;c;;"), re.split(r"(;)|(,)", "a;b,c", 1))
print(re.sub(r"\d+", lambda m: str(len(m.group())), "a12b3c"), re.sub(r"\d", "", "a1b"))
print(re.subn(r"(\d)", r"<\1>", "a1b2", 1))
