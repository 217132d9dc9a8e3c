//! Descriptor objects: `property`, `classmethod`, `staticmethod`, and the
//! getset/member descriptors that expose built-in attributes and `__slots__`
//! (all three property-like kinds share `Payload::Property`).
//!
//! `PropertyData` is immutable, so the state a property acquires after
//! creation (its name from `__set_name__`, accessors passed to an explicit
//! `property.__init__` call) lives in hidden entries of the object's header
//! dict, under keys starting with a NUL character that no attribute lookup
//! can produce. Getset and member descriptors keep `(name, owner, readonly)`
//! in `doc`; member descriptors add the slot index (`types::slots`).

use super::{PropertyData, arg, ensure_dict, none};
use crate::errors::{PyResult, attribute_error, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_getset, add_kw_methods, add_methods, extra, parse_args};
use crate::types::{self, Builtins, builtin, dict, type_data, type_name, type_name_of};
use std::cell::RefCell;

const K_FGET: &str = "\0fget";
const K_FSET: &str = "\0fset";
const K_FDEL: &str = "\0fdel";
const K_DOC: &str = "\0doc";
const K_NAME: &str = "\0name";

fn hidden(d: &Obj, key: &str) -> Option<Obj> {
    d.dict().and_then(|h| dict::get_str(&h, key))
}

fn set_hidden(d: &Obj, key: &str, v: Obj) {
    let h = ensure_dict(d);
    dict::set_str(&h, key, v);
}

fn is_none(v: &Obj) -> bool {
    matches!(v.payload(), Payload::None)
}

fn opt(v: Option<Obj>) -> Option<Obj> {
    v.filter(|x| !is_none(x))
}

fn field(d: &Obj, key: &str, base: &Option<Obj>) -> Option<Obj> {
    match hidden(d, key) {
        Some(x) => opt(Some(x)),
        None => base.clone(),
    }
}

/// The (fget, fset, fdel) of a property.
fn accessors(d: &Obj, p: &PropertyData) -> [Option<Obj>; 3] {
    if d.dict().is_none() {
        return [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    }
    [
        field(d, K_FGET, &p.fget),
        field(d, K_FSET, &p.fset),
        field(d, K_FDEL, &p.fdel),
    ]
}

/// The doc of a property.
fn doc_of(d: &Obj, p: &PropertyData) -> Option<Obj> {
    if d.dict().is_none() {
        return p.doc.clone();
    }
    field(d, K_DOC, &p.doc)
}

/// `(name, owner, readonly)` of a getset or member descriptor.
fn getset_info(p: &PropertyData) -> Option<(String, Option<Obj>, bool)> {
    let info = p.doc.as_ref()?;
    let t = types::tuple::as_slice(info)?;
    let name = types::str::as_str(t.first()?)?.to_string();
    let owner = t.get(1).cloned();
    let ro = t
        .get(2)
        .is_some_and(|x| matches!(x.payload(), Payload::Bool(true)));
    Some((name, owner, ro))
}

fn is_getset_like(d: &Obj) -> bool {
    let t = d.ty();
    let ex = extra();
    t.is(&ex.getset) || t.is(&ex.member)
}

/// The attribute name of a property-like descriptor, if known.
fn name_of(d: &Obj, p: &PropertyData) -> Option<String> {
    if is_getset_like(d) {
        return getset_info(p).map(|i| i.0);
    }
    hidden(d, K_NAME).and_then(|n| types::str::as_str(&n).map(str::to_string))
}

/// `property(fget, fset, fdel, doc)` (exact property type).
pub fn new_property(
    fget: Option<Obj>,
    fset: Option<Obj>,
    fdel: Option<Obj>,
    doc: Option<Obj>,
) -> Obj {
    Obj::new(
        &builtin().property,
        Payload::Property(Box::new(PropertyData {
            fget,
            fset,
            fdel,
            doc,
        })),
    )
}

fn info_tuple(owner: &Obj, name: &str, readonly: bool) -> Obj {
    types::tuple::new_tuple(vec![
        types::str::new_str(name),
        owner.clone(),
        types::int::new_bool(readonly),
    ])
}

/// A member descriptor for the slot `name` of `owner`, stored at `index`
/// of its instances' slot values.
pub fn new_member(owner: &Obj, name: &str, index: usize) -> Obj {
    let info = types::tuple::new_tuple(vec![
        types::str::new_str(name),
        owner.clone(),
        types::int::new_bool(false),
        Obj::from_small(index as i64),
    ]);
    Obj::new(
        &extra().member,
        Payload::Property(Box::new(PropertyData {
            fget: None,
            fset: None,
            fdel: None,
            doc: Some(info),
        })),
    )
}

/// `(name, owner, index)` of a member descriptor, after checking that
/// `inst` is an instance of the owner.
fn member_target(p: &PropertyData, inst: &Obj) -> PyResult<(String, usize)> {
    let info = p.doc.as_ref().and_then(|i| types::tuple::as_slice(i));
    let (name, owner, index) = match info {
        Some([n, o, _, i]) => (
            types::str::as_str(n).unwrap_or_default().to_string(),
            o,
            i.small_int().unwrap_or(0) as usize,
        ),
        _ => return type_error("member descriptor without a slot"),
    };
    if !types::is_instance(inst, owner) {
        return type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            type_name(owner),
            type_name_of(inst)
        ));
    }
    Ok((name, index))
}

