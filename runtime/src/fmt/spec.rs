//! The format-specification mini-language used by `format(value, spec)`,
//! f-strings and `str.format`: parsing a spec and rendering `int`, `float`
//! and `str` values with it, mirroring CPython 3.11's
//! `Python/formatter_unicode.c` (including its error messages, which are
//! returned as `Err` strings).
//!
//! Errors are `ValueError` messages except the few noted on [`format_int`]
//! and [`format_float`].  The locale-dependent `n` type uses the "C" locale
//! (no grouping, `.` as decimal point), which is what CPython uses unless a
//! program calls `locale.setlocale(LC_NUMERIC, ...)`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::cell::Cell;

use super::chars::decimal_value;
use super::dtoa::{Flags, MAX_PRECISION, double_to_string};
use super::float::{bigint_to_f64, float_repr};

/// Widths above this are rejected with `Err("width too big")` instead of
/// attempting the allocation (CPython would raise `MemoryError` or build a
/// multi-gigabyte string).
pub const MAX_WIDTH: usize = i32::MAX as usize;

/// A parsed format spec: `[[fill]align][sign]["z"]["#"]["0"][width]
/// [grouping]["." precision][type]`.
///
/// `fill` is the effective fill character: the explicit one, else `'0'`
/// when the `0` flag was given, else `' '`.  `zero` records the `0` flag
/// (given without an explicit fill); for numbers it makes the default
/// alignment `'='`.  `align == None` means the type's default (`'>'` for
/// numbers, `'<'` for strings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        DEFAULT_SPEC
    }
}

/// A type character as CPython prints it in messages: `'x'`, or `'\x80'`.
fn quoted_code(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(c)
    )
}

/// CPython's check that a thousands separator fits the presentation type
/// (`ty == None` is the float default, which allows both).  CPython stores
/// "no type" as `'\0'`, so an explicit NUL type passes like no type.
fn check_grouping(spec: &FormatSpec, ty: Option<char>) -> Result<(), String> {
    let Some(sep) = spec.grouping else {
        return Ok(());
    };
    match ty {
        None | Some('\0' | 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
        Some(c) => Err(format!("Cannot specify '{sep}' with {}.", quoted_code(c))),
    }
}

/// Parses a format spec.  An `Err` carries CPython's `ValueError` message;
/// a spec with leftover characters gives the bare
/// `"Invalid format specifier"` (CPython 3.11.7 also names the spec and the
/// object's type: use [`parse_format_spec_for`] for that message).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_impl(spec).map_err(|e| e.unwrap_or_else(|| "Invalid format specifier".to_string()))
}

/// [`parse_format_spec`] with the exact 3.11.7 message for leftover
/// characters: `Invalid format specifier 'xx' for object of type 'int'`.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    parse_impl(spec).map_err(|e| {
        e.unwrap_or_else(|| {
            format!("Invalid format specifier '{spec}' for object of type '{type_name}'")
        })
    })
}

/// [`parse_format_spec_for`] naming the type only when the message needs
/// it (the name is a new string: most specs are valid).
pub fn parse_format_spec_lazy(
    spec: &str,
    type_name: impl FnOnce() -> String,
) -> Result<FormatSpec, String> {
    parse_impl(spec).map_err(|e| {
        e.unwrap_or_else(|| {
            format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                type_name()
            )
        })
    })
}

/// `Err(None)` is the "invalid format specifier" case.
fn parse_impl(spec: &str) -> Result<FormatSpec, Option<String>> {
    // An ASCII spec (nearly all of them: `04d`, `.2f`, `>10`) is its own
    // code points: parsed from its bytes, with nothing decoded.
    // A short spec is checked through its cache key, which holds its
    // bytes: ASCII when no byte has its high bit set.
    if spec.len() < CACHED_SPEC_LEN {
        let key = spec_key(spec.as_bytes());
        if key & KEY_HIGH_BITS == 0 {
            return parse_cached(spec.as_bytes(), key);
        }
    } else if spec.is_ascii() {
        return parse_units(spec.as_bytes());
    }
    super::chars::with_chars(spec, parse_units)
}

