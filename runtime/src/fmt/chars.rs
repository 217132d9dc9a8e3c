//! Character classification with CPython's (Unicode 14.0) rules: which
//! code points `str.isspace()` accepts and which are decimal digits
//! (`Py_UNICODE_TODECIMAL`), plus the ASCII transformation that `int(str)`
//! and `float(str)` apply before parsing
//! (`_PyUnicode_TransformDecimalAndSpaceToASCII`), and `with_chars`, the
//! code points of a short format string without a heap copy.

/// First code point ("zero") of every run of ten Unicode decimal digits
/// (general category Nd) in Unicode 14.0, as used by CPython 3.11.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of `c` if it is a Unicode decimal digit (what
/// `Py_UNICODE_TODECIMAL` returns), e.g. `'7'` and `'\u{667}'` give 7.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    if cp < 0x660 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = DECIMAL_ZEROS[idx.checked_sub(1)?];
    let d = cp - zero;
    (d < 10).then_some(d)
}

/// Python's `str.isspace()` for a single character (`Py_UNICODE_ISSPACE`).
/// Unlike `char::is_whitespace` it includes U+001C..U+001F.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\u{b}'
            | '\u{c}'
            | '\r'
            | '\u{1c}'..='\u{1f}'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// C's `isspace` in the "C" locale (`Py_ISSPACE`): the six ASCII blanks.
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII (< 127) is kept,
/// non-ASCII whitespace becomes `' '`, non-ASCII decimal digits become
/// their ASCII digit.  Any other character makes the text unparsable for
/// both `int()` and `float()`, so `None` is returned.
pub fn to_ascii_number_text(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if is_py_space(c) {
            out.push(b' ');
        } else {
            let d = decimal_value(c)?;
            out.push(b'0' + d as u8);
        }
    }
    Some(out)
}

/// Format strings up to this many bytes are decoded on the stack.
const STACK_CHARS: usize = 64;

/// Runs `f` on the code points of `s` (format strings and specs are
/// indexed by code point): a stack buffer holds short texts, so formatting
/// a value allocates nothing for its format.
pub fn with_chars<R>(s: &str, f: impl FnOnce(&[char]) -> R) -> R {
    if s.len() > STACK_CHARS {
        let v: Vec<char> = s.chars().collect();
        return f(&v);
    }
    let mut buf = ['\0'; STACK_CHARS];
    let mut n = 0;
    // (At most one code point per byte.)
    for c in s.chars() {
        buf[n] = c;
        n += 1;
    }
    f(&buf[..n])
}
