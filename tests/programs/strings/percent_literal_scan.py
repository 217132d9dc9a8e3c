# The literal text between printf-style conversions, found eight bytes at
# a time: a `%` at every offset of long and short literals, next to
# non-ASCII text (whose UTF-8 bytes differ from `%` only in high bits),
# `%%` escapes, and bytes formats with bytes 0x25 | 0x80 and 0xff.
for k in range(20):
    fmt = "x" * k + "%d" + "y" * (19 - k) + "%s" + "z" * k
    print(repr(fmt % (k, "é")))
    print(repr(("é" * k + "%d" + "ü" * (k % 3) + "%%") % k))
    print(repr(("日本" * (k % 5) + "|%s|" + "\u20ac" * k) % ("v" * k,)))
long = "0123456789abcdef" * 3
print(long % () if "%" not in long else "?")
print(("%s" + long + "%s" + long) % ("<", ">"))
print("%%%%%%" % (), "a%%b%%%d" % 5, "%5d%%" % 3, "100%%" % ())
b = bytes([0xa5, 0x25, 0x25, 0xff, 0x80, 0x24, 0x26]) * 3
for k in range(8):
    fmt = bytes([0xa5]) * k + b"%d" + bytes([0xff, 0x80, 0xa5]) * k + b"%s"
    print(fmt % (k, b"\xa5"))
print(b % ())
try:
    print(b.replace(b"%%", b"%") % ())
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
for fmt in ["abcdefghij%", "abcdefghijklmnop%q", "\u00e9" * 9 + "%y"]:
    try:
        print(fmt % (1,))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print("abcdefghijklmno %d" % ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abcdefghijklmno %d and more text" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
