//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors,
//! instance dicts, `__getattr__`/`__getattribute__`/`__setattr__`, and
//! binding of functions and built-in methods.
//!
//! The built-in behaviour is chosen by payload, as CPython inherits
//! `tp_getattro` from the solid base: type objects (`type_getattro`),
//! modules, super objects, bound methods, and everything else through the
//! generic `object.__getattribute__` (`generic_getattr`). Heap classes may
//! override `__getattribute__`/`__setattr__`/`__delattr__`, and `__getattr__`
//! is the fallback after an AttributeError.

pub mod cache;
pub mod site;

use super::call::{call_unbound, is_builtin_method};
use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::{bind_builtin, descr, new_method};
use crate::types::{self, builtin, type_data, type_name, type_name_of};

/// An AttributeError carrying `name` and `obj` (used by tracebacks for
/// "Did you mean" suggestions).
pub fn attr_error(msg: String, obj: &Obj, name: &Obj) -> PyErr {
    let e = PyErr::new(Exc::AttributeError, msg);
    let d = types::dict::new_dict();
    types::dict::set_str(&d, "name", name.clone());
    types::dict::set_str(&d, "obj", obj.clone());
    e.0.set_dict(Some(d));
    e
}

/// "'Foo' object has no attribute 'x'" (or the type/module variants).
pub fn no_attr(v: &Obj, name: &Obj) -> PyErr {
    let n = types::str::as_str(name).unwrap_or_default();
    let msg = match v.payload() {
        Payload::Type(_) => format!("type object '{}' has no attribute '{}'", type_name(v), n),
        Payload::Module(m) => match types::dict::get_str(&m.dict, "__name__") {
            Some(mn) if types::str::as_str(&mn).is_some() => {
                let mn = types::str::as_str(&mn).unwrap_or_default();
                if crate::eval::import::is_initializing(mn) {
                    format!(
                        "partially initialized module '{mn}' has no attribute '{n}' (most likely due to a circular import)"
                    )
                } else {
                    format!("module '{mn}' has no attribute '{n}'")
                }
            }
            _ => format!("module has no attribute '{n}'"),
        },
        _ => format!("'{}' object has no attribute '{}'", type_name_of(v), n),
    };
    attr_error(msg, v, name)
}

fn check_name(name: &Obj) -> PyResult<&str> {
    match types::str::as_str(name) {
        Some(s) => Ok(s),
        None => type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(name)
        )),
    }
}

/// `getattr(v, name)` where `name` is a str object.
pub fn getattr(v: &Obj, name: &Obj) -> PyResult<Obj> {
    check_name(name)?;
    let tp = v.ty();
    if !type_data(&tp).heap {
        return builtin_getattribute(v, name);
    }
    let res = match cache::lookup_getattribute(&tp) {
        Some(g) if !is_builtin_method(&g) => call_unbound(&g, v, std::slice::from_ref(name), &[]),
        _ => builtin_getattribute(v, name),
    };
    match res {
        Err(e) if e.matches(Exc::AttributeError) => match cache::lookup_getattr(&tp) {
            Some(ga) => call_unbound(&ga, v, std::slice::from_ref(name), &[]),
            None => Err(e),
        },
        r => r,
    }
}

/// The built-in `__getattribute__` for `v`'s kind of object.
pub fn builtin_getattribute(v: &Obj, name: &Obj) -> PyResult<Obj> {
    match v.payload() {
        Payload::Type(_) => type_getattro(v, name),
        Payload::Module(_) => module_getattro(v, name),
        Payload::Super(..) => types::function::superobj::super_getattro(v, name),
        Payload::Method(..) => types::function::method_getattro(v, name),
        _ => generic_getattr(v, name),
    }
}

/// `getattr(v, name)` with a Rust string name.
pub fn getattr_str(v: &Obj, name: &str) -> PyResult<Obj> {
    getattr(v, &crate::types::str::new_str(name))
}

