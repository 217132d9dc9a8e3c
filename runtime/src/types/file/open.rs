//! `open()` (`io.open`): argument checking with CPython's messages, mode
//! parsing, opening the file (or wrapping a file descriptor) and choosing
//! the class of the result; also the file objects of the standard streams.

use super::methods::file_type;
use super::{Backend, FileState, Kind, Newline, new_file_object};
use crate::builtins::kw_name;
use crate::errors::{Exc, PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::str::codecs::{self, Codec};
use crate::types::{self, builtin};

/// `open`'s parameters, in order.
const PARAMS: [&str; 8] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// What a mode string asks for.
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        binary: false,
    };
    let mut text = false;
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return value_error(format!("invalid mode: '{mode}'"));
        }
        seen.push(c);
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => text = true,
            _ => m.binary = true,
        }
    }
    if text && m.binary {
        return value_error("can't have text and binary mode at once");
    }
    let n = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|x| **x)
        .count();
    if n > 1 {
        return value_error("must have exactly one of create/read/write/append mode");
    }
    if n == 0 {
        return value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        );
    }
    Ok(m)
}

impl Mode {
    /// `FileIO.mode`: 'rb', 'wb', 'xb', 'ab', each with '+' when updating.
    fn raw_mode(&self) -> &'static str {
        match (self.creating, self.appending, self.reading || self.updating) {
            (true, _, false) => "xb",
            (true, _, true) => "xb+",
            (_, true, false) => "ab",
            (_, true, true) => "ab+",
            (_, _, true) if self.writing || self.updating => "rb+",
            (_, _, true) => "rb",
            _ => "wb",
        }
    }
}

fn str_or_none(name: &str, v: Option<&Obj>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is(&builtin().none) => Ok(None),
        Some(v) => match types::str::as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => type_error(format!(
                "open() argument '{name}' must be str or None, not {}",
                types::type_name_of(v)
            )),
        },
    }
}

/// The path of a file argument: str, bytes or an object with `__fspath__`.
pub(crate) fn fspath(v: &Obj) -> PyResult<Option<std::path::PathBuf>> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(s) = types::str::as_str(v) {
        return Ok(Some(std::path::PathBuf::from(s)));
    }
    if let Payload::Bytes(b) = v.payload() {
        return Ok(Some(std::path::PathBuf::from(std::ffi::OsStr::from_bytes(
            b,
        ))));
    }
    if let Some(f) = crate::eval::util::lookup_special_bound(v, "__fspath__")? {
        let p = crate::ops::call(&f, &[], None)?;
        return match types::str::as_str(&p) {
            Some(s) => Ok(Some(std::path::PathBuf::from(s))),
            None => fspath(&p),
        };
    }
    Ok(None)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if args.len() > PARAMS.len() {
        return type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    let mut vals: [Option<Obj>; 8] = Default::default();
    for (i, a) in args.iter().enumerate() {
        vals[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let name = kw_name(k);
        let Some(i) = PARAMS.iter().position(|p| *p == name) else {
            return type_error(format!(
                "'{name}' is an invalid keyword argument for open()"
            ));
        };
        if vals[i].is_some() {
            return type_error(format!(
                "argument for open() given by name ('{name}') and position ({})",
                i + 1
            ));
        }
        vals[i] = Some(v.clone());
    }
    let [
        file,
        mode,
        buffering,
        encoding,
        errors,
        newline,
        closefd,
        _opener,
    ] = vals;
    let Some(file) = file else {
        return type_error("open() missing required argument 'file' (pos 1)");
    };
    let mode_s = match &mode {
        None => "r".to_string(),
        Some(m) => match types::str::as_str(m) {
            Some(s) => s.to_string(),
            None => {
                return type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    types::type_name_of(m)
                ));
            }
        },
    };
    let buffering = match &buffering {
        None => -1,
        Some(b) => {
            if matches!(b.payload(), Payload::Float(_)) {
                return type_error("'float' object cannot be interpreted as an integer");
            }
            let i = crate::ops::object::index(b)?;
            types::int::as_i64(&i).unwrap_or(i64::MAX)
        }
    };
    let encoding = str_or_none("encoding", encoding.as_ref())?;
    let errors = str_or_none("errors", errors.as_ref())?;
    let newline_s = str_or_none("newline", newline.as_ref())?;
    let closefd = match &closefd {
        None => true,
        Some(c) => crate::ops::is_true(c)?,
    };
    let m = parse_mode(&mode_s)?;
    if m.binary && encoding.is_some() {
        return value_error("binary mode doesn't take an encoding argument");
    }
    if m.binary && errors.is_some() {
        return value_error("binary mode doesn't take an errors argument");
    }
    if m.binary && newline_s.is_some() {
        return value_error("binary mode doesn't take a newline argument");
    }
    let newline = match newline_s.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => return value_error(format!("illegal newline value: {other}")),
    };

    let f = open_raw(&file, &m, closefd)?;
    // A path-like object is named by its path (`f.name`).
    let file = match file.payload() {
        Payload::Str(_) | Payload::Bytes(_) => file,
        _ if file.small_int().is_some() || matches!(file.payload(), Payload::Bool(_)) => file,
        _ => crate::modules::posix::fspath_obj(&file)?,
    };
    if buffering == 0 && !m.binary {
        return value_error("can't have unbuffered text I/O");
    }
    let (codec, encoding) = if m.binary {
        (Codec::Utf8, String::new())
    } else {
        match &encoding {
            None => (Codec::Utf8, "UTF-8".to_string()),
            Some(e) => (codecs::lookup(e)?, e.clone()),
        }
    };
    let readable = m.reading || m.updating;
    let writable = m.writing || m.appending || m.creating || m.updating;
    let kind = match () {
        _ if !m.binary => Kind::Text,
        _ if buffering == 0 => Kind::FileIo,
        _ if readable && writable => Kind::BufferedRandom,
        _ if readable => Kind::BufferedReader,
        _ => Kind::BufferedWriter,
    };
    let line_buffering =
        kind == Kind::Text && (buffering == 1 || std::io::IsTerminal::is_terminal(&f));
    let st = FileState {
        backend: Some(Backend::File(f)),
        kind,
        name: file,
        mode: if kind == Kind::Text {
            mode_s
        } else {
            m.raw_mode().to_string()
        },
        readable,
        writable,
        closefd,
        encoding,
        codec,
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        line_buffering,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
    };
    Ok(new_file_object(&file_type(kind), st))
}

