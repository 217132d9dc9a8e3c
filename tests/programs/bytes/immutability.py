# bytes are immutable, bytearray is not
b = b"abc"
try:
    b[0] = 65
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b)
ba[0] = 65
print(b, ba, bytes(ba), b is b, ba == b)
orig = b
b += b"d"
print(orig, b)
alias = ba
ba += b"!"
print(alias, alias is ba)
ba2 = ba
ba = ba + b"?"
print(ba2, ba, ba2 is ba)
frozen = bytes(ba)
ba[0] = ord("z")
print(frozen, ba)
