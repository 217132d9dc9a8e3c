//! The `builtins` module: print, len, range, isinstance, … and the names of
//! the built-in types and exceptions.

use crate::object::Obj;

/// Creates the `builtins` namespace dict.
pub fn create_builtins_dict() -> Obj {
    crate::types::dict::new_dict()
}
