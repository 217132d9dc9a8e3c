//! `yield from` / `await` delegation, awaitables and async iteration.

use super::{opt, put, v};
use crate::abi::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE};
use crate::errors::{Exc, PyErr, PyResult, exc_data, type_error};
use crate::eval::state::{self, status, value_word};
use crate::eval::util::{get_exc_attr, lookup_special_bound};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::code::CodeData;
use crate::types::function::FunctionData;
use crate::types::generator::{self as generator, GenKind, Resume, SendResult, gen_data};
use crate::types::{self, builtin};
use std::cell::Cell;

fn is_coroutine(o: &Obj) -> bool {
    match gen_data(o) {
        Some(g) => match g.kind {
            GenKind::Coroutine => true,
            GenKind::Generator => g
                .code
                .as_ref()
                .and_then(|c| types::code::as_code(c))
                .is_some_and(|cd| cd.flags & CO_ITERABLE_COROUTINE != 0),
            _ => false,
        },
        None => false,
    }
}

fn current_code_flags() -> u32 {
    let f = state::current_frame();
    if f.is_null() {
        return 0;
    }
    // SAFETY: frames on the chain are live.
    unsafe { (*f).code_data().flags }
}

fn yield_from_iter(o: &Obj) -> PyResult<Obj> {
    if let Some(g) = gen_data(o) {
        if g.kind == GenKind::Coroutine {
            if current_code_flags() & (CO_COROUTINE | CO_ITERABLE_COROUTINE) == 0 {
                return type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                );
            }
            return Ok(o.clone());
        }
        if g.kind == GenKind::Generator {
            return Ok(o.clone());
        }
    }
    ops::get_iter(o)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_get_yield_from_iter(obj: u64) -> u64 {
    value_word(yield_from_iter(v(&obj)))
}

fn is_iterator(o: &Obj) -> bool {
    match o.payload() {
        Payload::Iter(_) => true,
        // (An async generator has no `__next__`.)
        Payload::Generator(g) => g.kind != GenKind::AsyncGenerator,
        _ => types::lookup_special(o, "__next__").is_some(),
    }
}

thread_local! {
    static AWAIT_NAME: std::mem::ManuallyDrop<Obj> =
        std::mem::ManuallyDrop::new(types::str::new_str("__await__"));
}

thread_local! {
    /// The last class whose `__await__` made its generator directly
    /// (`simple_await`): its type word and that function's word (both
    /// owned: the addresses cannot be reused while cached), and the type
    /// epoch then. `await SUSPEND` in a loop looks nothing up.
    static AWAIT_CACHE: Cell<(u64, u64, u64)> = const { Cell::new((0, 0, 0)) };
}

/// Is `m` a plain generator function taking just `self` (the usual
/// `__await__` of an awaitable class), whose generator a call with one
/// argument makes without the call protocol? Its code is checked at every
/// use (`__code__` may be replaced).
#[inline(always)]
fn simple_await_function(m: &Obj) -> Option<(&FunctionData, &CodeData)> {
    let Payload::Function(fd) = m.payload() else {
        return None;
    };
    let cd = types::code::code_data(&fd.code);
    if !(cd.simple_generator && cd.argcount == 1 && fd.direct.argc != 1)
        || cd.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR) != 0
    {
        return None;
    }
    Some((fd, cd))
}

/// The generator `__await__` method `m` makes for `o` without the call
/// protocol, when `m` is a `simple_await_function`; None otherwise.
#[inline(always)]
fn simple_await(m: &Obj, o: &Obj) -> Option<Obj> {
    let (fd, cd) = simple_await_function(m)?;
    let args = std::slice::from_ref(o);
    Some(crate::eval::call::new_simple_generator(m, fd, cd, args))
}

