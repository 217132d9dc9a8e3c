//! Python `float` text conversions: `repr`/`str`, the printf-style
//! `%f`/`%e`/`%g` renderings, `round(x, n)`, `float(str)` parsing and
//! `repr(complex)`.  All outputs match CPython 3.11 byte for byte; the digit
//! generation and layout live in [`super::dtoa`].

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Zero};

use super::chars::{is_ascii_space, to_ascii_number_text};
use super::dtoa::{Flags, Mode, digits, double_to_string};

/// `repr(x)`: the shortest string that round-trips, e.g. `1.0`, `0.1`,
/// `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    with_float_repr(x, str::to_owned)
}

/// `f(repr(x))`, without a `String` of its own when ryu's text is
/// already CPython's: the same shortest digits, and the same plain
/// notation for `-4 < decpt <= 16` (ryu also writes `0.0000…` for
/// `decpt == -4`, where CPython switches to `1e-05`, and its exponents
/// lack CPython's sign and two digits).
#[inline]
pub fn with_float_repr<R>(x: f64, f: impl FnOnce(&str) -> R) -> R {
    if x.is_finite() {
        let mut buf = ryu::Buffer::new();
        let s = buf.format_finite(x);
        let unsigned = s.strip_prefix('-').unwrap_or(s);
        if !unsigned.starts_with("0.0000") && !unsigned.as_bytes().contains(&b'e') {
            return f(s);
        }
    }
    f(&float_repr_laid_out(x))
}

/// `float_repr` by `double_to_string`'s layout (exponents, `nan`, `inf`).
#[cold]
pub(super) fn float_repr_laid_out(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        Flags {
            add_dot_0: true,
            ..Flags::default()
        },
    )
}

/// `str(x)`, which is the same as `repr(x)` in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `'%.{prec}f' % x`: exactly rounded (half-even on the exact binary value).
/// Precisions above `i32::MAX` are clamped (CPython rejects them earlier).
pub fn format_float_fixed(x: f64, prec: usize) -> String {
    double_to_string(x, 'f', prec, Flags::default())
}

/// `'%.{prec}e' % x` (or `%E` when `upper`), e.g. `1.500000e+00`.
pub fn format_float_exp(x: f64, prec: usize, upper: bool) -> String {
    double_to_string(x, if upper { 'E' } else { 'e' }, prec, Flags::default())
}

/// `'%.{prec}g' % x` (`%G` when `upper`, `%#g` when `alternate`).
pub fn format_float_general(x: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let flags = Flags {
        alt: alternate,
        ..Flags::default()
    };
    double_to_string(x, if upper { 'G' } else { 'g' }, prec, flags)
}

/// `round(x, ndigits)` for a float.  Infinities and NaNs are returned
/// unchanged; if the correctly rounded result overflows (CPython raises
/// `OverflowError`), the infinity of the same sign is returned — use
/// [`round_float_checked`] to detect that case.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    match round_float_checked(x, ndigits) {
        Ok(v) => v,
        Err(_) => f64::INFINITY.copysign(x),
    }
}

/// Like [`round_float`], but reports the overflow that CPython raises as
/// `OverflowError("rounded value too large to represent")`.
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, String> {
    // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        let dec = digits(x, Mode::Fixed(ndigits as usize));
        if dec.is_zero() {
            return Ok(0.0f64.copysign(x));
        }
        let exp = dec.decpt - dec.digits.len() as i64;
        let mut s: String = dec.digits.iter().map(|&b| b as char).collect();
        s.push('e');
        s.push_str(&exp.to_string());
        s
    } else {
        let q = round_to_power_of_ten(x.abs(), (-ndigits) as u32);
        if q.is_zero() {
            return Ok(0.0f64.copysign(x));
        }
        format!("{q}e{}", -ndigits)
    };
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v.copysign(x)),
        _ => Err("rounded value too large to represent".to_string()),
    }
}

