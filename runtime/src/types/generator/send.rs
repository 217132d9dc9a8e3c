//! The flat `SEND` step (`rt_send`) for exact generators and coroutines:
//! the checks, the resumption and, when the delegate finishes, the release
//! of its frame and object, in one function. Most `await coro()` steps
//! take it: a coroutine that runs to its end on its first resumption
//! (nothing else holds it) is freed here, with no `SendResult` passed
//! through memory and no deallocation dispatch. Anything unusual (a
//! handled exception of its own, a running or finished receiver, a value
//! sent to a just-started one, a direct delegate) is left to the general
//! path, which raises CPython's errors.

use super::*;

/// One `SEND` step of the awaiting (running) generator on `receiver`,
/// sending `val` (0 for None, borrowed), as `rt_send` defines it: 1 when
/// the receiver yielded (the value in `*out`), 0 when it returned (its
/// value in `*out`; the reference `receiver` is consumed), -1 with the
/// exception pending. None, having done nothing, when `receiver` is not a
/// generator or coroutine this path resumes.
///
/// # Safety
/// `receiver` is an owned value word, `out` one writable word.
#[inline(always)]
pub(crate) unsafe fn send_flat(receiver: u64, val: u64, out: *mut u64) -> Option<i64> {
    if receiver & crate::abi::TAG_MASK != 0 {
        return None;
    }
    let genobj = Obj::borrow(&receiver);
    let gd = gen_data(genobj)?;
    if !matches!(gd.kind, GenKind::Generator | GenKind::Coroutine)
        || gd.running.get()
        || gd.exc_state.get() != 0
        || gd.delegate_direct.get()
    {
        return None;
    }
    let f = gd.frame.get();
    if f.is_null() {
        return None;
    }
    // SAFETY: a non-null generator frame is live.
    let st = unsafe { (*f).state };
    let sent = match st {
        FRAME_STATE_SUSPENDED => {
            if val != 0 {
                std::mem::forget(Obj::borrow(&val).clone());
            }
            val
        }
        // The first entry takes no value (None is all it may be sent).
        FRAME_STATE_CREATED if val == 0 || val == builtin().none.word() => 0,
        _ => return None,
    };
    // (A delegate `send_to_delegate` resumed left its outcome for this
    // SEND: rare, and checked once the common case is known.)
    if DELEGATE_DONE.with(Cell::get) == receiver {
        release(sent);
        return None;
    }
    let saved = save_exc_info();
    // SAFETY: the frame is live, created or suspended, not running, and
    // initialised for its code.
    let r = match unsafe { run_sent(gd, f, st, sent) } {
        Ok(r) => r,
        Err(e) => {
            release(saved);
            return Some(delegation_failed(e));
        }
    };
    put_back_exc_info(gd, f, saved);
    // SAFETY: the native function has returned; the frame is live.
    if unsafe { (*f).state } == FRAME_STATE_SUSPENDED {
        gd.note_suspension();
        if r == 0 {
            return Some(delegation_failed(state::fetch_err()));
        }
        note_delegate_yielded(genobj, gd);
        // SAFETY: caller contract.
        unsafe { *out = r };
        return Some(1);
    }
    if r == 0 {
        // Finished: the native code released its slots.
        release_finished(gd, f);
        return Some(delegation_failed(finished_with_error(gd)));
    }
    set_current_yieldfrom(None);
    // SAFETY: caller contract.
    unsafe { *out = r };
    // SAFETY: the frame finished (the native code released its slots);
    // the receiver's reference is handed over.
    unsafe { free_finished(receiver, gd, f) };
    Some(0)
}