/// The high bit of each byte of a `spec_key` that holds a spec byte.
const KEY_HIGH_BITS: u128 = (1u128 << 120).wrapping_sub(1) & (u128::MAX / 0xff * 0x80);

/// ASCII specs shorter than this are remembered once parsed.
const CACHED_SPEC_LEN: usize = 16;
/// Entries of the cache of parsed specs (a power of two).
const SPEC_CACHE_SIZE: usize = 64;

thread_local! {
    /// Recently parsed short ASCII specs, by `spec_key` (a program formats
    /// with a handful of spec literals, each parsed once per value
    /// otherwise). `u128::MAX` marks an empty entry: no key has 0xff in
    /// its length byte.
    static SPEC_CACHE: [Cell<(u128, FormatSpec)>; SPEC_CACHE_SIZE] =
        const { [const { Cell::new((u128::MAX, DEFAULT_SPEC)) }; SPEC_CACHE_SIZE] };
}

const DEFAULT_SPEC: FormatSpec = FormatSpec {
    fill: ' ',
    align: None,
    sign: None,
    z: false,
    alternate: false,
    zero: false,
    width: None,
    grouping: None,
    precision: None,
    ty: None,
};

/// A short spec's bytes and length as one number: the bytes in the low
/// fifteen bytes (zero past the end), the length in the top one. Read as
/// two possibly overlapping words each half, not byte by byte.
#[inline(always)]
pub(super) fn spec_key(spec: &[u8]) -> u128 {
    let n = spec.len();
    debug_assert!(n < CACHED_SPEC_LEN);
    let le8 = |i: usize| u64::from_le_bytes(spec[i..i + 8].try_into().expect("8 bytes"));
    let le4 = |i: usize| {
        u64::from(u32::from_le_bytes(
            spec[i..i + 4].try_into().expect("4 bytes"),
        ))
    };
    // The last word read ends at the spec's end: shifted right, it keeps
    // only the bytes the first word did not cover.
    let bytes = if n >= 8 {
        u128::from(le8(0)) | (u128::from(le8(n - 8)) >> (8 * (16 - n)) << 64)
    } else if n >= 4 {
        u128::from(le4(0) | (le4(n - 4) >> (8 * (8 - n)) << 32))
    } else {
        spec.iter()
            .rev()
            .fold(0u128, |k, &b| (k << 8) | u128::from(b))
    };
    bytes | ((n as u128) << 120)
}

/// `parse_units` of a short ASCII spec through the cache (only valid
/// specs are cached: errors are rare and build their message anew).
fn parse_cached(spec: &[u8], key: u128) -> Result<FormatSpec, Option<String>> {
    let slot = ((key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        >> (64 - SPEC_CACHE_SIZE.trailing_zeros())) as usize;
    SPEC_CACHE.with(|cache| {
        let (k, parsed) = cache[slot].get();
        if k == key {
            return Ok(parsed);
        }
        let parsed = parse_units(spec)?;
        cache[slot].set((key, parsed));
        Ok(parsed)
    })
}

/// `parse_impl` over the spec's code points (`units`: ASCII bytes or
/// chars).
fn parse_units<T: Copy + Into<char>>(units: &[T]) -> Result<FormatSpec, Option<String>> {
    let end = units.len();
    let at = |i: usize| units.get(i).map(|&u| u.into());
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let mut fill_specified = false;
    if end >= 2 && is_align(at(1)) {
        out.align = at(1);
        out.fill = units[0].into();
        fill_specified = true;
        pos = 2;
    } else if is_align(at(0)) {
        out.align = at(0);
        pos = 1;
    }
    if let Some(c @ (' ' | '+' | '-')) = at(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.z = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }
    out.width = get_integer(units, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(Some("Cannot specify both ',' and '_'.".to_string()));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some('_') {
        return Err(Some("Cannot specify both ',' and '_'.".to_string()));
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = get_integer(units, &mut pos)?;
        if out.precision.is_none() {
            return Err(Some("Format specifier missing precision".to_string()));
        }
    }
    if end - pos > 1 {
        return Err(None);
    }
    out.ty = at(pos);
    if out.ty.is_some() {
        check_grouping(&out, out.ty).map_err(Some)?;
    }
    Ok(out)
}

/// Reads a run of (Unicode) decimal digits; `None` if there are none.
fn get_integer<T: Copy + Into<char>>(
    units: &[T],
    pos: &mut usize,
) -> Result<Option<usize>, Option<String>> {
    let mut acc: usize = 0;
    let mut count = 0;
    while let Some(d) = units.get(*pos).and_then(|&c| decimal_value(c.into())) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| Some("Too many decimal digits in format string".to_string()))?;
        count += 1;
        *pos += 1;
    }
    Ok((count > 0).then_some(acc))
}

