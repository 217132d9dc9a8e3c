//! Generators, coroutines and async generators: a heap frame resumed by the
//! code object's native function, with CPython 3.11's `send` / `throw` /
//! `close` semantics (PEP 479 conversion of StopIteration, "generator
//! already executing", "cannot reuse already awaited coroutine", …), the
//! per-generator handled-exception state, and finalization (closing a
//! suspended generator, "coroutine ... was never awaited").
//!
//! Frame protocol: the native function reads `frame.sent` (an owned word it
//! takes; 0 stands for None, as `next()` sends it) and `frame.throw` (1 =
//! raise the pending exception at the resume point). At a suspension it stores every live local and stack slot into
//! `localsplus` (0 for empty ones), sets `frame.state = SUSPENDED` and
//! returns the yielded value; any other return ends the frame (the native
//! code has then released all its slots).

use crate::abi::{
    FRAME_STATE_COMPLETED, FRAME_STATE_CREATED, FRAME_STATE_RUNNING, FRAME_STATE_SUSPENDED,
};
use crate::errors::{Exc, PyErr, PyResult, exc_data, type_error};
use crate::eval::frame::Frame;
use crate::eval::state;
use crate::eval::util::str_of;
use crate::object::{Obj, Payload};
use crate::types::{self, builtin};
use std::cell::{Cell, RefCell};

mod await_call;
mod methods;
mod send;
pub(crate) use await_call::{await_call, await_value};
pub(crate) use methods::call_send_method;
pub use methods::init_methods;
pub(crate) use send::{next_flat, send_flat};

/// Which kind of generator-like object this is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
    /// The iterator `coroutine.__await__()` returns (wraps `wrapped`).
    CoroWrapper,
    /// The awaitable of `agen.__anext__()` / `agen.asend(v)` (`wrapped` is
    /// the async generator, `aw_arg` the value to send).
    ASend,
    /// The awaitable of `agen.athrow(...)` (`aw_arg` holds the exception)
    /// or `agen.aclose()` (`aw_arg` is None).
    AThrow,
}

/// The payload of generator, coroutine and async generator objects, kept
/// in the object block itself (64 bytes): a resumption touches the object
/// and its frame, no third allocation. The frame's `func` word is owned
/// (the function keeps the frame's globals and builtins alive); the slot
/// count and native function come from `code`.
#[repr(C)]
pub struct GenData {
    /// The suspended frame; null once the generator finished.
    pub frame: Cell<*mut Frame>,
    /// The exception handled inside the generator while it is suspended in an
    /// `except` block (owned word, 0 = none).
    pub exc_state: Cell<u64>,
    /// The object this generator is delegating to (`yield from` / `await`),
    /// as last seen by `rt_send` (owned word, 0 = none).
    pub yieldfrom: Cell<u64>,
    pub running: Cell<bool>,
    pub kind: GenKind,
    /// Async generators: closed (`ag_closed`) and running an awaitable
    /// (`ag_running_async`).
    pub ag_closed: Cell<bool>,
    pub ag_running_async: Cell<bool>,
    /// asend/athrow awaitables: 0 = init, 1 = iterating, 2 = closed.
    pub aw_state: Cell<u8>,
    /// How many times it suspended (saturating at 255).
    suspensions: Cell<u8>,
    /// Does it delegate to a generator or coroutine of ours that suspended
    /// at least twice (one likely to suspend again)? Then resuming it goes
    /// straight to the delegate (`send_to_delegate`, which costs a little
    /// more than the plain resumption when the delegate finishes instead).
    delegate_direct: Cell<bool>,
    /// The code object (None for the frameless kinds).
    pub code: Option<Obj>,
    /// `__name__` and `__qualname__`, taken from the function at creation;
    /// None when they are the code object's own (most generators: no
    /// references to take and release per generator).
    name: Option<Obj>,
    qualname: Option<Obj>,
    /// The frameless kinds' data (None for generators, coroutines and
    /// async generators).
    pub awaitable: Option<Box<Awaitable>>,
}

/// What a coroutine wrapper or an asend/athrow awaitable refers to.
pub struct Awaitable {
    /// The coroutine (wrappers) or async generator (awaitables).
    pub wrapped: Obj,
    /// asend/athrow awaitables: the value to send / exception to throw.
    pub aw_arg: RefCell<Option<Obj>>,
}

const _: () = assert!(std::mem::size_of::<GenData>() <= 64);

impl GenData {
    /// A generator-family object's data before its first step: `frame`
    /// (null for none), not running, nothing delegated to or handled;
    /// `code` and the names when they are not the frame's code's.
    #[inline(always)]
    pub fn new(
        kind: GenKind,
        frame: *mut Frame,
        code: Option<Obj>,
        (name, qualname): (Option<Obj>, Option<Obj>),
        awaitable: Option<Box<Awaitable>>,
    ) -> GenData {
        GenData {
            frame: Cell::new(frame),
            exc_state: Cell::new(0),
            yieldfrom: Cell::new(0),
            running: Cell::new(false),
            kind,
            ag_closed: Cell::new(false),
            ag_running_async: Cell::new(false),
            aw_state: Cell::new(0),
            suspensions: Cell::new(0),
            delegate_direct: Cell::new(false),
            code,
            name,
            qualname,
            awaitable,
        }
    }

    /// A generator-family object without a frame (wrappers, awaitables).
    pub fn frameless(kind: GenKind, name: &str, wrapped: Obj, arg: Option<Obj>) -> GenData {
        let names = (
            Some(types::str::new_str(name)),
            Some(types::str::new_str(name)),
        );
        let awaitable = Box::new(Awaitable {
            wrapped,
            aw_arg: RefCell::new(arg),
        });
        GenData::new(kind, std::ptr::null_mut(), None, names, Some(awaitable))
    }

    /// `__name__`.
    pub fn name(&self) -> &Obj {
        self.name_or_code(&self.name, |cd| &cd.name)
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> &Obj {
        self.name_or_code(&self.qualname, |cd| &cd.qualname)
    }

    fn name_or_code<'a>(
        &'a self,
        own: &'a Option<Obj>,
        of_code: impl Fn(&'a types::code::CodeData) -> &'a Obj,
    ) -> &'a Obj {
        match (own, &self.code) {
            (Some(n), _) => n,
            (None, Some(code)) => of_code(types::code::code_data(code)),
            (None, None) => unreachable!("generators without a code object have their names"),
        }
    }

