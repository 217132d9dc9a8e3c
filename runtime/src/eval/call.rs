//! Calling compiled Python code: frame allocation, CPython 3.11 argument
//! binding (with its exact error messages), cells and free variables, and
//! running module bodies and class bodies.
//!
//! Ownership: the frame's `localsplus` slots hold owned references, and the
//! native function takes ownership of all of them at entry. The other frame
//! fields are borrowed from the function (or module) object, which the caller
//! keeps alive for the duration of the call.

use crate::abi::{self, CO_FAST_CELL, CO_FAST_FREE, CO_VARARGS, CO_VARKEYWORDS};
use crate::errors::{PyErr, PyResult, type_error};
use crate::eval::frame::Frame;
use crate::eval::state;
use crate::eval::util::{repr_str, str_of};
use crate::object::{Obj, Payload};
use crate::types::code::{CodeData, code_data};
use crate::types::function::FunctionData;
use crate::types::{self, builtin};
use std::cell::RefCell;

/// Calls a Python function object: `args` are the positional arguments
/// followed by the values of the keyword arguments named in `kwnames`.
pub fn call_function(func: &Obj, args: &[Obj], kwnames: Option<&Obj>) -> PyResult<Obj> {
    let Payload::Function(fd) = func.payload() else {
        return type_error("call_function: not a function");
    };
    if kwnames.is_none() && fd.direct.argc == args.len() as u64 {
        return call_direct(func, fd, &[], args);
    }
    let cd = code_data(&fd.code);
    if kwnames.is_none() && cd.argcount as usize == args.len() {
        if cd.simple_positional {
            return call_simple(func, fd, cd, args);
        }
        if cd.simple_generator {
            return Ok(new_simple_generator(func, fd, cd, args));
        }
        if cd.simple_closure
            && let Some(r) = call_simple_closure(func, fd, cd, args)
        {
            return r;
        }
    }
    if kwnames.is_none()
        && (cd.simple_positional || cd.simple_generator)
        && let Some(defaults) = trailing_defaults(fd, cd, args.len())
    {
        return call_with_defaults(func, fd, cd, args, &defaults);
    }
    let nslots = cd.frame_slots();
    let f = new_frame(
        cd,
        &fd.code,
        &fd.globals,
        &fd.builtins,
        0,
        func.word(),
        nslots,
    );
    let slots = Frame::slots(f);
    let nlp = cd.nlocalsplus();
    // SAFETY: the frame has `nslots >= nlp` zeroed slots.
    let s = unsafe { std::slice::from_raw_parts_mut(slots, nlp) };
    if let Err(e) = bind_arguments(fd, cd, s, args, kwnames) {
        discard_frame(f, nslots);
        return Err(e);
    }
    setup_cells(fd.closure.as_ref(), cd, s);
    if cd.is_generator_like() {
        // SAFETY: `f` is a bound frame of `func`'s code with `nslots` slots.
        return Ok(unsafe { crate::types::generator::new_generator(func, fd, cd, f) });
    }
    run_frame(f, cd, nslots)
}

/// The defaults tuple of `func` when a call with `given` positional
/// arguments, fewer than the code's `argcount`, leaves only parameters
/// that have defaults: the call then needs no binding logic (the missing
/// parameters take the last defaults, as `bind_arguments` gives them).
#[inline]
pub(crate) fn trailing_defaults(fd: &FunctionData, cd: &CodeData, given: usize) -> Option<Obj> {
    let missing = (cd.argcount as usize).checked_sub(given)?;
    if missing == 0 {
        return None;
    }
    let defaults = fd.defaults.borrow().clone()?;
    let n = types::tuple::as_slice(&defaults)?.len();
    (n >= missing).then_some(defaults)
}

/// Calls `func` (`simple_positional` or `simple_generator` code) with the
/// positional arguments `args` followed by the last defaults in the tuple
/// `defaults` (`trailing_defaults` checked that they complete the call).
fn call_with_defaults(
    func: &Obj,
    fd: &FunctionData,
    cd: &CodeData,
    args: &[Obj],
    defaults: &Obj,
) -> PyResult<Obj> {
    let defs = types::tuple::as_slice(defaults).unwrap_or(&[]);
    let tail = &defs[defs.len() - (cd.argcount as usize - args.len())..];
    if cd.simple_generator {
        let f = frame_with_args(func, fd, cd, cd.frame_slots(), args, tail);
        // SAFETY: `f` is a complete frame of `func`'s code with
        // `cd.frame_slots()` slots.
        return Ok(unsafe { crate::types::generator::new_generator(func, fd, cd, f) });
    }
    call_simple_with(func, fd, cd, args, tail)
}

/// Frames of direct calls with at most this many arguments live on the
/// native stack.
const DIRECT_STACK_ARGS: usize = 8;
const FRAME_HEADER_WORDS: usize = abi::FRAME_LOCALSPLUS as usize / 8;

