"""Mathematical functions for complex numbers (cranepy's own version of
CPython's `cmath`).

The formulas are those of CPython's cmathmodule.c, evaluated with the same
libm functions (through `math` and complex `abs`, which is C's hypot), so
finite arguments give CPython's results, including the signs of zeros on
the branch cuts. Infinite and NaN parts get the IEEE results of those
formulas rather than CPython's special-value tables.
"""

import math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
           'e', 'exp', 'inf', 'infj', 'isclose', 'isfinite', 'isinf', 'isnan',
           'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar', 'rect',
           'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e+308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE_DOUBLE = _DBL_MAX / 4.0
_SQRT_LARGE_DOUBLE = math.sqrt(_LARGE_DOUBLE)
_LOG_LARGE_DOUBLE = math.log(_LARGE_DOUBLE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684


def _hypot(x, y):
    # C's hypot(), as complex abs() uses.
    return abs(complex(x, y))


def _arg(z):
    """z as a complex number, converted the way CPython's cmath does."""
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    t = type(z)
    if hasattr(t, '__complex__'):
        return t.__complex__(z)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(z) if hasattr(t, '__float__') else float(t.__index__(z)), 0.0)
    raise TypeError('must be real number, not %s' % t.__name__)


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int) or hasattr(type(x), '__float__') or hasattr(type(x), '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % type(x).__name__)


def _range_checked(r):
    if math.isinf(r.real) or math.isinf(r.imag):
        raise OverflowError('math range error')
    return r


def _finite(z):
    return math.isfinite(z.real) and math.isfinite(z.imag)


# ---------------------------------------------------------------- the c_* kernels

def _sqrt(z):
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax = math.fabs(z.real)
    ay = math.fabs(z.imag)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, _SCALE_UP)
        s = math.ldexp(math.sqrt(ax + _hypot(ax, math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, math.copysign(d, z.imag))
    return complex(d, math.copysign(s, z.imag))


def _log(z):
    ax = math.fabs(z.real)
    ay = math.fabs(z.imag)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        real = math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(_hypot(math.ldexp(ax, _DBL_MANT_DIG),
                                   math.ldexp(ay, _DBL_MANT_DIG))) - _DBL_MANT_DIG * _LN2
        else:
            raise ValueError('math domain error')
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, math.atan2(z.imag, z.real))


def _cosh(z):
    if math.fabs(z.real) > _LOG_LARGE_DOUBLE:
        x_minus_one = z.real - math.copysign(1.0, z.real)
        r = complex(math.cos(z.imag) * math.cosh(x_minus_one) * math.e,
                    math.sin(z.imag) * math.sinh(x_minus_one) * math.e)
    else:
        r = complex(math.cos(z.imag) * math.cosh(z.real),
                    math.sin(z.imag) * math.sinh(z.real))
    return _range_checked(r)


def _sinh(z):
    if math.fabs(z.real) > _LOG_LARGE_DOUBLE:
        x_minus_one = z.real - math.copysign(1.0, z.real)
        r = complex(math.cos(z.imag) * math.sinh(x_minus_one) * math.e,
                    math.sin(z.imag) * math.cosh(x_minus_one) * math.e)
    else:
        r = complex(math.cos(z.imag) * math.sinh(z.real),
                    math.sin(z.imag) * math.cosh(z.real))
    return _range_checked(r)


def _tanh(z):
    if math.fabs(z.real) > _LOG_LARGE_DOUBLE:
        return complex(math.copysign(1.0, z.real),
                       4.0 * math.sin(z.imag) * math.cos(z.imag)
                       * math.exp(-2.0 * math.fabs(z.real)))
    tx = math.tanh(z.real)
    ty = math.tan(z.imag)
    cx = 1.0 / math.cosh(z.real)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _asinh(z):
    if math.fabs(z.real) > _LARGE_DOUBLE or math.fabs(z.imag) > _LARGE_DOUBLE:
        big = math.log(_hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0
        if z.imag >= 0:
            real = math.copysign(big, z.real)
        else:
            real = -math.copysign(big, -z.real)
        return complex(real, math.atan2(z.imag, math.fabs(z.real)))
    s1 = _sqrt(complex(1.0 + z.imag, -z.real))
    s2 = _sqrt(complex(1.0 - z.imag, z.real))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def _acos(z):
    if math.fabs(z.real) > _LARGE_DOUBLE or math.fabs(z.imag) > _LARGE_DOUBLE:
        big = math.log(_hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0
        real = math.atan2(math.fabs(z.imag), z.real)
        if z.real < 0:
            imag = -math.copysign(big, z.imag)
        else:
            imag = math.copysign(big, -z.imag)
        return complex(real, imag)
    s1 = _sqrt(complex(1.0 - z.real, -z.imag))
    s2 = _sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * math.atan2(s1.real, s2.real),
                   math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def _acosh(z):
    if math.fabs(z.real) > _LARGE_DOUBLE or math.fabs(z.imag) > _LARGE_DOUBLE:
        return complex(math.log(_hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0,
                       math.atan2(z.imag, z.real))
    s1 = _sqrt(complex(z.real - 1.0, z.imag))
    s2 = _sqrt(complex(z.real + 1.0, z.imag))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * math.atan2(s1.imag, s2.real))


def _atanh(z):
    if z.real < 0.0:
        r = _atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    ay = math.fabs(z.imag)
    if z.real > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        h = _hypot(z.real / 2.0, z.imag / 2.0)
        return complex(z.real / 4.0 / h / h, -math.copysign(math.pi / 2.0, -z.imag))
    if z.real == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError('math domain error')
        return complex(-math.log(math.sqrt(ay) / math.sqrt(_hypot(ay, 2.0))),
                       math.copysign(math.atan2(2.0, -ay) / 2, z.imag))
    return complex(
        math.log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0,
        -math.atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0)


def _rotated(kernel, z):
    # f(z) = -i * g(i z) for the circular functions.
    r = kernel(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def _quot(a, b):
    """CPython's complex division, with its domain error for b == 0."""
    abs_breal = math.fabs(b.real)
    abs_bimag = math.fabs(b.imag)
    if abs_breal >= abs_bimag:
        if abs_breal == 0.0:
            raise ValueError('math domain error')
        ratio = b.imag / b.real
        denom = b.real + b.imag * ratio
        return complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
    if abs_bimag >= abs_breal:
        ratio = b.real / b.imag
        denom = b.real * ratio + b.imag
        return complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
    return complex(nan, nan)


# ---------------------------------------------------------------- the module's functions

def sqrt(z, /):
    """Return the square root of z."""
    return _sqrt(_arg(z))


def exp(z, /):
    """Return the exponential value e**z."""
    z = _arg(z)
    if z.real > _LOG_LARGE_DOUBLE:
        l = math.exp(z.real - 1.0)
        r = complex(l * math.cos(z.imag) * math.e, l * math.sin(z.imag) * math.e)
    else:
        l = math.exp(z.real)
        r = complex(l * math.cos(z.imag), l * math.sin(z.imag))
    if _finite(z):
        return _range_checked(r)
    return r


def log(x, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base (default e)."""
    r = _log(_arg(x))
    if base is not None:
        r = _quot(r, _log(_arg(base)))
    return r


def log10(z, /):
    """Return the base-10 logarithm of z."""
    r = _log(_arg(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def sin(z, /):
    """Return the sine of z."""
    return _rotated(_sinh, _arg(z))


def cos(z, /):
    """Return the cosine of z."""
    z = _arg(z)
    return _cosh(complex(-z.imag, z.real))


def tan(z, /):
    """Return the tangent of z."""
    return _rotated(_tanh, _arg(z))


def asin(z, /):
    """Return the arc sine of z."""
    return _rotated(_asinh, _arg(z))


def acos(z, /):
    """Return the arc cosine of z."""
    return _acos(_arg(z))


def atan(z, /):
    """Return the arc tangent of z."""
    return _rotated(_atanh, _arg(z))


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    return _sinh(_arg(z))


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    return _cosh(_arg(z))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    return _tanh(_arg(z))


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    return _asinh(_arg(z))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    return _acosh(_arg(z))


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    return _atanh(_arg(z))


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _arg(z)
    return math.atan2(z.imag, z.real)


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates."""
    z = _arg(z)
    try:
        r = abs(z)
    except OverflowError:
        raise OverflowError('math range error') from None
    return r, math.atan2(z.imag, z.real)


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if math.isinf(phi) and r != 0.0 and not math.isnan(r):
        raise ValueError('math domain error')
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite."""
    z = _arg(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _arg(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _arg(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _arg(a)
    b = _arg(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if (math.isinf(a.real) or math.isinf(a.imag)
            or math.isinf(b.real) or math.isinf(b.imag)):
        return False
    diff = abs(b - a)
    return (diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or (diff <= abs_tol)
