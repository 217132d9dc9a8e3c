//! `_asyncio`: the native core of the event loop behind the `asyncio`
//! standard-library module. It owns the FIFO ready queue and the timer heap
//! and runs one loop iteration exactly as CPython's `BaseEventLoop._run_once`
//! does: pop every due timer (dropping cancelled ones) onto the ready queue,
//! sleep only when nothing is ready, then run the callbacks that were ready
//! when the iteration began, in FIFO order.
//!
//! Ready entries are handle objects (from `asyncio`'s Python layer) whose
//! `_run()` invokes the callback and whose `_cancelled` flag is honoured
//! here, or two kinds no Python code ever sees as objects: a task's plain
//! step (`call_soon_step`) and a future's done callback
//! (`call_soon_callback`). A task step runs here too (`step_task`): it
//! resumes the coroutine and leaves to the task's Python methods only what
//! the coroutine yielded or how it ended, as CPython's C `task_step` does.
use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::object::Obj;
use crate::ops::attr::site::AttrSite;
use crate::types::generator::{self, GenKind, SendResult};
use crate::types::{self, builtin};
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::time::{Duration, Instant};

/// CPython's `time.get_clock_info('monotonic').resolution` on Linux.
const CLOCK_RESOLUTION: f64 = 1e-9;

/// A scheduled timer: due time, insertion order (ties run FIFO), handle.
struct Timer {
    when: f64,
    seq: u64,
    handle: Obj,
}

impl PartialEq for Timer {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Timer {
    /// Reversed so `BinaryHeap` (a max-heap) pops the earliest timer first.
    fn cmp(&self, o: &Self) -> Ordering {
        o.when
            .total_cmp(&self.when)
            .then_with(|| o.seq.cmp(&self.seq))
    }
}

/// A ready-queue entry.
enum Ready {
    /// A handle object: skipped when cancelled, else its `_run()` runs.
    Handle(Obj),
    /// A plain step of this task (`Task._schedule_step()` without
    /// arguments); the task's `_step_queued` is true while it waits.
    Step(Obj),
    /// A future's done callback: `callback(future)`.
    Callback(Obj, Obj),
}

thread_local! {
    static READY: std::mem::ManuallyDrop<RefCell<VecDeque<Ready>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(VecDeque::new())) };
    static TIMERS: std::mem::ManuallyDrop<RefCell<BinaryHeap<Timer>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(BinaryHeap::new())) };
    static SEQ: Cell<u64> = const { Cell::new(0) };
    /// The task whose step is running (`asyncio.current_task()`), kept here
    /// rather than in a module global: a global store per step would
    /// invalidate every cached global lookup of the `asyncio` module.
    static CURRENT_TASK: std::mem::ManuallyDrop<RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
    /// The number of the last task named automatically (`Task-<n>`).
    static TASK_COUNTER: Cell<u64> = const { Cell::new(0) };
    static ORIGIN: Cell<Option<Instant>> = const { Cell::new(None) };
    /// The handle attribute name, interned once: every loop iteration reads
    /// it for each ready handle, and a fresh str would be hashed each time.
    static CANCELLED_NAME: std::mem::ManuallyDrop<Obj> =
        std::mem::ManuallyDrop::new(types::str::intern("_cancelled"));
    static CANCELLED_SITE: RefCell<AttrSite> = const { RefCell::new(AttrSite::new()) };
    /// The task attributes a native step reads and writes, interned once,
    /// with a cached site for each access (indexed by `Attr`).
    static TASK_NAMES: std::mem::ManuallyDrop<[Obj; Attr::COUNT]> =
        std::mem::ManuallyDrop::new(Attr::NAMES.map(types::str::intern));
    static TASK_SITES: [RefCell<AttrSite>; Attr::SITES] =
        const { [const { RefCell::new(AttrSite::new()) }; Attr::SITES] };
    /// What `set_hooks` registered: the `_PENDING` state string (a task in
    /// another state takes the Python `_step`) and the reporter of an
    /// exception escaping a done callback.
    static HOOKS: std::mem::ManuallyDrop<RefCell<Option<(Obj, Obj)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// The task attributes a native step uses.