/// The `__await__` of `o`'s class when it is the one `AWAIT_CACHE` holds,
/// unchanged since, and still a `simple_await_function`: the word of the
/// function (the cache's reference, borrowed), for `await o` to run the
/// generator's frame at once (`rt_await_value`). None otherwise.
#[inline(always)]
pub(crate) fn cached_await_function(o: &Obj) -> Option<u64> {
    let (ty, m, epoch) = AWAIT_CACHE.with(Cell::get);
    if ty == 0 || ty != o.ty_word() || epoch != ops::attr::cache::epoch() {
        return None;
    }
    simple_await_function(Obj::borrow(&m))?;
    Some(m)
}

/// `awaitable_iter(o)` when `o`'s class is the one `AWAIT_CACHE` holds,
/// unchanged since: the generator its `__await__` makes (a plain
/// generator, so an iterator and no coroutine). None otherwise.
#[inline(always)]
fn cached_await(o: &Obj) -> Option<Obj> {
    let (ty, m, epoch) = AWAIT_CACHE.with(Cell::get);
    if ty == 0 || ty != o.ty_word() || epoch != ops::attr::cache::epoch() {
        return None;
    }
    simple_await(Obj::borrow(&m), o)
}

/// `type(o).__await__(o)`, None when the type has no `__await__`. Looked
/// up by the name object's identity (no text compared) and called unbound;
/// an `__await__` written as a generator method (the usual awaitable
/// class) gets its generator without the call protocol.
fn call_await(o: &Obj) -> PyResult<Option<Obj>> {
    let ty = o.ty_word();
    let Some(m) = AWAIT_NAME.with(|n| ops::attr::cache::lookup_obj(Obj::borrow(&ty), n)) else {
        return Ok(None);
    };
    if let Some(g) = simple_await(&m, o) {
        let entry = (
            Obj::borrow(&ty).clone().into_word(),
            m.clone().into_word(),
            ops::attr::cache::epoch(),
        );
        // The old entry's references go after the store (releasing them
        // may run code).
        let (old_ty, old_m, _) = AWAIT_CACHE.with(|c| c.replace(entry));
        drop(Obj::from_word(old_ty));
        drop(Obj::from_word(old_m));
        return Ok(Some(g));
    }
    ops::call::call_unbound(&m, o, &[], &[]).map(Some)
}

/// CPython's `_PyCoro_GetAwaitableIter`.
pub fn awaitable_iter(o: &Obj) -> PyResult<Obj> {
    if is_coroutine(o) {
        return Ok(o.clone());
    }
    if let Some(res) = call_await(o)? {
        if is_coroutine(&res) {
            return type_error("__await__() returned a coroutine");
        }
        if !is_iterator(&res) {
            return type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                types::type_name_of(&res)
            ));
        }
        return Ok(res);
    }
    type_error(format!(
        "object {} can't be used in 'await' expression",
        types::type_name_of(o)
    ))
}

