//! `super` objects: `super(type, obj)` construction (the zero-argument form
//! is resolved by compiled code, which calls `new_super`), attribute lookup
//! starting after `type` in the MRO of `obj`'s type, and binding.

use super::{arg, none};
use crate::errors::{PyResult, attribute_error, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_getset, add_kw_methods, add_methods};
use crate::types::{self, Builtins, builtin, is_subtype, type_data, type_name, type_name_of};

fn is_type(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Type(_))
}

/// The type whose MRO a `super(ty, obj)` searches (CPython's `supercheck`).
pub fn supercheck(ty: &Obj, obj: &Obj) -> PyResult<Obj> {
    if is_type(obj) && is_subtype(obj, ty) {
        return Ok(obj.clone());
    }
    let ot = obj.ty();
    if is_subtype(&ot, ty) {
        return Ok(ot);
    }
    if let Some(c) = ops::getattr_opt(obj, "__class__")?
        && is_type(&c)
        && !c.is(&ot)
        && is_subtype(&c, ty)
    {
        return Ok(c);
    }
    type_error("super(type, obj): obj must be an instance or subtype of type")
}

/// `super(ty, obj)`.
pub fn new_super(ty: &Obj, obj: &Obj) -> PyResult<Obj> {
    new_super_of(&builtin().super_, ty, Some(obj))
}

fn new_super_of(cls: &Obj, ty: &Obj, obj: Option<&Obj>) -> PyResult<Obj> {
    if !is_type(ty) {
        return type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name_of(ty)
        ));
    }
    let obj = match obj {
        Some(o) if !matches!(o.payload(), Payload::None) => {
            supercheck(ty, o)?;
            o.clone()
        }
        _ => none(),
    };
    Ok(Obj::new(cls, Payload::Super(ty.clone(), obj)))
}

fn parts(v: &Obj) -> PyResult<(Obj, Obj)> {
    match v.payload() {
        Payload::Super(t, o) => Ok((t.clone(), o.clone())),
        _ => type_error(format!(
            "descriptor requires a 'super' object but received a '{}'",
            type_name_of(v)
        )),
    }
}

/// The (type, obj, obj_type) of a super object; obj_type None when unbound.
fn resolve(v: &Obj) -> PyResult<(Obj, Option<Obj>, Option<Obj>)> {
    let (t, o) = parts(v)?;
    if matches!(o.payload(), Payload::None) {
        return Ok((t, None, None));
    }
    let ot = supercheck(&t, &o)?;
    Ok((t, Some(o), Some(ot)))
}

/// Attribute lookup on a super object.
pub fn super_getattro(su: &Obj, name: &Obj) -> PyResult<Obj> {
    let n = types::str::as_str(name).unwrap_or_default();
    if n != "__class__" {
        let (ty, obj, start) = resolve(su)?;
        if let (Some(obj), Some(start)) = (obj, start) {
            let mro: Vec<Obj> = type_data(&start).mro.borrow().clone();
            if let Some(i) = mro.iter().position(|t| t.is(&ty)) {
                for t in &mro[i + 1..] {
                    if let Some(res) = types::dict::get_str(type_data(t).dict(), n) {
                        let inst = if obj.is(&start) { None } else { Some(&obj) };
                        return ops::attr::descr_get(&res, inst, &start);
                    }
                }
            }
        }
    }
    match ops::attr::generic_getattr_opt(su, name)? {
        Some(v) => Ok(v),
        None => attribute_error(format!("'super' object has no attribute '{n}'")),
    }
}

fn super_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    if !kw.is_empty() {
        return type_error("super() takes no keyword arguments");
    }
    match a.len() {
        1 => {
            let (t, o) = zero_arg_super()?;
            new_super_of(cls, &t, Some(&o))
        }
        2 => new_super_of(cls, &a[1], None),
        3 => new_super_of(cls, &a[1], Some(&a[2])),
        n => type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            n - 1
        )),
    }
}
/// `super()` without arguments: the `__class__` cell and first argument of
/// the calling function.
fn zero_arg_super() -> PyResult<(Obj, Obj)> {
    crate::eval::zero_arg_super()
}

fn super_init(_a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    Ok(none())
}
fn super_repr(a: &[Obj]) -> PyResult<Obj> {
    let (t, _, ot) = resolve(arg(a, 0)?)?;
    let tn = type_data(&t).name.borrow().clone();
    Ok(types::str::new_string(match ot {
        Some(ot) => format!("<super: <class '{}'>, <{} object>>", tn, type_name(&ot)),
        None => format!("<super: <class '{tn}'>, NULL>"),
    }))
}
fn super_get(a: &[Obj]) -> PyResult<Obj> {
    let su = arg(a, 0)?;
    let (t, o) = parts(su)?;
    match a.get(1) {
        Some(obj)
            if !matches!(obj.payload(), Payload::None) && matches!(o.payload(), Payload::None) =>
        {
            new_super_of(&su.ty(), &t, Some(obj))
        }
        _ => Ok(su.clone()),
    }
}
fn super_getattribute(a: &[Obj]) -> PyResult<Obj> {
    super_getattro(arg(a, 0)?, arg(a, 1)?)
}
fn thisclass(a: &[Obj]) -> PyResult<Obj> {
    Ok(parts(arg(a, 0)?)?.0)
}
fn self_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(parts(arg(a, 0)?)?.1)
}
fn self_class(a: &[Obj]) -> PyResult<Obj> {
    Ok(resolve(arg(a, 0)?)?.2.unwrap_or_else(none))
}

pub fn init_methods(b: &Builtins) {
    let s = &b.super_;
    add_kw_methods(s, &[("__new__", super_new), ("__init__", super_init)]);
    add_methods(
        s,
        &[
            ("__repr__", super_repr),
            ("__get__", super_get),
            ("__getattribute__", super_getattribute),
        ],
    );
    add_getset(s, "__thisclass__", thisclass, None);
    add_getset(s, "__self__", self_get, None);
    add_getset(s, "__self_class__", self_class, None);
}
