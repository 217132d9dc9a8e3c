//! Introspection built-ins: `len`, `repr`, `ascii`, `hash`, `id`,
//! `isinstance`/`issubclass` (with `__instancecheck__`/`__subclasscheck__`,
//! tuples and unions), `callable`, `getattr`/`setattr`/`hasattr`/`delattr`,
//! `format`, `vars`, `dir`, `globals`, `locals`.

use super::{check_count, exactly_one};
use crate::errors::{Exc, PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, builtin, dict, is_subtype, type_data};
use num_bigint::BigInt;

fn none() -> Obj {
    builtin().none.clone()
}

/// The globals of the innermost running frame.
fn current_globals() -> Option<Obj> {
    crate::eval::current_globals()
}

/// The locals mapping of the innermost running frame.
/// What `locals()` returns: a function's variables when it keeps them in
/// its frame, the namespace of module code and class bodies, and an empty
/// dict for other function frames (their locals live only in registers).
pub(crate) fn current_locals() -> Option<Obj> {
    if let Some(l) = crate::eval::current_fast_locals() {
        return Some(l);
    }
    match crate::eval::current_locals() {
        Some(l) => Some(l),
        None => crate::eval::current_globals().map(|_| dict::new_dict()),
    }
}

pub fn len(a: &[Obj]) -> PyResult<Obj> {
    let v = exactly_one("len", a)?;
    Ok(types::int::new_int(ops::len(v)? as i64))
}

pub fn repr(a: &[Obj]) -> PyResult<Obj> {
    ops::repr(exactly_one("repr", a)?)
}

pub fn ascii(a: &[Obj]) -> PyResult<Obj> {
    ops::ascii(exactly_one("ascii", a)?)
}

pub fn hash(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::int::new_int(ops::hash(exactly_one("hash", a)?)?))
}

pub fn id(a: &[Obj]) -> PyResult<Obj> {
    let v = exactly_one("id", a)?;
    Ok(types::int::new_bigint(BigInt::from(v.word())))
}

pub fn callable(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::int::new_bool(ops::call::is_callable(exactly_one(
        "callable", a,
    )?)))
}

fn is_type(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Type(_))
}

/// Does `__class__` of `inst` differ from its type (a proxy object)? Returns
/// the claimed class in that case.
fn claimed_class(inst: &Obj) -> PyResult<Option<Obj>> {
    let tp = inst.ty();
    // Built-in types all inherit object's `__class__` and cannot change.
    if !type_data(&tp).heap {
        return Ok(None);
    }
    // Both lookups cached: `isinstance` asks this of every instance of a
    // user class it does not match exactly.
    let standard = ops::attr::cache::lookup(&tp, "__class__").is_some_and(|d| {
        ops::attr::cache::lookup(&builtin().object, "__class__").is_some_and(|o| o.is(&d))
    });
    if standard {
        return Ok(None);
    }
    match ops::getattr_opt(inst, "__class__")? {
        Some(c) if !c.is(&tp) => Ok(Some(c)),
        _ => Ok(None),
    }
}

/// The `__bases__` of a class-like object, if it has a tuple of them.
fn abstract_bases(v: &Obj) -> PyResult<Option<Vec<Obj>>> {
    if is_type(v) {
        return Ok(Some(type_data(v).bases.borrow().clone()));
    }
    match ops::getattr_opt(v, "__bases__")? {
        Some(b) => Ok(types::tuple::as_slice(&b).map(|s| s.to_vec())),
        None => Ok(None),
    }
}

