# `s += piece` growing a long (out-of-line) str in place across many
# sizes, with other references taken along the way (they must keep their
# old text), non-ASCII pieces, and float() of plain decimal text beside
# text the plain-decimal fast path must leave to the general parser.
import sys


def grow(piece, n):
    s = "x" * 70
    kept = []
    for i in range(n):
        s += piece + str(i % 10)
        if i % 37 == 0:
            kept.append(s)
    return s, kept


s, kept = grow("w", 400)
print(len(s), s[:12], s[-12:], hash(s) == hash("".join(list(s))))
print([len(k) for k in kept])
print(all(k == s[: len(k)] for k in kept))

u, ukept = grow("\u00e9\u4e2d", 150)
print(len(u), u[-9:], [len(k) for k in ukept][:5])
print(all(k == u[: len(k)] for k in ukept))


def alias_each_time(n):
    s = "y" * 80
    prev = None
    for i in range(n):
        prev = s
        s += "ab"
        assert prev is not s and len(prev) + 2 == len(s)
    return s, prev


s2, p2 = alias_each_time(100)
print(len(s2), len(p2), s2.startswith(p2))

t = "z" * 90
d = {t: 1}
t += "q"
print(len(t), d.get("z" * 90), d.get(t), t in d)
h1 = hash(t)
t += "r"
print(hash(t) == hash("z" * 90 + "qr"), h1 == hash("z" * 90 + "q"))


class S(str):
    pass


v = S("a" * 100)
v += "b"
print(type(v).__name__, len(v))

w = "k" * 120
w2 = w
w += "!"
print(len(w), len(w2), w2[-1], sys.getrefcount(w) >= 2)

for text in ["1.25", "0.5", "42", "007", "3.", ".5", "123456789012345",
             "1234567890123456", "0.1234567890123", "99999999999999.9",
             " 1.5", "1.5 ", "+1.5", "-0.0", "1_0.5", "1e5", "1.2.3", ".",
             "", "inf", "١٢.٥", "1.5\n", "12345678901234567890.5"]:
    try:
        print(repr(text), repr(float(text)))
    except ValueError as e:
        print(repr(text), "ValueError", e)
