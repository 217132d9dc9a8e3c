//! Program startup and shutdown: the C `main` symbol, loading the program
//! blob, creating `sys`, running `__main__` on a large stack of its own,
//! reporting an uncaught exception (or honouring `SystemExit`), and flushing
//! stdout at exit.

use crate::errors::{Exc, exc_data};
use crate::eval::{import, io, loader, state, traceback};
use crate::object::{Obj, Payload};
use crate::types::code::NativeFn;
use crate::types::{self, builtin};
use std::rc::Rc;

/// Native stack size the program runs on.
pub const STACK_SIZE: usize = 1 << 30;

#[cfg(not(test))]
unsafe extern "C" {
    static __cranepy_program: u8;
    static __cranepy_program_len: u64;
    static __cranepy_code_table: [NativeFn; 0];
    static __cranepy_push_table: [usize; 0];
}

unsafe extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
}

const SIGPIPE: i32 = 13;
const SIG_IGN: usize = 1;

/// Raises glibc malloc's thresholds the way it does itself once a program
/// frees a block it had mapped: glibc serves blocks larger than our small
/// allocator's (big-int digits, long lists and strs) and by default gives
/// the top of its heap back whenever 128 KB are free there, so a loop that
/// makes and drops big ints of a few KB (pidigits) faults the same pages
/// in over and over (10% of its time). Freeing one mapped block sets the
/// mmap threshold to its size and the trim threshold to twice that, and
/// keeps glibc's dynamic thresholds working (setting them with `mallopt`
/// would switch that off: every block above the fixed threshold would be
/// mapped and unmapped again, as a loop on 100 KB ints then would be).
fn raise_malloc_thresholds() {
    use std::alloc::{GlobalAlloc, Layout, System};
    const BLOCK: usize = 256 << 10;
    let layout = Layout::from_size_align(BLOCK, 8).expect("constant layout is valid");
    // SAFETY: a plain allocation freed with the same layout; `black_box`
    // keeps the pair from being optimised away.
    unsafe {
        let p = std::hint::black_box(System.alloc(layout));
        if !p.is_null() {
            System.dealloc(p, layout);
        }
    }
}

/// The process entry point of a compiled program.
///
/// # Safety
/// Called by the C runtime with valid `argc`/`argv`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn main(argc: i32, argv: *const *const std::ffi::c_char) -> i32 {
    let mut args = Vec::new();
    for i in 0..argc.max(0) as usize {
        // SAFETY: the C runtime passes `argc` valid C strings in `argv`.
        let p = unsafe { *argv.add(i) };
        if p.is_null() {
            break;
        }
        // SAFETY: as above.
        let s = unsafe { std::ffi::CStr::from_ptr(p) };
        args.push(s.to_string_lossy().into_owned());
    }
    // SAFETY: the compiled program object defines these symbols: a blob of
    // `__cranepy_program_len` bytes and one native function per code object.
    let (blob, table) = unsafe {
        let len = __cranepy_program_len as usize;
        let blob = std::slice::from_raw_parts(&raw const __cranepy_program, len);
        let table = (&raw const __cranepy_code_table) as *const NativeFn as usize;
        let push_table = (&raw const __cranepy_push_table) as *const usize as usize;
        (blob, (table, push_table))
    };
    run_program(args, blob, table)
}

/// Runs a program: `blob` is the program blob and `tables` the addresses
/// of its native code table and push-variant table. Never returns (exits
/// the process).
pub fn run_program(args: Vec<String>, blob: &'static [u8], tables: (usize, usize)) -> ! {
    // SAFETY: installing SIG_IGN for SIGPIPE has no preconditions; writes to
    // a closed pipe then fail with EPIPE (BrokenPipeError) like CPython.
    unsafe { signal(SIGPIPE, SIG_IGN) };
    raise_malloc_thresholds();
    let program = Box::new(Program { args, blob, tables });
    #[cfg(target_arch = "x86_64")]
    if let Some(top) = new_stack(STACK_SIZE) {
        let program = Box::into_raw(program);
        // SAFETY: `top` is the 16-byte aligned end of a fresh writable
        // mapping of `STACK_SIZE` bytes that nothing else uses; the call
        // never returns (`run_on_stack` exits the process), so nothing
        // needs the old stack pointer back; `program` is a leaked box
        // that `run_on_stack` takes over.
        unsafe {
            std::arch::asm!(
                "mov rsp, {top}",
                "call {f}",
                "ud2",
                top = in(reg) top,
                f = in(reg) run_on_stack as extern "C" fn(*mut Program) -> !,
                in("rdi") program,
                options(noreturn),
            )
        }
    }
    // Elsewhere (or without the memory for a stack): a thread with one.
    let spawned = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let marker = 0u8;
            state::set_stack_region(&marker as *const u8 as usize, STACK_SIZE);
            let code = program.run();
            std::process::exit(code)
        });
    match spawned {
        Ok(h) => {
            let _ = h.join();
            std::process::exit(70)
        }
        Err(e) => {
            eprintln!("cranepy: cannot start the main thread: {e}");
            std::process::exit(70)
        }
    }
}

