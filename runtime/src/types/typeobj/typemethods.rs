//! The `type` type's methods and attributes: `__repr__`, `mro`,
//! `__instancecheck__`/`__subclasscheck__`, `__prepare__`, `__dir__`,
//! `__or__`, attribute access, and the `__name__`/`__qualname__`/
//! `__module__`/`__bases__`/`__mro__`/`__dict__`/`__doc__`/`__annotations__`
//! attributes.

use super::newclass::{type_call_m, type_init, type_new};
use super::{add_classmethod, add_getset, add_kw_methods, add_methods, add_readonly_member};
use crate::errors::{PyResult, attribute_error, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::{self, Builtins, builtin, dict, is_subtype, type_data, type_name, type_name_of};

fn arg(a: &[Obj], i: usize) -> PyResult<&Obj> {
    match a.get(i) {
        Some(x) => Ok(x),
        None => type_error("expected an argument"),
    }
}

fn ty_arg(a: &[Obj]) -> PyResult<&Obj> {
    let t = arg(a, 0)?;
    if !matches!(t.payload(), Payload::Type(_)) {
        return type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            type_name_of(t)
        ));
    }
    Ok(t)
}

fn none() -> Obj {
    builtin().none.clone()
}

/// `repr(cls)`: `<class 'int'>`, `<class '__main__.Foo'>`.
pub fn type_repr(t: &Obj) -> String {
    let td = type_data(t);
    let module = ops::object::type_module(t);
    if module != "builtins" {
        format!("<class '{}.{}'>", module, td.qualname.borrow())
    } else {
        format!("<class '{}'>", td.name.borrow())
    }
}

fn repr_m(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::str::new_string(type_repr(ty_arg(a)?)))
}

fn mro_m(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let bases = type_data(t).bases.borrow().clone();
    let mut v = vec![t.clone()];
    v.extend(types::compute_mro(&bases)?);
    Ok(types::list::new_list(v))
}

fn subclasses_m(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::list::new_list(super::newclass::subclasses(ty_arg(
        a,
    )?)))
}

fn instancecheck_m(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let inst = arg(a, 1)?;
    if types::is_instance(inst, t) {
        return Ok(builtin().true_.clone());
    }
    if let Some(c) = ops::getattr_opt(inst, "__class__")?
        && matches!(c.payload(), Payload::Type(_))
        && !c.is(&inst.ty())
    {
        return Ok(types::int::new_bool(is_subtype(&c, t)));
    }
    Ok(builtin().false_.clone())
}

fn subclasscheck_m(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let sub = arg(a, 1)?;
    if !matches!(sub.payload(), Payload::Type(_)) {
        return type_error("issubclass() arg 1 must be a class");
    }
    Ok(types::int::new_bool(is_subtype(sub, t)))
}

fn prepare_m(_a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    Ok(dict::new_dict())
}

/// All attribute names defined along the MRO of `t`.
pub fn type_dir_names(t: &Obj) -> Vec<Obj> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let mro = type_data(t).mro.borrow().clone();
    for c in &mro {
        for (k, _) in dict::items(type_data(c).dict()) {
            if let Some(s) = types::str::as_str(&k)
                && seen.insert(s.to_string())
            {
                out.push(k.clone());
            }
        }
    }
    out
}

fn dir_m(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::list::new_list(type_dir_names(ty_arg(a)?)))
}

fn or_m(a: &[Obj]) -> PyResult<Obj> {
    super::extra::union_or(arg(a, 0)?, arg(a, 1)?)
}
fn ror_m(a: &[Obj]) -> PyResult<Obj> {
    super::extra::union_or(arg(a, 1)?, arg(a, 0)?)
}

fn getattribute_m(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let n = arg(a, 1)?;
    if !matches!(n.payload(), Payload::Str(_)) {
        return type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(n)
        ));
    }
    ops::attr::type_getattro(t, n)
}
fn setattr_m(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    ops::attr::type_setattro(t, arg(a, 1)?, Some(arg(a, 2)?))?;
    Ok(none())
}
fn delattr_m(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    ops::attr::type_setattro(t, arg(a, 1)?, None)?;
    Ok(none())
}

fn cannot_delete(t: &Obj, name: &str) -> PyResult<Obj> {
    type_error(format!(
        "cannot delete '{}' attribute of immutable type '{}'",
        name,
        type_name(t)
    ))
}

fn bump(t: &Obj) {
    let td = type_data(t);
    td.version.set(td.version.get() + 1);
    ops::attr::cache::invalidate();
}

