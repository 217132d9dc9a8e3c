# Floor division and modulo of small ints: every sign combination, exact
# and inexact quotients, constant and variable divisors, the small-int
# boundary (-2**62 // -1 leaves the small-int range) and a zero divisor.

def run(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                out.append((x // y, x % y))
            except ZeroDivisionError as e:
                out.append(str(e))
    return out


xs = [0, 1, -1, 7, -7, 12, -12, 13, -13, 2**61, -2**61, 2**62 - 1, -2**62]
ys = [1, -1, 2, -2, 3, -3, 5, -5, 13, -13, 2**62 - 1, -2**62, 0]
for row in run(xs, ys):
    print(row)

acc = 0
for i in range(-50, 50):
    acc += i % 7 + i // 7 + i % -7 + i // -7
    acc ^= (i * 31) % 97
    acc += (i - 3) // 4
print(acc)

q = -2**62
q //= -1
print(q, type(q).__name__)
r = -2**62
r %= -1
print(r)
m = 2**62 - 1
print(m % 2**61, m // 2**61, (-m) % 3, (-m) // 3)
