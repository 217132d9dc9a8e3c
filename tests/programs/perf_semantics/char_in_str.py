# Inline `c in s` for an exact str and a one-byte str: hits at both ends,
# misses, non-ASCII text, longer and empty needles, subclasses, non-str
# operands and `not in`.


def member(items, text):
    out = []
    for c in items:
        try:
            out.append((c in text, c not in text))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


items = [" ", "\n", "a", "z", "{", ",", "é", "", "ab", "xy", 5, None, b"a", "\x00"]
print(member(items, " \n\t\r"))
print(member(items, "{}[]:,"))
print(member(items, "héllo, wörld"))
print(member(items, ""))
print(member(items, "a\x00b"))


class S(str):
    def __contains__(self, c):
        return "S.__contains__"


class T(str):
    pass


print(member(["a", "q"], S("abc")), member(["a", "q", T("b")], T("abc")))
text = '{"key": [1, 2]}'
kinds = []
for ch in text:
    if ch in " \n\t\r":
        kinds.append("ws")
    elif ch in "{}[]:,":
        kinds.append("p")
    elif ch in "0123456789":
        kinds.append("d")
    else:
        kinds.append(ch)
print(kinds)
