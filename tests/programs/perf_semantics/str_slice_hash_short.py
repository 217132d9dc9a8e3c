# Slices of ASCII text skip the byte-offset lookups and short keys hash
# through the one-word SipHash path: slices of ASCII and non-ASCII text
# must give the same strs, and hash() must match CPython for every length
# around the 8-byte word boundary (PYTHONHASHSEED=0).

texts = ["", "a", "ab", "hello", "abcdefg", "abcdefgh", "abcdefghi",
         "caf\u00e9", "\u65e5\u672c\u8a9e", "x\U0001f600y", "tab\there"]
for t in texts:
    print(repr(t), hash(t))
    for i in range(len(t) + 2):
        for j in range(i, len(t) + 2):
            s = t[i:j]
            assert s == "".join(list(t)[i:j]), (t, i, j)
    print([t[i:i + 2] for i in range(-3, len(t))])
    print([hash(t[:k]) for k in range(len(t) + 1)])

# one-character slices are the shared one-character strs, as in CPython
w = "word"
print(w[1:2] is w[1], w[:] is w)
print(hash(b""), hash(b"ab"), hash(b"abcdefg"), hash(b"abcdefgh"))

# keys sliced out of words, grouped with `[]` defaults
groups = {}
for word in ["kalo", "kami", "lopa", "ka", "k", "", "caf\u00e9", "ca"]:
    groups.setdefault(word[:2], []).append(word)
print(groups)
empty = [[] for _ in range(3)]
empty[0].append(1)
print(empty, [] == [], [] is [])
