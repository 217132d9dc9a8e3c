# struct: pack/unpack for every format code, byte orders, alignment, counts.
import struct

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?",
            "c", "s", "p", "x", "P", "@bhiq", "@qb", "<bhiq", ">bhiq", "=l", "!L", "3i",
            "5s", "5p", "2x", "@b2xi", "@cd", "@ci", "0s", "i i", "@?q?", ""]:
    print(repr(fmt), struct.calcsize(fmt))

vals = {"b": -5, "B": 200, "h": -1234, "H": 60000, "i": -123456, "I": 4000000000,
        "l": -2, "L": 7, "q": -(2 ** 62), "Q": 2 ** 63 + 5, "n": -9, "N": 9, "P": 12345}
for order in "@=<>!":
    for code, v in vals.items():
        if order != "@" and code in "nNP":
            continue
        fmt = order + code
        data = struct.pack(fmt, v)
        print(fmt, data, struct.unpack(fmt, data))

for order in "<>":
    for code, v in [("e", 1.5), ("e", -0.1), ("e", 65504.0), ("f", 3.14), ("d", -2.5e-300),
                    ("f", float("inf")), ("d", 1e308), ("e", 1e-7), ("f", 1)]:
        data = struct.pack(order + code, v)
        print(order + code, data, struct.unpack(order + code, data))

print(struct.pack("?", 5), struct.pack("?", []), struct.unpack("??", b"\x00\x07"))
print(struct.pack("c", b"z"), struct.unpack("c", b"z"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.unpack("3s", b"xyz"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("<h2xi", 1, 2), struct.unpack("<h2xi", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2))
print(struct.pack(">3h", 1, 2, 3), struct.unpack(">3h", b"\x00\x01\x00\x02\x00\x03"))
print(struct.pack(b">i", 7), struct.unpack(">i", bytearray(b"\x00\x00\x01\x00")))


class Idx:
    def __index__(self):
        return 42


print(struct.pack(">i", Idx()), struct.pack(">i", True))

s = struct.Struct(">ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x00\x00\x00\x01\x00\x02"))
buf = bytearray(10)
s.pack_into(buf, 2, 5, 6)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2))
struct.pack_into("<h", buf, -2, 513)
print(buf, struct.unpack_from("<h", buf, -2))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(list(s.iter_unpack(bytes(12))))
print(struct.Struct(b"<q").format, struct.Struct("<q").size)