#[derive(Clone, Copy)]
enum Attr {
    State,
    MustCancel,
    Coro,
    FutWaiter,
    StepQueued,
}

impl Attr {
    const COUNT: usize = 5;
    const NAMES: [&'static str; Attr::COUNT] = [
        "_state",
        "_must_cancel",
        "_coro",
        "_fut_waiter",
        "_step_queued",
    ];
    /// A load site per attribute, then a store site per attribute.
    const SITES: usize = 2 * Attr::COUNT;
}

/// Where instances of one type (the task class) hold the step's
/// attributes inline: the type (an owned reference, so its address is not
/// reused while cached), the attribute-cache epoch the positions were found
/// in (a change of any class's namespace, which might add a data
/// descriptor, invalidates them) and each attribute's position
/// (`instance::key_position`), None while unknown.
struct Layout {
    ty: Option<Obj>,
    epoch: u64,
    index: [Option<usize>; Attr::COUNT],
}

/// A task's attribute positions for one step (`Layout::index`).
type Slots = [Option<usize>; Attr::COUNT];

thread_local! {
    static LAYOUT: RefCell<Layout> = const {
        RefCell::new(Layout {
            ty: None,
            epoch: 0,
            index: [None; Attr::COUNT],
        })
    };
}

/// The cached positions of the step's attributes in `v`'s instances.
#[inline]
fn slots(v: &Obj) -> Slots {
    let tw = v.ty_word();
    LAYOUT.with(|l| match l.try_borrow() {
        Ok(l)
            if l.ty.as_ref().is_some_and(|t| t.word() == tw)
                && l.epoch == crate::ops::attr::cache::epoch() =>
        {
            l.index
        }
        _ => [None; Attr::COUNT],
    })
}

/// Caches where instances of `v`'s type hold attribute `a`, if they do,
/// no class in the MRO has a data descriptor of that name and the type
/// has the generic `__getattribute__` and `__setattr__`.
fn fill_slot(v: &Obj, a: Attr) {
    let tp = v.ty();
    let epoch = crate::ops::attr::cache::epoch();
    let name = Attr::NAMES[a as usize];
    let cache = |n: &str| crate::ops::attr::cache::lookup(&tp, n);
    let generic = |n: &str| cache(n).is_none_or(|f| crate::ops::call::is_builtin_method(&f));
    // A plain class attribute (Future's `_state = _PENDING`) is shadowed
    // by the instance's value; a data descriptor would not be.
    if !types::type_data(&tp).heap
        || cache(name).is_some_and(|d| crate::ops::attr::is_data_descr(&d))
        || !generic("__getattribute__")
        || !generic("__setattr__")
    {
        return;
    }
    let Some(index) = TASK_NAMES.with(|n| types::instance::key_position(&tp, &n[a as usize]))
    else {
        return;
    };
    LAYOUT.with(|l| {
        if let Ok(mut l) = l.try_borrow_mut() {
            if !(l.ty.as_ref().is_some_and(|t| t.is(&tp)) && l.epoch == epoch) {
                *l = Layout {
                    ty: Some(tp),
                    epoch,
                    index: [None; Attr::COUNT],
                };
            }
            l.index[a as usize] = Some(index);
        }
    });
}

/// `v.<a>`: the inline value where its position is known, else through
/// its site.
#[inline]
fn load(v: &Obj, s: &Slots, a: Attr) -> PyResult<Obj> {
    if let Some(i) = s[a as usize]
        && let Some(x) = types::instance::value_at(v, i)
    {
        return Ok(x);
    }
    let r = load_generic(v, a)?;
    fill_slot(v, a);
    Ok(r)
}

