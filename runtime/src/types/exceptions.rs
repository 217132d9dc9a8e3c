//! Methods and attributes of the built-in exception types: construction
//! (`args`), `str`/`repr` (with KeyError's and friends' special cases),
//! `__cause__`/`__context__`/`__traceback__`, `with_traceback`,
//! `add_note`, and the extra attributes of StopIteration, SystemExit,
//! OSError, ImportError, NameError and AttributeError.

use super::function::Kwargs;
use super::typeobj::{add_getset, add_kw_methods, add_methods};
use super::{Builtins, builtin, tuple};
use crate::errors::{EXCEPTION_TABLE, Exc, ExcData, PyResult, exc_data, new_exc_data, type_error};
use crate::object::{Obj, Payload};
use crate::ops;

fn data(v: &Obj) -> PyResult<&ExcData> {
    match exc_data(v) {
        Some(d) => Ok(d),
        None => type_error(format!(
            "descriptor requires a 'BaseException' object but received a '{}'",
            super::type_name_of(v)
        )),
    }
}

fn none() -> Obj {
    builtin().none.clone()
}

fn exc_type(name: &str) -> &'static Obj {
    let i = EXCEPTION_TABLE
        .iter()
        .position(|(n, _)| *n == name)
        .expect("a built-in exception");
    &builtin().exceptions[i]
}

/// `BaseException.__new__(cls, *args)`.
fn exc_new(args: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let Some(cls) = args.first() else {
        return type_error("BaseException.__new__(): not enough arguments");
    };
    let t = tuple::new_tuple_cloned(&args[1..]);
    // `OSError(errno, strerror, ...)` makes the subclass for errno.
    let mut cls = cls.clone();
    if cls.is(Exc::OSError.ty())
        && (3..=6).contains(&args.len())
        && let Some(errno) = args[1].small_int()
    {
        cls = crate::eval::io::errno_class(errno as i32).ty().clone();
    }
    Ok(Obj::new(
        &cls,
        Payload::BaseException(Box::new(new_exc_data(t))),
    ))
}

/// `BaseException.__init__(self, *args)`: stores `args`.
fn exc_init(args: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let d = data(&args[0])?;
    *d.args.borrow_mut() = tuple::new_tuple_cloned(&args[1..]);
    init_extra_attrs(&args[0], &args[1..], kw)?;
    Ok(none())
}

/// Attributes some exception types derive from their arguments.
fn init_extra_attrs(e: &Obj, args: &[Obj], kw: &Kwargs) -> PyResult<()> {
    let ty = e.ty();
    let set =
        |name: &str, v: Obj| -> PyResult<()> { ops::setattr(e, &super::str::new_str(name), &v) };
    if super::is_subtype(&ty, Exc::ImportError.ty()) {
        let mut name = none();
        let mut path = none();
        for (k, v) in kw {
            match super::str::as_str(k) {
                Some("name") => name = v.clone(),
                Some("path") => path = v.clone(),
                Some(other) => {
                    return type_error(format!(
                        "'{other}' is an invalid keyword argument for ImportError()"
                    ));
                }
                None => {}
            }
        }
        set("name", name)?;
        set("path", path)?;
    } else if !kw.is_empty() {
        return type_error(format!(
            "{}() takes no keyword arguments",
            super::type_name_of(e)
        ));
    }
    if super::is_subtype(&ty, Exc::OSError.ty()) {
        let (errno, strerror) = if args.len() >= 2 {
            (args[0].clone(), args[1].clone())
        } else {
            (none(), none())
        };
        set("errno", errno)?;
        set("strerror", strerror)?;
        set("filename", args.get(2).cloned().unwrap_or_else(none))?;
        set("filename2", args.get(4).cloned().unwrap_or_else(none))?;
        if (3..=5).contains(&args.len()) && !args[2].is(&builtin().none) {
            // CPython keeps only (errno, strerror) in `args`.
            *data(e)?.args.borrow_mut() = tuple::new_tuple_cloned(&args[..2]);
        }
    }
    if super::is_subtype(&ty, Exc::ImportError.ty()) {
        set("msg", args.first().cloned().unwrap_or_else(none))?;
    }
    Ok(())
}

fn args_of(e: &Obj) -> PyResult<Obj> {
    Ok(data(e)?.args.borrow().clone())
}

