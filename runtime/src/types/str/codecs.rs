//! Text encodings for `str.encode`, `bytes.decode` and `str(b, encoding)`:
//! UTF-8, ASCII, latin-1, UTF-16 and UTF-32 (with and without byte-order
//! marks), CPython's encoding-name normalisation and aliases, the error
//! handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace;
//! namereplace falls back to backslashreplace because no Unicode name table
//! is embedded), and `UnicodeEncodeError`/`UnicodeDecodeError` objects with
//! CPython's arguments and messages.
//!
//! Handlers that would produce lone surrogates (surrogateescape and
//! surrogatepass when decoding) cannot do so in UTF-8 text and raise the
//! strict error instead.

use crate::errors::{Exc, PyErr, PyResult, raise};
use crate::object::Obj;
use crate::types::int::new_int;

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16: `None` = with BOM (native little-endian), else big-endian?
    Utf16(Option<bool>),
    /// UTF-32: `None` = with BOM (native little-endian), else big-endian?
    Utf32(Option<bool>),
}

impl Codec {
    /// The name CPython's codec reports in errors.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(false)) => "utf-32-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
        }
    }
}

/// `encodings.normalize_encoding` after lower-casing: runs of characters
/// other than ASCII letters, digits and '.' become a single '_'.
fn normalize(enc: &str) -> String {
    let mut out = String::with_capacity(enc.len());
    let mut punct = false;
    for c in enc.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Looks up a codec by name: "unknown encoding: foo" (LookupError).
pub fn lookup(enc: &str) -> PyResult<Codec> {
    let n = normalize(enc);
    let key = n.replace('.', "_");
    let codec = match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Codec::Latin1
        }
        "utf_16" | "u16" | "utf16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(true)),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        _ => return raise(Exc::LookupError, format!("unknown encoding: {enc}")),
    };
    Ok(codec)
}

fn unknown_handler<T>(errors: &str) -> PyResult<T> {
    raise(
        Exc::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A `UnicodeEncodeError(encoding, object, start, end, reason)`.
pub fn encode_error(codec: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        Exc::UnicodeEncodeError,
        vec![
            super::new_str(codec),
            super::new_str(s),
            new_int(start as i64),
            new_int(end as i64),
            super::new_str(reason),
        ],
    )
}

/// A `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn decode_error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        Exc::UnicodeDecodeError,
        vec![
            super::new_str(codec),
            crate::types::bytes::new_bytes(b.to_vec()),
            new_int(start as i64),
            new_int(end as i64),
            super::new_str(reason),
        ],
    )
}

/// `str(exc)` for a UnicodeEncodeError / UnicodeDecodeError built with
/// CPython's five arguments (None when the arguments have other shapes):
/// "'ascii' codec can't encode character '\xe9' in position 0: ordinal not
/// in range(128)", "'utf-8' codec can't decode bytes in position 1-2: ...".
pub fn unicode_error_str(args: &[Obj]) -> Option<String> {
    let [enc, obj, start, end, reason] = args else {
        return None;
    };
    let enc = super::as_str(enc)?;
    let reason = super::as_str(reason)?;
    let start = crate::types::int::as_i64(start)?;
    let end = crate::types::int::as_i64(end)?;
    if let Some(p) = super::pystr(obj) {
        if start >= 0 && (start as usize) < p.nchars && end == start + 1 {
            let c = super::char_at(p, start as usize)? as u32;
            let mut esc = String::new();
            super::push_hex_escape(&mut esc, c);
            return Some(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            ));
        }
        return Some(format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ));
    }
    let data = crate::types::bytes::as_bytes(obj)?;
    if start >= 0 && (start as usize) < data.len() && end == start + 1 {
        return Some(format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start as usize]
        ));
    }
    Some(format!(
        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    ))
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Ascii => encode_limited(s, 128, codec.name(), errors)?,
        Codec::Latin1 => encode_limited(s, 256, codec.name(), errors)?,
        Codec::Utf16(order) => {
            let be = order == Some(true);
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf).iter() {
                    out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
            out
        }
        Codec::Utf32(order) => {
            let be = order == Some(true);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
    })
}

