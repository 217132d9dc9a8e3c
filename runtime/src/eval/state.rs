//! The thread state: the pending exception, the handled exception
//! (`sys.exc_info()`), the chain of executing frames, the recursion depth and
//! the native stack limit, plus the implicit exception chaining rules
//! (`__context__`) applied when an exception is set.
//!
//! The runtime is single-threaded; the state is thread-local so that unit
//! tests running on several threads do not share it. Every field is a `Cell`
//! of plain words (owned object words, 0 = none), so accessing it is cheap
//! and never borrows across calls into Python code.

use crate::errors::{Exc, PyErr, PyResult, exc_data};
use crate::eval::frame::Frame;
use crate::object::Obj;
use std::cell::Cell;

/// The first six fields have a fixed layout (`abi::TS_*`): generated code
/// enters and leaves the frames of direct calls itself, and allocates
/// floats from the pool's free list, through the program thread's state
/// (`cranepy_thread_state`).
#[repr(C)]
struct ThreadState {
    /// The innermost executing frame.
    frame: Cell<*mut Frame>,
    /// Number of Python frames currently executing.
    depth: Cell<u32>,
    /// `sys.getrecursionlimit()`.
    limit: Cell<u32>,
    /// Lowest native stack address deeper calls may use (0 = unchecked).
    stack_limit: Cell<usize>,
    /// The addresses of the float size class's free-list head and of the
    /// live-block count of this thread's `object::pool`.
    float_free: Cell<u64>,
    pool_live: Cell<u64>,
    /// The pending (propagating) exception: an owned word, 0 when none.
    pending: Cell<u64>,
    /// The exception handled by the innermost active `except` block: an owned
    /// word, 0 when none.
    exc_info: Cell<u64>,
}

const _: () = {
    use crate::abi;
    assert!(std::mem::offset_of!(ThreadState, frame) == abi::TS_FRAME as usize);
    assert!(std::mem::offset_of!(ThreadState, depth) == abi::TS_DEPTH as usize);
    assert!(std::mem::offset_of!(ThreadState, limit) == abi::TS_LIMIT as usize);
    assert!(std::mem::offset_of!(ThreadState, stack_limit) == abi::TS_STACK_LIMIT as usize);
    assert!(std::mem::offset_of!(ThreadState, float_free) == abi::TS_FLOAT_FREE as usize);
    assert!(std::mem::offset_of!(ThreadState, pool_live) == abi::TS_POOL_LIVE as usize);
};

thread_local! {
    static TS: ThreadState = const {
        ThreadState {
            frame: Cell::new(std::ptr::null_mut()),
            depth: Cell::new(0),
            limit: Cell::new(1000),
            stack_limit: Cell::new(0),
            float_free: Cell::new(0),
            pool_live: Cell::new(0),
            pending: Cell::new(0),
            exc_info: Cell::new(0),
        }
    };
}

/// The address of the program thread's `ThreadState` (`abi::SYM_THREAD_STATE`),
/// read by generated code.
#[repr(transparent)]
pub struct ThreadStateAddr(std::cell::UnsafeCell<u64>);
// SAFETY: written once by `publish_thread_state` on the program thread
// before compiled code runs; afterwards only read.
unsafe impl Sync for ThreadStateAddr {}

#[unsafe(no_mangle)]
#[allow(non_upper_case_globals)]
pub static cranepy_thread_state: ThreadStateAddr = ThreadStateAddr(std::cell::UnsafeCell::new(0));

/// Makes the calling thread the one whose state generated code uses (the
/// program thread, before any compiled code runs).
pub fn publish_thread_state() {
    let (free, live) = crate::object::float_pool_addrs();
    let addr = TS.with(|t| {
        t.float_free.set(free);
        t.pool_live.set(live);
        t as *const ThreadState as u64
    });
    // SAFETY: see `ThreadStateAddr`; no compiled code runs yet.
    unsafe { *cranepy_thread_state.0.get() = addr };
}

// --- pending exception -------------------------------------------------------

/// Makes `e` the pending exception, applying implicit chaining: an exception
/// that is raised fresh (no traceback yet, no context yet) while another one
/// is being handled gets that one as its `__context__`. Exceptions that are
/// merely propagating back out of Python code keep their context.
pub fn set_pending(e: PyErr) {
    let v = e.0;
    if let Some(d) = exc_data(&v)
        && d.traceback.borrow().is_empty()
        && d.context.borrow().is_none()
    {
        chain_context(&v);
    }
    set_pending_raw(v);
}

