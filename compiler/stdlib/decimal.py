"""Decimal fixed- and floating-point arithmetic, the basics (cranepy's own
version of CPython's `decimal`).

A finite Decimal is (sign, coefficient digits, exponent); infinities and
NaNs use the exponents 'F', 'n' and 'N' as CPython's `as_tuple()` shows.
Results are rounded to the context's precision with its rounding mode, as
the General Decimal Arithmetic specification says. Covered: construction
from str/int/float, str/repr, + - * / // % and unary operations, abs,
comparisons, hashing, quantize, to_integral*, as_tuple, int/float/round,
and contexts (getcontext, setcontext, localcontext, Context). Subnormal
results and the Emin/clamp rules are not modelled.
"""

import math
import numbers

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
           'Underflow', 'FloatOperation', 'DivisionImpossible', 'DivisionUndefined',
           'ConversionSyntax', 'InvalidContext', 'getcontext', 'setcontext',
           'localcontext', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals a context has flags and traps for, in CPython's order.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]
# The order Context.__repr__ lists signals in (libmpdec's flag bits).
_REPR_ORDER = [InvalidOperation, Clamped, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# Conditions raise as the signal they belong to.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---------------------------------------------------------------- contexts

class Context:
    """Precision, rounding, exponent limits and the flags and traps of signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_context if '_default_context' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else \
            (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = [s for s in _SIGNALS if base and base.traps[s]] if base else \
                [InvalidOperation, DivisionByZero, Overflow]
        if not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        self.traps = {s: bool(traps.get(s, False)) for s in _SIGNALS}
        if flags is None:
            flags = []
        if not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.flags = {s: bool(flags.get(s, False)) for s in _SIGNALS}

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                            self.capitals, self.clamp, ', '.join(flags),
                                            ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition):
        """Records `condition`; raises it when its signal is trapped."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)


class _ContextHolder:
    current = None


def getcontext():
    """The current context (a copy of DefaultContext until one is set)."""
    if _ContextHolder.current is None:
        _ContextHolder.current = _default_context.copy()
    return _ContextHolder.current


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is _default_context or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _ContextHolder.current = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (or the current context)."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for name, value in kwargs.items():
        setattr(manager.new_context, name, value)
    return manager


# ---------------------------------------------------------------- Decimal

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)."""

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


def _from_triple(sign, coefficient, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coefficient
    d._exp = exp
    d._is_special = exp in ('F', 'n', 'N')
    return d


def _parse(text):
    """(sign, digits, exponent) of a numeric string, or None."""
    s = text.strip().replace('_', '') if '_' not in text.strip()[:1] else None
    if not s or '__' in text:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, '0', 'F'
    for prefix, code in (('snan', 'N'), ('nan', 'n')):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, str(int(payload)) if payload and int(payload) else '', code
    mantissa, e, exponent = lower.partition('e')
    if e:
        body = exponent[1:] if exponent[:1] in '+-' else exponent
        if not body.isdigit():
            return None
        exp = int(exponent)
    else:
        exp = 0
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    digits = (whole + frac).lstrip('0') or '0'
    return sign, str(int(digits)), exp - len(frac)


def _convert(other, raise_error=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        getcontext().flags[FloatOperation] = True
        return Decimal.from_float(other)
    if raise_error:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


class Decimal:
    """A decimal number: Decimal('3.14'), Decimal(10), Decimal(0.5)."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            sign, coefficient, exp = value._sign, value._int, value._exp
        elif isinstance(value, int):
            sign = 1 if value < 0 else 0
            coefficient, exp = str(abs(value)), 0
        elif isinstance(value, float):
            d = Decimal.from_float(value)
            sign, coefficient, exp = d._sign, d._int, d._exp
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                (context or getcontext())._raise(ConversionSyntax)
                sign, coefficient, exp = 0, '', 'n'
            else:
                sign, coefficient, exp = parsed
        elif isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            coefficient = ''.join(str(d) for d in digits).lstrip('0') or \
                ('' if exp in ('n', 'N') else '0')
            if exp == 'F':
                coefficient = '0'
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        self = object.__new__(cls)
        self._sign = sign
        self._int = coefficient
        self._exp = exp
        self._is_special = exp in ('F', 'n', 'N')
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        sign = 0 if math.copysign(1.0, f) == 1.0 else 1
        if math.isinf(f):
            d = _from_triple(sign, '0', 'F')
        elif math.isnan(f):
            d = _from_triple(0, '', 'n')
        else:
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _from_triple(sign, str(n * 5 ** k), -k)
        return d if cls is Decimal else cls(d)

    # Classification.

    def _isnan(self):
        return 2 if self._exp == 'N' else 1 if self._exp == 'n' else 0

    def _isinfinity(self):
        return (-1 if self._sign else 1) if self._exp == 'F' else 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_snan(self):
        return self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def __bool__(self):
        return self._is_special or self._int != '0'

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + len(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in self._int)
        if self._exp == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = int(self._int)
        if self._exp >= 0:
            return (-1) ** self._sign * n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = math.gcd(n, d)
        return (-1) ** self._sign * (n // g), d // g

    # Text.

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ['e', 'E'][capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if spec == '':
            return str(self)
        if spec[-1:] == 'f' and not self._is_special:
            width, _, places = spec[:-1].partition('.')
            q = self._rescale(-int(places or 6), getcontext().rounding)
            digits = q._int.rjust(-q._exp + 1, '0') if q._exp < 0 else q._int + '0' * q._exp
            text = digits[:len(digits) + q._exp] + '.' + digits[len(digits) + q._exp:] \
                if q._exp < 0 else digits
            text = ('-' if q._sign else '') + text
            return format(text, '>' + width) if width else text
        return format(str(self), spec)

    # Rounding.

    def _round(self, digits, rounding):
        """+1 when the coefficient cut to `digits` digits must be incremented."""
        rest = self._int[digits:]
        if rounding in (ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP):
            if rest.strip('0') == '':
                return 0
            if rounding == ROUND_DOWN:
                return -1
            if rounding == ROUND_UP:
                return 1
            if rounding == ROUND_CEILING:
                return -1 if self._sign else 1
            if rounding == ROUND_FLOOR:
                return 1 if self._sign else -1
            return 1 if digits and self._int[digits - 1] in '05' else -1
        first = rest[:1]
        exact_half = first == '5' and rest[1:].strip('0') == ''
        if exact_half:
            if rounding == ROUND_HALF_DOWN:
                return -1
            if rounding == ROUND_HALF_EVEN and (digits == 0 or self._int[digits - 1] in '02468'):
                return -1
            return 1
        if first in ('6', '7', '8', '9', '5'):
            return 1
        return 0 if rest.strip('0') == '' else -1

    def _fix(self, context):
        """Rounds to the context's precision, signalling Inexact/Rounded/Overflow."""
        if self._is_special:
            return self
        prec = context.prec
        if self._int == '0':
            exp = max(min(self._exp, context.Emax), context.Emin - prec + 1)
            return self if exp == self._exp else _from_triple(self._sign, '0', exp)
        exp_min = len(self._int) + self._exp - prec
        ans = self
        if exp_min > self._exp:
            changed = self._round(prec, context.rounding)
            coefficient = self._int[:prec] or '0'
            if changed > 0:
                coefficient = str(int(coefficient) + 1)
                if len(coefficient) > prec:
                    coefficient = coefficient[:-1]
                    exp_min += 1
            ans = _from_triple(self._sign, coefficient, exp_min)
            if changed:
                context._raise(Inexact)
            context._raise(Rounded)
        if ans.adjusted() > context.Emax:
            context._raise(Inexact)
            context._raise(Rounded)
            context._raise(Overflow)
            return _from_triple(ans._sign, '0', 'F')
        return ans

    def _rescale(self, exp, rounding):
        if self._is_special:
            return self
        if self._int == '0':
            return _from_triple(self._sign, '0', exp)
        if self._exp >= exp:
            return _from_triple(self._sign, self._int + '0' * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        this = self
        if digits < 0:
            this = _from_triple(self._sign, '1', exp - 1)
            digits = 0
        changed = this._round(digits, rounding)
        coefficient = this._int[:digits] or '0'
        if changed == 1:
            coefficient = str(int(coefficient) + 1)
        return _from_triple(self._sign, coefficient, exp)

    def quantize(self, exp, rounding=None, context=None):
        """This value rounded to the exponent of `exp`."""
        exp = _convert(exp, raise_error=True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special or exp._is_special:
            if self.is_nan() or exp.is_nan():
                return self._nan_result(exp, context)
            if self.is_infinite() and exp.is_infinite():
                return Decimal(self)
            context._raise(InvalidOperation)
            return _from_triple(0, '', 'n')
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax or len(ans._int) > context.prec:
            context._raise(InvalidOperation)
            return _from_triple(0, '', 'n')
        if ans._exp > self._exp:
            if ans != self:
                context._raise(Inexact)
            context._raise(Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if self._is_special or self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or (context or getcontext()).rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if self._is_special or self._exp >= 0:
            return Decimal(self)
        context = context or getcontext()
        ans = self._rescale(0, rounding or context.rounding)
        if ans != self:
            context._raise(Inexact)
        context._raise(Rounded)
        return ans

    def normalize(self, context=None):
        context = context or getcontext()
        d = self._fix(context)
        if d._is_special or d._int == '0':
            return _from_triple(d._sign, '0', 0) if not d._is_special else d
        coefficient = d._int.rstrip('0')
        return _from_triple(d._sign, coefficient, d._exp + len(d._int) - len(coefficient))

    # Arithmetic.

    def _nan_result(self, other, context):
        for d in (self, other):
            if d is not None and d._exp == 'N':
                context._raise(InvalidOperation)
                return _from_triple(d._sign, d._int, 'n')
        for d in (self, other):
            if d is not None and d._exp == 'n':
                return d
        return None

    def _specials(self, other, context):
        if self._is_special or other._is_special:
            return self._nan_result(other, context)
        return None

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self.is_infinite():
                if other.is_infinite() and self._sign != other._sign:
                    context._raise(InvalidOperation)
                    return _from_triple(0, '', 'n')
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        if not self or not other:
            # x + 0: x at the smaller exponent, but no more digits than rounding needs.
            if self or other:
                x = self if self else other
                exp = max(exp, x._exp - context.prec - 1)
                return x._rescale(exp, context.rounding)._fix(context)
            a = b = 0
        else:
            hi, lo = (self, other) if self._exp >= other._exp else (other, self)
            # A far smaller operand only matters as a sticky digit for rounding.
            floor_exp = hi._exp + min(-1, len(hi._int) - context.prec - 2)
            if len(lo._int) + lo._exp - 1 < floor_exp:
                lo = _from_triple(lo._sign, '1', floor_exp)
                exp = floor_exp
            a = int(hi._int) * 10 ** (hi._exp - exp) * (-1 if hi._sign else 1)
            b = int(lo._int) * 10 ** (lo._exp - exp) * (-1 if lo._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or \
                (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return _from_triple(sign, '0', exp)._fix(context)
        return _from_triple(1 if total < 0 else 0, str(abs(total)), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if (self.is_infinite() and not other) or (other.is_infinite() and not self):
                context._raise(InvalidOperation)
                return _from_triple(0, '', 'n')
            return _from_triple(sign, '0', 'F')
        product = int(self._int) * int(other._int)
        return _from_triple(sign, str(product), self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite():
                context._raise(InvalidOperation)
                return _from_triple(0, '', 'n')
            if self.is_infinite():
                return _from_triple(sign, '0', 'F')
            return _from_triple(sign, '0', context.Emin - context.prec + 1)
        if not other:
            if not self:
                context._raise(DivisionUndefined)
                return _from_triple(0, '', 'n')
            context._raise(DivisionByZero)
            return _from_triple(sign, '0', 'F')
        if not self:
            exp = self._exp - other._exp
            coefficient = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            a, b = int(self._int), int(other._int)
            if shift >= 0:
                coefficient, remainder = divmod(a * 10 ** shift, b)
            else:
                coefficient, remainder = divmod(a, b * 10 ** -shift)
            if remainder:
                # Inexact: make sure the rounding digit is not a false 0 or 5.
                if coefficient % 5 == 0:
                    coefficient += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coefficient % 10 == 0:
                    coefficient //= 10
                    exp += 1
        return _from_triple(sign, str(coefficient), exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide_integer(self, other, context):
        """(quotient truncated toward zero, remainder) of finite operands."""
        sign = self._sign ^ other._sign
        exp = min(self._exp, other._exp)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            context._raise(DivisionImpossible)
            nan = _from_triple(0, '', 'n')
            return nan, nan
        quotient = _from_triple(sign, str(q), 0)
        remainder = _from_triple(self._sign, str(r), exp)._fix(context)
        return quotient, remainder

    def _integer_division_checked(self, other, context):
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan, nan
            context._raise(InvalidOperation)
            nan = _from_triple(0, '', 'n')
            return nan, nan
        if not other:
            if not self:
                context._raise(DivisionUndefined)
            else:
                context._raise(DivisionByZero)
            nan = _from_triple(0, '', 'n')
            return nan, nan
        return self._divide_integer(other, context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._integer_division_checked(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if not other and not other._is_special and not self._is_special:
            if not self:
                context._raise(DivisionUndefined)
            else:
                context._raise(InvalidOperation)
            return _from_triple(0, '', 'n')
        return self._integer_division_checked(other, context)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._integer_division_checked(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        integral = not other._is_special and (
            other._exp >= 0 or other._int[other._exp:].strip('0') == '')
        if self._is_special or not integral:
            # Not exact: only an approximation of CPython's correctly rounded result.
            return Decimal(float(self) ** float(other))._fix(context)
        n = int(other)
        if n >= 0:
            if n == 0:
                return _from_triple(0, '1', 0)
            # Exact while the coefficient stays small; rounded at the end.
            exact = _from_triple(self._sign if n % 2 else 0, str(int(self._int) ** n),
                                 self._exp * n)
            return exact._fix(context)
        if not self:
            context._raise(DivisionByZero)
            return _from_triple(self._sign if (-n) % 2 else 0, '0', 'F')
        positive = _from_triple(self._sign if (-n) % 2 else 0, str(int(self._int) ** -n),
                                self._exp * -n)
        with localcontext(context) as wide:
            wide.prec = context.prec + 3
            wide.traps = {s: False for s in _SIGNALS}
            inverse = _from_triple(0, '1', 0).__truediv__(positive, context=wide)
        return inverse._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def copy_negate(self):
        return _from_triple(1 - self._sign, self._int, self._exp)

    def copy_abs(self):
        return _from_triple(0, self._int, self._exp)

    def copy_sign(self, other):
        other = _convert(other, raise_error=True)
        return _from_triple(other._sign, self._int, self._exp)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return self._nan_result(None, context) or self.copy_negate()
        if not self and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return self._nan_result(None, context) or Decimal(self)
        if not self and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return self._nan_result(None, context) or Decimal(self)
        if self._sign and self:
            context._raise(InvalidOperation)
            return _from_triple(0, '', 'n')
        if not self:
            return _from_triple(self._sign, '0', self._exp // 2)
        prec = context.prec + 1
        # Scale so the integer square root carries prec digits.
        e = self._exp
        c = int(self._int)
        shift = prec - (len(self._int) + 1) // 2
        if (e - 2 * shift) % 2:
            shift += 1
        if shift >= 0:
            c *= 10 ** (2 * shift)
        else:
            c //= 10 ** (-2 * shift)
        root = math.isqrt(c)
        exact = root * root == c
        exp = (e - 2 * shift) // 2
        if exact:
            ideal = e // 2
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        elif root % 5 == 0:
            root += 1
        return _from_triple(0, str(root), exp)._fix(context)

    # Comparisons and hashing.

    def _cmp(self, other):
        """-1, 0 or 1 for finite or infinite (not NaN) operands."""
        if self._is_special or other._is_special:
            a, b = self._isinfinity(), other._isinfinity()
            if a == b:
                return 0
            if a or b:
                sa = a if a else (0 if not self else (-1 if self._sign else 1) * 0.5)
                sb = b if b else (0 if not other else (-1 if other._sign else 1) * 0.5)
                return (sa > sb) - (sa < sb)
        if not self and not other:
            return 0
        exp = min(self._exp, other._exp)
        a = int(self._int) * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = int(other._int) * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        return (a > b) - (a < b)

    def _compare_operand(self, other, equality):
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            if not equality or self.is_snan() or other.is_snan():
                getcontext()._raise(InvalidOperation)
            return None
        return other

    def __eq__(self, other):
        other = self._compare_operand(other, True)
        if other is NotImplemented or other is None:
            return False if other is None else other
        return self._cmp(other) == 0

    def __lt__(self, other):
        other = self._compare_operand(other, False)
        if other is NotImplemented or other is None:
            return False if other is None else other
        return self._cmp(other) < 0

    def __le__(self, other):
        other = self._compare_operand(other, False)
        if other is NotImplemented or other is None:
            return False if other is None else other
        return self._cmp(other) <= 0

    def __gt__(self, other):
        other = self._compare_operand(other, False)
        if other is NotImplemented or other is None:
            return False if other is None else other
        return self._cmp(other) > 0

    def __ge__(self, other):
        other = self._compare_operand(other, False)
        if other is NotImplemented or other is None:
            return False if other is None else other
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        other = _convert(other, raise_error=True)
        if self.is_nan() or other.is_nan():
            return self._nan_result(other, context or getcontext())
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, raise_error=True)
        return (self if self._cmp(other) >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, raise_error=True)
        return (self if self._cmp(other) <= 0 else other)._fix(context or getcontext())

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = int(self._int) * exp_hash % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # Conversions.

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._is_special:
            return self.__int__()
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            return self.__int__()
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_from_triple(0, '1', -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


numbers.Number.register(Decimal)

_default_context = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                           traps=[DivisionByZero, Overflow, InvalidOperation])
DefaultContext = _default_context
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
