# `x // 2**k` and `x % 2**k` of a small int by a constant power of two are a
# shift and a mask of the tagged word: both signs, the small-int edges,
# big ints, bools, floats and int subclasses.
def f(n):
    out = []
    for x in (n, -n, n + 1, -n - 1, 0, 1, -1, 7, -7, 2**62 - 1, -2**62, 2**62, 2**70 + 3, -2**70 - 3, True, False):
        out.append((x % 1, x % 2, x % 8, x % 2**40, x // 1, x // 2, x // 8, x // 2**40, x // 2**61, x % 2**61))
    return out
for row in f(12345):
    print(row)
print(3.5 % 2, -3.5 // 2, 7.0 % 8, 7 % 2.0)
class I(int):
    def __mod__(self, o): return "mod"
    def __floordiv__(self, o): return "div"
print(I(5) % 2, I(5) // 4)
def steps(n):
    s = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        s += 1
    return s
print([steps(k) for k in range(1, 30)])
