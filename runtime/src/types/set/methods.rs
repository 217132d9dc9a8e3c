//! The Python-visible methods of `set` and `frozenset` (argument checking
//! with CPython's messages, operators, reprs, constructors).

use super::super::list::util::{
    self, check_none, check_one, check_range, no_kwargs, none, not_implemented, py_bool,
};
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_kw_methods, add_methods};
use crate::types::{self, builtin, dict};
use std::cell::RefCell;

/// `set.name` or `frozenset.name`, as CPython's messages spell it.
fn qual(a: &[Obj], name: &str) -> String {
    match a.first().map(|s| s.payload()) {
        Some(Payload::FrozenSet(_)) => format!("frozenset.{name}"),
        _ => format!("set.{name}"),
    }
}

fn anyset<'a>(args: &'a [Obj], name: &str) -> PyResult<&'a Obj> {
    match args.first() {
        Some(s) if super::is_anyset(s) => Ok(s),
        Some(s) => util::descr_error(name, "set", s),
        None => type_error(format!("unbound method {name}() needs an argument")),
    }
}

fn mutable<'a>(args: &'a [Obj], name: &str) -> PyResult<&'a Obj> {
    match args.first() {
        Some(s) if super::is_set(s) => Ok(s),
        Some(s) => util::descr_error(name, "set", s),
        None => type_error(format!("unbound method {name}() needs an argument")),
    }
}

/// `repr()` of a set or frozenset.
pub fn set_repr(s: &Obj) -> PyResult<String> {
    let tyname = types::type_name_of(s);
    let Some(_guard) = util::repr_enter(s) else {
        return Ok(format!("{tyname}(...)"));
    };
    let keys = super::elements(s);
    if keys.is_empty() {
        return Ok(format!("{tyname}()"));
    }
    let mut out = String::new();
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&util::repr_of(k)?);
    }
    if util::exact(s, &builtin().set) {
        Ok(format!("{{{out}}}"))
    } else {
        Ok(format!("{tyname}({{{out}}})"))
    }
}

fn s_repr(a: &[Obj]) -> PyResult<Obj> {
    let s = anyset(a, "__repr__")?;
    Ok(types::str::new_string(set_repr(s)?))
}

fn s_len(a: &[Obj]) -> PyResult<Obj> {
    let s = anyset(a, "__len__")?;
    Ok(util::int_usize(super::len(s)))
}

fn s_iter(a: &[Obj]) -> PyResult<Obj> {
    let s = anyset(a, "__iter__")?;
    Ok(types::iter::new_set_iter(s))
}

fn s_contains(a: &[Obj]) -> PyResult<Obj> {
    check_one(&qual(a, "__contains__"), a)?;
    let s = anyset(a, "__contains__")?;
    Ok(py_bool(super::contains(s, &a[1])?))
}

fn s_hash(a: &[Obj]) -> PyResult<Obj> {
    let s = anyset(a, "__hash__")?;
    match super::frozenset_hash(s) {
        Some(h) => Ok(types::int::new_int(h)),
        None => type_error(format!("unhashable type: '{}'", types::type_name_of(s))),
    }
}

fn s_add(a: &[Obj]) -> PyResult<Obj> {
    check_one("set.add", a)?;
    let s = mutable(a, "add")?;
    super::add(s, &a[1])?;
    Ok(none())
}

fn s_discard(a: &[Obj]) -> PyResult<Obj> {
    check_one("set.discard", a)?;
    let s = mutable(a, "discard")?;
    super::discard(s, &a[1])?;
    Ok(none())
}

fn s_remove(a: &[Obj]) -> PyResult<Obj> {
    check_one("set.remove", a)?;
    let s = mutable(a, "remove")?;
    super::remove(s, &a[1])?;
    Ok(none())
}

fn s_pop(a: &[Obj]) -> PyResult<Obj> {
    check_none("set.pop", a)?;
    let s = mutable(a, "pop")?;
    super::pop(s)
}

fn s_clear(a: &[Obj]) -> PyResult<Obj> {
    check_none("set.clear", a)?;
    let s = mutable(a, "clear")?;
    super::clear(s);
    Ok(none())
}

fn s_copy(a: &[Obj]) -> PyResult<Obj> {
    check_none(&qual(a, "copy"), a)?;
    let s = anyset(a, "copy")?;
    super::copy(s)
}

fn fs_copy(a: &[Obj]) -> PyResult<Obj> {
    check_none("frozenset.copy", a)?;
    let s = anyset(a, "copy")?;
    if util::exact(s, &builtin().frozenset) {
        return Ok(s.clone());
    }
    super::copy(s)
}

fn s_update(a: &[Obj]) -> PyResult<Obj> {
    let s = mutable(a, "update")?;
    for o in &a[1..] {
        super::update(s, o)?;
    }
    Ok(none())
}

fn s_union(a: &[Obj]) -> PyResult<Obj> {
    let s = anyset(a, "union")?;
    let result = super::cell_from(Some(s))?;
    for o in &a[1..] {
        if s.is(o) {
            continue;
        }
        super::update_cell(&result, 0, o)?;
    }
    Ok(super::wrap(&super::basetype(s), result))
}

