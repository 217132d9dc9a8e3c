# Searches whose pattern starts with an unbounded repeat of one character
# class (`[\w.]+@…`): a failed attempt skips the starts inside the run it
# went through. Anchors, captures, lookarounds, IGNORECASE, endpos, unicode
# text and back-references (which turn the skip off) must not change a
# single result.
import re

EMAIL = re.compile(r"\b([\w.]+)@([\w.]+)\.(com|org)\b")
text = "ab cd@x.com e.f@g.h.org i@j.net k@l.com.m a.b@c.com"
print(EMAIL.findall(text))
print([m.span() for m in EMAIL.finditer(text)])
print([m.span(1) for m in EMAIL.finditer(text)])

cases = [
    (r"\w+@", "ab cd@"),
    (r"[ab]+c", "abXbac"),
    (r"[ab]+c", "abab"),
    (r"[ab]+c", "ababc"),
    (r"(\w+)\s(\w+)x", "one two three fourx"),
    (r"\B\w+X", "abX"),
    (r"\b\w+X", "abX"),
    (r"^\w+;", "abc def;"),
    (r"(?m)^\w+;", "abc\ndef;"),
    (r"\w+(?<=c)d", "abcx abcd"),
    (r"\w+(?!x)\.", "ax. ab."),
    (r"\d+(?=\D)", "12345"),
    (r"\d+(?=\D)", "12345a"),
    (r"[a-z]+?\d", "abc abc1"),
    (r"[a-z]++\d", "abc abc1"),
    (r"(?i)[A-Z]+@", "abC DeF@"),
    (r"[^ ]+!", "hello world!"),
    (r"[äöü]+ß", "ää öüß"),
    (r"x+y", "xxxxxxxx"),
    (r"x+", "xxx"),
    (r"(\w)\w*\1", "abc abca"),
    (r"(\w+) \1", "ab abc abc"),
    (r"\s+\S", "   "),
    (r"\s+\S", "   x"),
]
for pat, s in cases:
    r = re.compile(pat)
    m = r.search(s)
    print(pat, repr(s), m and (m.group(), m.span(), m.groups()),
          r.findall(s), r.sub("<>", s), r.split(s))

# endpos cuts the run: the skip must not look past it.
r = re.compile(r"[ab]+c")
print(r.search("abab c abc", 0, 8), r.search("abab c abc", 0, 10))
print(r.search("abcab", 1), r.search("xabcab", 2), r.search("ababc", 1, 4))
print([m.span() for m in re.finditer(r"\w+\b", "ab cd ef")])
print(re.findall(r"[a-z]+\d?", "ab1cd ef2"))
print(re.sub(r"[a-z]+@", lambda m: m.group().upper(), "xx yy@ zz@ w"))
print(re.findall(rb"[a-z]+@", b"ab cd@ ef@"))
