//! `await f(args)` in one step (`rt_await_call`): the `CALL`,
//! `GET_AWAITABLE`, `LOAD_CONST None` and `SEND` of an await of a
//! coroutine function called with exactly its positional parameters.
//! The coroutine's frame is built and run at once, and its object is
//! made only if it suspends: a coroutine that returns (or raises) on its
//! first run is never reachable from Python code (nothing holds it; its
//! awaiter is running, so its `cr_await` is None), so only its frame
//! exists. While the frame runs, its generator data sits on this
//! function's stack (`RUNNING` points to it, for its own delegations);
//! a suspended frame moves it into the new coroutine object, which then
//! is the `SEND`'s receiver, as if it had been made by the call.
//! Parameters left to their defaults get them as the ordinary call
//! gives them; anything else (another callable, keyword arguments,
//! `*args`, cells) is left to the generated code's ordinary `CALL`.

use super::*;

/// `rt_await_call`: `args` is `rt_call_method`'s array (method or 0,
/// self or callable, the `nargs` arguments; borrowed). None, having done
/// nothing, when the callable is not a coroutine function taking these
/// positional arguments (and its defaults for the rest). Otherwise as `rt_send`'s first step on the new
/// coroutine: 1 when it suspended (the value in `out[0]`, the coroutine
/// object, owned, in `out[1]`), 0 when it returned (the value in
/// `out[0]`), -1 with the exception pending.
///
/// # Safety
/// `args` points to `nargs + 2` words as `rt_call_method` reads them;
/// `out` to two writable words.
#[inline(always)]
pub(crate) unsafe fn await_call(args: u64, nargs: u64, out: *mut u64) -> Option<i64> {
    let p = args as *const u64;
    // SAFETY: caller contract: the array holds `nargs + 2` words.
    let (m, func_word) = unsafe { (*p, *p.add(1)) };
    let (callable, a) = if m != 0 {
        // SAFETY: as above (self and the arguments follow the method).
        (Obj::borrow(&m), unsafe {
            std::slice::from_raw_parts(p.add(1) as *const Obj, nargs as usize + 1)
        })
    } else {
        // SAFETY: as above.
        (Obj::borrow(&func_word), unsafe {
            std::slice::from_raw_parts(p.add(2) as *const Obj, nargs as usize)
        })
    };
    if callable.word() & crate::abi::TAG_MASK != 0 {
        return None;
    }
    let Payload::Function(fd) = callable.payload() else {
        return None;
    };
    // SAFETY: a function's `__code__` is always a code object.
    let cd = unsafe { code_data_unchecked(&fd.code) };
    if !cd.simple_generator
        || cd.flags & crate::abi::CO_COROUTINE == 0
        || (cd.argcount as usize) < a.len()
        || !names_are_code_names(fd, cd)
    {
        return None;
    }
    // (Read before the frame is written: the writes could alias it.)
    let nslots = cd.frame_slots();
    let f = if cd.argcount as usize == a.len() {
        // The safe point of the call this replaces (its values all sit in
        // the caller's frame).
        crate::object::gc::maybe_collect();
        crate::eval::call::simple_generator_frame(fd, cd, a)
    } else {
        frame_with_defaults(fd, cd, a)?
    };
    // SAFETY: `f` is a complete frame of the function's code, exclusively
    // ours; caller contract for `out`.
    Some(unsafe { first_step(callable, nslots, f, GenKind::Coroutine, out) })
}

