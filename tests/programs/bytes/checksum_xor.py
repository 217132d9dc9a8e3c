# Byte-level algorithms: checksums, XOR cipher, run-length encoding
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def xor_cipher(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def unrle(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)


msg = b"Wikipedia"
print(hex(adler32(msg)), hex(fletcher16(b"abcde")), adler32(b""), fletcher16(b""))
secret = xor_cipher(b"attack at dawn", b"key")
print(secret.hex(), xor_cipher(secret, b"key"))
raw = b"aaaabbbcccd" + b"\x00" * 10
enc = rle(raw)
print(enc, unrle(enc) == raw, len(raw), len(enc))
parity = 0
for byte in msg:
    parity ^= byte
print(parity, bin(parity))
