# int methods and attributes
n = 1234
print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((10).as_integer_ratio(), (-7).as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
print(int.__name__, (5).__class__.__name__)
print((7).__add__(3), (7).__mul__(6), (7).__neg__(), (7).__abs__())
print(abs(-2 ** 80), -abs(5))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.from_bytes(bytes(range(1, 9)), "big"))
print(hash(42), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(max(3, 9, -2), min(3, 9, -2), sum(range(101)))
