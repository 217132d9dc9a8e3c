//! Module objects: the payload (the module's global namespace dict),
//! `new_module`, `ModuleType(name, doc)`, the module repr and `dir()`.
//! Attribute access (dict lookup, PEP 562 `__getattr__`, "module 'm' has no
//! attribute 'x'") lives in `ops::attr`.

use super::typeobj::{add_getset, add_kw_methods, add_methods, parse_args};
use super::{builtin, dict, str::new_str};
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::Kwargs;

/// The payload of module objects.
pub struct ModuleData {
    /// The module's `__dict__` (its global namespace).
    pub dict: Obj,
}

/// Fills a module namespace. `package` is `''` for modules the runtime
/// creates (as CPython's built-in modules) and None for `ModuleType(name)`;
/// the repr tells them apart by it.
fn init_dict(d: &Obj, name: Obj, doc: Obj, package: Obj) {
    let none = builtin().none.clone();
    dict::set_str(d, "__name__", name);
    dict::set_str(d, "__doc__", doc);
    dict::set_str(d, "__package__", package);
    dict::set_str(d, "__loader__", none.clone());
    dict::set_str(d, "__spec__", none);
}

/// A new module named `name` with a fresh namespace holding `__name__`,
/// `__doc__` (None), `__package__` (''), `__loader__` and `__spec__` (None).
pub fn new_module(name: &str) -> Obj {
    let d = dict::new_dict();
    init_dict(&d, new_str(name), builtin().none.clone(), new_str(""));
    let m = Obj::new(
        &builtin().module,
        Payload::Module(Box::new(ModuleData { dict: d.clone() })),
    );
    m.set_dict(Some(d));
    m
}

/// The namespace dict of a module object.
pub fn module_dict(m: &Obj) -> Option<Obj> {
    match m.payload() {
        Payload::Module(md) => Some(md.dict.clone()),
        _ => None,
    }
}

fn arg(a: &[Obj], i: usize) -> PyResult<&Obj> {
    match a.get(i) {
        Some(x) => Ok(x),
        None => type_error("expected an argument"),
    }
}

fn md(a: &[Obj]) -> PyResult<Obj> {
    match module_dict(arg(a, 0)?) {
        Some(d) => Ok(d),
        None => type_error("descriptor requires a 'module' object"),
    }
}

fn module_new(a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    let d = dict::new_dict();
    dict::set_str(&d, "__name__", builtin().none.clone());
    let m = Obj::new(
        cls,
        Payload::Module(Box::new(ModuleData { dict: d.clone() })),
    );
    m.set_dict(Some(d));
    Ok(m)
}

fn module_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let d = md(a)?;
    let v = parse_args("module", &a[1..], kw, &["name", "doc"], 1)?;
    let mut it = v.into_iter();
    let name = it
        .next()
        .flatten()
        .unwrap_or_else(|| builtin().none.clone());
    if !matches!(name.payload(), Payload::Str(_)) {
        return type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            super::type_name_of(&name)
        ));
    }
    let doc = it
        .next()
        .flatten()
        .unwrap_or_else(|| builtin().none.clone());
    init_dict(&d, name, doc, builtin().none.clone());
    Ok(builtin().none.clone())
}

/// `repr(module)`: `<module 'm' from '/path/m.py'>`, `<module 'sys' (built-in)>`.
pub fn module_repr(m: &Obj) -> PyResult<String> {
    let Some(d) = module_dict(m) else {
        return Ok(ops::object::default_repr(m));
    };
    let name = match dict::get_str(&d, "__name__") {
        Some(n) if matches!(n.payload(), Payload::Str(_)) => ops::repr_string(&n)?,
        _ => "'?'".to_string(),
    };
    if let Some(f) = dict::get_str(&d, "__file__")
        && matches!(f.payload(), Payload::Str(_))
    {
        return Ok(format!("<module {} from {}>", name, ops::repr_string(&f)?));
    }
    let from_python =
        dict::get_str(&d, "__package__").is_none_or(|p| matches!(p.payload(), Payload::None));
    if from_python {
        return Ok(format!("<module {name}>"));
    }
    Ok(format!("<module {name} (built-in)>"))
}

fn repr_m(a: &[Obj]) -> PyResult<Obj> {
    Ok(super::str::new_string(module_repr(arg(a, 0)?)?))
}

fn getattribute_m(a: &[Obj]) -> PyResult<Obj> {
    ops::attr::module_getattro(arg(a, 0)?, arg(a, 1)?)
}

fn dict_get(a: &[Obj]) -> PyResult<Obj> {
    md(a)
}

fn dir_m(a: &[Obj]) -> PyResult<Obj> {
    let d = md(a)?;
    if let Some(f) = dict::get_str(&d, "__dir__") {
        return ops::call(&f, &[], None);
    }
    let keys: Vec<Obj> = dict::items(&d).into_iter().map(|(k, _)| k).collect();
    Ok(super::list::new_list(keys))
}

fn annotations_get(a: &[Obj]) -> PyResult<Obj> {
    let d = md(a)?;
    match dict::get_str(&d, "__annotations__") {
        Some(x) => Ok(x),
        None => {
            let n = dict::new_dict();
            dict::set_str(&d, "__annotations__", n.clone());
            Ok(n)
        }
    }
}
fn annotations_set(a: &[Obj]) -> PyResult<Obj> {
    let d = md(a)?;
    match a.get(1) {
        Some(v) => dict::set_str(&d, "__annotations__", v.clone()),
        None => {
            if !dict::del_item(&d, &new_str("__annotations__"))? {
                return crate::errors::attribute_error("__annotations__");
            }
        }
    }
    Ok(builtin().none.clone())
}

pub fn init_methods(b: &super::Builtins) {
    let m = &b.module;
    add_kw_methods(m, &[("__new__", module_new), ("__init__", module_init)]);
    add_methods(
        m,
        &[
            ("__repr__", repr_m),
            ("__getattribute__", getattribute_m),
            ("__dir__", dir_m),
        ],
    );
    add_getset(m, "__dict__", dict_get, None);
    add_getset(m, "__annotations__", annotations_get, Some(annotations_set));
}
