//! `bytes` and `bytearray`: constructors, methods and reprs.

use crate::object::{Obj, Payload};

pub fn new_bytes(v: Vec<u8>) -> Obj {
    Obj::new(
        &super::builtin().bytes,
        Payload::Bytes(v.into_boxed_slice()),
    )
}
pub fn new_bytearray(v: Vec<u8>) -> Obj {
    Obj::new(
        &super::builtin().bytearray,
        Payload::ByteArray(std::cell::RefCell::new(v)),
    )
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