/// Calls `func` with the arguments `head` then `args` when their number is
/// `fd.direct.argc` (the caller checked): the frame holds just the
/// arguments and is built from the function's `DirectCall` fields, the same
/// frame generated code builds inline for such calls.
/// A closure's frame also needs its cells: `call_simple_closure` makes it.
#[inline]
pub fn call_direct(func: &Obj, fd: &FunctionData, head: &[Obj], args: &[Obj]) -> PyResult<Obj> {
    if fd.direct.cells != 0 {
        return call_direct_closure(func, fd, head, args);
    }
    let nargs = head.len() + args.len();
    debug_assert_eq!(
        fd.direct.argc, nargs as u64,
        "a direct call with the wrong arguments"
    );
    if nargs <= DIRECT_STACK_ARGS {
        let mut buf =
            std::mem::MaybeUninit::<[u64; FRAME_HEADER_WORDS + DIRECT_STACK_ARGS]>::uninit();
        let f = buf.as_mut_ptr() as *mut Frame;
        // SAFETY: `buf` is 8-aligned, exclusively ours and large enough for
        // the header and `nargs` slots; it outlives the call.
        unsafe {
            write_direct_frame(f, func, fd, head, args);
            run_direct_frame(f, fd, nargs)
        }
    } else {
        let f = Frame::alloc_uninit(nargs);
        // SAFETY: `f` is a fresh frame with `nargs` slots, freed after the call.
        unsafe {
            write_direct_frame(f, func, fd, head, args);
            let r = run_direct_frame(f, fd, nargs);
            Frame::free(f, nargs);
            r
        }
    }
}

/// `call_direct` of a closure (`fd.direct.cells` nonzero, so
/// `call_simple_closure` applies).
#[cold]
fn call_direct_closure(func: &Obj, fd: &FunctionData, head: &[Obj], args: &[Obj]) -> PyResult<Obj> {
    let cd = code_data(&fd.code);
    let all: Vec<Obj> = head.iter().chain(args).cloned().collect();
    match call_simple_closure(func, fd, cd, &all) {
        Some(r) => r,
        None => Err(PyErr::new(
            crate::errors::Exc::SystemError,
            "a direct call of a closure without its cells".to_string(),
        )),
    }
}

/// Writes the header and the argument slots (new references) of a direct
/// call's frame.
///
/// # Safety
/// `f` must be exclusively owned memory for a frame with
/// `head.len() + args.len()` slots.
#[inline(always)]
unsafe fn write_direct_frame(
    f: *mut Frame,
    func: &Obj,
    fd: &FunctionData,
    head: &[Obj],
    args: &[Obj],
) {
    let (code, globals, builtins) = (&fd.code, &fd.globals, &fd.builtins);
    let arrays = (fd.direct.consts, fd.direct.names);
    // SAFETY: caller contract.
    unsafe {
        f.write(header(code, globals, builtins, 0, func.word(), arrays));
        let s = Frame::slots(f);
        for (i, a) in head.iter().chain(args).enumerate() {
            *s.add(i) = a.clone().into_word();
        }
    }
}

/// Runs a frame written by `write_direct_frame` (the caller frees its memory).
///
/// # Safety
/// `f` must be such a frame with `nargs` slots.
#[inline(always)]
unsafe fn run_direct_frame(f: *mut Frame, fd: &FunctionData, nargs: usize) -> PyResult<Obj> {
    // SAFETY: caller contract; the native function takes over the slots.
    unsafe {
        if let Err(e) = state::enter_frame(f) {
            Frame::release_slots(f, nargs);
            return Err(e);
        }
        let r = (fd.direct.native)(f);
        state::leave_frame(f);
        match Obj::from_word(r) {
            Some(v) => Ok(v),
            None => Err(state::fetch_err()),
        }
    }
}

/// Calls `func` (whose function data is `fd` and code data `cd`) with
/// exactly its positional parameters (`cd.simple_positional`,
/// `args.len() == argcount`): no binding logic, no cells, not a generator.
#[inline]
pub fn call_simple(func: &Obj, fd: &FunctionData, cd: &CodeData, args: &[Obj]) -> PyResult<Obj> {
    call_simple_with(func, fd, cd, &[], args)
}

/// `call_simple` with the arguments `head` followed by `args` (a method's
/// receiver and its arguments, without building a new argument vector).
#[inline]
pub fn call_simple_with(
    func: &Obj,
    fd: &FunctionData,
    cd: &CodeData,
    head: &[Obj],
    args: &[Obj],
) -> PyResult<Obj> {
    let nslots = cd.nlocalsplus();
    // (`simple_positional` guarantees `nslots` covers the arguments.)
    let f = frame_with_args(func, fd, cd, nslots, head, args);
    // SAFETY: `f` is a complete frame of `func`'s code with `nslots` slots;
    // the native function takes over the slots' references.
    unsafe {
        if let Err(e) = state::enter_frame(f) {
            discard_frame(f, nslots);
            return Err(e);
        }
        let r = (cd.native)(f);
        state::leave_frame(f);
        Frame::free(f, nslots);
        match Obj::from_word(r) {
            Some(v) => Ok(v),
            None => Err(state::fetch_err()),
        }
    }
}

