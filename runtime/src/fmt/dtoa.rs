//! The float-to-decimal engine shared by every float formatter: correctly
//! rounded decimal digit generation (the three `_Py_dg_dtoa` modes that
//! CPython uses) and the layout of those digits into text exactly as
//! CPython's `PyOS_double_to_string` / `format_float_short` does it.
//!
//! Digits come from `ryu` (shortest round-trip) and from Rust's own
//! `{:.N}` / `{:.Ne}` formatting, which works on the exact binary value and
//! rounds half-to-even, like David Gay's `dtoa` in CPython.  The test suite
//! cross-checks both against a big-integer reference implementation.

/// How many digits `_Py_dg_dtoa` should produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Mode 0: the shortest digit string that reads back to the same double.
    Shortest,
    /// Mode 2: at most `n` significant digits (`n >= 1`), correctly rounded.
    Significant(usize),
    /// Mode 3: correctly rounded to `n` digits after the decimal point.
    Fixed(usize),
}

/// More significant digits than any double's exact decimal expansion has
/// (at most 767), so asking for this many never rounds.
const MAX_SIG_DIGITS: usize = 800;
/// More fractional digits than any double's exact expansion has (1074).
const MAX_FRAC_DIGITS: usize = 1100;

/// Decimal digits of a finite, non-negative double: the value is
/// `0.d1d2d3... * 10**decpt`.  `digits` has no leading or trailing zeros,
/// except that a zero result is `"0"` with `decpt == 1`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

impl Decimal {
    pub fn is_zero(&self) -> bool {
        self.digits == b"0"
    }
}

