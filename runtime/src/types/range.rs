//! `range` and `slice` objects.

use crate::object::Obj;

/// The payload of range objects.
pub struct Range {
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
