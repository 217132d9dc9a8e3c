# The inline == / != of exact strs (different byte lengths differ,
# one-byte texts compare their byte) and everything it must leave to the
# generic comparison: subclasses with __eq__, non-ASCII one-character strs,
# equal-length longer texts, mixed types and comparisons in conditions.


class LoudStr(str):
    def __eq__(self, other):
        print("LoudStr.__eq__", str.__repr__(self), repr(other))
        return True

    def __ne__(self, other):
        print("LoudStr.__ne__", str.__repr__(self), repr(other))
        return False

    __hash__ = str.__hash__


class Anything:
    def __eq__(self, other):
        return "always"

    def __ne__(self, other):
        return ""


def classify(ch):
    if ch == '"':
        return "quote"
    if ch != "a":
        return "not-a"
    return "a"


def main():
    text = 'a"b\u00e9\u20ac"a'
    print([classify(c) for c in text])
    one = "x"
    built = "".join(["x"])
    print(one == built, one != built, built == "x", built != "y")
    # Equal lengths longer than one byte go to the full comparison.
    print("ab" == "ab", "ab" == "ac", "ab" != "ac", "abc" != "abc")
    print("é" == "\u00e9", "é" == "e", "\u20ac" == "\u20ac", "\u20ac" != "\u20ad")
    # Different byte lengths, same code point count.
    print("é" == "ab", "é" != "ab", "e" == "é", "€" == "abc")
    print("" == "", "" != "", "" == "a", "a" != "")
    # Subclasses and other types keep their own __eq__ / __ne__.
    loud = LoudStr("q")
    print(loud == "z", "z" == loud, loud != "q", "q" != loud)
    print("a" == Anything(), "a" != Anything(), Anything() == "a")
    print("1" == 1, 1 == "1", "1" != 1, "a" == None, None != "a", 1.5 == "1.5")
    if loud == "zz":
        print("subclass __eq__ decides the branch")
    values = [c == "b" for c in "abcb"]
    print(values, sum(c != "b" for c in "abcb"))
    s = "a"
    for _ in range(3):
        s = s + "a"
        print(s == "aaaa", s != "aaa")


main()


def kinds():
    # Interned constants compared with themselves, and equal texts that
    # are different objects.
    tokens = [("str", 1), ("num", 2), ("lit", 3)]
    for kind, _ in tokens:
        print(kind == "str", kind != "num", kind == "lit")
    a = "".join(["s", "tr"])
    b = "".join(["st", "r"])
    print(a == b, a != b, a is b, a == "str", a != "sts", a == "stu")
    same = a
    print(same == a, same != a)
    loud = LoudStr("k")
    print(loud == loud, loud != loud)


kinds()