/// `v.<a> = value`: into the inline value where its position is known,
/// else through its site.
#[inline]
fn store(v: &Obj, s: &Slots, a: Attr, value: &Obj) -> PyResult<()> {
    if let Some(i) = s[a as usize]
        && types::instance::replace_at(v, i, value.clone()).is_ok()
    {
        return Ok(());
    }
    store_generic(v, a, value)?;
    fill_slot(v, a);
    Ok(())
}

/// `v.<a>` through its cached site.
fn load_generic(v: &Obj, a: Attr) -> PyResult<Obj> {
    TASK_NAMES.with(|n| {
        let name = &n[a as usize];
        TASK_SITES.with(|s| match s[a as usize].try_borrow_mut() {
            Ok(mut site) => crate::ops::attr::site::load_attr(&mut site, v, name),
            Err(_) => crate::ops::getattr(v, name),
        })
    })
}

/// `v.<a> = value` through its cached site.
fn store_generic(v: &Obj, a: Attr, value: &Obj) -> PyResult<()> {
    TASK_NAMES.with(|n| {
        let name = &n[a as usize];
        TASK_SITES.with(|s| match s[Attr::COUNT + a as usize].try_borrow_mut() {
            Ok(mut site) => crate::ops::attr::site::store_attr(&mut site, v, name, value),
            Err(_) => crate::ops::attr::setattr(v, name, value),
        })
    })
}

/// `bool(v)`, at once for the flags the Python layer stores (True/False).
#[inline]
fn truth(v: &Obj) -> PyResult<bool> {
    let b = builtin();
    if v.is(&b.false_) {
        Ok(false)
    } else if v.is(&b.true_) {
        Ok(true)
    } else {
        crate::ops::is_true(v)
    }
}

/// Must this exception stop the loop rather than be reported (as
/// `Handle._run` re-raises them)?
fn is_fatal(e: &PyErr) -> bool {
    e.matches(Exc::SystemExit) || e.matches(Exc::KeyboardInterrupt)
}

/// Seconds on the loop's monotonic clock.
fn now() -> f64 {
    let origin = ORIGIN.with(|o| match o.get() {
        Some(i) => i,
        None => {
            let i = Instant::now();
            o.set(Some(i));
            i
        }
    });
    // An arbitrary positive offset, like CPython's uptime-based clock.
    1000.0 + origin.elapsed().as_secs_f64()
}

fn is_cancelled(handle: &Obj) -> PyResult<bool> {
    // Through a cached site: handles are instances of a few classes.
    let c = CANCELLED_NAME.with(|n| {
        CANCELLED_SITE.with(|s| match s.try_borrow_mut() {
            Ok(mut site) => crate::ops::attr::site::load_attr(&mut site, handle, n),
            Err(_) => crate::ops::getattr(handle, n),
        })
    })?;
    crate::ops::is_true(&c)
}

fn arg<'a>(a: &'a [Obj], i: usize, f: &str) -> PyResult<&'a Obj> {
    match a.get(i) {
        Some(x) => Ok(x),
        None => type_error(format!("{f}() missing required argument")),
    }
}

/// `time()`: the loop clock.
fn time(_a: &[Obj]) -> PyResult<Obj> {
    Ok(types::float::new_float(now()))
}

fn push_ready(e: Ready) {
    READY.with(|r| r.borrow_mut().push_back(e));
}

/// `call_soon(handle)`: append to the ready queue.
fn call_soon(a: &[Obj]) -> PyResult<Obj> {
    push_ready(Ready::Handle(arg(a, 0, "call_soon")?.clone()));
    Ok(builtin().none.clone())
}

/// `call_soon_step(task)`: append a plain step of `task` (whose
/// `_step_queued` the caller has set).
fn call_soon_step(a: &[Obj]) -> PyResult<Obj> {
    push_ready(Ready::Step(arg(a, 0, "call_soon_step")?.clone()));
    Ok(builtin().none.clone())
}

