//! The `_io` file classes as Python sees them: `TextIOWrapper`,
//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` and `FileIO`, their
//! methods (`read`, `readline`, `write`, `seek`, iteration, `with`, …),
//! attributes (`name`, `mode`, `closed`, …) and reprs, with CPython's
//! messages for closed files and unsupported operations.

use super::{FileState, Kind, closed_error, unsupported, with_state};
use crate::errors::{Exc, PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin};
use std::cell::RefCell;
use std::io::SeekFrom;

type Method = fn(&[Obj]) -> PyResult<Obj>;

/// The methods shared by every file class.
const METHODS: &[(&str, Method)] = &[
    ("read", f_read),
    ("read1", f_read1),
    ("readline", f_readline),
    ("readlines", f_readlines),
    ("write", f_write),
    ("writelines", f_writelines),
    ("flush", f_flush),
    ("close", f_close),
    ("tell", f_tell),
    ("seek", f_seek),
    ("truncate", f_truncate),
    ("fileno", f_fileno),
    ("readable", f_readable),
    ("writable", f_writable),
    ("seekable", f_seekable),
    ("isatty", f_isatty),
    ("__iter__", f_iter),
    ("__next__", f_next),
    ("__enter__", f_enter),
    ("__exit__", f_exit),
    ("__repr__", f_repr),
];

/// Read-only attributes.
const GETTERS: &[(&str, Method)] = &[
    ("name", g_name),
    ("mode", g_mode),
    ("closed", g_closed),
    ("encoding", g_encoding),
    ("errors", g_errors),
    ("newlines", |_| Ok(builtin().none.clone())),
    ("line_buffering", g_line_buffering),
    ("closefd", g_closefd),
];

const KINDS: [Kind; 5] = [
    Kind::Text,
    Kind::BufferedReader,
    Kind::BufferedWriter,
    Kind::BufferedRandom,
    Kind::FileIo,
];

thread_local! {
    static TYPES: std::mem::ManuallyDrop<RefCell<Vec<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
}

/// The class object of file kind `kind` (`_io.TextIOWrapper`, …).
pub(crate) fn file_type(kind: Kind) -> Obj {
    let i = KINDS
        .iter()
        .position(|k| *k == kind)
        .expect("every kind is listed");
    if let Some(t) = TYPES.with(|t| t.borrow().get(i).cloned()) {
        return t;
    }
    let made: Vec<Obj> = KINDS
        .iter()
        .map(|k| {
            let t = crate::eval::util::new_native_type(k.class_name(), "_io", None);
            types::lazy::arm_late(&t, types::lazy::FILE_TYPES);
            t
        })
        .collect();
    TYPES.with(|t| *t.borrow_mut() = made.clone());
    made[i].clone()
}

/// Adds the methods of every file type (`lazy::FILE_TYPES`), on the first
/// use of one's namespace.
pub(crate) fn add_file_methods(_: &types::Builtins) {
    for t in TYPES.with(|t| t.borrow().clone()) {
        types::typeobj::add_methods(&t, METHODS);
        crate::eval::util::add_getters(&t, GETTERS);
    }
}

/// Runs `f` on the state of the file object `args[0]`.
fn with<T>(args: &[Obj], f: impl FnOnce(&mut FileState) -> PyResult<T>) -> PyResult<T> {
    let Some(this) = args.first() else {
        return type_error("descriptor needs an argument");
    };
    match with_state(this, f) {
        Some(r) => r,
        None => type_error(format!(
            "descriptor requires an '_io' file object but received a '{}'",
            types::type_name_of(this)
        )),
    }
}

/// The message for operation `op` on a closed file of kind `kind`.
fn closed_message(kind: Kind, op: &str) -> &'static str {
    const DOT: &str = "I/O operation on closed file.";
    const NO_DOT: &str = "I/O operation on closed file";
    match (kind, op) {
        (_, "readlines" | "writelines" | "__iter__" | "__enter__") => DOT,
        (Kind::Text, "fileno" | "readable" | "writable" | "seekable" | "isatty") => NO_DOT,
        (Kind::Text, _) => DOT,
        (Kind::FileIo, "flush") => DOT,
        (Kind::FileIo, _) => NO_DOT,
        (_, "read" | "read1") => "read of closed file",
        (_, "readline" | "__next__") => "readline of closed file",
        (_, "write") => "write to closed file",
        (_, "flush") => "flush of closed file",
        (_, "seek") => "seek of closed file",
        (_, "truncate") => "truncate of closed file",
        _ => NO_DOT,
    }
}

