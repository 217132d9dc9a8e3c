# str.replace of one ASCII character by another: identity when nothing
# changes, counts, non-ASCII text around the bytes, subclasses, errors.


class S(str):
    pass


def show(r, s):
    print(repr(r), type(r).__name__, r is s, len(r))


s = "the quick brown fox jumps over a lazy dog and a cat " * 8
for new in ("b", "c", "a"):
    r = s.replace("a", new)
    print(r.count(new), len(r), r[:30], r is s)
show(s.replace("z", "Z"), s)
show(s.replace("q", "Q", 0), s)
show(s.replace("a", "A", 1), s)
show(s.replace("a", "A", 3), s)
show(s.replace("a", "A", -1), s)
show(s.replace("a", "A", -7), s)
show(s.replace("a", "A", 10**6), s)
show(s.replace("a", "A", 2**62), s)
x = "a"
show(s.replace(x, x), s)
show("aaaa".replace("a", "b", 2), None)

# Short results: empty, one character, inline text.
show("".replace("a", "b"), None)
show("a".replace("a", "b"), None)
show("b".replace("a", "c"), None)
show("ab".replace("b", "\t"), None)
show("x" * 200 + "y", None)
show(("x" * 200 + "y").replace("x", "z"), None)
show(("x" * 200 + "y").replace("x", "z", 199), None)

# Non-ASCII text: only the ASCII byte changes, code points are kept.
u = "h\u00e9llo w\u00f6rld \U0001f600 a\u3000b caf\u00e9"
show(u.replace("o", "0"), u)
show(u.replace("a", "@", 1), u)
show(u.replace("\u00e9", "e"), u)
show(u.replace("e", "\u00e9"), u)
show(u.replace("z", "y"), u)
print(u.replace("l", "L")[1], u.replace("l", "L")[-1], u.replace("l", "L").upper())
e = "\u00e9" * 3 + "a"
r = e.replace("a", "b")
print(r, len(r), r[3], r.encode("utf-8"))

# Subclasses: the result is an exact str, never the receiver.
t = S("banana")
show(t.replace("a", "o"), t)
show(t.replace("z", "o"), t)
show(t.replace("a", "o", 0), t)
show(str.replace(t, "n", "N", 1), t)
show("banana".replace(S("a"), S("e")), None)

# Errors keep CPython's messages.
for args in [(1, "a"), ("a", 1), ("a", "b", "c"), ("a", "b", 1.5)]:
    try:
        "banana".replace(*args)
    except TypeError as exc:
        print("TypeError", exc)
try:
    "banana".replace("a", "b", 2**100)
except OverflowError as exc:
    print("OverflowError", exc)

# Repeated replacement, as in a loop.
h = 0
for i in range(200):
    w = s.replace("o", "0" if i % 2 else "o")
    h = (h * 31 + w.count("0") + len(w)) % 1000003
print(h)