/// The integer mantissa and binary exponent of a finite `x`, sign
/// ignored: `|x| == m * 2**e` exactly (subnormals included).
pub fn mantissa_exponent(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// `round_half_even(x / 10**k)` computed exactly for a finite `x >= 0`.
fn round_to_power_of_ten(x: f64, k: u32) -> BigUint {
    let (mantissa, exp) = mantissa_exponent(x);
    let ten_k = BigUint::from(10u32).pow(k);
    let (num, den) = if exp >= 0 {
        (BigUint::from(mantissa) << (exp as u64), ten_k)
    } else {
        (BigUint::from(mantissa), ten_k << ((-exp) as u64))
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigUint::one();
    }
    q
}

/// `float(s)` for a `str` argument: `None` where CPython raises
/// `ValueError("could not convert string to float: ...")`.
///
/// Accepts surrounding whitespace (Unicode whitespace included), Unicode
/// decimal digits, a sign, `inf`/`infinity`/`nan` in any case, and `_`
/// only between two digits.  Out-of-range values become `inf` or `0.0`.
pub fn parse_float(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    // The commonest text, plain `digits[.digits]` (`"1.25"`, a field of a
    // parsed record), first: `short_decimal` accepts nothing else (no
    // sign, space, underscore or non-ASCII byte), so no scan of the text
    // for those is needed.
    if let Some(x) = short_decimal(b) {
        return Some(x);
    }
    // ASCII text without underscores is parsed as it is (no copy).
    if s.is_ascii() && !b.contains(&b'_') {
        return parse_ascii_float(b);
    }
    let mut buf = to_ascii_number_text(s)?;
    if buf.contains(&b'_') {
        buf = strip_underscores(&buf)?;
    }
    parse_ascii_float(&buf)
}

/// `parse_float` of text already made ASCII, without underscores.
fn parse_ascii_float(buf: &[u8]) -> Option<f64> {
    let start = buf.iter().position(|&b| !is_ascii_space(b))?;
    let end = buf.iter().rposition(|&b| !is_ascii_space(b))? + 1;
    let text = &buf[start..end];
    let (negative, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = if let Some(x) = short_decimal(body) {
        x
    } else if is_decimal_literal(body) {
        std::str::from_utf8(body).ok()?.parse::<f64>().ok()?
    } else if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `digits[.digits]` with at most 15 digits in all (`1.75`, `42`,
/// `0.125`): the digits as an integer `m < 10**15 < 2**53` and the
/// divisor `10**k` (`k <= 15`) are both exact doubles, so one division
/// gives the correctly rounded value (Clinger's fast path). None for
/// anything else, which the general parser handles.
fn short_decimal(body: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    if body.is_empty() || body.len() > 16 {
        return None;
    }
    let mut m: u64 = 0;
    let mut point = None;
    for (i, &c) in body.iter().enumerate() {
        match c {
            b'0'..=b'9' => m = m * 10 + u64::from(c - b'0'),
            b'.' if point.is_none() => point = Some(i),
            _ => return None,
        }
    }
    let digits = body.len() - usize::from(point.is_some());
    if digits == 0 || digits > 15 {
        return None;
    }
    let frac = point.map_or(0, |p| body.len() - p - 1);
    Some(m as f64 / POW10[frac])
}

/// `_Py_string_to_number_with_underscores`: every `_` must sit between two
/// ASCII digits; returns the text without them.
fn strip_underscores(buf: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(buf.len());
    let mut prev = 0u8;
    for &b in buf {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// `digits [. digits] | . digits`, then an optional `e[+-]digits`.
fn is_decimal_literal(s: &[u8]) -> bool {
    let int_len = s.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = int_len;
    let mut frac_len = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        frac_len = s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        i += frac_len;
    }
    if int_len + frac_len == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_len = s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if exp_len == 0 {
            return false;
        }
        i += exp_len;
    }
    i == s.len()
}

/// `repr(complex(re, im))`, e.g. `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`,
/// `1e+20j`.  The real part is omitted only when it is `+0.0`.
pub fn format_complex_repr(re: f64, im: f64) -> String {
    let plain = Flags::default();
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, 'r', 0, plain);
        s.push('j');
        s
    } else {
        let signed = Flags {
            sign: true,
            ..plain
        };
        format!(
            "({}{}j)",
            double_to_string(re, 'r', 0, plain),
            double_to_string(im, 'r', 0, signed)
        )
    }
}

/// Correctly rounded conversion of an integer to a float (`float(int)`),
/// `None` when CPython raises `OverflowError("int too large to convert to
/// float")`.
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let x = num_traits::ToPrimitive::to_f64(v)?;
    x.is_finite().then_some(x)
}
