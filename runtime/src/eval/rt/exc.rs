//! Raising, catching and chaining exceptions; `with` statements.

use super::{frame, opt, put, v};
use crate::errors::{Exc, PyErr, PyResult, exc_data, type_error};
use crate::eval::state::{self, status, value_word};
use crate::eval::util::lookup_special_bound;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, builtin};

fn is_exception_class(t: &Obj) -> bool {
    matches!(t.payload(), Payload::Type(_)) && types::is_subtype(t, Exc::BaseException.ty())
}

/// Turns the operand of `raise` into an exception instance.
fn instantiate(exc: &Obj) -> PyResult<Obj> {
    if is_exception_class(exc) {
        let value = ops::call(exc, &[], None)?;
        if exc_data(&value).is_none() {
            return type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr_string(exc)?,
                types::type_name_of(&value)
            ));
        }
        return Ok(value);
    }
    if exc_data(exc).is_some() {
        return Ok(exc.clone());
    }
    type_error("exceptions must derive from BaseException")
}

fn do_raise(exc: Option<&Obj>, cause: Option<&Obj>, kind: u64) -> PyResult<()> {
    if kind == 0 || exc.is_none() {
        return match state::exc_info() {
            Some(e) => {
                state::set_pending_raw(e);
                Ok(())
            }
            None => Err(PyErr::new(
                Exc::RuntimeError,
                "No active exception to reraise",
            )),
        };
    }
    let value = instantiate(exc.expect("checked above"))?;
    if kind == 2 {
        let c = cause.unwrap_or(&builtin().none);
        let fixed = if is_exception_class(c) {
            Some(ops::call(c, &[], None)?)
        } else if exc_data(c).is_some() {
            Some(c.clone())
        } else if c.is(&builtin().none) {
            None
        } else {
            return type_error("exception causes must derive from BaseException");
        };
        if let Some(d) = exc_data(&value) {
            *d.cause.borrow_mut() = fixed;
            d.suppress_context.set(true);
        }
    }
    state::chain_context(&value);
    state::set_pending_raw(value);
    Ok(())
}

/// `raise` (kind 0), `raise exc` (1), `raise exc from cause` (2). Always
/// returns 0 with an exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn rt_raise(exc: u64, cause: u64, kind: u64) -> u64 {
    if let Err(e) = do_raise(opt(&exc), opt(&cause), kind) {
        state::set_pending(e);
    }
    0
}

/// Makes `exc` pending again as-is (no new context). Returns 0.
#[unsafe(no_mangle)]
pub extern "C" fn rt_reraise(exc: u64) -> u64 {
    state::set_pending_raw(v(&exc).clone());
    0
}

/// Takes the pending exception (the entry of an exception handler).
#[unsafe(no_mangle)]
pub extern "C" fn rt_fetch_exception() -> u64 {
    match state::take_pending() {
        Some(e) => e.into_word(),
        None => builtin().none.clone().into_word(),
    }
}

/// Makes `exc` the handled exception; returns the previous one (None
/// object when there was none).
#[unsafe(no_mangle)]
pub extern "C" fn rt_push_exc_info(exc: u64) -> u64 {
    let e = v(&exc);
    let new = if e.is(&builtin().none) {
        None
    } else {
        Some(e.clone())
    };
    match state::replace_exc_info(new) {
        Some(p) => p.into_word(),
        None => builtin().none.clone().into_word(),
    }
}

/// Restores the handled exception saved by `rt_push_exc_info`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_pop_except(prev: u64) {
    let p = v(&prev);
    let new = if p.is(&builtin().none) {
        None
    } else {
        Some(p.clone())
    };
    drop(state::replace_exc_info(new));
}

const CANNOT_CATCH: &str = "catching classes that do not inherit from BaseException is not allowed";

