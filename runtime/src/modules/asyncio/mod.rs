//! `_asyncio`: the native core of the event loop behind the `asyncio`
//! standard-library module. It owns the FIFO ready queue and the timer heap
//! and runs one loop iteration exactly as CPython's `BaseEventLoop._run_once`
//! does: pop every due timer (dropping cancelled ones) onto the ready queue,
//! sleep only when nothing is ready, then run the callbacks that were ready
//! when the iteration began, in FIFO order. Queue entries are handle objects
//! (from `asyncio`'s Python layer) whose `_run()` invokes the callback and
//! whose `_cancelled` flag is honoured here.

use crate::errors::{PyResult, type_error};
use crate::object::Obj;
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

thread_local! {
    static READY: std::mem::ManuallyDrop<RefCell<VecDeque<Obj>>> =
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
    static CANCELLED_SITE: RefCell<crate::ops::attr::site::AttrSite> =
        const { RefCell::new(crate::ops::attr::site::AttrSite::new()) };
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

/// `call_soon(handle)`: append to the ready queue.
fn call_soon(a: &[Obj]) -> PyResult<Obj> {
    let h = arg(a, 0, "call_soon")?.clone();
    READY.with(|r| r.borrow_mut().push_back(h));
    Ok(builtin().none.clone())
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
            READY.with(|r| r.borrow_mut().push_back(h));
        }
    }
    let ntodo = READY.with(|r| r.borrow().len());
    for _ in 0..ntodo {
        let Some(h) = READY.with(|r| r.borrow_mut().pop_front()) else {
            break;
        };
        if is_cancelled(&h)? {
            continue;
        }
        // Handles are the `asyncio` module's own classes, which define
        // `_run` on the class: called unbound, no method object per callback.
        if crate::ops::call::call_special(&h, "_run", &[])?.is_none() {
            return type_error("run_once: a ready entry is not a handle");
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
