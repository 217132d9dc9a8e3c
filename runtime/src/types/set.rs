//! `set` and `frozenset`: open-addressing tables laid out like CPython's so
//! iteration order matches, their methods and operators.

use crate::object::Obj;

/// The payload of sets and frozensets.
#[derive(Default)]
pub struct SetTable {
    pub items: Vec<Obj>,
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
