//! Generators, coroutines and async generators: a heap frame resumed by the
//! code object's native function.

use crate::object::Obj;

/// The payload of generator, coroutine and async generator objects.
pub struct GenData {
    pub frame: std::cell::Cell<*mut crate::eval::frame::Frame>,
    pub name: Obj,
    pub qualname: Obj,
    pub running: std::cell::Cell<bool>,
}
