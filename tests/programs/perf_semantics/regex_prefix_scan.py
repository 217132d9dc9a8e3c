# Searches that look for a literal prefix (or the single possible first
# character) before running the matcher: prefixes at the start, the end,
# overlapping, cut by endpos, inside groups, repeated characters,
# IGNORECASE (no prefix), anchors, lookarounds, empty matches, non-ASCII
# subjects and bytes.
import re

text = "xxabxabcab abcabc ab\nabc-end abbbc aaab"
patterns = [
    "abc", "ab", "a", "c", "abc-end", "end", "ab+c", "ab*c", "(ab)(c)",
    "(?:ab)c", "a{3}b", "a{2,}b", "b{2}", "abcabc", "cab", "zz", "x",
    "(?i)ABC", "(?i)x", "^abc", "^xx", "(?m)^abc", "abc$", "ab$", "\\babc",
    "(?<=x)ab", "(?<!x)ab", "(?<=a)b", "b(?=c)", "ab|abc", "abc|ab", "a?b",
    "(a)b\\1", "\\s", "-", "a*", "", "(?:)", "(?=a)", "e?", "ab(?!c)",
]
for p in patterns:
    r = re.compile(p)
    m = r.search(text)
    print(repr(p), m.span() if m else None, len(r.findall(text)),
          [m.span() for m in r.finditer(text)][:6])
    print("  ", r.search(text, 5), r.search(text, 5, 20), r.search(text, 30, 7))
    print("  ", r.sub("_", text), r.split(text)[:5])

print(re.search("é", "aé"), re.search("éa", "ééa"), re.findall("ab", "αabβab"))
print(re.search("ab", "x" * 1000 + "ab").span(), re.search("ab", "a" * 1000))
print(re.search(b"ab", b"\x80\x81ab"), re.findall(b"\x80", b"a\x80\x80\x00\x80"))
print(re.search(b"\x00\x01", bytes(range(256)) * 2).span())
print(re.search(b"\xff", bytes(range(256))).span(), re.search(b"\x7f\x80", bytes(range(256))))
print(re.search("\U0001f600x", "ab\U0001f600\U0001f600x"))
for n in range(20):
    s = "a" * n + "bc" + "a" * (19 - n)
    m = re.search("bc", s)
    assert m.span() == (n, n + 2), n
    assert (re.search("ca", s) is None) == (n == 19), n
print("positions ok")
print(re.compile("a").search("bbb", 1), re.compile("b").search("abc", 3), re.compile("").search("abc", 3))
print(re.match("ab", "xab"), re.fullmatch("ab", "ab"), re.compile("b").match("ab", 1))
print([m.group() for m in re.finditer("a|", "baab")])
print(re.sub("x*", "-", "abxd"), re.sub("ab", "", "aabbab"))
try:
    re.search("ab", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(b"ab", "ab")
except TypeError as e:
    print("TypeError:", e)
