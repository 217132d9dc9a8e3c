# `a + b` and `a += b` of two exact strs go straight to the concatenation;
# subclasses, reflected operands and errors still take the full protocol.


class Loud(str):
    def __add__(self, other):
        return "Loud.__add__(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "Loud.__radd__(" + other + "|" + str(self) + ")"


class Quiet(str):
    pass


def pieces():
    s = "ab"
    t = "c\u00e9"
    u = "\U0001f600x"
    print(s + t, t + u, u + s, len(u + u))
    e = ""
    print(e + s is s, s + e is s, (e + e) == "")
    print(repr(s + Loud("L")), repr(Loud("L") + s))
    q = Quiet("q") + s
    print(type(q).__name__, q)
    r = s + Quiet("q")
    print(type(r).__name__, r)
    acc = ""
    for i in range(5):
        acc += str(i) + "-"
    acc += t
    print(acc)
    x = "w"
    x += Loud("z")
    print(x)


def errors():
    for left, right in (("a", 1), ("a", None), ("a", b"b"), (1, "a")):
        try:
            left + right
        except TypeError as exc:
            print("TypeError:", exc)
    s = "a"
    try:
        s += 2.5
    except TypeError as exc:
        print("TypeError:", exc)


pieces()
errors()