    /// The object a frameless kind wraps.
    #[inline]
    pub fn wrapped(&self) -> Option<&Obj> {
        self.awaitable.as_ref().map(|a| &a.wrapped)
    }

    /// The number of slots of the frame (0 for the frameless kinds).
    #[inline(always)]
    pub fn nslots(&self) -> usize {
        self.code
            .as_ref()
            .and_then(|c| types::code::as_code(c))
            .map_or(0, |cd| cd.frame_slots())
    }
}

/// Frees a generator's frame whose slots are released: its memory, then
/// the function reference it owns.
///
/// # Safety
/// `f` must be a live generator frame with `nslots` slots, not used
/// afterwards.
#[inline(always)]
unsafe fn free_frame(f: *mut Frame, nslots: usize) {
    // SAFETY: guaranteed by the caller.
    let func = unsafe { std::mem::take(&mut (*f).func) };
    // SAFETY: as above.
    unsafe { Frame::free(f, nslots) };
    release_heap(func);
}

/// Releases the owned word `w` (0: none), as dropping its `Obj` would,
/// inlined: the resumption paths release a few words each time, and the
/// out-of-line drop of an `Option<Obj>` costs more than the work.
#[inline(always)]
fn release(w: u64) {
    if w != 0 && w & crate::abi::TAG_MASK == 0 {
        // SAFETY: a non-zero untagged owned word points to a live object.
        let h = unsafe { &*(w as *const crate::object::PyObject) };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            crate::object::dealloc(w);
        }
    }
}

/// `release` of a word that is 0 or a heap object, never a tagged value
/// (a function, type or code word): no check of the tag.
#[inline(always)]
fn release_heap(w: u64) {
    debug_assert_eq!(w & crate::abi::TAG_MASK, 0, "a heap object's word");
    if w != 0 {
        // SAFETY: a non-zero owned word of a heap object points to a live
        // object.
        let h = unsafe { &*(w as *const crate::object::PyObject) };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            crate::object::dealloc(w);
        }
    }
}

impl Drop for GenData {
    // (Inline, with the rare parts out of line: most generators die
    // finished, owning no frame, handled exception or delegate.)
    #[inline(always)]
    fn drop(&mut self) {
        if !self.frame.get().is_null() {
            self.drop_frame();
        }
        if self.exc_state.get() != 0 {
            drop(Obj::from_word(self.exc_state.replace(0)));
        }
        if self.yieldfrom.get() != 0 {
            drop(Obj::from_word(self.yieldfrom.replace(0)));
        }
    }
}

impl GenData {
    /// Releases the frame of a generator being dropped unfinished.
    #[cold]
    #[inline(never)]
    fn drop_frame(&mut self) {
        let f = self.frame.replace(std::ptr::null_mut());
        let nslots = self.nslots();
        // SAFETY: the generator exclusively owns its frame; a created or
        // suspended frame still owns the words in its slots.
        unsafe {
            let st = (*f).state;
            if st == FRAME_STATE_CREATED || st == FRAME_STATE_SUSPENDED {
                Frame::release_slots(f, nslots);
                // The dict `locals()` keeps for code with
                // CO_LOCALS_IN_FRAME (otherwise 0: generators are
                // always functions).
                drop(Obj::from_word(std::mem::take(&mut (*f).locals)));
            }
            free_frame(f, nslots);
        }
    }
}

impl GenData {
    /// The object this generator delegates to, if any (a new reference).
    pub fn yieldfrom(&self) -> Option<Obj> {
        let w = self.yieldfrom.get();
        (w != 0).then(|| Obj::borrow(&w).clone())
    }

    /// Is it suspended in a `yield from` / `await` (CPython's `_PyGen_yf`
    /// is not NULL)?
    #[inline]
    pub fn is_awaiting(&self) -> bool {
        self.yieldfrom.get() != 0 && frame_state(self.frame.get()) == FRAME_STATE_SUSPENDED
    }

    #[inline(always)]
    fn note_suspension(&self) {
        self.suspensions
            .set(self.suspensions.get().saturating_add(1));
    }

    /// Records the delegate (None: no delegation); writes only on change.
    #[inline(always)]
    fn set_yieldfrom(&self, receiver: Option<&Obj>) {
        self.delegate_direct
            .set(receiver.and_then(gen_data).is_some_and(|d| {
                matches!(d.kind, GenKind::Generator | GenKind::Coroutine)
                    && d.suspensions.get() >= 2
            }));
        let w = receiver.map_or(0, Obj::word);
        if self.yieldfrom.get() == w {
            return;
        }
        let new = receiver.map_or(0, |r| r.clone().into_word());
        // Released after the store: releasing the old delegate may run code.
        release(self.yieldfrom.replace(new));
    }
}

/// The generator data of `v`, if it is generator-like.
pub fn gen_data(v: &Obj) -> Option<&GenData> {
    match v.payload() {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

/// Creates the generator (or coroutine / async generator) object that owns
/// `frame`, whose arguments are already bound. Called by the call paths,
/// which pass the function's data `fd` and its code's data `cd`.
///
/// # Safety
/// `frame` must be a live, bound frame of `func`'s code, allocated with
/// `Frame::alloc(cd.frame_slots())`; ownership passes to the generator.
pub unsafe fn new_generator(
    func: &Obj,
    fd: &types::function::FunctionData,
    cd: &types::code::CodeData,
    frame: *mut Frame,
) -> Obj {
    // SAFETY: guaranteed by the caller.
    unsafe { new_generator_inline(func, fd, cd, frame) }
}

/// `new_generator`, inlined into the call path that makes most generators
/// (`call::new_simple_generator`).
///
/// # Safety
/// As `new_generator`.
#[inline(always)]
pub(crate) unsafe fn new_generator_inline(
    func: &Obj,
    fd: &types::function::FunctionData,
    cd: &types::code::CodeData,
    frame: *mut Frame,
) -> Obj {
    let b = builtin();
    let code = fd.code.clone();
    let (kind, ty) = if cd.flags & crate::abi::CO_COROUTINE != 0 {
        (GenKind::Coroutine, &b.coroutine)
    } else if cd.flags & crate::abi::CO_ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, &b.async_generator)
    } else {
        (GenKind::Generator, &b.generator)
    };
    // The function's names unless they are still its code's.
    let name = own_name(&fd.name, &cd.name);
    let qualname = own_name(&fd.qualname, &cd.qualname);
    // SAFETY: as above; the frame's `func` word becomes a reference the
    // generator owns (released with the frame).
    unsafe { (*frame).func = func.clone().into_word() };
    Obj::new(
        ty,
        Payload::Generator(GenData::new(
            kind,
            frame,
            Some(code),
            (name, qualname),
            None,
        )),
    )
}

