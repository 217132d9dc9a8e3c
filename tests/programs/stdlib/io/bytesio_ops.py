# BytesIO: building binary records and reading them back.
from io import BytesIO

b = BytesIO()
print(b.write(b"HDR\x00"), b.write(bytes([1, 2, 3])), b.write(bytearray(b"xy")))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(3), b.read(1), b.read(), b.read())
b.seek(-2, 2)
print(b.read(), b.seek(1), b.seek(2, 1))
b.write(b"ZZ")
print(b.getvalue())
b.seek(12)
b.write(b"!")
print(b.getvalue(), len(b.getvalue()))
lines = BytesIO(b"one\ntwo\nthree")
print(lines.readline(), list(lines), lines.readline())
lines.seek(0)
print(lines.readlines(), lines.truncate(4), lines.getvalue())
data = BytesIO(b"abcdef")
buf = bytearray(4)
print(data.readinto(buf), buf, data.read1(10))
with BytesIO(b"q") as f:
    print(f.read())
for bad in (lambda: f.read(), lambda: BytesIO().write("text"), lambda: BytesIO().seek(-1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
