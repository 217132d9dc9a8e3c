# repr/str of floats at the edges of CPython's plain notation (decimal point
# position -4 < decpt <= 16), where the shortest digits are printed as is,
# and beyond it, where an exponent with a sign and two digits is written.
import sys

values = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.5, 100.0, 1e15, 1e16, 1e17,
    9999999999999998.0, 1234567890123456.0, 12345678901234567.0,
    0.001, 0.0001, 0.00012345, 0.00001, 0.000012345, 0.00009999999999999999,
    1e-5, 1e-7, 1.5e-10, 1e22, 1e100, 1.7976931348623157e308, 5e-324,
    2.2250738585072014e-308, 0.30000000000000004, 1 / 3, 2 / 3, 123.456,
    -123.456, -0.0001, -0.00001, float("inf"), float("-inf"), float("nan"),
]
for x in values:
    print(repr(x), str(x), f"{x}", "%r" % x, [x], (x,))

for e in range(-8, 20):
    for m in (1.0, 1.25, 9.5, 3.0000000000000004):
        x = m * 10.0 ** e
        print(e, repr(x), repr(-x))

# Results are ordinary strs: sizes, hashes and use as keys.
s = repr(0.25)
print(type(s).__name__, len(s), sys.getsizeof(s) == sys.getsizeof("0.25"), {s: 1}["0.25"])
print(repr(1e16) == "1e+16", repr(0.00001) == "1e-05")


class F(float):
    def __repr__(self):
        return "F(" + float.__repr__(self) + ")"


f = F(0.00001)
print(repr(f), str(f), float.__repr__(f), f"{f!r}", [f])
print(float.__repr__(F(12.5)), F(12.5).__repr__())