fn get_awaitable(o: &Obj, where_: u64) -> PyResult<Obj> {
    let r = match awaitable_iter(o) {
        Err(e)
            if e.matches(Exc::TypeError)
                && (where_ == 1 || where_ == 2)
                && types::lookup_special(o, "__await__").is_none() =>
        {
            type_error(format!(
                "'async with' received an object from __a{}__ that does not implement __await__: {}",
                if where_ == 1 { "enter" } else { "exit" },
                types::type_name_of(o)
            ))
        }
        r => r,
    }?;
    if let Some(g) = gen_data(&r)
        && g.kind == GenKind::Coroutine
        && g.is_awaiting()
    {
        return Err(PyErr::new(
            Exc::RuntimeError,
            "coroutine is being awaited already",
        ));
    }
    Ok(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_get_awaitable(obj: u64, where_: u64) -> u64 {
    let o = v(&obj);
    // `await coro()`: a coroutine that is not delegating is its own
    // awaitable iterator.
    if let Some(g) = gen_data(o)
        && g.kind == GenKind::Coroutine
        && g.yieldfrom.get() == 0
    {
        return o.clone().into_word();
    }
    // `await SUSPEND`: an instance of the class whose `__await__` the
    // last such await called.
    if gen_data(o).is_none()
        && let Some(g) = cached_await(o)
    {
        return g.into_word();
    }
    value_word(get_awaitable(o, where_))
}

/// The `value` of a StopIteration instance (None when it has no args).
pub fn stop_iteration_value(e: &Obj) -> Obj {
    if let Some(x) = get_exc_attr(e, "value") {
        return x;
    }
    exc_data(e)
        .and_then(|d| {
            let a = d.args.borrow().clone();
            types::tuple::as_slice(&a).and_then(|s| s.first().cloned())
        })
        .unwrap_or_else(|| builtin().none.clone())
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_stop_iteration_value(exc: u64) -> u64 {
    stop_iteration_value(v(&exc)).into_word()
}

/// Records which object the running generator delegates to.
#[inline]
fn note_yieldfrom(receiver: Option<&Obj>) {
    generator::set_current_yieldfrom(receiver);
}

/// Converts a call result for `send`/`throw` delegation: Ok(Yield) for a
/// value, Ok(Return(value)) for StopIteration.
fn from_call(r: PyResult<Obj>) -> PyResult<SendResult> {
    match r {
        Ok(x) => Ok(SendResult::Yield(x)),
        Err(e) if e.matches(Exc::StopIteration) => {
            Ok(SendResult::Return(stop_iteration_value(&e.0)))
        }
        Err(e) => Err(e),
    }
}

/// The asend/athrow awaitables finish by raising StopIteration (as their
/// `send` methods do); delegation treats that as their return value.
fn awaitable_stop(kind: GenKind, r: PyResult<SendResult>) -> PyResult<SendResult> {
    match r {
        Err(e)
            if matches!(kind, GenKind::ASend | GenKind::AThrow)
                && e.matches(Exc::StopIteration) =>
        {
            Ok(SendResult::Return(stop_iteration_value(&e.0)))
        }
        r => r,
    }
}

/// One step of `yield from receiver` / `await receiver`, sending `val`.
pub fn send(receiver: &Obj, val: &Obj) -> PyResult<SendResult> {
    if let Some(g) = gen_data(receiver) {
        match g.kind {
            GenKind::Coroutine | GenKind::Generator => {
                return generator::resume_send(receiver, val.clone());
            }
            GenKind::CoroWrapper => {
                return generator::resume(receiver, Resume::Send(val.clone()), false);
            }
            GenKind::ASend | GenKind::AThrow => {
                return awaitable_stop(
                    g.kind,
                    generator::resume(receiver, Resume::Send(val.clone()), false),
                );
            }
            GenKind::AsyncGenerator => {}
        }
    }
    if val.is(&builtin().none) {
        if let Payload::Iter(_) = receiver.payload() {
            return match ops::next(receiver) {
                Ok(Some(x)) => Ok(SendResult::Yield(x)),
                Ok(None) => Ok(SendResult::Return(builtin().none.clone())),
                Err(e) if e.matches(Exc::StopIteration) => {
                    Ok(SendResult::Return(stop_iteration_value(&e.0)))
                }
                Err(e) => Err(e),
            };
        }
        if let Some(next) = lookup_special_bound(receiver, "__next__")? {
            return from_call(ops::call(&next, &[], None));
        }
    }
    from_call(ops::call_method(
        receiver,
        "send",
        std::slice::from_ref(val),
    ))
}

// (Inlined: a call per delegated step, and its result through memory.)
#[inline(always)]
fn finish(r: PyResult<SendResult>, receiver: &Obj, out: u64) -> i64 {
    match r {
        Ok(SendResult::Yield(x)) => {
            note_yieldfrom(Some(receiver));
            // SAFETY: the caller passes one writable slot.
            unsafe { put(out, 0, x) };
            1
        }
        Ok(SendResult::Return(x)) => {
            note_yieldfrom(None);
            // SAFETY: as above.
            unsafe { put(out, 0, x) };
            0
        }
        Err(e) => {
            note_yieldfrom(None);
            status(Err(e))
        }
    }
}

/// `SEND`: one step of the delegation to `receiver`, sending `val` (0 for
/// None): 1 when it yielded (the value in `out`), 0 when it finished (its
/// result in `out`; the caller's reference to `receiver` is then consumed,
/// so that a finished coroutine nothing else holds is freed here), -1 with
/// an exception.
///
/// # Safety
/// `out` must point to one writable word; `receiver` is an owned word the
/// caller gives up when this returns 0.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_send(receiver: u64, val: u64, out: u64) -> i64 {
    // SAFETY: caller contract.
    if let Some(s) = unsafe { generator::send_flat(receiver, val, out as *mut u64) } {
        return s;
    }
    let s = send_step(v(&receiver), val, out);
    if s == 0 {
        // SAFETY: caller contract: the reference is handed over on 0.
        if let Some(r) = Obj::from_word(receiver) {
            generator::release_finished_ref(r);
        }
    }
    s
}

/// `await f(args)` (`CALL n`, `GET_AWAITABLE`, `LOAD_CONST None`, `SEND`)
/// when `f` is a coroutine function taking exactly the `nargs` arguments:
/// its coroutine's first step, as `rt_send` reports it, without a
/// coroutine object unless it suspends (1: the yielded value in `out[0]`,
/// the coroutine in `out[1]`; 0: its result in `out[0]`; -1: an
/// exception). 2, having done nothing, for any other callable: the
/// generated code then makes the call and the first `SEND` itself.
///
/// # Safety
/// `args` points to `nargs + 2` words as `rt_call_method` reads them
/// (borrowed); `out` to two writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_await_call(args: u64, nargs: u64, out: u64) -> i64 {
    // SAFETY: caller contract.
    unsafe { generator::await_call(args, nargs, out as *mut u64) }.unwrap_or(2)
}

/// `await obj` (`GET_AWAITABLE`, `LOAD_CONST None`, `SEND`) of an object
/// whose class's `__await__` is a plain generator method, the one the last
/// such await called: its generator's first step, as `rt_await_call`
/// reports a coroutine's (the generator object, made only if it
/// suspended, in `out[1]`). 2, having done nothing, for any other object:
/// the generated code then calls `rt_get_awaitable` and `rt_send`.
///
/// # Safety
/// `obj` is a value word the caller holds (borrowed); `out` points to two
/// writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_await_value(obj: u64, out: u64) -> i64 {
    // SAFETY: caller contract.
    unsafe { generator::await_value(obj, out as *mut u64) }.unwrap_or(2)
}

