# New exact strs (split pieces, joins, concatenation, formatting) are made
# and freed on short paths; text, lengths and types must stay exact for
# non-ASCII text and for str subclasses.


class S(str):
    pass


def show(x):
    print(type(x).__name__, len(x), repr(x))


# Concatenation: ASCII, non-ASCII, empty operands, subclasses.
a = "caf\u00e9"
b = " \u2603 snow"
show(a + b)
show("" + a)
show(a + "")
show(S("sub") + "x")
show("x" + S("sub"))
s = S("only")
show(s + "")
show("" + s)
show("\U0001f600" + "\U0001f600")
for bad in (1, None, b"x", 2.5):
    try:
        "a" + bad
    except TypeError as e:
        print(e)

# In-place growth of a local str, with non-ASCII pieces.
acc = ""
for i in range(300):
    acc += "\u00e9" if i % 3 == 0 else str(i % 10)
    if len(acc) > 50:
        acc = acc[10:]
show(acc)

# Splitting non-ASCII text, and joining pieces back (lists, tuples,
# generators, subclass items and separators).
text = "\u00e0 la carte,na\u00efve,\u65e5\u672c\u8a9e,,r\u00e9sum\u00e9 \u2014 ok"
parts = text.split(",")
print(parts, [len(p) for p in parts])
print(text.split(), [len(p) for p in text.split()])
print(text.rsplit(",", 2))
print(text.split("\u65e5"))
print("|".join(parts), len("|".join(parts)))
print("\u2014".join(p for p in parts if p))
print(S("+").join(("x", S("y"), "z")))
show("-".join([S("one")]))
show("-".join(["one"]))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print(e)

# Formatting numbers into new strs.
vals = [0, 7, -42, 10**20, 3.5, -0.125, 1e300]
print([str(v) for v in vals])
print(["%5s|%-6d|%x" % (str(v), int(v) % 1000, int(v) % 4096) for v in vals])
print([f"{v:>12}" for v in vals])
e_acute = "\u00e9"
print(f"{e_acute:*^7}|{12:04d}|{(13 % 7) / 4:.2f}")

# Many strs made and dropped; totals stay right.
total = 0
for i in range(20000):
    piece = "k" + str(i) + "\u00e9" * (i % 3)
    total += len(piece)
print(total)
words = ("w%d" % i for i in range(5000))
joined = ",".join(words)
print(len(joined), joined[-12:], joined.count(","))
