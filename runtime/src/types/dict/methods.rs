//! The Python-visible methods of `dict`: item access with `__missing__`,
//! get/setdefault/pop/popitem/update/copy/clear/fromkeys, views, `|`/`|=`,
//! comparison, repr, and the constructor.

use super::super::list::util::{
    self, check_none, check_one, check_range, int_usize, none, not_implemented, py_bool,
};
use super::{get_item, is_dict, new_dict_of_type, set_item};
use crate::errors::{Exc, PyErr, PyResult, key_error, type_error};
use crate::object::Obj;
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::iter::DictKind;
use crate::types::typeobj::{add_classmethod, add_kw_methods, add_methods};
use crate::types::{self, builtin};

fn this<'a>(a: &'a [Obj], name: &str) -> PyResult<&'a Obj> {
    match a.first() {
        Some(d) if is_dict(d) => Ok(d),
        Some(d) => util::descr_error(name, "dict", d),
        None => type_error(format!(
            "descriptor '{name}' of 'dict' object needs an argument"
        )),
    }
}

/// `d[key]`: KeyError(key) when missing, after trying `__missing__` on
/// dict subclasses.
pub fn getitem(d: &Obj, key: &Obj) -> PyResult<Obj> {
    if let Some(v) = get_item(d, key)? {
        return Ok(v);
    }
    if !util::exact(d, &builtin().dict)
        && let Some(m) = types::lookup_special(d, "__missing__")
    {
        return crate::ops::call(&m, &[d.clone(), key.clone()], None);
    }
    key_error(key)
}

/// `repr(d)`.
pub fn dict_repr(d: &Obj) -> PyResult<String> {
    let Some(_guard) = util::repr_enter(d) else {
        return Ok("{...}".to_string());
    };
    if super::len(d) == 0 {
        return Ok("{}".to_string());
    }
    let mut out = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((p, k, v)) = super::next_entry(d, pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(&util::repr_of(&k)?);
        out.push_str(": ");
        out.push_str(&util::repr_of(&v)?);
        pos = p + 1;
    }
    out.push('}');
    Ok(out)
}

/// CPython's `dict_equal`.
fn dict_equal(a: &Obj, b: &Obj) -> PyResult<bool> {
    if super::len(a) != super::len(b) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((p, k, av)) = next_entry_hashed(a, pos) {
        let (hash, k) = k;
        // (An exact str key is probed by its text: `get_item`.)
        let bv = if util::exact(&k, &builtin().str_) {
            get_item(b, &k)?
        } else {
            super::get_item_hashed(b, &k, hash)?
        };
        let Some(bv) = bv else {
            return Ok(false);
        };
        if !util::obj_eq(&av, &bv)? {
            return Ok(false);
        }
        pos = p + 1;
    }
    Ok(true)
}

fn next_entry_hashed(d: &Obj, mut pos: usize) -> Option<(usize, (i64, Obj), Obj)> {
    let t = super::table(d)?.borrow();
    while pos < t.positions() {
        if let Some((h, k, v)) = t.entry(pos) {
            return Some((pos, (h, k), v));
        }
        pos += 1;
    }
    None
}

/// Rich comparison of two dicts: only `==` and `!=` are defined.
pub fn richcompare(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    use crate::abi::{CMP_EQ, CMP_NE};
    if !is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE) {
        return Ok(not_implemented());
    }
    let eq = dict_equal(a, b)?;
    Ok(py_bool(if op == CMP_EQ { eq } else { !eq }))
}

fn d_getitem(a: &[Obj]) -> PyResult<Obj> {
    check_one("dict.__getitem__", a)?;
    getitem(this(a, "__getitem__")?, &a[1])
}

fn d_setitem(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a, "__setitem__")?;
    check_range("__setitem__", a.len() - 1, 2, 2)?;
    set_item(d, &a[1], a[2].clone())?;
    Ok(none())
}

fn d_delitem(a: &[Obj]) -> PyResult<Obj> {
    check_one("dict.__delitem__", a)?;
    super::del_item_or_raise(this(a, "__delitem__")?, &a[1])?;
    Ok(none())
}

fn d_contains(a: &[Obj]) -> PyResult<Obj> {
    check_one("dict.__contains__", a)?;
    Ok(py_bool(super::contains(this(a, "__contains__")?, &a[1])?))
}

fn d_len(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.__len__", a)?;
    Ok(int_usize(super::len(this(a, "__len__")?)))
}

fn d_iter(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.__iter__", a)?;
    Ok(types::iter::new_dict_iter(
        this(a, "__iter__")?,
        DictKind::Keys,
        false,
    ))
}

fn d_reversed(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.__reversed__", a)?;
    Ok(types::iter::new_dict_iter(
        this(a, "__reversed__")?,
        DictKind::Keys,
        true,
    ))
}

fn d_repr(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.__repr__", a)?;
    Ok(types::str::new_string(dict_repr(this(a, "__repr__")?)?))
}

fn cmp(a: &[Obj], op: u64) -> PyResult<Obj> {
    check_one("dict.__eq__", a)?;
    richcompare(&a[0], &a[1], op)
}
fn d_eq(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_EQ)
}
fn d_ne(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_NE)
}

