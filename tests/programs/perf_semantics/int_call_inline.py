# int(x) inline: floats truncated in generated code when int is the
# built-in type (unboxed temporaries too), small ints passed through, and
# everything else (huge, inf, nan, str, subclasses, rebinding) the general way.
import math

class F(float):
    pass

class I(int):
    pass

def conv(xs):
    out = []
    for x in xs:
        try:
            out.append(int(x))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

vals = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, 1e15 + 0.5, -1e15 - 0.5,
        4611686018427387903.0, 4611686018427387904.0, -4611686018427387904.0,
        -4611686018427387905.0, 9.3e18, -9.3e18, 1e300, -1e300,
        float("inf"), float("-inf"), float("nan"), 7, -7, 2**62, -2**62, 2**100,
        True, False, F(3.7), I(12), "42", " -9 ", "x", 3+0j, None]
for r in conv(vals):
    print(r, type(r).__name__)

def products(n):
    s = 0
    for i in range(n):
        s += int(i * 0.37) + int(-(i * 1.5)) + int(i / 3)
    return s
print(products(1000))

def big(x):
    return int(x * 1e10)
print(big(1e10), big(-1e10), big(5e8), big(4.611686018427387e8))

def rebinding():
    global int
    int = lambda v: "rebound %r" % (v,)
    r = int(2.5 * 2)
    del int
    return r
print(rebinding(), int(2.5 * 2))

class Obj:
    def int(self, v):
        return ("method", v)
o = Obj()
print(o.int(1.5 * 3))
int_ = int
print(int_(7.9 * 1), int(x=1) if False else int(8.5), int("12", 16))

def kept(x):
    y = x * 2.0
    n = int(y)
    return n, y
print(kept(3.3))
def temp_many():
    acc = []
    for k in range(5):
        f = k * 0.75
        acc.append(int(f) + int(f * 2) + int(-f))
    return acc
print(temp_many())
print(type(int(True)), int(F(2.9)), type(int(I(5))))
