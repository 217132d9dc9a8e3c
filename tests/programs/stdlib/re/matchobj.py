# re.Match is a native type: its whole API, its error messages, and the
# objects it hands out (groups by number and name, missing groups, bytes).
import copy
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "Ada Lovelace rules")
print(type(m), type(m).__name__, type(m).__module__, type(m) is re.Match)
print(isinstance(m, re.Match), re.Match[str], bool(m))
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.group("opt"), m["opt"], m[2], m.groups(), m.groups("?"), m.groups(default=0))
print(m.groupdict(), m.groupdict("-"), m.groupdict(default=None))
print(m.span(), m.span(1), m.span("opt"), m.start(), m.start(2), m.end("first"), m.end(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re, m.regs)
print(m.expand(r"\2, \1"), m.expand(r"\g<last>/\g<0>/\g<opt>"), m.expand(template="[\\1]"))
print(copy.copy(m) is m, copy.deepcopy(m) is m, m.__copy__() is m, m.__deepcopy__({}) is m)

# Unnamed trailing group: lastgroup is None while lastindex is set.
m2 = re.search(r"(?P<a>x)(y)", "--xy--")
print(m2.lastindex, m2.lastgroup, m2.regs, m2.span(2))
print(re.match("a*", "b").lastindex, re.match("a*", "b").lastgroup, re.match("a*", "b"))

# Bad group references and bad arguments.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("group(4)", lambda: m.group(4))
attempt("group(-1)", lambda: m.group(-1))
attempt("group('zz')", lambda: m.group("zz"))
attempt("group(1.0)", lambda: m.group(1.0))
attempt("group(None)", lambda: m.group(None))
attempt("group(2**70)", lambda: m.group(2 ** 70))
attempt("getitem", lambda: m[7])
attempt("start('nope')", lambda: m.start("nope"))
attempt("span(0, 1)", lambda: m.span(0, 1))
attempt("start(0, 1)", lambda: m.start(0, 1))
attempt("end(0, 1)", lambda: m.end(0, 1))
attempt("groups(1, 2)", lambda: m.groups(1, 2))
attempt("groups(x=1)", lambda: m.groups(x=1))
attempt("groupdict(1, 2)", lambda: m.groupdict(1, 2))
attempt("groupdict(x=1)", lambda: m.groupdict(x=1))
attempt("expand()", lambda: m.expand())
attempt("expand(bad)", lambda: m.expand(r"\9"))
attempt("len", lambda: len(m) if False else hasattr(m, "__len__"))
attempt("setattr", lambda: hasattr(m, "__dict__"))
attempt("Match()", lambda: re.Match())

# Bytes and bytearray subjects give bytes groups.
b = re.search(rb"(\d+)-(?P<w>[a-z]+)?", bytearray(b"id 42-"))
print(b, b.group(1), b.groups(), b.groupdict(), b.groupdict(b"?"), b.string)
print(re.match(rb"(a)(b)?", b"ab").expand(rb"<\2\1>"), re.fullmatch(b"x", b"x"))

# Non-ASCII subjects: spans count code points.
u = re.search(r"(é+)(\w)", "caféé crème")
print(u, u.span(1), u.group(2), u.groups(), repr(u.string))

# pos / endpos are reported clamped.
p = re.compile(r"\w")
print(p.search("abc", 1), p.search("abc", -5, 99).pos, p.search("abc", -5, 99).endpos)
print(p.match(string="xyz", pos=1), p.fullmatch("xyz", endpos=1))
attempt("search()", lambda: p.search())
attempt("search(4 args)", lambda: p.search("a", 1, 2, 3))
attempt("search(x=)", lambda: p.search("a", x=1))
attempt("search(twice)", lambda: p.search("a", 0, string="b"))
attempt("findall()", lambda: p.findall())
attempt("match(5)", lambda: p.match(5))
attempt("match(bytes)", lambda: p.match(b"a"))
print(p.findall("a-b-c", 2), p.findall(string="a-b-c", endpos=3))

# The module-level functions share the compile cache and bind arguments
# like the Python functions of CPython's re.
print(re.search(pattern="a", string="xa", flags=re.I), re.search("a", "A", re.I), re.match("b", "ab"))
print(re.fullmatch("a+", "aaa", 0), re.search(re.compile("x"), "yx"), re.match("", ""))
print(re.search("(?P<n>é)", "café").groupdict(), re.fullmatch(rb"\d+", b"123"))
attempt("search(1 arg)", lambda: re.search("a"))
attempt("search()", lambda: re.search())
attempt("search(4 args)", lambda: re.search("a", "b", 0, 1))
attempt("search(x=)", lambda: re.search("a", "b", x=1))
attempt("search(pattern twice)", lambda: re.search("a", pattern="b"))
attempt("match(5, s)", lambda: re.match(5, "a"))
attempt("fullmatch(Pattern, flags)", lambda: re.fullmatch(re.compile("a"), "a", re.I))
attempt("search(bad subject)", lambda: re.search("a", None))
attempt("match(bad pattern)", lambda: re.match("(", "a"))
re.purge()
print(re.search("a", "ba"), re.match("a", "ab", flags=re.NOFLAG))
