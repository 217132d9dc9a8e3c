# str.encode and bytes.decode with various codecs and error handlers
s = "Grüße, 世界! €"
for enc in ["utf-8", "utf-16-le", "latin-1", "ascii"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12])
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print(s.encode("ascii", errors="ignore"))
print(s.encode("ascii", errors="replace"))
print(s.encode("ascii", errors="backslashreplace"))
print(s.encode("ascii", errors="xmlcharrefreplace"))
print(s.encode("latin-1", errors="replace"))
b = s.encode()
print(b.decode(), b.decode("utf-8") == s, len(b), len(s))
bad = b"abc\xff\xfedef"
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"caf\xe9".decode("latin-1"), "café".encode("utf-8"), "café".encode("utf-16"))
print(bytes("xyz", "ascii"), str(b"xyz", "ascii"), "😀".encode("utf-8"), "😀".encode("utf-16-be"))
print([hex(c) for c in "é€😀".encode()])