/// `rt_send` but for the release of `receiver`.
#[inline(always)]
fn send_step(receiver: &Obj, val: u64, out: u64) -> i64 {
    // A delegate resumed directly by `resume_send` finished: its outcome.
    if let Some(r) = generator::take_delegate_outcome(receiver) {
        return finish(r, receiver, out);
    }
    // None sent as 0 (the `LOAD_CONST None` that starts a delegation, a
    // delegating yield resumed by `next()`) passes on as 0 to generators
    // and coroutines.
    if val == 0
        && gen_data(receiver)
            .is_some_and(|g| matches!(g.kind, GenKind::Generator | GenKind::Coroutine))
    {
        return finish(generator::resume_next(receiver), receiver, out);
    }
    let val = opt(&val).unwrap_or(&builtin().none);
    finish(send(receiver, val), receiver, out)
}

/// Closes the delegate of a generator receiving GeneratorExit.
fn close_delegate(receiver: &Obj) -> PyResult<()> {
    if gen_data(receiver).is_some() {
        return generator::gen_close(receiver);
    }
    if let Some(close) = ops::getattr_opt(receiver, "close")? {
        ops::call(&close, &[], None)?;
    }
    Ok(())
}

fn throw_into(receiver: &Obj, exc: Obj) -> PyResult<SendResult> {
    let is_exit = types::is_subtype(&exc.ty(), Exc::GeneratorExit.ty());
    if is_exit && gen_data(receiver).is_none_or(|g| g.kind != GenKind::AsyncGenerator) {
        close_delegate(receiver)?;
        return Err(PyErr(exc));
    }
    if let Some(g) = gen_data(receiver)
        && g.kind != GenKind::AsyncGenerator
    {
        return awaitable_stop(
            g.kind,
            generator::resume(receiver, Resume::Throw(exc), false),
        );
    }
    match ops::getattr_opt(receiver, "throw")? {
        None => Err(PyErr(exc)),
        Some(m) => from_call(ops::call(&m, &[exc], None)),
    }
}