fn check_width(spec: &FormatSpec) -> Result<(), String> {
    match spec.width {
        Some(w) if w > MAX_WIDTH => Err("width too big".to_string()),
        _ => Ok(()),
    }
}

/// Pads `body` to `spec.width` characters (code points) with `spec.fill`,
/// aligned per `spec.align` or `default_align` (`'='` pads like `'<'`).
/// Widths above [`MAX_WIDTH`] are treated as `MAX_WIDTH`.
pub fn apply_padding(body: &str, spec: &FormatSpec, default_align: char) -> String {
    let len = body.chars().count();
    let width = spec.width.unwrap_or(0).min(MAX_WIDTH);
    if width <= len {
        return body.to_string();
    }
    let pad = width - len;
    let left = match spec.align.unwrap_or(default_align) {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(body.len() + pad * spec.fill.len_utf8());
    super::push_fill(&mut out, spec.fill, left);
    out.push_str(body);
    super::push_fill(&mut out, spec.fill, pad - left);
    out
}

/// `format(s, spec)` for a `str`: types `s` and none; precision truncates
/// to that many code points; default alignment is left.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    check_grouping(spec, Some(spec.ty.unwrap_or('s')))?;
    if let Some(c) = spec.ty.filter(|&c| c != 's') {
        return Err(unknown_code(c, "str"));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.z {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    check_width(spec)?;
    let body = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((idx, _)) => &s[..idx],
            None => s,
        },
        None => s,
    };
    Ok(apply_padding(body, spec, '<'))
}

/// `format(v, spec)` for an `int`: types `b c d o x X n` and none, plus
/// `e E f F g G %`, which format `float(v)`.
///
/// Besides `ValueError` messages, `Err` can carry CPython's
/// `OverflowError` messages `"int too large to convert to float"`,
/// `"Python int too large to convert to C long"` and
/// `"%c arg not in range(0x110000)"`.  Type `c` on a surrogate code point
/// (U+D800..U+DFFF), which CPython allows, cannot be represented in a Rust
/// `String` and gives `Err("surrogates not allowed")`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    check_grouping(spec, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_internal(v, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v).ok_or("int too large to convert to float")?;
            format_float_internal(x, spec, Some(ty))
        }
        c => Err(unknown_code(c, "int")),
    }
}

/// [`format_int`] of a machine-sized int: the decimal type (and none)
/// renders its digits from a stack buffer, without a BigInt; anything else
/// (and every error) takes the general path.
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, String> {
    if !matches!(spec.ty, None | Some('d')) || spec.precision.is_some() || spec.z {
        return format_int(&BigInt::from(v), spec);
    }
    check_width(spec)?;
    let mut buf = [0u8; 20];
    let digits = super::decimal_i64(&mut buf, v, false);
    let grouping = spec.grouping.map(|sep| (3, sep));
    Ok(render_number(v < 0, "", digits, "", spec, grouping))
}

