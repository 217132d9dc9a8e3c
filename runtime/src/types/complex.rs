//! `complex`: constructor, methods and repr.

use crate::object::{Obj, Payload};

pub fn new_complex(re: f64, im: f64) -> Obj {
    Obj::new(&super::builtin().complex, Payload::Complex(re, im))
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
