//! Built-in iterator objects: sequence iterators, range/dict/set iterators,
//! enumerate, zip, map, filter, reversed, callable iterators.

use crate::object::Obj;

/// The state of a built-in iterator.
pub enum IterState {
    /// Iterates a list/tuple/str by index.
    Seq {
        seq: Obj,
        index: usize,
    },
    Exhausted,
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
