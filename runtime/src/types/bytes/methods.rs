//! The non-operator methods shared by `bytes` and `bytearray` (ASCII case
//! mapping and predicates, searching, splitting, stripping, padding,
//! joining, `decode`, `hex`/`fromhex`, `translate`/`maketrans`), each
//! returning a result of the receiver's kind.

use super::{buffer, buffer_arg, is_bytearray, like, view};
use crate::errors::{PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::str::args::{
    Arity, alloc_check, arity, as_ssize, index_value, is_none, parse_kw, split_self, start_end,
};
use crate::types::str::methods::{int_flag, join_items};
use crate::types::typeobj::{add_classmethod, add_kw_methods, add_methods};
use crate::types::{self, int, list, tuple};
use num_traits::ToPrimitive;
use std::borrow::Cow;

/// C's `isspace` in the "C" locale.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The first index >= `from` where `sub` occurs in `hay`.
pub fn find_sub(hay: &[u8], sub: &[u8], from: usize) -> Option<usize> {
    if sub.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if sub.len() > hay.len() {
        return None;
    }
    let first = sub[0];
    let last_start = hay.len() - sub.len();
    let mut i = from;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&b| b == first) {
            Some(k) => i += k,
            None => return None,
        }
        if &hay[i..i + sub.len()] == sub {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last index where `sub` occurs in `hay`.
fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - sub.len())
        .rev()
        .find(|&i| &hay[i..i + sub.len()] == sub)
}

fn recv(args: &[Obj], a: Arity) -> PyResult<(&Obj, Cow<'_, [u8]>, &[Obj])> {
    let (s, rest) = split_self(args)?;
    arity(rest, a)?;
    Ok((s, view(s)?, rest))
}

fn qual(s: &Obj, name: &str) -> String {
    format!(
        "{}.{name}",
        if is_bytearray(s) {
            "bytearray"
        } else {
            "bytes"
        }
    )
}

/// A `METH_O` method: "bytes.join() takes exactly one argument (0 given)".
fn one_arg<'a>(args: &'a [Obj], name: &str) -> PyResult<(&'a Obj, Cow<'a, [u8]>, &'a [Obj])> {
    let (s, rest) = split_self(args)?;
    if rest.len() != 1 {
        return type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual(s, name),
            rest.len()
        ));
    }
    Ok((s, view(s)?, rest))
}

fn no_args<'a>(args: &'a [Obj], name: &str) -> PyResult<(&'a Obj, Cow<'a, [u8]>)> {
    let (s, rest) = split_self(args)?;
    if !rest.is_empty() {
        return type_error(format!(
            "{}() takes no arguments ({} given)",
            qual(s, name),
            rest.len()
        ));
    }
    Ok((s, view(s)?))
}

/// `sub` arguments of find/count/index: bytes-like or an int byte value.
fn sub_arg(v: &Obj) -> PyResult<Cow<'_, [u8]>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    match index_value(v)? {
        Some(b) => match b.to_u8() {
            Some(x) => Ok(Cow::Owned(vec![x])),
            None => value_error("byte must be in range(0, 256)"),
        },
        None => type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            types::type_name_of(v)
        )),
    }
}

fn bytes_list(s: &Obj, parts: Vec<&[u8]>) -> Obj {
    list::new_list(parts.into_iter().map(|p| like(s, p.to_vec())).collect())
}

// --- case mapping and predicates ------------------------------------------------