/// CPython's `set_intersection_multi`.
fn intersection_multi(s: &Obj, others: &[Obj]) -> PyResult<Obj> {
    if others.is_empty() {
        return super::copy(s);
    }
    let mut result = s.clone();
    for o in others {
        result = super::intersection(&result, o)?;
    }
    Ok(result)
}

fn s_intersection(a: &[Obj]) -> PyResult<Obj> {
    let s = anyset(a, "intersection")?;
    intersection_multi(s, &a[1..])
}

fn s_intersection_update(a: &[Obj]) -> PyResult<Obj> {
    let s = mutable(a, "intersection_update")?;
    let tmp = intersection_multi(s, &a[1..])?;
    swap_into(s, &tmp);
    Ok(none())
}

/// Moves `tmp`'s contents into the set `s` (CPython's `set_swap_bodies`
/// with a temporary).
fn swap_into(s: &Obj, tmp: &Obj) {
    let (Payload::Set(c), Some(t)) = (s.payload(), super::tab(tmp)) else {
        return;
    };
    let mut fresh = (*t.get()).clone();
    let old = {
        let mut cb = c.borrow_mut();
        cb.swap_bodies(&mut fresh);
        fresh
    };
    drop(old);
}

fn s_difference(a: &[Obj]) -> PyResult<Obj> {
    let s = anyset(a, "difference")?;
    if a.len() == 1 {
        return super::copy(s);
    }
    let result = super::difference_cell(s, &a[1])?;
    for o in &a[2..] {
        super::difference_update_cell(&result, 0, o)?;
    }
    Ok(super::wrap(&super::basetype(s), result))
}

fn s_difference_update(a: &[Obj]) -> PyResult<Obj> {
    let s = mutable(a, "difference_update")?;
    let Payload::Set(c) = s.payload() else {
        return Ok(none());
    };
    for o in &a[1..] {
        super::difference_update_cell(c, s.word(), o)?;
    }
    Ok(none())
}

fn s_symmetric_difference(a: &[Obj]) -> PyResult<Obj> {
    check_one(&qual(a, "symmetric_difference"), a)?;
    let s = anyset(a, "symmetric_difference")?;
    super::symmetric_difference(s, &a[1])
}

fn s_symmetric_difference_update(a: &[Obj]) -> PyResult<Obj> {
    check_one("set.symmetric_difference_update", a)?;
    let s = mutable(a, "symmetric_difference_update")?;
    let Payload::Set(c) = s.payload() else {
        return Ok(none());
    };
    super::symmetric_difference_update_cell(c, s.word(), s, &a[1])?;
    Ok(none())
}

fn s_issubset(a: &[Obj]) -> PyResult<Obj> {
    check_one(&qual(a, "issubset"), a)?;
    let s = anyset(a, "issubset")?;
    Ok(py_bool(super::issubset(s, &a[1])?))
}

fn s_issuperset(a: &[Obj]) -> PyResult<Obj> {
    check_one(&qual(a, "issuperset"), a)?;
    let s = anyset(a, "issuperset")?;
    Ok(py_bool(super::issuperset(s, &a[1])?))
}

fn s_isdisjoint(a: &[Obj]) -> PyResult<Obj> {
    check_one(&qual(a, "isdisjoint"), a)?;
    let s = anyset(a, "isdisjoint")?;
    Ok(py_bool(super::isdisjoint(s, &a[1])?))
}

fn binop(a: &[Obj], name: &str) -> PyResult<(Obj, Obj)> {
    check_one(name, a)?;
    Ok((a[0].clone(), a[1].clone()))
}

fn both_sets(x: &Obj, y: &Obj) -> bool {
    super::is_anyset(x) && super::is_anyset(y)
}

fn s_or(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__or__")?;
    or_impl(&x, &y)
}
fn s_ror(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__ror__")?;
    or_impl(&y, &x)
}
fn or_impl(x: &Obj, y: &Obj) -> PyResult<Obj> {
    if !both_sets(x, y) {
        return Ok(not_implemented());
    }
    super::union(x, y)
}

fn s_and(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__and__")?;
    and_impl(&x, &y)
}
fn s_rand(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__rand__")?;
    and_impl(&y, &x)
}
fn and_impl(x: &Obj, y: &Obj) -> PyResult<Obj> {
    if !both_sets(x, y) {
        return Ok(not_implemented());
    }
    super::intersection(x, y)
}

fn s_sub(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__sub__")?;
    sub_impl(&x, &y)
}
fn s_rsub(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__rsub__")?;
    sub_impl(&y, &x)
}
fn sub_impl(x: &Obj, y: &Obj) -> PyResult<Obj> {
    if !both_sets(x, y) {
        return Ok(not_implemented());
    }
    super::difference(x, y)
}

fn s_xor(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__xor__")?;
    xor_impl(&x, &y)
}
fn s_rxor(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__rxor__")?;
    xor_impl(&y, &x)
}
fn xor_impl(x: &Obj, y: &Obj) -> PyResult<Obj> {
    if !both_sets(x, y) {
        return Ok(not_implemented());
    }
    super::symmetric_difference(x, y)
}

