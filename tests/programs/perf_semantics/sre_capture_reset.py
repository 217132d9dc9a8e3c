# The matcher clears its capture registers per attempt with a fixed-size
# store (programs of up to 7 groups) or a fill (more), and match objects
# copy a fixed-size prefix of them: groups a failed attempt (or an earlier
# match, or another pattern) set must read as unset, at every group count.
import re


def show(m):
    if m is None:
        print(None)
        return
    print(m.span(), m.groups(), m.groups("-"), m.lastindex, m.lastgroup, m.regs)


# A failed attempt sets group 1; the next attempt's match must not see it.
show(re.search(r"(a)x|b", "ab"))
show(re.search(r"(a)(b)(c)(d)(e)(f)(g)x|z", "abcdefgz"))
show(re.search(r"(a)(b)(c)(d)(e)(f)(g)(h)x|z", "abcdefghz"))
show(re.search(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)x|z", "abcdefghijkz"))

# Groups in later branches of an alternation, over many matches.
TOKEN = re.compile(r"(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>[=;@.])|(?P<ws>\s+)")
for m in TOKEN.finditer("x1 = 42; y@z.w"):
    print(m.lastgroup, m.lastindex, m.span(), m.groupdict(), m.groups())

# Patterns of different sizes, one after the other (the registers are shared).
big = re.compile("".join("(%s)?" % c for c in "abcdefghijklmnop") + "!")
small = re.compile(r"(q)?(r)?!")
for s in ["abc!", "q!", "op!", "r!", "!", "ap!"]:
    show(big.search(s))
    show(small.search(s))

# Exactly 6, 7 and 8 groups: the edges of the inline spans and of the
# fixed-size clear.
for n in (5, 6, 7, 8):
    p = re.compile("".join("(%s)?" % chr(97 + i) for i in range(n)) + "(z)")
    for s in ["z", "az", "abz", "x" + "abcdefgh"[:n] + "z"]:
        m = p.search(s)
        print(n, s, m.groups(), m.span(n + 1), m.start(1), m.end(n), m.lastindex)

# findall, split and sub read the registers too.
print(re.findall(r"(a)?(b)?(c)?(d)?(e)?(f)?(g)?(h)?(i)?;", "a;bd;;ghi;c;"))
print(re.split(r"(,)|(;)", "a,b;c,,d"))
print(re.sub(r"(x)|(y)(z)?", lambda m: str(m.groups()), "xyzyx"))
print(re.sub(r"(a)?(b)?(c)?(d)?(e)?(f)?(g)?(h)?(i)?(j)", r"[\1\10]", "aj bj j"))

# A back-reference to a group a failed attempt set.
print(re.findall(r"(?:(a)x)?b(?(1)c|d)", "axbc abd bd"))
show(re.search(r"(?:(\w)\d)?-(?(1)y|n)", "a1-y b-n"))
show(re.search(r"(?:(\w)\d)?-(?(1)y|n)", "b-n"))
