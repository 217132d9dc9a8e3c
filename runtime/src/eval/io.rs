//! The process's standard streams as the runtime uses them: a buffered
//! stdout (line-buffered on a terminal, block-buffered otherwise, like
//! CPython), unbuffered stderr, and a buffered stdin reader. Write errors
//! become Python `OSError`s (EPIPE → `BrokenPipeError: [Errno 32] Broken pipe`).

use crate::errors::{Exc, PyErr, PyResult};
use crate::object::Obj;
use std::cell::{Cell, RefCell};
use std::io::{BufRead, IsTerminal, Read, Write};

const BLOCK: usize = 8192;

thread_local! {
    static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// 0 = unknown, 1 = terminal, 2 = not a terminal.
    static OUT_TTY: Cell<u8> = const { Cell::new(0) };
    static IN: RefCell<Option<std::io::BufReader<RawFd>>> = const { RefCell::new(None) };
}

/// A borrowed file descriptor usable with `std::io` traits.
struct RawFd(i32);

impl RawFd {
    fn file(&self) -> std::mem::ManuallyDrop<std::fs::File> {
        use std::os::fd::FromRawFd;
        // SAFETY: fds 0..2 stay open for the life of the process; the File
        // is never dropped (ManuallyDrop), so it never closes them.
        std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(self.0) })
    }
}

impl Read for RawFd {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut f = self.file();
        f.read(buf)
    }
}

unsafe extern "C" {
    fn strerror(errnum: i32) -> *const std::ffi::c_char;
}

/// The C library's message for an errno value.
pub fn strerror_string(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a static (or thread-local)
    // NUL-terminated string that stays valid until the next call.
    let p = unsafe { strerror(errno) };
    if p.is_null() {
        return format!("Unknown error {errno}");
    }
    // SAFETY: `p` is a valid C string (see above).
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

/// The `OSError` subclass CPython raises for an errno value.
pub(crate) fn errno_class(errno: i32) -> Exc {
    match errno {
        1 | 13 => Exc::PermissionError,
        2 => Exc::FileNotFoundError,
        4 => Exc::InterruptedError,
        17 => Exc::FileExistsError,
        20 => Exc::NotADirectoryError,
        21 => Exc::IsADirectoryError,
        32 | 108 => Exc::BrokenPipeError,
        110 => Exc::TimeoutError,
        _ => Exc::OSError,
    }
}

/// `OSError(errno, strerror[, filename[, filename2]])` of the matching
/// subclass, with its `errno`/`strerror`/`filename`/`filename2` attributes.
pub fn errno_error(errno: i32, filename: &Obj, filename2: Option<&Obj>) -> PyErr {
    let strerror = crate::types::str::new_string(strerror_string(errno));
    let e = crate::errors::new_exception(
        errno_class(errno).ty(),
        vec![crate::types::int::new_int(errno as i64), strerror.clone()],
    );
    let none = crate::types::builtin().none.clone();
    let set = |n: &str, v: Obj| crate::eval::util::set_exc_attr(&e, n, v);
    set("errno", crate::types::int::new_int(errno as i64));
    set("strerror", strerror);
    set("filename", filename.clone());
    set("filename2", filename2.cloned().unwrap_or(none));
    PyErr(e)
}

/// Converts an I/O error to the matching `OSError` subclass.
pub fn os_error(e: &std::io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => errno_error(errno, &crate::types::builtin().none, None),
        None => PyErr::new(Exc::OSError, e.to_string()),
    }
}

/// `os_error` naming the file(s) involved (`[Errno 2] …: 'name'`).
pub fn os_error_with_filename(
    e: &std::io::Error,
    filename: &Obj,
    filename2: Option<&Obj>,
) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => errno_error(errno, filename, filename2),
        None => PyErr::new(Exc::OSError, e.to_string()),
    }
}

fn stdout_is_tty() -> bool {
    OUT_TTY.with(|t| {
        if t.get() == 0 {
            t.set(if std::io::stdout().is_terminal() {
                1
            } else {
                2
            });
        }
        t.get() == 1
    })
}

fn write_fd(fd: i32, data: &[u8]) -> std::io::Result<()> {
    let mut f = RawFd(fd).file();
    f.write_all(data)
}

/// Writes text to stdout (buffered).
pub fn write_stdout(s: &str) -> PyResult<()> {
    write_stdout_bytes(s.as_bytes())
}

/// Writes raw bytes to stdout (buffered; `sys.stdout.buffer.write`).
pub fn write_stdout_bytes(b: &[u8]) -> PyResult<()> {
    let flush = OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.extend_from_slice(b);
        o.len() >= BLOCK || (stdout_is_tty() && b.contains(&b'\n'))
    });
    if flush { flush_stdout() } else { Ok(()) }
}

/// Writes everything buffered for stdout.
pub fn flush_stdout() -> PyResult<()> {
    let data = OUT.with(|o| std::mem::take(&mut *o.borrow_mut()));
    if data.is_empty() {
        return Ok(());
    }
    write_fd(1, &data).map_err(|e| os_error(&e))
}

/// Drops whatever is buffered for stdout without writing it.
pub fn discard_stdout() {
    OUT.with(|o| o.borrow_mut().clear());
}

/// Writes text to stderr (unbuffered). A terminal stdout is flushed first
/// so that interleaved output keeps its order.
pub fn write_stderr(s: &str) -> PyResult<()> {
    if stdout_is_tty() {
        let _ = flush_stdout();
    }
    write_fd(2, s.as_bytes()).map_err(|e| os_error(&e))
}

/// Writes to stderr, ignoring errors (tracebacks, warnings).
pub fn write_stderr_lossy(s: &str) {
    let _ = write_stderr(s);
}

/// Writes an exception report (a traceback, an unraisable exception) to
/// stderr after flushing stdout, as CPython's `PyErr_Display` and
/// unraisable hook do, so that output printed before the error comes
/// first even when both streams go to one file; errors are ignored.
pub fn write_exception_report(s: &str) {
    let _ = flush_stdout();
    write_stderr_lossy(s);
}

fn with_stdin<T>(f: impl FnOnce(&mut std::io::BufReader<RawFd>) -> T) -> T {
    if stdout_is_tty() {
        let _ = flush_stdout();
    }
    IN.with(|i| {
        let mut i = i.borrow_mut();
        let r = i.get_or_insert_with(|| std::io::BufReader::with_capacity(1 << 16, RawFd(0)));
        f(r)
    })
}

/// Reads at most `n` bytes from stdin, waiting only for the first.
pub fn read_available(n: usize) -> PyResult<Vec<u8>> {
    with_stdin(|r| {
        let avail = r.fill_buf().map_err(|e| os_error(&e))?;
        let k = n.min(avail.len());
        let out = avail[..k].to_vec();
        r.consume(k);
        Ok(out)
    })
}

/// Reads the rest of stdin as raw bytes.
pub fn read_all_bytes() -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    let r = with_stdin(|r| r.read_to_end(&mut buf));
    r.map_err(|e| os_error(&e))?;
    Ok(buf)
}

/// Is stdin / stdout / stderr a terminal?
pub fn isatty(fd: i32) -> bool {
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => stdout_is_tty(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    }
}
