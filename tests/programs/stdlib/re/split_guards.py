# Alternations skip a branch whose first character cannot be the one at
# the current position; every shape of branch must keep CPython's matches:
# empty branches, anchors and lookarounds before the first character,
# repeats with and without minimums, loops around alternations, groups
# and back-references, case folding, non-latin-1 text, bytes.
import re

CASES = [
    (r"(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>[=;@.])|(?P<ws>\s+)", "alpha=12; x1@host.com  \n"),
    (r"a|b|", "abc"),
    (r"|a", "aa"),
    (r"(?:x|)y", "xy y"),
    (r"(a|ab)*b(ab)*", "aabab"),
    (r"(a|ab)*?c", "ababc"),
    (r"(?:ab|a){2,}c", "abaabc aac ac"),
    (r"(?:a|b){3}", "abbaab"),
    (r"(?:a|b)+?b", "aaab"),
    (r"^(?:foo|bar)$", "bar"),
    (r"(?m)^(?:foo|bar)", "x\nfoo\nbar"),
    (r"\b(?:in|out)\b", "in out inout"),
    (r"(?=a)(?:ab|ac)|b", "acab b"),
    (r"(?<=x)(?:a|b)|c", "xa xb c"),
    (r"(?!a)(?:a|b)", "ab"),
    (r"(a)|b\1", "ab ba"),
    (r"(?:(a)|b)(?(1)c|d)", "ac bd ad bc"),
    (r"(?i)ALPHA|gamma(?==)", "Alpha gAmma= GAMMA"),
    (r"(?i)é|ß|k", "É ß K \u212a"),
    (r"日本|中文|x", "中文 日本語 x"),
    (r"(?>ab|a)c|ad", "abc ac ad"),
    (r"(?:a|b)*+c|bc", "abbc bc"),
    (r"(?:a*|b)c", "c bc aac"),
    (r"(?:a+|b+)*c", "ababbc"),
    (r"(x|y|z)?w", "w xw zyw"),
    (r"(?:\s+|#[^\n]*)+", "  # note\n  x"),
    (r"(?:a|$)", "ba"),
    (r"(?:a|\Z)", "b"),
    (r"(?:.|\n)", "a\nb"),
    (r"(?s:.|x)y", "\ny"),
]


def show(pattern, text):
    rx = re.compile(pattern)
    found = [(m.span(), m.group(), m.lastgroup if rx.groupindex else m.lastindex) for m in rx.finditer(text)]
    print(repr(pattern), found)
    print("  match", bool(rx.match(text)), "fullmatch", bool(rx.fullmatch(text)),
          "sub", repr(rx.sub("<>", text)))


for pattern, text in CASES:
    show(pattern, text)

print(re.findall(rb"(?:ab|cd)+|\d", b"abcd1 cdx9"))
print(re.split(r"(?:,|;)\s*", "a, b;c ,d"))
print(re.fullmatch(r"(?:a|ab)(?:c|bcd)(?:d*)", "abcd").span())
for s in ["ab", "abab", "aab", "b", ""]:
    print(repr(s), bool(re.fullmatch(r"(a|ab)*b(ab)*", s)), re.search(r"(?<=a)b(?!a)", s))