/// Calls the closure `func` with exactly its positional parameters
/// (`cd.simple_closure`): the arguments and the closure's cells go
/// straight into the frame; a generator-like code gets its object. None
/// (nothing done) when the closure does not have a cell for every free
/// variable.
#[inline]
pub fn call_simple_closure(
    func: &Obj,
    fd: &FunctionData,
    cd: &CodeData,
    args: &[Obj],
) -> Option<PyResult<Obj>> {
    let cells = fd.closure.as_ref().and_then(types::tuple::as_slice)?;
    let nlp = cd.nlocalsplus();
    let first_free = nlp.checked_sub(cells.len())?;
    if types::tuple::as_slice(&cd.freevars).map(<[Obj]>::len) != Some(cells.len()) {
        return None;
    }
    let nslots = cd.frame_slots();
    let f = frame_with_args(func, fd, cd, nslots, &[], args);
    // SAFETY: `f` has `nslots >= nlp` slots; the free ones are still 0.
    unsafe {
        let s = Frame::slots(f);
        for (i, c) in cells.iter().enumerate() {
            *s.add(first_free + i) = c.clone().into_word();
        }
    }
    if cd.is_generator_like() {
        // SAFETY: `f` is a bound frame of `func`'s code with `nslots` slots.
        return Some(Ok(unsafe {
            crate::types::generator::new_generator(func, fd, cd, f)
        }));
    }
    Some(run_frame(f, cd, nslots))
}

/// The frame of a generator expression (code `code`, data `cd`) run by
/// the frame with globals `globals` and builtins `builtins` over its first
/// iterator `iter`, for a push run without function or generator object
/// (`eval::rt::push::rt_genexpr_consume`): `iter` (a reference that moves
/// here) in its one parameter slot, the closure's cells `cells` in its free
/// slots, no `func` word. `iter` back (nothing done) when the code is not a
/// plain one-parameter generator whose only extra slots are those cells.
pub(crate) fn genexpr_frame(
    (code, cd): (&Obj, &CodeData),
    globals: &Obj,
    builtins: &Obj,
    cells: Option<&[Obj]>,
    iter: Obj,
) -> Result<*mut Frame, Obj> {
    let fits = match cells {
        Some(_) => cd.simple_closure,
        None => cd.simple_generator,
    };
    let cells = cells.unwrap_or(&[]);
    let first_free = cd.nlocalsplus().checked_sub(cells.len());
    let (true, Some(first_free), 1) = (fits, first_free, cd.argcount) else {
        return Err(iter);
    };
    if types::tuple::as_slice(&cd.freevars).map(<[Obj]>::len) != Some(cells.len()) {
        return Err(iter);
    }
    let nslots = cd.frame_slots();
    let f = Frame::alloc_uninit(nslots);
    // SAFETY: `f` is a fresh, exclusively owned frame with `nslots >=
    // nlocalsplus >= 1` slots; the header and every slot are written here.
    unsafe {
        write_header(f, cd, code, globals, builtins, 0, 0);
        let s = Frame::slots(f);
        *s = iter.into_word();
        zero_slots(s.add(1), nslots - 1);
        for (i, c) in cells.iter().enumerate() {
            *s.add(first_free + i) = c.clone().into_word();
        }
    }
    Ok(f)
}

/// Creates the generator-like object of a call of `func` with exactly its
/// positional parameters (`cd.simple_generator`): the frame gets the
/// arguments and zeroed slots, no binding logic and no cells.
#[inline]
pub(crate) fn new_simple_generator(
    func: &Obj,
    fd: &FunctionData,
    cd: &CodeData,
    args: &[Obj],
) -> Obj {
    let f = simple_generator_frame(fd, cd, args);
    // SAFETY: `f` is a complete frame of `func`'s code with
    // `cd.frame_slots()` slots, exclusively ours.
    unsafe { crate::types::generator::new_generator_inline(func, fd, cd, f) }
}

/// The frame of a call of the generator-like function `fd` (code `cd`)
/// with exactly its positional parameters (`cd.simple_generator`): the
/// arguments (new references) and zeroed slots, its `func` word still 0.
/// `new_simple_generator` wraps it in its object; `await f(x)` runs it
/// first (`types::generator::await_call`).
#[inline(always)]
pub(crate) fn simple_generator_frame(fd: &FunctionData, cd: &CodeData, args: &[Obj]) -> *mut Frame {
    simple_generator_frame_with(fd, cd, args, &[])
}