/// `isinstance(exc, ty)` for an `except ty` clause.
pub fn exc_matches(exc: &Obj, ty: &Obj) -> PyResult<bool> {
    if let Payload::Tuple(items) = ty.payload() {
        if items.iter().any(|t| !is_exception_class(t)) {
            return type_error(CANNOT_CATCH);
        }
        let et = exc.ty();
        return Ok(items.iter().any(|t| types::is_subtype(&et, t)));
    }
    if !is_exception_class(ty) {
        return type_error(CANNOT_CATCH);
    }
    Ok(types::is_subtype(&exc.ty(), ty))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_check_exc_match(exc: u64, ty: u64) -> i64 {
    status(exc_matches(v(&exc), v(&ty)).map(i64::from))
}

/// Records that the pending exception passed through instruction `lasti`
/// of `frame`.
///
/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_traceback_add(frame_w: u64, lasti: u64) {
    // SAFETY: generated code passes its own live frame.
    unsafe { (*(frame_w as *mut crate::eval::frame::Frame)).lasti = lasti as u32 };
    // SAFETY: as above.
    let f = unsafe { frame(frame_w) };
    if let Some(e) = state::peek_pending()
        && let Some(d) = exc_data(&e)
    {
        // Entries are kept in the order frames are unwound (innermost
        // first); `traceback::entries` gives display order.
        d.traceback
            .borrow_mut()
            .push((f.code_obj().clone(), lasti as u32));
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_load_assertion_error() -> u64 {
    Exc::AssertionError.ty().clone().into_word()
}

/// Enters a context manager: (bound `exit`, result of calling `enter`),
/// with CPython's errors for a manager lacking either method. `protocol` is
/// "context manager" (`with`) or "asynchronous context manager"
/// (`async with`, whose `enter` result is then awaited).
pub fn enter_context(mgr: &Obj, enter: &str, exit: &str, protocol: &str) -> PyResult<(Obj, Obj)> {
    let tn = || types::type_name_of(mgr);
    let Some(enter) = lookup_special_bound(mgr, enter)? else {
        return type_error(format!(
            "'{}' object does not support the {protocol} protocol",
            tn()
        ));
    };
    let Some(exit_fn) = lookup_special_bound(mgr, exit)? else {
        return type_error(format!(
            "'{}' object does not support the {protocol} protocol (missed {exit} method)",
            tn()
        ));
    };
    let res = ops::call(&enter, &[], None)?;
    Ok((exit_fn, res))
}

/// Stores an `enter_context` result as the two words `out[0]`, `out[1]`.
///
/// # Safety
/// `out` must point to two writable words.
pub unsafe fn put_context(out: u64, r: PyResult<(Obj, Obj)>) -> i64 {
    match r {
        Ok((exit, res)) => {
            // SAFETY: caller contract: two slots.
            unsafe {
                put(out, 0, exit);
                put(out, 1, res);
            }
            0
        }
        Err(e) => status(Err(e)),
    }
}

/// `with mgr:`: (bound `__exit__`, result of `__enter__()`).
pub fn before_with(mgr: &Obj) -> PyResult<(Obj, Obj)> {
    enter_context(mgr, "__enter__", "__exit__", "context manager")
}

/// # Safety
/// `out` must point to two writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_before_with(mgr: u64, out: u64) -> i64 {
    // SAFETY: caller contract.
    unsafe { put_context(out, before_with(v(&mgr))) }
}

/// Calls a `with` block's `__exit__`: `exit(None, None, None)` on normal
/// exit, `exit(type(exc), exc, None)` when `exc` is propagating.
#[unsafe(no_mangle)]
pub extern "C" fn rt_call_exit(exit: u64, exc: u64) -> u64 {
    let none = builtin().none.clone();
    let args = match opt(&exc).filter(|e| !e.is(&builtin().none)) {
        None => [none.clone(), none.clone(), none],
        Some(e) => [
            e.ty(),
            e.clone(),
            crate::eval::traceback::traceback_object(e),
        ],
    };
    value_word(ops::call(v(&exit), &args, None))
}
