//! The process's standard streams as the runtime uses them: a buffered
//! stdout (line-buffered on a terminal, block-buffered otherwise, like
//! CPython), unbuffered stderr, and a buffered stdin reader. Write errors
//! become Python `OSError`s (EPIPE → `BrokenPipeError: [Errno 32] Broken pipe`).

use crate::errors::{Exc, PyErr, PyResult};
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

/// Converts an I/O error to the matching `OSError` subclass.
pub fn os_error(e: &std::io::Error) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(Exc::OSError, e.to_string());
    };
    let kind = match errno {
        32 => Exc::BrokenPipeError,
        2 => Exc::FileNotFoundError,
        _ => Exc::OSError,
    };
    PyErr::with_args(
        kind,
        vec![
            crate::types::int::new_int(errno as i64),
            crate::types::str::new_string(strerror_string(errno)),
        ],
    )
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

fn decode(b: Vec<u8>) -> String {
    let s = match String::from_utf8(b) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    // Text mode uses universal newlines.
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

/// Reads one line from stdin including its `\n`; None at end of file.
pub fn read_line() -> PyResult<Option<String>> {
    let mut buf = Vec::new();
    let r = with_stdin(|r| r.read_until(b'\n', &mut buf));
    match r {
        Ok(0) => Ok(None),
        Ok(_) => {
            if buf.ends_with(b"\r\n") {
                buf.truncate(buf.len() - 2);
                buf.push(b'\n');
            }
            Ok(Some(decode(buf)))
        }
        Err(e) => Err(os_error(&e)),
    }
}

/// Reads at most `n` bytes from stdin (fewer only at end of file).
pub fn read_bytes(n: usize) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    let r = with_stdin(|r| r.by_ref().take(n as u64).read_to_end(&mut buf));
    r.map_err(|e| os_error(&e))?;
    Ok(buf)
}

/// Reads the rest of stdin as raw bytes.
pub fn read_all_bytes() -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    let r = with_stdin(|r| r.read_to_end(&mut buf));
    r.map_err(|e| os_error(&e))?;
    Ok(buf)
}

/// Reads the rest of stdin as text.
pub fn read_all() -> PyResult<String> {
    Ok(decode(read_all_bytes()?))
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