/// A function's `__name__` / `__qualname__` cell when it no longer holds
/// its code's name `of_code`. Read without taking a borrow: the common
/// case (the same object) then writes nothing to the function.
#[inline(always)]
fn own_name(n: &RefCell<Obj>, of_code: &Obj) -> Option<Obj> {
    // SAFETY: the names are only ever borrowed mutably for the store of a
    // new name (`func.__name__ = ...`), which runs no code while it holds
    // the borrow; nothing does while this one-word read compares it.
    let same = unsafe { n.try_borrow_unguarded() }.is_ok_and(|cur| cur.is(of_code));
    if same { None } else { Some(n.borrow().clone()) }
}

/// How a generator is resumed.
pub enum Resume {
    /// `send(v)` / `__next__` (v = None).
    Send(Obj),
    /// `throw(exc)` with a normalized exception instance.
    Throw(Obj),
}

/// What a resumed generator did.
pub enum SendResult {
    /// It yielded this value and is suspended.
    Yield(Obj),
    /// It returned this value (None for exhausted generators).
    Return(Obj),
}

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
        _ => "generator",
    }
}

/// Runs the created or suspended frame `f` (state `st`) with `sent`
/// (owned) as the value of its `yield` and no exception to throw in: a
/// plain send's resumption. A frame `run_frame` could not enter goes back
/// to `st` (`undo_resumption`) before the error returns.
///
/// # Safety
/// `f` is the live frame of `gd`'s generator, initialised for its code and
/// not running (its code reads `sent` only after a suspension).
#[inline(always)]
unsafe fn run_sent(gd: &GenData, f: *mut Frame, st: u32, sent: u64) -> PyResult<u64> {
    // SAFETY: the caller's contract.
    unsafe {
        (*f).sent = sent;
        (*f).throw = 0;
        (*f).state = FRAME_STATE_RUNNING;
        let r = run_frame(gd, f);
        if r.is_err() {
            undo_resumption(f, st);
        }
        r
    }
}

/// Puts a frame that `run_frame` could not enter (RecursionError) back
/// into state `st`, releasing the value it was sent.
///
/// # Safety
/// `f` is the live frame of a generator that was being resumed.
unsafe fn undo_resumption(f: *mut Frame, st: u32) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        drop(Obj::from_word((*f).sent));
        (*f).sent = 0;
        (*f).throw = 0;
        (*f).state = st;
    }
}

fn frame_state(f: *mut Frame) -> u32 {
    if f.is_null() {
        FRAME_STATE_COMPLETED
    } else {
        // SAFETY: a non-null generator frame is live.
        unsafe { (*f).state }
    }
}

/// Ends a frame that never ran or is abandoned while created: releases its
/// argument slots and memory.
fn discard_created(gd: &GenData) {
    let f = gd.frame.replace(std::ptr::null_mut());
    if !f.is_null() {
        let nslots = gd.nslots();
        // SAFETY: the frame is owned by the generator and not running.
        unsafe {
            Frame::release_slots(f, nslots);
            free_frame(f, nslots);
        }
    }
}

thread_local! {
    /// The data of the innermost executing generator (or coroutine), null
    /// when none: `resume` saves the outer value on its own stack and
    /// restores it, so the chain needs no allocation.
    static RUNNING: Cell<*const GenData> = const { Cell::new(std::ptr::null()) };
}

/// Records the object the innermost executing generator delegates to
/// (`gi_yieldfrom`). Runs on every delegated step, so it writes only when
/// the delegate changes.
#[inline(always)]
pub fn set_current_yieldfrom(receiver: Option<&Obj>) {
    let gd = RUNNING.with(Cell::get);
    if gd.is_null() {
        return;
    }
    // SAFETY: `resume` keeps the generator (and so its data) alive while it
    // is the innermost running one, and resets the pointer when it stops.
    unsafe { &*gd }.set_yieldfrom(receiver);
}

/// `set_current_yieldfrom(Some(receiver))` for a generator or coroutine
/// `receiver` (data `rd`) that just yielded to the innermost executing
/// generator: its kind is known, so only its suspensions decide
/// `delegate_direct`.
#[inline(always)]
fn note_delegate_yielded(receiver: &Obj, rd: &GenData) {
    let gd = RUNNING.with(Cell::get);
    if gd.is_null() {
        return;
    }
    // SAFETY: as in `set_current_yieldfrom`.
    let gd = unsafe { &*gd };
    debug_assert!(matches!(rd.kind, GenKind::Generator | GenKind::Coroutine));
    gd.delegate_direct.set(rd.suspensions.get() >= 2);
    if gd.yieldfrom.get() != receiver.word() {
        let new = receiver.clone().into_word();
        // Released after the store: releasing the old delegate may run code.
        release(gd.yieldfrom.replace(new));
    }
}