/// `simple_generator_frame` of a call that leaves its last parameters to
/// the defaults `tail` (`asyncio.sleep(0)`): the arguments, then `tail`.
/// The caller guarantees `args.len() + tail.len() == cd.argcount`.
#[inline(always)]
pub(crate) fn simple_generator_frame_with(
    fd: &FunctionData,
    cd: &CodeData,
    args: &[Obj],
    tail: &[Obj],
) -> *mut Frame {
    let nslots = cd.frame_slots();
    let nargs = args.len() + tail.len();
    // (`simple_generator` guarantees the frame covers the arguments.)
    debug_assert!(nargs <= nslots, "a frame too small for its arguments");
    let f = Frame::alloc_uninit(nslots);
    // SAFETY: `f` is a fresh, exclusively owned frame with `nslots >=
    // nargs` slots; the header and every slot are written here (the
    // arguments without `frame_with_args`'s chain of two slices), and
    // then it is a complete frame of `fd`'s code.
    unsafe {
        write_header(f, cd, &fd.code, &fd.globals, &fd.builtins, 0, 0);
        let s = Frame::slots(f);
        for (i, a) in args.iter().enumerate() {
            *s.add(i) = a.clone().into_word();
        }
        let t = s.add(args.len());
        for (i, a) in tail.iter().enumerate() {
            *t.add(i) = a.clone().into_word();
        }
        // The other slots (a few locals and the spilled stack): one store
        // each, without `zero_slots`' unrolled loop, whose setup costs
        // more than these few stores.
        let (mut p, end) = (s.add(nargs), s.add(nslots));
        while p < end {
            p.write_volatile(0);
            p = p.add(1);
        }
    }
    f
}

/// A new frame of `func` with `nslots` slots: the arguments `head` then
/// `args` (new references) in the first slots, the rest zeroed. Callers
/// guarantee `nslots >= head.len() + args.len()`.
#[inline(always)]
fn frame_with_args(
    func: &Obj,
    fd: &FunctionData,
    cd: &CodeData,
    nslots: usize,
    head: &[Obj],
    args: &[Obj],
) -> *mut Frame {
    let nargs = head.len() + args.len();
    debug_assert!(nargs <= nslots, "a frame too small for its arguments");
    let f = Frame::alloc_uninit(nslots);
    // SAFETY: `f` is a fresh, exclusively owned frame with `nslots >=
    // nargs` slots; the header and every slot are written here.
    unsafe {
        write_header(f, cd, &fd.code, &fd.globals, &fd.builtins, 0, func.word());
        let s = Frame::slots(f);
        for (i, a) in head.iter().chain(args).enumerate() {
            *s.add(i) = a.clone().into_word();
        }
        zero_slots(s.add(nargs), nslots - nargs);
    }
    f
}

/// Zeroes the `n` slots from `s`. Most frames have a few: plain stores
/// then (volatile, so that they are not turned into a `memset` call,
/// which costs more at these sizes).
///
/// # Safety
/// `s` must point to `n` writable slots.
#[inline(always)]
unsafe fn zero_slots(s: *mut u64, n: usize) {
    const FEW: usize = 16;
    if n > FEW {
        // SAFETY: caller contract.
        unsafe { std::ptr::write_bytes(s, 0, n) };
        return;
    }
    for i in 0..n {
        // SAFETY: caller contract: `i < n`.
        unsafe { s.add(i).write_volatile(0) };
    }
}

/// Runs a module body with `globals` as both globals and locals.
pub fn run_module_code(code: &Obj, globals: &Obj) -> PyResult<Obj> {
    let Some(cd) = types::code::as_code(code) else {
        return type_error("run_module_code: not a code object");
    };
    let builtins = module_builtins(globals);
    let nslots = cd.frame_slots();
    let f = new_frame(cd, code, globals, &builtins, globals.word(), 0, nslots);
    let nlp = cd.nlocalsplus();
    // SAFETY: the frame has `nslots >= nlp` zeroed slots.
    let s = unsafe { std::slice::from_raw_parts_mut(Frame::slots(f), nlp) };
    setup_cells(None, cd, s);
    run_frame(f, cd, nslots)
}

/// Runs a class body: the body function's code with `ns` as its locals
/// mapping (called by `__build_class__`). Returns the body's result (the
/// `__class__` cell or None).
pub fn run_class_body(func: &Obj, ns: &Obj) -> PyResult<Obj> {
    let Payload::Function(fd) = func.payload() else {
        return type_error("run_class_body: not a function");
    };
    let cd = code_data(&fd.code);
    let nslots = cd.frame_slots();
    let f = new_frame(
        cd,
        &fd.code,
        &fd.globals,
        &fd.builtins,
        ns.word(),
        func.word(),
        nslots,
    );
    let nlp = cd.nlocalsplus();
    // SAFETY: the frame has `nslots >= nlp` zeroed slots.
    let s = unsafe { std::slice::from_raw_parts_mut(Frame::slots(f), nlp) };
    if let Err(e) = bind_arguments(fd, cd, s, &[], None) {
        discard_frame(f, nslots);
        return Err(e);
    }
    setup_cells(fd.closure.as_ref(), cd, s);
    run_frame(f, cd, nslots)
}