/// What `run` needs, handed to the new stack in one pointer.
struct Program {
    args: Vec<String>,
    blob: &'static [u8],
    tables: (usize, usize),
}

impl Program {
    fn run(self) -> i32 {
        run(self.args, self.blob, self.tables)
    }
}

/// Maps a stack of `size` bytes with a guard page below it, as a thread's
/// would be; returns the address of its (16-byte aligned) end. Running the
/// program on the process's own thread rather than a new one saves
/// creating and joining it: a thread's clone, its thread-local block
/// (about 30 KB to clear) and the wake-ups.
#[cfg(target_arch = "x86_64")]
fn new_stack(size: usize) -> Option<usize> {
    const PROT_NONE: i32 = 0;
    const PROT_READ_WRITE: i32 = 1 | 2;
    const MAP_PRIVATE_ANONYMOUS_NORESERVE_STACK: i32 = 0x02 | 0x20 | 0x4000 | 0x20000;
    const GUARD: usize = 4096;
    // SAFETY: an anonymous private mapping at an address the kernel picks
    // touches no existing memory; the guard page is the mapping's first.
    unsafe {
        let base = mmap(
            std::ptr::null_mut(),
            size + GUARD,
            PROT_READ_WRITE,
            MAP_PRIVATE_ANONYMOUS_NORESERVE_STACK,
            -1,
            0,
        );
        if base as isize == -1 || base.is_null() {
            return None;
        }
        if mprotect(base, GUARD, PROT_NONE) != 0 {
            return None;
        }
        Some((base as usize + GUARD + size) & !15)
    }
}

/// The first frame on the program's stack: runs it and exits. A panic (a
/// runtime bug) ends the process with status 70, as a panicking thread's
/// join would.
#[cfg(target_arch = "x86_64")]
extern "C" fn run_on_stack(program: *mut Program) -> ! {
    let marker = 0u8;
    state::set_stack_region(&marker as *const u8 as usize, STACK_SIZE);
    // SAFETY: `run_program` passes a box it leaked for this call alone.
    let program = unsafe { Box::from_raw(program) };
    let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| program.run()));
    std::process::exit(code.unwrap_or(70))
}

/// Creates the built-in types (and registers their methods). Idempotent.
pub fn init_types() {
    types::init();
}

fn script_argv0(filename: &str) -> String {
    if let Ok(cwd) = std::env::current_dir() {
        let cwd = cwd.to_string_lossy().into_owned();
        let prefix = format!("{}/", cwd.trim_end_matches('/'));
        if let Some(rest) = filename.strip_prefix(&prefix) {
            return rest.to_string();
        }
    }
    filename.to_string()
}

/// Loads and runs the program; returns the process exit status.
fn run(args: Vec<String>, blob: &'static [u8], (table, push_table): (usize, usize)) -> i32 {
    init_types();
    types::publish_builtin_functions();
    state::publish_thread_state();
    let native = |i: usize| -> loader::Natives {
        // SAFETY: the code and push tables have one entry per code object
        // in the blob, and the loader only asks for indices below the code
        // count. A push entry is 0 or the address of a native function.
        unsafe {
            let push = *(push_table as *const usize).add(i);
            (
                *(table as *const NativeFn).add(i),
                (push != 0).then(|| std::mem::transmute::<usize, NativeFn>(push)),
            )
        }
    };
    let program = match loader::load(blob, &native) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cranepy: corrupt program: {e}");
            return 70;
        }
    };
    let Some(main_info) = program.modules.first() else {
        eprintln!("cranepy: the program has no main module");
        return 70;
    };
    let main_file = main_info.filename.clone();
    loader::set_program(Rc::new(program));

    let mut argv = vec![script_argv0(&main_file)];
    argv.extend(args.into_iter().skip(1));
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path0 = std::path::Path::new(&main_file)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    crate::modules::sys::configure(argv, exe, path0);

    let result = (|| {
        let modules = import::modules_dict();
        let sys = crate::modules::sys::create()?;
        types::dict::set_str(&modules, "sys", sys);
        import::import_module("builtins")?;
        let m = import::new_blob_module(0)?;
        import::run_blob_module(0, &m)
    })();
    let mut code = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(&e.0),
    };
    run_exit_hooks();
    cleanup_main();
    types::file::flush_all();
    if let Err(e) = io::flush_stdout() {
        let msg = traceback::format_exception_only(&e.0);
        io::write_stderr_lossy(&format!(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{msg}"
        ));
        code = 120;
    }
    code
}

