//! Execution of compiled code: frames, calls into native code, the `rt_*`
//! entry points of the ABI, tracebacks and program startup.
//!
//! - `frame`: the frame record shared with generated code.
//! - `state`: pending / handled exceptions, frame chain, recursion limits.
//! - `call`: argument binding and running function, module and class bodies.
//! - `loader`: the program blob (modules, code objects).
//! - `import`: `__import__` over blob and native modules.
//! - `rt/`: the `rt_*` functions, by area.
//! - `traceback` / `anchors`: CPython-style exception reports.
//! - `io`: the standard streams.
//! - `startup`: `main`, running `__main__`, exit handling.

pub mod anchors;
pub mod call;
pub mod frame;
pub mod frameobj;
pub mod import;
pub mod io;
pub mod loader;
pub mod rt;
pub mod startup;
pub mod state;
pub mod traceback;
pub mod util;

#[cfg(test)]
mod tests;

use crate::object::Obj;

/// The globals dict of the innermost executing frame (for `globals()`).
pub fn current_globals() -> Option<Obj> {
    let f = state::current_frame();
    if f.is_null() {
        return None;
    }
    // SAFETY: frames on the chain are live.
    Some(unsafe { (*f).globals_obj().clone() })
}

/// The locals mapping of the innermost executing frame when it has one
/// (module code and class bodies). Function frames keep their locals in
/// native registers and return None.
pub fn current_locals() -> Option<Obj> {
    let f = state::current_frame();
    if f.is_null() {
        return None;
    }
    // SAFETY: frames on the chain are live.
    unsafe { (*f).locals_obj().cloned() }
}

/// The variables of the innermost executing function frame when its code
/// keeps them in the frame (`abi::CO_LOCALS_IN_FRAME`).
pub fn current_fast_locals() -> Option<Obj> {
    let f = state::current_frame();
    if f.is_null() {
        return None;
    }
    // SAFETY: frames on the chain are live.
    unsafe { frame::Frame::fast_locals(f) }
}

/// Zero-argument `super()`: the `__class__` and first argument of the
/// innermost executing frame.
pub fn zero_arg_super() -> crate::errors::PyResult<(Obj, Obj)> {
    let f = state::current_frame();
    if f.is_null() {
        return crate::errors::runtime_error("super(): no current frame");
    }
    // SAFETY: frames on the chain are live.
    rt::ops::zero_arg_super_of(unsafe { &*f })
}

pub use call::{call_function, run_class_body, run_module_code};
