//! File objects (`open()`, `sys.stdout`, …): the state behind every
//! `_io.TextIOWrapper`, `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom`
//! and `_io.FileIO` object, and the buffered byte-level I/O they share.
//!
//! A file object's payload is a `FileSlot`, an index into a thread-local
//! table of `FileState`s. The table lets the runtime flush every open file
//! at exit (as CPython does when it finalizes them) and the slot's `Drop`
//! flushes and closes the file when the object's last reference goes.
//! The standard streams are file objects too; their bytes go through
//! `eval::io`, which owns the process's stdout buffer and stdin reader.
//!
//! The Python-facing methods live in `methods.rs`, `open()` in `open.rs`;
//! text decoding and newline translation in `text.rs`.

pub(crate) mod methods;
pub(crate) mod open;
pub(crate) mod text;

use crate::errors::{Exc, PyErr, PyResult};
use crate::eval::io;
use crate::object::{Obj, Payload};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

/// The size of read-ahead and write buffers (`io.DEFAULT_BUFFER_SIZE`).
pub(crate) const BUFFER_SIZE: usize = 8192;

/// Which `_io` class a file object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Text,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    FileIo,
}

impl Kind {
    pub(crate) fn class_name(self) -> &'static str {
        match self {
            Kind::Text => "TextIOWrapper",
            Kind::BufferedReader => "BufferedReader",
            Kind::BufferedWriter => "BufferedWriter",
            Kind::BufferedRandom => "BufferedRandom",
            Kind::FileIo => "FileIO",
        }
    }
}

/// Newline handling of a text file (the `newline` argument of `open`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Newline {
    /// `None`: universal newlines on read, `\n` written as `os.linesep`.
    Universal,
    /// `''`: lines end at any of `\n`, `\r`, `\r\n`, returned untranslated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: the only line ending; `\n` written as it.
    Fixed(&'static str),
}

/// Where a file's bytes come from and go to.
pub(crate) enum Backend {
    File(std::fs::File),
    /// One of the process's standard streams (0, 1 or 2), through `eval::io`.
    Std(i32),
}

/// An open (or closed) file.
pub(crate) struct FileState {
    pub(crate) backend: Option<Backend>,
    pub(crate) kind: Kind,
    pub(crate) name: Obj,
    pub(crate) mode: String,
    pub(crate) readable: bool,
    pub(crate) writable: bool,
    pub(crate) closefd: bool,
    pub(crate) encoding: String,
    pub(crate) codec: crate::types::str::codecs::Codec,
    pub(crate) errors: String,
    pub(crate) newline: Newline,
    pub(crate) line_buffering: bool,
    /// Read-ahead: bytes read from the backend but not yet consumed.
    pub(crate) rbuf: Vec<u8>,
    pub(crate) rpos: usize,
    /// Bytes written but not yet passed to the backend.
    pub(crate) wbuf: Vec<u8>,
}

thread_local! {
    static FILES: std::mem::ManuallyDrop<RefCell<Vec<Option<FileState>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
}

/// The payload of a file object: its slot in the table of open files.
/// Dropping it (when the object dies) flushes and closes the file.
pub struct FileSlot(usize);

impl Drop for FileSlot {
    fn drop(&mut self) {
        let st = FILES
            .try_with(|t| t.borrow_mut().get_mut(self.0).and_then(Option::take))
            .ok()
            .flatten();
        if let Some(mut st) = st {
            let _ = st.close();
            drop(st);
        }
    }
}

/// Creates a file object of `ty` around `st`.
pub(crate) fn new_file_object(ty: &Obj, st: FileState) -> Obj {
    let slot = FILES.with(|t| {
        let mut t = t.borrow_mut();
        match t.iter().position(Option::is_none) {
            Some(i) => {
                t[i] = Some(st);
                i
            }
            None => {
                t.push(Some(st));
                t.len() - 1
            }
        }
    });
    Obj::new(ty, Payload::File(FileSlot(slot)))
}

/// Runs `f` on the state of file object `obj`; None if `obj` is not one.
/// `f` must not call back into Python code (the table is borrowed).
pub(crate) fn with_state<T>(obj: &Obj, f: impl FnOnce(&mut FileState) -> T) -> Option<T> {
    let Payload::File(slot) = obj.payload() else {
        return None;
    };
    FILES.with(|t| t.borrow_mut().get_mut(slot.0)?.as_mut().map(f))
}

/// Flushes every open file's write buffer (at exit).
pub fn flush_all() {
    let n = FILES.with(|t| t.borrow().len());
    for i in 0..n {
        let taken = FILES.with(|t| t.borrow_mut().get_mut(i).and_then(Option::take));
        if let Some(mut st) = taken {
            let _ = st.flush();
            FILES.with(|t| t.borrow_mut()[i] = Some(st));
        }
    }
}

/// `ValueError: <msg>` for an operation on a closed file.
pub(crate) fn closed_error(msg: &str) -> PyErr {
    PyErr::new(Exc::ValueError, msg)
}

impl FileState {
    pub(crate) fn closed(&self) -> bool {
        self.backend.is_none()
    }

