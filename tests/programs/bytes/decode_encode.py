# Decoding bytes into text
raw = "naïve café 日本 😀".encode("utf-8")
print(raw)
print(raw.decode("utf-8"), len(raw), len(raw.decode()))
print(b"plain ascii".decode("ascii"), b"\xe9t\xe9".decode("latin-1"))
for errors in ("strict", "ignore", "replace", "backslashreplace"):
    try:
        print(errors, repr(b"ok\xffok\xc3".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
print(bytearray("über", "utf-8"), bytearray("über", "utf-8").decode())
print(str(b"abc", "utf-8"), str(b"abc"), "x".encode() + b"y")
utf16 = "hi€".encode("utf-16-le")
print(utf16, utf16.decode("utf-16-le"), "hi".encode("utf-32-be"))
chunks = [raw[i:i + 4] for i in range(0, len(raw), 4)]
print(chunks[:3])
print(b"".join(chunks).decode() == raw.decode())
