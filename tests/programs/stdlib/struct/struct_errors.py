# struct.error messages: ranges, argument types, buffer sizes, formats.
import struct


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except struct.error as e:
        print(label, "-> struct.error:", e)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for code in "bBhHiIlLqQnN":
    for order in "@=<":
        if order != "@" and code in "nN":
            continue
        fmt = order + code
        size = struct.calcsize(fmt)
        attempt(fmt + " big", lambda: struct.pack(fmt, 2 ** (size * 8)))
        attempt(fmt + " small", lambda: struct.pack(fmt, -1 if code.isupper() else -2 ** (size * 8)))
        attempt(fmt + " huge", lambda: struct.pack(fmt, 2 ** 70))
attempt("float for int", lambda: struct.pack("i", 1.5))
attempt("str for int", lambda: struct.pack("i", "1"))
attempt("str for float", lambda: struct.pack("f", "x"))
attempt("f overflow", lambda: struct.pack("<f", 1e300))
attempt("e overflow", lambda: struct.pack("<e", 70000.0))
attempt("c long", lambda: struct.pack("c", b"ab"))
attempt("c str", lambda: struct.pack("c", "a"))
attempt("s str", lambda: struct.pack("s", "a"))
attempt("too few", lambda: struct.pack("ii", 1))
attempt("too many", lambda: struct.pack("i", 1, 2))
attempt("std P", lambda: struct.pack("<P", 1))
attempt("bad char", lambda: struct.pack("y", 1))
attempt("count only", lambda: struct.pack("3", 1))
attempt("too long", lambda: struct.calcsize("99999999999999999999q"))
attempt("unpack size", lambda: struct.unpack("i", b"ab"))
attempt("unpack str", lambda: struct.unpack("i", "abcd"))
attempt("unpack_from", lambda: struct.unpack_from("i", b"ab"))
attempt("unpack_from off", lambda: struct.unpack_from("i", b"abcdef", 4))
attempt("unpack_from neg", lambda: struct.unpack_from("i", b"abcdef", -10))
attempt("pack_into small", lambda: struct.pack_into("i", bytearray(5), 2, 1))
attempt("pack_into bytes", lambda: struct.pack_into("i", b"xxxxx", 0, 1))
attempt("iter_unpack", lambda: list(struct.iter_unpack("i", b"abcde")))
attempt("iter_unpack 0", lambda: list(struct.iter_unpack("", b"abcde")))
attempt("Struct int", lambda: struct.Struct(1))
attempt("format int", lambda: struct.pack(1))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
