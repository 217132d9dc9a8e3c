# Equal constants of one module are one object, as CPython's compiler
# merges them: floats (0.0 and -0.0 stay apart), big ints, complex numbers,
# bytes, tuples (and the items inside them) and frozensets; a constant of
# another module is another object.

import other

HALF = 0.5
BIG = 123456789012345678901234567890
PAIR = (0.5, "x", BIG)


def half():
    return 0.5


def neg_zero():
    return -0.0


def zero():
    return 0.0


def big():
    return 123456789012345678901234567890


def pair():
    return (0.5, "x", 123456789012345678901234567890)


def blob():
    return b"\x00\x01bytes"


def cplx():
    return 2j


def member(x):
    return x in {1.5, 2.5, 3.5}


class K:
    scale = 0.5

    def get(self):
        return 0.5


print(half() is HALF, half() is half(), K.scale is HALF, K().get() is HALF)
print(zero() is neg_zero(), zero() == neg_zero(), str(neg_zero()))
print(big() is BIG, pair() is PAIR, pair()[0] is HALF, pair()[2] is BIG)
print(blob() is blob(), cplx() is cplx(), member(2.5), member(4))
print(other.HALF is HALF, other.half() is other.HALF, other.HALF == HALF)
x = 1.5 if HALF else 2.5
y = 1.5
print(x is y, x is HALF)
