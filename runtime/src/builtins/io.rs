//! `print` and `input`.

use super::{check_count, check_kwargs, kw_name};
use crate::errors::{Exc, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::Kwargs;
use crate::types::{self, builtin, type_name_of};

/// Writes to the process's stdout buffer.
fn write_stdout(s: &str) -> PyResult<()> {
    crate::eval::io::write_stdout(s)
}

/// Flushes stdout.
fn flush_stdout() -> PyResult<()> {
    crate::eval::io::flush_stdout()
}

/// Reads a line from `sys.stdin` (None at EOF).
fn read_line() -> PyResult<Option<String>> {
    crate::types::file::open::stdin_readline()
}

fn str_or_none(name: &str, v: Option<&Obj>, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(x) if matches!(x.payload(), Payload::None) => Ok(default.to_string()),
        Some(x) => match types::str::as_str(x) {
            Some(s) => Ok(s.to_string()),
            None => type_error(format!(
                "{name} must be None or a string, not {}",
                type_name_of(x)
            )),
        },
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn print(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    check_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = None;
    for (k, v) in kw {
        match kw_name(k) {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            "file" => file = Some(v),
            _ => flush = Some(v),
        }
    }
    let sep = str_or_none("sep", sep, " ")?;
    let end = str_or_none("end", end, "\n")?;
    let flush = match flush {
        Some(f) => ops::is_true(f)?,
        None => false,
    };
    match file.filter(|f| !matches!(f.payload(), Payload::None)) {
        None => {
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    write_stdout(&sep)?;
                }
                let s = ops::str_(x)?;
                write_stdout(types::str::as_str(&s).unwrap_or_default())?;
            }
            write_stdout(&end)?;
            if flush {
                flush_stdout()?;
            }
        }
        Some(f) => {
            let write = ops::getattr_str(f, "write")?;
            let sep_o = types::str::new_string(sep);
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    ops::call(&write, std::slice::from_ref(&sep_o), None)?;
                }
                let s = ops::str_(x)?;
                ops::call(&write, &[s], None)?;
            }
            ops::call(&write, &[types::str::new_string(end)], None)?;
            if flush {
                ops::call_method(f, "flush", &[])?;
            }
        }
    }
    Ok(builtin().none.clone())
}

/// `input(prompt=None)`.
pub fn input(a: &[Obj]) -> PyResult<Obj> {
    check_count("input", a.len(), 0, 1)?;
    if let Some(p) = a.first() {
        let s = ops::str_(p)?;
        write_stdout(types::str::as_str(&s).unwrap_or_default())?;
    }
    flush_stdout()?;
    match read_line()? {
        None => raise(Exc::EOFError, "EOF when reading a line"),
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(types::str::new_string(line))
        }
    }
}
