//! Dict views (`dict_keys`, `dict_values`, `dict_items`): live views of a
//! dict with len/iter/reversed/`in`/repr; keys and items views are set-like
//! (comparisons, `& | - ^`, `isdisjoint`) with CPython's result orders.

use super::super::list::util::{
    self, check_none, check_one, int_usize, none, not_implemented, py_bool,
};
use super::{contains, get_item, len};
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::iter::{self, DictKind, IterState, new_dict_iter};
use crate::types::typeobj::add_methods;
use crate::types::{self, builtin, set};

/// A view of `d` (`d.keys()`, `d.values()`, `d.items()`).
pub fn new_view(d: &Obj, kind: DictKind) -> Obj {
    let ts = iter::types();
    let ty = match kind {
        DictKind::Keys => &ts.dict_keys,
        DictKind::Values => &ts.dict_values,
        DictKind::Items => &ts.dict_items,
    };
    iter::new_iter(
        ty,
        IterState::DictView {
            dict: d.clone(),
            kind,
        },
    )
}

/// The dict and kind of a view object.
pub fn view_dict(v: &Obj) -> Option<(Obj, DictKind)> {
    match v.payload() {
        Payload::Iter(s) => match &*s.borrow() {
            IterState::DictView { dict, kind } => Some((dict.clone(), *kind)),
            _ => None,
        },
        _ => None,
    }
}

/// The kind of a view object.
pub fn view_kind(v: &Obj) -> Option<DictKind> {
    view_dict(v).map(|(_, k)| k)
}

/// Keys and items views behave like sets.
fn is_setlike(v: &Obj) -> bool {
    matches!(view_kind(v), Some(DictKind::Keys | DictKind::Items))
}

fn this(a: &[Obj]) -> PyResult<(Obj, DictKind)> {
    match a.first().and_then(view_dict) {
        Some(x) => Ok(x),
        None => type_error("descriptor requires a dict view"),
    }
}

/// `x in view`.
pub fn view_contains(view: &Obj, x: &Obj) -> PyResult<bool> {
    let Some((d, kind)) = view_dict(view) else {
        return Ok(false);
    };
    match kind {
        DictKind::Keys => contains(&d, x),
        DictKind::Items => {
            let Some(t) = types::tuple::as_slice(x) else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            let (k, v) = (t[0].clone(), t[1].clone());
            match get_item(&d, &k)? {
                Some(found) => util::obj_eq(&found, &v),
                None => Ok(false),
            }
        }
        DictKind::Values => {
            let it = new_dict_iter(&d, DictKind::Values, false);
            while let Some(v) = iter::iter_next(&it)? {
                if util::obj_eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn v_len(a: &[Obj]) -> PyResult<Obj> {
    check_none("__len__", a)?;
    Ok(int_usize(len(&this(a)?.0)))
}

fn v_iter(a: &[Obj]) -> PyResult<Obj> {
    check_none("__iter__", a)?;
    let (d, kind) = this(a)?;
    Ok(new_dict_iter(&d, kind, false))
}

fn v_reversed(a: &[Obj]) -> PyResult<Obj> {
    check_none("__reversed__", a)?;
    let (d, kind) = this(a)?;
    Ok(new_dict_iter(&d, kind, true))
}

fn v_contains(a: &[Obj]) -> PyResult<Obj> {
    check_one("__contains__", a)?;
    Ok(py_bool(view_contains(&a[0], &a[1])?))
}

/// `repr(view)`: `dict_keys(['a', 'b'])`.
pub fn view_repr(view: &Obj) -> PyResult<String> {
    let Some(_guard) = util::repr_enter(view) else {
        return Ok("...".to_string());
    };
    let items = crate::ops::iterate(view)?;
    let list = types::list::new_list(items);
    Ok(format!(
        "{}({})",
        types::type_name_of(view),
        types::list::list_repr(&list)?
    ))
}

fn v_repr(a: &[Obj]) -> PyResult<Obj> {
    check_none("__repr__", a)?;
    this(a)?;
    Ok(types::str::new_string(view_repr(&a[0])?))
}

fn v_mapping(a: &[Obj]) -> PyResult<Obj> {
    let (d, _) = this(a)?;
    Ok(Obj::new(&builtin().mappingproxy, Payload::MappingProxy(d)))
}

/// CPython's `all_contained_in(self, other)`.
fn all_contained_in(x: &Obj, y: &Obj) -> PyResult<bool> {
    let it = crate::ops::get_iter(x)?;
    while let Some(v) = crate::ops::next(&it)? {
        if !crate::ops::contains(y, &v)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of a set-like view with a set or another view.
pub fn view_richcompare(v: &Obj, w: &Obj, op: u64) -> PyResult<Obj> {
    use crate::abi::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
    if !is_setlike(v) || !(set::is_anyset(w) || is_setlike(w)) {
        return Ok(not_implemented());
    }
    let ls = crate::ops::len(v)?;
    let lo = crate::ops::len(w)?;
    let ok = match op {
        CMP_EQ | CMP_NE => {
            let eq = ls == lo && all_contained_in(v, w)?;
            if op == CMP_EQ { eq } else { !eq }
        }
        CMP_LT => ls < lo && all_contained_in(v, w)?,
        CMP_LE => ls <= lo && all_contained_in(v, w)?,
        CMP_GT => ls > lo && all_contained_in(w, v)?,
        CMP_GE => ls >= lo && all_contained_in(w, v)?,
        _ => return Ok(not_implemented()),
    };
    Ok(py_bool(ok))
}

fn cmp(a: &[Obj], op: u64) -> PyResult<Obj> {
    check_one("__eq__", a)?;
    view_richcompare(&a[0], &a[1], op)
}
fn v_eq(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_EQ)
}
fn v_ne(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_NE)
}
fn v_lt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LT)
}
fn v_le(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LE)
}
fn v_gt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GT)
}
fn v_ge(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GE)
}

