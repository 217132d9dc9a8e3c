//! Frame objects of executing frames, for `sys._getframe([depth])`: `f_code`,
//! `f_globals`, `f_builtins`, `f_locals`, `f_lineno`, `f_lasti`, `f_back`.
//!
//! A frame object does not own the native `Frame` (which is freed when its
//! function returns): it records the frame's address and code, and its
//! `f_back`, `f_locals` and `f_lineno` getters read the frame only while it
//! is still on the chain of executing frames; afterwards they return what
//! the object recorded at creation. Traceback frames (`traceback.rs`) are
//! instances of the same type holding only recorded values.
//!
//! `f_locals` of a function frame shows its variables when its code keeps
//! them in the frame (`abi::CO_LOCALS_IN_FRAME`, which every function of a
//! program using `sys._getframe` has), and `f_lineno` is the line of the
//! last call site such code recorded in `frame.lasti`.

use crate::errors::{Exc, PyResult, raise, type_error};
use crate::eval::frame::Frame;
use crate::eval::state;
use crate::object::{Obj, Payload};
use crate::types::{self, builtin, dict};

/// Dict keys of the recorded frame address and of its caller's address and
/// code (NUL-prefixed: no attribute lookup can produce them).
const K_FRAME: &str = "\0frame";
const K_BACK: &str = "\0back";
const K_BACK_CODE: &str = "\0back_code";

/// `sys._getframe(depth=0)`.
pub fn getframe(a: &[Obj]) -> PyResult<Obj> {
    if a.len() > 1 {
        return type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            a.len()
        ));
    }
    let mut depth = match a.first() {
        Some(d) => {
            let n = types::int::index_bigint(d)?;
            match i32::try_from(n) {
                Ok(n) => n,
                Err(_) => {
                    return raise(
                        Exc::OverflowError,
                        "Python int too large to convert to C int",
                    );
                }
            }
        }
        None => 0,
    };
    let mut f = state::current_frame();
    while depth > 0 && !f.is_null() {
        // SAFETY: frames on the chain are live.
        f = unsafe { (*f).prev };
        depth -= 1;
    }
    if f.is_null() {
        return raise(Exc::ValueError, "call stack is not deep enough");
    }
    Ok(frame_object(f))
}

/// The current `f_locals` of the live frame `f`.
fn live_locals(f: *mut Frame) -> Obj {
    // SAFETY: callers pass live frames.
    if let Some(l) = unsafe { Frame::fast_locals(f) } {
        return l;
    }
    // SAFETY: as above.
    match unsafe { (*f).locals_obj() } {
        Some(l) => l.clone(),
        None => dict::new_dict(),
    }
}

/// The current line of the live frame `f`.
fn live_lineno(f: *mut Frame) -> Obj {
    // SAFETY: callers pass live frames.
    let fr = unsafe { &*f };
    types::int::new_int(fr.code_data().line_of(fr.lasti) as i64)
}

/// A new frame object for the live frame `f`.
fn frame_object(f: *mut Frame) -> Obj {
    // SAFETY: callers pass live frames.
    let fr = unsafe { &*f };
    let d = dict::new_dict();
    dict::set_str(&d, "f_code", fr.code_obj().clone());
    dict::set_str(&d, "f_globals", fr.globals_obj().clone());
    dict::set_str(&d, "f_builtins", fr.builtins_obj().clone());
    dict::set_str(&d, "f_lasti", types::int::new_int(2 * fr.lasti as i64));
    dict::set_str(&d, "f_lineno", live_lineno(f));
    dict::set_str(&d, "f_locals", live_locals(f));
    dict::set_str(&d, "f_back", builtin().none.clone());
    dict::set_str(&d, K_FRAME, address(f));
    if !fr.prev.is_null() {
        dict::set_str(&d, K_BACK, address(fr.prev));
        // SAFETY: the caller of a live frame is live.
        dict::set_str(&d, K_BACK_CODE, unsafe { (*fr.prev).code_obj().clone() });
    }
    let o = Obj::new(
        &super::traceback::frame_type(),
        Payload::Instance(Default::default()),
    );
    o.set_dict(Some(d));
    o
}

/// A frame address as a small int (frames are 8-aligned).
fn address(f: *mut Frame) -> Obj {
    Obj::from_small((f as usize >> 3) as i64)
}

fn recorded(o: &Obj, name: &str) -> Obj {
    o.dict()
        .and_then(|d| dict::get_str(&d, name))
        .unwrap_or_else(|| builtin().none.clone())
}

/// The native frame behind `o` (or, with `back`, behind its recorded
/// caller) if it is still executing.
fn live_frame(o: &Obj, back: bool) -> Option<*mut Frame> {
    let d = o.dict()?;
    let (k_addr, k_code) = if back {
        (K_BACK, K_BACK_CODE)
    } else {
        (K_FRAME, "f_code")
    };
    let addr = (dict::get_str(&d, k_addr)?.small_int()? as usize) << 3;
    let code = dict::get_str(&d, k_code)?;
    let mut f = state::current_frame();
    while !f.is_null() {
        // SAFETY: frames on the chain are live.
        let fr = unsafe { &*f };
        if f as usize == addr && fr.code == code.word() {
            return Some(f);
        }
        f = fr.prev;
    }
    None
}

fn this(a: &[Obj]) -> PyResult<&Obj> {
    match a.first() {
        Some(o) => Ok(o),
        None => type_error("descriptor needs a frame object"),
    }
}

fn f_back(a: &[Obj]) -> PyResult<Obj> {
    let o = this(a)?;
    if let Some(f) = live_frame(o, false) {
        // SAFETY: `f` is on the chain, so live.
        let p = unsafe { (*f).prev };
        return Ok(if p.is_null() {
            builtin().none.clone()
        } else {
            frame_object(p)
        });
    }
    // The frame has returned; its caller may still be running.
    Ok(match live_frame(o, true) {
        Some(p) => frame_object(p),
        None => recorded(o, "f_back"),
    })
}

fn f_locals(a: &[Obj]) -> PyResult<Obj> {
    let o = this(a)?;
    Ok(match live_frame(o, false) {
        Some(f) => live_locals(f),
        None => recorded(o, "f_locals"),
    })
}

fn f_lineno(a: &[Obj]) -> PyResult<Obj> {
    let o = this(a)?;
    Ok(match live_frame(o, false) {
        Some(f) => live_lineno(f),
        None => recorded(o, "f_lineno"),
    })
}

/// Adds the live-frame getters to the `frame` type.
pub fn init_frame_type(t: &Obj) {
    types::typeobj::add_getset(t, "f_back", f_back, None);
    types::typeobj::add_getset(t, "f_locals", f_locals, None);
    types::typeobj::add_getset(t, "f_lineno", f_lineno, None);
}