/// `str(exc)`: '' for no args, str(arg) for one, str(args) otherwise.
fn exc_str(args: &[Obj]) -> PyResult<Obj> {
    let e = &args[0];
    let a = args_of(e)?;
    let items = tuple::as_slice(&a).unwrap_or(&[]).to_vec();
    let ty = e.ty();
    if super::is_subtype(&ty, Exc::KeyError.ty()) && items.len() == 1 {
        return ops::repr(&items[0]);
    }
    if super::is_subtype(&ty, exc_type("UnicodeError"))
        && let Some(msg) = super::str::codecs::unicode_error_str(&items)
    {
        return Ok(super::str::new_string(msg));
    }
    if super::is_subtype(&ty, Exc::OSError.ty()) && items.len() == 2 {
        let errno = ops::str_string(&items[0])?;
        let msg = ops::str_string(&items[1])?;
        let attr =
            |n: &str| crate::eval::util::get_exc_attr(e, n).filter(|v| !v.is(&builtin().none));
        let mut s = format!("[Errno {errno}] {msg}");
        if let Some(f) = attr("filename") {
            s.push_str(&format!(": {}", ops::repr_string(&f)?));
            if let Some(f2) = attr("filename2") {
                s.push_str(&format!(" -> {}", ops::repr_string(&f2)?));
            }
        }
        return Ok(super::str::new_string(s));
    }
    match items.len() {
        0 => Ok(builtin().empty_str.clone()),
        1 => ops::str_(&items[0]),
        _ => ops::str_(&a),
    }
}