fn check_open(st: &FileState, op: &str) -> PyResult<()> {
    if st.closed() {
        return Err(closed_error(closed_message(st.kind, op)));
    }
    Ok(())
}

fn check_readable(st: &FileState, op: &str) -> PyResult<()> {
    match st.kind {
        Kind::BufferedWriter => return Err(unsupported("read")),
        Kind::Text => {
            check_open(st, op)?;
            if !st.readable {
                return Err(unsupported("not readable"));
            }
        }
        Kind::FileIo => {
            check_open(st, op)?;
            if !st.readable {
                return Err(unsupported("File not open for reading"));
            }
        }
        _ => check_open(st, op)?,
    }
    Ok(())
}

fn check_writable(st: &FileState, op: &str) -> PyResult<()> {
    match st.kind {
        Kind::BufferedReader => return Err(unsupported("write")),
        Kind::Text => {
            check_open(st, op)?;
            if !st.writable {
                return Err(unsupported("not writable"));
            }
        }
        Kind::FileIo => {
            check_open(st, op)?;
            if !st.writable {
                return Err(unsupported("File not open for writing"));
            }
        }
        _ => check_open(st, op)?,
    }
    Ok(())
}

/// A `size` argument: None or negative means "no limit".
fn size_arg(args: &[Obj], i: usize) -> PyResult<Option<usize>> {
    match args.get(i) {
        None => Ok(None),
        Some(v) if v.is(&builtin().none) => Ok(None),
        Some(v) => match types::int::as_i64(v) {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => type_error(format!(
                "argument should be integer or None, not '{}'",
                types::type_name_of(v)
            )),
        },
    }
}