/// `call_soon_callback(callback, future)`: append the done callback
/// `callback(future)`.
fn call_soon_callback(a: &[Obj]) -> PyResult<Obj> {
    let cb = arg(a, 0, "call_soon_callback")?.clone();
    let fut = arg(a, 1, "call_soon_callback")?.clone();
    push_ready(Ready::Callback(cb, fut));
    Ok(builtin().none.clone())
}

/// `set_hooks(pending, report_callback_error)`: see `HOOKS`.
fn set_hooks(a: &[Obj]) -> PyResult<Obj> {
    let pending = arg(a, 0, "set_hooks")?.clone();
    let report = arg(a, 1, "set_hooks")?.clone();
    HOOKS.with(|h| *h.borrow_mut() = Some((pending, report)));
    Ok(builtin().none.clone())
}

fn hooks() -> PyResult<(Obj, Obj)> {
    match HOOKS.with(|h| h.borrow().clone()) {
        Some(h) => Ok(h),
        None => type_error("_asyncio: set_hooks() was not called"),
    }
}

/// Makes `task` (None for no task) the running task; returns the previous.
fn replace_current(task: Option<Obj>) -> Option<Obj> {
    CURRENT_TASK.with(|c| c.replace(task))
}

/// One plain step of `task` (`Task._step()` with no exception to throw in):
/// resume the coroutine with None, then hand what it yielded to
/// `_handle_yield` (a bare yield is re-queued here), its return value to
/// `_step_return` or its exception to `_step_raise`. A task that is done,
/// has a cancellation pending or holds no coroutine of ours takes the
/// Python `_step`, which covers every case.
fn step_task(task: &Obj) -> PyResult<()> {
    let s = slots(task);
    let state = load(task, &s, Attr::State)?;
    let is_pending = HOOKS.with(|h| h.borrow().as_ref().is_some_and(|(p, _)| state.is(p)));
    let coro = load(task, &s, Attr::Coro)?;
    let ours = generator::gen_data(&coro).is_some_and(|d| d.kind == GenKind::Coroutine);
    if !is_pending || !ours || truth(&load(task, &s, Attr::MustCancel)?)? {
        return call_task_method(task, "_step", &[]).map(drop);
    }
    let none = &builtin().none;
    store(task, &s, Attr::FutWaiter, none)?;
    let prev = replace_current(Some(task.clone()));
    let out = match generator::resume_next(&coro) {
        Ok(SendResult::Yield(v)) if v.is(none) => requeue_step(task),
        Ok(SendResult::Yield(v)) => call_task_method(task, "_handle_yield", &[v]).map(drop),
        Ok(SendResult::Return(v)) => call_task_method(task, "_step_return", &[v]).map(drop),
        // (No `?` in here: the running task is restored below.)
        Err(e) => match call_task_method(task, "_step_raise", std::slice::from_ref(&e.0))
            .and_then(|stop| truth(&stop))
        {
            Ok(true) => Err(e),
            r => r.map(drop),
        },
    };
    drop(replace_current(prev));
    out
}

/// After a bare yield (`sleep(0)`): the task's next plain step, unless
/// one is already queued (`Task._schedule_step()`).
fn requeue_step(task: &Obj) -> PyResult<()> {
    // (Positions again: the coroutine may have changed a class.)
    let s = slots(task);
    if truth(&load(task, &s, Attr::StepQueued)?)? {
        return call_task_method(task, "_schedule_step", &[]).map(drop);
    }
    store(task, &s, Attr::StepQueued, &builtin().true_)?;
    push_ready(Ready::Step(task.clone()));
    Ok(())
}

/// `task.<name>(*args)`, for the methods `Task` defines.
fn call_task_method(task: &Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    match crate::ops::call::call_special(task, name, args)? {
        Some(r) => Ok(r),
        None => crate::ops::call::call_method(task, name, args),
    }
}

