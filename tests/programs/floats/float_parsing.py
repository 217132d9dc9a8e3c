# float() construction from strings and numbers
samples = ["3.14", "  -2.5  ", "1e10", "1E-3", "+.5", "5.", "1_000.25", "inf", "-Infinity",
           "nan", "0x10", "", "abc", "1.2.3", "1e", "--1", "0.1e1", "00012.50", "1e500", "-1e-500"]
for s in samples:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "->", type(e).__name__, e)
print(float(3), float(True), float(-0), float(), float(2 ** 70))
print(float("1" * 30), float("0." + "0" * 20 + "1"))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (0.5).hex(), (10.0).hex())
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
