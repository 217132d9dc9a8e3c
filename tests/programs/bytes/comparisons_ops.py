# bytes comparisons, membership, concatenation and hashing
a, b = b"apple", b"banana"
print(a < b, a == b"apple", a != b, b"abc" < b"abd", b"ab" < b"abc", b"Z" < b"a", b"" < b"\x00")
print(bytearray(b"x") == b"x", b"x" == bytearray(b"x"), b"x" == "x", b"1" == 1)
print(b"pp" in a, 112 in a, 122 in a, b"" in a, bytearray(b"an") in b)
print(a + b, a + bytearray(b"!"), type(bytearray(b"!") + a).__name__)
print(sorted([b"pear", b"Apple", b"fig", b"apple"]), max(b"zap"), min([b"b", b"a"]))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"x" < "y"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(a * 2, a[:1] * 5, a.count(b"p"), b.count(b"an"), b"abc"[::-1] == b"cba")
