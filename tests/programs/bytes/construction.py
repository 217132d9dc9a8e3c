# Constructing bytes and bytearray objects
print(bytes(), bytes(4), bytes([65, 66, 67]), bytes(range(5)), bytes((104, 105)))
print(bytes("héllo", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")), bytes((109, 118)))
print(bytearray(3), bytearray([1, 2]), bytearray("text", "ascii"), bytearray(b"x") * 3)
print(bytes([x * 2 for x in range(10)]), bytes(map(ord, "map")), b"ab" * 3, 2 * b"-")
print(bytes.fromhex("41 42"), b"%d-%s" % (5, b"x"), bytes(c ^ 0x20 for c in b"Hello"))
for bad in ([256], [-1], ["a"], 3.5, "str without encoding"):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(len(bytes(1000)), bytes(1000).count(0), bytearray(b"abc") == b"abc")
