# Inline `+ - *` of a float and a small int (the int converts to the
# nearest float): big ints beyond 2**53 and beyond the small-int range,
# bools, int and float subclasses, signed zeros, infinities and NaN, in
# place and boxed forms all behave as in CPython.


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    __radd__ = __add__


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"

    __rmul__ = __mul__


ints = [0, 1, -1, 7, 2 ** 53 - 1, 2 ** 53 + 1, -(2 ** 53) - 3, 2 ** 61 + 12345,
        2 ** 62 - 1, -(2 ** 62), 2 ** 62 + 1, 10 ** 30, True, False, MyInt(3)]
floats = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("-inf"), float("nan"),
          0.1, MyFloat(2.0)]
for i in ints:
    for x in floats:
        print(repr(i), repr(x), repr(x + i), repr(i + x), repr(x - i), repr(i - x),
              repr(x * i), repr(i * x))


def simpson_like(a, h, n):
    total = 0.0
    for k in range(n):
        x = a + k * h
        total += x * x - k
        total -= 2 * x
    return total


print(simpson_like(0.5, 0.001, 1000))
acc = 0.25
for k in range(10):
    acc = acc * 3 + k
    acc -= k * 0.5
print(acc)
y = 5
y += 0.5
y *= 2
y -= 1
print(y)
