# Comparisons and `in` with a str constant operand take inline paths that
# check only the other operand; every other kind of operand must behave
# exactly as the generic operators do.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return True

    def __ne__(self, other):
        print("Loud.__ne__", str.__str__(self), other)
        return False

    __hash__ = str.__hash__


class Quiet(str):
    pass


def classify(ch):
    if ch == '"':
        return "quote"
    if ch != "x":
        return "not-x"
    return "x"


def equalities(v):
    return (v == "", v == "a", v == "ab", v == "{}", v == "caf\u00e9", v == "exactly8",
            v == "nine chars", v != "a", v != "exactly8")


samples = ['"', "x", "y", "", "a", "ab", "ba", "{}", "caf\u00e9", "cafe!", "exactly8",
           "exactly9", "nine chars", "nine charz", 0, 1, 2.5, None, b"a", ("a",),
           Quiet("a"), Quiet("exactly8"), "\u00e9", "\u20ac"]
for v in samples:
    print(repr(v), equalities(v))
print(classify('"'), classify("x"), classify("y"), classify(7))
print(Loud("q") == "a", Loud("q") != "a", Loud("a") == "b")
print(classify(Loud("x")))

# The same object, built at run time or shared.
s = "".join(["a", "b"])
print(s == "ab", s != "ab", [s] == ["ab"])


def count_kinds(text):
    spaces = punct = digits = other = 0
    for ch in text:
        if ch in " \n\t\r":
            spaces += 1
        elif ch in "{}[]:,":
            punct += 1
        elif ch not in "0123456789.eE+-":
            other += 1
        else:
            digits += 1
    return spaces, punct, digits, other


print(count_kinds('{"a": [1, 2.5e-3, -4], "b\u00e9": "x y"}\n\t\r'))
print(count_kinds(["{", "}", "ab", "", " ", Quiet(" "), Quiet("ab")]))
for item in ["", "ab", "\n\t", " \n", "\u00e9", "{", "~", "\x7f", "\x00", "@", "`", "?"]:
    print(repr(item), item in " \n\t\r", item in "{}[]:,", item in "@`?~", item not in "{}")
for bad in [1, 2.5, None, b"{", ["{"]]:
    try:
        print(bad in "{}[]")
    except TypeError as e:
        print("TypeError:", e)
print("" in "", "a" in "", "" not in "")