fn d_keys(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.keys", a)?;
    Ok(super::new_view(this(a, "keys")?, DictKind::Keys))
}
fn d_values(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.values", a)?;
    Ok(super::new_view(this(a, "values")?, DictKind::Values))
}
fn d_items(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.items", a)?;
    Ok(super::new_view(this(a, "items")?, DictKind::Items))
}

fn d_get(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a, "get")?;
    check_range("get", a.len() - 1, 1, 2)?;
    match get_item(d, &a[1])? {
        Some(v) => Ok(v),
        None => Ok(a.get(2).cloned().unwrap_or_else(none)),
    }
}

fn d_setdefault(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a, "setdefault")?;
    check_range("setdefault", a.len() - 1, 1, 2)?;
    super::set_default(d, &a[1], || a.get(2).cloned().unwrap_or_else(none))
}

fn d_pop(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a, "pop")?;
    check_range("pop", a.len() - 1, 1, 2)?;
    match super::pop_item(d, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(default) => Ok(default.clone()),
            None => key_error(&a[1]),
        },
    }
}

fn d_popitem(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.popitem", a)?;
    let d = this(a, "popitem")?;
    match super::pop_last(d) {
        Some((k, v)) => Ok(types::tuple::new_tuple_array([k, v])),
        None => Err(PyErr::new(Exc::KeyError, "popitem(): dictionary is empty")),
    }
}

/// CPython's `dict_update_common`: one optional positional argument, then
/// keyword arguments.
fn update_common(d: &Obj, args: &[Obj], kw: &Kwargs, name: &str) -> PyResult<()> {
    check_range(name, args.len(), 0, 1)?;
    if let Some(arg) = args.first() {
        super::update_arg(d, arg)?;
    }
    for (k, v) in kw {
        set_item(d, k, v.clone())?;
    }
    Ok(())
}

fn d_update(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let d = this(a, "update")?;
    update_common(d, &a[1..], kw, "update")?;
    Ok(none())
}

fn d_clear(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.clear", a)?;
    super::clear(this(a, "clear")?);
    Ok(none())
}

fn d_copy(a: &[Obj]) -> PyResult<Obj> {
    check_none("dict.copy", a)?;
    super::copy(this(a, "copy")?)
}

fn or_impl(x: &Obj, y: &Obj) -> PyResult<Obj> {
    if !is_dict(x) || !is_dict(y) {
        return Ok(not_implemented());
    }
    let new = super::copy(x)?;
    super::update_arg(&new, y)?;
    Ok(new)
}

fn d_or(a: &[Obj]) -> PyResult<Obj> {
    check_one("dict.__or__", a)?;
    or_impl(&a[0], &a[1])
}

fn d_ror(a: &[Obj]) -> PyResult<Obj> {
    check_one("dict.__ror__", a)?;
    or_impl(&a[1], &a[0])
}

fn d_ior(a: &[Obj]) -> PyResult<Obj> {
    check_one("dict.__ior__", a)?;
    let d = this(a, "__ior__")?;
    super::update_arg(d, &a[1])?;
    Ok(d.clone())
}

/// `dict.fromkeys(iterable, value=None)` (a class method: args[0] is the class).
fn d_fromkeys(a: &[Obj]) -> PyResult<Obj> {
    check_range("fromkeys", a.len().saturating_sub(1), 1, 2)?;
    let cls = &a[0];
    let value = a.get(2).cloned().unwrap_or_else(none);
    let d = crate::ops::call(cls, &[], None)?;
    let exact = util::exact(&d, &builtin().dict);
    let it = crate::ops::get_iter(&a[1])?;
    while let Some(k) = crate::ops::next(&it)? {
        if exact {
            set_item(&d, &k, value.clone())?;
        } else {
            crate::ops::setitem(&d, &k, &value)?;
        }
    }
    Ok(d)
}

/// `dict.__new__(cls, *args, **kwargs)`: an empty dict (`__init__` fills it).
fn d_new(a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let cls = util::check_new_cls(a, &builtin().dict, "dict")?;
    Ok(new_dict_of_type(cls))
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`.
fn d_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let d = this(a, "__init__")?;
    update_common(d, &a[1..], kw, "dict")?;
    Ok(none())
}

/// Registers the methods of `dict`.
pub fn init(b: &types::Builtins) {
    add_methods(
        &b.dict,
        &[
            ("__getitem__", d_getitem),
            ("__setitem__", d_setitem),
            ("__delitem__", d_delitem),
            ("__contains__", d_contains),
            ("__len__", d_len),
            ("__iter__", d_iter),
            ("__reversed__", d_reversed),
            ("__repr__", d_repr),
            ("__eq__", d_eq),
            ("__ne__", d_ne),
            ("__or__", d_or),
            ("__ror__", d_ror),
            ("__ior__", d_ior),
            ("keys", d_keys),
            ("values", d_values),
            ("items", d_items),
            ("get", d_get),
            ("setdefault", d_setdefault),
            ("pop", d_pop),
            ("popitem", d_popitem),
            ("clear", d_clear),
            ("copy", d_copy),
        ],
    );
    add_kw_methods(
        &b.dict,
        &[
            ("update", d_update),
            ("__new__", d_new),
            ("__init__", d_init),
        ],
    );
    add_classmethod(&b.dict, "fromkeys", BuiltinImpl::Pos(d_fromkeys));
    util::add_class_getitem(&b.dict);
    let td = types::type_data(&b.dict).dict();
    super::set_str(td, "__hash__", none());
}
