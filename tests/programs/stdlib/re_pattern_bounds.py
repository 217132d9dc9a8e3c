# Pattern.match/fullmatch/search/findall with and without pos/endpos
# (positional, keyword, negative, past the end, big ints, bad types) and
# what the match objects report about them.
import re

p = re.compile(r"\w+")
s = "abc def ghi"
for args, kw in [
    ((), {}), ((4,), {}), ((4, 6), {}), ((), {"pos": 8}), ((), {"endpos": 2}),
    ((-5,), {}), ((0, -1), {}), ((20,), {}), ((0, 10**30), {}), ((-10**30,), {}),
    ((True, 5), {}), ((), {"pos": 1, "endpos": 3}),
]:
    for name in ("match", "fullmatch", "search", "findall"):
        try:
            m = getattr(p, name)(s, *args, **kw)
        except OverflowError as e:
            print(name, "OverflowError", e)
            continue
        if name == "findall" or m is None:
            print(name, args, kw, m)
        else:
            print(name, args, kw, m.group(), m.span(), m.pos, m.endpos)
for bad in [("x",), (1.5,), (0, "y")]:
    for name in ("match", "search", "findall", "finditer"):
        try:
            getattr(p, name)(s, *bad)
        except TypeError as e:
            print(name, "TypeError", e)
for call in [lambda: p.search(), lambda: p.search(s, 1, 2, 3), lambda: p.search(s, pos=1, string=s),
             lambda: p.match(s, 0, endpos=1, pos=2), lambda: p.search(s, bogus=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
m = re.search(r"d\w", s)
print(m.pos, m.endpos, m.span(), re.match("", "", 0) is not None)
print(re.fullmatch(r"a.c", "abc").endpos, re.match(r"(a)?", "").span(1))
print(re.compile(rb"\d+").search(b"ab 123 45", 4).group())