fn abstract_issubclass(derived: &Obj, cls: &Obj) -> PyResult<bool> {
    let mut d = derived.clone();
    loop {
        if d.is(cls) {
            return Ok(true);
        }
        let Some(bases) = abstract_bases(&d)? else {
            return Ok(false);
        };
        match bases.len() {
            0 => return Ok(false),
            1 => d = bases[0].clone(),
            _ => {
                for b in &bases {
                    if abstract_issubclass(b, cls)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

fn object_isinstance(inst: &Obj, cls: &Obj) -> PyResult<bool> {
    if is_type(cls) {
        return type_isinstance(inst, cls);
    }
    if abstract_bases(cls)?.is_none() {
        return type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    match ops::getattr_opt(inst, "__class__")? {
        Some(c) => abstract_issubclass(&c, cls),
        None => Ok(false),
    }
}

/// `isinstance(inst, cls)` for a type `cls` (CPython's `object_isinstance`
/// after `PyType_Check`): `cls` on the MRO of `inst`'s type, else on the
/// MRO of a different `__class__` the instance claims. An instance of a
/// built-in type claims none, so a miss costs one walk of a short MRO.
fn type_isinstance(inst: &Obj, cls: &Obj) -> PyResult<bool> {
    let tw = inst.ty_word();
    let td = type_data(Obj::borrow(&tw));
    if tw == cls.word() || td.mro.borrow().iter().any(|t| t.is(cls)) {
        return Ok(true);
    }
    if !td.heap {
        return Ok(false);
    }
    Ok(match claimed_class(inst)? {
        Some(c) if is_type(&c) => is_subtype(&c, cls),
        _ => false,
    })
}

/// `isinstance(inst, cls)` with CPython's full protocol.
pub fn is_instance(inst: &Obj, cls: &Obj) -> PyResult<bool> {
    let tcls = cls.ty_word();
    // A class whose metaclass is exactly `type` has `type.__instancecheck__`
    // (CPython's `PyType_CheckExact` shortcut).
    if tcls == builtin().type_.word() {
        return type_isinstance(inst, cls);
    }
    if inst.ty_word() == cls.word() {
        return Ok(true);
    }
    // (A tuple is never a union: asked first, as it is the common one.)
    if let Some(items) = types::tuple::as_slice(cls) {
        for t in items {
            if is_instance(inst, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if types::typeobj::is_union(cls) {
        for t in types::typeobj::union_args(cls) {
            if is_instance(inst, &t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(chk) = types::lookup_special(cls, "__instancecheck__") {
        let r = ops::call::call_unbound(&chk, cls, std::slice::from_ref(inst), &[])?;
        return ops::is_true(&r);
    }
    object_isinstance(inst, cls)
}

fn recursive_issubclass(derived: &Obj, cls: &Obj) -> PyResult<bool> {
    if is_type(cls) && is_type(derived) {
        return Ok(is_subtype(derived, cls));
    }
    if abstract_bases(derived)?.is_none() {
        return type_error("issubclass() arg 1 must be a class");
    }
    if !types::typeobj::is_union(cls) && abstract_bases(cls)?.is_none() {
        return type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    abstract_issubclass(derived, cls)
}

/// `issubclass(derived, cls)` with CPython's full protocol.
pub fn is_subclass(derived: &Obj, cls: &Obj) -> PyResult<bool> {
    if cls.ty().is(&builtin().type_) {
        if derived.is(cls) {
            return Ok(true);
        }
        return recursive_issubclass(derived, cls);
    }
    if types::typeobj::is_union(cls) {
        for t in types::typeobj::union_args(cls) {
            if is_subclass(derived, &t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(items) = types::tuple::as_slice(cls) {
        for t in items {
            if is_subclass(derived, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(chk) = types::lookup_special(cls, "__subclasscheck__") {
        let r = ops::call::call_unbound(&chk, cls, std::slice::from_ref(derived), &[])?;
        return ops::is_true(&r);
    }
    recursive_issubclass(derived, cls)
}

pub fn isinstance(a: &[Obj]) -> PyResult<Obj> {
    check_count("isinstance", a.len(), 2, 2)?;
    Ok(types::int::new_bool(is_instance(&a[0], &a[1])?))
}

pub fn issubclass(a: &[Obj]) -> PyResult<Obj> {
    check_count("issubclass", a.len(), 2, 2)?;
    Ok(types::int::new_bool(is_subclass(&a[0], &a[1])?))
}

pub fn getattr(a: &[Obj]) -> PyResult<Obj> {
    check_count("getattr", a.len(), 2, 3)?;
    match a.get(2) {
        None => ops::getattr(&a[0], &a[1]),
        Some(default) => match ops::getattr(&a[0], &a[1]) {
            Err(e) if e.matches(Exc::AttributeError) => Ok(default.clone()),
            r => r,
        },
    }
}

pub fn hasattr(a: &[Obj]) -> PyResult<Obj> {
    check_count("hasattr", a.len(), 2, 2)?;
    Ok(types::int::new_bool(
        ops::attr::getattr_obj_opt(&a[0], &a[1])?.is_some(),
    ))
}

pub fn setattr(a: &[Obj]) -> PyResult<Obj> {
    check_count("setattr", a.len(), 3, 3)?;
    ops::setattr(&a[0], &a[1], &a[2])?;
    Ok(none())
}

pub fn delattr(a: &[Obj]) -> PyResult<Obj> {
    check_count("delattr", a.len(), 2, 2)?;
    ops::delattr(&a[0], &a[1])?;
    Ok(none())
}

pub fn format(a: &[Obj]) -> PyResult<Obj> {
    check_count("format", a.len(), 1, 2)?;
    match a.get(1) {
        Some(spec) => ops::format(&a[0], spec),
        None => ops::format(&a[0], &builtin().empty_str),
    }
}

pub fn vars(a: &[Obj]) -> PyResult<Obj> {
    check_count("vars", a.len(), 0, 1)?;
    let Some(v) = a.first() else {
        return match current_locals() {
            Some(l) => Ok(l),
            None => crate::errors::raise(Exc::SystemError, "vars(): no current frame"),
        };
    };
    match ops::getattr_opt(v, "__dict__")? {
        Some(d) => Ok(d),
        None => type_error("vars() argument must have __dict__ attribute"),
    }
}

fn sorted_list(mut items: Vec<Obj>) -> PyResult<Obj> {
    types::list::sort_vec(&mut items, None, false)?;
    Ok(types::list::new_list(items))
}

pub fn dir(a: &[Obj]) -> PyResult<Obj> {
    check_count("dir", a.len(), 0, 1)?;
    let Some(v) = a.first() else {
        let keys = match current_locals() {
            Some(l) => ops::iterate(&l)?,
            None => Vec::new(),
        };
        return sorted_list(keys);
    };
    let r = match types::lookup_special(v, "__dir__") {
        Some(f) => ops::call::call_unbound(&f, v, &[], &[])?,
        None => return type_error("object does not provide __dir__"),
    };
    sorted_list(ops::iterate(&r)?)
}

fn no_args(name: &str, a: &[Obj]) -> PyResult<()> {
    if a.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no arguments ({} given)", a.len()))
    }
}

pub fn globals(a: &[Obj]) -> PyResult<Obj> {
    no_args("globals", a)?;
    match current_globals() {
        Some(g) => Ok(g),
        None => crate::errors::raise(Exc::SystemError, "globals(): no current frame"),
    }
}

pub fn locals(a: &[Obj]) -> PyResult<Obj> {
    no_args("locals", a)?;
    match current_locals() {
        Some(l) => Ok(l),
        None => crate::errors::raise(Exc::SystemError, "locals(): no current frame"),
    }
}