/// Resumes a generator (CPython's `gen_send_ex2`).
pub fn resume(genobj: &Obj, how: Resume, closing: bool) -> PyResult<SendResult> {
    let Some(gd) = gen_data(genobj) else {
        return type_error("resume: not a generator");
    };
    match gd.kind {
        GenKind::CoroWrapper => {
            let Some(c) = gd.wrapped() else {
                return type_error("bad coroutine wrapper");
            };
            return resume(c, how, closing);
        }
        GenKind::ASend | GenKind::AThrow => {
            return crate::eval::rt::asyncgen::awaitable_resume(genobj, gd, how);
        }
        _ => {}
    }
    let f = gd.frame.get();
    let st = frame_state(f);
    if st == FRAME_STATE_CREATED
        && let Resume::Send(v) = &how
        && !v.is(&builtin().none)
    {
        return type_error(format!(
            "can't send non-None value to a just-started {}",
            kind_word(gd.kind)
        ));
    }
    if gd.running.get() || st == FRAME_STATE_RUNNING {
        return Err(PyErr::new(
            Exc::ValueError,
            format!("{} already executing", kind_word(gd.kind)),
        ));
    }
    if st == FRAME_STATE_COMPLETED {
        if gd.kind == GenKind::Coroutine && !closing {
            return Err(PyErr::new(
                Exc::RuntimeError,
                "cannot reuse already awaited coroutine",
            ));
        }
        return match how {
            Resume::Send(_) => Ok(SendResult::Return(builtin().none.clone())),
            Resume::Throw(e) => Err(PyErr(e)),
        };
    }
    if st == FRAME_STATE_CREATED
        && let Resume::Throw(e) = &how
    {
        // The exception is raised at the very start of the body.
        discard_created(gd);
        if let (Some(d), Some(code)) = (exc_data(e), gd.code.as_ref()) {
            d.traceback.borrow_mut().push((code.clone(), 0));
        }
        return Err(PyErr(e.clone()));
    }

    // Run the frame.
    let gen_state = Obj::from_word(gd.exc_state.replace(0));
    let saved = state::exc_info();
    let own_state = gen_state.is_some();
    if own_state {
        drop(state::replace_exc_info(gen_state));
    }
    // SAFETY: the frame is live, suspended or created, and not running.
    unsafe {
        match how {
            Resume::Send(v) => {
                // The first entry does not read `sent` (the start has no
                // yield to return it from).
                (*f).sent = if st == FRAME_STATE_CREATED {
                    0
                } else {
                    v.into_word()
                };
                (*f).throw = 0;
            }
            Resume::Throw(e) => {
                if own_state {
                    state::chain_context(&e);
                }
                state::set_pending_raw(e);
                (*f).sent = 0;
                (*f).throw = 1;
            }
        }
        (*f).state = FRAME_STATE_RUNNING;
    }
    // SAFETY: as above; the frame is initialised for its code's native
    // function.
    let r = match unsafe { run_frame(gd, f) } {
        Ok(r) => r,
        Err(e) => {
            // SAFETY: as above.
            unsafe { undo_resumption(f, st) };
            drop(state::take_pending());
            let cur = state::replace_exc_info(saved);
            if own_state {
                gd.exc_state.set(cur.map_or(0, Obj::into_word));
            }
            return Err(e);
        }
    };
    restore_exc_info(gd, f, saved);
    finish_run(gd, f, r)
}

/// Resumes `genobj` with `v` (`send(v)`): a created or suspended
/// generator or coroutine with no handled exception of its own takes the
/// short path (nothing to check or swap but the handled exception
/// outside); anything else goes through `resume`.
#[inline]
pub fn resume_send(genobj: &Obj, v: Obj) -> PyResult<SendResult> {
    resume_sent(genobj, Some(v))
}

/// Resumes `genobj` with None (`next(genobj)`, `for` loops): as
/// `resume_send`, except that a suspended frame gets `sent` = 0, None
/// without a reference (the code after a yield takes 0 for None), so
/// iterating touches no reference count of None.
#[inline]
pub fn resume_next(genobj: &Obj) -> PyResult<SendResult> {
    resume_sent(genobj, None)
}

/// `resume_send` with `v`, or None passed as 0 when `v` is None.
#[inline(always)]
fn resume_sent(genobj: &Obj, v: Option<Obj>) -> PyResult<SendResult> {
    let value = |v: Option<Obj>| v.unwrap_or_else(|| builtin().none.clone());
    if let Some(gd) = gen_data(genobj)
        && matches!(gd.kind, GenKind::Generator | GenKind::Coroutine)
        && !gd.running.get()
        && gd.exc_state.get() == 0
    {
        let f = gd.frame.get();
        let st = frame_state(f);
        // The first entry takes no value (None is all it may be sent).
        let sent = match st {
            FRAME_STATE_SUSPENDED if gd.delegate_direct.get() => {
                return send_to_delegate(gd, f, v);
            }
            FRAME_STATE_SUSPENDED => v.map_or(0, Obj::into_word),
            FRAME_STATE_CREATED if v.as_ref().is_none_or(|v| v.is(&builtin().none)) => 0,
            _ => return resume(genobj, Resume::Send(value(v)), false),
        };
        let saved = save_exc_info();
        // SAFETY: the frame is live, created or suspended.
        let r = match unsafe { run_sent(gd, f, st, sent) } {
            Ok(r) => r,
            Err(e) => {
                release(saved);
                return Err(e);
            }
        };
        put_back_exc_info(gd, f, saved);
        return finish_run(gd, f, r);
    }
    resume(genobj, Resume::Send(value(v)), false)
}

thread_local! {
    /// The delegate whose outcome `DELEGATE_OUTCOME` holds (its word; 0 =
    /// none): what the SEND of every delegating generator checks first.
    static DELEGATE_DONE: Cell<u64> = const { Cell::new(0) };
    /// The outcome of a delegate that finished in `send_to_delegate`, for
    /// the SEND of the generator it was delegated from, which runs next.
    static DELEGATE_OUTCOME: RefCell<Option<PyResult<SendResult>>> =
        const { RefCell::new(None) };
}

