# sum, abs, round, divmod and pow
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(1, 101)))
print(sum([1, 2.5]), sum([True, True]), sum((x for x in range(5)), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 20))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(3.14159, 2), round(1234, -2), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, 0, 1), pow(5, -1, 7), pow(2.0, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __abs__(self):
        return Money(abs(self.cents))

    def __round__(self, n=None):
        return Money(round(self.cents, -2 if n is None else n))

    def __repr__(self):
        return f"Money({self.cents})"


print(abs(Money(-150)), round(Money(1249)), round(Money(1251), -1))