/// ASCII / latin-1 encoding: code points >= `limit` are errors, reported
/// one run of consecutive unencodable characters at a time.
fn encode_limited(s: &str, limit: u32, name: &str, errors: &str) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(encode_error(name, s, i, j, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" | "namereplace" => {
                let mut esc = String::new();
                for &c in &chars[i..j] {
                    super::push_hex_escape(&mut esc, c as u32);
                }
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return unknown_handler(errors),
        }
        i = j;
    }
    Ok(out)
}

/// Applies a decoding error handler for the bad bytes `data[start..end]`.
fn decode_fail(
    out: &mut String,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            Err(decode_error(codec, data, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                super::push_hex_escape(out, b as u32);
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => raise(
            Exc::TypeError,
            "don't know how to handle UnicodeDecodeError in error callback",
        ),
        _ => unknown_handler(errors),
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(data, errors),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(ascii_text(data));
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    let reason = "ordinal not in range(128)";
                    decode_fail(&mut out, "ascii", data, i, i + 1, reason, errors)?;
                }
            }
            Ok(out)
        }
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Utf16(order) => wrap_failure(codec, decode_utf16(data, order, errors)),
        Codec::Utf32(order) => wrap_failure(codec, decode_utf32(data, order, errors)),
    }
}

/// The explicit-endian UTF-16/32 codecs (implemented in Python in CPython)
/// report errors of the error handler itself as "decoding with 'utf-16-le'
/// codec failed (LookupError: ...)".
fn wrap_failure(codec: Codec, r: PyResult<String>) -> PyResult<String> {
    let explicit = matches!(codec, Codec::Utf16(Some(_)) | Codec::Utf32(Some(_)));
    match r {
        Err(e) if explicit && !e.matches(Exc::UnicodeDecodeError) => {
            let ty = crate::types::type_name_of(e.value());
            let args = crate::errors::exc_data(e.value()).map(|d| d.args.borrow().clone());
            let msg = args
                .as_ref()
                .and_then(crate::types::tuple::as_slice)
                .and_then(|t| t.first())
                .and_then(|m| super::as_str(m))
                .unwrap_or("")
                .to_string();
            let kind = if e.matches(Exc::LookupError) {
                Exc::LookupError
            } else {
                Exc::TypeError
            };
            raise(
                kind,
                format!(
                    "decoding with '{}' codec failed ({ty}: {msg})",
                    codec.name()
                ),
            )
        }
        r => r,
    }
}

fn endian_name(bits: u32, be: bool) -> &'static str {
    match (bits, be) {
        (16, false) => "utf-16-le",
        (16, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    }
}

fn ascii_text(data: &[u8]) -> String {
    data.iter().map(|&b| b as char).collect()
}

/// UTF-8 decoding with CPython's error ranges and reasons ("invalid start
/// byte", "invalid continuation byte", "unexpected end of data").
pub fn decode_utf8(data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    loop {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(
                    std::str::from_utf8(&data[i..i + good]).expect("prefix validated by from_utf8"),
                );
                let start = i + good;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead_ok = (0xc2..=0xf4).contains(&data[start]);
                        let reason = if n == 1 && !lead_ok {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                };
                decode_fail(&mut out, "utf-8", data, start, end, reason, errors)?;
                i = end;
            }
        }
    }
}

