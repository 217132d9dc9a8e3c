# `int ** float` computed inline (the int converted exactly, as
# float.__rpow__ does), with every case that must stay on the runtime path.
import math
vals = [0, 1, 2, 3, 4, 9, 10, 12345, -1, -4, 2**52, 2**53, 2**53 + 1, 2**60, -(2**53)]
for a in vals:
    for b in [0.5, 2.0, -1.5, 0.0, 1.0, 3, 2, -1, 0]:
        try:
            r = a ** b
            print(a, b, repr(r), type(r).__name__)
        except Exception as e:
            print(a, b, type(e).__name__, e)
class I(int):
    def __pow__(self, o):
        return "I.pow"
print(I(3) ** 0.5, 3 ** I(2), 2 ** -2, (-8) ** (1/3))
tot = 0.0
for a in range(1, 300):
    for b in range(a, 300):
        tot += (a * a + b * b) ** 0.5
print(tot)
try:
    0 ** -1.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(10 ** 400.0 if False else "skip", 2 ** 1e10 if False else "skip2")
try:
    print(10 ** 400.5)
except OverflowError as e:
    print("OverflowError:", e)