/// CPython's `dictviews_to_set`: a keys view converts through its dict.
fn to_set(v: &Obj) -> PyResult<Obj> {
    if let Some((d, DictKind::Keys)) = view_dict(v) {
        return set::new_set_from(&d);
    }
    set::new_set_from(v)
}

/// CPython's `_PyDictView_Intersect`.
fn intersect(x: &Obj, y: &Obj) -> PyResult<Obj> {
    let (mut s, mut o) = (x.clone(), y.clone());
    if !is_setlike(&s) {
        std::mem::swap(&mut s, &mut o);
    }
    let len_self = crate::ops::len(&s)?;
    if util::exact(&o, &builtin().set) && len_self <= set::len(&o) {
        return set::intersection(&o, &s);
    }
    if is_setlike(&o) && crate::ops::len(&o)? > len_self {
        std::mem::swap(&mut s, &mut o);
    }
    let result = set::new_empty_set();
    let it = crate::ops::get_iter(&o)?;
    while let Some(k) = crate::ops::next(&it)? {
        if view_contains(&s, &k)? {
            set::add(&result, &k)?;
        }
    }
    Ok(result)
}

fn or_views(x: &Obj, y: &Obj) -> PyResult<Obj> {
    let result = to_set(x)?;
    set::update(&result, y)?;
    Ok(result)
}

fn sub_views(x: &Obj, y: &Obj) -> PyResult<Obj> {
    let result = to_set(x)?;
    set::difference_update(&result, y)?;
    Ok(result)
}

/// CPython's `dictitems_xor` for two items views.
fn items_xor(x: &Obj, y: &Obj) -> PyResult<Obj> {
    let (Some((d1, _)), Some((d2, _))) = (view_dict(x), view_dict(y)) else {
        return Ok(not_implemented());
    };
    let temp = super::copy(&d1)?;
    let result = set::new_empty_set();
    for (hash, key, val2) in super::entries(&d2) {
        let to_delete = match super::get_item_hashed(&temp, &key, hash)? {
            Some(val1) => util::obj_eq(&val1, &val2)?,
            None => false,
        };
        if to_delete {
            super::pop_item(&temp, &key)?;
        } else {
            set::add(&result, &types::tuple::new_tuple(vec![key, val2]))?;
        }
    }
    let remaining = new_view(&temp, DictKind::Items);
    set::update(&result, &remaining)?;
    Ok(result)
}

