# `-x` of a small int is computed inline; the edges of the small-int range,
# bools, floats, big ints, overloads and errors take the generic path.


class Neg:
    def __neg__(self):
        return "negated"


class MyInt(int):
    def __neg__(self):
        return "MyInt neg"


def neg(x):
    return -x


for v in [0, 1, -1, 7, -7, 2**62 - 1, -(2**62), 2**62, -(2**62) - 1, 2**63, -(2**63), 2**100]:
    r = neg(v)
    print(r, type(r).__name__, neg(r) == v)
print(neg(True), neg(False), neg(1.5), neg(-0.0), neg(MyInt(3)), neg(Neg()), neg(3j))
sign = 1
total = 0
for i in range(10):
    total += i if sign == 1 else -i
    sign = -sign
print(total)
print(-(-(2**62)), -2**62, -(2**62) == -2**62)
for bad in ["s", None, [1]]:
    try:
        neg(bad)
    except TypeError as e:
        print(e)
