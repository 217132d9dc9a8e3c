//! The Python-visible methods of `list` (argument checking with CPython's
//! messages; the work is done by the functions in `list`).

use super::util::{
    self, arg_ssize, check_none, check_one, check_range, int_usize, kw_name, no_kwargs, none,
    not_implemented, py_bool,
};
use crate::errors::{Exc, PyErr, PyResult, index_error, type_error, value_error};
use crate::object::Obj;
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_kw_methods, add_methods};
use crate::types::{self, builtin, dict};

fn this<'a>(a: &'a [Obj], name: &str) -> PyResult<&'a Obj> {
    match a.first() {
        Some(l) if super::as_list(l).is_some() => Ok(l),
        Some(l) => util::descr_error(name, "list", l),
        None => type_error(format!(
            "descriptor '{name}' of 'list' object needs an argument"
        )),
    }
}

fn l_append(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.append", a)?;
    super::append(this(a, "append")?, a[1].clone())?;
    Ok(none())
}

fn l_extend(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.extend", a)?;
    super::extend(this(a, "extend")?, &a[1])?;
    Ok(none())
}

fn l_insert(a: &[Obj]) -> PyResult<Obj> {
    let l = this(a, "insert")?;
    check_range("insert", a.len() - 1, 2, 2)?;
    let i = arg_ssize(&a[1])?;
    let c = super::cell(l)?;
    let mut items = c.borrow_mut();
    let n = items.len() as i64;
    let mut w = i;
    if w < 0 {
        w += n;
        if w < 0 {
            w = 0;
        }
    }
    if w > n {
        w = n;
    }
    items.insert(w as usize, a[2].clone());
    Ok(none())
}

/// `list.pop(self[, index])`; also `rt_list_pop`.
pub(crate) fn l_pop(a: &[Obj]) -> PyResult<Obj> {
    let l = this(a, "pop")?;
    check_range("pop", a.len() - 1, 0, 1)?;
    let i = match a.get(1) {
        Some(v) => arg_ssize(v)?,
        None => -1,
    };
    let c = super::cell(l)?;
    let mut items = c.borrow_mut();
    if items.is_empty() {
        return index_error("pop from empty list");
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return index_error("pop index out of range");
    }
    Ok(items.remove(j as usize))
}

fn l_remove(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.remove", a)?;
    let l = this(a, "remove")?;
    let Some(i) = super::find_item(l, &a[1], 0, usize::MAX)? else {
        return value_error("list.remove(x): x not in list");
    };
    let removed = {
        let mut items = super::cell(l)?.borrow_mut();
        (i < items.len()).then(|| items.remove(i))
    };
    drop(removed);
    Ok(none())
}

fn l_index(a: &[Obj]) -> PyResult<Obj> {
    let l = this(a, "index")?;
    check_range("index", a.len() - 1, 1, 3)?;
    let mut start = match a.get(2) {
        Some(v) => util::slice_index_arg(v)?,
        None => 0,
    };
    let mut stop = match a.get(3) {
        Some(v) => util::slice_index_arg(v)?,
        None => i64::MAX,
    };
    let n = super::len(l) as i64;
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    if let Some(i) = super::find_item(l, &a[1], start as usize, stop as usize)? {
        return Ok(int_usize(i));
    }
    Err(PyErr::new(
        Exc::ValueError,
        format!("{} is not in list", util::repr_of(&a[1])?),
    ))
}

fn l_count(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.count", a)?;
    let l = this(a, "count")?;
    let mut n = 0usize;
    let mut from = 0;
    while let Some(i) = super::find_item(l, &a[1], from, usize::MAX)? {
        n += 1;
        from = i + 1;
    }
    Ok(int_usize(n))
}

fn l_reverse(a: &[Obj]) -> PyResult<Obj> {
    check_none("list.reverse", a)?;
    super::cell(this(a, "reverse")?)?.borrow_mut().reverse();
    Ok(none())
}

fn l_copy(a: &[Obj]) -> PyResult<Obj> {
    check_none("list.copy", a)?;
    let items = super::cell(this(a, "copy")?)?.borrow();
    Ok(super::new_list_with(items.len(), |out| {
        out.extend_from_slice(&items)
    }))
}

fn l_clear(a: &[Obj]) -> PyResult<Obj> {
    check_none("list.clear", a)?;
    let c = super::cell(this(a, "clear")?)?;
    let old = std::mem::take(&mut *c.borrow_mut());
    super::release_reversed(old);
    Ok(none())
}

fn l_sort(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let l = this(a, "sort")?;
    if a.len() > 1 {
        return type_error("sort() takes no positional arguments");
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kw {
        match kw_name(k) {
            "key" => key = (!util::is_none(v)).then(|| v.clone()),
            "reverse" => reverse = util::as_ssize(v, None)? != 0,
            other => {
                return type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                ));
            }
        }
    }
    super::sort(l, key.as_ref(), reverse)?;
    Ok(none())
}

fn l_len(a: &[Obj]) -> PyResult<Obj> {
    check_none("list.__len__", a)?;
    Ok(int_usize(super::len(this(a, "__len__")?)))
}

fn l_getitem(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__getitem__", a)?;
    super::getitem(this(a, "__getitem__")?, &a[1])
}

fn l_setitem(a: &[Obj]) -> PyResult<Obj> {
    let l = this(a, "__setitem__")?;
    check_range("__setitem__", a.len() - 1, 2, 2)?;
    super::setitem(l, &a[1], &a[2])?;
    Ok(none())
}

fn l_delitem(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__delitem__", a)?;
    super::delitem(this(a, "__delitem__")?, &a[1])?;
    Ok(none())
}

