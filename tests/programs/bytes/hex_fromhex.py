# hex() and fromhex() conversions
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex(" ", 4), data.hex("-", -3))
print(b"\xde\xad\xbe\xef".hex(), bytearray(b"\x01\x02").hex(), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff10"))
print(bytes.fromhex("48656c6c6f") .decode(), bytes.fromhex("") == b"")
for bad in ["abc", "zz", "0g", "de ad b"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__, e)


def hexdump(buf, width=8):
    for off in range(0, len(buf), width):
        chunk = buf[off:off + width]
        hexpart = " ".join(f"{c:02x}" for c in chunk)
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print(f"{off:04x}  {hexpart:<{width * 3}} |{text}|")


hexdump(b"Hello, world!\x00\x01\x02\n\xff binary data")
print(int(b"\x12\x34".hex(), 16), hex(int.from_bytes(b"\x12\x34", "big")))