fn name_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::str::new_string(type_name(ty_arg(a)?)))
}
fn name_set(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let Some(v) = a.get(1) else {
        return cannot_delete(t, "__name__");
    };
    let Some(s) = types::str::as_str(v) else {
        return type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            type_name(t),
            type_name_of(v)
        ));
    };
    if s.contains('\0') {
        return crate::errors::value_error("type name must not contain null characters");
    }
    *type_data(t).name.borrow_mut() = s.to_string();
    bump(t);
    Ok(none())
}
fn qualname_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    Ok(types::str::new_string(
        type_data(t).qualname.borrow().clone(),
    ))
}
fn qualname_set(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let Some(v) = a.get(1) else {
        return cannot_delete(t, "__qualname__");
    };
    let Some(s) = types::str::as_str(v) else {
        return type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            type_name(t),
            type_name_of(v)
        ));
    };
    *type_data(t).qualname.borrow_mut() = s.to_string();
    Ok(none())
}
fn module_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let td = type_data(t);
    match dict::get_str(td.dict(), "__module__") {
        Some(m) if td.heap || matches!(m.payload(), Payload::Str(_)) => Ok(m),
        None if td.heap => attribute_error("__module__"),
        _ => Ok(types::str::new_str("builtins")),
    }
}
fn module_set(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let Some(v) = a.get(1) else {
        return cannot_delete(t, "__module__");
    };
    dict::set_str(type_data(t).dict(), "__module__", v.clone());
    bump(t);
    Ok(none())
}
fn bases_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    Ok(types::tuple::new_tuple(type_data(t).bases.borrow().clone()))
}
fn bases_set(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let Some(v) = a.get(1) else {
        return cannot_delete(t, "__bases__");
    };
    let Some(items) = types::tuple::as_slice(v) else {
        return type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            type_name(t),
            type_name_of(v)
        ));
    };
    if items.is_empty() {
        return type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            type_name(t)
        ));
    }
    for b in items {
        if !matches!(b.payload(), Payload::Type(_)) {
            return type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                type_name(t),
                type_name_of(b)
            ));
        }
        if is_subtype(b, t) {
            return type_error("a __bases__ item causes an inheritance cycle");
        }
    }
    let items = items.to_vec();
    let mut mro = vec![t.clone()];
    mro.extend(types::compute_mro(&items)?);
    let td = type_data(t);
    let old = std::mem::replace(&mut *td.bases.borrow_mut(), items.clone());
    *td.mro.borrow_mut() = mro;
    super::newclass::unregister_subclass(t, &old);
    super::newclass::register_subclass(t, &items);
    bump(t);
    Ok(none())
}
fn base_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    Ok(type_data(t)
        .bases
        .borrow()
        .first()
        .cloned()
        .unwrap_or_else(none))
}
fn mro_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    Ok(types::tuple::new_tuple(type_data(t).mro.borrow().clone()))
}
fn dict_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    Ok(super::new_mappingproxy(type_data(t).dict()))
}
fn doc_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let td = type_data(t);
    match dict::get_str(td.dict(), "__doc__") {
        Some(d) if td.heap => ops::attr::descr_get(&d, None, t),
        Some(d) if matches!(d.payload(), Payload::Str(_)) => Ok(d),
        _ => Ok(none()),
    }
}
fn doc_set(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let Some(v) = a.get(1) else {
        return cannot_delete(t, "__doc__");
    };
    dict::set_str(type_data(t).dict(), "__doc__", v.clone());
    bump(t);
    Ok(none())
}
fn annotations_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let td = type_data(t);
    if !td.heap {
        return attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            type_name(t)
        ));
    }
    match dict::get_str(td.dict(), "__annotations__") {
        Some(d) => ops::attr::descr_get(&d, None, t),
        None => {
            let d = dict::new_dict();
            dict::set_str(td.dict(), "__annotations__", d.clone());
            bump(t);
            Ok(d)
        }
    }
}
fn annotations_set(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let td = type_data(t);
    match a.get(1) {
        Some(v) => dict::set_str(td.dict(), "__annotations__", v.clone()),
        None => {
            if !dict::del_item(td.dict(), &types::str::new_str("__annotations__"))? {
                return attribute_error("__annotations__");
            }
        }
    }
    bump(t);
    Ok(none())
}
fn abstract_get(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    match dict::get_str(type_data(t).dict(), "__abstractmethods__") {
        Some(v) if !t.is(&builtin().type_) => Ok(v),
        _ => attribute_error("__abstractmethods__"),
    }
}
fn abstract_set(a: &[Obj]) -> PyResult<Obj> {
    let t = ty_arg(a)?;
    let td = type_data(t);
    match a.get(1) {
        Some(v) => dict::set_str(td.dict(), "__abstractmethods__", v.clone()),
        None => {
            if !dict::del_item(td.dict(), &types::str::new_str("__abstractmethods__"))? {
                return attribute_error("__abstractmethods__");
            }
        }
    }
    bump(t);
    Ok(none())
}
fn text_signature_get(_a: &[Obj]) -> PyResult<Obj> {
    Ok(none())
}

pub fn init_methods(b: &Builtins) {
    let t = &b.type_;
    add_kw_methods(
        t,
        &[
            ("__new__", type_new),
            ("__call__", type_call_m),
            ("__init__", type_init),
        ],
    );
    add_methods(
        t,
        &[
            ("__repr__", repr_m),
            ("__getattribute__", getattribute_m),
            ("__setattr__", setattr_m),
            ("__delattr__", delattr_m),
            ("__or__", or_m),
            ("__ror__", ror_m),
            ("mro", mro_m),
            ("__subclasses__", subclasses_m),
            ("__instancecheck__", instancecheck_m),
            ("__subclasscheck__", subclasscheck_m),
            ("__dir__", dir_m),
        ],
    );
    add_classmethod(t, "__prepare__", BuiltinImpl::Kw(prepare_m));
    add_getset(t, "__base__", base_get, None);
    add_readonly_member(t, "__mro__", mro_get);
    add_getset(t, "__name__", name_get, Some(name_set));
    add_getset(t, "__qualname__", qualname_get, Some(qualname_set));
    add_getset(t, "__bases__", bases_get, Some(bases_set));
    add_getset(t, "__module__", module_get, Some(module_set));
    add_getset(t, "__abstractmethods__", abstract_get, Some(abstract_set));
    add_getset(t, "__dict__", dict_get, None);
    add_getset(t, "__doc__", doc_get, Some(doc_set));
    add_getset(t, "__text_signature__", text_signature_get, None);
    add_getset(t, "__annotations__", annotations_get, Some(annotations_set));
}
