//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors,
//! instance dicts, `__getattr__`/`__getattribute__`/`__setattr__`, and
//! binding of functions and built-in methods.

use crate::errors::{Exc, PyResult, raise};
use crate::object::Obj;

/// `getattr(v, name)` where `name` is a str object.
pub fn getattr(v: &Obj, name: &Obj) -> PyResult<Obj> {
    let _ = (v, name);
    raise(Exc::SystemError, "getattr: not implemented yet")
}

/// `getattr(v, name)` with a Rust string name.
pub fn getattr_str(v: &Obj, name: &str) -> PyResult<Obj> {
    getattr(v, &crate::types::str::new_str(name))
}

/// `getattr(v, name, None)`-like: Ok(None) when the attribute is missing
/// (AttributeError swallowed), errors other than AttributeError propagate.
pub fn getattr_opt(v: &Obj, name: &str) -> PyResult<Option<Obj>> {
    match getattr_str(v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `setattr(v, name, value)`.
pub fn setattr(v: &Obj, name: &Obj, value: &Obj) -> PyResult<()> {
    let _ = (v, name, value);
    raise(Exc::SystemError, "setattr: not implemented yet")
}

/// `delattr(v, name)`.
pub fn delattr(v: &Obj, name: &Obj) -> PyResult<()> {
    let _ = (v, name);
    raise(Exc::SystemError, "delattr: not implemented yet")
}