/// Resumes generator `gd` (frame `f`, suspended in `yield from d` /
/// `await d`, no handled exception of its own, `delegate_direct`)
/// by sending `v` (None: None, passed on as `next()` passes it) straight
/// to `d`: all the generator's code would do is
/// execute its SEND. Meanwhile its frame is on the frame
/// chain and it is running, as while its SEND executes. When `d` yields,
/// the generator suspends again with the value without running; when `d`
/// finishes (returns or raises), its outcome is left for the generator's
/// SEND (`take_delegate_outcome`) and the generator's code runs on from
/// there.
// Cold: the plain resumption around its call stays compact (measurably
// faster when delegates mostly finish instead of suspending).
#[cold]
#[inline(never)]
fn send_to_delegate(gd: &GenData, f: *mut Frame, v: Option<Obj>) -> PyResult<SendResult> {
    let d = Obj::borrow(&gd.yieldfrom.get()).clone();
    let saved = state::exc_info();
    // SAFETY: `f` is `gd`'s live, suspended frame; it is linked and marked
    // running until the delegate yields or the frame's code returns.
    unsafe {
        (*f).state = FRAME_STATE_RUNNING;
        if let Err(e) = state::enter_frame(f) {
            (*f).state = FRAME_STATE_SUSPENDED;
            return Err(e);
        }
    }
    gd.running.set(true);
    let outer = RUNNING.with(|r| r.replace(gd as *const GenData));
    let unlink = move || {
        RUNNING.with(|r| r.set(outer));
        // SAFETY: `f` is the innermost frame, entered above.
        unsafe { state::leave_frame(f) };
        gd.running.set(false);
    };
    let outcome = match resume_sent(&d, v) {
        Ok(SendResult::Yield(x)) => {
            // SAFETY: as above.
            unsafe { (*f).state = FRAME_STATE_SUSPENDED };
            gd.note_suspension();
            unlink();
            return Ok(SendResult::Yield(x));
        }
        outcome => outcome,
    };
    // The frame's code runs from its resume point (sent None) to the SEND,
    // which takes the outcome.
    DELEGATE_DONE.with(|w| w.set(d.word()));
    drop(DELEGATE_OUTCOME.with(|o| o.replace(Some(outcome))));
    // SAFETY: as above; the frame is initialised for its code's native
    // function, which takes the sent word.
    let word = unsafe {
        (*f).sent = builtin().none.clone().into_word();
        (*f).throw = 0;
        native_of(f)(f)
    };
    unlink();
    debug_assert_eq!(
        DELEGATE_DONE.with(Cell::get),
        0,
        "the SEND took the outcome"
    );
    restore_exc_info(gd, f, saved);
    finish_run(gd, f, word)
}

/// The outcome `send_to_delegate` left for the SEND on `receiver`, if any.
#[inline]
pub fn take_delegate_outcome(receiver: &Obj) -> Option<PyResult<SendResult>> {
    if DELEGATE_DONE.with(Cell::get) != receiver.word() {
        return None;
    }
    DELEGATE_DONE.with(|w| w.set(0));
    DELEGATE_OUTCOME.with(|o| o.take())
}

/// Runs the generator `genobj` to its end through the push variant of its
/// code (`eval::rt::push`), with `sink` in its frame's `sent` word for
/// `rt_push_item`. Only for an exact generator, not started, whose only
/// reference is the caller's and whose code has a push variant; None
/// (nothing done) for any other. Afterwards it is finished, as if
/// exhausted. An error the body raised is reported as resuming it would
/// (PEP 479), one the consumer raised (`consumer_failed`) as it is.
pub(crate) fn run_pushed(
    genobj: &Obj,
    sink: u64,
    consumer_failed: &dyn Fn() -> bool,
) -> Option<PyResult<()>> {
    let gd = gen_data(genobj)?;
    let f = gd.frame.get();
    if gd.kind != GenKind::Generator
        || gd.running.get()
        || genobj.refcount() != 1
        || frame_state(f) != FRAME_STATE_CREATED
    {
        return None;
    }
    // SAFETY: a created generator's frame is live and not running.
    let push = unsafe { (*f).code_data().push_native }?;
    // SAFETY: as above; the push variant reads `sent` only as its sink.
    unsafe {
        (*f).sent = sink;
        (*f).state = FRAME_STATE_RUNNING;
    }
    // SAFETY: the frame is initialised for its code, whose push variant
    // uses the same layout.
    let r = match unsafe { run_native(gd, f, push) } {
        Ok(r) => r,
        Err(e) => {
            // SAFETY: the frame never ran; it is created again.
            unsafe {
                (*f).sent = 0;
                (*f).state = FRAME_STATE_CREATED;
            }
            return Some(Err(e));
        }
    };
    // Finished: the push variant released its slots.
    release_finished(gd, f);
    Some(push_outcome(r, consumer_failed, gd.kind))
}

/// The outcome of a push variant's run that returned `r`: an error (0) is
/// the consumer's own when `consumer_failed`, else the body's, reported
/// as resuming a generator of kind `kind` would (PEP 479).
#[inline(always)]
pub(crate) fn push_outcome(
    r: u64,
    consumer_failed: &dyn Fn() -> bool,
    kind: GenKind,
) -> PyResult<()> {
    match Obj::from_word(r) {
        Some(_) => Ok(()),
        None if consumer_failed() => Err(state::fetch_err()),
        None => Err(raised_by_body(state::fetch_err(), kind)),
    }
}

/// Runs the native code of generator frame `f` (state already RUNNING):
/// its result word, or the RecursionError when the depth limit forbids
/// entering it.
///
/// # Safety
/// `f` must be `gd`'s live frame, prepared for this resumption.
#[inline(always)]
unsafe fn run_frame(gd: &GenData, f: *mut Frame) -> PyResult<u64> {
    // SAFETY: guaranteed by the caller.
    unsafe { run_native(gd, f, native_of(f)) }
}

/// The native function of the live frame `f`'s code, read without
/// `code_data`'s check of the payload (a frame's code word is always a
/// code object): every resumption reads it.
///
/// # Safety
/// `f` must be a live frame.
#[inline(always)]
unsafe fn native_of(f: *mut Frame) -> crate::types::code::NativeFn {
    // SAFETY: caller contract.
    unsafe { frame_code(f) }.native
}

/// The code data of the live frame `f`, read without `code_data`'s check
/// of the payload (a frame's code word is always a code object).
///
/// # Safety
/// `f` must be a live frame.
#[inline(always)]
unsafe fn frame_code<'a>(f: *mut Frame) -> &'a types::code::CodeData {
    // SAFETY: caller contract; `code` is a live code object the frame
    // borrows from its function, which the generator keeps alive.
    let code = unsafe { &*((*f).code as *const crate::object::PyObject) };
    match &code.payload {
        Payload::Code(cd) => cd,
        // SAFETY: frames are only ever made for code objects.
        _ => unsafe { std::hint::unreachable_unchecked() },
    }
}

/// `run_frame` with the native function `native` (the code's own, or its
/// push variant: `run_pushed`).
///
/// # Safety
/// As `run_frame`; `native` must be compiled for `f`'s code.
#[inline(always)]
unsafe fn run_native(
    gd: &GenData,
    f: *mut Frame,
    native: crate::types::code::NativeFn,
) -> PyResult<u64> {
    // SAFETY: guaranteed by the caller.
    unsafe { state::enter_frame(f) }?;
    gd.running.set(true);
    let outer = RUNNING.with(|r| r.replace(gd as *const GenData));
    // SAFETY: the frame is initialised for `native` and stays linked only
    // while it runs.
    let r = unsafe { native(f) };
    RUNNING.with(|r| r.set(outer));
    // SAFETY: `f` is the innermost frame, entered above.
    unsafe { state::leave_frame(f) };
    gd.running.set(false);
    Ok(r)
}

