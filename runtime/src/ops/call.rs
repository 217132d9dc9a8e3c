//! Calls: dispatch on the callable's kind (Python function, built-in, bound
//! method, type, instance with `__call__`), vectorcall style: positional
//! arguments followed by keyword values whose names are in `kwnames`.

use crate::errors::{Exc, PyResult, raise};
use crate::object::Obj;

/// Calls `f(*args[..n-k], **{kwnames[i]: args[n-k+i]})` where k = len(kwnames).
pub fn call(f: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let _ = (f, args, kwnames);
    raise(Exc::SystemError, "call: not implemented yet")
}

/// Calls `f(*args, **kwargs)` with keyword pairs given as a slice.
pub fn call_kw(f: &Obj, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    let _ = (f, args, kwargs);
    raise(Exc::SystemError, "call_kw: not implemented yet")
}

/// `v.name(*args)`.
pub fn call_method(v: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    let m = super::getattr_str(v, name)?;
    call(&m, args, None)
}

/// `v.name(*args, **kwargs)`.
pub fn call_method_kw(v: &Obj, name: &str, args: &[Obj], kwargs: &[(Obj, Obj)]) -> PyResult<Obj> {
    let m = super::getattr_str(v, name)?;
    call_kw(&m, args, kwargs)
}
