//! Small built-in types: `mappingproxy` (read-only view of a type's dict),
//! `types.GenericAlias` (`list[int]`), `types.UnionType` (`int | None`),
//! and the methods of the `None`/`NotImplemented`/`Ellipsis` singletons.

use super::{add_default_methods, add_kw_methods, add_methods, extra, set_default};
use crate::errors::{Exc, PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::Kwargs;
use crate::types::{self, Builtins, builtin, dict, type_data, type_name_of};

fn arg(a: &[Obj], i: usize) -> PyResult<&Obj> {
    match a.get(i) {
        Some(x) => Ok(x),
        None => type_error("expected an argument"),
    }
}

// --- mappingproxy ----------------------------------------------------------

/// A read-only view of `mapping`.
pub fn new_mappingproxy(mapping: &Obj) -> Obj {
    Obj::new(
        &builtin().mappingproxy,
        Payload::MappingProxy(mapping.clone()),
    )
}

fn mp(a: &[Obj]) -> PyResult<Obj> {
    match arg(a, 0)?.payload() {
        Payload::MappingProxy(m) => Ok(m.clone()),
        _ => type_error("descriptor requires a 'mappingproxy' object"),
    }
}

fn mp_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    let v = super::parse_args("mappingproxy", &a[1..], kw, &["mapping"], 1)?;
    let m = v
        .into_iter()
        .next()
        .flatten()
        .unwrap_or_else(|| builtin().none.clone());
    let is_mapping = types::lookup_special(&m, "__getitem__").is_some()
        && !matches!(m.payload(), Payload::List(_) | Payload::Tuple(_));
    if !is_mapping {
        return type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            type_name_of(&m)
        ));
    }
    Ok(Obj::new(cls, Payload::MappingProxy(m)))
}
fn mp_getitem(a: &[Obj]) -> PyResult<Obj> {
    ops::getitem(&mp(a)?, arg(a, 1)?)
}
fn mp_len(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::int::new_int(ops::len(&mp(a)?)? as i64))
}
fn mp_iter(a: &[Obj]) -> PyResult<Obj> {
    ops::get_iter(&mp(a)?)
}
fn mp_contains(a: &[Obj]) -> PyResult<Obj> {
    Ok(types::int::new_bool(ops::contains(&mp(a)?, arg(a, 1)?)?))
}
fn mp_keys(a: &[Obj]) -> PyResult<Obj> {
    ops::call_method(&mp(a)?, "keys", &[])
}
fn mp_values(a: &[Obj]) -> PyResult<Obj> {
    ops::call_method(&mp(a)?, "values", &[])
}
fn mp_items(a: &[Obj]) -> PyResult<Obj> {
    ops::call_method(&mp(a)?, "items", &[])
}
fn mp_copy(a: &[Obj]) -> PyResult<Obj> {
    ops::call_method(&mp(a)?, "copy", &[])
}
fn mp_get(a: &[Obj]) -> PyResult<Obj> {
    let m = mp(a)?;
    if a.len() < 2 || a.len() > 3 {
        return type_error(format!(
            "get expected at least 1 argument, got {}",
            a.len().saturating_sub(1)
        ));
    }
    ops::call_method(&m, "get", &a[1..])
}
fn mp_repr(a: &[Obj]) -> PyResult<Obj> {
    let m = mp(a)?;
    Ok(types::str::new_string(format!(
        "mappingproxy({})",
        ops::repr_string(&m)?
    )))
}
fn mp_str(a: &[Obj]) -> PyResult<Obj> {
    ops::str_(&mp(a)?)
}
fn mp_eq(a: &[Obj]) -> PyResult<Obj> {
    ops::rich_compare(&mp(a)?, arg(a, 1)?, crate::abi::CMP_EQ)
}
fn mp_ne(a: &[Obj]) -> PyResult<Obj> {
    ops::rich_compare(&mp(a)?, arg(a, 1)?, crate::abi::CMP_NE)
}

// --- generic aliases and unions ---------------------------------------------

fn instance_with(ty: &Obj, attrs: &[(&str, Obj)]) -> Obj {
    let o = Obj::new_instance(ty);
    let d = dict::new_dict();
    for (k, v) in attrs {
        dict::set_str(&d, k, v.clone());
    }
    o.set_dict(Some(d));
    o
}

