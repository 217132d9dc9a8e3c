# Single-character repeats: the one-dispatch run counter, greedy repeats
# made possessive when nothing after them can start with their characters,
# and backtracking that gives characters back only to where the rest can
# start. Each case is checked where the shortcut must not change the
# leftmost-first answer: overlapping sets, zero-width assertions and
# groups between the repeat and the rest, empty matches, IGNORECASE,
# non-ASCII text, bytes, fullmatch and finditer.
import re

cases = [
    (r"\b([\w.]+)@([\w.]+)\.(com|org)\b", "mail a.b@c.d.com, x@y.org; bad@z.net q@r.com"),
    (r"(\w+)\]", "[abc] [de]f] ]"),
    (r"(\w+)\w", "abcd"),
    (r"(\w+)(?=\d)", "abc123"),
    (r"(\w+)\b", "hello world"),
    (r"(\w+)(?:x|\d)", "abx1"),
    (r"([a-c]+)c", "abcabc"),
    (r"(a+)(b?)a", "aaab aaa"),
    (r"(.*)$", "line one\nline two"),
    (r"(.*)x", "axbxc"),
    (r"(.+)(\d+)", "abc12345"),
    (r"(.*?)(\d+)", "abc12345"),
    (r"(\s*)(\S+)", "   word  next"),
    (r"([^,]*),", "a,bb,,ccc"),
    (r"(x*)(x)", "xxxx"),
    (r"([ab]*)(?<!b)c", "ababbc abac"),
    (r"(\d+)\.(\d+)", "1.2.3 44.55"),
    (r"(?i)([a-z]+)K", "abcK ABCk xyz\u212a"),
    (r"([\u00e0-\u00ff]+)e", "àéèe zz"),
    (r"(\w+)!", "日本語! 中文"),
    (r"(é+)x", "ééé ééx"),
    (r"(\w*)", "ab cd"),
    (r"(a*)+b", "aaab"),
    (r"(?:(\w+)\s)+end", "one two three end"),
    (r"^(\d{4})-(\d\d) \[(\w+)\] (.*)$", "2024-05 [INFO] hello there"),
    (r"(a{2,5})a", "aaaaaaa"),
    (r"(a{2,}?)a", "aaaaaaa"),
    (r"(?>a+)b", "aaab"),
    (r"(a++)b", "aaab"),
    (r"([^x]+)+y", "abc"),
]
for pat, text in cases:
    r = re.compile(pat)
    print(pat)
    print("  search ", [m and (m.span(), m.groups()) for m in [r.search(text)]])
    print("  match  ", [m and (m.span(), m.groups()) for m in [r.match(text)]])
    print("  full   ", [m and m.groups() for m in [r.fullmatch(text)]])
    print("  iter   ", [(m.span(), m.group()) for m in r.finditer(text)])
    print("  all    ", r.findall(text))

print(re.findall(rb"([\w.]+)@(\w+)\.com", b"me@host.com, you@there.com"))
print(re.findall(rb"(.*)\n", b"a\nbb\n\nccc"))
print(re.split(r"[;\n]+", "a;b;;\nc\n"))
print(re.sub(r"(\w+)@", r"<\1>", "x@ yy@ z"))
print(re.findall(r"(\w)\1", "aabbcdde éé"))
print(re.fullmatch(r"(a|ab)*b(ab)*", "aaabab"), re.fullmatch(r"(a|ab)*b(ab)*", "aaba"))
big = "x" * 5000 + "@" + "y" * 5000 + ".com"
m = re.search(r"([\w.]+)@([\w.]+)\.(com|org)", big)
print(m.span(), len(m.group(1)), len(m.group(2)))
print(len(re.findall(r"[\w.]+@", "a" * 3000)))

# Searches from inside sub callbacks and finditer loops (their own buffers).
def cb(m):
    inner = re.search(r"(\d)(\d)?", m.group())
    return "<%s|%s>" % (inner.groups(), [x.group() for x in re.finditer(r"\d", m.group())])
print(re.sub(r"\d+", cb, "a12b3c456"))
it = re.finditer(r"\w+", "ab cd ef")
for m in it:
    print(m.group(), re.match(r"(\w)(\w)", m.group()).groups(), re.findall(r"\w", m.group()))

# General repeats whose body or exit is ruled out by the next character.
for pat in [r"(a|ab)*b(ab)*", r"(?:ab)*?c", r"(?:a|b){2,5}c", r"(ab)*?(ab)c", r"(?:x|y)+?y",
            r"(?:(a)|b)*", r"(?:a|(b))+?$", r"(\d\d)*5", r"(?:[ab]c)*c", r"(?:a*b)*a"]:
    for text in ["aaabab", "aaba", "ababc", "abababc", "xyxy", "abba", "12345", "acbcc",
                 "aabab", "", "c", "bbba"]:
        m = re.search(pat, text)
        f = re.fullmatch(pat, text)
        print(pat, repr(text), m and (m.span(), m.groups()), f and f.groups(),
              [x.span() for x in re.finditer(pat, text)])

# Repeats at the end of the pattern (nothing to give characters back to):
# fullmatch, empty matches that must advance, alternation ends.
for pat in [r"\d+", r"(\w*)", r"a|(b+)", r"(x*)", r"(?:a|(b*))", r"[;\n]+", r"(\s*)"]:
    for text in ["", "abc", "bb;", "12 345", "xx\n", ";;\n;x"]:
        print(pat, repr(text), [m and m.span() for m in [re.fullmatch(pat, text), re.match(pat, text)]],
              re.findall(pat, text), re.sub(pat, "-", text), re.split(pat, text))
