# hashlib: md5, sha1, sha224, sha256, sha384, sha512; streaming, copy, errors.
import hashlib

MESSAGES = [b"", b"abc", b"The quick brown fox jumps over the lazy dog",
            b"a" * 55, b"b" * 56, b"c" * 63, b"d" * 64, b"e" * 111, b"f" * 112,
            b"g" * 128, bytes(range(256)) * 5]

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for m in MESSAGES:
        print(" ", len(m), ctor(m).hexdigest())
    # Streaming in uneven pieces equals hashing at once.
    whole = b"".join(MESSAGES)
    s = hashlib.new(name)
    for i in range(0, len(whole), 37):
        s.update(whole[i:i + 37])
    print("  stream", s.hexdigest() == ctor(whole).hexdigest())
    c = s.copy()
    c.update(b"more")
    print("  copy", s.hexdigest() == ctor(whole).hexdigest(),
          c.hexdigest() == ctor(whole + b"more").hexdigest())

h = hashlib.sha256(b"hello")
print(h.digest())
print(h.digest().hex() == h.hexdigest(), len(h.digest()))
h.update(bytearray(b" world"))
print(h.hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("md5", b"x").hexdigest())
print(hashlib.sha1(string=b"abc").hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print({"md5", "sha1", "sha256", "sha512"} <= hashlib.algorithms_guaranteed)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("unknown", lambda: hashlib.new("foo"))
attempt("str", lambda: hashlib.md5("text"))
attempt("int", lambda: hashlib.md5(1))
attempt("update str", lambda: hashlib.sha1().update("x"))
attempt("update none", lambda: hashlib.sha1().update())
attempt("name int", lambda: hashlib.new(1))
attempt("bad kw", lambda: hashlib.sha256(data=b"x"))
attempt("two args", lambda: hashlib.md5(b"a", b"b"))