/// Parses text of the form `ddd[.ddd][e[-]ddd]` (as produced by `ryu` and
/// by Rust's float formatting) into normalized digits.
fn parse_plain(text: &str) -> Decimal {
    // (Byte scans: the text is ASCII, and a `char`-pattern split costs a
    // searcher per call.)
    let b = text.as_bytes();
    let (mant, exp) = match b.iter().position(|&c| c == b'e' || c == b'E') {
        Some(i) => (&b[..i], text[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (b, 0),
    };
    let int_len = mant.iter().position(|&c| c == b'.').unwrap_or(mant.len());
    let all = mant.iter().copied().filter(|&c| c != b'.');
    let lead = all.clone().take_while(|&c| c == b'0').count();
    let mut digits: Vec<u8> = Vec::with_capacity(mant.len() - lead);
    digits.extend(all.skip(lead));
    let Some(last) = digits.iter().rposition(|&c| c != b'0') else {
        return Decimal {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    };
    digits.truncate(last + 1);
    Decimal {
        digits,
        decpt: int_len as i64 + exp - lead as i64,
    }
}

/// Correctly rounded decimal digits of `|x|` (which must be finite).
pub fn digits(x: f64, mode: Mode) -> Decimal {
    let x = x.abs();
    match mode {
        Mode::Shortest => {
            let mut buf = ryu::Buffer::new();
            parse_plain(buf.format_finite(x))
        }
        Mode::Significant(n) => {
            let n = n.clamp(1, MAX_SIG_DIGITS);
            parse_plain(&format!("{:.*e}", n - 1, x))
        }
        Mode::Fixed(n) => {
            if let Some(d) = fixed_exact(x, n) {
                return d;
            }
            if let Some(d) = fixed_from_shortest(x, n) {
                return d;
            }
            parse_plain(&format!("{:.*}", n.min(MAX_FRAC_DIGITS), x))
        }
    }
}

/// Mode 3 in 128-bit integers for `n <= 19` and `x < 2**64`: with
/// `x = m * 2**e` (`m < 2**53`), `x * 10**n = m * 10**n * 2**e` is exact
/// below 2**127, so shifting out `-e` bits and rounding the remainder half
/// to even gives the correctly rounded integer `round(x * 10**n)`.
fn fixed_exact(x: f64, n: usize) -> Option<Decimal> {
    let q = fixed_scaled(x, n)?;
    if q == 0 {
        return Some(Decimal {
            digits: b"0".to_vec(),
            decpt: 1,
        });
    }
    let text = match u64::try_from(q) {
        Ok(small) => small.to_string(),
        Err(_) => q.to_string(),
    };
    let decpt = text.len() as i64 - n as i64;
    let mut digits = text.into_bytes();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some(Decimal { digits, decpt })
}

/// `round(|x| * 10**n)` (half to even, on the exact binary value) when it
/// can be computed in 128-bit integers (see `fixed_exact`).
fn fixed_scaled(x: f64, n: usize) -> Option<u128> {
    if n > 19 || !x.is_finite() {
        return None;
    }
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // Below 2**53 * 10**19 < 2**117.
    let scaled = u128::from(m) * 10u128.pow(n as u32);
    Some(if e >= 0 {
        if e > 10 {
            return None;
        }
        scaled << e
    } else if -e >= 127 {
        // scaled / 2**-e < 2**-10: rounds to zero.
        0
    } else {
        let k = (-e) as u32;
        let q = scaled >> k;
        let rest = scaled & ((1u128 << k) - 1);
        let half = 1u128 << (k - 1);
        if rest > half || (rest == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    })
}

/// `|x|` with exactly `n` (1 to 19) digits after the point, correctly
/// rounded (`PyOS_double_to_string(x, 'f', n, 0)` without the sign),
/// written at the end of `buf` without allocating; None when the value
/// needs the general path (not finite, or too large). The bool says
/// whether the rounded value is zero.
pub fn fixed_point(buf: &mut [u8; 48], x: f64, n: usize) -> Option<(&str, bool)> {
    if n == 0 {
        return None;
    }
    let q = u64::try_from(fixed_scaled(x, n)?).ok()?;
    let mut pos = buf.len();
    let mut rest = q;
    // The fraction digits, then the point, then at least one integer digit.
    for _ in 0..n {
        pos -= 1;
        buf[pos] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    pos -= 1;
    buf[pos] = b'.';
    loop {
        pos -= 1;
        buf[pos] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    Some((super::ascii_str(&buf[pos..]), q == 0))
}

/// Mode 3 without big-number arithmetic when the shortest repr already
/// has at most `n` fractional digits and `x * 10**n < 2**52`: then the
/// spacing of doubles near `x` is below `10**-n`, so the exact value is
/// within half of `10**-n` of the shortest repr, which is therefore also
/// the correctly rounded `n`-digit result.
fn fixed_from_shortest(x: f64, n: usize) -> Option<Decimal> {
    const LIMIT: f64 = 4.0e15; // below 2**52
    if n > 15 || !x.is_finite() || x * 10f64.powi(n as i32) >= LIMIT {
        return None;
    }
    let d = digits(x, Mode::Shortest);
    (d.digits.len() as i64 - d.decpt <= n as i64).then_some(d)
}

/// Largest precision CPython accepts (`INT_MAX`); larger ones are clamped.
pub const MAX_PRECISION: usize = i32::MAX as usize;

/// Options of `PyOS_double_to_string` (its `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    /// `Py_DTSF_SIGN`: always emit a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral results look like floats.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` alternate form (keep trailing zeros and point).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, drop the sign of a zero result.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`.  `code` is one of
/// `e E f F g G r` (`r` is repr; its precision is ignored).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: Flags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    // CPython rejects precisions above INT_MAX before getting here.
    let precision = precision.min(MAX_PRECISION);
    let (mode, precision) = match code {
        'e' => (Mode::Significant(precision + 1), precision + 1),
        'f' => (Mode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 17),
    };
    let mut out = String::new();
    if x.is_nan() || x.is_infinite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let dec = digits(x, mode);
    let negative = x.is_sign_negative() && !(flags.no_neg_0 && dec.is_zero());
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    layout(&mut out, &dec, code, precision as i64, flags, upper);
    out
}

/// The digit layout part of CPython's `format_float_short`.
fn layout(out: &mut String, dec: &Decimal, code: char, precision: i64, flags: Flags, upper: bool) {
    let digits = &dec.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = dec.decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    // (Pushes into the room reserved below: no `Extend<char>` call per
    // piece, most of which are empty.)
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        out.push_str(std::str::from_utf8(d).expect("decimal digits are ASCII"));
    };
    // Digits, zeros up to the point and after it (`vdigits_end`), sign,
    // point and exponent.
    out.reserve(
        (vdigits_end.max(digits_len) - vdigits_start.min(0)).max(0) as usize
            + decpt.unsigned_abs() as usize
            + 8,
    );
    let start_len = out.len();
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        push_digits(out, &digits[..split]);
        out.push('.');
        push_digits(out, &digits[split..]);
    } else {
        push_digits(out, digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    if out.len() > start_len && out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        let mut buf = [0u8; 20];
        out.push_str(super::decimal_i64(&mut buf, mag as i64, false));
    }
}