fn format_int_internal(v: &BigInt, spec: &FormatSpec, ty: char) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.z {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let x = v
            .to_i64()
            .ok_or("Python int too large to convert to C long")?;
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let c = char::from_u32(x as u32).ok_or("surrogates not allowed")?;
        check_width(spec)?;
        return Ok(render_number(false, "", "", &c.to_string(), spec, None));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    // Magnitudes that fit a u64 skip the big-number digit conversion.
    let mut digits = match v.magnitude().to_u64() {
        Some(m) => match radix {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        },
        None => v.magnitude().to_str_radix(radix),
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let grouping = match (spec.grouping, ty) {
        (_, 'n') | (None, _) => None,
        (Some('_'), 'b' | 'o' | 'x' | 'X') => Some((4, '_')),
        (Some(sep), _) => Some((3, sep)),
    };
    check_width(spec)?;
    let negative = v.sign() == Sign::Minus;
    Ok(render_number(negative, prefix, &digits, "", spec, grouping))
}

/// `format(x, spec)` for a `float`: types `e E f F g G n %` and none (like
/// `g` with at least one digit after the point, or `repr(x)` when there is
/// no precision).  Besides `ValueError` messages, `Err` can be
/// `"precision too big"` (precision above `i32::MAX`, as in CPython) and
/// `"width too big"` (see [`MAX_WIDTH`]).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    // An explicit NUL type is indistinguishable from none in CPython.
    let ty = spec.ty.filter(|&c| c != '\0');
    check_grouping(spec, ty)?;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec, ty)
        }
        Some(c) => Err(unknown_code(c, "float")),
    }
}

fn format_float_internal(x: f64, spec: &FormatSpec, ty: Option<char>) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err("precision too big".to_string());
    }
    // `.Nf` of an ordinary value (the common `{x:.2f}`): the digits are
    // written into a stack buffer, with no digit vector or text between.
    let mut buf = [0u8; 48];
    if let (Some('f' | 'F'), Some(p)) = (ty, spec.precision)
        && let Some((text, zero)) = super::dtoa::fixed_point(&mut buf, x, p)
    {
        check_width(spec)?;
        let negative = x.is_sign_negative() && !(spec.z && zero);
        let (digits, remainder) = text.split_at(text.len() - p - 1);
        let grouping = spec.grouping.map(|sep| (3, sep));
        return Ok(render_number(
            negative, "", digits, remainder, spec, grouping,
        ));
    }
    let mut flags = Flags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..Flags::default()
    };
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(c) => c,
    };
    let mut value = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    check_width(spec)?;
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, remainder) = unsigned.split_at(n_digits);
    let grouping = match ty {
        Some('n') => None,
        _ => spec.grouping.map(|sep| (3, sep)),
    };
    Ok(render_number(
        negative, "", digits, remainder, spec, grouping,
    ))
}

/// CPython's `calc_number_widths` + `fill_number`: lays out
/// `[lpad][sign][prefix][spad][grouped digits][remainder][rpad]`.
fn render_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    remainder: &str,
    spec: &FormatSpec,
    grouping: Option<(usize, char)>,
) -> String {
    let align = number_align(spec);
    let sign = number_sign(negative, spec);
    if grouping.is_none()
        && let Some(short) = render_short(sign, prefix, digits, remainder, spec, align)
    {
        return short.as_str().to_string();
    }
    let width = spec.width.map_or(-1, |w| w as i64);
    let non_digit =
        sign.is_some() as i64 + prefix.chars().count() as i64 + remainder.chars().count() as i64;
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    // Without separators only zero padding can apply; the zeros are
    // written straight into the result instead of a padded copy.
    let (zeros, grouped): (usize, std::borrow::Cow<'_, str>) = match grouping {
        _ if digits.is_empty() => (0, "".into()),
        None => (
            (min_width - digits.len() as i64).max(0) as usize,
            digits.into(),
        ),
        Some(_) => (0, insert_grouping(digits, min_width, grouping).into()),
    };
    let grouped_len = zeros as i64 + grouped.chars().count() as i64;
    let padding = (width - non_digit - grouped_len).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = spec.fill;
    let mut out = String::with_capacity(
        zeros + grouped.len() + remainder.len() + prefix.len() + 1 + padding * fill.len_utf8(),
    );
    super::push_fill(&mut out, fill, lpad);
    out.extend(sign);
    out.push_str(prefix);
    super::push_fill(&mut out, fill, spad);
    super::push_fill(&mut out, '0', zeros);
    out.push_str(&grouped);
    out.push_str(remainder);
    super::push_fill(&mut out, fill, rpad);
    out
}

