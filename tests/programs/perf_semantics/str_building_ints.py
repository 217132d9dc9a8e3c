# str(int), f-strings (BUILD_STRING) and int(str) for the shapes the
# fast paths take and the ones they must refuse: signs, bounds of i64,
# big ints, bases, underscores, whitespace, non-ASCII digits, errors.
import sys

for v in [0, 7, -7, 10, -10, 99, 100, 12345, -98765, 2**62 - 1, -2**62, 2**62,
          2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**18, 10**19, -(10**30)]:
    print(str(v), f"{v}", f"<{v}|{v!r}>", len(str(v)))

print(f"{'é'}{1}{'€'}", len(f"{'é'}{1}{'€'}"), f"{''}{''}" == "", f"a{''}b")
print(f"{'x'}" is not None, f"{3}{4}", f"{True}{None}{1.5}")

for text in ["0", "7", "-7", "+7", "007", "-0", "123456789012345678",
             "1234567890123456789", "9223372036854775807", "9223372036854775808",
             "-9223372036854775808", "-9223372036854775809", "99999999999999999999",
             " 42", "42 ", "4_2", "\u0664\u0662", "1e3", "", "-", "+", "--1", "0x1f",
             "٣", "12a", " ", "_1", "1_"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

for text, base in [("ff", 16), ("FF", 16), ("-ff", 16), ("0xff", 16), ("00e9", 16),
                   ("z", 36), ("zzzzzzzzzzzz", 36), ("zzzzzzzzzzzzzz", 36),
                   ("101", 2), ("102", 2), ("0b101", 2), ("0b101", 0), ("010", 0),
                   ("10", 0), ("777", 8), ("8", 8), ("7fffffffffffffff", 16),
                   ("8000000000000000", 16), ("-8000000000000000", 16), ("g", 16)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)

for bad_base in [1, 37, -1]:
    try:
        int("1", bad_base)
    except ValueError as e:
        print("ValueError:", e)


class MyInt(int):
    pass


print(type(MyInt("12")).__name__, MyInt("12"), MyInt("-ff", 16), type(int("5")).__name__)
print(int(b"12"), int(bytearray(b"-3")), int(b"ff", 16))
sys.set_int_max_str_digits(640)
try:
    int("1" * 700)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 18), int("-" + "9" * 18))


class IntText(str):
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5


print(int(IntText("5")), float(IntText("5")), int("  12  "), float(" 1.5 "), float("1_0.5"))
for bad in ["1.5x", "", "nan", "-inf", "1e400", "\u0661.5"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print("ValueError:", e)
