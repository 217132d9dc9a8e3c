# ord and chr, character arithmetic
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), chr(233), chr(8364), chr(128512), repr(chr(0)), repr(chr(127)))
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print([chr(ord("A") + i) for i in range(0, 26, 5)])


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
print(sum(ord(c) for c in "checksum") % 256)
print(chr(0x10FFFF) == "\U0010FFFF", ord(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print(max("hello", key=ord), sorted("Hello World", key=ord))