/// `step(task)`: a plain step of `task` now (`Task._wakeup`); exceptions
/// propagate to the caller.
fn step(a: &[Obj]) -> PyResult<Obj> {
    step_task(arg(a, 0, "step")?)?;
    Ok(builtin().none.clone())
}

/// Runs a queued plain step; an exception escaping it is reported as one
/// escaping a callback (`Task._report_step_error`).
fn run_step(task: &Obj) -> PyResult<()> {
    store(task, &slots(task), Attr::StepQueued, &builtin().false_)?;
    match step_task(task) {
        Err(e) if !is_fatal(&e) => call_task_method(task, "_report_step_error", &[e.0]).map(drop),
        r => r,
    }
}

/// Runs a queued done callback; an exception escaping it is reported by
/// the registered hook.
fn run_callback(cb: &Obj, fut: &Obj) -> PyResult<()> {
    match crate::ops::call::call_positional(cb, std::slice::from_ref(fut)) {
        Ok(_) => Ok(()),
        Err(e) if !is_fatal(&e) => {
            let (_, report) = hooks()?;
            crate::ops::call::call_positional(&report, &[cb.clone(), fut.clone(), e.0]).map(drop)
        }
        Err(e) => Err(e),
    }
}

/// `call_at(when, handle)`: add a timer.
fn call_at(a: &[Obj]) -> PyResult<Obj> {
    let when = types::float::to_f64(arg(a, 0, "call_at")?)?;
    let handle = arg(a, 1, "call_at")?.clone();
    let seq = SEQ.with(|s| {
        let v = s.get();
        s.set(v + 1);
        v
    });
    TIMERS.with(|t| t.borrow_mut().push(Timer { when, seq, handle }));
    Ok(builtin().none.clone())
}

/// `pending()`: whether any callback or live timer is scheduled.
fn pending(_a: &[Obj]) -> PyResult<Obj> {
    let any = READY.with(|r| !r.borrow().is_empty()) || TIMERS.with(|t| !t.borrow().is_empty());
    Ok(types::int::new_bool(any))
}

/// `clear()`: drops everything scheduled (when a loop closes).
fn clear(_a: &[Obj]) -> PyResult<Obj> {
    let r = READY.with(|r| std::mem::take(&mut *r.borrow_mut()));
    let t = TIMERS.with(|t| std::mem::take(&mut *t.borrow_mut()));
    drop(r);
    drop(t);
    Ok(builtin().none.clone())
}

/// Removes cancelled timers from the top of the heap.
fn prune_cancelled() -> PyResult<()> {
    loop {
        let top = TIMERS.with(|t| t.borrow().peek().map(|x| x.handle.clone()));
        match top {
            Some(h) if is_cancelled(&h)? => {
                TIMERS.with(|t| t.borrow_mut().pop());
            }
            _ => return Ok(()),
        }
    }
}