/// A getset descriptor `name` of `owner` with built-in accessors.
pub fn new_getset_obj(
    owner: &Obj,
    name: &str,
    fget: Obj,
    fset: Option<Obj>,
    readonly_member: bool,
) -> Obj {
    Obj::new(
        &extra().getset,
        Payload::Property(Box::new(PropertyData {
            fget: Some(fget),
            fset,
            fdel: None,
            doc: Some(info_tuple(owner, name, readonly_member)),
        })),
    )
}

/// `descr.__get__(inst, owner)` for property-like descriptors.
pub fn property_get(d: &Obj, p: &PropertyData, inst: Option<&Obj>) -> PyResult<Obj> {
    let Some(inst) = inst else {
        return Ok(d.clone());
    };
    if d.ty().is(&extra().member) {
        let (name, index) = member_target(p, inst)?;
        if let Some(v) = types::slots::get(inst, index) {
            return Ok(v);
        }
        return attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name_of(inst),
            name
        ));
    }
    // A property without an instance dict (every built-in getset, most
    // Python properties) calls its getter without copying the accessors.
    if d.dict().is_none() {
        return match &p.fget {
            Some(g) => ops::call::call_positional(g, std::slice::from_ref(inst)),
            None => missing_accessor(d, p, inst, "getter"),
        };
    }
    let [fget, _, _] = accessors(d, p);
    match fget {
        Some(g) => ops::call::call_positional(&g, std::slice::from_ref(inst)),
        None => missing_accessor(d, p, inst, "getter"),
    }
}

fn missing_accessor(d: &Obj, p: &PropertyData, inst: &Obj, what: &str) -> PyResult<Obj> {
    let q = type_data(&inst.ty()).qualname.borrow().clone();
    match name_of(d, p) {
        Some(n) => attribute_error(format!("property '{n}' of '{q}' object has no {what}")),
        None => attribute_error(format!("property of '{q}' object has no {what}")),
    }
}

/// `descr.__set__(inst, value)` / `descr.__delete__(inst)` (value None).
pub fn property_set(d: &Obj, p: &PropertyData, inst: &Obj, value: Option<&Obj>) -> PyResult<()> {
    let ex = extra();
    let dt = d.ty();
    if dt.is(&ex.member) {
        let (name, index) = member_target(p, inst)?;
        let old = types::slots::set(inst, index, value.cloned());
        if value.is_none() && old.is_none() {
            return attribute_error(name);
        }
        drop(old);
        return Ok(());
    }
    if dt.is(&ex.getset) {
        let Some(f) = p.fset.clone() else {
            let (name, owner, ro) = getset_info(p).unwrap_or_default();
            if ro {
                return attribute_error("readonly attribute");
            }
            let owner = owner.as_ref().map(type_name).unwrap_or_default();
            return attribute_error(format!(
                "attribute '{name}' of '{owner}' objects is not writable"
            ));
        };
        let args = match value {
            Some(v) => vec![inst.clone(), v.clone()],
            None => vec![inst.clone()],
        };
        ops::call(&f, &args, None)?;
        return Ok(());
    }
    let [_, fset, fdel] = accessors(d, p);
    let (f, what) = match value {
        Some(_) => (fset, "setter"),
        None => (fdel, "deleter"),
    };
    let Some(f) = f else {
        missing_accessor(d, p, inst, what)?;
        return Ok(());
    };
    let args = match value {
        Some(v) => vec![inst.clone(), v.clone()],
        None => vec![inst.clone()],
    };
    ops::call(&f, &args, None)?;
    Ok(())
}

