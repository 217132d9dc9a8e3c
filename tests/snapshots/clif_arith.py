def add_mul(a, b):
    return (a + b) * 2


def count_down(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total
