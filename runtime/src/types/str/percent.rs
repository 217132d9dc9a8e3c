//! printf-style formatting: `str % args` (CPython 3.11's `PyUnicode_Format`)
//! and `bytes % args` (`_PyBytes_FormatEx`): format-string parsing (mapping
//! keys, flags, `*` widths and precisions, length modifiers), argument
//! fetching and conversion, with CPython's error messages. Rendering of
//! each conversion is `crate::fmt::percent`'s job.
//!
//! Bytes formats run through the same engine with each byte mapped to the
//! code point of the same value (latin-1) and mapped back at the end.

use super::args::index_value;
use crate::errors::{Exc, PyResult, raise, type_error, value_error};
use crate::fmt::{
    PercentSpec, percent_format_float, percent_format_int, percent_pad_str, push_percent_float,
    push_percent_i64, push_percent_str,
};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin, tuple};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Str,
    Bytes,
}

/// `fmt % args` for a str format.
pub fn format_str(fmt: &str, args: &Obj) -> PyResult<String> {
    run(fmt.as_bytes(), Some(fmt), args, Mode::Str)
}

/// `fmt % args` for a bytes (or bytearray) format.
pub fn format_bytes(fmt: &[u8], args: &Obj) -> PyResult<Vec<u8>> {
    let out = run(fmt, None, args, Mode::Bytes)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

struct Ctx {
    args: Obj,
    arglen: isize,
    argidx: isize,
    dict: Option<Obj>,
    mode: Mode,
}

impl Ctx {
    fn new(args: &Obj, mode: Mode) -> Ctx {
        let (arglen, argidx) = match tuple::as_slice(args) {
            Some(t) => (t.len() as isize, 0),
            None => (-1, -2),
        };
        let excluded = match args.payload() {
            Payload::Tuple(_) | Payload::Str(_) => true,
            Payload::Bytes(_) | Payload::ByteArray(_) => mode == Mode::Bytes,
            _ => false,
        };
        let is_mapping = !excluded && types::lookup_special(args, "__getitem__").is_some();
        Ctx {
            args: args.clone(),
            arglen,
            argidx,
            dict: is_mapping.then(|| args.clone()),
            mode,
        }
    }

    fn next_arg(&mut self) -> PyResult<Obj> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(v) = tuple::as_slice(&self.args).and_then(|t| t.get(i as usize)) {
                return Ok(v.clone());
            }
        }
        type_error("not enough arguments for format string")
    }

    /// The argument `next_arg` would return, without taking it.
    fn peek_arg(&self) -> Option<&Obj> {
        if self.argidx >= self.arglen {
            return None;
        }
        if self.arglen < 0 {
            return Some(&self.args);
        }
        tuple::as_slice(&self.args)?.get(self.argidx as usize)
    }

    fn finish(&self) -> PyResult<()> {
        if self.argidx < self.arglen && self.dict.is_none() {
            let what = if self.mode == Mode::Str {
                "string"
            } else {
                "bytes"
            };
            return type_error(format!(
                "not all arguments converted during {what} formatting"
            ));
        }
        Ok(())
    }
}

fn is_int(v: &Obj) -> bool {
    v.is_small_int() || matches!(v.payload(), Payload::Int(_) | Payload::Bool(_))
}

/// The value of a `*` width or precision: "* wants int".
fn star_value(v: &Obj) -> PyResult<BigInt> {
    if !is_int(v) {
        return type_error("* wants int");
    }
    Ok(types::int::as_bigint(v).unwrap_or_default())
}

/// The format being run: its bytes, and for a str format the same text as
/// `&str`. Every byte the syntax looks at is ASCII, so the positions it
/// stops at are character boundaries of the str.
#[derive(Clone, Copy)]
struct Format<'a> {
    bytes: &'a [u8],
    text: Option<&'a str>,
}

impl Format<'_> {
    /// Appends `bytes[i..j]` (a str slice, or latin-1 bytes as chars).
    fn push_literal(&self, out: &mut String, i: usize, j: usize) {
        match self.text {
            Some(t) => push_short(out, &t[i..j]),
            None => out.extend(self.bytes[i..j].iter().map(|&b| b as char)),
        }
    }

    /// The character at byte `i` (a code point of a str format).
    fn char_at(&self, i: usize) -> char {
        match self.text {
            Some(t) => t[i..].chars().next().unwrap_or('\0'),
            None => self.bytes[i] as char,
        }
    }

    /// The character index of byte `i` (what CPython's messages report).
    fn char_index(&self, i: usize) -> usize {
        match self.text {
            Some(t) => t[..i].chars().count(),
            None => i,
        }
    }
}