fn prop_data(v: &Obj) -> PyResult<&PropertyData> {
    match v.payload() {
        Payload::Property(p) => Ok(p),
        _ => type_error(format!(
            "descriptor requires a 'property' object but received a '{}'",
            type_name_of(v)
        )),
    }
}

/// Parses `property(fget=None, fset=None, fdel=None, doc=None)` and computes
/// the doc (taken from the getter when not given).
fn parse_property_args(
    a: &[Obj],
    kw: &Kwargs,
    exact: bool,
    slf: Option<&Obj>,
) -> PyResult<[Option<Obj>; 4]> {
    let v = parse_args("property", a, kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let mut it = v.into_iter();
    let fget = opt(it.next().flatten());
    let fset = opt(it.next().flatten());
    let fdel = opt(it.next().flatten());
    let mut doc = opt(it.next().flatten());
    if doc.is_none()
        && let Some(g) = &fget
        && let Some(d) = ops::getattr_opt(g, "__doc__")?
    {
        if exact {
            doc = opt(Some(d));
        } else if let Some(s) = slf {
            let dict = ensure_dict(s);
            dict::set_str(&dict, "__doc__", d);
        }
    }
    Ok([fget, fset, fdel, doc])
}

fn property_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    let data = if cls.is(&builtin().property) {
        let [fget, fset, fdel, doc] = parse_property_args(&a[1..], kw, true, None)?;
        PropertyData {
            fget,
            fset,
            fdel,
            doc,
        }
    } else {
        PropertyData {
            fget: None,
            fset: None,
            fdel: None,
            doc: None,
        }
    };
    Ok(Obj::new(cls, Payload::Property(Box::new(data))))
}

fn same(a: &Option<Obj>, b: &Option<Obj>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    }
}

fn property_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let p = prop_data(slf)?;
    let exact = slf.ty().is(&builtin().property);
    let [fget, fset, fdel, doc] = parse_property_args(&a[1..], kw, exact, Some(slf))?;
    let cur = accessors(slf, p);
    if same(&cur[0], &fget)
        && same(&cur[1], &fset)
        && same(&cur[2], &fdel)
        && same(&doc_of(slf, p), &doc)
    {
        return Ok(none());
    }
    for (k, v) in [(K_FGET, fget), (K_FSET, fset), (K_FDEL, fdel), (K_DOC, doc)] {
        set_hidden(slf, k, v.unwrap_or_else(none));
    }
    Ok(none())
}

fn property_get_m(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    let p = prop_data(d)?;
    let inst = a.get(1).filter(|x| !is_none(x));
    if inst.is_none() && a.get(2).is_none_or(is_none) {
        return type_error("__get__(None, None) is invalid");
    }
    property_get(d, p, inst)
}
fn property_set_m(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    property_set(d, prop_data(d)?, arg(a, 1)?, Some(arg(a, 2)?))?;
    Ok(none())
}
fn property_delete_m(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    property_set(d, prop_data(d)?, arg(a, 1)?, None)?;
    Ok(none())
}

fn property_copy(slf: &Obj, which: usize, f: &Obj) -> PyResult<Obj> {
    let p = prop_data(slf)?;
    let mut fns = accessors(slf, p);
    let old_doc = doc_of(slf, p);
    // The doc came from the old getter: let the new getter supply it.
    let getter_doc = match (&fns[0], &old_doc) {
        (Some(g), Some(d)) => ops::getattr_opt(g, "__doc__")?.is_some_and(|gd| gd.is(d)),
        _ => false,
    };
    fns[which] = opt(Some(f.clone()));
    let doc = if getter_doc && fns[0].is_some() {
        none()
    } else {
        old_doc.unwrap_or_else(none)
    };
    let [g, s, d] = fns;
    let args = [
        g.unwrap_or_else(none),
        s.unwrap_or_else(none),
        d.unwrap_or_else(none),
        doc,
    ];
    let new = ops::call(&slf.ty(), &args, None)?;
    if matches!(new.payload(), Payload::Property(_))
        && let Some(n) = hidden(slf, K_NAME)
    {
        set_hidden(&new, K_NAME, n);
    }
    Ok(new)
}
fn property_getter(a: &[Obj]) -> PyResult<Obj> {
    property_copy(arg(a, 0)?, 0, arg(a, 1)?)
}
fn property_setter(a: &[Obj]) -> PyResult<Obj> {
    property_copy(arg(a, 0)?, 1, arg(a, 1)?)
}
fn property_deleter(a: &[Obj]) -> PyResult<Obj> {
    property_copy(arg(a, 0)?, 2, arg(a, 1)?)
}
fn property_set_name(a: &[Obj]) -> PyResult<Obj> {
    if a.len() != 3 {
        return type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            a.len().saturating_sub(1)
        ));
    }
    prop_data(&a[0])?;
    set_hidden(&a[0], K_NAME, a[2].clone());
    Ok(none())
}
fn property_fget(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    let [g, _, _] = accessors(d, prop_data(d)?);
    Ok(g.unwrap_or_else(none))
}
fn property_fset(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    let [_, s, _] = accessors(d, prop_data(d)?);
    Ok(s.unwrap_or_else(none))
}
fn property_fdel(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    let [_, _, x] = accessors(d, prop_data(d)?);
    Ok(x.unwrap_or_else(none))
}
fn property_doc_get(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    Ok(doc_of(d, prop_data(d)?).unwrap_or_else(none))
}
fn property_doc_set(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    prop_data(d)?;
    set_hidden(d, K_DOC, a.get(1).cloned().unwrap_or_else(none));
    Ok(none())
}
fn is_abstract(f: &Obj) -> PyResult<bool> {
    match ops::getattr_opt(f, "__isabstractmethod__")? {
        Some(v) => ops::is_true(&v),
        None => Ok(false),
    }
}
fn property_isabstract(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    for f in accessors(d, prop_data(d)?).into_iter().flatten() {
        if is_abstract(&f)? {
            return Ok(builtin().true_.clone());
        }
    }
    Ok(builtin().false_.clone())
}