/// The alignment of a number: the spec's, else `=` for the `0` flag,
/// else right.
fn number_align(spec: &FormatSpec) -> char {
    spec.align.unwrap_or(if spec.zero { '=' } else { '>' })
}

/// The sign character a number shows under `spec`, if any.
fn number_sign(negative: bool, spec: &FormatSpec) -> Option<char> {
    match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    }
}

/// Longest text a `ShortText` holds.
const SHORT_TEXT: usize = 64;

/// A formatted number of at most `SHORT_TEXT` ASCII bytes, in a stack
/// buffer: most formatted numbers are short, and become a str with one
/// copy and no text allocation of their own.
pub struct ShortText {
    /// The text, with eight bytes of slack for `fill`'s stores.
    buf: [u8; SHORT_TEXT + 8],
    len: usize,
}

impl ShortText {
    pub fn as_str(&self) -> &str {
        super::ascii_str(&self.buf[..self.len])
    }

    /// Appends `bytes`; the caller checked that everything it writes
    /// fits.
    #[inline(always)]
    fn push(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        assert!(end <= SHORT_TEXT, "ShortText overflow");
        // SAFETY: `buf[len..end]` is in bounds (checked above), and a
        // local buffer cannot overlap `bytes`.
        unsafe { crate::types::str::copy_bytes(self.buf.as_mut_ptr().add(self.len), bytes) };
        self.len = end;
    }

    #[inline(always)]
    fn fill(&mut self, b: u8, n: usize) {
        // Eight bytes per store (the padding is a few bytes, less than a
        // `memset` call costs); the last store may run past `len + n` into
        // the buffer's slack, where nothing is read.
        let end = self.len + n;
        let mut i = self.len;
        while i < end {
            self.buf[i..i + 8].copy_from_slice(&[b; 8]);
            i += 8;
        }
        self.len = end;
    }
}

/// `render_number` without separators when every piece and the fill
/// are ASCII and the result fits a `ShortText` (lengths are then byte
/// counts); None otherwise. The digits and prefix are ASCII (decimal,
/// hexadecimal… digits, `0x`); the remainder may not be (type `c`).
fn render_short(
    sign: Option<char>,
    prefix: &str,
    digits: &str,
    remainder: &str,
    spec: &FormatSpec,
    align: char,
) -> Option<ShortText> {
    debug_assert!(prefix.is_ascii() && digits.is_ascii());
    if !(spec.fill.is_ascii() && remainder.is_ascii()) {
        return None;
    }
    // (A sign is one of `-`, `+` and ` `, each one byte.)
    let non_digit = usize::from(sign.is_some()) + prefix.len() + remainder.len();
    let width = spec.width.unwrap_or(0);
    if width > SHORT_TEXT || non_digit + digits.len() > SHORT_TEXT {
        return None;
    }
    let zeros = if spec.fill == '0' && align == '=' && !digits.is_empty() {
        width.saturating_sub(non_digit + digits.len())
    } else {
        0
    };
    let padding = width.saturating_sub(non_digit + zeros + digits.len());
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = spec.fill as u8;
    let mut out = ShortText {
        buf: [0; SHORT_TEXT + 8],
        len: 0,
    };
    out.fill(fill, lpad);
    if let Some(c) = sign {
        out.push(&[c as u8]);
    }
    out.push(prefix.as_bytes());
    out.fill(fill, spad);
    out.fill(b'0', zeros);
    out.push(digits.as_bytes());
    out.push(remainder.as_bytes());
    out.fill(fill, rpad);
    Some(out)
}

