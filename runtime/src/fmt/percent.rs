//! Per-conversion rendering for printf-style `str % args` formatting, as
//! done by CPython 3.11's `unicodeobject.c` (`_PyUnicode_FormatLong`,
//! `formatfloat` and `unicode_format_arg_output`).  Parsing the format
//! string and fetching/converting arguments is the caller's job; in
//! particular the caller must reject widths above `isize::MAX` ("width too
//! big") and precisions above `i32::MAX` ("precision too big") while parsing,
//! as CPython does.  Widths and precisions above `i32::MAX` (which CPython
//! would answer with `MemoryError` or never accept) are clamped to it here so
//! that no input can make these functions panic.

use num_bigint::{BigInt, Sign};

use super::dtoa::{Flags, MAX_PRECISION, double_to_string};

/// Upper bound applied to widths and precisions (`i32::MAX`).
const LIMIT: usize = MAX_PRECISION;

/// One parsed `%` conversion: flags `-` `+` ` ` `0` `#`, width, precision
/// and the conversion character.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    pub flags_minus: bool,
    pub flags_plus: bool,
    pub flags_space: bool,
    pub flags_zero: bool,
    pub flags_alt: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

/// `%d %i %u %o %x %X` of an integer (`%c` is left to the caller).  Other
/// conversion characters are treated as `d`.
pub fn percent_format_int(v: &BigInt, spec: &PercentSpec) -> String {
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut body = String::new();
    if v.sign() == Sign::Minus {
        body.push('-');
    }
    let prefix = if spec.flags_alt { prefix } else { "" };
    body.push_str(prefix);
    if let Some(prec) = spec.precision.map(|p| p.min(LIMIT)) {
        body.extend(std::iter::repeat_n('0', prec.saturating_sub(digits.len())));
    }
    body.push_str(&digits);
    output_numeric(&body, prefix.len(), spec)
}

/// `%d %i %u` of a machine-sized int without a precision (the common case,
/// rendered without a BigInt), appended to `out`: the digits are written
/// into a stack buffer, so the conversion allocates nothing of its own.
pub fn push_percent_i64(out: &mut String, v: i64, spec: &PercentSpec) {
    let mut buf = [0u8; 20];
    let text = super::decimal_i64(&mut buf, v, true);
    if spec.width.is_none() && !spec.flags_plus && !spec.flags_space {
        out.push_str(text);
    } else {
        push_numeric(out, text, 0, spec);
    }
}

/// `%e %E %f %F %g %G` of a float (default precision 6; `#` keeps the
/// decimal point and trailing zeros).  Other conversion characters are
/// treated as `g`.
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> String {
    let mut out = String::new();
    push_percent_float(&mut out, x, spec);
    out
}

/// `percent_format_float` appending to `out`.
pub fn push_percent_float(out: &mut String, x: f64, spec: &PercentSpec) {
    let conv = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let flags = Flags {
        alt: spec.flags_alt,
        ..Flags::default()
    };
    let text = double_to_string(x, conv, spec.precision.unwrap_or(6), flags);
    push_numeric(out, &text, 0, spec);
}

/// `%s %r %a` (and `%c`) of an already converted string: precision
/// truncates to that many code points for `s`, `r` and `a`; width pads with
/// spaces, on the right with the `-` flag.  The `0` flag has no effect.
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> String {
    let mut out = String::new();
    push_percent_str(&mut out, s, spec);
    out
}

/// `percent_pad_str` appending to `out`.
pub fn push_percent_str(out: &mut String, s: &str, spec: &PercentSpec) {
    let body = match spec.precision {
        Some(p) if matches!(spec.conv, 's' | 'r' | 'a') => match s.char_indices().nth(p) {
            Some((idx, _)) => &s[..idx],
            None => s,
        },
        _ => s,
    };
    let width = spec.width.unwrap_or(0).min(LIMIT);
    // Only a width needs the code-point count.
    let pad = if width == 0 {
        0
    } else {
        width.saturating_sub(body.chars().count())
    };
    out.reserve(body.len() + pad);
    if !spec.flags_minus {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(body);
    if spec.flags_minus {
        out.extend(std::iter::repeat_n(' ', pad));
    }
}

/// `unicode_format_arg_output` for a numeric conversion: `text` is the
/// number (maybe with a leading `-`), and its first `prefix_len` characters
/// after the sign are the `0x`/`0o` prefix of the alternate form.
fn output_numeric(text: &str, prefix_len: usize, spec: &PercentSpec) -> String {
    let mut out = String::new();
    push_numeric(&mut out, text, prefix_len, spec);
    out
}

/// `output_numeric` appending to `out`. Numeric text is ASCII, so its
/// length in bytes is its length in characters.
fn push_numeric(out: &mut String, text: &str, prefix_len: usize, spec: &PercentSpec) {
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'-' | b'+') => text.split_at(1),
        _ if spec.flags_plus => ("+", text),
        _ if spec.flags_space => (" ", text),
        _ => ("", text),
    };
    let (prefix, body) = rest.split_at(prefix_len.min(rest.len()));
    let used = sign.len() + prefix.len() + body.len();
    let pad = spec.width.unwrap_or(0).min(LIMIT).saturating_sub(used);
    out.reserve(used + pad);
    if pad > 0 && !spec.flags_minus && !spec.flags_zero {
        push_fill(out, ' ', pad);
    }
    out.push_str(sign);
    out.push_str(prefix);
    if pad > 0 && !spec.flags_minus && spec.flags_zero {
        push_fill(out, '0', pad);
    }
    out.push_str(body);
    if pad > 0 && spec.flags_minus {
        push_fill(out, ' ', pad);
    }
}

/// Appends `n` copies of the ASCII character `c`.
fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}
