# str.join joins the list under a reversed() iterator in place: a single
# exact str comes back as itself, a single str subclass instance as a new
# exact str, items are checked in the iterator's order, and the iterator
# is exhausted afterwards (also after an error).


class S(str):
    pass


solo = "".join(["so", "lo"])
print(", ".join(reversed([solo])) is solo)
sub = S("sub")
r = ", ".join(reversed([sub]))
print(r, type(r).__name__, r is sub)
words = ["é", "b", S("c"), "dd"]
print("·".join(reversed(words)), "".join(reversed(words)))
it = reversed(words)
print(next(it), "+".join(it), list(it))
it = reversed(["a", 2, "b", 3.0])
try:
    "-".join(it)
except TypeError as e:
    print("TypeError:", e)
print(list(it))
big = [str(i) for i in range(1000)]
print(len(" ".join(reversed(big))), " ".join(reversed(big))[:20])