/// Appends `s` to `out`; text of at most 16 bytes (the literal pieces
/// and converted values of a typical format) with `copy_bytes`'
/// fixed-size moves rather than a `memcpy` call.
#[inline(always)]
fn push_short(out: &mut String, s: &str) {
    if s.len() > 16 {
        out.push_str(s);
        return;
    }
    out.reserve(s.len());
    // SAFETY: `reserve` made room for `s.len()` more bytes past the
    // length; `s` is another value's text (no overlap), and appending a
    // whole `&str` keeps the string UTF-8.
    unsafe {
        let v = out.as_mut_vec();
        let len = v.len();
        super::textbuf::copy_bytes(v.as_mut_ptr().add(len), s.as_bytes());
        v.set_len(len + s.len());
    }
}

/// Formats `bytes` (also given as `text` for a str format).
fn run(bytes: &[u8], text: Option<&str>, args: &Obj, mode: Mode) -> PyResult<String> {
    let f = Format { bytes, text };
    let mut ctx = Ctx::new(args, mode);
    let n = bytes.len();
    let mut out = String::with_capacity(n + 16);
    let mut i = 0;
    while i < n {
        if bytes[i] != b'%' {
            let j = find_percent(bytes, i + 1);
            f.push_literal(&mut out, i, j);
            i = j;
            continue;
        }
        i += 1;
        if bytes.get(i) == Some(&b'%') {
            out.push('%');
            i += 1;
            continue;
        }
        if let Some(next) = quick_conversion(bytes, i, &mut ctx, &mut out) {
            i = next;
            continue;
        }
        i = one_conversion(f, i, &mut ctx, &mut out)?;
    }
    ctx.finish()?;
    Ok(out)
}

/// The index of the first `%` of `bytes` at or after `i` (`bytes.len()`
/// if none).
fn find_percent(bytes: &[u8], i: usize) -> usize {
    super::text::find_byte(&bytes[i..], b'%').map_or(bytes.len(), |k| i + k)
}

/// The commonest conversions without the general parser: `%s` of an exact
/// str (in a str format), and `%d`/`%i`/`%u`, `%Nd` and `%0Nd` (N one
/// digit) of a small int; returns the position after the conversion at
/// byte `i` (just after the `%`), or None for any other conversion or
/// argument (left to `one_conversion`).
fn quick_conversion(bytes: &[u8], i: usize, ctx: &mut Ctx, out: &mut String) -> Option<usize> {
    let (width, zero, at) = match *bytes.get(i)? {
        b's' | b'd' | b'i' | b'u' => (0, false, i),
        d @ b'1'..=b'9' => (usize::from(d - b'0'), false, i + 1),
        b'0' => match *bytes.get(i + 1)? {
            d @ b'1'..=b'9' => (usize::from(d - b'0'), true, i + 2),
            _ => return None,
        },
        _ => return None,
    };
    let v = ctx.peek_arg()?;
    match *bytes.get(at)? {
        b's' if width == 0 && ctx.mode == Mode::Str && super::is_exact_str(v) => {
            push_short(out, super::as_str(v)?);
        }
        b'd' | b'i' | b'u' => {
            let mut buf = [0u8; 20];
            let digits = crate::fmt::decimal_i64(&mut buf, v.small_int()?, true);
            let pad = width.saturating_sub(digits.len());
            match (pad, zero) {
                (0, _) => push_short(out, digits),
                (_, true) => {
                    // The sign goes before the zeros.
                    let body = match digits.strip_prefix('-') {
                        Some(body) => {
                            out.push('-');
                            body
                        }
                        None => digits,
                    };
                    push_short(out, &ZEROS[..pad]);
                    push_short(out, body);
                }
                (_, false) => {
                    push_short(out, &SPACES[..pad]);
                    push_short(out, digits);
                }
            }
        }
        _ => return None,
    }
    ctx.argidx += 1;
    Some(at + 1)
}

