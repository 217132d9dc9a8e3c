# bytes literals and their repr
samples = [b"", b"abc", b"it's", b'say "hi"', b"both ' \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r",
           b"\\", b"\x0b\x0c", rb"raw\n", b"A\x42C", bytes([32, 126, 127]), b"'", b'"']
for b in samples:
    print(repr(b), len(b), str(b))
print(bytearray(b"abc"), repr(bytearray()), bytearray(b"\x00\xff'"))
print([b"x", bytearray(b"y")], (b"",), {b"k": b"v"})
print(type(b"").__name__, type(bytearray()).__name__, b"ab" b"cd")
print(b"\x41\x42" == b"AB", b"caf\xc3\xa9".decode(), len(b"\xc3\xa9"))
print(b"\x00" * 3, b"ab" * 0, b"%" + b"s", len(b"\\x41"), b"\101\102")
print(repr(b"\x7e\x7f"), ascii(b"q"), len(b"\\N"), b"caf\xc3\xa9"[-2:])
