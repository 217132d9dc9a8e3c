# Str constants, code constants and the one-character strs of text loops
# are handed out by generated code without counting (they are immortal).
# A str interned at run time becomes immortal too, so a module imported
# later can take it as a constant; releasing every visible reference to it
# must not free it.
import gc
import sys

s = sys.intern("".join(["late", "_", "const"]))
print(s is sys.intern("late_const"))
del s
gc.collect()

import late_consts

print(late_consts.use(50000))
print(late_consts.use(3))


def char_counts(text, rounds):
    seen = {}
    for _ in range(rounds):
        seen = {}
        for ch in text:
            seen[ch] = seen.get(ch, 0) + 1
    return sorted(seen.items())


text = "ab c\u00e9\u00ff\n" * 500
print(char_counts(text, 5))
chars = [text[i] for i in range(len(text))]
print(len(chars), chars[:7], chars[3] is text[3])
del chars
gc.collect()
print(text[4], ord(text[5]), text[-1] == "\n")


def constants(n):
    out = []
    for i in range(n):
        out.append("const")
        out.append(", ")
        out.append(None)
    first = out[0]
    del out
    return first, first is "const".strip()


print(constants(100000))


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


adders = make_adders(1000)
print(sum(f(1) for f in adders))
del adders
gc.collect()
print(make_adders(2)[1](5))
