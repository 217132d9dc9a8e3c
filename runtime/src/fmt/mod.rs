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
    let mut pos = buf.len();
    let mut n = v.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if sign && v < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    std::str::from_utf8(&buf[pos..]).expect("digits and '-' are ASCII")
}

pub use float::{
    bigint_to_f64, float_repr, float_str, format_complex_repr, format_float_exp,
    format_float_fixed, format_float_general, parse_float, round_float, round_float_checked,
};
pub use int::{int_to_str_radix, parse_int};
pub use percent::{
    PercentSpec, percent_format_float, percent_format_int, percent_pad_str, push_percent_i64,
    push_percent_str,
};
pub use spec::{
    FormatSpec, apply_padding, format_float, format_float_with, format_i64, format_int,
    format_int_with, format_str, format_str_with, parse_format_spec, parse_format_spec_for,
    parse_format_spec_lazy,
};
