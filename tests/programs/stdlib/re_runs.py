# Fixed-width straight lines of tests and captures (matched as one run),
# jumps into the middle of such lines, threaded jumps to the end of a
# pattern, and the per-pattern program cache of Pattern methods.
import re


def show(m):
    if m is None:
        return None
    return (m.span(), m.group(), m.groups(), m.lastindex, m.lastgroup)


LOG = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d) \[(\w+)\] (.*)$")
print(show(LOG.match("2024-01-02 03:04 [INFO] hello world")))
print(show(LOG.match("2024-01-02 03:04 [INFO]")))
print(show(LOG.match("2024-01-0x 03:04 [INFO] bad digit")))
print(show(LOG.match("2024-01-02 03:0")))
print(show(LOG.match("2024-01-02 03:04 [ÉTÉ] unicode level")))
print(show(LOG.match("2024-01-02 ٠٣:04 [X] arabic-indic digits")))

# Captures at every offset of a run, nested groups and lastindex.
for p in [r"((a)(b))c", r"(a)(b)(c)", r"a(b(c))", r"(ab)(c)?", r"()a()b()", r"(a{3})(b{2})"]:
    print(p, show(re.search(p, "xxabcaaabbc")))

# The end of the text inside a run.
for s in ["ab", "abc", "abcd", ""]:
    print(repr(s), show(re.match(r"(a)bc(d)", s)), show(re.search(r"b(cd)", s)))

# Case-insensitive characters, `.`, classes and non-ASCII code points.
print(show(re.search(r"(?i)x(AB)y", "..XaBY..")))
print(show(re.search(r"(?i)(σς)", "ΣΣ σς")))
print(show(re.search(r"(?i)ǆ(x)", "ǅX")))
print(show(re.search(r"a.(c)", "a\nc abc")))
print(show(re.search(r"(?s)a.(c)", "a\nc abc")))
print(show(re.search(r"([α-ω])(\d)", "aα1β2")))
print(show(re.search(r"é(.)ü", "xéñü")))
print(show(re.search(r"[^a](b)", "ab€b")))
print(show(re.search(r"\w\W(\w)", "a-b")))
print(show(re.search(r"\s\S", "é\u2003é")))

# Jumps into the middle of a line, and choice points resumed there.
print(show(re.search(r"(?:x|y)bc", "ybc xbc")))
print(show(re.search(r"(?:a|ab)(cd)e", "abcde")))
print(show(re.search(r"\w+(\d\d)x", "ab12345x")))
print(show(re.search(r".*(ab)c", "abcabcabx")))
print(show(re.search(r"a+?(bc)d", "aaabcd")))
print(show(re.search(r"(a|b)*?(cd)", "abbacd")))
print(show(re.search(r"(?:ab)+c", "ababababc")))
print(show(re.fullmatch(r"(a|ab)*b(ab)*", "aaabab")))
print(show(re.fullmatch(r"(a|ab)*b(ab)*", "aaababa")))
print(show(re.search(r"(?>ab|a)bc", "abc abbc")))
print(show(re.search(r"(ab)++c", "ababc")))
print(show(re.search(r"(?<=ab)(cd)", "xabcd")))
print(show(re.search(r"(?<!ab)(cd)", "abcd xcd")))
print(show(re.search(r"(ab)\1(c)", "ababc")))
print(show(re.search(r"(?P<x>ab)(?(x)cd|ef)", "abcd")))

# Long lines are cut into several runs.
long = "abcdefghij" * 8
print(show(re.search("(" + long + ")", "x" + long + "y")))
print(show(re.search("a{70}(b)", "a" * 75 + "b")))
print(show(re.search("a{70}(b)", "a" * 69 + "b")))
print(show(re.search(r"a{0}(b)", "ab")))

# Bytes subjects, high bytes included.
print(show(re.search(rb"(\d\d)-(\d\d)", b"x12-34y")))
print(show(re.search(rb"\xff(.)\x80", b"a\xff\x00\x80")))
print(show(re.search(rb"(?i)(ab)c", b"xABC")))

# Alternations whose branches end the pattern (threaded jumps).
TOKEN = re.compile(r"(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>[=;@.])|(?P<ws>\s+)")
print([(m.lastgroup, m.group()) for m in TOKEN.finditer("x1 = 42; y@h.c")])
print(show(re.search(r"((a|b)c|d)", "xbc")))
print(show(re.search(r"(?:(a)|(b))", "b")))
print(re.findall(r"ab|a|", "abaab"))
print(re.sub(r"(a)(b)|c", lambda m: "<%s>" % (m.lastindex,), "abcab"))
print(re.split(r"(\d)(-)", "a1-b2-c"))

# More patterns than the program cache holds, used in turn; patterns
# compiled again after a purge.
pats = [re.compile(p) for p in [r"a(\d)", r"b(\d)", r"c(\d)", r"d(\d)", r"e(\d)", r"f(\d)"]]
for i in range(3):
    print([p.search("a1b2c3d4e5f6").group(1) for p in pats])
    print([re.search(p.pattern, "f6e5d4c3b2a1").start() for p in pats])
p = re.compile(r"q(\d)")
print(p.match("q7").group(1))
re.purge()
q = re.compile(r"q(\d)")
print(q.match("q8").group(1), q.match("q9").re is q, p.match("q5").re is p)