/// The builtins dict for code running with `globals`: `__builtins__` when it
/// is a module or dict, else the runtime's builtins.
pub fn module_builtins(globals: &Obj) -> Obj {
    if let Some(b) = types::dict::get_str(globals, "__builtins__") {
        match b.payload() {
            Payload::Module(m) => return m.dict.clone(),
            Payload::Dict(_) => return b,
            _ => {}
        }
    }
    state::builtins_dict()
}

fn new_frame(
    cd: &CodeData,
    code: &Obj,
    globals: &Obj,
    builtins: &Obj,
    locals: u64,
    func: u64,
    nslots: usize,
) -> *mut Frame {
    let f = Frame::alloc_uninit(nslots);
    // SAFETY: `f` is a fresh, exclusively owned frame with `nslots` slots;
    // every header field and slot is written here.
    unsafe {
        write_header(f, cd, code, globals, builtins, locals, func);
        let s = Frame::slots(f);
        for i in 0..nslots {
            *s.add(i) = 0;
        }
    }
    f
}

/// Writes a fresh frame's header (the slots are the caller's business).
///
/// # Safety
/// `f` must be exclusively owned memory for a frame.
#[inline(always)]
unsafe fn write_header(
    f: *mut Frame,
    cd: &CodeData,
    code: &Obj,
    globals: &Obj,
    builtins: &Obj,
    locals: u64,
    func: u64,
) {
    let arrays = (cd.const_words.as_ptr(), cd.name_words.as_ptr());
    // SAFETY: caller contract.
    unsafe { f.write(header(code, globals, builtins, locals, func, arrays)) };
}

/// A fresh frame header: borrowed code, globals and builtins, `locals` and
/// `func` words, and the constant and name arrays.
#[inline(always)]
fn header(
    code: &Obj,
    globals: &Obj,
    builtins: &Obj,
    locals: u64,
    func: u64,
    (consts, names): (*const u64, *const u64),
) -> Frame {
    Frame {
        code: code.word(),
        globals: globals.word(),
        builtins: builtins.word(),
        locals,
        func,
        prev: std::ptr::null_mut(),
        lasti: 0,
        resume: 0,
        state: 0,
        throw: 0,
        sent: 0,
        consts,
        names,
        localsplus: [],
    }
}

/// Releases a frame that never ran: its owned slots and its memory.
fn discard_frame(f: *mut Frame, nslots: usize) {
    // SAFETY: `f` is a live frame with `nslots` slots that nothing else uses.
    unsafe {
        Frame::release_slots(f, nslots);
        Frame::free(f, nslots);
    }
}

/// Runs a bound frame to completion and frees it.
fn run_frame(f: *mut Frame, cd: &CodeData, nslots: usize) -> PyResult<Obj> {
    if let Err(e) = state::enter_call() {
        discard_frame(f, nslots);
        return Err(e);
    }
    // SAFETY: the frame is fully initialised for `cd`, whose native function
    // was compiled for exactly this layout; it takes ownership of the slots.
    // The frame stays linked only while it runs.
    let r = unsafe {
        state::push_frame(f);
        let r = (cd.native)(f);
        state::pop_frame(f);
        r
    };
    state::leave_call();
    // SAFETY: the native function has returned; the frame is unused now.
    unsafe { Frame::free(f, nslots) };
    match Obj::from_word(r) {
        Some(v) => Ok(v),
        None => Err(state::fetch_err()),
    }
}

/// Creates the cells of cell variables (holding the argument when the cell
/// is also an argument) and copies the closure's cells into free slots.
fn setup_cells(closure: Option<&Obj>, cd: &CodeData, s: &mut [u64]) {
    if cd.cell2arg.is_empty() && types::tuple::as_slice(&cd.freevars).is_none_or(|f| f.is_empty()) {
        return;
    }
    let closure: &[Obj] = closure.and_then(types::tuple::as_slice).unwrap_or(&[]);
    let mut free_i = 0;
    for (i, &kind) in cd.localsplus_kinds.iter().enumerate() {
        if kind & CO_FAST_CELL != 0 {
            let content = Obj::from_word(std::mem::replace(&mut s[i], 0));
            s[i] = new_cell(content).into_word();
        } else if kind & CO_FAST_FREE != 0 {
            if let Some(c) = closure.get(free_i) {
                s[i] = c.clone().into_word();
            } else {
                s[i] = new_cell(None).into_word();
            }
            free_i += 1;
        }
    }
}

