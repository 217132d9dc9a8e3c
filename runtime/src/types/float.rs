//! `float`: boxed doubles, float methods and constructor.

use crate::object::{Obj, Payload};

pub fn new_float(v: f64) -> Obj {
    Obj::new(&super::builtin().float, Payload::Float(v))
}
/// The value of a float (or float subclass instance).
pub fn as_f64(v: &Obj) -> Option<f64> {
    match v.payload() {
        Payload::Float(f) => Some(*f),
        _ => None,
    }
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