/// The padding of `quick_conversion`'s one-digit widths, appended with
/// `push_short`'s fixed-size moves instead of a character at a time.
const ZEROS: &str = "000000000";
const SPACES: &str = "         ";

/// Parses and renders the conversion starting at byte `i` (just after
/// the `%`); returns the position after it. (Out of line: inlined, its
/// registers and constants would be reloaded around every piece of the
/// common formats in `run`'s loop.)
#[inline(never)]
fn one_conversion(f: Format, mut i: usize, ctx: &mut Ctx, out: &mut String) -> PyResult<usize> {
    let chars = f.bytes;
    let n = chars.len();
    let mut spec = PercentSpec::default();
    if chars.get(i) == Some(&b'(') {
        let Some(dict) = ctx.dict.clone() else {
            return type_error("format requires a mapping");
        };
        i += 1;
        let keystart = i;
        let mut depth = 1;
        while depth > 0 && i < n {
            match chars[i] {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            i += 1;
        }
        if depth > 0 {
            return value_error("incomplete format key");
        }
        let key = match (ctx.mode, f.text) {
            (Mode::Str, Some(t)) => super::new_str(&t[keystart..i - 1]),
            _ => crate::types::bytes::new_bytes(chars[keystart..i - 1].to_vec()),
        };
        ctx.args = crate::ops::getitem(&dict, &key)?;
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    let next = |i: &mut usize| -> Option<u8> {
        let c = chars.get(*i).copied();
        if c.is_some() {
            *i += 1;
        }
        c
    };
    let digit = |c: Option<u8>| c.filter(u8::is_ascii_digit).map(|d| (d - b'0') as usize);
    let mut ch = None;
    while let Some(c) = next(&mut i) {
        match c {
            b'-' => spec.flags_minus = true,
            b'+' => spec.flags_plus = true,
            b' ' => spec.flags_space = true,
            b'#' => spec.flags_alt = true,
            b'0' => spec.flags_zero = true,
            _ => {
                ch = Some(c);
                break;
            }
        }
    }
    if ch == Some(b'*') {
        let v = ctx.next_arg()?;
        let w = star_value(&v)?;
        let Some(mut w) = w.to_isize() else {
            return raise(
                Exc::OverflowError,
                "Python int too large to convert to C ssize_t",
            );
        };
        if w < 0 {
            spec.flags_minus = true;
            w = -w;
        }
        spec.width = Some(w as usize);
        ch = next(&mut i);
    } else if let Some(d) = digit(ch) {
        let mut w = d;
        loop {
            ch = next(&mut i);
            let Some(d) = digit(ch) else {
                break;
            };
            if w > (isize::MAX as usize - d) / 10 {
                return value_error("width too big");
            }
            w = w * 10 + d;
        }
        spec.width = Some(w);
    }
    if ch == Some(b'.') {
        spec.precision = Some(0);
        ch = next(&mut i);
        if ch == Some(b'*') {
            let v = ctx.next_arg()?;
            let p = star_value(&v)?;
            let Some(p) = p.to_i32() else {
                return raise(
                    Exc::OverflowError,
                    "Python int too large to convert to C int",
                );
            };
            spec.precision = Some(p.max(0) as usize);
            ch = next(&mut i);
        } else if let Some(d) = digit(ch) {
            let mut p = d;
            loop {
                ch = next(&mut i);
                let Some(d) = digit(ch) else {
                    break;
                };
                if p > (i32::MAX as usize - d) / 10 {
                    return value_error("precision too big");
                }
                p = p * 10 + d;
            }
            spec.precision = Some(p);
        }
    }
    if matches!(ch, Some(b'h' | b'l' | b'L')) {
        ch = next(&mut i);
    }
    let Some(conv) = ch else {
        return value_error("incomplete format");
    };
    let conv_at = i - 1;
    spec.conv = if conv < 0x80 {
        conv as char
    } else {
        // A non-ASCII conversion character (always an error): step over
        // the rest of its UTF-8 encoding.
        let c = f.char_at(i - 1);
        if f.text.is_some() {
            i += c.len_utf8() - 1;
        }
        c
    };
    let big = spec.width.unwrap_or(0).max(spec.precision.unwrap_or(0));
    // (`alloc_check` passes anything up to 16 MiB without a probe: the
    // call is skipped for the common small fields.)
    if big >= 1 << 22 {
        super::args::alloc_check(big.saturating_mul(4))?;
    }
    let v = ctx.next_arg()?;
    // The commonest conversions are appended without a temporary.
    match spec.conv {
        's' if ctx.mode == Mode::Str && super::is_exact_str(&v) => {
            push_percent_str(out, super::as_str(&v).unwrap_or(""), &spec);
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' if spec.precision.is_none() && v.is_small_int() => {
            push_percent_i64(out, v.small_int().unwrap_or(0), &spec);
        }
        // `str()` of a (tagged, so exact) int is its decimal digits.
        's' if ctx.mode == Mode::Str && v.is_small_int() => {
            let mut buf = [0u8; 20];
            let digits = crate::fmt::decimal_i64(&mut buf, v.small_int().unwrap_or(0), true);
            push_percent_str(out, digits, &spec);
        }
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' if matches!(v.payload(), Payload::Float(_)) => {
            let Payload::Float(x) = v.payload() else {
                unreachable!("checked above")
            };
            push_percent_float(out, *x, &spec);
        }
        _ => {
            let at = f.char_index(conv_at);
            out.push_str(&convert(&v, &spec, ctx.mode, at)?)
        }
    }
    Ok(i)
}

/// Renders one argument for conversion `spec.conv` at format index `at`.
fn convert(v: &Obj, spec: &PercentSpec, mode: Mode, at: usize) -> PyResult<String> {
    let conv = spec.conv;
    match conv {
        's' | 'r' | 'a' | 'b' if mode == Mode::Bytes => {
            let data = if conv == 'r' || conv == 'a' {
                let r = crate::ops::ascii(v)?;
                super::as_str(&r).unwrap_or("").to_string()
            } else {
                bytes_for_percent_b(v)?
            };
            Ok(percent_pad_str(&data, spec))
        }
        's' | 'r' | 'a' => {
            let r = match conv {
                's' if super::is_exact_str(v) => v.clone(),
                's' => crate::ops::str_(v)?,
                'r' => crate::ops::repr(v)?,
                _ => crate::ops::ascii(v)?,
            };
            Ok(percent_pad_str(super::as_str(&r).unwrap_or(""), spec))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let b = int_arg(v, conv)?;
            Ok(percent_format_int(&b, spec))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(v)?;
            Ok(percent_format_float(x, spec))
        }
        'c' => {
            let c = match mode {
                Mode::Str => char_arg(v)?,
                Mode::Bytes => byte_char_arg(v)?,
            };
            Ok(percent_pad_str(c.encode_utf8(&mut [0u8; 4]), spec))
        }
        c => {
            let cp = c as u32;
            if mode == Mode::Bytes && cp >= 0x80 {
                // CPython formats the byte as a signed C char here.
                return raise(
                    Exc::OverflowError,
                    "character argument not in range(0x110000)",
                );
            }
            let shown = if (31..=126).contains(&cp) { c } else { '?' };
            value_error(format!(
                "unsupported format character '{shown}' ({cp:#x}) at index {at}"
            ))
        }
    }
}

/// `%s`/`%b` in bytes formatting: bytes-like objects or `__bytes__`.
fn bytes_for_percent_b(v: &Obj) -> PyResult<String> {
    let data: Vec<u8> = match v.payload() {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => match types::lookup_special(v, "__bytes__") {
            Some(f) => {
                let r = crate::ops::call(&f, std::slice::from_ref(v), None)?;
                match r.payload() {
                    Payload::Bytes(b) => b.to_vec(),
                    _ => {
                        return type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            types::type_name_of(&r)
                        ));
                    }
                }
            }
            None => {
                return type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    types::type_name_of(v)
                ));
            }
        },
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

