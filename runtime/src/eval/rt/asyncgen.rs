//! Async generators (PEP 525): the wrapped values their `yield` produces,
//! the `asend`/`athrow`/`aclose` awaitables and the async generator methods,
//! following CPython 3.11's `genobject.c`.

use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::generator::{self as generator, GenData, GenKind, Resume, SendResult, gen_data};
use crate::types::{self, builtin};
use std::cell::RefCell;

thread_local! {
    static TYPES: std::mem::ManuallyDrop<RefCell<Option<(Obj, Obj, Obj)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

fn asend_methods() -> [(&'static str, fn(&[Obj]) -> PyResult<Obj>); 6] {
    [
        ("__await__", self_),
        ("__iter__", self_),
        ("__next__", aw_next),
        ("send", aw_send),
        ("throw", aw_throw),
        ("close", aw_close),
    ]
}

/// (wrapped value type, asend type, athrow type).
fn types3() -> (Obj, Obj, Obj) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let new = crate::eval::util::new_native_type;
    let wrapped = new("async_generator_wrapped_value", "builtins", None);
    let asend = new("async_generator_asend", "builtins", None);
    let athrow = new("async_generator_athrow", "builtins", None);
    for t in [&asend, &athrow] {
        types::typeobj::add_methods(t, &asend_methods());
    }
    let r = (wrapped, asend, athrow);
    TYPES.with(|t| *t.borrow_mut() = Some(r.clone()));
    r
}

/// Wraps the operand of `yield` inside an async generator.
pub fn wrap_value(v: &Obj) -> Obj {
    types::tuple::new_tuple_of_type(&types3().0, vec![v.clone()])
}

fn unwrap(x: &Obj) -> Option<Obj> {
    if x.ty().is(&types3().0) {
        types::tuple::as_slice(x).and_then(|s| s.first().cloned())
    } else {
        None
    }
}

/// The awaitable of `agen.asend(val)` / `agen.__anext__()` (val None).
pub fn asend(agen: &Obj, val: Option<Obj>) -> Obj {
    Obj::new(
        &types3().1,
        Payload::Generator(GenData::frameless(
            GenKind::ASend,
            "async_generator_asend",
            agen.clone(),
            val,
        )),
    )
}

/// The awaitable of `agen.athrow(exc)`, or `agen.aclose()` (exc None).
pub fn athrow(agen: &Obj, exc: Option<Obj>) -> Obj {
    Obj::new(
        &types3().2,
        Payload::Generator(GenData::frameless(
            GenKind::AThrow,
            "async_generator_athrow",
            agen.clone(),
            exc,
        )),
    )
}

fn stop_async() -> PyErr {
    PyErr::with_args(Exc::StopAsyncIteration, vec![])
}

fn stop_iter() -> PyErr {
    PyErr::with_args(Exc::StopIteration, vec![])
}

/// CPython's `async_gen_unwrap_value`.
fn unwrap_result(agd: &GenData, r: PyResult<SendResult>) -> PyResult<SendResult> {
    match r {
        Err(e) => {
            if e.matches(Exc::StopAsyncIteration) || e.matches(Exc::GeneratorExit) {
                agd.ag_closed.set(true);
            }
            agd.ag_running_async.set(false);
            Err(e)
        }
        Ok(SendResult::Return(_)) => {
            agd.ag_closed.set(true);
            agd.ag_running_async.set(false);
            Err(stop_async())
        }
        Ok(SendResult::Yield(x)) => match unwrap(&x) {
            Some(inner) => {
                agd.ag_running_async.set(false);
                Ok(SendResult::Return(inner))
            }
            None => Ok(SendResult::Yield(x)),
        },
    }
}

fn ignored_exit(agd: &GenData, aw: &GenData) -> PyErr {
    agd.ag_running_async.set(false);
    aw.aw_state.set(2);
    PyErr::new(Exc::RuntimeError, "async generator ignored GeneratorExit")
}

/// `check_error` of `async_gen_athrow_send`.
fn athrow_error(agd: &GenData, aw: &GenData, e: PyErr, is_close: bool) -> PyErr {
    agd.ag_running_async.set(false);
    aw.aw_state.set(2);
    if is_close && (e.matches(Exc::StopAsyncIteration) || e.matches(Exc::GeneratorExit)) {
        return stop_iter();
    }
    e
}

fn aclose_result(agd: &GenData, aw: &GenData, r: PyResult<SendResult>) -> PyResult<SendResult> {
    match r {
        Ok(SendResult::Yield(x)) => {
            if unwrap(&x).is_some() {
                Err(ignored_exit(agd, aw))
            } else {
                Ok(SendResult::Yield(x))
            }
        }
        Ok(SendResult::Return(_)) => Err(athrow_error(agd, aw, stop_async(), true)),
        Err(e) => Err(athrow_error(agd, aw, e, true)),
    }
}

/// The value an asend awaitable sends / the exception an athrow awaitable
/// throws.
fn aw_arg(aw: &GenData) -> Option<Obj> {
    aw.awaitable
        .as_ref()
        .and_then(|a| a.aw_arg.borrow().clone())
}

/// Resumes an asend/athrow awaitable (called by `generator::resume`).
pub fn awaitable_resume(_obj: &Obj, aw: &GenData, how: Resume) -> PyResult<SendResult> {
    let Some(agen) = aw.wrapped().cloned() else {
        return type_error("bad async generator awaitable");
    };
    let Some(agd) = gen_data(&agen) else {
        return type_error("bad async generator awaitable");
    };
    let none = builtin().none.clone();
    if aw.kind == GenKind::ASend {
        if aw.aw_state.get() == 2 {
            return Err(PyErr::new(
                Exc::RuntimeError,
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let r = match how {
            Resume::Send(mut arg) => {
                if aw.aw_state.get() == 0 {
                    if agd.ag_running_async.get() {
                        return Err(PyErr::new(
                            Exc::RuntimeError,
                            "anext(): asynchronous generator is already running",
                        ));
                    }
                    if arg.is(&none) {
                        arg = aw_arg(aw).unwrap_or_else(|| none.clone());
                    }
                    aw.aw_state.set(1);
                }
                agd.ag_running_async.set(true);
                unwrap_result(agd, generator::resume(&agen, Resume::Send(arg), false))
            }
            Resume::Throw(e) => {
                unwrap_result(agd, generator::resume(&agen, Resume::Throw(e), false))
            }
        };
        if !matches!(r, Ok(SendResult::Yield(_))) {
            aw.aw_state.set(2);
        }
        return r;
    }

    // athrow / aclose
    let exc = aw_arg(aw);
    let is_close = exc.is_none();
    if aw.aw_state.get() == 2 {
        return Err(PyErr::new(
            Exc::RuntimeError,
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if agd.frame.get().is_null() {
        aw.aw_state.set(2);
        return Err(stop_iter());
    }
    match how {
        Resume::Send(arg) => {
            if aw.aw_state.get() == 0 {
                if agd.ag_running_async.get() {
                    aw.aw_state.set(2);
                    let what = if is_close { "aclose" } else { "athrow" };
                    return Err(PyErr::new(
                        Exc::RuntimeError,
                        format!("{what}(): asynchronous generator is already running"),
                    ));
                }
                if agd.ag_closed.get() {
                    aw.aw_state.set(2);
                    return Err(stop_async());
                }
                if !arg.is(&none) {
                    return Err(PyErr::new(
                        Exc::RuntimeError,
                        "can't send non-None value to a just-started coroutine",
                    ));
                }
                aw.aw_state.set(1);
                agd.ag_running_async.set(true);
                if is_close {
                    agd.ag_closed.set(true);
                    let exit = crate::errors::new_exception(Exc::GeneratorExit.ty(), vec![]);
                    return aclose_result(
                        agd,
                        aw,
                        generator::resume(&agen, Resume::Throw(exit), false),
                    );
                }
                let e = exc.expect("athrow has an exception");
                return match unwrap_result(agd, generator::resume(&agen, Resume::Throw(e), false)) {
                    Err(e) => Err(athrow_error(agd, aw, e, false)),
                    r => r,
                };
            }
            let r = generator::resume(&agen, Resume::Send(arg), false);
            if is_close {
                aclose_result(agd, aw, r)
            } else {
                match unwrap_result(agd, r) {
                    Err(e) => Err(athrow_error(agd, aw, e, false)),
                    r => r,
                }
            }
        }
        Resume::Throw(e) => {
            let r = generator::resume(&agen, Resume::Throw(e), false);
            if is_close {
                aclose_result(agd, aw, r)
            } else {
                unwrap_result(agd, r)
            }
        }
    }
}

// --- methods -------------------------------------------------------------------------

fn self_(args: &[Obj]) -> PyResult<Obj> {
    args.first()
        .cloned()
        .ok_or_else(|| PyErr::new(Exc::TypeError, "missing self"))
}

fn this(args: &[Obj]) -> PyResult<&Obj> {
    match args.first() {
        Some(o) if gen_data(o).is_some() => Ok(o),
        _ => type_error("descriptor requires an async generator object"),
    }
}

fn aw_next(args: &[Obj]) -> PyResult<Obj> {
    generator::gen_send(this(args)?, builtin().none.clone())
}

fn aw_send(args: &[Obj]) -> PyResult<Obj> {
    let o = this(args)?;
    let v = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| builtin().none.clone());
    generator::gen_send(o, v)
}

fn aw_throw(args: &[Obj]) -> PyResult<Obj> {
    let o = this(args)?;
    let Some(typ) = args.get(1) else {
        return type_error("throw expected at least 1 argument, got 0");
    };
    let exc = generator::normalize_throw(typ, args.get(2))?;
    generator::gen_throw(o, exc)
}

fn aw_close(args: &[Obj]) -> PyResult<Obj> {
    if let Some(d) = gen_data(this(args)?) {
        d.aw_state.set(2);
    }
    Ok(builtin().none.clone())
}

fn ag_anext(args: &[Obj]) -> PyResult<Obj> {
    Ok(asend(this(args)?, None))
}

fn ag_asend(args: &[Obj]) -> PyResult<Obj> {
    let o = this(args)?;
    let v = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| builtin().none.clone());
    Ok(asend(o, Some(v)))
}

fn ag_athrow(args: &[Obj]) -> PyResult<Obj> {
    let o = this(args)?;
    let Some(typ) = args.get(1) else {
        return type_error("athrow expected at least 1 argument, got 0");
    };
    let exc = generator::normalize_throw(typ, args.get(2))?;
    Ok(athrow(o, Some(exc)))
}

fn ag_aclose(args: &[Obj]) -> PyResult<Obj> {
    Ok(athrow(this(args)?, None))
}

/// Registers the async generator methods.
pub fn init_methods(b: &types::Builtins) {
    types::typeobj::add_methods(
        &b.async_generator,
        &[
            ("__aiter__", self_),
            ("__anext__", ag_anext),
            ("asend", ag_asend),
            ("athrow", ag_athrow),
            ("aclose", ag_aclose),
        ],
    );
}
