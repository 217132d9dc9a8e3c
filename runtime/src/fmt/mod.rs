//! Number formatting and parsing with CPython 3.11 semantics, on plain Rust
//! values (`f64`, `BigInt`, `&str`): `repr`/`str` of floats and complex
//! numbers, `int()`/`float()` parsing, `round()`, the `format()` spec
//! mini-language and the per-conversion part of printf-style `%`
//! formatting.  Every output is meant to match CPython byte for byte; the
//! unit tests hold expectations produced by running `python3` (3.11).

pub mod chars;
pub mod dtoa;
pub mod float;
pub mod int;
pub mod percent;
pub mod spec;

#[cfg(test)]
mod tests;

/// The decimal digits of `v` written at the end of `buf`, after a '-' when
/// `v` is negative and `sign` is set (20 bytes hold `i64::MIN`): machine
/// ints render without a BigInt or an allocation of their own.
pub fn decimal_i64(buf: &mut [u8; 20], v: i64, sign: bool) -> &str {
    /// "00" to "99": two digits per division.
    const PAIRS: &[u8; 200] = b"\
        0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut pos = buf.len();
    let mut n = v.unsigned_abs();
    while n >= 100 {
        let d = (n % 100) as usize * 2;
        n /= 100;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if n >= 10 {
        let d = n as usize * 2;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[d..d + 2]);
    } else {
        pos -= 1;
        buf[pos] = b'0' + n as u8;
    }
    if sign && v < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    ascii_str(&buf[pos..])
}

/// Appends `n` copies of `c` (padding): nothing at all when `n` is 0, the
/// commonest case, and no `Extend` call otherwise.
#[inline]
pub(crate) fn push_fill(out: &mut String, c: char, n: usize) {
    if n > 0 {
        out.reserve(n * c.len_utf8());
        for _ in 0..n {
            out.push(c);
        }
    }
}

/// `bytes` as text, for bytes known to be ASCII.
pub(crate) fn ascii_str(bytes: &[u8]) -> &str {
    debug_assert!(bytes.is_ascii());
    // SAFETY: every caller passes ASCII bytes (digits and '-'), which are
    // valid UTF-8.
    unsafe { std::str::from_utf8_unchecked(bytes) }
}

pub use float::{
    bigint_to_f64, float_repr, float_str, format_complex_repr, format_float_exp,
    format_float_fixed, format_float_general, parse_float, round_float, round_float_checked,
};
pub use int::{int_to_str_radix, parse_int};
pub use percent::{
    PercentSpec, percent_format_float, percent_format_int, percent_pad_str, push_percent_float,
    push_percent_i64, push_percent_str,
};
pub use spec::{
    FormatSpec, apply_padding, format_float, format_float_with, format_i64, format_int,
    format_int_with, format_str, format_str_with, parse_format_spec, parse_format_spec_for,
    parse_format_spec_lazy,
};
