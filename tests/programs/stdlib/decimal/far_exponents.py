from decimal import Decimal as D, localcontext, ROUND_UP, ROUND_FLOOR

# Operands whose exponents are far apart: only rounding sees the small one.
print(D('1e-999999999') + 1, D(1) - D('1e-999999999'), D('1e999999') + D('1e-999999'))
print(D('0E-100') + D('1'), D('0E-100') + D('0E-5'), D('0') + D('1e-50'), D('-0') + D('-0'))
print(D('1.5') + D('0E+10'), D('123') + D('0.000'), D('5E+3') + D('0E-2'))
with localcontext() as ctx:
    ctx.rounding = ROUND_UP
    print(D('1') + D('1e-100'), D('-1') - D('1e-100'))
    ctx.rounding = ROUND_FLOOR
    print(D('1') - D('1'), D('1') - D('1e-100'), D('0') - D('0'))
    ctx.prec = 5
    print(D('12345') + D('0.5'), D('99999') + D('0.9'), D('1E+10') + D('1E-10'))
print(D('1e-30') * D('1e-30') + 1, D('3.000') + D('-3'), D('1.10') - D('0.1'))
