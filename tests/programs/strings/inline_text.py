# Short strs keep their text in the object's own block; these check the
# boundaries between the block sizes (16, 32 and 64 bytes of text) and
# between inline and heap text: growth by +=, aliasing, hashing, equality,
# slicing, non-ASCII text (lengths and indices by code point), subclasses.


def grow(piece, n):
    s = ""
    lens = []
    snaps = []
    for i in range(n):
        s += piece
        lens.append(len(s))
        if i % 7 == 3:
            snaps.append(s)  # a second reference: += must not change it
    return s, lens, snaps


for piece in ["a", "bc", "def", "é", "日本", "😀x", "wxyz1234"]:
    s, lens, snaps = grow(piece, 40)
    print(repr(piece), len(s), lens[::9], [len(x) for x in snaps])
    print("  snaps intact:", all(x == piece * (len(x) // len(piece)) for x in snaps))
    print("  hash ok:", hash(s) == hash(piece * 40), s == piece * 40)

# Aliasing: the alias keeps the old text at every size.
for size in [15, 16, 17, 31, 32, 33, 63, 64, 65]:
    s = "x" * size
    t = s
    s += "y"
    print(size, len(t), len(s), t == "x" * size, s[-2:], t[-1:])

# s += s, and += of the empty string
s = "ab" * 10
s += s
print(len(s), s[:6], s[-6:])
s += ""
print(len(s))

# Concatenations across the boundaries, used as dict keys next to the same
# text built other ways.
d = {}
for n in range(1, 70, 3):
    a = "k" * (n // 2)
    b = "k" * (n - n // 2)
    d[a + b] = n
for n in range(1, 70, 3):
    key = "".join(["k"] * n)
    assert d[key] == n, n
    assert ("k" * n)[: n // 2] + ("k" * n)[n // 2 :] in d
print("dict keys", len(d), sorted(d.values())[:5])

# Non-ASCII text at the boundaries: lengths, indexing and slicing by code
# point.
for n in [5, 10, 11, 16, 21, 22, 32, 33]:
    s = "é" * (n // 2) + "a" * (n - n // 2)
    t = s + "日"
    print(n, len(s), len(t), t[-1], t[n // 2 - 1 : n // 2 + 1], t[::-1][:3], t.find("a"))

# Slices of long text are short strs; slices of short ones are too.
long = "".join(chr(97 + i % 26) for i in range(200))
parts = [long[i : i + k] for i, k in [(0, 5), (3, 16), (10, 17), (20, 32), (40, 33), (60, 64), (70, 65)]]
print([len(p) for p in parts], parts[2], hash(parts[3]) == hash(long[20:52]))
print(parts[4] == long[40:73], parts[6] < parts[5], parts[0] in long)

# split and join around the boundaries
text = " ".join("w" * k for k in range(1, 70, 4))
words = text.split()
print(len(words), [len(w) for w in words][:6], "-".join(words[:3]))
print(len(",".join(words)), ",".join(words).split(",") == words)
print("a:b::c".split(":"), "a:b::c".split(":", 1), "  x  y ".split(), "x".split("x"))
print("日本:語:😀".split(":"), "abc".split("abc"), "aXbXc".rsplit("X", 1))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)


class S(str):
    pass


x = S("sub") + "class"
y = S("z" * 40)
y += "w"
print(type(x).__name__, x, type(y).__name__, len(y))
u = "abc" + S("def")
print(type(u).__name__, u, S("q" * 20) == "q" * 20, hash(S("q" * 20)) == hash("q" * 20))

# Repetition and formatting results of every size class.
for n in [1, 8, 16, 17, 33, 64, 65, 100]:
    r = "ab" * (n // 2) + "c" * (n % 2)
    f = f"{r}{n}"
    print(n, len(r), len(f), f[-3:], r.upper()[:4], str(10**n)[:3] if n < 40 else "")