fn decode_utf16(data: &[u8], order: Option<bool>, errors: &str) -> PyResult<String> {
    let mut be = order == Some(true);
    let mut i = 0;
    if order.is_none() && data.len() >= 2 {
        if data[..2] == [0xff, 0xfe] {
            i = 2;
        } else if data[..2] == [0xfe, 0xff] {
            be = true;
            i = 2;
        }
    }
    let name = endian_name(16, be);
    let unit = |k: usize| {
        let b = [data[k], data[k + 1]];
        if be {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    while i < data.len() {
        if data.len() - i < 2 {
            decode_fail(
                &mut out,
                name,
                data,
                i,
                data.len(),
                "truncated data",
                errors,
            )?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).expect("non-surrogate BMP unit"));
            i += 2;
        } else if u >= 0xdc00 {
            decode_fail(&mut out, name, data, i, i + 2, "illegal encoding", errors)?;
            i += 2;
        } else if data.len() - i < 4 {
            decode_fail(
                &mut out,
                name,
                data,
                i,
                data.len(),
                "unexpected end of data",
                errors,
            )?;
            break;
        } else {
            let u2 = unit(i + 2);
            if (0xdc00..0xe000).contains(&u2) {
                let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
                out.push(char::from_u32(cp).expect("valid surrogate pair"));
                i += 4;
            } else {
                decode_fail(
                    &mut out,
                    name,
                    data,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                    errors,
                )?;
                i += 2;
            }
        }
    }
    Ok(out)
}

fn decode_utf32(data: &[u8], order: Option<bool>, errors: &str) -> PyResult<String> {
    let mut be = order == Some(true);
    let mut i = 0;
    if order.is_none() && data.len() >= 4 {
        if data[..4] == [0xff, 0xfe, 0, 0] {
            i = 4;
        } else if data[..4] == [0, 0, 0xfe, 0xff] {
            be = true;
            i = 4;
        }
    }
    let name = endian_name(32, be);
    let mut out = String::with_capacity(data.len() / 4);
    while i < data.len() {
        if data.len() - i < 4 {
            decode_fail(
                &mut out,
                name,
                data,
                i,
                data.len(),
                "truncated data",
                errors,
            )?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let cp = if be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                let reason = if cp > 0x10ffff {
                    "code point not in range(0x110000)"
                } else {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                };
                decode_fail(&mut out, name, data, i, i + 4, reason, errors)?;
            }
        }
        i += 4;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases() {
        assert_eq!(lookup("UTF-8").ok(), Some(Codec::Utf8));
        assert_eq!(lookup("utf8").ok(), Some(Codec::Utf8));
        assert_eq!(lookup("Latin 1").ok(), Some(Codec::Latin1));
        assert_eq!(lookup("iso-8859-1").ok(), Some(Codec::Latin1));
        assert_eq!(lookup("US-ASCII").ok(), Some(Codec::Ascii));
        assert_eq!(lookup("utf-16-be").ok(), Some(Codec::Utf16(Some(true))));
    }

    #[test]
    fn round_trips() {
        crate::types::init();
        let ok = |r: PyResult<Vec<u8>>| r.unwrap_or_default();
        assert_eq!(
            ok(encode("aé", "utf-16", "strict")),
            b"\xff\xfea\x00\xe9\x00"
        );
        assert_eq!(
            ok(encode("a😀", "utf-16-be", "strict")),
            b"\x00a\xd8=\xde\x00"
        );
        assert_eq!(ok(encode("aé€", "ascii", "replace")), b"a??");
        assert_eq!(
            ok(encode("aé€😀", "ascii", "backslashreplace")),
            b"a\\xe9\\u20ac\\U0001f600"
        );
        assert_eq!(ok(encode("aé", "ascii", "xmlcharrefreplace")), b"a&#233;");
        let dec = |b: &[u8], e: &str| decode(b, "utf-8", e).unwrap_or_default();
        assert_eq!(dec(b"a\xff\xfeb", "replace"), "a\u{fffd}\u{fffd}b");
        assert_eq!(dec(b"a\xe2\x82b", "replace"), "a\u{fffd}b");
        assert_eq!(dec(b"a\xff\xfeb", "backslashreplace"), "a\\xff\\xfeb");
        assert_eq!(dec(b"a\xc3\xa9", "strict"), "aé");
    }
}