/// `run_once()`: one iteration of the loop. Returns False when nothing at
/// all is scheduled (the loop would block forever).
fn run_once(_a: &[Obj]) -> PyResult<Obj> {
    prune_cancelled()?;
    let ready_empty = READY.with(|r| r.borrow().is_empty());
    if ready_empty {
        let next = TIMERS.with(|t| t.borrow().peek().map(|x| x.when));
        match next {
            None => return Ok(types::int::new_bool(false)),
            Some(when) => {
                let wait = when - now();
                if wait > 0.0 {
                    // As CPython's epoll selector: whole milliseconds, rounded
                    // up, so timers due within the same millisecond run in
                    // one iteration.
                    let wait = (wait * 1e3).ceil() * 1e-3;
                    std::thread::sleep(Duration::from_secs_f64(wait.min(86400.0)));
                }
            }
        }
    }
    let end = now() + CLOCK_RESOLUTION;
    loop {
        let due = TIMERS.with(|t| {
            let mut t = t.borrow_mut();
            match t.peek() {
                Some(x) if x.when < end => t.pop().map(|x| x.handle),
                _ => None,
            }
        });
        let Some(h) = due else { break };
        if !is_cancelled(&h)? {
            push_ready(Ready::Handle(h));
        }
    }
    let ntodo = READY.with(|r| r.borrow().len());
    for _ in 0..ntodo {
        let Some(e) = READY.with(|r| r.borrow_mut().pop_front()) else {
            break;
        };
        match e {
            Ready::Handle(h) => {
                if is_cancelled(&h)? {
                    continue;
                }
                // Handles are the `asyncio` module's own classes, which
                // define `_run` on the class: called unbound, no method
                // object per callback.
                if crate::ops::call::call_special(&h, "_run", &[])?.is_none() {
                    return type_error("run_once: a ready entry is not a handle");
                }
            }
            Ready::Step(task) => run_step(&task)?,
            Ready::Callback(cb, fut) => run_callback(&cb, &fut)?,
        }
    }
    Ok(types::int::new_bool(true))
}

/// `swap_current_task(task)`: makes `task` (None for no task) the running
/// task and returns the previous one.
fn swap_current_task(a: &[Obj]) -> PyResult<Obj> {
    let t = arg(a, 0, "swap_current_task")?;
    let new = (!t.is(&builtin().none)).then(|| t.clone());
    let prev = CURRENT_TASK.with(|c| c.replace(new));
    Ok(prev.unwrap_or_else(|| builtin().none.clone()))
}

/// `current_task()`: the running task, or None.
fn current_task(_a: &[Obj]) -> PyResult<Obj> {
    let t = CURRENT_TASK.with(|c| c.borrow().clone());
    Ok(t.unwrap_or_else(|| builtin().none.clone()))
}

/// `next_task_number()`: 1, 2, … for the default names `Task-<n>`.
fn next_task_number(_a: &[Obj]) -> PyResult<Obj> {
    let n = TASK_COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    Ok(types::int::new_int(n as i64))
}

/// `coro_lineno(coro)`: the line a coroutine is at (see
/// `generator::current_line`), or None when it has finished or is not a
/// coroutine; task reprs show it as `running at file:line`.
fn coro_lineno(a: &[Obj]) -> PyResult<Obj> {
    let c = arg(a, 0, "coro_lineno")?;
    Ok(match crate::types::generator::current_line(c) {
        Some(line) => types::int::new_int(i64::from(line)),
        None => builtin().none.clone(),
    })
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module("_asyncio", None);
    super::add_functions(
        &m,
        "_asyncio",
        &[
            ("time", types::function::BuiltinImpl::Pos(time)),
            ("call_soon", types::function::BuiltinImpl::Pos(call_soon)),
            (
                "call_soon_step",
                types::function::BuiltinImpl::Pos(call_soon_step),
            ),
            (
                "call_soon_callback",
                types::function::BuiltinImpl::Pos(call_soon_callback),
            ),
            ("step", types::function::BuiltinImpl::Pos(step)),
            ("set_hooks", types::function::BuiltinImpl::Pos(set_hooks)),
            ("call_at", types::function::BuiltinImpl::Pos(call_at)),
            ("pending", types::function::BuiltinImpl::Pos(pending)),
            ("clear", types::function::BuiltinImpl::Pos(clear)),
            ("run_once", types::function::BuiltinImpl::Pos(run_once)),
            (
                "swap_current_task",
                types::function::BuiltinImpl::Pos(swap_current_task),
            ),
            (
                "current_task",
                types::function::BuiltinImpl::Pos(current_task),
            ),
            (
                "coro_lineno",
                types::function::BuiltinImpl::Pos(coro_lineno),
            ),
            (
                "next_task_number",
                types::function::BuiltinImpl::Pos(next_task_number),
            ),
        ],
    );
    Ok(m)
}