/// Before a run: the handled exception outside, with a reference taken
/// (its word; 0 for none), for `put_back_exc_info`. Inline, without an
/// `Obj`'s check of tagged words (a handled exception is a heap object):
/// every resumption saves it.
#[inline(always)]
fn save_exc_info() -> u64 {
    let w = state::exc_info_word();
    if w != 0 {
        // SAFETY: a non-zero handled exception is a live heap object.
        let h = unsafe { &*(w as *const crate::object::PyObject) };
        h.refcnt.set(h.refcnt.get() + 1);
    }
    w
}

/// After a run: `restore_exc_info` with the word `save_exc_info` saved.
/// When the run left the handled exception unchanged, only the saved
/// reference goes (never the last one: the thread state holds another).
#[inline(always)]
fn put_back_exc_info(gd: &GenData, f: *mut Frame, saved: u64) {
    if state::exc_info_word() != saved {
        restore_exc_info_changed(gd, f, saved);
    } else if saved != 0 {
        // SAFETY: as in `save_exc_info`.
        let h = unsafe { &*(saved as *const crate::object::PyObject) };
        debug_assert!(h.refcnt.get() > 1, "the thread state holds it too");
        h.refcnt.set(h.refcnt.get() - 1);
    }
}

/// `put_back_exc_info` when the run changed the handled exception.
#[cold]
#[inline(never)]
fn restore_exc_info_changed(gd: &GenData, f: *mut Frame, saved: u64) {
    restore_exc_info(gd, f, Obj::from_word(saved));
}

/// After a run: puts back the handled exception from outside (`saved`),
/// keeping the generator's own one when it suspended inside an `except`
/// block. Touches nothing when the run left it unchanged.
#[inline(always)]
fn restore_exc_info(gd: &GenData, f: *mut Frame, saved: Option<Obj>) {
    let same = state::exc_info_is(saved.as_ref());
    if same {
        return;
    }
    let cur = state::replace_exc_info(saved.clone());
    // SAFETY: the native function has returned; the frame is live.
    if unsafe { (*f).state } == FRAME_STATE_SUSPENDED {
        let keep = match (&cur, &saved) {
            (Some(c), Some(s)) if c.is(s) => None,
            (c, _) => c.clone(),
        };
        gd.exc_state.set(keep.map_or(0, Obj::into_word));
    }
    drop(cur);
}

/// The outcome of a run that returned `r`: a yield when the frame
/// suspended; otherwise the frame is freed and its return value or
/// exception (StopIteration turned into RuntimeError, PEP 479) reported.
#[inline(always)]
fn finish_run(gd: &GenData, f: *mut Frame, r: u64) -> PyResult<SendResult> {
    // SAFETY: the native function has returned; the frame is live.
    if unsafe { (*f).state } == FRAME_STATE_SUSPENDED {
        gd.note_suspension();
        return match Obj::from_word(r) {
            Some(v) => Ok(SendResult::Yield(v)),
            None => Err(state::fetch_err()),
        };
    }
    // Finished: the native code released its slots.
    release_finished(gd, f);
    match Obj::from_word(r) {
        Some(v) => Ok(SendResult::Return(v)),
        None => Err(finished_with_error(gd)),
    }
}

/// Ends the run of generator `gd` whose frame `f` finished (its native
/// code released the slots): frees the frame and forgets any delegate.
fn release_finished(gd: &GenData, f: *mut Frame) {
    gd.frame.set(std::ptr::null_mut());
    // SAFETY: the frame is finished and owned by the generator (its code,
    // the generator's, has `nslots` slots).
    unsafe {
        let nslots = frame_code(f).frame_slots();
        (*f).state = FRAME_STATE_COMPLETED;
        free_frame(f, nslots);
    }
    gd.set_yieldfrom(None);
}

/// The exception a generator that raised reports (PEP 479's conversion of
/// StopIteration, and StopAsyncIteration in async generators).
#[cold]
fn finished_with_error(gd: &GenData) -> PyErr {
    raised_by_body(state::fetch_err(), gd.kind)
}

/// The exception a generator of kind `kind` reports for `e`, raised by
/// its body (PEP 479: StopIteration becomes RuntimeError).
fn raised_by_body(e: PyErr, kind: GenKind) -> PyErr {
    let stop = e.matches(Exc::StopIteration)
        || (kind == GenKind::AsyncGenerator && e.matches(Exc::StopAsyncIteration));
    if !stop {
        return e;
    }
    let what = if e.matches(Exc::StopIteration) {
        "StopIteration"
    } else {
        "StopAsyncIteration"
    };
    let msg = format!("{} raised {}", kind_word(kind), what);
    let n = PyErr::new(Exc::RuntimeError, msg);
    if let Some(d) = exc_data(&n.0) {
        *d.cause.borrow_mut() = Some(e.0.clone());
        *d.context.borrow_mut() = Some(e.0.clone());
        d.suppress_context.set(true);
    }
    n
}

/// `StopIteration(value)` (no args when value is None), or
/// `StopAsyncIteration()` for async generators.
pub fn stop_iteration(value: Obj, kind: GenKind) -> PyErr {
    if kind == GenKind::AsyncGenerator {
        return PyErr::with_args(Exc::StopAsyncIteration, vec![]);
    }
    if value.is(&builtin().none) {
        PyErr::with_args(Exc::StopIteration, vec![])
    } else {
        PyErr::with_args(Exc::StopIteration, vec![value])
    }
}

fn kind_of(genobj: &Obj) -> GenKind {
    gen_data(genobj).map_or(GenKind::Generator, |g| g.kind)
}

/// The value `genobj` yielded, or the StopIteration of its return.
fn yielded_or_stop(genobj: &Obj, r: PyResult<SendResult>) -> PyResult<Obj> {
    match r? {
        SendResult::Yield(x) => Ok(x),
        SendResult::Return(x) => Err(stop_iteration(x, kind_of(genobj))),
    }
}