/// Makes `e` the pending exception as-is (no chaining).
pub fn set_pending_raw(e: Obj) {
    let old = TS.with(|t| t.pending.replace(e.into_word()));
    drop(Obj::from_word(old));
}

/// Takes the pending exception, leaving none.
pub fn take_pending() -> Option<Obj> {
    Obj::from_word(TS.with(|t| t.pending.replace(0)))
}

/// Is an exception pending?
pub fn has_pending() -> bool {
    TS.with(|t| t.pending.get() != 0)
}

/// The pending exception (a new reference), leaving it pending.
pub fn peek_pending() -> Option<Obj> {
    let w = TS.with(|t| t.pending.get());
    if w == 0 {
        None
    } else {
        Some(Obj::borrow(&w).clone())
    }
}

/// Converts the pending exception into an `Err` (a SystemError when native
/// code returned the error marker without setting one).
pub fn fetch_err() -> PyErr {
    match take_pending() {
        Some(e) => PyErr(e),
        None => PyErr::new(Exc::SystemError, "error return without exception set"),
    }
}

/// CPython's implicit chaining (`_PyErr_SetObject`): sets `value.__context__`
/// to the exception being handled, cutting any cycle through `value`.
pub fn chain_context(value: &Obj) {
    let Some(cur) = exc_info() else {
        return;
    };
    if cur.is(value) {
        return;
    }
    let Some(vd) = exc_data(value) else {
        return;
    };
    // Walk cur's context chain; if it reaches `value`, cut it there so that
    // no cycle is created. Bounded walk guards against pre-existing cycles.
    let mut o = cur.clone();
    for _ in 0..100_000 {
        let Some(od) = exc_data(&o) else {
            break;
        };
        let next = od.context.borrow().clone();
        match next {
            None => break,
            Some(c) => {
                if c.is(value) {
                    *od.context.borrow_mut() = None;
                    break;
                }
                o = c;
            }
        }
    }
    *vd.context.borrow_mut() = Some(cur);
}

// --- handled exception (sys.exc_info) ----------------------------------------

/// The exception currently being handled (a new reference).
pub fn exc_info() -> Option<Obj> {
    let w = TS.with(|t| t.exc_info.get());
    if w == 0 {
        None
    } else {
        Some(Obj::borrow(&w).clone())
    }
}

/// The word of the exception currently being handled (borrowed; 0 for
/// none): what a generator's resumption saves and compares.
#[inline(always)]
pub fn exc_info_word() -> u64 {
    TS.with(|t| t.exc_info.get())
}

/// Is the handled exception `e` (the same object, or none for None)?
#[inline]
pub fn exc_info_is(e: Option<&Obj>) -> bool {
    TS.with(|t| t.exc_info.get()) == e.map_or(0, Obj::word)
}

/// Replaces the handled exception, returning the previous one.
pub fn replace_exc_info(e: Option<Obj>) -> Option<Obj> {
    let w = e.map(Obj::into_word).unwrap_or(0);
    Obj::from_word(TS.with(|t| t.exc_info.replace(w)))
}

// --- frames ------------------------------------------------------------------

/// The innermost executing frame (null when none).
pub fn current_frame() -> *mut Frame {
    TS.with(|t| t.frame.get())
}

/// Links `f` as the innermost frame (its `prev` is set to the current one).
///
/// # Safety
/// `f` must be a live frame that stays valid until `pop_frame(f)`.
pub unsafe fn push_frame(f: *mut Frame) {
    TS.with(|t| {
        // SAFETY: `f` points to a live frame owned by the caller.
        unsafe { (*f).prev = t.frame.get() };
        t.frame.set(f);
    });
}

/// Unlinks `f`, which must be the innermost frame.
///
/// # Safety
/// `f` must be the live frame last pushed with `push_frame`.
pub unsafe fn pop_frame(f: *mut Frame) {
    TS.with(|t| {
        // SAFETY: `f` is the live frame pushed by `push_frame`.
        let prev = unsafe { (*f).prev };
        // SAFETY: as above.
        unsafe { (*f).prev = std::ptr::null_mut() };
        t.frame.set(prev);
    });
}

// --- recursion ---------------------------------------------------------------

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> u32 {
    TS.with(|t| t.limit.get())
}

/// `sys.setrecursionlimit(n)` (the caller validates `n`).
pub fn set_recursion_limit(n: u32) {
    TS.with(|t| t.limit.set(n));
}

/// Current number of executing Python frames.
pub fn recursion_depth() -> u32 {
    TS.with(|t| t.depth.get())
}