    pub(crate) fn is_text(&self) -> bool {
        self.kind == Kind::Text
    }

    pub(crate) fn fileno(&self) -> Option<i32> {
        use std::os::fd::AsRawFd;
        match self.backend.as_ref()? {
            Backend::File(f) => Some(f.as_raw_fd()),
            Backend::Std(fd) => Some(*fd),
        }
    }

    /// Reads up to `n` bytes from the backend (one system call).
    fn raw_read(&mut self, n: usize) -> PyResult<Vec<u8>> {
        match self.backend.as_mut() {
            Some(Backend::File(f)) => {
                let mut buf = vec![0u8; n];
                loop {
                    match f.read(&mut buf) {
                        Ok(k) => {
                            buf.truncate(k);
                            return Ok(buf);
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(io::os_error(&e)),
                    }
                }
            }
            Some(Backend::Std(0)) => io::read_available(n),
            Some(Backend::Std(_)) => Err(unsupported("read")),
            None => Err(closed_error("I/O operation on closed file.")),
        }
    }

    fn raw_write(&mut self, data: &[u8]) -> PyResult<()> {
        match self.backend.as_mut() {
            Some(Backend::File(f)) => f.write_all(data).map_err(|e| io::os_error(&e)),
            Some(Backend::Std(1)) => io::write_stdout_bytes(data),
            Some(Backend::Std(2)) => io::write_stderr(&String::from_utf8_lossy(data)),
            Some(Backend::Std(_)) => Err(unsupported("write")),
            None => Err(closed_error("I/O operation on closed file.")),
        }
    }

    /// Passes buffered writes to the backend (and flushes stdout's buffer).
    pub(crate) fn flush(&mut self) -> PyResult<()> {
        if !self.wbuf.is_empty() {
            let data = std::mem::take(&mut self.wbuf);
            self.raw_write(&data)?;
        }
        if let Some(Backend::Std(1)) = self.backend {
            io::flush_stdout()?;
        }
        Ok(())
    }

    /// Flushes and closes; closing twice does nothing.
    pub(crate) fn close(&mut self) -> PyResult<()> {
        if self.backend.is_none() {
            return Ok(());
        }
        let r = self.flush();
        let backend = self.backend.take();
        self.rbuf.clear();
        self.rpos = 0;
        if let Some(Backend::File(f)) = backend
            && !self.closefd
        {
            use std::os::fd::IntoRawFd;
            let _ = f.into_raw_fd();
        }
        r
    }

    /// Fills the read-ahead buffer with up to one more block; false at EOF.
    pub(crate) fn fill(&mut self) -> PyResult<bool> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let more = self.raw_read(BUFFER_SIZE)?;
        if more.is_empty() {
            return Ok(false);
        }
        self.rbuf.extend_from_slice(&more);
        Ok(true)
    }

    /// The unread bytes of the read-ahead buffer.
    pub(crate) fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Before reading: writes out anything buffered for writing.
    pub(crate) fn prepare_read(&mut self) -> PyResult<()> {
        if !self.wbuf.is_empty() {
            self.flush()?;
        }
        Ok(())
    }

