# The per-call paths of Pattern.match/search/fullmatch, re.match/search,
# finditer and Match objects: group counts around the inline span limit,
# lastgroup/lastindex, unmatched groups, subjects of every kind, matches kept
# alive across later searches, and searches re-entered from a sub callback.
import re


def show(m):
    if m is None:
        print(None)
        return
    print(m.span(), m.groups(), m.lastindex, m.lastgroup, m.regs[-1], type(m.string).__name__)


for n in (0, 1, 9, 10, 17, 40):
    pat = re.compile("".join("(a)?" if i % 3 == 0 else "(b)" for i in range(n)) + "c")
    subj = "".join("" if i % 3 == 0 and i % 2 else ("a" if i % 3 == 0 else "b") for i in range(n)) + "c"
    m = pat.match(subj)
    show(m)
    if m:
        print([m.span(i) for i in range(n + 1)][-3:], m.group(n) if n else m.group())
    show(pat.fullmatch(subj))
    show(pat.search("x" + subj))
    show(pat.match("x" + subj))
    show(re.match(pat.pattern, subj))

# Named groups and lastgroup/lastindex through every entry point.
TOK = re.compile(r"(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>[=;])|(\s+)")
print([(m.lastgroup, m.lastindex, m.group()) for m in TOK.finditer("ab=12; x ")])
print(TOK.match("42").lastgroup, TOK.match(" ").lastgroup, TOK.match(" ").lastindex)
print(re.match(r"(?P<outer>a(?P<inner>b))", "ab").lastgroup)
print(re.match(r"(a)(?:b(c))?", "ab").lastindex, re.match(r"(a)(?:b(c))?", "abc").lastindex)

# Repeated groups keep the last iteration; backtracking resets captures.
show(re.match(r"(?:(a)|(b))+", "abab"))
show(re.fullmatch(r"(a|ab)*b(ab)*", "aabab"))
show(re.fullmatch(r"(a)*(b)?a", "aaa"))
m = re.match(r"(\w+)-(\w+)-(\w+)-(\w+)-(\w+)-(\w+)-(\w+)-(\w+)-(\w+)(?:-(\w+))?", "a-b-c-d-e-f-g-h-i")
print(m.groups(), m.groups("-"), m.span(10), m.start(10), m.lastindex, m[9])

# Subjects: ASCII, UCS-2, UCS-4, bytes, bytearray, str subclass.
class S(str):
    pass

for s in ("héllo wörld", "x\u4e2d\u6587y", "a\U0001f600bc", S("plain text"), "plain"):
    m = re.search(r"(\w)(\w)", s)
    show(m)
    print(m.string is s, m.group(1, 2), [x.group() for x in re.finditer(r"\w+", s)])
    print(re.compile(r"(\w+)").match(s, 1, 4), re.compile(r"\w").search(s, pos=2))
for b in (b"ab cd", bytearray(b"ab cd")):
    m = re.compile(rb"(\w+) (\w+)").match(b)
    print(m.groups(), type(m.string).__name__, m.string is b, [x.group() for x in re.finditer(rb"\w", b)])

# Flags on the fast paths.
print(re.match(r"ALPHA", "alpha", re.I), re.match(r"(?i)ALPHA", "alpha").group())
print(re.search(r"^b$", "a\nb\nc", re.M).span(), re.search(r"^b$", "a\nb\nc"))
print(re.match(r"a.b", "a\nb", flags=re.S).group(), re.match(r"a.b", "a\nb"))
print(re.compile(r"ß", re.I).match("SS"), re.compile(r"é", re.I).match("É").group())

# Matches stay valid after later searches with the same pattern.
P = re.compile(r"(\d+)-(\d+)")
ms = [P.match(s) for s in ("1-2", "33-44", "555-666")]
print([m.groups() for m in ms], [m.string for m in ms], ms[0].re is P)
it = P.finditer("1-2 3-4 5-6")
first = next(it)
rest = list(it)
print(first.groups(), [m.groups() for m in rest], first.pos, first.endpos)

# A sub callback that runs the same pattern (and re.match) again.
W = re.compile(r"(\w)(\w*)")


def cb(m):
    inner = W.match(m.group(2) or "-")
    again = re.match(r"(\w)", m.group())
    return m.group(1).upper() + (inner.group(1) if inner else "?") + again.group(1)


print(W.sub(cb, "abc de f"), W.sub(cb, "héllo wörld"))
held = []
print(re.sub(r"(\w)", lambda m: held.append(m) or m.group(1) * 2, "xyz"), [m.span() for m in held])

# Argument handling around the one-argument fast path.
print(P.match(string="1-2").group(), P.search("a1-2", 1).group(), P.fullmatch("1-2x", 0, 3).group())
print(P.match("1-2", pos=1), P.search("1-2", endpos=2))
print(re.match(pattern=r"a", string="a"), re.search(r"a", "ba", 0).span())
for call in (
    lambda: P.match(),
    lambda: P.match("a", 0, 1, 2),
    lambda: P.match("a", foo=1),
    lambda: P.match("a", string="b"),
    lambda: P.match(1),
    lambda: P.match(b"1-2"),
    lambda: re.compile(rb"a").search("a"),
    lambda: re.match(r"a"),
    lambda: re.match(),
    lambda: re.match(r"a", "a", 0, 1),
    lambda: re.search(r"a", "a", bad=1),
    lambda: re.match(r"(", "a"),
    lambda: ms[0].group(3),
    lambda: ms[0].group("x"),
):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# A match holds one reference to its subject.
import sys

subject = "-".join(["abc"] * 3)
before = sys.getrefcount(subject)
kept = [re.match(r"(a)", subject), P.search(subject), re.compile(r"b").search(subject)]
print(sys.getrefcount(subject) - before)
del kept
print(sys.getrefcount(subject) - before)