fn getset_repr(a: &[Obj]) -> PyResult<Obj> {
    let d = arg(a, 0)?;
    let p = prop_data(d)?;
    let (name, owner, _) = getset_info(p).unwrap_or_default();
    let owner = owner.as_ref().map(type_name).unwrap_or_default();
    let kind = if d.ty().is(&extra().member) {
        "member"
    } else {
        "attribute"
    };
    Ok(types::str::new_string(format!(
        "<{kind} '{name}' of '{owner}' objects>"
    )))
}

fn getset_name(a: &[Obj]) -> PyResult<Obj> {
    let (name, _, _) = getset_info(prop_data(arg(a, 0)?)?).unwrap_or_default();
    Ok(types::str::new_string(name))
}
fn getset_objclass(a: &[Obj]) -> PyResult<Obj> {
    let (_, owner, _) = getset_info(prop_data(arg(a, 0)?)?).unwrap_or_default();
    Ok(owner.unwrap_or_else(none))
}
fn getset_qualname(a: &[Obj]) -> PyResult<Obj> {
    let (name, owner, _) = getset_info(prop_data(arg(a, 0)?)?).unwrap_or_default();
    let q = owner
        .as_ref()
        .map(|o| type_data(o).qualname.borrow().clone())
        .unwrap_or_default();
    Ok(types::str::new_string(format!("{q}.{name}")))
}

// --- classmethod / staticmethod --------------------------------------------

fn wrapped(v: &Obj) -> PyResult<&RefCell<Obj>> {
    match v.payload() {
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => Ok(f),
        _ => type_error(format!(
            "descriptor requires a 'classmethod' or 'staticmethod' object but received a '{}'",
            type_name_of(v)
        )),
    }
}

fn cm_new(a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    Ok(Obj::new(cls, Payload::ClassMethod(RefCell::new(none()))))
}
fn sm_new(a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    Ok(Obj::new(cls, Payload::StaticMethod(RefCell::new(none()))))
}

/// Copies `__module__`, `__name__`, `__qualname__`, `__doc__` from the
/// wrapped callable into the wrapper's dict (CPython's `functools_wraps`).
fn wraps(wrapper: &Obj, f: &Obj) -> PyResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Some(v) = ops::getattr_opt(f, name)? {
            let d = ensure_dict(wrapper);
            types::dict::set_str(&d, name, v);
        }
    }
    Ok(())
}

fn wrapper_init(kind: &str, a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    if !kw.is_empty() {
        return type_error(format!("{kind}() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return type_error(format!(
            "{kind} expected 1 argument, got {}",
            a.len().saturating_sub(1)
        ));
    }
    let cell = wrapped(slf)?;
    let old = cell.replace(a[1].clone());
    drop(old);
    wraps(slf, &a[1])?;
    Ok(none())
}
fn cm_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    wrapper_init("classmethod", a, kw)
}
fn sm_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    wrapper_init("staticmethod", a, kw)
}

/// Binds the callable wrapped by a classmethod to `owner`.
pub fn classmethod_bind(f: &Obj, owner: &Obj) -> PyResult<Obj> {
    match f.payload() {
        Payload::Function(_) => Ok(super::new_method(f, owner)),
        _ if ops::attr::has_descr_get(f) => ops::attr::descr_get(f, Some(owner), owner),
        _ => Ok(super::new_method(f, owner)),
    }
}

