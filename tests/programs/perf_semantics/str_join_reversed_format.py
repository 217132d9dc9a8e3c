# str.join over a list_reverseiterator takes the remaining items at once:
# it must leave the iterator exhausted, respect partial consumption and a
# list that shrank meanwhile, and report non-str items like CPython.
# Also int formatting with a spec for values that fit a machine word and
# ones that do not.

words = ["alpha", "beta", "gamma", "delta"]
print(" ".join(reversed(words)))
it = reversed(words)
print(next(it))
print("-".join(it), list(it), "|".join(it) == "")
it = reversed(words)
words2 = list(words)
it2 = reversed(words2)
del words2[1:]
print(repr(",".join(it2)), list(it2))
words3 = ["a", "b", "c"]
it3 = reversed(words3)
next(it3)
words3.append("d")
print(",".join(it3))
print(",".join(reversed([])), ",".join(reversed(["solo"])))
try:
    ",".join(reversed(["a", 1, "b"]))
except TypeError as e:
    print("TypeError:", e)
print(b"+".join(reversed([b"x", b"yy", bytearray(b"z")])))


class Rev(list):
    def __reversed__(self):
        return iter(["custom", "order"])


print(" ".join(reversed(Rev(["p", "q"]))))
print(".".join(reversed(("t", "u", "v"))), ".".join(reversed("abc")))

for v in [0, 5, -5, 255, -255, 1000, 2**63 - 1, 2**64 - 1, 2**64, -2**64, 10**25]:
    print(f"{v:04d}|{v:x}|{v:X}|{v:#o}|{v:b}|{v:_x}|{v:,}|{v:+d}|{v:>8}|{v:#X}")
print(format(True, "d"), format(7, "n"), format(-0, "05d"), format(42, "c"))
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError:", e)
for v in [0, 5, -5, 123456, -1234567]:
    print(f"[{v:06d}|{v:=+8d}|{v:0<6d}|{v:0^7d}|{v:012,d}|{v:010_d}|{v:04}|{v:03x}|{v:#010b}]")
for x in [0.0, 3.5, -2.25, 1234.5678, -0.0, float("inf"), float("nan")]:
    print(f"[{x:08.3f}|{x:010.2f}|{x:+09.1f}|{x:012,.2f}|{x:07.2%}|{x:09.2e}|{x:06g}]")
pieces = ["a", "é", "", "€", "bc", "\U0001f600", "z"]
print("".join(pieces), "|".join(pieces), len("".join(pieces)), "".join(pieces * 3)[::5])
print("".join(list("hello")), "--".join(["x"]), "".join([]) == "", "é".join(["a", "b"]))
