# int() parsing with bases, underscores, whitespace and signs
print(int("42"), int("-42"), int("+42"), int("  17  "), int("\t-5\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o777", 8))
print(int("1010", 2), int("0b1010", 0), int("-0b1010", 0))
print(int("z", 36), int("ZZ", 36), int("hello", 36))
print(int("12", 3), int("zz_zz", 36))
print(int(3.99), int(-3.99), int(True), int(False))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 40) + 1)
for text, base in [("12", 2), ("0x", 16), ("", 10), ("1__0", 10), ("08", 0), ("abc", 10), ("3.5", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
print(int("0", 0), int("00", 0), int("0_0", 0))