/// A new cell object.
pub fn new_cell(content: Option<Obj>) -> Obj {
    Obj::new(&builtin().cell, Payload::Cell(RefCell::new(content)))
}

// --- argument binding ------------------------------------------------------------

/// Binds arguments into `s` (the frame's `localsplus`, all zero) as CPython
/// 3.11's `initialize_locals` does. On error the slots written so far are
/// left for the caller to release.
pub fn bind_arguments(
    fd: &FunctionData,
    cd: &CodeData,
    s: &mut [u64],
    args: &[Obj],
    kwnames: Option<&Obj>,
) -> PyResult<()> {
    let kwn: &[Obj] = kwnames.and_then(types::tuple::as_slice).unwrap_or(&[]);
    let nkw = kwn.len();
    if nkw > args.len() {
        return type_error("bad keyword argument count");
    }
    let given = args.len() - nkw;
    let co_argcount = cd.argcount as usize;
    let kwonly = cd.kwonlyargcount as usize;
    let total_args = co_argcount + kwonly;
    let varargs = cd.flags & CO_VARARGS != 0;
    let varkw = cd.flags & CO_VARKEYWORDS != 0;
    let needed = total_args + varargs as usize + varkw as usize;
    if s.len() < needed {
        return type_error("code object has too few local slots for its arguments");
    }

    // Fast path: exactly the positional parameters.
    if nkw == 0 && !varargs && !varkw && kwonly == 0 && given == co_argcount {
        for (slot, a) in s.iter_mut().zip(args) {
            *slot = a.clone().into_word();
        }
        return Ok(());
    }

    let qualname = || str_of(&fd.qualname.borrow()).to_string();

    let mut kwdict = None;
    if varkw {
        let d = types::dict::new_dict();
        s[total_args + varargs as usize] = d.clone().into_word();
        kwdict = Some(d);
    }
    let n = given.min(co_argcount);
    for j in 0..n {
        s[j] = args[j].clone().into_word();
    }
    if varargs {
        let rest = if given > n {
            types::tuple::new_tuple_cloned(&args[n..given])
        } else {
            builtin().empty_tuple.clone()
        };
        s[total_args] = rest.into_word();
    }

    let posonly = (cd.posonlyargcount as usize).min(total_args);
    for (i, kw) in kwn.iter().enumerate() {
        let value = &args[given + i];
        let Some(kws) = types::str::as_str(kw) else {
            return type_error(format!("{}() keywords must be strings", qualname()));
        };
        let found = (posonly..total_args)
            .find(|&j| types::str::as_str(&cd.localsplus_names[j]) == Some(kws));
        match found {
            Some(j) => {
                if s[j] != 0 {
                    return type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        kws
                    ));
                }
                s[j] = value.clone().into_word();
            }
            None => {
                if let Some(d) = &kwdict {
                    types::dict::set_item(d, kw, value.clone())?;
                    continue;
                }
                if posonly > 0 {
                    let clashes: Vec<&str> = (0..posonly)
                        .filter_map(|k| types::str::as_str(&cd.localsplus_names[k]))
                        .flat_map(|pn| {
                            kwn.iter()
                                .filter_map(|k2| types::str::as_str(k2))
                                .filter(move |k2| *k2 == pn)
                        })
                        .collect();
                    if !clashes.is_empty() {
                        return type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qualname(),
                            clashes.join(", ")
                        ));
                    }
                }
                return type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname(),
                    kws
                ));
            }
        }
    }

    if given > co_argcount && !varargs {
        let defaults = fd.defaults.borrow().clone();
        return Err(too_many_positional(
            cd,
            s,
            given,
            defaults.as_ref(),
            &qualname(),
        ));
    }

    if given < co_argcount {
        let defaults = fd.defaults.borrow().clone();
        let defs: &[Obj] = defaults
            .as_ref()
            .and_then(types::tuple::as_slice)
            .unwrap_or(&[]);
        let defcount = defs.len().min(co_argcount);
        let defs = &defs[defs.len() - defcount..];
        let m = co_argcount - defcount;
        let missing = (given..m).filter(|&i| s[i] == 0).count();
        if missing > 0 {
            return Err(missing_arguments(cd, s, true, m, &qualname()));
        }
        let start = n.saturating_sub(m);
        for (i, d) in defs.iter().enumerate().skip(start) {
            if s[m + i] == 0 {
                s[m + i] = d.clone().into_word();
            }
        }
    }

    if kwonly > 0 {
        let kwdefaults = fd.kwdefaults.borrow().clone();
        let mut missing = 0;
        for (i, slot) in s.iter_mut().enumerate().take(total_args).skip(co_argcount) {
            if *slot != 0 {
                continue;
            }
            if let Some(kd) = &kwdefaults
                && let Some(v) = types::dict::get_item(kd, &cd.localsplus_names[i])?
            {
                *slot = v.into_word();
                continue;
            }
            missing += 1;
        }
        if missing > 0 {
            return Err(missing_arguments(cd, s, false, 0, &qualname()));
        }
    }
    Ok(())
}