/// `rt_await_value`: `await obj` (`GET_AWAITABLE`, `LOAD_CONST None`,
/// `SEND`) when `obj`'s class is the one whose `__await__` the last such
/// await called, still a plain generator method taking just `self`
/// (`delegate::cached_await_function`): the generator's frame is built and
/// run at once, as `await_call` runs a coroutine's, and its object is made
/// only if it suspends (`await SUSPEND` of a class whose `__await__` yields
/// to the scheduler). None, having done nothing, for anything else: the
/// generated code then makes the awaitable and sends to it itself.
/// Otherwise as `await_call`.
///
/// # Safety
/// `obj` is a value word the caller's stack holds; `out` points to two
/// writable words.
#[inline(always)]
pub(crate) unsafe fn await_value(obj: u64, out: *mut u64) -> Option<i64> {
    if obj & crate::abi::TAG_MASK != 0 {
        return None;
    }
    // The safe point of the `__await__` call this replaces, before the
    // cache is read (a collection may run code that changes it).
    crate::object::gc::maybe_collect();
    let o = Obj::borrow(&obj);
    let m = crate::eval::rt::delegate::cached_await_function(o)?;
    let func = Obj::borrow(&m);
    let Payload::Function(fd) = func.payload() else {
        return None;
    };
    // SAFETY: a function's `__code__` is always a code object.
    let cd = unsafe { code_data_unchecked(&fd.code) };
    if !names_are_code_names(fd, cd) {
        return None;
    }
    let nslots = cd.frame_slots();
    let f = crate::eval::call::simple_generator_frame(fd, cd, std::slice::from_ref(o));
    // SAFETY: `f` is a complete frame of `__await__`'s code (a plain
    // generator function taking `o`), exclusively ours; the frame takes a
    // reference to the function before anything runs (the cache's may go);
    // caller contract for `out`.
    Some(unsafe { first_step(func, nslots, f, GenKind::Generator, out) })
}

/// Runs the new frame `f` of `callable` (`nslots` slots) of a generator or coroutine (`kind`) that has no object yet, as
/// `rt_send`'s first step on it: 1 when it suspended (the value in
/// `out[0]`, its new object, owned, in `out[1]`), 0 when it returned (the
/// value in `out[0]`), -1 with the exception pending.
///
/// # Safety
/// `f` is a complete, created frame of `callable`'s code with `nslots`
/// slots (its `frame_slots()`), exclusively the caller's; `out` points to two
/// writable words.
#[inline(always)]
unsafe fn first_step(
    callable: &Obj,
    nslots: usize,
    f: *mut Frame,
    kind: GenKind,
    out: *mut u64,
) -> i64 {
    // SAFETY: caller contract; the frame's `func` word becomes a reference
    // the frame owns (released with it).
    unsafe { (*f).func = callable.clone().into_word() };
    // (Mutable: a suspension moves it into the new object in place.)
    let mut gd = GenData::new(kind, f, None, (None, None), None);
    let saved = save_exc_info();
    // SAFETY: the frame is created, not running, and initialised for its
    // code (whose first entry does not read `sent`).
    let r = match unsafe { run_sent(&gd, f, FRAME_STATE_CREATED, 0) } {
        Ok(r) => r,
        Err(e) => {
            release(saved);
            // The frame could not be entered (RecursionError): it never
            // ran, and nothing else refers to it.
            // SAFETY: `f` is created and exclusively ours.
            unsafe {
                Frame::release_slots(f, nslots);
                free_frame(f, nslots);
            }
            gd.frame.set(std::ptr::null_mut());
            return super::send::delegation_failed(e);
        }
    };
    put_back_exc_info(&gd, f, saved);
    // SAFETY: the native function has returned; the frame is live.
    if unsafe { (*f).state } == FRAME_STATE_SUSPENDED {
        gd.note_suspension();
        // SAFETY: `gd` moves into the object (forgotten here, not dropped).
        let coro = unsafe { materialize(&mut gd) };
        std::mem::forget(gd);
        if r == 0 {
            drop(coro);
            return super::send::delegation_failed(state::fetch_err());
        }
        let Payload::Generator(cd) = coro.payload() else {
            // SAFETY: `materialize` makes a generator-like object.
            unsafe { std::hint::unreachable_unchecked() }
        };
        note_delegate_yielded(&coro, cd);
        // SAFETY: caller contract.
        unsafe {
            *out = r;
            *out.add(1) = coro.into_word();
        }
        return 1;
    }
    // Finished: the native code released its slots.
    gd.frame.set(std::ptr::null_mut());
    // SAFETY: the frame finished and is exclusively ours.
    unsafe {
        (*f).state = FRAME_STATE_COMPLETED;
        free_frame(f, nslots);
    }
    if r == 0 {
        return super::send::delegation_failed(finished_with_error(&gd));
    }
    discard(gd);
    set_current_yieldfrom(None);
    // SAFETY: caller contract.
    unsafe { *out = r };
    0
}

