# str.join and str creation copy text into exactly sized buffers, moving
# short pieces with fixed-size moves: every piece length (0..40 bytes),
# non-ASCII pieces and separators, str subclasses, non-list iterables and
# the error messages must behave as in CPython.

alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN"
pieces = [alphabet[:n] for n in range(41)]
for sep in ("", " ", ", ", "-sep-", "\u00e9", " \u2014 ", "<1234567890abcdefghij>"):
    out = sep.join(pieces)
    print(len(out), out[:60], out[-60:])
    r = sep.join(reversed(pieces))
    print(len(r), r[:30], r[-30:])
    print(sep.join(tuple(pieces[3:9])), sep.join(p for p in pieces[10:13]))

uni = ["caf\u00e9", "\u00fc", "\U0001f600x", "na\u00efve" * 5, "", "\u4e2d\u6587"]
for sep in ("", "/", "\u00b7\u00b7"):
    j = sep.join(uni)
    print(j, len(j), j[3:9], j[::-1][:5])


class S(str):
    pass


print(repr(",".join([S("sub"), "plain", S("")])))
print(type("".join([S("only")])).__name__, type(",".join(["x"])).__name__)
print(repr(S("+").join(["a", "b"])))
print(repr("".join([])), repr("abc".join(["x"])), repr("-".join("xyz")))
print(repr("-".join({"k1": 1, "k2": 2})))

for n in range(0, 40, 3):
    s = "x" * n
    t = s[1:] + s[:1]
    print(n, len(s.upper()), t == s, str(n) * 3, s.replace("x", "yz")[:7])

for bad in ([1, "a"], ["a", None], ("a", b"b"), 5):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