fn attr_of(v: &Obj, name: &str) -> Option<Obj> {
    v.dict().and_then(|d| dict::get_str(&d, name))
}

/// `origin[key]` as a `types.GenericAlias`.
pub fn new_generic_alias(origin: &Obj, key: &Obj) -> Obj {
    let args = if matches!(key.payload(), Payload::Tuple(_)) && key.ty().is(&builtin().tuple) {
        key.clone()
    } else {
        types::tuple::new_tuple(vec![key.clone()])
    };
    instance_with(
        &extra().generic_alias,
        &[
            ("__origin__", origin.clone()),
            ("__args__", args),
            ("__parameters__", builtin().empty_tuple.clone()),
        ],
    )
}

/// Is `v` a `types.GenericAlias`?
pub fn is_generic_alias(v: &Obj) -> bool {
    v.ty().is(&extra().generic_alias)
}

/// Is `v` a `types.UnionType`?
pub fn is_union(v: &Obj) -> bool {
    v.ty().is(&extra().union)
}

/// The member types of a union.
pub fn union_args(v: &Obj) -> Vec<Obj> {
    attr_of(v, "__args__")
        .and_then(|t| types::tuple::as_slice(&t).map(|s| s.to_vec()))
        .unwrap_or_default()
}

/// How a type-like object appears inside `list[...]` or `int | ...`.
fn repr_item(p: &Obj) -> PyResult<String> {
    if matches!(p.payload(), Payload::Ellipsis) {
        return Ok("...".to_string());
    }
    if is_generic_alias(p) || is_union(p) {
        return ops::repr_string(p);
    }
    if let Some(q) = ops::getattr_opt(p, "__qualname__")? {
        match ops::getattr_opt(p, "__module__")? {
            Some(m) if !matches!(m.payload(), Payload::None) => {
                if types::str::as_str(&m) == Some("builtins") {
                    return ops::str_string(&q);
                }
                return Ok(format!("{}.{}", ops::str_string(&m)?, ops::str_string(&q)?));
            }
            _ => {}
        }
    }
    ops::repr_string(p)
}

fn ga_repr(a: &[Obj]) -> PyResult<Obj> {
    let g = arg(a, 0)?;
    let origin = attr_of(g, "__origin__").unwrap_or_else(|| builtin().none.clone());
    let args = attr_of(g, "__args__")
        .and_then(|t| types::tuple::as_slice(&t).map(|s| s.to_vec()))
        .unwrap_or_default();
    let mut s = repr_item(&origin)?;
    s.push('[');
    if args.is_empty() {
        s.push_str("()");
    }
    for (i, x) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Payload::List(l) = x.payload() {
            let items = l.borrow().clone();
            let parts: PyResult<Vec<String>> = items.iter().map(repr_item).collect();
            s.push('[');
            s.push_str(&parts?.join(", "));
            s.push(']');
        } else {
            s.push_str(&repr_item(x)?);
        }
    }
    s.push(']');
    Ok(types::str::new_string(s))
}
fn ga_eq(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = (arg(a, 0)?, arg(a, 1)?);
    if !is_generic_alias(y) {
        return Ok(builtin().not_implemented.clone());
    }
    let none = builtin().none.clone();
    let eq = ops::eq(
        &attr_of(x, "__origin__").unwrap_or_else(|| none.clone()),
        &attr_of(y, "__origin__").unwrap_or_else(|| none.clone()),
    )? && ops::eq(
        &attr_of(x, "__args__").unwrap_or_else(|| none.clone()),
        &attr_of(y, "__args__").unwrap_or(none),
    )?;
    Ok(types::int::new_bool(eq))
}
fn ga_hash(a: &[Obj]) -> PyResult<Obj> {
    let g = arg(a, 0)?;
    let none = builtin().none.clone();
    let h = ops::hash(&attr_of(g, "__origin__").unwrap_or_else(|| none.clone()))?
        ^ ops::hash(&attr_of(g, "__args__").unwrap_or(none))?;
    Ok(types::int::new_int(if h == -1 { -2 } else { h }))
}
fn ga_call(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let g = arg(a, 0)?;
    let origin = attr_of(g, "__origin__").unwrap_or_else(|| builtin().none.clone());
    let r = ops::call_kw(&origin, &a[1..], kw)?;
    match ops::attr::setattr_str(&r, "__orig_class__", g) {
        Err(e) if !e.matches(Exc::AttributeError) && !e.matches(Exc::TypeError) => Err(e),
        _ => Ok(r),
    }
}
fn ga_mro_entries(a: &[Obj]) -> PyResult<Obj> {
    let g = arg(a, 0)?;
    let origin = attr_of(g, "__origin__").unwrap_or_else(|| builtin().none.clone());
    Ok(types::tuple::new_tuple(vec![origin]))
}
fn ga_getattr(a: &[Obj]) -> PyResult<Obj> {
    let g = arg(a, 0)?;
    let name = arg(a, 1)?;
    let n = types::str::as_str(name).unwrap_or_default();
    if !n.starts_with("__") {
        let origin = attr_of(g, "__origin__").unwrap_or_else(|| builtin().none.clone());
        return ops::getattr(&origin, name);
    }
    Err(ops::attr::no_attr(g, name))
}
fn ga_instancecheck(_a: &[Obj]) -> PyResult<Obj> {
    type_error("isinstance() argument 2 cannot be a parameterized generic")
}
fn ga_subclasscheck(_a: &[Obj]) -> PyResult<Obj> {
    type_error("issubclass() argument 2 cannot be a parameterized generic")
}
fn ga_or(a: &[Obj]) -> PyResult<Obj> {
    union_or(arg(a, 0)?, arg(a, 1)?)
}
fn ga_ror(a: &[Obj]) -> PyResult<Obj> {
    union_or(arg(a, 1)?, arg(a, 0)?)
}

