# Indexing bytes gives ints; slicing gives bytes
b = b"Hello, bytes!"
print(b[0], b[-1], b[7], type(b[0]).__name__)
print(b[:5], b[7:12], b[::-1], b[::2], b[-6:], b[100:], b[3:3])
print(type(b[1:2]).__name__, b[1:2] == b"e", b[1] == ord("e"), b[1] == b"e")
print(list(b[:5]), [chr(c) for c in b[:5]], sum(b))
ba = bytearray(b)
print(ba[0], ba[:5], type(ba[:5]).__name__, ba[::-3])
for i, byte in enumerate(b"AZaz09"):
    print(i, byte, chr(byte), hex(byte))
try:
    b[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba[-50]
except IndexError as e:
    print(type(e).__name__, e)
print(b[slice(0, 5, 2)], bytes(reversed(b[:5])), b.index(b"b"), b.index(111))
print(max(b), min(b), sorted(b[:5]), bytes(sorted(b[:5])))