fn cm_get(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let f = wrapped(slf)?.borrow().clone();
    let owner = match (a.get(1), a.get(2)) {
        (_, Some(t)) if !is_none(t) => t.clone(),
        (Some(i), _) if !is_none(i) => i.ty(),
        _ => return type_error("__get__(None, None) is invalid"),
    };
    classmethod_bind(&f, &owner)
}
fn sm_get(a: &[Obj]) -> PyResult<Obj> {
    Ok(wrapped(arg(a, 0)?)?.borrow().clone())
}
fn sm_call(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let f = wrapped(arg(a, 0)?)?.borrow().clone();
    ops::call_kw(&f, &a[1..], kw)
}
fn wrapper_func(a: &[Obj]) -> PyResult<Obj> {
    Ok(wrapped(arg(a, 0)?)?.borrow().clone())
}
fn wrapper_isabstract(a: &[Obj]) -> PyResult<Obj> {
    let f = wrapped(arg(a, 0)?)?.borrow().clone();
    Ok(types::int::new_bool(is_abstract(&f)?))
}
fn wrapper_repr(a: &[Obj]) -> PyResult<Obj> {
    let slf = arg(a, 0)?;
    let f = wrapped(slf)?.borrow().clone();
    let kind = if matches!(slf.payload(), Payload::ClassMethod(_)) {
        "classmethod"
    } else {
        "staticmethod"
    };
    Ok(types::str::new_string(format!(
        "<{}({})>",
        kind,
        ops::repr_string(&f)?
    )))
}

/// Wraps `f` in a new classmethod (used for `__init_subclass__`).
pub fn new_classmethod(f: &Obj) -> Obj {
    let cm = Obj::new(
        &builtin().classmethod,
        Payload::ClassMethod(RefCell::new(f.clone())),
    );
    let _ = wraps(&cm, f);
    cm
}

/// Wraps `f` in a new staticmethod (used for `__new__`).
pub fn new_staticmethod(f: &Obj) -> Obj {
    let sm = Obj::new(
        &builtin().staticmethod,
        Payload::StaticMethod(RefCell::new(f.clone())),
    );
    let _ = wraps(&sm, f);
    sm
}

pub fn init_methods(b: &Builtins) {
    let p = &b.property;
    add_kw_methods(p, &[("__new__", property_new), ("__init__", property_init)]);
    add_methods(
        p,
        &[
            ("__get__", property_get_m),
            ("__set__", property_set_m),
            ("__delete__", property_delete_m),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__set_name__", property_set_name),
        ],
    );
    add_getset(p, "fget", property_fget, None);
    add_getset(p, "fset", property_fset, None);
    add_getset(p, "fdel", property_fdel, None);
    add_getset(p, "__doc__", property_doc_get, Some(property_doc_set));
    add_getset(p, "__isabstractmethod__", property_isabstract, None);

    let ex = extra();
    for t in [&ex.getset, &ex.member] {
        add_methods(
            t,
            &[
                ("__repr__", getset_repr),
                ("__get__", property_get_m),
                ("__set__", property_set_m),
                ("__delete__", property_delete_m),
            ],
        );
        add_getset(t, "__name__", getset_name, None);
        add_getset(t, "__qualname__", getset_qualname, None);
        add_getset(t, "__objclass__", getset_objclass, None);
    }

    for (t, new, init) in [
        (
            &b.classmethod,
            cm_new as fn(&[Obj], &Kwargs) -> PyResult<Obj>,
            cm_init as fn(&[Obj], &Kwargs) -> PyResult<Obj>,
        ),
        (&b.staticmethod, sm_new, sm_init),
    ] {
        add_kw_methods(t, &[("__new__", new), ("__init__", init)]);
        add_methods(t, &[("__repr__", wrapper_repr)]);
        add_getset(t, "__func__", wrapper_func, None);
        add_getset(t, "__wrapped__", wrapper_func, None);
        add_getset(t, "__isabstractmethod__", wrapper_isabstract, None);
        add_getset(
            t,
            "__dict__",
            super::instance_dict_get,
            Some(super::instance_dict_set),
        );
    }
    add_methods(&b.classmethod, &[("__get__", cm_get)]);
    add_methods(&b.staticmethod, &[("__get__", sm_get)]);
    add_kw_methods(&b.staticmethod, &[("__call__", sm_call)]);
}