/// `repr(exc)`: `ValueError('x')`, `ValueError()`, `ValueError('a', 1)`.
fn exc_repr(args: &[Obj]) -> PyResult<Obj> {
    let e = &args[0];
    let name = super::type_name_of(e);
    let a = args_of(e)?;
    let items = tuple::as_slice(&a).unwrap_or(&[]);
    let inner = match items.len() {
        0 => String::new(),
        1 => ops::repr_string(&items[0])?,
        _ => {
            let r = ops::repr_string(&a)?;
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(super::str::new_string(format!("{name}({inner})")))
}

/// `StopIteration.value`: the first argument (None without arguments).
fn get_value(args: &[Obj]) -> PyResult<Obj> {
    let a = args_of(&args[0])?;
    Ok(tuple::as_slice(&a)
        .and_then(|t| t.first().cloned())
        .unwrap_or_else(none))
}

/// `SystemExit.code`: None, the single argument, or the args tuple.
fn get_code(args: &[Obj]) -> PyResult<Obj> {
    let a = args_of(&args[0])?;
    let items = tuple::as_slice(&a).unwrap_or(&[]);
    Ok(match items.len() {
        0 => none(),
        1 => items[0].clone(),
        _ => a.clone(),
    })
}

/// `UnicodeError` attributes: the five constructor arguments
/// (encoding, object, start, end, reason), None when absent.
fn unicode_arg(e: &Obj, i: usize) -> PyResult<Obj> {
    let a = args_of(e)?;
    Ok(tuple::as_slice(&a)
        .and_then(|t| t.get(i).cloned())
        .unwrap_or_else(none))
}
fn get_encoding(args: &[Obj]) -> PyResult<Obj> {
    unicode_arg(&args[0], 0)
}
fn get_object(args: &[Obj]) -> PyResult<Obj> {
    unicode_arg(&args[0], 1)
}
fn get_start(args: &[Obj]) -> PyResult<Obj> {
    unicode_arg(&args[0], 2)
}
fn get_end(args: &[Obj]) -> PyResult<Obj> {
    unicode_arg(&args[0], 3)
}
fn get_reason(args: &[Obj]) -> PyResult<Obj> {
    unicode_arg(&args[0], 4)
}

fn get_args(args: &[Obj]) -> PyResult<Obj> {
    args_of(&args[0])
}

fn set_args(args: &[Obj]) -> PyResult<Obj> {
    let d = data(&args[0])?;
    let Some(v) = args.get(1) else {
        return type_error("args may not be deleted");
    };
    *d.args.borrow_mut() = tuple::new_tuple(ops::iterate(v)?);
    Ok(none())
}

fn get_cause(args: &[Obj]) -> PyResult<Obj> {
    Ok(data(&args[0])?.cause.borrow().clone().unwrap_or_else(none))
}

fn check_exc_or_none(v: &Obj, what: &str) -> PyResult<Option<Obj>> {
    if v.is(&builtin().none) {
        return Ok(None);
    }
    if exc_data(v).is_none() {
        return type_error(format!(
            "exception {what} must be None or derive from BaseException"
        ));
    }
    Ok(Some(v.clone()))
}

fn set_cause(args: &[Obj]) -> PyResult<Obj> {
    let d = data(&args[0])?;
    let v = match args.get(1) {
        Some(v) => check_exc_or_none(v, "cause")?,
        None => None,
    };
    *d.cause.borrow_mut() = v;
    d.suppress_context.set(true);
    Ok(none())
}

fn get_context(args: &[Obj]) -> PyResult<Obj> {
    Ok(data(&args[0])?
        .context
        .borrow()
        .clone()
        .unwrap_or_else(none))
}

fn set_context(args: &[Obj]) -> PyResult<Obj> {
    let d = data(&args[0])?;
    let v = match args.get(1) {
        Some(v) => check_exc_or_none(v, "context")?,
        None => None,
    };
    *d.context.borrow_mut() = v;
    Ok(none())
}

fn get_suppress(args: &[Obj]) -> PyResult<Obj> {
    Ok(super::int::new_bool(data(&args[0])?.suppress_context.get()))
}

fn set_suppress(args: &[Obj]) -> PyResult<Obj> {
    let d = data(&args[0])?;
    let v = match args.get(1) {
        Some(v) => ops::is_true(v)?,
        None => false,
    };
    d.suppress_context.set(v);
    Ok(none())
}

/// `__traceback__`: traceback objects built from the entries kept on the
/// exception (None when it has none).
fn get_traceback(args: &[Obj]) -> PyResult<Obj> {
    let _ = data(&args[0])?;
    Ok(crate::eval::traceback::traceback_object(&args[0]))
}

/// Replaces the stored traceback entries with those of `tb` (None clears).
fn replace_traceback(d: &ExcData, tb: &Obj) -> PyResult<()> {
    let Some(entries) = crate::eval::traceback::traceback_entries(tb)? else {
        return type_error("__traceback__ must be a traceback or None");
    };
    let old = std::mem::replace(&mut *d.traceback.borrow_mut(), entries);
    drop(old);
    Ok(())
}

fn set_traceback(args: &[Obj]) -> PyResult<Obj> {
    let d = data(&args[0])?;
    if let Some(v) = args.get(1) {
        replace_traceback(d, v)?;
    }
    Ok(none())
}

fn with_traceback(args: &[Obj]) -> PyResult<Obj> {
    let d = data(&args[0])?;
    if let Some(v) = args.get(1) {
        replace_traceback(d, v)?;
    }
    Ok(args[0].clone())
}

fn add_note(args: &[Obj]) -> PyResult<Obj> {
    let e = &args[0];
    let Some(note) = args.get(1) else {
        return type_error("add_note() takes exactly one argument (0 given)");
    };
    if super::str::as_str(note).is_none() {
        return type_error(format!(
            "note must be a str, not '{}'",
            super::type_name_of(note)
        ));
    }
    let d = data(e)?;
    let list = d.notes.borrow().clone();
    let list = match list {
        Some(l) => l,
        None => {
            let l = super::list::new_list(Vec::new());
            *d.notes.borrow_mut() = Some(l.clone());
            ops::setattr(e, &super::str::new_str("__notes__"), &l)?;
            l
        }
    };
    ops::call_method(&list, "append", std::slice::from_ref(note))?;
    Ok(none())
}

fn exc_reduce(args: &[Obj]) -> PyResult<Obj> {
    let e = &args[0];
    Ok(tuple::new_tuple(vec![e.ty(), args_of(e)?]))
}

pub fn init_methods(b: &Builtins) {
    let base = &b.exceptions[Exc::BaseException as usize];
    add_kw_methods(base, &[("__new__", exc_new), ("__init__", exc_init)]);
    add_methods(
        base,
        &[
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
            ("__reduce__", exc_reduce),
        ],
    );
    add_getset(base, "args", get_args, Some(set_args));
    add_getset(base, "__cause__", get_cause, Some(set_cause));
    add_getset(base, "__context__", get_context, Some(set_context));
    add_getset(
        base,
        "__suppress_context__",
        get_suppress,
        Some(set_suppress),
    );
    add_getset(base, "__traceback__", get_traceback, Some(set_traceback));
    // `__new__` stores args too, so subclasses that skip `__init__` keep them.
    add_getset(exc_type("StopIteration"), "value", get_value, None);
    add_getset(exc_type("SystemExit"), "code", get_code, None);
    let unicode = exc_type("UnicodeError");
    add_getset(unicode, "encoding", get_encoding, None);
    add_getset(unicode, "object", get_object, None);
    add_getset(unicode, "start", get_start, None);
    add_getset(unicode, "end", get_end, None);
    add_getset(unicode, "reason", get_reason, None);
    for t in &b.exceptions {
        super::dict::set_str(
            super::type_data(t).dict(),
            "__module__",
            super::str::new_str("builtins"),
        );
    }
    add_getset(
        base,
        "__dict__",
        crate::types::function::instance_dict_get,
        Some(crate::types::function::instance_dict_set),
    );
}