/// Drops the generator data of a coroutine that finished without an
/// object: usually it owns nothing (no frame, code or names; its last
/// delegation ended), and needs no out-of-line drop.
#[inline(always)]
fn discard(gd: GenData) {
    if gd.exc_state.get() | gd.yieldfrom.get() == 0 {
        debug_assert!(gd.frame.get().is_null() && owns_only_code(&gd) && gd.code.is_none());
        std::mem::forget(gd);
    } else {
        drop(gd);
    }
}

/// The frame of a call of `fd` with `args` that leaves its last
/// parameters to their defaults (`asyncio.sleep(0)`), as the ordinary
/// call fills them; None when the defaults do not complete the call.
/// The defaults tuple is read in place (no reference taken).
#[inline(never)]
fn frame_with_defaults(
    fd: &types::function::FunctionData,
    cd: &types::code::CodeData,
    args: &[Obj],
) -> Option<*mut Frame> {
    // The safe point (as above), before the defaults are read: a
    // collection may run code that replaces them.
    crate::object::gc::maybe_collect();
    let missing = cd.argcount as usize - args.len();
    // SAFETY: `__defaults__` is only borrowed mutably for the store of a
    // new tuple, which runs no code while it holds the borrow; nothing
    // runs between this read and the copy of the defaults into the frame.
    let defaults = unsafe { fd.defaults.try_borrow_unguarded() }
        .ok()?
        .as_ref()?;
    let defs = types::tuple::as_slice(defaults)?;
    let tail = defs.get(defs.len().checked_sub(missing)?..)?;
    Some(crate::eval::call::simple_generator_frame_with(
        fd, cd, args, tail,
    ))
}

/// The coroutine (or generator) object owning the suspended frame in
/// `gd`, as `new_generator` would have made it for its function (whose
/// names were its code's then: `names_are_code_names`). `gd` is read in place
/// (no copy of it made to pass it by value).
///
/// # Safety
/// `gd` moves into the object: the caller forgets it afterwards. (A
/// unique reference: its fields are read where they are stored into the
/// new object, not saved across the allocation.)
#[cold]
#[inline(never)]
unsafe fn materialize(src: &mut GenData) -> Obj {
    // SAFETY: the suspended frame is live; its code word is a live code
    // object.
    let code = Obj::borrow(unsafe { &(*src.frame.get()).code }).clone();
    let b = builtin();
    let ty = match src.kind {
        GenKind::Coroutine => &b.coroutine,
        _ => &b.generator,
    };
    // SAFETY: caller contract: the caller's copy is forgotten.
    let mut gd = unsafe { std::ptr::read(src) };
    debug_assert!(gd.code.is_none());
    // SAFETY: `code` is None (nothing to drop).
    unsafe { std::ptr::addr_of_mut!(gd.code).write(Some(code)) };
    Obj::new(ty, Payload::Generator(gd))
}

/// Are the function's `__name__` and `__qualname__` still its code's (a
/// coroutine then records none of its own)? Otherwise the ordinary call
/// makes the coroutine, taking the names as they are at the call.
#[inline(always)]
fn names_are_code_names(fd: &types::function::FunctionData, cd: &types::code::CodeData) -> bool {
    // SAFETY: the names are only ever borrowed mutably for the store of a
    // new name (`func.__name__ = ...`), which runs no code while it holds
    // the borrow; nothing does while these one-word reads compare them
    // (`own_name`'s reads without the check of the borrow flag).
    unsafe { (*fd.name.as_ptr()).is(&cd.name) && (*fd.qualname.as_ptr()).is(&cd.qualname) }
}

/// `code_data` without the check of the payload's kind.
///
/// # Safety
/// `code` is a code object (a function's `__code__` always is: it is set
/// at creation and cannot be replaced).
#[inline(always)]
unsafe fn code_data_unchecked(code: &Obj) -> &types::code::CodeData {
    match code.payload() {
        Payload::Code(cd) => cd,
        // SAFETY: caller contract.
        _ => unsafe { std::hint::unreachable_unchecked() },
    }
}
