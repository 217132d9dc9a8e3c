//! Generic object operations: repr/str/format, hash, truth, len, item access,
//! membership and the iteration protocol.

use crate::errors::{Exc, PyResult, raise};
use crate::object::Obj;

/// `repr(v)` as a str object.
pub fn repr(v: &Obj) -> PyResult<Obj> {
    let _ = v;
    raise(Exc::SystemError, "repr: not implemented yet")
}
/// `repr(v)` as a Rust string.
pub fn repr_string(v: &Obj) -> PyResult<String> {
    let r = repr(v)?;
    Ok(crate::types::str::as_str(&r)
        .unwrap_or_default()
        .to_string())
}
/// `str(v)` as a str object.
pub fn str_(v: &Obj) -> PyResult<Obj> {
    let _ = v;
    raise(Exc::SystemError, "str: not implemented yet")
}
/// `str(v)` as a Rust string.
pub fn str_string(v: &Obj) -> PyResult<String> {
    let r = str_(v)?;
    Ok(crate::types::str::as_str(&r)
        .unwrap_or_default()
        .to_string())
}
/// `ascii(v)`.
pub fn ascii(v: &Obj) -> PyResult<Obj> {
    let _ = v;
    raise(Exc::SystemError, "ascii: not implemented yet")
}
/// `format(v, spec)` (spec is a str object).
pub fn format(v: &Obj, spec: &Obj) -> PyResult<Obj> {
    let _ = (v, spec);
    raise(Exc::SystemError, "format: not implemented yet")
}
/// `hash(v)`.
pub fn hash(v: &Obj) -> PyResult<i64> {
    let _ = v;
    raise(Exc::SystemError, "hash: not implemented yet")
}
/// `bool(v)`.
pub fn is_true(v: &Obj) -> PyResult<bool> {
    let _ = v;
    raise(Exc::SystemError, "is_true: not implemented yet")
}
/// `len(v)`.
pub fn len(v: &Obj) -> PyResult<usize> {
    let _ = v;
    raise(Exc::SystemError, "len: not implemented yet")
}
/// `v[key]`.
pub fn getitem(v: &Obj, key: &Obj) -> PyResult<Obj> {
    let _ = (v, key);
    raise(Exc::SystemError, "getitem: not implemented yet")
}
/// `v[key] = value`.
pub fn setitem(v: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
    let _ = (v, key, value);
    raise(Exc::SystemError, "setitem: not implemented yet")
}
/// `del v[key]`.
pub fn delitem(v: &Obj, key: &Obj) -> PyResult<()> {
    let _ = (v, key);
    raise(Exc::SystemError, "delitem: not implemented yet")
}
/// `item in container`.
pub fn contains(container: &Obj, item: &Obj) -> PyResult<bool> {
    let _ = (container, item);
    raise(Exc::SystemError, "contains: not implemented yet")
}
/// `iter(v)`.
pub fn get_iter(v: &Obj) -> PyResult<Obj> {
    let _ = v;
    raise(Exc::SystemError, "iter: not implemented yet")
}
/// `next(it)`: Ok(None) when exhausted (StopIteration is not raised).
pub fn next(it: &Obj) -> PyResult<Option<Obj>> {
    let _ = it;
    raise(Exc::SystemError, "next: not implemented yet")
}
/// Collects an iterable into a Vec (fast paths for list/tuple).
pub fn iterate(v: &Obj) -> PyResult<Vec<Obj>> {
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}