fn l_contains(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__contains__", a)?;
    Ok(py_bool(super::contains(this(a, "__contains__")?, &a[1])?))
}

fn l_iter(a: &[Obj]) -> PyResult<Obj> {
    check_none("list.__iter__", a)?;
    Ok(types::iter::new_list_iter(this(a, "__iter__")?))
}

fn l_reversed(a: &[Obj]) -> PyResult<Obj> {
    check_none("list.__reversed__", a)?;
    Ok(types::iter::new_list_reverse_iter(this(a, "__reversed__")?))
}

fn l_repr(a: &[Obj]) -> PyResult<Obj> {
    check_none("list.__repr__", a)?;
    Ok(types::str::new_string(super::list_repr(this(
        a, "__repr__",
    )?)?))
}

/// Whether a failed sequence operation with `other` should defer to
/// `other`'s reflected method (user classes defining it).
pub(crate) fn defer_to(other: &Obj, rname: &str) -> bool {
    let t = other.ty();
    types::type_data(&t).heap && crate::ops::attr::cache::lookup(&t, rname).is_some()
}

fn l_add(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__add__", a)?;
    let l = this(a, "__add__")?;
    if super::as_list(&a[1]).is_none() && defer_to(&a[1], "__radd__") {
        return Ok(not_implemented());
    }
    super::concat(l, &a[1])
}

fn l_iadd(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__iadd__", a)?;
    let l = this(a, "__iadd__")?;
    super::extend(l, &a[1])?;
    Ok(l.clone())
}

/// The repeat count of `seq * n`, or None when `n` is not an index.
pub(crate) fn repeat_count(n: &Obj) -> PyResult<Option<i64>> {
    if !util::is_index(n) {
        return Ok(None);
    }
    util::as_ssize(n, Some(Exc::OverflowError)).map(Some)
}

pub(crate) fn cant_multiply<T>(n: &Obj) -> PyResult<T> {
    type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        types::type_name_of(n)
    ))
}

fn l_mul(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__mul__", a)?;
    let l = this(a, "__mul__")?;
    match repeat_count(&a[1])? {
        Some(n) => super::repeat(l, n),
        None if defer_to(&a[1], "__rmul__") => Ok(not_implemented()),
        None => cant_multiply(&a[1]),
    }
}

fn l_rmul(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__rmul__", a)?;
    let l = this(a, "__rmul__")?;
    match repeat_count(&a[1])? {
        Some(n) => super::repeat(l, n),
        None => cant_multiply(&a[1]),
    }
}

fn l_imul(a: &[Obj]) -> PyResult<Obj> {
    check_one("list.__imul__", a)?;
    let l = this(a, "__imul__")?;
    let n = match repeat_count(&a[1])? {
        Some(n) => n,
        None if defer_to(&a[1], "__rmul__") => return Ok(not_implemented()),
        None => return cant_multiply(&a[1]),
    };
    let c = super::cell(l)?;
    let new = super::repeat_vec(&c.borrow(), n)?;
    let old = std::mem::replace(&mut *c.borrow_mut(), new);
    drop(old);
    Ok(l.clone())
}

fn cmp(a: &[Obj], op: u64) -> PyResult<Obj> {
    check_one("list.__eq__", a)?;
    super::richcompare(&a[0], &a[1], op)
}
fn l_eq(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_EQ)
}
fn l_ne(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_NE)
}
fn l_lt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LT)
}
fn l_le(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LE)
}
fn l_gt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GT)
}
fn l_ge(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GE)
}

/// `list.__new__(cls, *args, **kwargs)`: an empty list (`__init__` fills it).
fn l_new(a: &[Obj], _kw: &Kwargs) -> PyResult<Obj> {
    let cls = util::check_new_cls(a, &builtin().list, "list")?;
    Ok(super::new_list_of_type(cls))
}

/// `list.__init__(self, iterable=())`.
fn l_init(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let l = this(a, "__init__")?;
    no_kwargs("list", kw)?;
    check_range("list", a.len() - 1, 0, 1)?;
    let c = super::cell(l)?;
    let old = std::mem::take(&mut *c.borrow_mut());
    drop(old);
    if let Some(it) = a.get(1) {
        super::extend(l, it)?;
    }
    Ok(none())
}

/// Registers the methods of `list`.
pub fn init(b: &types::Builtins) {
    add_methods(
        &b.list,
        &[
            ("append", l_append),
            ("extend", l_extend),
            ("insert", l_insert),
            ("pop", l_pop),
            ("remove", l_remove),
            ("index", l_index),
            ("count", l_count),
            ("reverse", l_reverse),
            ("copy", l_copy),
            ("clear", l_clear),
            ("__len__", l_len),
            ("__getitem__", l_getitem),
            ("__setitem__", l_setitem),
            ("__delitem__", l_delitem),
            ("__contains__", l_contains),
            ("__iter__", l_iter),
            ("__reversed__", l_reversed),
            ("__repr__", l_repr),
            ("__add__", l_add),
            ("__iadd__", l_iadd),
            ("__mul__", l_mul),
            ("__rmul__", l_rmul),
            ("__imul__", l_imul),
            ("__eq__", l_eq),
            ("__ne__", l_ne),
            ("__lt__", l_lt),
            ("__le__", l_le),
            ("__gt__", l_gt),
            ("__ge__", l_ge),
        ],
    );
    add_kw_methods(
        &b.list,
        &[("sort", l_sort), ("__new__", l_new), ("__init__", l_init)],
    );
    util::add_class_getitem(&b.list);
    let d = types::type_data(&b.list).dict();
    dict::set_str(d, "__hash__", none());
    dict::set_str(d, "__module__", types::str::new_str("builtins"));
}