/// The pending exception was thrown into a generator suspended in
/// `yield from receiver`: forward it (1 = yielded, 0 = returned, -1 = error).
///
/// # Safety
/// `out` must point to one writable word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_gen_throw_into(receiver: u64, out: u64) -> i64 {
    let receiver = v(&receiver);
    let Some(exc) = state::take_pending() else {
        return status(Err(PyErr::new(
            Exc::SystemError,
            "rt_gen_throw_into without a pending exception",
        )));
    };
    let r = throw_into(receiver, exc);
    match r {
        Err(e) => {
            note_yieldfrom(None);
            // Propagating: keep the exception exactly as it is.
            state::set_pending_raw(e.0);
            -1
        }
        r => finish(r, receiver, out),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_gen_check_stop(_frame: u64) {}

fn get_aiter(o: &Obj) -> PyResult<Obj> {
    let Some(m) = lookup_special_bound(o, "__aiter__")? else {
        return type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            types::type_name_of(o)
        ));
    };
    let it = ops::call(&m, &[], None)?;
    if types::lookup_special(&it, "__anext__").is_none() {
        return type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            types::type_name_of(&it)
        ));
    }
    Ok(it)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_get_aiter(obj: u64) -> u64 {
    value_word(get_aiter(v(&obj)))
}

fn get_anext(o: &Obj) -> PyResult<Obj> {
    if let Some(g) = gen_data(o)
        && g.kind == GenKind::AsyncGenerator
    {
        return Ok(super::asyncgen::asend(o, None));
    }
    let Some(m) = lookup_special_bound(o, "__anext__")? else {
        return type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            types::type_name_of(o)
        ));
    };
    let next = ops::call(&m, &[], None)?;
    match awaitable_iter(&next) {
        Ok(a) => Ok(a),
        Err(e) => {
            let n = PyErr::new(
                Exc::TypeError,
                format!(
                    "'async for' received an invalid object from __anext__: {}",
                    types::type_name_of(&next)
                ),
            );
            if let Some(d) = exc_data(&n.0) {
                *d.cause.borrow_mut() = Some(e.0.clone());
                *d.context.borrow_mut() = Some(e.0);
                d.suppress_context.set(true);
            }
            Err(n)
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_get_anext(obj: u64) -> u64 {
    value_word(get_anext(v(&obj)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_wrap_async_gen_value(val: u64) -> u64 {
    super::asyncgen::wrap_value(v(&val)).into_word()
}

/// `BEFORE_ASYNC_WITH`: stores `mgr.__aexit__` and the (not yet awaited)
/// result of `mgr.__aenter__()` in `out[0]`, `out[1]`.
///
/// # Safety
/// `out` must point to two writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_before_async_with(mgr: u64, out: u64) -> i64 {
    let r = super::exc::enter_context(
        v(&mgr),
        "__aenter__",
        "__aexit__",
        "asynchronous context manager",
    );
    // SAFETY: caller contract.
    unsafe { super::exc::put_context(out, r) }
}

/// `END_ASYNC_FOR`: 0 when `exc` is a StopAsyncIteration (the loop ends),
/// otherwise re-raises `exc` and returns -1.
#[unsafe(no_mangle)]
pub extern "C" fn rt_end_async_for(exc: u64) -> i64 {
    let e = v(&exc).clone();
    if PyErr(e.clone()).matches(Exc::StopAsyncIteration) {
        return 0;
    }
    state::set_pending_raw(e);
    -1
}