/// `getattr(v, name, None)`-like: Ok(None) when the attribute is missing
/// (AttributeError swallowed), errors other than AttributeError propagate.
pub fn getattr_opt(v: &Obj, name: &str) -> PyResult<Option<Obj>> {
    match getattr_str(v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Like `getattr_opt` with a str object name.
pub fn getattr_obj_opt(v: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    match getattr(v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// CPython's LOAD_METHOD: when `v.name` would be a plain function or
/// built-in method found on the type (and not shadowed by the instance
/// dict), returns `(descriptor, true)` so the caller passes `v` as the first
/// argument; otherwise `(getattr(v, name), false)`.
pub fn load_method(v: &Obj, name: &Obj) -> PyResult<(Obj, bool)> {
    check_name(name)?;
    let tp = v.ty();
    let plain = match v.payload() {
        Payload::Type(_) | Payload::Module(_) | Payload::Super(..) | Payload::Method(..) => false,
        _ => {
            !type_data(&tp).heap
                || cache::lookup_getattribute(&tp).is_none_or(|g| is_builtin_method(&g))
        }
    };
    if plain && let Some(d) = cache::lookup_obj(&tp, name) {
        let is_meth = match d.payload() {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.is_method && b.self_.is_none() && !b.is_classmethod,
            _ => false,
        };
        // (Unless the instance itself holds the name.)
        if is_meth && types::instance::lookup(v, name)?.is_none() {
            return Ok((d, true));
        }
    }
    Ok((getattr(v, name)?, false))
}

/// Does `d` define `__get__` (is it a descriptor at all)?
pub fn has_descr_get(d: &Obj) -> bool {
    let dt = d.ty();
    if type_data(&dt).heap {
        return cache::lookup(&dt, "__get__").is_some();
    }
    match d.payload() {
        Payload::Function(_)
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_)
        | Payload::Property(_) => true,
        Payload::Builtin(b) => b.is_method && b.self_.is_none(),
        _ => false,
    }
}

/// Is `d` a data descriptor (its type defines `__set__` or `__delete__`)?
pub fn is_data_descr(d: &Obj) -> bool {
    let dt = d.ty();
    if type_data(&dt).heap {
        return cache::lookup(&dt, "__set__").is_some()
            || cache::lookup(&dt, "__delete__").is_some();
    }
    matches!(d.payload(), Payload::Property(_))
}

/// `type(d).__get__(d, inst, owner)`; `d` itself when it is not a descriptor.
pub fn descr_get(d: &Obj, inst: Option<&Obj>, owner: &Obj) -> PyResult<Obj> {
    let dt = d.ty();
    if type_data(&dt).heap {
        return match cache::lookup(&dt, "__get__") {
            Some(g) => {
                let i = inst.cloned().unwrap_or_else(|| builtin().none.clone());
                call_unbound(&g, d, &[i, owner.clone()], &[])
            }
            None => Ok(d.clone()),
        };
    }
    match d.payload() {
        Payload::Function(_) => Ok(match inst {
            Some(i) => new_method(d, i),
            None => d.clone(),
        }),
        Payload::Builtin(b) if b.is_method && b.self_.is_none() => {
            let defining = b.owner.as_ref();
            if b.is_classmethod {
                if let Some(o) = defining
                    && matches!(owner.payload(), Payload::Type(_))
                    && !types::is_subtype(owner, o)
                {
                    return type_error(format!(
                        "descriptor '{}' requires a subtype of '{}' but received '{}'",
                        b.name,
                        type_name(o),
                        type_name(owner)
                    ));
                }
                return Ok(bind_builtin(b, owner));
            }
            match inst {
                Some(i) => {
                    if let Some(o) = defining
                        && !types::is_instance(i, o)
                    {
                        return type_error(format!(
                            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                            b.name,
                            type_name(o),
                            type_name_of(i)
                        ));
                    }
                    Ok(bind_builtin(b, i))
                }
                None => Ok(d.clone()),
            }
        }
        Payload::ClassMethod(f) => {
            let f = f.borrow().clone();
            descr::classmethod_bind(&f, owner)
        }
        Payload::StaticMethod(f) => Ok(f.borrow().clone()),
        Payload::Property(p) => descr::property_get(d, p, inst),
        _ => Ok(d.clone()),
    }
}

/// `type(d).__set__(d, inst, value)` or `__delete__(d, inst)` (value None).
pub fn descr_set(d: &Obj, inst: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let dt = d.ty();
    if type_data(&dt).heap {
        let (name, args) = match value {
            Some(v) => ("__set__", vec![inst.clone(), v.clone()]),
            None => ("__delete__", vec![inst.clone()]),
        };
        return match cache::lookup(&dt, name) {
            Some(f) => call_unbound(&f, d, &args, &[]).map(|_| ()),
            None => Err(PyErr::new(Exc::AttributeError, name)),
        };
    }
    match d.payload() {
        Payload::Property(p) => descr::property_set(d, p, inst, value),
        _ => Err(PyErr::new(Exc::AttributeError, "__set__")),
    }
}

/// Do instances of the heap type `tp` lack a `__dict__` because every heap
/// class in the MRO defines `__slots__` without `__dict__`?
pub fn slots_restricted(tp: &Obj) -> bool {
    let mro = type_data(tp).mro.borrow();
    for t in mro.iter() {
        let td = type_data(t);
        if !td.heap {
            continue;
        }
        match &*td.slots.borrow() {
            None => return false,
            Some(s) if s.iter().any(|x| x == "__dict__") => return false,
            Some(_) => {}
        }
    }
    true
}

/// Can `v` have an instance `__dict__` (created on demand)?
pub fn dict_allowed(v: &Obj) -> bool {
    let tp = v.ty();
    if type_data(&tp).heap {
        return !slots_restricted(&tp);
    }
    matches!(
        v.payload(),
        Payload::Function(_)
            | Payload::BaseException(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
    )
}

/// The generic `object.__getattribute__`.
pub fn generic_getattr(v: &Obj, name: &Obj) -> PyResult<Obj> {
    match generic_getattr_opt(v, name)? {
        Some(x) => Ok(x),
        None => Err(no_attr(v, name)),
    }
}

/// The generic lookup; Ok(None) when the attribute does not exist.
pub fn generic_getattr_opt(v: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    generic_lookup(v, name, None)
}

/// The generic lookup of `name` on `v`, whose own attributes are in
/// `dict` (a module's), or else its inline values or instance dict.
fn generic_lookup(v: &Obj, name: &Obj, dict: Option<&Obj>) -> PyResult<Option<Obj>> {
    check_name(name)?;
    let tp = v.ty();
    let d = cache::lookup_obj(&tp, name);
    if let Some(d) = &d
        && is_data_descr(d)
    {
        return descr_get(d, Some(v), &tp).map(Some);
    }
    let own = match dict {
        Some(dict) => types::dict::get_item(dict, name)?,
        None => types::instance::lookup(v, name)?,
    };
    if let Some(x) = own {
        return Ok(Some(x));
    }
    match d {
        Some(d) => descr_get(&d, Some(v), &tp).map(Some),
        None => Ok(None),
    }
}

/// Attribute lookup on a type object (`type.__getattribute__`).
pub fn type_getattro(t: &Obj, name: &Obj) -> PyResult<Obj> {
    match type_getattr_opt(t, name)? {
        Some(x) => Ok(x),
        None => Err(no_attr(t, name)),
    }
}

/// Like `type_getattro`, Ok(None) when missing.
pub fn type_getattr_opt(t: &Obj, name: &Obj) -> PyResult<Option<Obj>> {
    let n = check_name(name)?;
    let meta = t.ty();
    let meta_attr = cache::lookup(&meta, n);
    if let Some(ma) = &meta_attr
        && is_data_descr(ma)
    {
        return descr_get(ma, Some(t), &meta).map(Some);
    }
    if let Some(a) = cache::lookup(t, n) {
        return descr_get(&a, None, t).map(Some);
    }
    match meta_attr {
        Some(ma) => descr_get(&ma, Some(t), &meta).map(Some),
        None => Ok(None),
    }
}

/// Attribute lookup on a module: its dict, then a module-level `__getattr__`.
pub fn module_getattro(m: &Obj, name: &Obj) -> PyResult<Obj> {
    let Payload::Module(md) = m.payload() else {
        return generic_getattr(m, name);
    };
    let dict = md.dict.clone();
    if let Some(x) = generic_lookup(m, name, Some(&dict))? {
        return Ok(x);
    }
    if let Some(ga) = types::dict::get_str(&dict, "__getattr__") {
        return super::call(&ga, std::slice::from_ref(name), None);
    }
    Err(no_attr(m, name))
}

/// `setattr(v, name, value)`.
pub fn setattr(v: &Obj, name: &Obj, value: &Obj) -> PyResult<()> {
    set_attr_impl(v, name, Some(value))
}

/// `delattr(v, name)`.
pub fn delattr(v: &Obj, name: &Obj) -> PyResult<()> {
    set_attr_impl(v, name, None)
}

/// `setattr(v, name, value)` with a Rust string name.
pub fn setattr_str(v: &Obj, name: &str, value: &Obj) -> PyResult<()> {
    setattr(v, &types::str::new_str(name), value)
}

fn set_attr_impl(v: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    check_name(name)?;
    let tp = v.ty();
    if type_data(&tp).heap {
        let hook = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(f) = cache::lookup(&tp, hook)
            && !is_builtin_method(&f)
        {
            let args = match value {
                Some(x) => vec![name.clone(), x.clone()],
                None => vec![name.clone()],
            };
            call_unbound(&f, v, &args, &[])?;
            return Ok(());
        }
    }
    builtin_setattr(v, name, value)
}

/// The built-in `__setattr__`/`__delattr__` (value None) for `v`'s kind.
pub fn builtin_setattr(v: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    match v.payload() {
        Payload::Type(_) => type_setattro(v, name, value),
        Payload::Module(m) => {
            let d = m.dict.clone();
            generic_setattr_with(v, name, value, Some(d))
        }
        _ => generic_setattr(v, name, value),
    }
}

/// The generic `object.__setattr__` / `object.__delattr__` (value None).
pub fn generic_setattr(v: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    generic_setattr_with(v, name, value, None)
}

fn generic_setattr_with(
    v: &Obj,
    name: &Obj,
    value: Option<&Obj>,
    dict: Option<Obj>,
) -> PyResult<()> {
    let n = check_name(name)?;
    let tp = v.ty();
    let d = cache::lookup_obj(&tp, name);
    if let Some(d) = &d
        && is_data_descr(d)
    {
        return descr_set(d, v, value);
    }
    let dict = match dict {
        Some(x) => Some(x),
        None if dict_allowed(v) => {
            if let Some(x) = value
                && types::instance::set(v, name, x.clone()).is_ok()
            {
                return Ok(());
            }
            match (v.dict(), value) {
                (Some(x), _) => Some(x),
                (None, Some(_)) => Some(types::function::ensure_dict(v)),
                (None, None) => return Err(no_attr(v, name)),
            }
        }
        None => None,
    };
    let Some(dict) = dict else {
        let msg = if d.is_some() {
            format!(
                "'{}' object attribute '{}' is read-only",
                type_name_of(v),
                n
            )
        } else {
            format!("'{}' object has no attribute '{}'", type_name_of(v), n)
        };
        return Err(attr_error(msg, v, name));
    };
    match value {
        Some(x) => types::dict::set_item(&dict, name, x.clone()),
        None => {
            if types::dict::del_item(&dict, name)? {
                Ok(())
            } else if matches!(v.payload(), Payload::Module(_)) {
                // Deleting goes through the generic protocol, whose message
                // names the type rather than the module.
                let msg = format!("'module' object has no attribute '{n}'");
                Err(attr_error(msg, v, name))
            } else {
                Err(no_attr(v, name))
            }
        }
    }
}

/// Setting or deleting an attribute of a type object.
pub fn type_setattro(t: &Obj, name: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let n = check_name(name)?;
    let td = type_data(t);
    if !td.heap {
        return type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            type_name(t)
        ));
    }
    let meta = t.ty();
    if let Some(d) = cache::lookup(&meta, n)
        && is_data_descr(&d)
    {
        let r = descr_set(&d, t, value);
        td.version.set(td.version.get() + 1);
        cache::invalidate();
        return r;
    }
    let dict = td.dict().clone();
    let r = match value {
        Some(x) => types::dict::set_item(&dict, name, x.clone()),
        None => {
            if types::dict::del_item(&dict, name)? {
                Ok(())
            } else {
                Err(no_attr(t, name))
            }
        }
    };
    td.version.set(td.version.get() + 1);
    cache::invalidate();
    r
}
