//! `bytes` and `bytearray`: the objects, their constructors (`__new__`,
//! `bytearray.__init__`, `fromhex`), reprs, and operators (indexing,
//! slicing, `in`, `+`, `*`, `%`, comparisons, hashing, iteration). The
//! non-operator methods shared by both types live in `methods`, bytearray's
//! in-place mutation in `mutate`.

mod methods;
mod mutate;

use crate::abi::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::errors::{Exc, PyErr, PyResult, raise, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::str::args::{
    Arity, arity, index_value, item_index, not_implemented, parse_kw, slice_indices, split_self,
};
use crate::types::typeobj::{add_classmethod, add_kw_methods, add_methods};
use crate::types::{self, Builtins, builtin, int};
use num_traits::ToPrimitive;
use std::borrow::Cow;
use std::cell::RefCell;

/// A new bytes object.
pub fn new_bytes(v: Vec<u8>) -> Obj {
    Obj::new(&builtin().bytes, Payload::Bytes(v.into_boxed_slice()))
}

/// A new bytearray object.
pub fn new_bytearray(v: Vec<u8>) -> Obj {
    Obj::new(&builtin().bytearray, Payload::ByteArray(RefCell::new(v)))
}

/// The contents of a bytes object (or bytes subclass instance).
pub fn as_bytes(v: &Obj) -> Option<&[u8]> {
    match v.payload() {
        Payload::Bytes(b) => Some(b),
        _ => None,
    }
}

/// A copy of the contents of a bytes or bytearray object.
pub fn bytes_data(v: &Obj) -> Option<Vec<u8>> {
    match v.payload() {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// The contents of a bytes-like object without copying bytes objects.
pub fn buffer(v: &Obj) -> Option<Cow<'_, [u8]>> {
    match v.payload() {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
        _ => None,
    }
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
pub fn buffer_arg(v: &Obj) -> PyResult<Cow<'_, [u8]>> {
    match buffer(v) {
        Some(b) => Ok(b),
        None => type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name_of(v)
        )),
    }
}

fn is_bytearray(v: &Obj) -> bool {
    matches!(v.payload(), Payload::ByteArray(_))
}

/// The receiver of a bytes/bytearray method.
fn view(v: &Obj) -> PyResult<Cow<'_, [u8]>> {
    match buffer(v) {
        Some(b) => Ok(b),
        None => type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            types::type_name_of(v)
        )),
    }
}

