# Nested integer loops: range iteration, multiply, modulo, accumulation,
# plus a while loop with an integer hash (xorshift-style, masked to 32 bits).


def grid_sum(n, k):
    total = 0
    for i in range(n):
        row = 0
        for j in range(n):
            row += (i * j + i + j) % k
        total += row ^ i
    return total


def mix(steps):
    x = 2463534242
    acc = 0
    i = 0
    while i < steps:
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        if x & 1:
            acc += x % 1000
        else:
            acc -= x % 997
        i += 1
    return acc


def main():
    a = grid_sum(2200, 97)
    b = mix(2500000)
    print("grid", a)
    print("mix", b)
    print("checksum", (a * 31 + b) % 1000000007)


main()
