# hex/oct/bin conversions and integer literals
values = [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 70]
for v in values:
    print(v, hex(v), oct(v), bin(v))
print(0x1F, 0o17, 0b101, 1_000, 0x_ff, 0b_1_0)
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"))
print(format(-255, "#o"), format(10, "#b"))
print(f"{3054:x} {3054:#X} {3054:o} {3054:b}")
print(int(hex(123456789), 16) == 123456789)
print(int(bin(-77), 0), int(oct(-77), 0))
print(hex(0xDEADBEEF).upper())
digits = "0123456789abcdef"


def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for v in [0, 5, 255, -100, 12345]:
    print(to_base(v, 2), to_base(v, 7), to_base(v, 16))
print([hex(v).replace("0x", "") for v in values[:9]], hex(2 ** 64)[2:], hex(-(2 ** 70))[3:])
