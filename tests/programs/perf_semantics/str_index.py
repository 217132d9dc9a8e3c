# Inline str[i] for exact ASCII strs: negative indexes, the ends, errors,
# non-ASCII text, subclasses, bool and big-int indexes.


def chars_at(s, idxs):
    out = []
    for i in idxs:
        try:
            out.append(s[i])
        except IndexError as e:
            out.append("IndexError: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


idxs = [0, 1, -1, -2, 4, 5, -5, -6, 100, -100, True, False, 2**70, -(2**70), 2.0, None]
print(chars_at("hello", idxs))
print(chars_at("héllo", idxs))
print(chars_at("日本語ab", idxs))
print(chars_at("", [0, -1]))
print(chars_at("\x00\x7f", [0, 1]))


class S(str):
    def __getitem__(self, i):
        return "S[" + str(i) + "]"


class T(str):
    pass


print(chars_at(S("abc"), [0, -1]), chars_at(T("abc"), [0, -1, 3]), type(T("abc")[0]).__name__)

text = "the quick brown fox"
i, n, words = 0, len(text), 0
while i < n:
    if text[i] == " ":
        words += 1
    i += 1
print(words + 1, text[4] is text[4], text[-3:])
