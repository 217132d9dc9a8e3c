# Arithmetic fast paths must overflow into big ints and respect subclasses
# of int and float that override operators.


def grow(n):
    x = 1
    for _ in range(n):
        x = x * 3 + 1
    return x


print(grow(10), grow(50), grow(100) % 1000003)
big = 2**62
print(big + big, big * 4, -big - big - big, (big + big) // 3)
print(4611686018427387903 + 1, -4611686018427387904 - 1)


def sum_range(n):
    s = 0
    for i in range(n):
        s += i * i * i * i
    return s


print(sum_range(2000), sum_range(100000) > 2**63)


class Loud(int):
    def __add__(self, other):
        return "Loud add"

    def __lt__(self, other):
        return "Loud lt"


class Half(float):
    def __mul__(self, other):
        return float(self) * other / 2


def add(a, b):
    return a + b


def lt(a, b):
    return a < b


def mul(a, b):
    return a * b


print(add(1, 2), add(Loud(1), 2), add(2, Loud(1)))
print(lt(1, 2), lt(Loud(5), 2))
print(mul(2.0, 3.0), mul(Half(2.0), 3.0), mul(3.0, Half(2.0)))
print(type(add(True, True)).__name__, add(True, 1.5), add(1, 2.5))
print(mul(1e308, 10.0), -mul(1e308, 10.0))
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(7 // -2, -7 % 3, 7.5 % -2, divmod(-7, 2), 2**-1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
