# Bitwise operators on positive, negative and big integers
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 3, -12 >> 2)
print(-1 >> 100, 1 << 100, (1 << 100) - 1 & 0xFF)
big = (1 << 130) | (1 << 65) | 1
print(big, big & (1 << 65), big ^ big, big >> 64)
print(~big, -big & 0xFFFF)
print(bin(0b1011 & ~0b0010))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-256).bit_length())
print((2 ** 100).bit_length())
print(bin(37).count("1"))


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


print([popcount(i) for i in range(17)])
mask = 0
for bit in (0, 3, 5, 7):
    mask |= 1 << bit
print(mask, bin(mask), [bit for bit in range(8) if mask >> bit & 1])
x = 0xF0
x &= 0x3C
print(x)
x |= 0x01
print(x)
x ^= 0xFF
print(x)
x <<= 4
print(x)
x >>= 6
print(x)
print(True & False, True | False, True ^ True, ~True)
