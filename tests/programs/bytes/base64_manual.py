# A hand-written base64 encoder and decoder over bytes
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        quad = [(n >> shift) & 63 for shift in (18, 12, 6, 0)]
        enc = bytes(ALPHABET[q] for q in quad)
        pad = 3 - len(chunk)
        out += enc[:4 - pad] + b"=" * pad
    return bytes(out)


def b64decode(text):
    lookup = {c: i for i, c in enumerate(ALPHABET)}
    out = bytearray()
    text = text.rstrip(b"=")
    for i in range(0, len(text), 4):
        chunk = text[i:i + 4]
        n = 0
        for c in chunk:
            n = (n << 6) | lookup[c]
        n <<= 6 * (4 - len(chunk))
        raw = n.to_bytes(3, "big")
        out += raw[:len(chunk) - 1]
    return bytes(out)


for msg in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(10))]:
    enc = b64encode(msg)
    print(msg, enc, b64decode(enc) == msg)