fn too_many_positional(
    cd: &CodeData,
    s: &[u64],
    given: usize,
    defaults: Option<&Obj>,
    qualname: &str,
) -> PyErr {
    let co_argcount = cd.argcount as usize;
    let kwonly_given = (co_argcount..co_argcount + cd.kwonlyargcount as usize)
        .filter(|&i| s[i] != 0)
        .count();
    let defcount = defaults
        .and_then(types::tuple::as_slice)
        .map_or(0, |d| d.len());
    let (sig, plural) = if defcount > 0 {
        let atleast = co_argcount.saturating_sub(defcount);
        (format!("from {atleast} to {co_argcount}"), true)
    } else {
        (co_argcount.to_string(), co_argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    PyErr::new(
        crate::errors::Exc::TypeError,
        format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            qualname,
            sig,
            if plural { "s" } else { "" },
            given,
            kwonly_sig,
            if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        ),
    )
}

fn missing_arguments(
    cd: &CodeData,
    s: &[u64],
    positional: bool,
    positional_end: usize,
    qualname: &str,
) -> PyErr {
    let (start, end, kind) = if positional {
        (0, positional_end, "positional")
    } else {
        let a = cd.argcount as usize;
        (a, a + cd.kwonlyargcount as usize, "keyword-only")
    };
    let names: Vec<String> = (start..end)
        .filter(|&i| s[i] == 0)
        .map(|i| repr_str(str_of(&cd.localsplus_names[i])))
        .collect();
    PyErr::new(
        crate::errors::Exc::TypeError,
        format!(
            "{}() missing {} required {} argument{}: {}",
            qualname,
            names.len(),
            kind,
            if names.len() == 1 { "" } else { "s" },
            join_names(&names)
        ),
    )
}

/// "a", "a and b", "a, b, and c" (CPython's `format_missing`).
pub fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!(
            "{}, {}, and {}",
            names[..n - 2].join(", "),
            names[n - 2],
            names[n - 1]
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::CO_FAST_LOCAL;
    use crate::eval::loader::tests::raw_code;
    use crate::eval::loader::{RawConst, RawProgram, build};
    use crate::types::code::NativeFn;

    unsafe extern "C" fn dummy(_f: *mut Frame) -> u64 {
        0
    }

    fn code(
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        flags: u32,
        names: &[&str],
    ) -> (Obj, crate::eval::loader::Program) {
        let mut rc = raw_code(
            "f",
            names.iter().map(|n| (*n, CO_FAST_LOCAL)).collect(),
            vec![RawConst::None],
        );
        rc.argcount = argcount;
        rc.posonlyargcount = posonly;
        rc.kwonlyargcount = kwonly;
        rc.flags = flags;
        let p = build(
            &RawProgram {
                modules: vec![],
                codes: vec![rc],
            },
            &|_| (dummy as NativeFn, None),
        )
        .unwrap();
        (p.codes[0].clone(), p)
    }

    fn fdata(code: &Obj, defaults: Option<Vec<Obj>>) -> FunctionData {
        let s = |x: &str| types::str::new_str(x);
        FunctionData {
            code: code.clone(),
            globals: types::dict::new_dict(),
            builtins: types::dict::new_dict(),
            direct: crate::types::function::DirectCall::of(code_data(code), None),
            name: RefCell::new(s("f")),
            qualname: RefCell::new(s("f")),
            module: RefCell::new(s("__main__")),
            doc: RefCell::new(builtin().none.clone()),
            defaults: RefCell::new(defaults.map(types::tuple::new_tuple)),
            kwdefaults: RefCell::new(None),
            annotations: RefCell::new(None),
            closure: None,
        }
    }

    fn msg(e: PyErr) -> String {
        let d = crate::errors::exc_data(&e.0).unwrap();
        let a = d.args.borrow().clone();
        types::str::as_str(&types::tuple::as_slice(&a).unwrap()[0])
            .unwrap()
            .to_string()
    }

    fn bind(fd: &FunctionData, args: &[Obj], kw: &[&str]) -> Result<Vec<u64>, String> {
        let cd = code_data(&fd.code);
        let mut s = vec![0u64; cd.nlocalsplus()];
        let kwnames = if kw.is_empty() {
            None
        } else {
            Some(types::tuple::new_tuple(
                kw.iter().map(|k| types::str::new_str(k)).collect(),
            ))
        };
        let r = bind_arguments(fd, cd, &mut s, args, kwnames.as_ref());
        let out = s.clone();
        for w in s {
            drop(Obj::from_word(w));
        }
        match r {
            Ok(()) => Ok(out),
            Err(e) => Err(msg(e)),
        }
    }

    fn int(v: i64) -> Obj {
        Obj::from_small(v)
    }

    #[test]
    fn positional_and_errors() {
        crate::types::init();
        let (c, _p) = code(2, 0, 0, 0, &["x", "y"]);
        let fd = fdata(&c, None);
        let ok = bind(&fd, &[int(1), int(2)], &[]).unwrap();
        assert_eq!(ok, vec![int(1).word(), int(2).word()]);
        assert_eq!(
            bind(&fd, &[], &[]).unwrap_err(),
            "f() missing 2 required positional arguments: 'x' and 'y'"
        );
        assert_eq!(
            bind(&fd, &[int(1)], &[]).unwrap_err(),
            "f() missing 1 required positional argument: 'y'"
        );
        assert_eq!(
            bind(&fd, &[int(1), int(2), int(3)], &[]).unwrap_err(),
            "f() takes 2 positional arguments but 3 were given"
        );
        assert_eq!(
            bind(&fd, &[int(1), int(2), int(3)], &["z"]).unwrap_err(),
            "f() got an unexpected keyword argument 'z'"
        );
        assert_eq!(
            bind(&fd, &[int(1), int(2)], &["x"]).unwrap_err(),
            "f() got multiple values for argument 'x'"
        );
        let ok = bind(&fd, &[int(1), int(2)], &["y"]).unwrap();
        assert_eq!(ok, vec![int(1).word(), int(2).word()]);
    }

    #[test]
    fn defaults_and_kwonly() {
        crate::types::init();
        // def g(a, b=1, *, k, m=2)
        let (c, _p) = code(2, 0, 2, 0, &["a", "b", "k", "m"]);
        let fd = fdata(&c, Some(vec![int(1)]));
        let kwd = types::dict::new_dict();
        types::dict::set_str(&kwd, "m", int(2));
        *fd.kwdefaults.borrow_mut() = Some(kwd);
        assert_eq!(
            bind(&fd, &[int(1)], &[]).unwrap_err(),
            "g() missing 1 required keyword-only argument: 'k'".replace("g()", "f()")
        );
        assert_eq!(
            bind(&fd, &[int(1), int(2), int(3)], &[]).unwrap_err(),
            "f() takes from 1 to 2 positional arguments but 3 were given"
        );
        assert_eq!(
            bind(&fd, &[int(1), int(2), int(3), int(4)], &["k"]).unwrap_err(),
            "f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"
        );
        let ok = bind(&fd, &[int(5), int(9)], &["k"]).unwrap();
        assert_eq!(
            ok,
            vec![int(5).word(), int(1).word(), int(9).word(), int(2).word()]
        );
    }

    #[test]
    fn positional_only_and_varargs() {
        crate::types::init();
        // def h(a, b, /, c)
        let (c, _p) = code(3, 2, 0, 0, &["a", "b", "c"]);
        let fd = fdata(&c, None);
        assert_eq!(
            bind(&fd, &[int(1), int(2), int(3)], &["a", "b", "c"]).unwrap_err(),
            "f() got some positional-only arguments passed as keyword arguments: 'a, b'"
        );
        // def v(a, *args, **kw)
        let (c, _p) = code(1, 0, 0, CO_VARARGS | CO_VARKEYWORDS, &["a", "args", "kw"]);
        let fd = fdata(&c, None);
        let s = {
            let cd = code_data(&fd.code);
            let mut s = vec![0u64; cd.nlocalsplus()];
            let kwn = types::tuple::new_tuple(vec![types::str::new_str("z")]);
            bind_arguments(
                &fd,
                cd,
                &mut s,
                &[int(1), int(2), int(3), int(4)],
                Some(&kwn),
            )
            .unwrap();
            s
        };
        assert_eq!(s[0], int(1).word());
        let t = Obj::from_word(s[1]).unwrap();
        assert_eq!(types::tuple::as_slice(&t).unwrap().len(), 2);
        let d = Obj::from_word(s[2]).unwrap();
        assert!(matches!(d.payload(), Payload::Dict(_)));
        assert_eq!(
            bind(&fd, &[], &[]).unwrap_err(),
            "f() missing 1 required positional argument: 'a'"
        );
    }

    #[test]
    fn missing_many() {
        crate::types::init();
        let (c, _p) = code(4, 0, 0, 0, &["a", "b", "c", "d"]);
        let fd = fdata(&c, None);
        assert_eq!(
            bind(&fd, &[], &[]).unwrap_err(),
            "f() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'"
        );
        let (c, _p) = code(0, 0, 0, 0, &[]);
        let fd = fdata(&c, None);
        assert_eq!(
            bind(&fd, &[int(1)], &[]).unwrap_err(),
            "f() takes 0 positional arguments but 1 was given"
        );
    }
}