fn map_case(args: &[Obj], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Obj> {
    let (s, data) = no_args(args, name)?;
    Ok(like(s, f(&data)))
}

fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

fn m_upper(args: &[Obj]) -> PyResult<Obj> {
    map_case(args, "upper", |d| d.to_ascii_uppercase())
}
fn m_lower(args: &[Obj]) -> PyResult<Obj> {
    map_case(args, "lower", |d| d.to_ascii_lowercase())
}
fn m_title(args: &[Obj]) -> PyResult<Obj> {
    map_case(args, "title", title_bytes)
}
fn m_capitalize(args: &[Obj]) -> PyResult<Obj> {
    map_case(args, "capitalize", capitalize_bytes)
}
fn m_swapcase(args: &[Obj]) -> PyResult<Obj> {
    map_case(args, "swapcase", swapcase_bytes)
}

fn predicate(args: &[Obj], name: &str, f: fn(&[u8]) -> bool) -> PyResult<Obj> {
    let (_, data) = no_args(args, name)?;
    Ok(int::new_bool(f(&data)))
}

fn all_nonempty(d: &[u8], p: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(p)
}

fn istitle_bytes(d: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

fn m_isalnum(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}
fn m_isalpha(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}
fn m_isdigit(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "isdigit", |d| all_nonempty(d, u8::is_ascii_digit))
}
fn m_isspace(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "isspace", |d| all_nonempty(d, |&c| is_space(c)))
}
fn m_isascii(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "isascii", |d| d.is_ascii())
}
fn m_islower(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
fn m_isupper(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
fn m_istitle(args: &[Obj]) -> PyResult<Obj> {
    predicate(args, "istitle", istitle_bytes)
}

// --- searching -------------------------------------------------------------------

fn find_impl(args: &[Obj], name: &'static str, rev: bool, raises: bool) -> PyResult<Obj> {
    let (_, data, rest) = recv(args, Arity::Tuple(name, 1, 3))?;
    let (start, end) = start_end(rest, 1, data.len())?;
    let sub = sub_arg(&rest[0])?;
    let mut r: isize = -1;
    if end >= start && end - start >= sub.len() {
        let hay = &data[start..end];
        let found = if rev {
            rfind_sub(hay, &sub)
        } else {
            find_sub(hay, &sub, 0)
        };
        if let Some(i) = found {
            r = (start + i) as isize;
        }
    }
    if r < 0 && raises {
        return value_error("subsection not found");
    }
    Ok(int::new_int(r as i64))
}

fn m_find(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "find", false, false)
}
fn m_rfind(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "rfind", true, false)
}
fn m_index(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "index", false, true)
}
fn m_rindex(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "rindex", true, true)
}

fn m_count(args: &[Obj]) -> PyResult<Obj> {
    let (_, data, rest) = recv(args, Arity::Tuple("count", 1, 3))?;
    let (start, end) = start_end(rest, 1, data.len())?;
    let sub = sub_arg(&rest[0])?;
    if end < start || end - start < sub.len() {
        return Ok(int::new_int(0));
    }
    if sub.is_empty() {
        return Ok(int::new_int((end - start + 1) as i64));
    }
    let hay = &data[start..end];
    let (mut n, mut i) = (0i64, 0);
    while let Some(k) = find_sub(hay, &sub, i) {
        n += 1;
        i = k + sub.len();
    }
    Ok(int::new_int(n))
}

fn affix_impl(args: &[Obj], name: &'static str, suffix: bool) -> PyResult<Obj> {
    let (_, data, rest) = recv(args, Arity::Tuple(name, 1, 3))?;
    let (start, end) = start_end(rest, 1, data.len())?;
    let test = |sub: &[u8]| -> bool {
        if end < start || end - start < sub.len() {
            return false;
        }
        let w = &data[start..end];
        if suffix {
            w.ends_with(sub)
        } else {
            w.starts_with(sub)
        }
    };
    if let Some(items) = tuple::as_slice(&rest[0]) {
        for it in items {
            if test(&buffer_arg(it)?) {
                return Ok(int::new_bool(true));
            }
        }
        return Ok(int::new_bool(false));
    }
    match buffer(&rest[0]) {
        Some(sub) => Ok(int::new_bool(test(&sub))),
        None => type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            types::type_name_of(&rest[0])
        )),
    }
}

fn m_startswith(args: &[Obj]) -> PyResult<Obj> {
    affix_impl(args, "startswith", false)
}
fn m_endswith(args: &[Obj]) -> PyResult<Obj> {
    affix_impl(args, "endswith", true)
}

// --- splitting, joining, partitioning ----------------------------------------------