/// Reports an uncaught exception (through a user-installed
/// `sys.excepthook` when there is one); returns the exit status.
pub fn handle_uncaught(e: &Obj) -> i32 {
    if types::is_subtype(&e.ty(), Exc::SystemExit.ty()) {
        return system_exit_code(e);
    }
    if let Some(hook) = crate::modules::sys::get("excepthook")
        && !matches!(hook.payload(), Payload::Builtin(_))
    {
        let tb = traceback::traceback_object(e);
        if let Err(err) = crate::ops::call(&hook, &[e.ty(), e.clone(), tb], None) {
            if types::is_subtype(&err.0.ty(), Exc::SystemExit.ty()) {
                return system_exit_code(&err.0);
            }
            io::write_stderr_lossy("Error in sys.excepthook:\n");
            traceback::print_exception(&err.0);
            io::write_stderr_lossy("\nOriginal exception was:\n");
            traceback::print_exception(e);
        }
        return 1;
    }
    traceback::print_exception(e);
    1
}

thread_local! {
    static EXIT_HOOKS: std::mem::ManuallyDrop<std::cell::RefCell<Vec<(Obj, Vec<Obj>, Vec<(Obj, Obj)>)>>> =
        const { std::mem::ManuallyDrop::new(std::cell::RefCell::new(Vec::new())) };
}

/// Registers `f(*args, **kwargs)` to run at exit (`atexit.register`).
pub fn register_exit_hook(f: Obj, args: Vec<Obj>, kwargs: Vec<(Obj, Obj)>) {
    EXIT_HOOKS.with(|h| h.borrow_mut().push((f, args, kwargs)));
}

/// Removes every registration of `f` (`atexit.unregister`).
pub fn unregister_exit_hook(f: &Obj) -> crate::errors::PyResult<()> {
    let hooks: Vec<Obj> = EXIT_HOOKS.with(|h| h.borrow().iter().map(|x| x.0.clone()).collect());
    let mut keep = Vec::with_capacity(hooks.len());
    for g in &hooks {
        keep.push(!crate::ops::eq(g, f)?);
    }
    EXIT_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        let mut i = 0;
        h.retain(|_| {
            let k = keep.get(i).copied().unwrap_or(true);
            i += 1;
            k
        });
    });
    Ok(())
}

/// Runs the exit hooks, last registered first (`atexit._run_exitfuncs`).
pub fn run_exit_hooks() {
    loop {
        let Some((f, args, kwargs)) = EXIT_HOOKS.with(|h| h.borrow_mut().pop()) else {
            break;
        };
        if let Err(e) = crate::ops::call_kw(&f, &args, &kwargs) {
            if types::is_subtype(&e.0.ty(), Exc::SystemExit.ty()) {
                continue;
            }
            let r = crate::ops::repr_string(&f).unwrap_or_default();
            io::write_stderr_lossy(&format!("Exception ignored in atexit callback: {r}\n"));
            traceback::print_exception(&e.0);
        }
    }
}

/// The exit status for an uncaught SystemExit (printing a non-int code).
fn system_exit_code(e: &Obj) -> i32 {
    let b = builtin();
    let code = match crate::ops::getattr_str(e, "code") {
        Ok(c) => c,
        Err(_) => {
            let args = exc_data(e).map(|d| d.args.borrow().clone());
            match args.as_ref().and_then(types::tuple::as_slice) {
                None | Some([]) => b.none.clone(),
                Some([one]) => one.clone(),
                Some(_) => args.clone().unwrap_or_else(|| b.none.clone()),
            }
        }
    };
    if code.is(&b.none) {
        return 0;
    }
    if code.is_small_int() || matches!(code.payload(), Payload::Bool(_) | Payload::Int(_)) {
        return match types::int::as_i64(&code) {
            Some(v) => v as i32,
            None => -1,
        };
    }
    let s = crate::ops::str_string(&code).unwrap_or_default();
    io::write_stderr_lossy(&format!("{s}\n"));
    1
}

/// Finalizes what `__main__` holds at exit, approximating CPython's
/// shutdown (where the module and everything only it references become
/// garbage): first `__del__` runs for the objects its globals reference
/// (in insertion order; list items last to first), with every global
/// still bound; then the globals are deleted in order.
fn cleanup_main() {
    let modules = import::modules_dict();
    let Some(main) = types::dict::get_str(&modules, "__main__") else {
        return;
    };
    let Some(d) = crate::modules::module_dict(&main).cloned() else {
        return;
    };
    drop(main);
    let values = types::dict::values(&d);
    for v in &values {
        finalize_tree(v, 0);
    }
    drop(values);
    for k in types::dict::keys(&d) {
        if types::str::as_str(&k) == Some("__builtins__") {
            continue;
        }
        let _ = types::dict::del_item(&d, &k);
    }
    drop(state::take_pending());
}

fn finalize_tree(v: &Obj, depth: u32) {
    if depth > 4 || v.is_small_int() {
        return;
    }
    match v.payload() {
        Payload::List(l) => {
            let items = l.borrow().clone();
            for x in items.iter().rev() {
                finalize_tree(x, depth + 1);
            }
        }
        Payload::Tuple(t) => {
            for x in t.iter() {
                finalize_tree(x, depth + 1);
            }
        }
        Payload::Dict(_) if v.ty().is(&builtin().dict) => {
            for x in types::dict::values(v) {
                finalize_tree(&x, depth + 1);
            }
        }
        _ => {
            types::finalize::finalize_now(v);
        }
    }
}
