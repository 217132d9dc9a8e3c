# Fast paths for exact strs in +, %, [], in, join, str()/int()/float()
# calls: results and error messages must match the generic protocol, and
# subclasses must still get their overrides.


class S(str):
    def __add__(self, other):
        return "S.add(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "S.radd(" + other + ")"

    def __rmod__(self, other):
        return "S.rmod"

    def __getitem__(self, i):
        return "S.getitem"

    def __contains__(self, x):
        return True


class R:
    def __radd__(self, other):
        return ("R.radd", other)

    def __rmod__(self, other):
        return ("R.rmod", other)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# + and +=
show(lambda: "ab" + "cd")
show(lambda: "" + "x")
show(lambda: "x" + "")
show(lambda: "é" + "ü")
show(lambda: "ab" + S("cd"))
show(lambda: S("ab") + "cd")
show(lambda: "ab" + R())
show(lambda: "ab" + 1)
show(lambda: "ab" + None)
s = "a"
for i in range(5):
    s += str(i)
    s += "é"
print(s, len(s))
t = S("q")
t += "r"
print(t, type(t).__name__)

# %
show(lambda: "%d-%s" % (3, "x"))
show(lambda: "%s" % "é")
show(lambda: "%(a)s" % {"a": 1})
show(lambda: "x" % S("y"))
show(lambda: "x%s" % S("y"))
show(lambda: "x" % R())
show(lambda: "%d" % "a")
show(lambda: "%s %s" % ("a",))
show(lambda: "abc" % 5)
show(lambda: "abc" % [])

# indexing
for text in ["hello", "héllo wörld", "😀ab"]:
    print([text[i] for i in range(len(text))], text[-1], text[-len(text)])
    show(lambda: text[len(text)])
    show(lambda: text[-len(text) - 1])
    show(lambda: text[1.0])
    show(lambda: text[True])
    show(lambda: text[10**30])
    print(text[1:3], text[::-1], text[::2], text[-3:])
print(S("abc")[0])

# in
for needle in ["", "a", "é", "ab", "xyz", "ö", "l"]:
    print(needle in "héllo wörld abc", needle in "abc", needle in "")
print(1 in S("x"))
show(lambda: 1 in "abc")
show(lambda: None in "abc")

# join
parts = ["a", "é", "b"]
print("-".join(parts), "".join(parts), ", ".join(("x", "y")), "|".join([]))
print(".".join(["only"]), ".".join(S(c) for c in "xyz"))
print(type("".join([S("s")])).__name__)
show(lambda: "-".join(["a", 1]))
show(lambda: "-".join(("a", None, "b")))
show(lambda: "-".join(5))


class Grows:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


print("+".join(Grows(["p", "q"])))

# str(), int(), float() calls
class I(int):
    def __str__(self):
        return "I!"


class F:
    def __float__(self):
        return 2.5

    def __int__(self):
        return 7

    def __str__(self):
        return "F!"


class Bad:
    def __str__(self):
        return 5


print(str(5), str(-12), str(2**70), str(I(3)), str(F()), str(1.5), str(None))
print(int("12"), int(" -7 "), int(3.9), int(F()), int(True), float("1e3"), float(F()), float(2))
show(lambda: str(Bad()))
show(lambda: int("x1"))
show(lambda: int(None))
show(lambda: float("abc"))
show(lambda: float([]))
show(lambda: int())
show(lambda: str())
show(lambda: float())
show(lambda: int("ff", 16))
show(lambda: str(b"ab", "ascii"))
show(lambda: int(x="1"))
