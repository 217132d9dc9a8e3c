//! `float.hex()` and `float.fromhex()` with CPython's formats, rounding
//! (ties to even on the exact value) and messages.

use crate::errors::{Exc, PyErr, PyResult, value_error};
use crate::types::int::arith::ldexp;
use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return crate::fmt::float::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".to_string()
        } else {
            "0x0.0p+0".to_string()
        };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.abs())
}

fn invalid<T>() -> PyResult<T> {
    value_error("invalid hexadecimal floating-point string")
}

fn overflow<T>() -> PyResult<T> {
    Err(PyErr::new(
        Exc::OverflowError,
        "hexadecimal value too large to represent as a float",
    ))
}

fn is_space(b: u8) -> bool {
    crate::fmt::chars::is_ascii_space(b)
}

/// `_Py_parse_inf_or_nan`: length consumed and value, or None.
fn parse_inf_nan(s: &[u8]) -> Option<(usize, f64)> {
    let (neg, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[start..];
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let (n, v) = if starts(b"infinity") {
        (8, f64::INFINITY)
    } else if starts(b"inf") {
        (3, f64::INFINITY)
    } else if starts(b"nan") {
        (3, f64::NAN)
    } else {
        return None;
    };
    Some((start + n, if neg { -v } else { v }))
}

/// `float.fromhex(s)`.
pub fn float_fromhex(text: &str) -> PyResult<f64> {
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let value;
    if let Some((n, v)) = parse_inf_nan(&s[i..]) {
        i += n;
        value = v;
    } else {
        let mut negate = false;
        match s.get(i) {
            Some(b'-') => {
                negate = true;
                i += 1;
            }
            Some(b'+') => i += 1,
            _ => {}
        }
        if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
        }
        let mut digits: Vec<u8> = Vec::new();
        while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(16)) {
            digits.push(d as u8);
            i += 1;
        }
        let mut fdigits: i64 = 0;
        if s.get(i) == Some(&b'.') {
            i += 1;
            while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(16)) {
                digits.push(d as u8);
                fdigits += 1;
                i += 1;
            }
        }
        if digits.is_empty() {
            return invalid();
        }
        let mut exp: i64 = 0;
        if matches!(s.get(i), Some(b'p' | b'P')) {
            i += 1;
            let mut eneg = false;
            match s.get(i) {
                Some(b'-') => {
                    eneg = true;
                    i += 1;
                }
                Some(b'+') => i += 1,
                _ => {}
            }
            if !s.get(i).is_some_and(u8::is_ascii_digit) {
                return invalid();
            }
            while let Some(c) = s.get(i).filter(|c| c.is_ascii_digit()) {
                exp = exp.saturating_mul(10).saturating_add((c - b'0') as i64);
                i += 1;
            }
            if eneg {
                exp = -exp;
            }
        }
        // As in CPython, overflow is reported before trailing garbage.
        let x = hex_value(&digits, fdigits, exp)?;
        value = if negate { -x } else { x };
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return invalid();
    }
    Ok(value)
}

/// The double nearest to `0x<digits> * 2**(exp - 4 * fdigits)`.
fn hex_value(digits: &[u8], fdigits: i64, exp: i64) -> PyResult<f64> {
    let m = BigUint::from_radix_be(digits, 16).unwrap_or_default();
    if m.is_zero() || exp < i64::MIN / 2 {
        return Ok(0.0);
    }
    if exp > i64::MAX / 2 {
        return overflow();
    }
    let exp2 = exp - 4 * fdigits;
    let top = exp2 + m.bits() as i64;
    if top > 1024 {
        return overflow();
    }
    if top < -1074 {
        return Ok(0.0);
    }
    let lsb = (top - 53).max(-1074);
    let shift = lsb - exp2;
    let q: u64 = if shift <= 0 {
        (m << ((-shift) as usize)).to_u64().unwrap_or(0)
    } else {
        let s = shift as usize;
        let q = (&m >> s).to_u64().unwrap_or(0);
        let rem = &m - (BigUint::from(q) << s);
        let half = BigUint::from(1u32) << (s - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    let x = ldexp(q as f64, lsb);
    if x.is_infinite() {
        return overflow();
    }
    Ok(x)
}