/// `genobj.send(v)`: the yielded value, or StopIteration with the return value.
pub fn gen_send(genobj: &Obj, v: Obj) -> PyResult<Obj> {
    yielded_or_stop(genobj, resume_send(genobj, v))
}

/// `next(genobj)` for iteration: Ok(None) when the generator is exhausted
/// (its return value is dropped, as `for` loops do).
pub fn gen_next(genobj: &Obj) -> PyResult<Option<Obj>> {
    match resume_next(genobj)? {
        SendResult::Yield(x) => Ok(Some(x)),
        SendResult::Return(_) => Ok(None),
    }
}

/// `genobj.throw(exc)` with an exception instance.
pub fn gen_throw(genobj: &Obj, exc: Obj) -> PyResult<Obj> {
    match resume(genobj, Resume::Throw(exc), false)? {
        SendResult::Yield(x) => Ok(x),
        SendResult::Return(x) => Err(stop_iteration(x, kind_of(genobj))),
    }
}

/// `genobj.close()`.
pub fn gen_close(genobj: &Obj) -> PyResult<()> {
    let Some(gd) = gen_data(genobj) else {
        return Ok(());
    };
    match gd.kind {
        GenKind::CoroWrapper => {
            return match gd.wrapped() {
                Some(c) => gen_close(c),
                None => Ok(()),
            };
        }
        GenKind::ASend | GenKind::AThrow => {
            gd.aw_state.set(2);
            return Ok(());
        }
        _ => {}
    }
    let f = gd.frame.get();
    match frame_state(f) {
        FRAME_STATE_COMPLETED => return Ok(()),
        FRAME_STATE_CREATED if !gd.running.get() => {
            discard_created(gd);
            return Ok(());
        }
        _ => {}
    }
    let exit = crate::errors::new_exception(Exc::GeneratorExit.ty(), vec![]);
    match resume(genobj, Resume::Throw(exit), true) {
        Ok(SendResult::Yield(_)) => {
            let msg = match gd.kind {
                GenKind::Coroutine => "coroutine ignored GeneratorExit",
                GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                _ => "generator ignored GeneratorExit",
            };
            Err(PyErr::new(Exc::RuntimeError, msg))
        }
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e) if e.matches(Exc::StopIteration) || e.matches(Exc::GeneratorExit) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Builds the exception instance `throw(typ, val)` raises (CPython's
/// normalization in `_gen_throw`).
pub fn normalize_throw(typ: &Obj, val: Option<&Obj>) -> PyResult<Obj> {
    let b = builtin();
    let base = Exc::BaseException.ty();
    let val = val.filter(|v| !v.is(&b.none));
    if matches!(typ.payload(), Payload::Type(_)) && types::is_subtype(typ, base) {
        let inst = match val {
            None => crate::ops::call(typ, &[], None)?,
            Some(v) if types::is_instance(v, typ) => v.clone(),
            Some(v) => match v.payload() {
                Payload::Tuple(items) => crate::ops::call(typ, items, None)?,
                _ => crate::ops::call(typ, std::slice::from_ref(v), None)?,
            },
        };
        if exc_data(&inst).is_none() {
            return type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::ops::repr_string(typ)?,
                types::type_name_of(&inst)
            ));
        }
        return Ok(inst);
    }
    if exc_data(typ).is_some() {
        if val.is_some() {
            return type_error("instance exception may not have a separate value");
        }
        return Ok(typ.clone());
    }
    type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        types::type_name_of(typ)
    ))
}

/// The line a generator or coroutine with a frame is at: its definition
/// line before it starts, the line of its suspension point (or of its last
/// recorded instruction while running). None once it finished.
pub fn current_line(genobj: &Obj) -> Option<u32> {
    let gd = gen_data(genobj)?;
    let f = gd.frame.get();
    let cd = gd.code.as_ref().and_then(|c| types::code::as_code(c))?;
    match frame_state(f) {
        FRAME_STATE_COMPLETED => None,
        FRAME_STATE_CREATED => Some(cd.firstlineno),
        // SAFETY: a non-null generator frame is live.
        _ => Some(cd.line_of(unsafe { (*f).lasti })),
    }
}

/// The cycle collector's `tp_traverse` for generators: calls `visit` with
/// every word the generator owns, including the slots of its created or
/// suspended frame. Returns false, having visited nothing, while it runs
/// (its frame's words then belong to the executing code) or while one of
/// its `RefCell`s is borrowed.
pub(crate) fn traverse(gd: &GenData, mut visit: impl FnMut(u64)) -> bool {
    let f = gd.frame.get();
    let state = frame_state(f);
    if gd.running.get() || state == FRAME_STATE_RUNNING {
        return false;
    }
    let aw_guard = match gd.awaitable.as_ref().map(|a| a.aw_arg.try_borrow_mut()) {
        Some(Err(_)) => return false,
        Some(Ok(a)) => Some(a),
        None => None,
    };
    let aw_arg = aw_guard.as_ref().and_then(|a| a.as_ref());
    if state == FRAME_STATE_CREATED || state == FRAME_STATE_SUSPENDED {
        let s = Frame::slots(f);
        for i in 0..gd.nslots() {
            // SAFETY: a created or suspended generator frame is live, has
            // `nslots` slots and owns their non-zero words (as `Drop`
            // assumes when it releases them).
            let w = unsafe { *s.add(i) };
            if w != 0 {
                visit(w);
            }
        }
        // SAFETY: as above; `locals` is an owned word or 0.
        let (locals, func) = unsafe { ((*f).locals, (*f).func) };
        for w in [locals, func] {
            if w != 0 {
                visit(w);
            }
        }
    }
    for x in [
        gd.name.as_ref(),
        gd.qualname.as_ref(),
        gd.code.as_ref(),
        gd.wrapped(),
        aw_arg,
    ]
    .into_iter()
    .flatten()
    {
        visit(x.word());
    }
    for w in [gd.exc_state.get(), gd.yieldfrom.get()] {
        if w != 0 {
            visit(w);
        }
    }
    true
}

// --- finalization -------------------------------------------------------------------

/// Does dropping this generator need to run code (close it, warn)?
#[inline]
pub fn needs_finalize(gd: &GenData) -> bool {
    if !matches!(
        gd.kind,
        GenKind::Generator | GenKind::Coroutine | GenKind::AsyncGenerator
    ) {
        return false;
    }
    match frame_state(gd.frame.get()) {
        FRAME_STATE_SUSPENDED => true,
        FRAME_STATE_CREATED => gd.kind == GenKind::Coroutine,
        _ => false,
    }
}

