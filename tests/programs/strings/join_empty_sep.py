# "".join of many short pieces: the pieces are copied back to back.
import sys

out = []
for i in range(300):
    out.append("x" * (i % 20))
    out.append(chr(65 + i % 26))
    out.append("")
s = "".join(out)
print(len(s), s[:60], s[-40:], hash(s) == hash("".join(list(out))))
print(sys.getsizeof(s) == sys.getsizeof("".join(tuple(out))))

# Non-ASCII pieces (latin-1, UCS-2, UCS-4): the result is the widest kind.
for pieces in (["a", "\xe9", "b"], ["\u20ac", "x", "\xff"], ["\U0001f600", "", "z", "\u03a9"]):
    r = "".join(pieces)
    print(ascii(r), len(r), r == pieces[0] + pieces[1] + pieces[2])

# Identity and the empty result.
w = "word"
print("".join([w]) is w, "".join([]) == "", "".join(["", ""]) == "", len("".join(["", ""])))
print("".join(iter(["a", "b", "c"])), "".join(reversed(["a", "b", "c"])), "".join("xyz"))


class S(str):
    pass


print(repr("".join([S("ab"), "cd", S("")])), type("".join([S("ab")])).__name__)
for bad in (["a", 1], ["a", b"b"], [None]):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
