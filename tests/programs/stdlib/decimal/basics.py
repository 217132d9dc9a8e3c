from decimal import Decimal as D
import decimal

for text in ['3.14', '-0.000123', '1E+3', '1e-7', '0.0000001', '123456789012345678901234567890',
             '  42  ', '-0', '0.00', '+.5', '5.', '1_000.5', 'Infinity', '-inf', 'NaN', 'nan123',
             '1.23E-10', '12345E3', '0E-8']:
    d = D(text)
    print(repr(text), repr(d), str(d), d.as_tuple())
print(D(10), D(-7), D(0.1), D(2.5), D(-0.0), D(1e20), D(float('inf')))
print(D(D('1.5')), D((0, (3, 1, 4), -2)), D((1, (1, 0), 3)))

a, b = D('1.1'), D('2.2')
print(a + b, a - b, a * b, b / a, a / 3, D(1) / D(7), D(2) / D(3), D(10) / D(4))
print(D('1.30') + D('1.20'), D('1.3') * D('1.20'), D('100') / D('10'), D('1') / D('8'))
print(a + 1, 1 + a, 3 - a, a * 2, 2 / D(8), D(7) // 2, D(-7) // 2, D(7) % 3, D(-7) % 3,
      divmod(D(7), D('2.5')))
print(-a, +a, abs(D('-3.50')), D('0.1') + D('0.2') == D('0.3'), 0.1 + 0.2 == 0.3)
print(D(2) ** 10, D('1.1') ** 2, D(2) ** -2, D('0.5') ** 3)
print(D('9').sqrt(), D('2').sqrt(), D('0.25').sqrt())
print(sum([D('0.1')] * 10), D('1e30') + D('1'), D('9' * 28) + 1)

print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01')),
      D('2.665').quantize(D('0.01')), D('7.5').quantize(D('1')), D('8.5').quantize(D('1')),
      D('1.2345').quantize(D('0.001'), rounding=decimal.ROUND_UP),
      D('-1.5').quantize(D('1'), rounding=decimal.ROUND_HALF_UP), D('5').quantize(D('0.00')))
print(D('2.5').to_integral(), D('3.5').to_integral_value(), D('-2.7').to_integral(),
      D('2.7').to_integral(rounding=decimal.ROUND_DOWN), D('120').to_integral())
print(int(D('-3.9')), float(D('0.1')), round(D('2.5')), round(D('3.5')), round(D('2.567'), 2),
      round(D('-0.5')), D('3.7').__floor__(), D('3.2').__ceil__())
import math
print(math.floor(D('-3.5')), math.ceil(D('-3.5')), math.trunc(D('-3.5')))

print(D('1.0') == D('1'), D('1.0') == 1, D(1) == 1.0, D('0.1') == 0.1, D('0.5') == 0.5)
print(D('1.5') < 2, D('1.5') > D('1.49'), D('-1') < D('0'), 2 >= D('2.0'), D('1') < 1.5)
print(sorted([D('1.1'), D('-2'), D('0.5'), D('1E1')]), max(D('1'), D('1.0')), min(D(3), D(2)))
print(hash(D('1.5')) == hash(1.5), hash(D(7)) == hash(7), hash(D('0.1')), hash(D('-1')))
print(D('NaN') == D('NaN'), D('Infinity') > D('1E999'), D('-Infinity') < 0)
print(D('0.1').as_integer_ratio(), D('-2.50').as_integer_ratio(), D('1.20').adjusted(),
      D('0.001').adjusted(), D('1.5').is_signed(), D('0').is_zero(), D('NaN').is_nan())
print(D('123.4500').normalize(), D('0.00').normalize(), D('1E+2').normalize())
print('{:.2f}'.format(D('3.14159')), format(D('2.5'), '.0f'), f"{D('1.5')}", f"{D('-0.125'):.2f}")

ctx = decimal.getcontext()
print(ctx.prec, ctx.rounding, ctx)
ctx.prec = 6
print(D(1) / D(7), D('1.23456789') + 0, D(2).sqrt())
ctx.rounding = decimal.ROUND_DOWN
print(D(2) / D(3), -D(2) / D(3))
ctx.prec = 28
ctx.rounding = decimal.ROUND_HALF_EVEN
with decimal.localcontext() as lc:
    lc.prec = 3
    print(D('1.23456') * 1, lc.prec)
print(D('1.23456') * 1, decimal.getcontext().prec)
with decimal.localcontext(prec=4):
    print(D(1) / 3)
print(decimal.Context(prec=5).divide(D(1), D(3)), decimal.ExtendedContext.prec)