fn is_unionable(v: &Obj) -> bool {
    matches!(v.payload(), Payload::None | Payload::Type(_)) || is_generic_alias(v) || is_union(v)
}

/// `a | b` for types: a `types.UnionType`, or NotImplemented.
pub fn union_or(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(builtin().not_implemented.clone());
    }
    new_union(&[a.clone(), b.clone()])
}

/// The union of `items` (flattened, deduplicated; a single member is
/// returned as is).
pub fn new_union(items: &[Obj]) -> PyResult<Obj> {
    let bi = builtin();
    let mut flat: Vec<Obj> = Vec::new();
    for it in items {
        let parts = if is_union(it) {
            union_args(it)
        } else {
            vec![it.clone()]
        };
        for p in parts {
            let p = if matches!(p.payload(), Payload::None) {
                bi.none_type.clone()
            } else {
                p
            };
            let mut dup = false;
            for q in &flat {
                dup = if is_generic_alias(q) && is_generic_alias(&p) {
                    ops::eq(q, &p)?
                } else {
                    q.is(&p)
                };
                if dup {
                    break;
                }
            }
            if !dup {
                flat.push(p);
            }
        }
    }
    if flat.len() == 1 {
        return Ok(flat.remove(0));
    }
    Ok(instance_with(
        &extra().union,
        &[
            ("__args__", types::tuple::new_tuple(flat)),
            ("__parameters__", bi.empty_tuple.clone()),
        ],
    ))
}

fn union_repr(a: &[Obj]) -> PyResult<Obj> {
    let u = arg(a, 0)?;
    let mut parts = Vec::new();
    for x in union_args(u) {
        if x.is(&builtin().none_type) {
            parts.push("None".to_string());
        } else {
            parts.push(repr_item(&x)?);
        }
    }
    Ok(types::str::new_string(parts.join(" | ")))
}
fn union_eq(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = (arg(a, 0)?, arg(a, 1)?);
    if !is_union(y) {
        return Ok(builtin().not_implemented.clone());
    }
    let (xs, ys) = (union_args(x), union_args(y));
    let mut eq = xs.len() == ys.len();
    if eq {
        for p in &xs {
            let mut found = false;
            for q in &ys {
                if ops::eq(p, q)? {
                    found = true;
                    break;
                }
            }
            if !found {
                eq = false;
                break;
            }
        }
    }
    Ok(types::int::new_bool(eq))
}
fn union_hash(a: &[Obj]) -> PyResult<Obj> {
    let mut h: i64 = 0x345678;
    for x in union_args(arg(a, 0)?) {
        h ^= ops::hash(&x)?;
    }
    Ok(types::int::new_int(if h == -1 { -2 } else { h }))
}
fn union_check(a: &[Obj], sub: bool) -> PyResult<Obj> {
    let u = arg(a, 0)?;
    let v = arg(a, 1)?;
    for t in union_args(u) {
        if is_generic_alias(&t) {
            return type_error(format!(
                "{}() argument 2 cannot be a parameterized generic",
                if sub { "issubclass" } else { "isinstance" }
            ));
        }
    }
    for t in union_args(u) {
        let r = if sub {
            crate::builtins::is_subclass(v, &t)?
        } else {
            crate::builtins::is_instance(v, &t)?
        };
        if r {
            return Ok(builtin().true_.clone());
        }
    }
    Ok(builtin().false_.clone())
}
fn union_instancecheck(a: &[Obj]) -> PyResult<Obj> {
    union_check(a, false)
}
fn union_subclasscheck(a: &[Obj]) -> PyResult<Obj> {
    union_check(a, true)
}