fn max_args(name: &str, args: &[Obj], max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n > max {
        return type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

fn is_text(args: &[Obj]) -> PyResult<bool> {
    with(args, |st| Ok(st.is_text()))
}

fn none() -> Obj {
    builtin().none.clone()
}

fn f_read(args: &[Obj]) -> PyResult<Obj> {
    max_args("read", args, 1)?;
    let n = size_arg(args, 1)?;
    if is_text(args)? {
        let s = with(args, |st| {
            check_readable(st, "read")?;
            st.read_text(n)
        })?;
        return Ok(types::str::new_string(s));
    }
    let b = with(args, |st| {
        check_readable(st, "read")?;
        match n {
            None => st.read_to_end(),
            Some(n) if st.kind == Kind::FileIo => st.read_some(n),
            Some(n) => st.read_exact_or_eof(n),
        }
    })?;
    Ok(types::bytes::new_bytes(b))
}

fn f_read1(args: &[Obj]) -> PyResult<Obj> {
    max_args("read1", args, 1)?;
    let n = size_arg(args, 1)?.unwrap_or(super::BUFFER_SIZE);
    if is_text(args)? {
        return Err(PyErr::new(
            Exc::AttributeError,
            "'_io.TextIOWrapper' object has no attribute 'read1'",
        ));
    }
    let b = with(args, |st| {
        check_readable(st, "read")?;
        st.read_some(n)
    })?;
    Ok(types::bytes::new_bytes(b))
}

/// One line as a str (text files) or bytes; empty at end of file.
fn read_line(args: &[Obj], limit: Option<usize>, op: &str) -> PyResult<Obj> {
    let line = with(args, |st| {
        check_readable(st, op)?;
        if st.is_text() {
            st.read_text_line(limit).map(Ok)
        } else {
            st.read_line_bytes(limit).map(Err)
        }
    })?;
    Ok(match line {
        Ok(s) => types::str::new_string(s),
        Err(b) => types::bytes::new_bytes(b),
    })
}

fn is_empty(v: &Obj) -> bool {
    match v.payload() {
        Payload::Str(p) => p.s.is_empty(),
        Payload::Bytes(b) => b.is_empty(),
        _ => true,
    }
}

fn f_readline(args: &[Obj]) -> PyResult<Obj> {
    max_args("readline", args, 1)?;
    let limit = size_arg(args, 1)?;
    read_line(args, limit, "readline")
}

fn f_readlines(args: &[Obj]) -> PyResult<Obj> {
    max_args("readlines", args, 1)?;
    let hint = size_arg(args, 1)?.filter(|h| *h > 0);
    with(args, |st| check_open(st, "readlines"))?;
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line(args, None, "readline")?;
        if is_empty(&line) {
            break;
        }
        total += crate::ops::len(&line)?;
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(types::list::new_list(out))
}

/// Writes one str (text) or bytes-like object; returns the count written.
fn write_one(this: &Obj, v: &Obj, op: &str) -> PyResult<Obj> {
    let args = std::slice::from_ref(this);
    // The common case in one visit to the file table: str to a text file.
    if let Payload::Str(p) = v.payload() {
        let written = with(args, |st| {
            if !st.is_text() {
                return Ok(false);
            }
            check_writable(st, op)?;
            st.write_text(&p.s)?;
            Ok(true)
        })?;
        if written {
            return Ok(types::int::new_int(p.nchars as i64));
        }
    }
    if is_text(args)? {
        let Some(s) = types::str::as_str(v) else {
            with(args, |st| check_writable(st, op))?;
            return type_error(format!(
                "write() argument must be str, not {}",
                types::type_name_of(v)
            ));
        };
        with(args, |st| {
            check_writable(st, op)?;
            st.write_text(s)
        })?;
        return Ok(types::int::new_int(s.chars().count() as i64));
    }
    with(args, |st| check_writable(st, op))?;
    let data = types::bytes::buffer_arg(v)?;
    with(args, |st| {
        check_writable(st, op)?;
        st.write_bytes(&data)
    })?;
    Ok(types::int::new_int(data.len() as i64))
}

fn f_write(args: &[Obj]) -> PyResult<Obj> {
    if args.len() != 2 {
        return type_error(format!(
            "write() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    write_one(&args[0], &args[1], "write")
}

fn f_writelines(args: &[Obj]) -> PyResult<Obj> {
    if args.len() != 2 {
        return type_error(format!(
            "writelines() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    with(args, |st| check_open(st, "writelines"))?;
    for line in crate::ops::iterate(&args[1])? {
        write_one(&args[0], &line, "write")?;
    }
    Ok(none())
}

fn f_flush(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| {
        check_open(st, "flush")?;
        st.flush()
    })?;
    Ok(none())
}

fn f_close(args: &[Obj]) -> PyResult<Obj> {
    with(args, FileState::close)?;
    Ok(none())
}

fn f_tell(args: &[Obj]) -> PyResult<Obj> {
    max_args("tell", args, 0)?;
    let pos = with(args, |st| {
        check_open(st, "tell")?;
        st.tell()
    })?;
    Ok(types::int::new_int(pos as i64))
}

fn int_arg(v: &Obj) -> PyResult<i64> {
    if matches!(v.payload(), Payload::Float(_)) {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let i = crate::ops::object::index(v)?;
    types::int::as_i64(&i).ok_or_else(|| {
        PyErr::new(
            Exc::OverflowError,
            "Python int too large to convert to C long",
        )
    })
}

fn f_seek(args: &[Obj]) -> PyResult<Obj> {
    if args.len() < 2 || args.len() > 3 {
        return type_error(format!(
            "seek expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        ));
    }
    let text = is_text(args)?;
    with(args, |st| check_open(st, "seek"))?;
    let off = int_arg(&args[1])?;
    let whence = match args.get(2) {
        Some(w) => int_arg(w)?,
        None => 0,
    };
    let to = match whence {
        0 if off < 0 && text => return value_error(format!("negative seek position {off}")),
        0 if off < 0 => {
            return Err(PyErr::with_args(
                Exc::OSError,
                vec![
                    types::int::new_int(22),
                    types::str::new_str("Invalid argument"),
                ],
            ));
        }
        0 => SeekFrom::Start(off as u64),
        1 if text && off != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
        1 => SeekFrom::Current(off),
        2 if text && off != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
        2 => SeekFrom::End(off),
        _ if text => {
            return value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"));
        }
        _ => {
            return value_error(format!("whence value {whence} unsupported"));
        }
    };
    let pos = with(args, |st| st.seek(to))?;
    Ok(types::int::new_int(pos as i64))
}

fn f_truncate(args: &[Obj]) -> PyResult<Obj> {
    max_args("truncate", args, 1)?;
    with(args, |st| check_writable(st, "truncate"))?;
    let size = match args.get(1) {
        Some(v) if !v.is(&builtin().none) => Some(int_arg(v)?),
        _ => None,
    };
    let size = with(args, |st| {
        let size = match size {
            Some(s) => s,
            None => st.tell()? as i64,
        };
        if size < 0 {
            return Err(PyErr::with_args(
                Exc::OSError,
                vec![
                    types::int::new_int(22),
                    types::str::new_str("Invalid argument"),
                ],
            ));
        }
        st.truncate(size as u64)?;
        Ok(size)
    })?;
    Ok(types::int::new_int(size))
}

fn f_fileno(args: &[Obj]) -> PyResult<Obj> {
    let fd = with(args, |st| {
        check_open(st, "fileno")?;
        Ok(st.fileno().unwrap_or(-1))
    })?;
    Ok(types::int::new_int(fd as i64))
}

fn f_readable(args: &[Obj]) -> PyResult<Obj> {
    let r = with(args, |st| {
        check_open(st, "readable")?;
        Ok(st.readable)
    })?;
    Ok(types::int::new_bool(r))
}

fn f_writable(args: &[Obj]) -> PyResult<Obj> {
    let r = with(args, |st| {
        check_open(st, "writable")?;
        Ok(st.writable)
    })?;
    Ok(types::int::new_bool(r))
}

fn f_seekable(args: &[Obj]) -> PyResult<Obj> {
    let r = with(args, |st| {
        check_open(st, "seekable")?;
        Ok(st.seekable())
    })?;
    Ok(types::int::new_bool(r))
}

fn f_isatty(args: &[Obj]) -> PyResult<Obj> {
    let r = with(args, |st| {
        check_open(st, "isatty")?;
        Ok(st.isatty())
    })?;
    Ok(types::int::new_bool(r))
}

fn f_iter(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| check_open(st, "__iter__"))?;
    Ok(args[0].clone())
}

fn f_next(args: &[Obj]) -> PyResult<Obj> {
    let line = read_line(args, None, "__next__")?;
    if is_empty(&line) {
        return Err(PyErr::with_args(Exc::StopIteration, vec![]));
    }
    Ok(line)
}

fn f_enter(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| check_open(st, "__enter__"))?;
    Ok(args[0].clone())
}

fn f_exit(args: &[Obj]) -> PyResult<Obj> {
    with(args, FileState::close)?;
    Ok(none())
}

fn f_repr(args: &[Obj]) -> PyResult<Obj> {
    let (kind, name, mode, encoding, closefd) = with(args, |st| {
        Ok((
            st.kind,
            st.name.clone(),
            st.mode.clone(),
            st.encoding.clone(),
            st.closefd,
        ))
    })?;
    let closed = with(args, |st| Ok(st.closed()))?;
    if kind == Kind::FileIo && closed {
        return Ok(types::str::new_str("<_io.FileIO [closed]>"));
    }
    let name = crate::ops::repr_string(&name)?;
    let s = match kind {
        Kind::Text => {
            format!("<_io.TextIOWrapper name={name} mode='{mode}' encoding='{encoding}'>")
        }
        Kind::FileIo => {
            let closefd = if closefd { "True" } else { "False" };
            format!("<_io.FileIO name={name} mode='{mode}' closefd={closefd}>")
        }
        k => format!("<_io.{} name={name}>", k.class_name()),
    };
    Ok(types::str::new_string(s))
}

fn g_name(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| Ok(st.name.clone()))
}

fn g_mode(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| Ok(types::str::new_str(&st.mode)))
}

fn g_closed(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| Ok(types::int::new_bool(st.closed())))
}

fn text_only(st: &FileState, attr: &str) -> PyResult<()> {
    if st.is_text() {
        return Ok(());
    }
    Err(PyErr::new(
        Exc::AttributeError,
        format!(
            "'_io.{}' object has no attribute '{attr}'",
            st.kind.class_name()
        ),
    ))
}

fn g_encoding(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| {
        text_only(st, "encoding")?;
        Ok(types::str::new_str(&st.encoding))
    })
}

fn g_errors(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| {
        text_only(st, "errors")?;
        Ok(types::str::new_str(&st.errors))
    })
}

fn g_line_buffering(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| {
        text_only(st, "line_buffering")?;
        Ok(types::int::new_bool(st.line_buffering))
    })
}

fn g_closefd(args: &[Obj]) -> PyResult<Obj> {
    with(args, |st| {
        if st.kind != Kind::FileIo {
            return Err(PyErr::new(
                Exc::AttributeError,
                format!(
                    "'_io.{}' object has no attribute 'closefd'",
                    st.kind.class_name()
                ),
            ));
        }
        Ok(types::int::new_bool(st.closefd))
    })
}
