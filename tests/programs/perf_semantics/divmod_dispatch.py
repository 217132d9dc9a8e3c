# divmod() takes the number protocol's fast path for exact ints and floats
# and the special methods for everything else: signs and floor semantics of
# small ints (including the extremes of the tagged range), bools, int and
# float subclasses with and without overrides, reflected methods, errors.

import sys


class I(int):
    pass


class D(int):
    def __divmod__(self, other):
        return ("D.__divmod__", int(self), other)

    def __rdivmod__(self, other):
        return ("D.__rdivmod__", other, int(self))


class F(float):
    def __rdivmod__(self, other):
        return ("F.__rdivmod__", other)


class Plain:
    def __rdivmod__(self, other):
        return ("Plain.__rdivmod__", other)


def small():
    out = []
    for a in (0, 1, 7, -7, 13, -13, 1000, -1000, 2**61, -(2**61), 2**62 - 1, -(2**62)):
        for b in (1, -1, 2, -2, 3, -3, 7, -7, 2**40, -(2**40), 2**62 - 1, -(2**62)):
            q, r = divmod(a, b)
            assert q * b + r == a and (a // b, a % b) == (q, r), (a, b)
            out.append((q, r))
    print(out[12:36])
    print(len(out), sum(q for q, _ in out) % 1000003, sum(r for _, r in out) % 1000003)
    big = -(2**62)
    print(divmod(big, -1), big // -1, big % -1, type(divmod(big, -1)[0]))
    print(divmod(-sys.maxsize - 1, -1), divmod(sys.maxsize, 2))
    print(divmod(True, 2), divmod(7, True), divmod(False, -3), divmod(True, True))


def mixed():
    print(divmod(7, 2.0), divmod(-7.5, 2), divmod(7, -0.5), divmod(2**70, 3.0))
    print(divmod(I(7), 2), type(divmod(I(7), 2)[0]), divmod(7, I(-2)))
    print(divmod(D(7), 2), divmod(7, D(2)), divmod(D(7), D(2)))
    print(divmod(7, F(2.0)), divmod(F(7.0), 2))
    print(divmod(5, Plain()))


def errors():
    cases = [
        (lambda: divmod(1, 0), ZeroDivisionError),
        (lambda: divmod(-(2**62), 0), ZeroDivisionError),
        (lambda: divmod(2**70, 0), ZeroDivisionError),
        (lambda: divmod(1.0, 0), ZeroDivisionError),
        (lambda: divmod(1, 0.0), ZeroDivisionError),
        (lambda: divmod(True, False), ZeroDivisionError),
        (lambda: divmod(1, "a"), TypeError),
        (lambda: divmod("a", 1), TypeError),
        (lambda: divmod(1j, 1), TypeError),
        (lambda: divmod(Plain(), 1), TypeError),
        (lambda: divmod(1), TypeError),
        (lambda: divmod(1, 2, 3), TypeError),
    ]
    for f, exc in cases:
        try:
            print(f())
        except exc as e:
            print(type(e).__name__, e)


small()
mixed()
errors()