/// Records the native stack region of the current thread: `top` is an
/// address near the top of the stack, `size` its total size in bytes.
pub fn set_stack_region(top: usize, size: usize) {
    // Keep a generous margin for runtime code running between checks.
    let margin = (size / 16).clamp(256 << 10, 16 << 20);
    let limit = top.saturating_sub(size).saturating_add(margin);
    TS.with(|t| t.stack_limit.set(limit));
}

/// Fails with RecursionError when the native stack is nearly exhausted.
#[inline]
pub fn check_stack(where_: &str) -> PyResult<()> {
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    let limit = TS.with(|t| t.stack_limit.get());
    if here < limit {
        return Err(recursion_error(where_));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn recursion_error(where_: &str) -> PyErr {
    PyErr::new(
        Exc::RecursionError,
        format!("maximum recursion depth exceeded{where_}"),
    )
}

/// Enters a Python frame: checks and bumps the recursion depth.
#[inline]
pub fn enter_call() -> PyResult<()> {
    enter_recursive_call("")
}

/// Leaves a Python frame entered with `enter_call`.
#[inline]
pub fn leave_call() {
    leave_recursive_call();
}

/// Enters frame `f`: checks and bumps the recursion depth and links `f` as
/// the innermost frame (`enter_call` + `push_frame` in one step).
///
/// # Safety
/// As `push_frame`; on success the caller must `leave_frame(f)`.
// (Inlined everywhere: every resumption and runtime-made call enters a
// frame, and the check is a few instructions.)
#[inline(always)]
pub unsafe fn enter_frame(f: *mut Frame) -> PyResult<()> {
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    let ok = TS.with(|t| {
        let d = t.depth.get();
        if d >= t.limit.get() || here < t.stack_limit.get() {
            return false;
        }
        t.depth.set(d + 1);
        // SAFETY: `f` points to a live frame owned by the caller.
        unsafe { (*f).prev = t.frame.get() };
        t.frame.set(f);
        true
    });
    if ok { Ok(()) } else { Err(recursion_error("")) }
}

/// Leaves frame `f` entered with `enter_frame`.
///
/// # Safety
/// `f` must be the innermost frame, entered with `enter_frame`.
#[inline]
pub unsafe fn leave_frame(f: *mut Frame) {
    TS.with(|t| {
        t.depth.set(t.depth.get().saturating_sub(1));
        // SAFETY: `f` is the live frame linked by `enter_frame`.
        let prev = unsafe { (*f).prev };
        // SAFETY: as above.
        unsafe { (*f).prev = std::ptr::null_mut() };
        t.frame.set(prev);
    });
}

/// CPython's `Py_EnterRecursiveCall(where)`, for runtime code that recurses
/// into arbitrary objects (repr of nested containers, comparisons, …).
/// `where_` is appended to the message, e.g. " while calling a Python object".
#[inline]
pub fn enter_recursive_call(where_: &str) -> PyResult<()> {
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    let ok = TS.with(|t| {
        let d = t.depth.get();
        if d >= t.limit.get() || here < t.stack_limit.get() {
            false
        } else {
            t.depth.set(d + 1);
            true
        }
    });
    if ok {
        Ok(())
    } else {
        Err(recursion_error(where_))
    }
}

/// Leaves a level entered with `enter_recursive_call`.
#[inline]
pub fn leave_recursive_call() {
    TS.with(|t| t.depth.set(t.depth.get().saturating_sub(1)));
}

// --- conversions used by the rt_* entry points --------------------------------

/// Converts a result into a value word: the object, or 0 with the error pending.
#[inline]
pub fn value_word(r: PyResult<Obj>) -> u64 {
    match r {
        Ok(v) => v.into_word(),
        Err(e) => {
            set_pending(e);
            0
        }
    }
}

/// Converts a result into a status: the value, or -1 with the error pending.
#[inline]
pub fn status(r: PyResult<i64>) -> i64 {
    match r {
        Ok(v) => v,
        Err(e) => {
            set_pending(e);
            -1
        }
    }
}

// --- the builtins namespace ----------------------------------------------------

thread_local! {
    static BUILTINS: std::mem::ManuallyDrop<std::cell::RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(std::cell::RefCell::new(None)) };
}

/// The `builtins` namespace dict (created on first use).
pub fn builtins_dict() -> Obj {
    if let Some(d) = BUILTINS.with(|b| b.borrow().clone()) {
        return d;
    }
    let d = crate::builtins::create_builtins_dict();
    BUILTINS.with(|b| *b.borrow_mut() = Some(d.clone()));
    d
}