fn s_ior(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__ior__")?;
    if !super::is_anyset(&y) || !super::is_set(&x) {
        return Ok(not_implemented());
    }
    super::update(&x, &y)?;
    Ok(x)
}

fn s_iand(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__iand__")?;
    if !super::is_anyset(&y) || !super::is_set(&x) {
        return Ok(not_implemented());
    }
    let tmp = super::intersection(&x, &y)?;
    swap_into(&x, &tmp);
    Ok(x)
}

fn s_isub(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__isub__")?;
    if !super::is_anyset(&y) {
        return Ok(not_implemented());
    }
    let Payload::Set(c) = x.payload() else {
        return Ok(not_implemented());
    };
    super::difference_update_cell(c, x.word(), &y)?;
    Ok(x)
}

fn s_ixor(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = binop(a, "set.__ixor__")?;
    if !super::is_anyset(&y) {
        return Ok(not_implemented());
    }
    let Payload::Set(c) = x.payload() else {
        return Ok(not_implemented());
    };
    super::symmetric_difference_update_cell(c, x.word(), &x, &y)?;
    Ok(x)
}

fn cmp(a: &[Obj], op: u64) -> PyResult<Obj> {
    if a.len() != 2 {
        return check_one("set.__eq__", a).map(|_| none());
    }
    super::richcompare(&a[0], &a[1], op)
}
fn s_eq(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_EQ)
}
fn s_ne(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_NE)
}
fn s_lt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LT)
}
fn s_le(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LE)
}
fn s_gt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GT)
}
fn s_ge(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GE)
}

/// `set.__new__(cls, *args, **kwargs)`: an empty set (filled by `__init__`).
fn set_new(a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let cls = util::check_new_cls(a, &builtin().set, "set")?;
    Ok(super::wrap(cls, RefCell::new(super::SetTable::default())))
}

/// `set.__init__(self, iterable=())`.
fn set_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let s = mutable(a, "__init__")?;
    no_kwargs("set", kw)?;
    check_range(&types::type_name_of(s), a.len() - 1, 0, 1)?;
    super::clear(s);
    if let Some(it) = a.get(1) {
        super::update(s, it)?;
    }
    Ok(none())
}

/// `frozenset.__new__(cls, iterable=())`.
fn frozenset_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let b = builtin();
    let cls = util::check_new_cls(a, &b.frozenset, "frozenset")?;
    if cls.is(&b.frozenset) {
        no_kwargs("frozenset", kw)?;
    }
    check_range(&types::type_name(cls), a.len() - 1, 0, 1)?;
    let iterable = a.get(1);
    if cls.is(&b.frozenset)
        && let Some(it) = iterable
        && util::exact(it, &b.frozenset)
    {
        return Ok(it.clone());
    }
    super::make_new_set(cls, iterable)
}

/// Registers the methods of `set` and `frozenset`.
pub fn init(b: &types::Builtins) {
    let shared: &[(&'static str, fn(&[Obj]) -> PyResult<Obj>)] = &[
        ("__repr__", s_repr),
        ("__len__", s_len),
        ("__iter__", s_iter),
        ("__contains__", s_contains),
        ("__eq__", s_eq),
        ("__ne__", s_ne),
        ("__lt__", s_lt),
        ("__le__", s_le),
        ("__gt__", s_gt),
        ("__ge__", s_ge),
        ("__or__", s_or),
        ("__ror__", s_ror),
        ("__and__", s_and),
        ("__rand__", s_rand),
        ("__sub__", s_sub),
        ("__rsub__", s_rsub),
        ("__xor__", s_xor),
        ("__rxor__", s_rxor),
        ("difference", s_difference),
        ("intersection", s_intersection),
        ("isdisjoint", s_isdisjoint),
        ("issubset", s_issubset),
        ("issuperset", s_issuperset),
        ("symmetric_difference", s_symmetric_difference),
        ("union", s_union),
    ];
    add_methods(&b.set, shared);
    add_methods(&b.frozenset, shared);
    add_methods(
        &b.set,
        &[
            ("add", s_add),
            ("clear", s_clear),
            ("copy", s_copy),
            ("discard", s_discard),
            ("difference_update", s_difference_update),
            ("intersection_update", s_intersection_update),
            ("pop", s_pop),
            ("remove", s_remove),
            ("symmetric_difference_update", s_symmetric_difference_update),
            ("update", s_update),
            ("__ior__", s_ior),
            ("__iand__", s_iand),
            ("__isub__", s_isub),
            ("__ixor__", s_ixor),
        ],
    );
    add_methods(&b.frozenset, &[("copy", fs_copy), ("__hash__", s_hash)]);
    add_kw_methods(&b.set, &[("__new__", set_new), ("__init__", set_init)]);
    add_kw_methods(&b.frozenset, &[("__new__", frozenset_new)]);
    for ty in [&b.set, &b.frozenset] {
        util::add_class_getitem(ty);
        let d = types::type_data(ty).dict();
        dict::set_str(d, "__module__", types::str::new_str("builtins"));
    }
    dict::set_str(types::type_data(&b.set).dict(), "__hash__", none());
}
