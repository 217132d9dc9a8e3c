//! Module objects: name and global namespace dict.

use crate::object::Obj;

/// The payload of module objects.
pub struct ModuleData {
    /// The module's `__dict__` (its global namespace).
    pub dict: Obj,
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