/// Frees a generator-family object whose last reference went away and
/// that needs no finalizer (`dealloc`'s path for them): its type
/// reference, its data (a finished one has no frame left), its block. As
/// `finalize::free_object`, with the payload's variant and class known.
///
/// # Safety
/// `p` is a heap object made by `Obj::new` with a generator payload for
/// which `needs_finalize` is false, whose refcount just reached zero; it is
/// not used afterwards.
pub(crate) unsafe fn free_unfinalized(p: *mut crate::object::PyObject) {
    // SAFETY: caller contract: the object is exclusively ours.
    let o = unsafe { &mut *p };
    let Payload::Generator(gd) = &mut o.payload else {
        unreachable!("free_unfinalized of a generator");
    };
    crate::types::finalize::forget_finalized(p as u64);
    if o.dict.get() != 0 {
        // (Generators have no `__dict__`; the general path if ever.)
        return crate::types::finalize::free_object(p as u64);
    }
    let class = crate::object::size_class::one(gd);
    drop(Obj::from_word(o.ty.get()));
    if owns_only_code(gd) {
        // A finished generator (most of them): its code is all its data
        // holds; the other fields are empty and need no drop.
        drop(gd.code.take());
        // SAFETY: caller contract; the block is of its payload's class.
        unsafe { crate::object::pool::free_block(p, class) };
        return;
    }
    // SAFETY: caller contract; the data is dropped exactly once, then the
    // block (of its payload's class) is returned.
    unsafe {
        std::ptr::drop_in_place(gd);
        crate::object::pool::free_block(p, class);
    }
}

/// Does the generator own nothing but its code (no frame, handled
/// exception, delegate, names of its own or awaitable data)?
#[inline(always)]
fn owns_only_code(gd: &GenData) -> bool {
    let word = |o: &Option<Obj>| o.as_ref().map_or(0, Obj::word);
    (gd.frame.get() as u64
        | gd.exc_state.get()
        | gd.yieldfrom.get()
        | word(&gd.name)
        | word(&gd.qualname))
        == 0
        && gd.awaitable.is_none()
}

/// Releases `genobj`, a generator-family object that just finished (the
/// `SEND` of `await leaf(x)` hands over its reference): when it was the
/// last one and no finalizer is due, frees it here, without `dealloc`'s
/// dispatch on the payload.
#[inline(always)]
pub(crate) fn release_finished_ref(genobj: Obj) {
    if genobj.refcount() == 1
        && let Some(h) = genobj.heap()
        && let Payload::Generator(gd) = &h.payload
        && !needs_finalize(gd)
    {
        let p = genobj.into_word() as *mut crate::object::PyObject;
        // SAFETY: the last reference was ours and is given up here: the
        // object is exclusively ours, with a generator payload that needs
        // no finalizer.
        unsafe {
            (*p).refcnt.set(0);
            free_unfinalized(p);
        }
        return;
    }
    drop(genobj);
}

/// Runs the finalizer of a generator whose last reference is going away
/// (the object has been resurrected by the caller for the duration).
pub fn finalize(genobj: &Obj) {
    let Some(gd) = gen_data(genobj) else {
        return;
    };
    let st = frame_state(gd.frame.get());
    if st == FRAME_STATE_CREATED && gd.kind == GenKind::Coroutine {
        warn_unawaited(gd);
        discard_created(gd);
        return;
    }
    if st == FRAME_STATE_SUSPENDED {
        // Keep a pending exception (if any) intact around the close.
        let pending = state::take_pending();
        if let Err(e) = gen_close(genobj) {
            crate::types::finalize::write_unraisable(&e.0, Some(genobj));
        }
        if let Some(p) = pending {
            state::set_pending_raw(p);
        }
    }
}

/// The cycle collector's part of finalizing a garbage generator that never
/// started (CPython closes it, which drops its frame): releases the frame.
/// Returns whether there was one.
pub(crate) fn close_created(genobj: &Obj) -> bool {
    match gen_data(genobj) {
        Some(gd)
            if frame_state(gd.frame.get()) == FRAME_STATE_CREATED
                && matches!(gd.kind, GenKind::Generator | GenKind::AsyncGenerator) =>
        {
            discard_created(gd);
            true
        }
        _ => false,
    }
}

thread_local! {
    static WARNED: RefCell<std::collections::HashSet<(String, u32, String)>> =
        RefCell::new(std::collections::HashSet::new());
}

/// Prints "RuntimeWarning: coroutine '…' was never awaited" like CPython's
/// default warning filter (once per location).
fn warn_unawaited(gd: &GenData) {
    let msg = format!("coroutine '{}' was never awaited", str_of(gd.qualname()));
    let f = state::current_frame();
    let (file, line, src) = if f.is_null() {
        ("sys".to_string(), 1, None)
    } else {
        // SAFETY: frames on the chain are live.
        let fr = unsafe { &*f };
        let cd = fr.code_data();
        let line = cd.line_of(fr.lasti);
        (
            str_of(&cd.filename).to_string(),
            line,
            crate::eval::traceback::source_line(cd, line),
        )
    };
    let first = WARNED.with(|w| w.borrow_mut().insert((msg.clone(), line, file.clone())));
    if !first {
        return;
    }
    let mut s = format!("{file}:{line}: RuntimeWarning: {msg}\n");
    if let Some(src) = src {
        s.push_str(&format!("  {}\n", src.trim()));
    }
    s.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    crate::eval::io::write_stderr_lossy(&s);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated code reads a generator's delegate word at
    /// `abi::GEN_YIELDFROM_OFFSET` (`GET_AWAITABLE`).
    #[test]
    fn yieldfrom_offset_matches_abi() {
        let b = builtin();
        let data = GenData::frameless(GenKind::CoroWrapper, "w", b.none.clone(), None);
        let g = Obj::new(&b.generator, Payload::Generator(data));
        let gd = gen_data(&g).expect("made a generator payload");
        let offset = gd.yieldfrom.as_ptr() as usize - g.word() as usize;
        assert_eq!(offset, crate::abi::GEN_YIELDFROM_OFFSET as usize);
    }
}
