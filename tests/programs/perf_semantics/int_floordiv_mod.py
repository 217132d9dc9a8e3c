# Inline floor division and modulo of small ints: Python's rounding towards
# minus infinity, zero divisors, the one overflowing quotient, overloads.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**62 - 1, -2**62, 2**61, -2**61 + 5, 2**62, -2**63, 10**20]
out = []
for a in vals:
    for b in vals:
        try:
            out.append((a // b, a % b))
        except ZeroDivisionError as e:
            out.append(str(e))
print(len(out), hash(tuple(map(str, out))) if False else out[:40])
print(out[-60:])
s = 0
for i in range(-50, 50):
    for j in (-7, -3, -1, 1, 2, 5):
        s += (i // j) * 3 + (i % j)
print(s, True // 2, 7 % True, -2**62 // -1, (-2**62) % -1)
class I(int):
    def __floordiv__(self, o): return "I//"
    def __mod__(self, o): return "I%"
print(I(5) // 2, I(5) % 2, 5.5 // 2, -5.5 % 2, 7 // 2.0)
