//! The `builtins` module: print, len, range, isinstance, … and the names of
//! the built-in types and exceptions.
//!
//! Submodules: `io` (print, input), `iterfns` (iter, next, min, max, sum,
//! sorted, any, all), `numfns` (abs, divmod, pow, round, chr, ord, hex, oct,
//! bin), `introspect` (getattr & co., isinstance/issubclass, dir, vars, id,
//! hash, …), `evalfn` (`eval` of literal expressions).

mod evalfn;
pub(crate) mod introspect;
mod io;
pub(crate) mod iterfns;
mod numfns;

pub use introspect::{is_instance, is_subclass};

use crate::errors::{EXCEPTION_TABLE, PyResult, type_error};
use crate::object::Obj;
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::{self, builtin, dict, typeobj::builtin_fn};

/// `name() takes exactly one argument (N given)`.
pub(crate) fn exactly_one<'a>(name: &str, args: &'a [Obj]) -> PyResult<&'a Obj> {
    match args {
        [a] => Ok(a),
        _ => type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )),
    }
}

/// Argument-Clinic style count check: "getattr expected at least 2
/// arguments, got 1".
pub(crate) fn check_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        ));
    }
    if n < min {
        return type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ));
    }
    if n > max {
        return type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ));
    }
    Ok(())
}

/// The text of a keyword name.
pub(crate) fn kw_name(k: &Obj) -> &str {
    types::str::as_str(k).unwrap_or_default()
}

/// Rejects keywords other than `allowed` with "'x' is an invalid keyword
/// argument for f()".
pub(crate) fn check_kwargs(fname: &str, kw: &Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = kw_name(k);
        if !allowed.contains(&n) {
            return type_error(format!(
                "'{n}' is an invalid keyword argument for {fname}()"
            ));
        }
    }
    Ok(())
}

/// The value of keyword `name`, if given.
pub(crate) fn kwarg<'a>(kw: &'a Kwargs, name: &str) -> Option<&'a Obj> {
    kw.iter().find(|(k, _)| kw_name(k) == name).map(|(_, v)| v)
}

fn build_class_fn(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    types::typeobj::build_class(a, kw)
}

/// Creates the `builtins` namespace dict.
pub fn create_builtins_dict() -> Obj {
    let b = builtin();
    let d = dict::new_dict();
    let set = |k: &str, v: Obj| dict::set_str(&d, k, v);
    set("__name__", types::str::new_str("builtins"));
    set(
        "__doc__",
        types::str::new_str(
            "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.",
        ),
    );
    set("__package__", types::str::new_str(""));
    set("__loader__", b.none.clone());
    set("__spec__", b.none.clone());
    set("None", b.none.clone());
    set("True", b.true_.clone());
    set("False", b.false_.clone());
    set("Ellipsis", b.ellipsis.clone());
    set("NotImplemented", b.not_implemented.clone());
    set("__debug__", b.true_.clone());
    for (name, t) in [
        ("object", &b.object),
        ("type", &b.type_),
        ("int", &b.int),
        ("bool", &b.bool_),
        ("float", &b.float),
        ("complex", &b.complex),
        ("str", &b.str_),
        ("bytes", &b.bytes),
        ("bytearray", &b.bytearray),
        ("list", &b.list),
        ("tuple", &b.tuple),
        ("dict", &b.dict),
        ("set", &b.set),
        ("frozenset", &b.frozenset),
        ("range", &b.range),
        ("slice", &b.slice),
        ("super", &b.super_),
        ("property", &b.property),
        ("classmethod", &b.classmethod),
        ("staticmethod", &b.staticmethod),
    ] {
        set(name, t.clone());
    }
    set("enumerate", types::iter::enumerate_type().clone());
    set("zip", types::iter::zip_type().clone());
    set("map", types::iter::map_type().clone());
    set("filter", types::iter::filter_type().clone());
    set("reversed", types::iter::reversed_type().clone());
    for (i, (name, _)) in EXCEPTION_TABLE.iter().enumerate() {
        set(name, b.exceptions[i].clone());
    }
    let os_error = b.exceptions[crate::errors::Exc::OSError as usize].clone();
    set("EnvironmentError", os_error.clone());
    set("IOError", os_error);

    let pos: &[(&'static str, fn(&[Obj]) -> PyResult<Obj>)] = &[
        ("input", io::input),
        ("len", introspect::len),
        ("repr", introspect::repr),
        ("ascii", introspect::ascii),
        ("hash", introspect::hash),
        ("id", introspect::id),
        ("isinstance", introspect::isinstance),
        ("issubclass", introspect::issubclass),
        ("callable", introspect::callable),
        ("getattr", introspect::getattr),
        ("setattr", introspect::setattr),
        ("hasattr", introspect::hasattr),
        ("delattr", introspect::delattr),
        ("format", introspect::format),
        ("vars", introspect::vars),
        ("dir", introspect::dir),
        ("globals", introspect::globals),
        ("locals", introspect::locals),
        ("iter", iterfns::iter),
        ("next", iterfns::next),
        ("any", iterfns::any),
        ("all", iterfns::all),
        ("abs", numfns::abs),
        ("divmod", numfns::divmod),
        ("chr", numfns::chr),
        ("ord", numfns::ord),
        ("hex", numfns::hex),
        ("oct", numfns::oct),
        ("bin", numfns::bin),
        ("eval", evalfn::eval),
    ];
    for (name, f) in pos {
        set(name, builtin_fn("builtins", name, BuiltinImpl::Pos(*f)));
    }
    let kw: &[(&'static str, fn(&[Obj], &Kwargs) -> PyResult<Obj>)] = &[
        ("print", io::print),
        ("open", types::file::open::open),
        ("min", iterfns::min),
        ("max", iterfns::max),
        ("sum", iterfns::sum),
        ("sorted", iterfns::sorted),
        ("pow", numfns::pow),
        ("round", numfns::round),
        ("__build_class__", build_class_fn),
    ];
    for (name, f) in kw {
        set(name, builtin_fn("builtins", name, BuiltinImpl::Kw(*f)));
    }
    d
}