fn split_ws(d: &[u8], maxsplit: isize, rev: bool) -> Vec<&[u8]> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    let mut rest = d;
    loop {
        rest = if rev {
            let e = rest
                .iter()
                .rposition(|&c| !is_space(c))
                .map_or(0, |k| k + 1);
            &rest[..e]
        } else {
            let b = rest
                .iter()
                .position(|&c| !is_space(c))
                .unwrap_or(rest.len());
            &rest[b..]
        };
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let pos = if rev {
            rest.iter().rposition(|&c| is_space(c))
        } else {
            rest.iter().position(|&c| is_space(c))
        };
        match pos {
            Some(i) if rev => {
                out.push(&rest[i + 1..]);
                rest = &rest[..i];
            }
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i..];
            }
            None => {
                out.push(rest);
                break;
            }
        }
        left -= 1;
    }
    if rev {
        out.reverse();
    }
    out
}

fn split_on<'a>(d: &'a [u8], sep: &[u8], maxsplit: isize, rev: bool) -> Vec<&'a [u8]> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    if rev {
        let mut end = d.len();
        while left > 0 {
            match rfind_sub(&d[..end], sep) {
                Some(i) => {
                    out.push(&d[i + sep.len()..end]);
                    end = i;
                    left -= 1;
                }
                None => break,
            }
        }
        out.push(&d[..end]);
        out.reverse();
    } else {
        let mut start = 0;
        while left > 0 {
            match find_sub(d, sep, start) {
                Some(i) => {
                    out.push(&d[start..i]);
                    start = i + sep.len();
                    left -= 1;
                }
                None => break,
            }
        }
        out.push(&d[start..]);
    }
    out
}

fn split_impl(args: &[Obj], kwargs: &Kwargs, name: &str, rev: bool) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let data = view(s)?;
    let a = parse_kw(name, rest, kwargs, &["sep", "maxsplit"], 0)?;
    let maxsplit = match &a[1] {
        Some(v) => as_ssize(v)?,
        None => -1,
    };
    let parts = match a[0].as_ref().filter(|v| !is_none(v)) {
        None => split_ws(&data, maxsplit, rev),
        Some(sep) => {
            let sep = buffer_arg(sep)?;
            if sep.is_empty() {
                return value_error("empty separator");
            }
            return Ok(bytes_list(s, split_on(&data, &sep, maxsplit, rev)));
        }
    };
    Ok(bytes_list(s, parts))
}

fn m_split(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    split_impl(args, kwargs, "split", false)
}
fn m_rsplit(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    split_impl(args, kwargs, "rsplit", true)
}

fn m_splitlines(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let data = view(s)?;
    let a = parse_kw("splitlines", rest, kwargs, &["keepends"], 0)?;
    let keep = int_flag(a[0].as_ref())?;
    let parts = crate::types::str::text::splitlines_bytes(&data, keep);
    Ok(bytes_list(s, parts))
}

fn m_join(args: &[Obj]) -> PyResult<Obj> {
    let (s, data, rest) = one_arg(args, "join")?;
    let items = join_items(&rest[0])?;
    let mut size = data.len().saturating_mul(items.len());
    for it in &items {
        if let Payload::Bytes(b) = it.payload() {
            size = size.saturating_add(b.len());
        }
    }
    alloc_check(size)?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = buffer(it) else {
            return type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                types::type_name_of(it)
            ));
        };
        if i > 0 {
            out.extend_from_slice(&data);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(s, out))
}

fn partition_impl(args: &[Obj], rev: bool) -> PyResult<Obj> {
    let (s, data, rest) = one_arg(args, if rev { "rpartition" } else { "partition" })?;
    let sep = buffer_arg(&rest[0])?;
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let found = if rev {
        rfind_sub(&data, &sep)
    } else {
        find_sub(&data, &sep, 0)
    };
    let parts = match found {
        Some(i) => vec![
            like(s, data[..i].to_vec()),
            like(s, sep.to_vec()),
            like(s, data[i + sep.len()..].to_vec()),
        ],
        None if rev => vec![like(s, vec![]), like(s, vec![]), like(s, data.to_vec())],
        None => vec![like(s, data.to_vec()), like(s, vec![]), like(s, vec![])],
    };
    Ok(tuple::new_tuple(parts))
}