/// Does `v` look like a number (`PyNumber_Check`)?
fn is_number(v: &Obj) -> bool {
    is_int(v)
        || matches!(v.payload(), Payload::Float(_) | Payload::Complex(..))
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|m| types::lookup_special(v, m).is_some())
}

/// The integer for `%d %i %u %o %x %X` (`mainformatlong`).
fn int_arg(v: &Obj, conv: char) -> PyResult<BigInt> {
    if is_int(v) {
        return Ok(types::int::as_bigint(v).unwrap_or_default());
    }
    let wrong = || -> PyResult<BigInt> {
        let what = if matches!(conv, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        type_error(format!(
            "%{conv} format: {what}, not {}",
            types::type_name_of(v)
        ))
    };
    if !is_number(v) {
        return wrong();
    }
    if matches!(conv, 'o' | 'x' | 'X') {
        return match index_value(v) {
            Ok(Some(b)) => Ok(b),
            Ok(None) => wrong(),
            Err(e) if e.matches(Exc::TypeError) => wrong(),
            Err(e) => Err(e),
        };
    }
    if let Payload::Float(x) = v.payload() {
        return float_to_int(*x);
    }
    match crate::ops::call(&builtin().int, std::slice::from_ref(v), None) {
        Ok(r) => Ok(types::int::as_bigint(&r).unwrap_or_default()),
        Err(e) if e.matches(Exc::TypeError) => wrong(),
        Err(e) => Err(e),
    }
}

/// `int(x)` for a float: truncation, with CPython's errors for inf/nan.
pub fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return raise(
            Exc::OverflowError,
            "cannot convert float infinity to integer",
        );
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// The float for `%e %f %g` (`PyFloat_AsDouble`).
fn float_arg(v: &Obj) -> PyResult<f64> {
    if let Payload::Float(x) = v.payload() {
        return Ok(*x);
    }
    if is_int(v) {
        let b = types::int::as_bigint(v).unwrap_or_default();
        return match crate::fmt::bigint_to_f64(&b) {
            Some(x) => Ok(x),
            None => raise(Exc::OverflowError, "int too large to convert to float"),
        };
    }
    if let Some(f) = types::lookup_special(v, "__float__") {
        let r = crate::ops::call(&f, std::slice::from_ref(v), None)?;
        return match r.payload() {
            Payload::Float(x) => Ok(*x),
            _ => type_error(format!(
                "{}.__float__ returned non-float (type {})",
                types::type_name_of(v),
                types::type_name_of(&r)
            )),
        };
    }
    if let Some(b) = index_value(v)? {
        return match crate::fmt::bigint_to_f64(&b) {
            Some(x) => Ok(x),
            None => raise(Exc::OverflowError, "int too large to convert to float"),
        };
    }
    type_error(format!(
        "must be real number, not {}",
        types::type_name_of(v)
    ))
}

/// `%c` in str formatting: a one-character str or a code point.
fn char_arg(v: &Obj) -> PyResult<char> {
    if let Some(p) = super::pystr(v) {
        return match (p.nchars, p.s.chars().next()) {
            (1, Some(c)) => Ok(c),
            _ => type_error("%c requires int or char"),
        };
    }
    let b = match index_value(v) {
        Ok(Some(b)) => b,
        Ok(None) => return type_error("%c requires int or char"),
        Err(e) if e.matches(Exc::TypeError) => return type_error("%c requires int or char"),
        Err(e) => return Err(e),
    };
    match b.to_u32().filter(|&c| c <= 0x10ffff) {
        Some(c) => super::code_point(c),
        None => raise(Exc::OverflowError, "%c arg not in range(0x110000)"),
    }
}

/// `%c` in bytes formatting: a one-byte bytes object or an int < 256.
fn byte_char_arg(v: &Obj) -> PyResult<char> {
    const MSG: &str = "%c requires an integer in range(256) or a single byte";
    match v.payload() {
        Payload::Bytes(b) if b.len() == 1 => return Ok(b[0] as char),
        Payload::ByteArray(b) if b.borrow().len() == 1 => return Ok(b.borrow()[0] as char),
        Payload::Bytes(_) | Payload::ByteArray(_) => return type_error(MSG),
        _ => {}
    }
    let b = match index_value(v) {
        Ok(Some(b)) => b,
        Ok(None) => return type_error(MSG),
        Err(e) if e.matches(Exc::TypeError) => return type_error(MSG),
        Err(e) => return Err(e),
    };
    match b.to_u8() {
        Some(c) => Ok(c as char),
        None => raise(Exc::OverflowError, "%c arg not in range(256)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::int::new_int;
    use crate::types::str::new_str;
    use crate::types::tuple::new_tuple;

    /// The result, or "Type: message" for an exception.
    fn run_fmt(f: &str, args: Obj) -> String {
        match format_str(f, &args) {
            Ok(s) => s,
            Err(e) => {
                let msg = crate::errors::exc_data(e.value())
                    .map(|d| d.args.borrow().clone())
                    .and_then(|a| tuple::as_slice(&a).and_then(|t| t.first().cloned()))
                    .and_then(|m| super::super::as_str(&m).map(str::to_string))
                    .unwrap_or_default();
                format!("{}: {msg}", types::type_name_of(e.value()))
            }
        }
    }

    #[test]
    fn conversions() {
        crate::types::init();
        let t = |v: Vec<Obj>| new_tuple(v);
        assert_eq!(
            run_fmt("%s-%r", t(vec![new_str("a"), new_str("b")])),
            "a-'b'"
        );
        assert_eq!(
            run_fmt(
                "%5d|%-5d|%05d",
                t(vec![new_int(42), new_int(42), new_int(-42)])
            ),
            "   42|42   |-0042"
        );
        assert_eq!(
            run_fmt(
                "%x %X %#o %#x",
                t(vec![new_int(255), new_int(255), new_int(8), new_int(-31)])
            ),
            "ff FF 0o10 -0x1f"
        );
        assert_eq!(
            run_fmt("%+.3d % d", t(vec![new_int(7), new_int(8)])),
            "+007  8"
        );
        assert_eq!(run_fmt("%c%c", t(vec![new_int(65), new_str("é")])), "Aé");
        assert_eq!(
            run_fmt(
                "%.2s|%5s|%-3s|",
                t(vec![new_str("xyz"), new_str("ab"), new_str("c")])
            ),
            "xy|   ab|c  |"
        );
        assert_eq!(
            run_fmt(
                "%*d|%-*d|%.*s",
                t(vec![
                    new_int(4),
                    new_int(1),
                    new_int(-3),
                    new_int(2),
                    new_int(1),
                    new_str("zz")
                ])
            ),
            "   1|2  |z"
        );
        assert_eq!(run_fmt("100%% %s", new_str("sure")), "100% sure");
        assert_eq!(run_fmt("%hd %ld", t(vec![new_int(1), new_int(2)])), "1 2");
    }

    /// The eight-bytes-per-step `%` search agrees with a plain scan at
    /// every start, including bytes that differ from `%` only in their
    /// high bit or by one.
    #[test]
    fn find_percent_agrees_with_position() {
        let text: Vec<u8> = (0..120u32)
            .map(|i| [b'a', b'%', 0xa5, b'$', b'&', 0x80, 0xff, b'x'][(i * 7 % 13 % 8) as usize])
            .collect();
        for from in 0..text.len() {
            let want = text[from..]
                .iter()
                .position(|&c| c == b'%')
                .map_or(text.len(), |k| from + k);
            assert_eq!(find_percent(&text, from), want);
        }
        assert_eq!(find_percent(&[0xa5; 17], 0), 17);
        assert_eq!(find_percent(b"abcdefgh%", 0), 8);
        assert_eq!(find_percent(b"", 0), 0);
    }

    #[test]
    fn errors() {
        crate::types::init();
        let t = |v: Vec<Obj>| new_tuple(v);
        assert_eq!(
            run_fmt("%s %s", t(vec![new_int(1)])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            run_fmt("%s", t(vec![new_int(1), new_int(2)])),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            run_fmt("", new_int(5)),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            run_fmt("%d", new_str("a")),
            "TypeError: %d format: a real number is required, not str"
        );
        assert_eq!(
            run_fmt("%x", new_str("a")),
            "TypeError: %x format: an integer is required, not str"
        );
        assert_eq!(run_fmt("%", t(vec![])), "ValueError: incomplete format");
        assert_eq!(
            run_fmt("%(a", new_int(1)),
            "TypeError: format requires a mapping"
        );
        assert_eq!(
            run_fmt("%5%", t(vec![new_int(1)])),
            "ValueError: unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            run_fmt("%y", t(vec![])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            run_fmt("%c", new_str("ab")),
            "TypeError: %c requires int or char"
        );
        assert_eq!(
            run_fmt("%*d", t(vec![new_str("a"), new_int(1)])),
            "TypeError: * wants int"
        );
    }
}