/// A result of the same kind as `like` (exact bytes or bytearray).
fn like(like: &Obj, data: Vec<u8>) -> Obj {
    if is_bytearray(like) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// The type name used in bytes-vs-bytearray messages.
fn kind_name(v: &Obj) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// `repr(b)`: `b'...'` with CPython's quote choice and escapes.
pub fn repr_bytes(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                use std::fmt::Write;
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// The `b'...'` part of a bytearray's repr. CPython's bytearray repr picks
/// the quote like bytes does but always escapes `'` (and never `"`).
fn repr_bytearray_body(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in data {
        match c {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            c => {
                use std::fmt::Write;
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a bytes or bytearray object (`bytearray(b'...')`, using the
/// subclass name for bytearray subclasses).
pub fn repr_obj(v: &Obj) -> Option<String> {
    match v.payload() {
        Payload::Bytes(b) => Some(repr_bytes(b)),
        Payload::ByteArray(b) => {
            let inner = repr_bytearray_body(&b.borrow());
            Some(format!("{}({inner})", types::type_name_of(v)))
        }
        _ => None,
    }
}

/// Converts one item of an iterable to a byte (`__index__`, 0..=255).
fn byte_value(v: &Obj, msg: &str) -> PyResult<u8> {
    let Some(b) = index_value(v)? else {
        return crate::types::str::args::not_integer(v);
    };
    match b.to_u8() {
        Some(x) => Ok(x),
        None => value_error(msg),
    }
}

/// The bytes of an iterable of ints ("bytes must be in range(0, 256)").
fn from_iterable(x: &Obj, kind: &str, range_msg: &str) -> PyResult<Vec<u8>> {
    let items: Vec<Obj> = match x.payload() {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => {
            let it = match crate::ops::get_iter(x) {
                Ok(it) => it,
                Err(e) if e.matches(Exc::TypeError) => {
                    return type_error(format!(
                        "cannot convert '{}' object to {kind}",
                        types::type_name_of(x)
                    ));
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(v) = crate::ops::next(&it)? {
                out.push(byte_value(&v, range_msg)?);
            }
            return Ok(out);
        }
    };
    items.iter().map(|v| byte_value(v, range_msg)).collect()
}

/// `n` zero bytes for `bytes(n)`: "negative count", MemoryError when huge.
fn zeros(n: isize) -> PyResult<Vec<u8>> {
    if n < 0 {
        return value_error("negative count");
    }
    let mut v = Vec::new();
    if v.try_reserve_exact(n as usize).is_err() {
        return Err(PyErr::with_args(Exc::MemoryError, vec![]));
    }
    v.resize(n as usize, 0);
    Ok(v)
}

/// `int` sizes in constructors: "cannot fit 'int' into an index-sized integer".
fn size_arg(x: &Obj) -> PyResult<Option<isize>> {
    match index_value(x) {
        Ok(Some(b)) => match b.to_isize() {
            Some(n) => Ok(Some(n)),
            None => raise(
                Exc::OverflowError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    types::type_name_of(x)
                ),
            ),
        },
        Ok(None) => Ok(None),
        Err(e) if e.matches(Exc::TypeError) => Ok(None),
        Err(e) => Err(e),
    }
}

fn str_opt<'a>(fname: &str, name: &str, v: Option<&'a Obj>) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(o) => match crate::types::str::as_str(o) {
            Some(s) => Ok(Some(s)),
            None => type_error(format!(
                "{fname}() argument '{name}' must be str, not {}",
                crate::types::str::arg_type_name(o)
            )),
        },
    }
}

/// The contents `bytes(source, encoding, errors)` produces.
fn bytes_contents(x: Option<&Obj>, enc: Option<&str>, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let Some(x) = x else {
        if enc.is_some() {
            return type_error("encoding without a string argument");
        }
        if errors.is_some() {
            return type_error("errors without a string argument");
        }
        return Ok(Vec::new());
    };
    if let Some(enc) = enc {
        let Some(s) = crate::types::str::as_str(x) else {
            return type_error("encoding without a string argument");
        };
        return crate::types::str::codecs::encode(s, enc, errors.unwrap_or("strict"));
    }
    let is_str = crate::types::str::as_str(x).is_some();
    if errors.is_some() {
        return if is_str {
            type_error("string argument without an encoding")
        } else {
            type_error("errors without a string argument")
        };
    }
    if let Some(f) = types::lookup_special(x, "__bytes__") {
        let r = crate::ops::call(&f, std::slice::from_ref(x), None)?;
        return match r.payload() {
            Payload::Bytes(b) => Ok(b.to_vec()),
            _ => type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                types::type_name_of(&r)
            )),
        };
    }
    if is_str {
        return type_error("string argument without an encoding");
    }
    if let Some(n) = size_arg(x)? {
        return zeros(n);
    }
    if let Some(b) = buffer(x) {
        return Ok(b.into_owned());
    }
    from_iterable(x, "bytes", "bytes must be in range(0, 256)")
}

/// `bytes.__new__(cls, source=b'', encoding=..., errors=...)`.
fn bytes_new(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let Some((cls, rest)) = args.split_first() else {
        return type_error("bytes.__new__(): not enough arguments");
    };
    let a = parse_kw("bytes", rest, kwargs, &["source", "encoding", "errors"], 0)?;
    let enc = str_opt("bytes", "encoding", a[1].as_ref())?;
    let errors = str_opt("bytes", "errors", a[2].as_ref())?;
    if let (Some(x), None, None) = (&a[0], enc, errors)
        && cls.is(&builtin().bytes)
        && x.ty().is(&builtin().bytes)
    {
        return Ok(x.clone());
    }
    let data = bytes_contents(a[0].as_ref(), enc, errors)?;
    if cls.is(&builtin().bytes) {
        Ok(new_bytes(data))
    } else {
        Ok(Obj::new(cls, Payload::Bytes(data.into_boxed_slice())))
    }
}

/// `bytearray.__new__(cls, ...)`: an empty bytearray (filled by `__init__`).
fn bytearray_new(args: &[Obj], _kwargs: &Kwargs) -> PyResult<Obj> {
    let Some(cls) = args.first() else {
        return type_error("bytearray.__new__(): not enough arguments");
    };
    Ok(Obj::new(cls, Payload::ByteArray(RefCell::new(Vec::new()))))
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`.
fn bytearray_init(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let Payload::ByteArray(cell) = s.payload() else {
        return type_error("bytearray.__init__ requires a bytearray");
    };
    let a = parse_kw(
        "bytearray",
        rest,
        kwargs,
        &["source", "encoding", "errors"],
        0,
    )?;
    let enc = str_opt("bytearray", "encoding", a[1].as_ref())?;
    let errors = str_opt("bytearray", "errors", a[2].as_ref())?;
    let data = match &a[0] {
        None if enc.is_some() => return type_error("encoding without a string argument"),
        None if errors.is_some() => return type_error("errors without a string argument"),
        None => Vec::new(),
        Some(x) => {
            if let Some(text) = crate::types::str::as_str(x) {
                let Some(enc) = enc else {
                    return type_error("string argument without an encoding");
                };
                crate::types::str::codecs::encode(text, enc, errors.unwrap_or("strict"))?
            } else if enc.is_some() {
                return type_error("encoding without a string argument");
            } else if errors.is_some() {
                return type_error("errors without a string argument");
            } else if let Some(n) = size_arg(x)? {
                zeros(n)?
            } else if let Some(b) = buffer(x) {
                b.into_owned()
            } else {
                from_iterable(x, "bytearray", "byte must be in range(0, 256)")?
            }
        }
    };
    *cell.borrow_mut() = data;
    Ok(builtin().none.clone())
}

/// `b[key]`: an int for an index, a new bytes/bytearray for a slice.
pub fn getitem(v: &Obj, key: &Obj) -> PyResult<Obj> {
    let data = view(v)?;
    if let Payload::Slice(..) = key.payload() {
        let (start, _, step, n) = slice_indices(key, data.len())?;
        let out: Vec<u8> = (0..n)
            .map(|k| data[(start + k as isize * step) as usize])
            .collect();
        return Ok(like(v, out));
    }
    let msg = if is_bytearray(v) {
        "bytearray index out of range"
    } else {
        "index out of range"
    };
    match item_index(key, data.len(), msg)? {
        Some(i) => Ok(int::new_int(data[i] as i64)),
        None => type_error(format!(
            "{} indices must be integers or slices, not {}",
            if is_bytearray(v) { "bytearray" } else { "byte" },
            types::type_name_of(key)
        )),
    }
}

/// `item in b`: an int byte value or a bytes-like subsequence.
pub fn contains(v: &Obj, item: &Obj) -> PyResult<bool> {
    let data = view(v)?;
    if let Some(sub) = buffer(item) {
        return Ok(methods::find_sub(&data, &sub, 0).is_some());
    }
    match index_value(item)? {
        Some(b) => match b.to_u8() {
            Some(x) => Ok(data.contains(&x)),
            None => value_error("byte must be in range(0, 256)"),
        },
        None => type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name_of(item)
        )),
    }
}

/// `a + b` for bytes-like operands (result has `a`'s kind).
pub fn concat(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let x = view(a)?;
    let Some(y) = buffer(b) else {
        return type_error(format!(
            "can't concat {} to {}",
            types::type_name_of(b),
            kind_name(a)
        ));
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(x.len() + y.len()).is_err() {
        return Err(PyErr::with_args(Exc::MemoryError, vec![]));
    }
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    Ok(like(a, out))
}

/// `b * n`.
pub fn repeat(v: &Obj, n: &Obj) -> PyResult<Obj> {
    let data = view(v)?;
    let Some(count) = index_value(n)? else {
        // `seq * 1.5` reports "can't multiply sequence by non-int" from
        // `ops::binary_op` before getting here; the method itself says:
        return crate::types::str::args::not_integer(n);
    };
    let Some(count) = count.to_isize() else {
        return raise(
            Exc::OverflowError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                types::type_name_of(n)
            ),
        );
    };
    let count = count.max(0) as usize;
    let Some(total) = data
        .len()
        .checked_mul(count)
        .filter(|&t| t <= isize::MAX as usize)
    else {
        return Err(PyErr::with_args(Exc::MemoryError, vec![]));
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(PyErr::with_args(Exc::MemoryError, vec![]));
    }
    for _ in 0..count {
        out.extend_from_slice(&data);
    }
    Ok(like(v, out))
}

/// Rich comparison of two bytes-like objects; None if either is not one.
pub fn compare(a: &Obj, b: &Obj, op: u64) -> Option<bool> {
    let (x, y) = (buffer(a)?, buffer(b)?);
    Some(match op {
        CMP_EQ => x == y,
        CMP_NE => x != y,
        CMP_LT => x < y,
        CMP_LE => x <= y,
        CMP_GT => x > y,
        CMP_GE => x >= y,
        _ => return None,
    })
}

/// Advances a bytes/bytearray iterator at `index`: the next byte as an int.
pub fn iter_next_byte(v: &Obj, index: &mut usize) -> Option<Obj> {
    let b = match v.payload() {
        Payload::Bytes(b) => *b.get(*index)?,
        Payload::ByteArray(b) => *b.borrow().get(*index)?,
        _ => return None,
    };
    *index += 1;
    Some(int::new_int(b as i64))
}

fn recv1(args: &[Obj], n: usize) -> PyResult<(&Obj, &[Obj])> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(n))?;
    view(s)?;
    Ok((s, rest))
}

fn m_repr(args: &[Obj]) -> PyResult<Obj> {
    let (s, _) = recv1(args, 0)?;
    Ok(crate::types::str::new_string(
        repr_obj(s).unwrap_or_default(),
    ))
}
fn m_hash(args: &[Obj]) -> PyResult<Obj> {
    let (s, _) = recv1(args, 0)?;
    Ok(int::new_int(crate::types::str::hash_bytes(&view(s)?)))
}
fn m_len(args: &[Obj]) -> PyResult<Obj> {
    let (s, _) = recv1(args, 0)?;
    Ok(int::new_int(view(s)?.len() as i64))
}
fn m_getitem(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = recv1(args, 1)?;
    getitem(s, &rest[0])
}
fn m_contains(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = recv1(args, 1)?;
    Ok(int::new_bool(contains(s, &rest[0])?))
}
fn m_add(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = recv1(args, 1)?;
    concat(s, &rest[0])
}
fn m_mul(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = recv1(args, 1)?;
    repeat(s, &rest[0])
}
fn m_mod(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = recv1(args, 1)?;
    let out = crate::types::str::percent::format_bytes(&view(s)?, &rest[0])?;
    Ok(like(s, out))
}
fn m_rmod(args: &[Obj]) -> PyResult<Obj> {
    recv1(args, 1)?;
    Ok(not_implemented())
}
fn cmp(args: &[Obj], op: u64) -> PyResult<Obj> {
    let (s, rest) = recv1(args, 1)?;
    // bytes only compares with bytes; bytearray with any bytes-like object.
    if !is_bytearray(s) && as_bytes(&rest[0]).is_none() {
        return Ok(not_implemented());
    }
    Ok(match compare(s, &rest[0], op) {
        Some(b) => int::new_bool(b),
        None => not_implemented(),
    })
}
fn m_eq(args: &[Obj]) -> PyResult<Obj> {
    cmp(args, CMP_EQ)
}
fn m_ne(args: &[Obj]) -> PyResult<Obj> {
    cmp(args, CMP_NE)
}
fn m_lt(args: &[Obj]) -> PyResult<Obj> {
    cmp(args, CMP_LT)
}
fn m_le(args: &[Obj]) -> PyResult<Obj> {
    cmp(args, CMP_LE)
}
fn m_gt(args: &[Obj]) -> PyResult<Obj> {
    cmp(args, CMP_GT)
}
fn m_ge(args: &[Obj]) -> PyResult<Obj> {
    cmp(args, CMP_GE)
}
fn m_iter(args: &[Obj]) -> PyResult<Obj> {
    let (s, _) = recv1(args, 0)?;
    Ok(crate::types::iter::new_seq_iter(s.clone()))
}
fn m_bytes(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::NoArgs("bytes.__bytes__"))?;
    if s.ty().is(&builtin().bytes) {
        return Ok(s.clone());
    }
    Ok(new_bytes(view(s)?.into_owned()))
}
fn m_getnewargs(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::NoArgs("bytes.__getnewargs__"))?;
    let copy = new_bytes(view(s)?.into_owned());
    Ok(crate::types::tuple::new_tuple(vec![copy]))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
fn m_fromhex(args: &[Obj]) -> PyResult<Obj> {
    let (cls, rest) = split_self(args)?;
    arity(rest, Arity::One("fromhex"))?;
    let Some(s) = crate::types::str::as_str(&rest[0]) else {
        return type_error(format!(
            "fromhex() argument must be str, not {}",
            types::type_name_of(&rest[0])
        ));
    };
    let data = methods::from_hex(s)?;
    let b = builtin();
    if cls.is(&b.bytes) {
        Ok(new_bytes(data))
    } else if cls.is(&b.bytearray) {
        Ok(new_bytearray(data))
    } else {
        let base = if types::is_subtype(cls, &b.bytearray) {
            new_bytearray(data)
        } else {
            new_bytes(data)
        };
        crate::ops::call(cls, &[base], None)
    }
}

pub fn init_methods(b: &Builtins) {
    for t in [&b.bytes, &b.bytearray] {
        add_methods(
            t,
            &[
                ("__repr__", m_repr),
                ("__len__", m_len),
                ("__getitem__", m_getitem),
                ("__contains__", m_contains),
                ("__add__", m_add),
                ("__mul__", m_mul),
                ("__rmul__", m_mul),
                ("__mod__", m_mod),
                ("__rmod__", m_rmod),
                ("__eq__", m_eq),
                ("__ne__", m_ne),
                ("__lt__", m_lt),
                ("__le__", m_le),
                ("__gt__", m_gt),
                ("__ge__", m_ge),
                ("__iter__", m_iter),
            ],
        );
        add_classmethod(t, "fromhex", BuiltinImpl::Pos(m_fromhex));
        methods::register(t);
    }
    add_kw_methods(&b.bytes, &[("__new__", bytes_new)]);
    add_methods(
        &b.bytes,
        &[
            ("__hash__", m_hash),
            ("__bytes__", m_bytes),
            ("__getnewargs__", m_getnewargs),
        ],
    );
    add_kw_methods(
        &b.bytearray,
        &[("__new__", bytearray_new), ("__init__", bytearray_init)],
    );
    types::dict::set_str(
        types::type_data(&b.bytearray).dict(),
        "__hash__",
        b.none.clone(),
    );
    mutate::register(&b.bytearray);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_quoting() {
        assert_eq!(repr_bytes(b"abc"), "b'abc'");
        assert_eq!(repr_bytes(b"'"), "b\"'\"");
        assert_eq!(repr_bytes(b"'\""), "b'\\'\"'");
        assert_eq!(
            repr_bytes(b"'\"\t\x00\x7f\x80a\\"),
            "b'\\'\"\\t\\x00\\x7f\\x80a\\\\'"
        );
        assert_eq!(repr_bytearray_body(b"'"), "b\"\\'\"");
        assert_eq!(repr_bytearray_body(b"'\""), "b'\\'\"'");
    }
}
