# The native loops behind findall, finditer, split, sub and subn: empty
# matches, counts, groups, bytes subjects, callables and their errors, and
# the first-character filter of unanchored searches.
import re

text = "a1 bb22 ccc333 dddd4444 " * 3

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# findall: no group, one group (missing → ''), several groups.
print(re.findall(r"\d+", text))
print(re.findall(r"([a-z]+)(\d)?(x)?", "ab1 cd"))
print(re.findall(r"(x)?y", "yxy"), re.findall(r"", "ab"), re.findall(r"a*", "baac"))
print(re.compile(r"\w").findall("abcdef", 2, 4), re.findall(rb"\d", bytearray(b"a1b2")))

# finditer: long runs cross batch boundaries; pos/endpos are reported.
ms = list(re.finditer(r"\d", "x1" * 50))
print(len(ms), ms[0], ms[-1], ms[9].pos, ms[40].endpos)
ms = list(re.compile(r"b*").finditer("abba" * 10, 3, 30))
print(len(ms), [m.span() for m in ms[:6]], ms[-1], {m.pos for m in ms}, {m.endpos for m in ms})
it = re.finditer(r"\w+", "one two")
print(next(it), next(it), next(it, "done"))
attempt("finditer(5)", lambda: next(re.finditer("a", 5)))

# split: groups, maxsplit, empty matches, bytes.
print(re.split(r"[;,]", "a;b,c"), re.split(r"([;,])", "a;b,c"), re.split(r"(;)|(,)", "a;b,c"))
print(re.split(r"\s*", "a b  c"), re.split(r"x*", "axbc"), re.split(r";", "a;b;c;d", 2))
print(re.split(r";", "a;b", -1), re.split(rb"-", b"1-2-3"), re.split(b"-", bytearray(b"1-2")))
print(re.split(r"\d", "é1ü2ß"), re.split(r"z", ""), re.split(r"", ""))

# sub / subn: literals, templates, callables, counts, empty matches.
print(re.sub(r"\d+", "#", text), re.subn(r"\d+", "#", text, count=4))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.sub(r"(?P<x>b)(c)?", r"[\g<x>\2]", "abcab"))
print(re.sub(r"x*", "-", "abxd"), re.subn(r"", "+", "ab"), re.sub(r"a", r"\n\t", "bab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3", 2))
print(re.sub(r"\d", lambda m: None, "a1b2"), re.subn("z", "y", "abc"), re.sub("(a)", r"\1\1", "é a"))
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.sub(rb"\d", lambda m: m.group() * 2, bytearray(b"a1")))
print(re.sub(r"a", "b", "aaa", -1), re.subn(r"a", "b", "aaa", 0))
calls = []
def record(m):
    calls.append((m.span(), m.group(), m.pos, m.endpos, m.lastindex))
    return "<%s>" % m.group()
print(re.sub(r"(a)|b", record, "xaby"), calls)
attempt("repl int", lambda: re.sub("a", 5, "xay"))
attempt("repl None", lambda: re.sub("a", None, "xay"))
attempt("callable int", lambda: re.sub("a", lambda m: 1, "xay"))
attempt("callable str for bytes", lambda: re.sub(b"a", lambda m: "x", b"xay"))
attempt("callable raises", lambda: re.sub("a", lambda m: 1 / 0, "xay"))
attempt("bad template", lambda: re.sub("a", r"\2", "a"))
attempt("bad subject", lambda: re.sub("a", "b", 3))
attempt("nested", lambda: re.sub(r"\w+", lambda m: re.sub(r"[aeiou]", "*", m.group()), "hello world"))

# Unanchored searches skip characters that cannot start a match.
print(re.search(r"(?<=a)b(?!a)", "aab ab"), re.search(r"(?i)GAMMA|alpha", "-- Alpha"))
print(re.search(r"[xyz]\d", "ab x y1"), re.search(r"(?:ab|cd)+e", "abcdab cde"))
print(re.search(r"\bfoo", "afoo foo"), re.search(r"(a|)b", "cccb"), re.search(r"(?=b)", "aab"))
print(re.search(r"é+", "caféé"), re.search(r"(?i)ǅ", "xǆ"), re.search(r"(?i)k", "\u212a"))
print(re.search(r"(?i)s", "\u017f"), re.search(r"(?:x|\d)+y", "9x9y"), re.search(r"a{0}b", "cb"))
print(re.search(r"(a)?(?(1)b|c)", "xxc"), re.search(r"(?>a+)b", "caab"), re.search(r"\Ab", "ab"))

# finditer returns a lazy iterator (type and protocol as in CPython).
it = re.finditer(r"\d", "a1b2")
print(type(it).__name__, iter(it) is it, [m.group() for m in it], list(it), next(it, "end"))
it = re.compile(rb"\w").finditer(bytearray(b"ab c"), 1)
print([(m.group(), m.string, m.pos) for m in it])
print([m.span() for m in re.finditer(r"", "abc")], [m.span() for m in re.finditer(r"\b", "ab cd")])
attempt("finditer bytes pattern", lambda: re.finditer(b"a", "a"))
