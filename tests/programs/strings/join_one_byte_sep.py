# sep.join with a one-byte separator: empty pieces, non-ASCII pieces,
# long pieces, reversed lists, subclasses and the TypeError for non-strs.


class S(str):
    pass


words = ["", "a", "bc", "", "d\u00e9f", "\U0001f600", "x" * 40, "", "y" * 17]
for sep in (" ", ",", "\t"):
    r = sep.join(words)
    print(repr(r), len(r))
    print(repr(sep.join(reversed(words))), repr(sep.join(tuple(words))))
print(repr(",".join([""] * 5)), repr(",".join([])), repr(",".join([""])))
one = "only"
print(",".join([one]) is one, ",".join([S("sub")]), type(",".join([S("sub")])).__name__)
print(",".join(S(w) for w in "abc"), ":".join(map(str, range(12))))
big = [str(i) * (i % 7) for i in range(300)]
j = " ".join(reversed(big))
print(len(j), j.count(" "), hash(j) == hash(" ".join(big[::-1])))
for bad in (["a", 1], ("a", "b", None), [b"x"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError", e)