/// [`format_i64`] as a `ShortText` when the spec is decimal without
/// separators and the result short; None means "use `format_i64`" (which
/// also reports every error).
pub fn format_i64_short(v: i64, spec: &FormatSpec) -> Option<ShortText> {
    if !matches!(spec.ty, None | Some('d'))
        || spec.precision.is_some()
        || spec.z
        || spec.grouping.is_some()
    {
        return None;
    }
    let mut buf = [0u8; 20];
    let digits = super::decimal_i64(&mut buf, v, false);
    render_short(
        number_sign(v < 0, spec),
        "",
        digits,
        "",
        spec,
        number_align(spec),
    )
}

/// [`format_float`] as a `ShortText` for `.Nf` (`1 <= N <= 19`) of an
/// ordinary value without separators when the result is short; None
/// means "use `format_float`".
pub fn format_float_short(x: f64, spec: &FormatSpec) -> Option<ShortText> {
    let (Some('f' | 'F'), Some(p), None) = (spec.ty, spec.precision, spec.grouping) else {
        return None;
    };
    let mut buf = [0u8; 48];
    let (text, zero) = super::dtoa::fixed_point(&mut buf, x, p)?;
    let negative = x.is_sign_negative() && !(spec.z && zero);
    let (digits, remainder) = text.split_at(text.len() - p - 1);
    render_short(
        number_sign(negative, spec),
        "",
        digits,
        remainder,
        spec,
        number_align(spec),
    )
}

/// `_PyUnicode_InsertThousandsGrouping`: inserts `sep` every `group`
/// digits from the right and left-pads with zeros (separators included)
/// up to `min_width` characters.
fn insert_grouping(digits: &str, min_width: i64, grouping: Option<(usize, char)>) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    // Built back to front (multi-byte separators byte-reversed too), then
    // reversed as a whole.
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3);
    let emit = |rev: &mut Vec<u8>, len: i64, remaining: i64, sep: Option<char>| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if let Some(sep) = sep {
            let mut buf = [0u8; 4];
            rev.extend(sep.encode_utf8(&mut buf).bytes().rev());
        }
        let end = remaining.max(0) as usize;
        let start = end - n_chars as usize;
        rev.extend(digits[start..end].iter().rev());
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        n_chars
    };
    match grouping {
        None => {
            let len = remaining.max(min_width).max(1);
            emit(&mut rev, len, remaining, None);
        }
        Some((group, sep)) => {
            let group = group.max(1) as i64;
            let mut first = true;
            loop {
                let len = group.min(remaining.max(min_width).max(1));
                remaining -= emit(&mut rev, len, remaining, (!first).then_some(sep));
                first = false;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                // The separator's width (always one character).
                min_width -= 1;
            }
        }
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

/// `format(v, spec)` for an `int`, from the spec text: an empty spec is
/// `str(v)`; otherwise the spec is parsed with `int`'s error messages.
pub fn format_int_with(v: &BigInt, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_int(v, &parse_format_spec_for(spec, "int")?)
}

/// `format(x, spec)` for a `float`, from the spec text (empty is `str(x)`).
pub fn format_float_with(x: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    format_float(x, &parse_format_spec_for(spec, "float")?)
}

/// `format(s, spec)` for a `str`, from the spec text (empty is `s`).
pub fn format_str_with(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &parse_format_spec_for(spec, "str")?)
}
