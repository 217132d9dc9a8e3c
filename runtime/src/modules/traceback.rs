//! `_traceback`: what the Python-source `traceback` and `warnings` modules
//! need from the runtime. Traceback entries are formatted by the same code
//! that prints uncaught exceptions (`eval::traceback`), so
//! `traceback.format_exc()` matches what the program would print; `stack()`
//! exposes the live frame chain (code object and last call instruction of
//! each frame) for `warnings.warn` and `traceback.extract_stack`, and
//! `getline` reads the program's embedded sources as `linecache` would.

use crate::errors::{PyResult, type_error};
use crate::eval::state;
use crate::eval::traceback;
use crate::eval::util::str_of;
use crate::object::Obj;
use crate::types::function::BuiltinImpl;
use crate::types::{self, builtin, code};

/// Creates the module object.
pub fn create() -> PyResult<Obj> {
    let m = super::new_module("_traceback", None);
    super::add_functions(
        &m,
        "_traceback",
        &[
            ("format_frame", BuiltinImpl::Pos(format_frame)),
            ("frame_info", BuiltinImpl::Pos(frame_info)),
            (
                "format_exception_only",
                BuiltinImpl::Pos(format_exception_only),
            ),
            ("stack", BuiltinImpl::Pos(stack)),
            ("getline", BuiltinImpl::Pos(getline)),
        ],
    );
    Ok(m)
}

/// The `(code, instruction index)` arguments of the entry functions.
fn code_and_index<'a>(name: &str, args: &'a [Obj]) -> PyResult<(&'a Obj, u32)> {
    let [c, i] = args else {
        return type_error(format!("{name}() takes exactly 2 arguments"));
    };
    if code::as_code(c).is_none() {
        return type_error(format!("{name}() argument 1 must be code"));
    }
    let index = types::int::as_i64(i).unwrap_or(0).clamp(0, u32::MAX as i64) as u32;
    Ok((c, index))
}

/// `format_frame(code, index)`: one traceback entry as CPython prints it,
/// `  File "…", line N, in name\n    source\n    ^^^^\n`.
fn format_frame(args: &[Obj]) -> PyResult<Obj> {
    let (c, index) = code_and_index("format_frame", args)?;
    Ok(types::str::new_string(traceback::format_entry_text(
        c, index,
    )))
}

/// `frame_info(code, index)`: `(filename, lineno, name, line)`, line being
/// the source line with surrounding whitespace stripped or None.
fn frame_info(args: &[Obj]) -> PyResult<Obj> {
    let (c, index) = code_and_index("frame_info", args)?;
    let cd = code::code_data(c);
    let lineno = cd.line_of(index);
    let line = traceback::source_line(cd, lineno)
        .map_or_else(|| builtin().none.clone(), |l| types::str::new_str(l.trim()));
    Ok(types::tuple::new_tuple(vec![
        types::str::new_str(str_of(&cd.filename)),
        types::int::new_int(i64::from(lineno)),
        types::str::new_str(str_of(&cd.name)),
        line,
    ]))
}

/// `format_exception_only(exc)`: the `Type: message` line(s), with notes
/// and "Did you mean" suggestions.
fn format_exception_only(args: &[Obj]) -> PyResult<Obj> {
    let [exc] = args else {
        return type_error("format_exception_only() takes exactly 1 argument");
    };
    Ok(types::str::new_string(traceback::format_exception_only(
        exc,
    )))
}

/// `stack()`: `[(code, index, globals), …]` for the executing frames,
/// outermost first; `index` is the instruction of the frame's current call.
fn stack(_args: &[Obj]) -> PyResult<Obj> {
    let mut frames = Vec::new();
    let mut f = state::current_frame();
    while !f.is_null() {
        // SAFETY: frames on the chain are live while this function runs.
        let fr = unsafe { &*f };
        frames.push(types::tuple::new_tuple(vec![
            fr.code_obj().clone(),
            types::int::new_int(i64::from(fr.lasti)),
            fr.globals_obj().clone(),
        ]));
        f = fr.prev;
    }
    frames.reverse();
    Ok(types::list::new_list(frames))
}

/// `getline(filename, lineno)`: line `lineno` of a module compiled into
/// the program (with its newline), or '' like `linecache.getline`.
fn getline(args: &[Obj]) -> PyResult<Obj> {
    let [f, n] = args else {
        return type_error("getline() takes exactly 2 arguments");
    };
    let filename = types::str::as_str(f).unwrap_or("");
    let lineno = types::int::as_i64(n).unwrap_or(0);
    let line = crate::eval::loader::program()
        .filter(|_| lineno > 0 && lineno <= i64::from(u32::MAX))
        .and_then(|p| {
            let m = p.modules.iter().find(|m| m.filename == filename)?;
            m.line(lineno as u32).map(|l| format!("{l}\n"))
        })
        .unwrap_or_default();
    Ok(types::str::new_string(line))
}