/// Opens the file named by (or the descriptor in) `file`.
fn open_raw(file: &Obj, m: &Mode, closefd: bool) -> PyResult<std::fs::File> {
    use std::io::Seek;
    if let Some(fd) = file.small_int().or_else(|| {
        matches!(file.payload(), Payload::Bool(_)).then(|| types::int::as_i64(file).unwrap_or(0))
    }) {
        if fd < 0 {
            return value_error("negative file descriptor");
        }
        return Ok(file_from_fd(fd as i32));
    }
    if !closefd {
        return value_error("Cannot use closefd=False with file name");
    }
    let Some(path) = fspath(file)? else {
        return type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            types::type_name_of(file)
        ));
    };
    let mut o = std::fs::OpenOptions::new();
    o.read(m.reading || m.updating);
    if m.writing {
        o.write(true).create(true).truncate(true);
    }
    if m.appending {
        o.append(true).create(true);
    }
    if m.creating {
        o.write(true).create_new(true);
    }
    if m.updating {
        o.write(true);
    }
    let mut f = o
        .open(&path)
        .map_err(|e| crate::eval::io::os_error_with_filename(&e, file, None))?;
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(crate::eval::io::errno_error(21, file, None));
    }
    if m.appending {
        let _ = f.seek(std::io::SeekFrom::End(0));
    }
    Ok(f)
}

/// A `File` owning descriptor `fd` (as `open(fd)` does).
fn file_from_fd(fd: i32) -> std::fs::File {
    use std::os::fd::FromRawFd;
    // SAFETY: the program handed us this descriptor to own, as with
    // CPython's `open(fd)`; closing it on close is the documented contract.
    unsafe { std::fs::File::from_raw_fd(fd) }
}

/// The text file object of standard stream `fd` (0, 1 or 2), with its
/// binary `buffer`.
pub fn std_stream(fd: i32) -> Obj {
    let s = types::str::new_str;
    let name = match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    };
    let state = |kind: Kind, mode: &str| FileState {
        backend: Some(Backend::Std(fd)),
        kind,
        name: s(name),
        mode: mode.to_string(),
        readable: fd == 0,
        writable: fd != 0,
        closefd: false,
        encoding: "utf-8".to_string(),
        codec: Codec::Utf8,
        errors: if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }
        .to_string(),
        // CPython on POSIX: stdin splits lines at "\n" only, untranslated.
        newline: Newline::Fixed("\n"),
        line_buffering: fd == 2,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
    };
    let buffer = if fd == 0 {
        new_file_object(
            &file_type(Kind::BufferedReader),
            state(Kind::BufferedReader, "rb"),
        )
    } else {
        new_file_object(
            &file_type(Kind::BufferedWriter),
            state(Kind::BufferedWriter, "wb"),
        )
    };
    let text = new_file_object(
        &file_type(Kind::Text),
        state(Kind::Text, if fd == 0 { "r" } else { "w" }),
    );
    let d = types::dict::new_dict();
    types::dict::set_str(&d, "buffer", buffer);
    text.set_dict(Some(d));
    text
}

/// Reads one line from `sys.stdin` for `input()`: None at end of file.
pub fn stdin_readline() -> PyResult<Option<String>> {
    let stdin = crate::modules::sys::get("stdin");
    let line = match stdin {
        Some(f) if matches!(f.payload(), Payload::File(_)) => {
            super::with_state(&f, |st| st.read_text_line(None))
                .unwrap_or_else(|| Ok(String::new()))?
        }
        Some(f) if !f.is(&builtin().none) => {
            let l = crate::ops::call_method(&f, "readline", &[])?;
            match types::str::as_str(&l) {
                Some(s) => s.to_string(),
                None => {
                    return Err(PyErr::new(
                        Exc::TypeError,
                        "object.readline() returned non-string",
                    ));
                }
            }
        }
        _ => return Err(PyErr::new(Exc::RuntimeError, "input(): lost sys.stdin")),
    };
    Ok(if line.is_empty() { None } else { Some(line) })
}
