# Common bytes methods
b = b"  The Quick brown FOX jumps  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Tsp"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.split(), b.split(b" "), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"x", b"y", b"z"]), b"".join([b"ab", bytearray(b"cd")]), b", ".join([]))
print(b.find(b"Quick"), b.find(b"nope"), b.rfind(b" "), b.index(b"FOX"), b.count(b" "), b.count(ord("o")))
print(b.replace(b" ", b"_"), b.replace(b"o", b"0", 1), b"aaa".replace(b"a", b"bb"))
print(b.startswith(b"  T"), b.endswith(b"s  "), b.strip().startswith((b"X", b"The")))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"l1\nl2\r\nl3".splitlines())
print(b"42".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"42".zfill(5), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"a\tb".expandtabs(4))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello world".translate(None, b"lo"))
try:
    b.split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.find("Quick")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
