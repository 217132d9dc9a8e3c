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
        super::push_fill(&mut body, '0', prec.saturating_sub(digits.len()));
    }
    body.push_str(&digits);
    output_numeric(&body, prefix.len(), spec)
}

/// `%d %i %u %o %x %X` of a machine-sized int without a precision (the
/// common case, rendered without a BigInt), appended to `out`: the digits
/// are written into a stack buffer, and a field up to `FIELD` characters
/// wide is assembled in another, so the conversion allocates nothing of its
/// own and appends with one copy.
pub fn push_percent_i64(out: &mut String, v: i64, spec: &PercentSpec) {
    let mut buf = [0u8; 24];
    let digits: &[u8] = match spec.conv {
        'x' => radix_u64(&mut buf, v.unsigned_abs(), 4, b"0123456789abcdef"),
        'X' => radix_u64(&mut buf, v.unsigned_abs(), 4, b"0123456789ABCDEF"),
        'o' => radix_u64(&mut buf, v.unsigned_abs(), 3, b"01234567"),
        _ => {
            let d: &mut [u8; 20] = (&mut buf[..20]).try_into().expect("20 bytes");
            super::decimal_i64(d, v, false).as_bytes()
        }
    };
    let sign = if v < 0 {
        Some(b'-')
    } else if spec.flags_plus {
        Some(b'+')
    } else if spec.flags_space {
        Some(b' ')
    } else {
        None
    };
    let prefix = match spec.conv {
        'x' if spec.flags_alt => Some(*b"0x"),
        'X' if spec.flags_alt => Some(*b"0X"),
        'o' if spec.flags_alt => Some(*b"0o"),
        _ => None,
    };
    let used = usize::from(sign.is_some()) + 2 * usize::from(prefix.is_some()) + digits.len();
    let width = spec.width.unwrap_or(0);
    if width <= used && sign.is_none() && prefix.is_none() {
        out.push_str(super::ascii_str(digits));
        return;
    }
    let width = width.max(used);
    if width > FIELD {
        let mut text = String::with_capacity(used);
        // (`push_numeric` takes a leading '+' or '-' as the sign, and adds
        // a space sign itself.)
        if let Some(c) = sign.filter(|&c| c != b' ') {
            text.push(c as char);
        }
        if let Some(p) = prefix {
            text.push_str(super::ascii_str(&p));
        }
        text.push_str(super::ascii_str(digits));
        push_numeric(out, &text, 2 * usize::from(prefix.is_some()), spec);
        return;
    }
    let pad = width - used;
    let mut field = [b' '; FIELD];
    let mut at = if spec.flags_minus || spec.flags_zero {
        0
    } else {
        pad
    };
    if let Some(c) = sign {
        field[at] = c;
        at += 1;
    }
    if let Some([p, q]) = prefix {
        field[at] = p;
        field[at + 1] = q;
        at += 2;
    }
    if spec.flags_zero && !spec.flags_minus {
        field[at..at + pad].fill(b'0');
        at += pad;
    }
    field[at..at + digits.len()].copy_from_slice(digits);
    out.push_str(super::ascii_str(&field[..width]));
}

/// The widest `%` field of a machine int assembled on the stack.
const FIELD: usize = 64;

/// The digits of `n` in radix `1 << shift` (8 or 16), written at the end
/// of `buf`.
fn radix_u64<'a>(buf: &'a mut [u8; 24], mut n: u64, shift: u32, digits: &[u8]) -> &'a [u8] {
    let mask = (1u64 << shift) - 1;
    let mut pos = buf.len();
    loop {
        pos -= 1;
        buf[pos] = digits[(n & mask) as usize];
        n >>= shift;
        if n == 0 {
            break;
        }
    }
    &buf[pos..]
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
        super::push_fill(out, ' ', pad);
    }
    out.push_str(body);
    if spec.flags_minus {
        super::push_fill(out, ' ', pad);
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

/// Appends `n` copies of the ASCII character `c` (a space or '0'), a
/// slice of a constant at a time.
fn push_fill(out: &mut String, c: char, mut n: usize) {
    const SPACES: &str = "                                ";
    const ZEROS: &str = "00000000000000000000000000000000";
    let run = if c == '0' { ZEROS } else { SPACES };
    debug_assert!(c == '0' || c == ' ');
    while n > 0 {
        let k = n.min(run.len());
        out.push_str(&run[..k]);
        n -= k;
    }
}
