//! Python `int` text conversions: `int(str, base)` parsing with CPython
//! 3.11's exact acceptance rules, and the `hex()`/`oct()`/`bin()` style
//! radix rendering.

use num_bigint::{BigInt, BigUint, Sign};

use super::chars::{is_ascii_space, to_ascii_number_text};

/// Value of an ASCII digit or letter (`_PyLong_DigitValue`); 99 otherwise.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a `str` argument (`PyLong_FromString` after
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`).  Returns `None` wherever
/// CPython raises `ValueError`, including an invalid `base` (valid: 0 and
/// 2..=36).
///
/// Rules: surrounding whitespace (Unicode whitespace included), one sign,
/// Unicode decimal digits, single `_` between digits or right after a
/// base prefix.  Base 0 infers the base from a `0x`/`0o`/`0b` prefix and
/// rejects other leading zeros (`'010'`) unless the value is zero (`'00'`);
/// bases 16, 8 and 2 accept their own prefix.
///
/// Not enforced here: CPython's `sys.get_int_max_str_digits()` limit (4300
/// digits by default, non-power-of-two bases only), which raises its own
/// `ValueError`; callers that need it should check the digit count.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let buf = to_ascii_number_text(s)?;
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let n = buf.len();
    let mut i = 0;
    while i < n && is_ascii_space(buf[i]) {
        i += 1;
    }
    let mut negative = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut values: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < n {
        let b = buf[i];
        if b == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            let d = digit_value(b);
            if d >= base {
                break;
            }
            values.push(d as u8);
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' || values.is_empty() {
        return None;
    }
    if error_if_nonzero && values.iter().any(|&d| d != 0) {
        return None;
    }
    while i < n && is_ascii_space(buf[i]) {
        i += 1;
    }
    if i != n {
        return None;
    }
    let magnitude = BigUint::from_radix_be(&values, base)?;
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, magnitude))
}

/// `parse_int`'s common case without big-number arithmetic: an optional
/// sign and plain digits of `base` (2..=36) — no spaces, underscores or
/// prefix — whose value fits an i64.  `None` means "not that simple"
/// (invalid text included): the caller then runs `parse_int`.
pub fn parse_plain_i64(s: &str, base: u32) -> Option<i64> {
    if !(2..=36).contains(&base) {
        return None;
    }
    let b = s.as_bytes();
    let (negative, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    if base == 10 {
        // At most 18 decimal digits: below 10**18, no overflow possible.
        let mut v: i64 = 0;
        for &c in digits {
            let d = c.wrapping_sub(b'0');
            if d > 9 {
                return None;
            }
            v = v * 10 + i64::from(d);
        }
        return Some(if negative { -v } else { v });
    }
    let mut v: i64 = 0;
    for &c in digits {
        let d = digit_value(c);
        if d >= base {
            return None;
        }
        v = v.checked_mul(i64::from(base))?.checked_add(i64::from(d))?;
    }
    Some(if negative { -v } else { v })
}

/// Renders `v` in `radix` with lowercase digits; with `prefix`, radix 2, 8
/// and 16 get `0b`, `0o`, `0x` after the sign, as `bin()`, `oct()` and
/// `hex()` do: `-0x1f`, `0b101`, `0o17`.  Radixes outside 2..=36 are
/// treated as 10.
pub fn int_to_str_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let radix = if (2..=36).contains(&radix) { radix } else { 10 };
    let digits = v.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}