fn m_partition(args: &[Obj]) -> PyResult<Obj> {
    partition_impl(args, false)
}
fn m_rpartition(args: &[Obj]) -> PyResult<Obj> {
    partition_impl(args, true)
}

// --- stripping, padding, replacing ------------------------------------------------

fn strip_impl(args: &[Obj], name: &'static str, left: bool, right: bool) -> PyResult<Obj> {
    let (s, data, rest) = recv(args, Arity::Clinic(name, 0, 1))?;
    let set: Option<Cow<[u8]>> = match rest.first() {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => Some(buffer_arg(v)?),
    };
    let keep = |c: &u8| match &set {
        None => !is_space(*c),
        Some(set) => !set.contains(c),
    };
    let mut a = 0;
    let mut b = data.len();
    if left {
        a = data.iter().position(keep).unwrap_or(b);
    }
    if right {
        b = data[a..].iter().rposition(keep).map_or(a, |k| a + k + 1);
    }
    Ok(like(s, data[a..b].to_vec()))
}

fn m_strip(args: &[Obj]) -> PyResult<Obj> {
    strip_impl(args, "strip", true, true)
}
fn m_lstrip(args: &[Obj]) -> PyResult<Obj> {
    strip_impl(args, "lstrip", true, false)
}
fn m_rstrip(args: &[Obj]) -> PyResult<Obj> {
    strip_impl(args, "rstrip", false, true)
}

fn justify(args: &[Obj], name: &'static str, how: char) -> PyResult<Obj> {
    let (s, data, rest) = recv(args, Arity::Clinic(name, 1, 2))?;
    let width = as_ssize(&rest[0])?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(v) => match buffer(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    types::type_name_of(v)
                ));
            }
        },
    };
    let len = data.len();
    if width <= len as isize {
        return Ok(like(s, data.into_owned()));
    }
    let width = width as usize;
    alloc_check(width)?;
    let marg = width - len;
    let (l, r) = match how {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => crate::types::str::text::center_margins(len, width),
    };
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat_n(fill, l));
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(like(s, out))
}

fn m_center(args: &[Obj]) -> PyResult<Obj> {
    justify(args, "center", '^')
}
fn m_ljust(args: &[Obj]) -> PyResult<Obj> {
    justify(args, "ljust", '<')
}
fn m_rjust(args: &[Obj]) -> PyResult<Obj> {
    justify(args, "rjust", '>')
}

fn m_zfill(args: &[Obj]) -> PyResult<Obj> {
    let (s, data, rest) = one_arg(args, "zfill")?;
    let width = as_ssize(&rest[0])?;
    if width <= data.len() as isize {
        return Ok(like(s, data.into_owned()));
    }
    alloc_check(width as usize)?;
    let fill = width as usize - data.len();
    let mut out = Vec::with_capacity(width as usize);
    let (sign, body) = match data.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &data[1..]),
        _ => (None, &data[..]),
    };
    out.extend(sign);
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(body);
    Ok(like(s, out))
}

fn m_expandtabs(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let data = view(s)?;
    let a = parse_kw("expandtabs", rest, kwargs, &["tabsize"], 0)?;
    let tabsize = match &a[0] {
        Some(v) => as_ssize(v)?,
        None => 8,
    };
    let chars = || data.iter().map(|&b| b as char);
    let Some(n) = crate::types::str::text::expandtabs_len(chars(), tabsize) else {
        return crate::errors::overflow_error("result too long");
    };
    alloc_check(n)?;
    let out: Vec<u8> = crate::types::str::text::expandtabs_chars(chars(), tabsize)
        .map(|c| c as u32 as u8)
        .collect();
    Ok(like(s, out))
}