/// Releases generator `gd` (the object `receiver`, whose reference the
/// caller gives up) that just returned from frame `f`: `release_finished`
/// and `release_finished_ref` in one, reading its code once. When that was
/// the last reference and it owns nothing else (the usual `await coro()`),
/// the frame and the object block go straight back to their free lists.
///
/// # Safety
/// `f` is `gd`'s frame, finished, its slots released; `receiver` is an
/// owned word of the generator object holding `gd`.
#[inline(always)]
unsafe fn free_finished(receiver: u64, gd: &GenData, f: *mut Frame) {
    // SAFETY: caller contract: `f` is live (its slots released).
    let nslots = unsafe { frame_code(f) }.frame_slots();
    gd.frame.set(std::ptr::null_mut());
    // SAFETY: caller contract: the finished frame is the generator's.
    unsafe {
        (*f).state = FRAME_STATE_COMPLETED;
        free_frame(f, nslots);
    }
    let p = receiver as *mut crate::object::PyObject;
    // SAFETY: `receiver` is a live heap object (the caller's reference).
    let o = unsafe { &*p };
    if o.refcnt.get() == 1 && o.dict.get() == 0 && owns_only_code(gd) {
        // The last reference, to a finished generator: no finalizer is due.
        o.refcnt.set(0);
        crate::types::finalize::forget_finalized(receiver);
        let class = crate::object::size_class::one(gd);
        release_heap(o.ty.get());
        let code = gd.code.as_ref().map_or(0, Obj::word);
        // SAFETY: the object is exclusively ours now; of its data only the
        // code needs releasing (`owns_only_code`), below, and the block is
        // not read again.
        unsafe { crate::object::pool::free_block(p, class) };
        release_heap(code);
        return;
    }
    gd.set_yieldfrom(None);
    release(receiver);
}

/// The delegation raised `e`: the awaiting generator delegates to nothing
/// any more, and `e` is pending.
#[cold]
pub(super) fn delegation_failed(e: PyErr) -> i64 {
    set_current_yieldfrom(None);
    state::status(Err(e))
}

/// What one flat resumption with None did.
pub(crate) enum Step {
    /// It yielded this value (owned) and is suspended.
    Yielded(u64),
    /// It returned this value (owned); its frame is freed.
    Returned(u64),
    /// It raised; the exception (after PEP 479's conversion) is pending.
    Failed,
}

/// Resumes `genobj` with None (`next()`, `send(None)`) when it is a
/// created or suspended generator (or, with `coroutines`, coroutine) that
/// has no handled exception of its own and no direct delegate, without a
/// `SendResult` through memory: what `resume_next` does on its short
/// path. None, having done nothing, for any other generator-like object.
#[inline(always)]
pub(crate) fn step_flat(genobj: &Obj, coroutines: bool) -> Option<Step> {
    let gd = gen_data(genobj)?;
    let kind_ok = match gd.kind {
        GenKind::Generator => true,
        GenKind::Coroutine => coroutines,
        _ => false,
    };
    if !kind_ok || gd.running.get() || gd.exc_state.get() != 0 || gd.delegate_direct.get() {
        return None;
    }
    let f = gd.frame.get();
    if f.is_null() {
        return None;
    }
    // SAFETY: a non-null generator frame is live.
    let st = unsafe { (*f).state };
    if st != FRAME_STATE_SUSPENDED && st != FRAME_STATE_CREATED {
        return None;
    }
    let saved = save_exc_info();
    // SAFETY: the frame is live, created or suspended, not running, and
    // initialised for its code; 0 is None sent without a reference.
    let r = match unsafe { run_sent(gd, f, st, 0) } {
        Ok(r) => r,
        Err(e) => {
            release(saved);
            state::set_pending(e);
            return Some(Step::Failed);
        }
    };
    put_back_exc_info(gd, f, saved);
    // SAFETY: the native function has returned; the frame is live.
    if unsafe { (*f).state } == FRAME_STATE_SUSPENDED {
        gd.note_suspension();
        return Some(if r == 0 {
            Step::Failed
        } else {
            Step::Yielded(r)
        });
    }
    // Finished: the native code released its slots.
    release_finished(gd, f);
    if r == 0 {
        state::set_pending(finished_with_error(gd));
        return Some(Step::Failed);
    }
    Some(Step::Returned(r))
}

/// `next(genobj)` for `FOR_ITER` (`rt_for_iter`) on an exact generator,
/// flat (`step_flat`): the yielded value (owned), `abi::ITER_EXHAUSTED`
/// when it returned (its return value dropped, as loops do), 0 with the
/// exception pending. None, having done nothing, when `step_flat` does
/// not resume it: `gen_next` then.
#[inline(always)]
pub(crate) fn next_flat(genobj: &Obj) -> Option<u64> {
    Some(match step_flat(genobj, false)? {
        Step::Yielded(r) => r,
        Step::Returned(v) => {
            release(v);
            crate::abi::ITER_EXHAUSTED
        }
        Step::Failed => 0,
    })
}