// --- singletons --------------------------------------------------------------

fn none_repr(_a: &[Obj]) -> PyResult<Obj> {
    Ok(types::str::new_str("None"))
}
fn none_bool(_a: &[Obj]) -> PyResult<Obj> {
    Ok(builtin().false_.clone())
}
fn notimpl_repr(_a: &[Obj]) -> PyResult<Obj> {
    Ok(types::str::new_str("NotImplemented"))
}
fn ellipsis_repr(_a: &[Obj]) -> PyResult<Obj> {
    Ok(types::str::new_str("Ellipsis"))
}
fn singleton_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = arg(a, 0)?;
    let bi = builtin();
    if a.len() > 1 || !kw.is_empty() {
        return type_error(format!(
            "{} takes no arguments",
            type_data(cls).name.borrow()
        ));
    }
    Ok(if cls.is(&bi.none_type) {
        bi.none.clone()
    } else if cls.is(&bi.notimpl_type) {
        bi.not_implemented.clone()
    } else {
        bi.ellipsis.clone()
    })
}

pub fn init_methods(b: &Builtins) {
    let m = &b.mappingproxy;
    add_kw_methods(m, &[("__new__", mp_new)]);
    add_methods(
        m,
        &[
            ("__getitem__", mp_getitem),
            ("__len__", mp_len),
            ("__iter__", mp_iter),
            ("__contains__", mp_contains),
            ("keys", mp_keys),
            ("values", mp_values),
            ("items", mp_items),
            ("get", mp_get),
            ("copy", mp_copy),
            ("__repr__", mp_repr),
            ("__str__", mp_str),
            ("__eq__", mp_eq),
            ("__ne__", mp_ne),
        ],
    );

    let ex = extra();
    add_methods(
        &ex.generic_alias,
        &[
            ("__repr__", ga_repr),
            ("__eq__", ga_eq),
            ("__hash__", ga_hash),
            ("__mro_entries__", ga_mro_entries),
            ("__getattr__", ga_getattr),
            ("__instancecheck__", ga_instancecheck),
            ("__subclasscheck__", ga_subclasscheck),
            ("__or__", ga_or),
            ("__ror__", ga_ror),
        ],
    );
    add_kw_methods(&ex.generic_alias, &[("__call__", ga_call)]);
    add_methods(
        &ex.union,
        &[
            ("__repr__", union_repr),
            ("__eq__", union_eq),
            ("__hash__", union_hash),
            ("__instancecheck__", union_instancecheck),
            ("__subclasscheck__", union_subclasscheck),
            ("__or__", ga_or),
            ("__ror__", ga_ror),
        ],
    );

    add_default_methods(
        &b.none_type,
        &[("__repr__", none_repr), ("__bool__", none_bool)],
    );
    add_default_methods(&b.notimpl_type, &[("__repr__", notimpl_repr)]);
    add_default_methods(&b.ellipsis_type, &[("__repr__", ellipsis_repr)]);
    for t in [&b.none_type, &b.notimpl_type, &b.ellipsis_type] {
        set_default(
            t,
            "__new__",
            super::method_descr(
                t,
                "__new__",
                crate::types::function::BuiltinImpl::Kw(singleton_new),
            ),
        );
    }
}