    /// Before writing: gives unread read-ahead back to the file position
    /// (binary files). A text file writes where its read-ahead ended, as
    /// CPython's TextIOWrapper does after consuming a chunk.
    fn prepare_write(&mut self) -> PyResult<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0
            && !self.is_text()
            && let Some(Backend::File(f)) = self.backend.as_mut()
        {
            f.seek(SeekFrom::Current(-(unread as i64)))
                .map_err(|e| io::os_error(&e))?;
        }
        Ok(())
    }

    /// Reads everything up to end of file.
    pub(crate) fn read_to_end(&mut self) -> PyResult<Vec<u8>> {
        self.prepare_read()?;
        if let Some(Backend::Std(0)) = self.backend {
            let mut out = self.pending().to_vec();
            self.rbuf.clear();
            self.rpos = 0;
            out.extend(io::read_all_bytes()?);
            return Ok(out);
        }
        while self.fill()? {}
        let out = self.pending().to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        Ok(out)
    }

    /// Reads `n` bytes, fewer only at end of file.
    pub(crate) fn read_exact_or_eof(&mut self, n: usize) -> PyResult<Vec<u8>> {
        self.prepare_read()?;
        while self.pending().len() < n {
            if !self.fill()? {
                break;
            }
        }
        let k = n.min(self.pending().len());
        let out = self.rbuf[self.rpos..self.rpos + k].to_vec();
        self.rpos += k;
        Ok(out)
    }

    /// At most `n` bytes with at most one system call (`FileIO.read`, `read1`).
    pub(crate) fn read_some(&mut self, n: usize) -> PyResult<Vec<u8>> {
        self.prepare_read()?;
        if self.pending().is_empty() {
            self.rbuf.clear();
            self.rpos = 0;
            return self.raw_read(n);
        }
        let k = n.min(self.pending().len());
        let out = self.rbuf[self.rpos..self.rpos + k].to_vec();
        self.rpos += k;
        Ok(out)
    }

    /// One line of bytes ending in `\n` (or what is left at end of file),
    /// at most `limit` bytes when given.
    pub(crate) fn read_line_bytes(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.prepare_read()?;
        let mut scanned = 0;
        loop {
            let p = self.pending();
            let end = p[scanned..]
                .iter()
                .position(|&b| b == b'\n')
                .map(|i| scanned + i + 1);
            let cut = match (end, limit) {
                (Some(e), Some(l)) => Some(e.min(l)),
                (Some(e), None) => Some(e),
                (None, Some(l)) if p.len() >= l => Some(l),
                _ => None,
            };
            if let Some(c) = cut {
                let out = p[..c].to_vec();
                self.rpos += c;
                return Ok(out);
            }
            scanned = p.len();
            if !self.fill()? {
                let out = self.pending().to_vec();
                self.rbuf.clear();
                self.rpos = 0;
                return Ok(out);
            }
        }
    }

    /// Buffers `data` for writing; passes it on when the buffer is full,
    /// when unbuffered, or at a newline when line-buffered.
    pub(crate) fn write_bytes(&mut self, data: &[u8]) -> PyResult<()> {
        self.prepare_write()?;
        self.wbuf.extend_from_slice(data);
        let flush = self.wbuf.len() >= BUFFER_SIZE
            || self.kind == Kind::FileIo
            || matches!(self.backend, Some(Backend::Std(_)))
            || (self.line_buffering && data.iter().any(|&b| b == b'\n' || b == b'\r'));
        if flush {
            let data = std::mem::take(&mut self.wbuf);
            self.raw_write(&data)?;
        }
        Ok(())
    }

    /// The position as the program sees it (backend position adjusted for
    /// buffered bytes).
    pub(crate) fn tell(&mut self) -> PyResult<u64> {
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let unwritten = self.wbuf.len() as u64;
        match self.backend.as_mut() {
            Some(Backend::File(f)) => {
                let pos = f.stream_position().map_err(|e| io::os_error(&e))?;
                Ok(pos + unwritten - unread)
            }
            Some(Backend::Std(_)) => Err(PyErr::with_args(
                Exc::OSError,
                vec![
                    crate::types::int::new_int(29),
                    crate::types::str::new_str("Illegal seek"),
                ],
            )),
            None => Err(closed_error("I/O operation on closed file.")),
        }
    }

    /// Moves the position; returns the new one.
    pub(crate) fn seek(&mut self, to: SeekFrom) -> PyResult<u64> {
        self.flush()?;
        let to = match to {
            SeekFrom::Current(off) => {
                let unread = (self.rbuf.len() - self.rpos) as i64;
                SeekFrom::Current(off - unread)
            }
            other => other,
        };
        self.rbuf.clear();
        self.rpos = 0;
        match self.backend.as_mut() {
            Some(Backend::File(f)) => f.seek(to).map_err(|e| io::os_error(&e)),
            Some(Backend::Std(_)) => Err(PyErr::with_args(
                Exc::OSError,
                vec![
                    crate::types::int::new_int(29),
                    crate::types::str::new_str("Illegal seek"),
                ],
            )),
            None => Err(closed_error("I/O operation on closed file.")),
        }
    }

    /// Cuts (or extends) the file to `size` bytes.
    pub(crate) fn truncate(&mut self, size: u64) -> PyResult<()> {
        self.flush()?;
        match self.backend.as_mut() {
            Some(Backend::File(f)) => f.set_len(size).map_err(|e| io::os_error(&e)),
            _ => Err(unsupported("truncate")),
        }
    }

    pub(crate) fn seekable(&mut self) -> bool {
        match self.backend.as_mut() {
            Some(Backend::File(f)) => f.stream_position().is_ok(),
            _ => false,
        }
    }

    pub(crate) fn isatty(&self) -> bool {
        match self.backend {
            Some(Backend::Std(fd)) => io::isatty(fd),
            Some(Backend::File(ref f)) => std::io::IsTerminal::is_terminal(f),
            None => false,
        }
    }
}

// --- io.UnsupportedOperation -------------------------------------------------------------

thread_local! {
    static UNSUPPORTED: std::mem::ManuallyDrop<RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// The `io.UnsupportedOperation` class (a subclass of OSError and ValueError).
pub(crate) fn unsupported_operation_type() -> Obj {
    if let Some(t) = UNSUPPORTED.with(|u| u.borrow().clone()) {
        return t;
    }
    let s = crate::types::str::new_str;
    let ns = crate::types::dict::new_dict();
    crate::types::dict::set_str(&ns, "__module__", s("io"));
    let bases = crate::types::tuple::new_tuple(vec![
        Exc::OSError.ty().clone(),
        Exc::ValueError.ty().clone(),
    ]);
    let t = crate::ops::call(
        &crate::types::builtin().type_,
        &[s("UnsupportedOperation"), bases, ns],
        None,
    )
    .expect("creating io.UnsupportedOperation cannot fail");
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(t.clone()));
    t
}

/// `io.UnsupportedOperation: <msg>`.
pub(crate) fn unsupported(msg: &str) -> PyErr {
    let t = unsupported_operation_type();
    PyErr(crate::errors::new_exception(
        &t,
        vec![crate::types::str::new_str(msg)],
    ))
}
