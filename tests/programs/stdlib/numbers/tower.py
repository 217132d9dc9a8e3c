import numbers
from decimal import Decimal
from fractions import Fraction

values = [1, True, 2.5, 1j, Fraction(1, 3), Decimal('1.5'), 'x', None]
for v in values:
    print(repr(v), [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real,
                                             numbers.Rational, numbers.Integral)
                    if isinstance(v, cls)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational),
      issubclass(Fraction, numbers.Number), issubclass(numbers.Integral, numbers.Complex))


class Money(numbers.Rational):
    def __init__(self, cents):
        self.cents = cents

    numerator = property(lambda self: self.cents)
    denominator = property(lambda self: 100)

    def __repr__(self):
        return 'Money(%d)' % self.cents


for name in sorted(Money.__abstractmethods__)[:5]:
    print(name)
try:
    Money(5)
except TypeError as e:
    print('TypeError', str(e).split(' with ')[0])


class Exact(numbers.Integral):
    pass


print(sorted(Exact.__abstractmethods__) == sorted(set(Exact.__abstractmethods__)))
print(Fraction(2, 4) + 1, numbers.Integral.register(bool) is bool)
