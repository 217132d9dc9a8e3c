# A branch that can leave an atomic group (or a possessive repeat) without
# consuming commits to it: the character after the group must not make the
# matcher skip that branch for a later one.
import re

cases = [
    (r"(?>|b)c", "bc"),
    (r"(?>b?)bc", "bc"),
    (r"(?>a|ab)c", "abc"),
    (r"(?>ab|a)c", "abc"),
    (r"(?:|b)++c", "bc"),
    (r"(?>(?:|b))c", "bc"),
    (r"(?>x*|b)c", "bc"),
    (r"(?>x*|b)c", "xbc"),
    (r"(?>a(?:|b))c", "abc"),
    (r"(?>(a|ab))c", "abc"),
    (r"(?>a|ab)+c", "aabc"),
    (r"(?:(?>a|ab)|b)c", "abc"),
    (r"(?>a*|b)c", "bc"),
    (r"(?>\w*?)c", "abc"),
    (r"(?>(?:a|)|x)y", "xy"),
    (r"(?>(?=b)|b)c", "bc"),
    (r"x(?>|b)c|xbc", "xbc"),
    (r"(?:a|ab)c", "abc"),
    (r"(?:abc|abd|ab)e", "abde abe"),
    (r"(?:a|a)b", "ab"),
    (r"(a|ab)*b(ab)*", "aabab"),
    (r"(?i)(?:Ab|aB|ac)x", "ABX acx"),
    (r"(?:ab|a)(?:c|)d", "abd"),
]
for p, s in cases:
    m = re.search(p, s)
    print(p, repr(s), m and (m.span(), m.groups()))
    print("  fullmatch", re.fullmatch(p, s) is not None, "findall", re.findall(p, s + " " + s))

# A general repeat with a minimum whose body can match empty may end
# without consuming: what follows it can start a match.
for p, s in [(r"(?:|b)++c", "c"), (r"(?>(?:|b)+)c", "c"), (r"(?:|b)+c", "c"),
             (r"(?:x?){2}y", "y"), (r"(?:x?|z){3,5}y", "ay"), (r"(?:(?:)|a)+b", "b"),
             (r"(?:a*)+b", "b"), (r"(?:a|(?=b))+b", "xb")]:
    m = re.search(p, s)
    print(p, repr(s), m and m.span(), re.findall(p, s + s))
