# float methods: is_integer, as_integer_ratio, hex, fromhex
for v in [0.5, 0.1, 3.0, -2.75, 1e100 / 3, 2.0 ** -10]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex("0x1p10"), float.fromhex("-0x0p+0"))
print((1.5).real, (1.5).imag, (1.5).conjugate(), float.__name__)
print((2.5).__add__(1), (2.5).__floordiv__(1), (7.0).__mod__(4))
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(int(1e18), int(1.5e18), int(-1e19), int(2.0 ** 100))
print(hash(1.5), hash(0.5), hash(-1.0), hash(2.0) == hash(2), hash(1e100) == hash(int(1e100)))