fn m_replace(args: &[Obj]) -> PyResult<Obj> {
    let (s, data, rest) = recv(args, Arity::Clinic("replace", 2, 3))?;
    let old = buffer_arg(&rest[0])?;
    let new = buffer_arg(&rest[1])?;
    let mut count = match rest.get(2) {
        Some(v) => as_ssize(v)?,
        None => -1,
    };
    if new.len() > old.len() {
        let mut found = if old.is_empty() { data.len() + 1 } else { 0 };
        let mut i = 0;
        while !old.is_empty()
            && let Some(k) = find_sub(&data, &old, i)
        {
            found += 1;
            i = k + old.len();
        }
        let m = if count < 0 {
            found
        } else {
            found.min(count as usize)
        };
        alloc_check(
            m.saturating_mul(new.len() - old.len())
                .saturating_add(data.len()),
        )?;
    }
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for &c in data.iter() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(like(s, out));
    }
    let mut i = 0;
    while count != 0 {
        match find_sub(&data, &old, i) {
            Some(k) => {
                out.extend_from_slice(&data[i..k]);
                out.extend_from_slice(&new);
                i = k + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(like(s, out))
}

fn affix_remove(args: &[Obj], suffix: bool) -> PyResult<Obj> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let (s, data, rest) = one_arg(args, name)?;
    let a = buffer_arg(&rest[0])?;
    let out = if suffix {
        data.strip_suffix(&a[..])
    } else {
        data.strip_prefix(&a[..])
    };
    Ok(like(s, out.unwrap_or(&data).to_vec()))
}

fn m_removeprefix(args: &[Obj]) -> PyResult<Obj> {
    affix_remove(args, false)
}
fn m_removesuffix(args: &[Obj]) -> PyResult<Obj> {
    affix_remove(args, true)
}

// --- decode, hex, translate ---------------------------------------------------------

fn m_decode(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let data = view(s)?;
    let a = parse_kw("decode", rest, kwargs, &["encoding", "errors"], 0)?;
    let enc = super::str_opt("decode", "encoding", a[0].as_ref())?;
    let errors = super::str_opt("decode", "errors", a[1].as_ref())?;
    let text = crate::types::str::codecs::decode(
        &data,
        enc.unwrap_or("utf-8"),
        errors.unwrap_or("strict"),
    )?;
    Ok(crate::types::str::new_string(text))
}

/// `bytes.fromhex` parsing: pairs of hex digits, ASCII whitespace between
/// pairs.
pub fn from_hex(s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let digit = |c: u8| (c as char).to_digit(16);
    let err = |i: usize| {
        let pos = crate::types::str::count_chars(&s[..i.min(s.len())]);
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(b[i]) else { return err(i) };
        let Some(lo) = b.get(i + 1).and_then(|&c| digit(c)) else {
            return err(i + 1);
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.hex(sep, bytes_per_sep)`: groups count from the right when
/// `bytes_per_sep` is positive, from the left when negative.
pub fn to_hex(data: &[u8], sep: Option<u8>, per: isize) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs();
    for (i, &c) in data.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && group > 0
        {
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep as char);
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    out
}

fn m_hex(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let data = view(s)?;
    let a = parse_kw("hex", rest, kwargs, &["sep", "bytes_per_sep"], 0)?;
    let sep = match &a[0] {
        None => None,
        Some(v) => {
            let sep: Vec<u8> = if let Some(t) = crate::types::str::as_str(v) {
                if !t.is_ascii() && t.chars().count() == 1 {
                    return value_error("sep must be ASCII.");
                }
                t.as_bytes().to_vec()
            } else if let Some(b) = buffer(v) {
                b.into_owned()
            } else {
                return type_error(format!(
                    "object of type '{}' has no len()",
                    types::type_name_of(v)
                ));
            };
            if sep.len() != 1 {
                return value_error("sep must be length 1.");
            }
            if !sep[0].is_ascii() {
                return value_error("sep must be ASCII.");
            }
            Some(sep[0])
        }
    };
    let per = match &a[1] {
        Some(v) => as_ssize(v)?,
        None => 1,
    };
    Ok(crate::types::str::new_string(to_hex(&data, sep, per)))
}

fn m_translate(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let data = view(s)?;
    if rest.is_empty()
        && kwargs
            .iter()
            .all(|(k, _)| crate::types::str::as_str(k) != Some("table"))
    {
        return type_error(format!(
            "translate() takes at least 1 positional argument ({} given)",
            rest.len()
        ));
    }
    let a = parse_kw("translate", rest, kwargs, &["table", "delete"], 1)?;
    let table = match a[0].as_ref().filter(|v| !is_none(v)) {
        None => None,
        Some(t) => {
            let t = buffer_arg(t)?.into_owned();
            if t.len() != 256 {
                return value_error("translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        Some(d) => buffer_arg(d)?.into_owned(),
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(like(s, out))
}

/// `bytes.maketrans(frm, to)` (static; args[0] is ignored).
fn m_maketrans(args: &[Obj]) -> PyResult<Obj> {
    let (_, rest) = split_self(args)?;
    arity(rest, Arity::Clinic("maketrans", 2, 2))?;
    let frm = buffer_arg(&rest[0])?;
    let to = buffer_arg(&rest[1])?;
    if frm.len() != to.len() {
        return value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in frm.iter().zip(to.iter()) {
        table[a as usize] = b;
    }
    Ok(super::new_bytes(table))
}

pub(super) fn register(t: &Obj) {
    add_methods(
        t,
        &[
            ("upper", m_upper),
            ("lower", m_lower),
            ("title", m_title),
            ("capitalize", m_capitalize),
            ("swapcase", m_swapcase),
            ("isalnum", m_isalnum),
            ("isalpha", m_isalpha),
            ("isdigit", m_isdigit),
            ("isspace", m_isspace),
            ("isascii", m_isascii),
            ("islower", m_islower),
            ("isupper", m_isupper),
            ("istitle", m_istitle),
            ("find", m_find),
            ("rfind", m_rfind),
            ("index", m_index),
            ("rindex", m_rindex),
            ("count", m_count),
            ("startswith", m_startswith),
            ("endswith", m_endswith),
            ("join", m_join),
            ("partition", m_partition),
            ("rpartition", m_rpartition),
            ("strip", m_strip),
            ("lstrip", m_lstrip),
            ("rstrip", m_rstrip),
            ("center", m_center),
            ("ljust", m_ljust),
            ("rjust", m_rjust),
            ("zfill", m_zfill),
            ("replace", m_replace),
            ("removeprefix", m_removeprefix),
            ("removesuffix", m_removesuffix),
        ],
    );
    add_kw_methods(
        t,
        &[
            ("split", m_split),
            ("rsplit", m_rsplit),
            ("splitlines", m_splitlines),
            ("expandtabs", m_expandtabs),
            ("decode", m_decode),
            ("hex", m_hex),
            ("translate", m_translate),
        ],
    );
    add_classmethod(t, "maketrans", BuiltinImpl::Pos(m_maketrans));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_grouping() {
        assert_eq!(to_hex(b"\x01\x02\xff", None, 1), "0102ff");
        assert_eq!(to_hex(b"\x01\x02\xff", Some(b':'), 1), "01:02:ff");
        assert_eq!(to_hex(b"abcde", Some(b':'), 2), "61:6263:6465");
        assert_eq!(to_hex(b"abcde", Some(b':'), -2), "6162:6364:65");
        assert_eq!(to_hex(b"abc", Some(b':'), 0), "616263");
    }

    #[test]
    fn splitting() {
        assert_eq!(split_ws(b"  a  b  ", 1, false), [&b"a"[..], b"b  "]);
        assert_eq!(split_ws(b"  a  b  ", 1, true), [&b"  a"[..], b"b"]);
        assert_eq!(split_ws(b"a\x1cb", -1, false), [&b"a\x1cb"[..]]);
        assert_eq!(split_on(b"a,b,,c", b",", 2, true), [&b"a,b"[..], b"", b"c"]);
        assert_eq!(split_on(b"aaa", b"aa", -1, true), [&b"a"[..], b""]);
        assert_eq!(find_sub(b"abcabc", b"ca", 0), Some(2));
        assert_eq!(rfind_sub(b"abcabc", b"bc"), Some(4));
    }
}
