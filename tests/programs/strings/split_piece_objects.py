# The strs split makes for its pieces, one at a time: one-character pieces
# are the shared latin-1 strs, short pieces live inline in their object,
# long ones (past the inline limit) in their own buffer; every piece is an
# exact str even when the receiver is a subclass; the list holds exactly
# the pieces, in order, for whitespace and for one-byte separators.
import sys


class S(str):
    pass


def describe(parts):
    return [(p, type(p).__name__, len(p), sys.getsizeof(p)) for p in parts]


# Lengths 0..130 around the inline limit, whitespace and a separator byte.
for n in (1, 2, 3, 7, 8, 15, 16, 31, 32, 47, 48, 55, 56, 57, 63, 64, 65, 100, 130):
    w = "x" * n
    for text in (f"{w} {w}", f" {w}\t{w}\n", f"{w}", f"a {w} b"):
        parts = text.split()
        print(n, [len(p) for p in parts], [sys.getsizeof(p) for p in parts])
    parts = f"{w},{w},,{w[:1]}".split(",")
    print(n, [len(p) for p in parts], [sys.getsizeof(p) for p in parts])
    parts = f"{w},{w},,{w[:1]}".rsplit(",")
    print(n, [len(p) for p in parts])

# One-character pieces are the shared strs (CPython's latin-1 cache).
a, b, c = "p q r".split()
print(a is chr(112), b is chr(113), c is chr(114))
x, y = "p,q".split(",")
print(x is chr(112), y is "p q".split()[1])
print(all(p is chr(ord(p)) for p in "a b c d e f g h i j k".split()))

# Fresh objects otherwise: no two pieces are the same object.
parts = "ab ab ab".split()
print(parts, parts[0] == parts[1], parts[0] is parts[1], parts[1] is parts[2])
parts = "abc,abc".split(",")
print(parts[0] is parts[1])

# A subclass receiver: the pieces are exact strs.
s = S("one two  three x y")
print(describe(s.split()))
print(describe(S("k:v::w").split(":")))
print(type(S("solo").split()[0]).__name__)

# Pieces usable as dict keys and in hashing (hash field fresh).
d = {}
for w in "the quick brown fox the lazy dog the end".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
print(hash("quick") == hash("the quick".split()[1]))

# Mutating a piece's list afterwards leaves other splits unchanged.
base = "m n o pq"
l1 = base.split()
l1[0] = "Z"
l1.append("extra")
print(l1, base.split())

# Non-ASCII text and separators take the other path; same results.
print(describe("é ü ab €x 𝄞𝄞".split()))
print(describe("é,ü,,ab".split(",")))
print(describe("a\u3000b\u00a0c".split()))

# Empty and whitespace-only inputs.
print("".split(), " \t\n ".split(), "".split(","), ",".split(","))
print(sys.getsizeof("".split(",")[0]), "".split(",")[0] is str(), ",".split(",")[1] is "ab"[:0])

# Many pieces: the list is sized from the count.
t = "the quick brown fox jumps over a lazy dog and a cat " * 8
ws = t.split()
print(len(ws), ws[:3], ws[-3:], sys.getsizeof(ws) == sys.getsizeof(list(ws)) or "sized")
print(" ".join(reversed(ws))[:40])
blob = ",".join(f"{i}:item{i % 97}:{i * 7 % 1000:04d}" for i in range(500))
recs = blob.split(",")
print(len(recs), recs[0], recs[-1], [r.split(":") for r in recs[95:99]])
# Long text (past the one-scan masks) and limited splits: the other path.
long = "a bb ccc " * 400 + "x" * 70 + " é"
for parts in (long.split(), long.rsplit(), long.split(None, 3), long.rsplit(None, 3),
              long.split(" "), long.rsplit(" ", 5), blob.rsplit(",", 2), blob.split(",", 2)):
    print(len(parts), [(p[:12], len(p), sys.getsizeof(p)) for p in parts[:4] + parts[-3:]])
print(all(p is chr(ord(p)) for p in long.split() if len(p) == 1 and p.isascii()))
