import decimal
from decimal import Decimal as D


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))


attempt(lambda: D('abc'))
attempt(lambda: D('1.2.3'))
attempt(lambda: D(''))
attempt(lambda: D('1e'))
attempt(lambda: D(1) / 0)
attempt(lambda: D(0) / 0)
attempt(lambda: D(5) // 0)
attempt(lambda: D('Infinity') - D('Infinity'))
attempt(lambda: D('NaN') < 1)
attempt(lambda: D('sNaN') + 1)
attempt(lambda: D('1.5').quantize(D('1e-30')))
attempt(lambda: D([1, 2]))
attempt(lambda: D(1 + 2j))
attempt(lambda: int(D('NaN')))
attempt(lambda: int(D('-Infinity')))
attempt(lambda: round(D('NaN')))
attempt(lambda: hash(D('sNaN')))
attempt(lambda: D('1E999999') * 10)
attempt(lambda: setattr(decimal.getcontext(), 'prec', 0))
attempt(lambda: D((2, (1,), 0)))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught:', type(e).__name__)
try:
    D('x')
except decimal.InvalidOperation as e:
    print('InvalidOperation caught', e.args)
ctx = decimal.getcontext()
ctx.traps[decimal.DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, ctx.flags[decimal.DivisionByZero])
ctx.traps[decimal.InvalidOperation] = False
print(D('junk'), D(0) / 0)
print(ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
print(D(1) / 3, ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
print(ctx)
ctx.clear_flags()
print(ctx)
print(D(1) / 0)
