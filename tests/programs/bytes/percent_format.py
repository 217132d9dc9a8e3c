# printf-style formatting on bytes
print(b"%d items" % 5, b"%s and %s" % (b"this", b"that"), b"%5d|%-5d|" % (42, 42))
print(b"%x %X %o %c %c" % (255, 255, 8, 65, b"z"), b"%.2f" % 3.14159, b"%r" % b"q")
print(b"%(name)s=%(v)d" % {b"name": b"key", b"v": 7}, b"%%", b"100%%" % ())
print(b"%s" % bytearray(b"ba"), b"%a" % "é", b"%b" % b"bin")
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__, e)
header = b"%-8s%4d\n" % (b"LEN", 12)
print(header, len(header))
lines = [b"%03d:%s" % (i, name) for i, name in enumerate([b"alpha", b"beta"])]
print(lines, b";".join(lines))
