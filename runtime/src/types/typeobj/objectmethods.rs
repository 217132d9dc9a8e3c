//! The `object` type's methods: `__new__`/`__init__` (with CPython's
//! excess-argument rules), `__repr__`/`__str__`/`__format__`, `__hash__`,
//! the default rich comparisons, `__getattribute__`/`__setattr__`/
//! `__delattr__`, `__init_subclass__`, `__subclasshook__`, `__dir__` and the
//! `__class__` attribute.

use super::newclass::{is_object_slot, object_new_instance};
use super::{add_classmethod, add_getset, add_kw_methods, add_methods};
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::{self, Builtins, builtin, dict, type_data, type_name, type_name_of};

fn arg(a: &[Obj], i: usize) -> PyResult<&Obj> {
    match a.get(i) {
        Some(x) => Ok(x),
        None => type_error("expected an argument"),
    }
}

fn none() -> Obj {
    builtin().none.clone()
}

fn object_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    object_new_instance(cls, a.len() > 1 || !kw.is_empty())
}

fn object_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    if a.len() > 1 || !kw.is_empty() {
        let tp = slf.ty();
        let init_overridden = ops::attr::cache::lookup(&tp, "__init__")
            .is_some_and(|i| !is_object_slot(&i, "__init__"));
        if init_overridden {
            return type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
        }
        let new_default =
            ops::attr::cache::lookup(&tp, "__new__").is_none_or(|n| is_object_slot(&n, "__new__"));
        if new_default {
            return type_error(format!("{}() takes no arguments", type_name(&tp)));
        }
    }
    Ok(none())
}

fn object_repr(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::str::new_string(ops::object::default_repr(arg(
        a, 0,
    )?)))
}

/// `object.__str__`: the type's `__repr__`, unchecked (the caller of
/// `__str__` checks the result type, as CPython's `PyObject_Str` does).
fn object_str(a: &[Obj]) -> PyResult<Obj> {
    let v = arg(a, 0)?;
    match ops::call::call_special(v, "__repr__", &[])? {
        Some(r) => Ok(r),
        None => Ok(types::str::new_string(ops::object::default_repr(v))),
    }
}

fn object_format(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let spec = arg(a, 1)?;
    let Some(s) = types::str::as_str(spec) else {
        return type_error(format!(
            "__format__() argument must be str, not {}",
            type_name_of(spec)
        ));
    };
    if !s.is_empty() {
        return type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name_of(slf)
        ));
    }
    ops::str_(slf)
}

fn object_hash(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::int::new_int(ops::object::hash_pointer(arg(a, 0)?)))
}

fn object_eq(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = (arg(a, 0)?, arg(a, 1)?);
    if x.is(y) {
        Ok(builtin().true_.clone())
    } else {
        Ok(builtin().not_implemented.clone())
    }
}

fn object_ne(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = (arg(a, 0)?, arg(a, 1)?);
    let r = match types::lookup_special(x, "__eq__") {
        Some(f) => ops::call::call_unbound(&f, x, std::slice::from_ref(y), &[])?,
        None => return Ok(builtin().not_implemented.clone()),
    };
    if matches!(r.payload(), Payload::NotImplemented) {
        return Ok(r);
    }
    Ok(types::int::new_bool(!ops::is_true(&r)?))
}

fn object_notimpl(_a: &[Obj]) -> PyResult<Obj> {
    Ok(builtin().not_implemented.clone())
}

fn name_arg(a: &[Obj]) -> PyResult<&Obj> {
    let n = arg(a, 1)?;
    if !matches!(n.payload(), Payload::Str(_)) {
        return type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(n)
        ));
    }
    Ok(n)
}

fn object_getattribute(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let n = name_arg(a)?;
    match slf.payload() {
        Payload::Module(_) => ops::attr::module_getattro(slf, n),
        _ => ops::attr::generic_getattr(slf, n),
    }
}

fn object_setattr(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let n = name_arg(a)?;
    let v = arg(a, 2)?;
    if matches!(slf.payload(), Payload::Type(_)) {
        return type_error("can't apply this __setattr__ to type object");
    }
    ops::attr::builtin_setattr(slf, n, Some(v))?;
    Ok(none())
}

fn object_delattr(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let n = name_arg(a)?;
    if matches!(slf.payload(), Payload::Type(_)) {
        return type_error("can't apply this __delattr__ to type object");
    }
    ops::attr::builtin_setattr(slf, n, None)?;
    Ok(none())
}

fn object_init_subclass(a: &[Obj]) -> PyResult<Obj> {
    if a.len() > 1 {
        let cls = arg(a, 0)?;
        return type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            type_data(cls).qualname.borrow(),
            a.len() - 1
        ));
    }
    Ok(none())
}

fn object_subclasshook(_a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    Ok(builtin().not_implemented.clone())
}

fn object_dir(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let mut add = |k: Obj, out: &mut Vec<Obj>| {
        if let Some(s) = types::str::as_str(&k)
            && seen.insert(s.to_string())
        {
            out.push(k.clone());
        }
    };
    if let Some(d) = ops::getattr_opt(slf, "__dict__")?
        && matches!(d.payload(), Payload::Dict(_))
    {
        for (k, _) in dict::items(&d) {
            add(k, &mut out);
        }
    }
    if let Some(c) = ops::getattr_opt(slf, "__class__")?
        && matches!(c.payload(), Payload::Type(_))
    {
        for k in super::type_dir_names(&c) {
            add(k, &mut out);
        }
    }
    Ok(types::list::new_list(out))
}

fn class_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(arg(a, 0)?.ty())
}

fn class_set(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let Some(new) = a.get(1) else {
        return type_error("can't delete __class__ attribute");
    };
    if !matches!(new.payload(), Payload::Type(_)) {
        return type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name_of(new)
        ));
    }
    let old = slf.ty();
    let (od, nd) = (type_data(&old), type_data(new));
    let module_ok = matches!(slf.payload(), Payload::Module(_))
        && matches!(nd.layout, crate::types::Layout::Module);
    if !(module_ok || (od.heap && nd.heap)) {
        return type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        );
    }
    let compatible = od.layout == nd.layout
        && ops::attr::slots_restricted(&old) == ops::attr::slots_restricted(new)
        && *od.slots.borrow() == *nd.slots.borrow();
    if !compatible {
        return type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            type_name(new),
            type_name(&old)
        ));
    }
    // Inline values are laid out by the old class's keys.
    types::instance::materialize(slf);
    if let Some(h) = slf.heap() {
        let prev = h.ty.replace(new.clone().into_word());
        drop(Obj::from_word(prev));
    }
    Ok(none())
}

pub fn init_methods(b: &Builtins) {
    let o = &b.object;
    add_kw_methods(o, &[("__new__", object_new), ("__init__", object_init)]);
    add_methods(
        o,
        &[
            ("__repr__", object_repr),
            ("__hash__", object_hash),
            ("__str__", object_str),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__lt__", object_notimpl),
            ("__le__", object_notimpl),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__gt__", object_notimpl),
            ("__ge__", object_notimpl),
            ("__format__", object_format),
            ("__dir__", object_dir),
        ],
    );
    add_classmethod(
        o,
        "__init_subclass__",
        BuiltinImpl::Pos(object_init_subclass),
    );
    add_classmethod(o, "__subclasshook__", BuiltinImpl::Kw(object_subclasshook));
    add_getset(o, "__class__", class_get, Some(class_set));
    dict::set_str(
        type_data(o).dict(),
        "__doc__",
        types::str::new_str(
            "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
        ),
    );
}