fn xor_views(x: &Obj, y: &Obj) -> PyResult<Obj> {
    if view_kind(x) == Some(DictKind::Items) && view_kind(y) == Some(DictKind::Items) {
        return items_xor(x, y);
    }
    let result = to_set(x)?;
    set::symmetric_difference_update(&result, y)?;
    Ok(result)
}

fn v_and(a: &[Obj]) -> PyResult<Obj> {
    check_one("__and__", a)?;
    intersect(&a[0], &a[1])
}
fn v_rand(a: &[Obj]) -> PyResult<Obj> {
    check_one("__rand__", a)?;
    intersect(&a[1], &a[0])
}
fn v_or(a: &[Obj]) -> PyResult<Obj> {
    check_one("__or__", a)?;
    or_views(&a[0], &a[1])
}
fn v_ror(a: &[Obj]) -> PyResult<Obj> {
    check_one("__ror__", a)?;
    or_views(&a[1], &a[0])
}
fn v_sub(a: &[Obj]) -> PyResult<Obj> {
    check_one("__sub__", a)?;
    sub_views(&a[0], &a[1])
}
fn v_rsub(a: &[Obj]) -> PyResult<Obj> {
    check_one("__rsub__", a)?;
    sub_views(&a[1], &a[0])
}
fn v_xor(a: &[Obj]) -> PyResult<Obj> {
    check_one("__xor__", a)?;
    xor_views(&a[0], &a[1])
}
fn v_rxor(a: &[Obj]) -> PyResult<Obj> {
    check_one("__rxor__", a)?;
    xor_views(&a[1], &a[0])
}

/// `view.isdisjoint(other)`.
fn v_isdisjoint(a: &[Obj]) -> PyResult<Obj> {
    check_one("isdisjoint", a)?;
    let (mut s, mut o) = (a[0].clone(), a[1].clone());
    if s.is(&o) {
        return Ok(py_bool(crate::ops::len(&s)? == 0));
    }
    if set::is_anyset(&o) || is_setlike(&o) {
        let ls = crate::ops::len(&s)?;
        let lo = crate::ops::len(&o)?;
        if lo > ls {
            std::mem::swap(&mut s, &mut o);
        }
    }
    let it = crate::ops::get_iter(&o)?;
    while let Some(k) = crate::ops::next(&it)? {
        if crate::ops::contains(&s, &k)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

/// Registers the view types' methods.
pub fn init() {
    let ts = iter::types();
    for ty in [&ts.dict_keys, &ts.dict_values, &ts.dict_items] {
        add_methods(
            ty,
            &[
                ("__len__", v_len),
                ("__iter__", v_iter),
                ("__reversed__", v_reversed),
                ("__contains__", v_contains),
                ("__repr__", v_repr),
            ],
        );
        crate::types::typeobj::add_getset(ty, "mapping", v_mapping, None);
    }
    for ty in [&ts.dict_keys, &ts.dict_items] {
        add_methods(
            ty,
            &[
                ("__eq__", v_eq),
                ("__ne__", v_ne),
                ("__lt__", v_lt),
                ("__le__", v_le),
                ("__gt__", v_gt),
                ("__ge__", v_ge),
                ("__and__", v_and),
                ("__rand__", v_rand),
                ("__or__", v_or),
                ("__ror__", v_ror),
                ("__sub__", v_sub),
                ("__rsub__", v_rsub),
                ("__xor__", v_xor),
                ("__rxor__", v_rxor),
                ("isdisjoint", v_isdisjoint),
            ],
        );
        super::set_str(types::type_data(ty).dict(), "__hash__", none());
    }
}
