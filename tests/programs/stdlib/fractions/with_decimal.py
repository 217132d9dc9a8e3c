from decimal import Decimal
from fractions import Fraction

print(Fraction(Decimal('1.47')), Fraction(Decimal('-0.125')), Fraction(Decimal(10)))
print(Fraction.from_decimal(Decimal('3.75')), Fraction.from_decimal(4))
for bad in [lambda: Fraction(Decimal('NaN')), lambda: Fraction(Decimal('-Infinity')),
            lambda: Fraction.from_decimal(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
