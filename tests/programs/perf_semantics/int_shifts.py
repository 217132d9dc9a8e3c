# Inline << and >> of small ints: results at the edges of the small-int
# range, counts of 62 and more, negative values and counts, big ints,
# bools, int subclasses and other operand types.


def shifts(values, counts):
    out = []
    for v in values:
        for n in counts:
            try:
                out.append((v << n, v >> n))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__ + ": " + str(e))
    return out


values = [0, 1, -1, 3, -3, 7, -8, 2**31 - 1, -(2**31), 2**61, 2**62 - 1, -(2**62), 2**62, 2**100, -(2**100)]
counts = [0, 1, 2, 13, 31, 32, 61, 62, 63, 64, 65, 100, -1]
for row in shifts(values, counts):
    print(row)

x = 2463534242
acc = 0
for _ in range(1000):
    x ^= (x << 13) & 0xFFFFFFFF
    x ^= x >> 17
    x ^= (x << 5) & 0xFFFFFFFF
    acc = (acc << 1) ^ x
print(x, acc.bit_length(), acc % 1000003)

y = 1
for i in range(70):
    y <<= 1
print(y, y >> 69, y >> 70, y >> 71)
z = -1
z <<= 62
print(z, z >> 62, -(1 << 62) >> 1)
print(True << 3, True >> 1, False << 100, 5 << True, -5 >> True)


class I(int):
    def __lshift__(self, other):
        return "I.__lshift__"

    def __rrshift__(self, other):
        return "I.__rrshift__"


print(I(1) << 2, 8 >> I(1), I(8) >> 1, type(I(8) >> 1).__name__)
for a, b in [(1.0, 2), (1, 2.0), ("a", 1), (1, None)]:
    try:
        print(a << b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(1 >> -5)
except ValueError as e:
    print("ValueError:", e)
