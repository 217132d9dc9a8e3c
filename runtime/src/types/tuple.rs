//! `tuple`: constructor, item and slice access, concatenation and
//! repetition, comparison, repr, and hashing (CPython 3.11's xxHash-based
//! tuple hash, bit for bit).

use super::list::util::{
    self, as_ssize, check_none, check_one, check_range, int_usize, is_index, no_kwargs,
    not_implemented, py_bool,
};
use crate::errors::{Exc, PyErr, PyResult, index_error, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_kw_methods, add_methods};
use crate::types::{self, builtin, dict};

/// A new tuple (the empty tuple is a singleton, as in CPython).
pub fn new_tuple(items: Vec<Obj>) -> Obj {
    if items.is_empty() {
        return builtin().empty_tuple.clone();
    }
    Obj::new(
        &super::builtin().tuple,
        Payload::Tuple(items.into_boxed_slice()),
    )
}

/// A new instance of `cls` (tuple or a tuple subclass) holding `items`.
pub fn new_tuple_of_type(cls: &Obj, items: Vec<Obj>) -> Obj {
    if cls.is(&builtin().tuple) {
        return new_tuple(items);
    }
    Obj::new(cls, Payload::Tuple(items.into_boxed_slice()))
}

/// The items of a tuple (or tuple subclass instance).
pub fn as_slice(v: &Obj) -> Option<&[Obj]> {
    match v.payload() {
        Payload::Tuple(t) => Some(t),
        _ => None,
    }
}

fn slice_of(v: &Obj) -> PyResult<&[Obj]> {
    as_slice(v).ok_or_else(|| {
        PyErr::new(
            Exc::TypeError,
            format!("expected a tuple, got '{}'", types::type_name_of(v)),
        )
    })
}

/// `t[start:stop:step]` for unpacked bounds (`slice_unpack`'s result).
pub fn get_slice(t: &Obj, start: isize, stop: isize, step: isize) -> PyResult<Obj> {
    let items = slice_of(t)?;
    let (start, _, step, n) = types::range::slice_adjust(items.len(), start, stop, step);
    if n == items.len() && step == 1 && util::exact(t, &builtin().tuple) {
        return Ok(t.clone());
    }
    let out: Vec<Obj> = (0..n)
        .map(|k| items[(start + k as isize * step) as usize].clone())
        .collect();
    Ok(new_tuple(out))
}

/// `t[key]` for an int-like or a slice.
pub fn getitem(t: &Obj, key: &Obj) -> PyResult<Obj> {
    let items = slice_of(t)?;
    // Slices first: `slice` has no `__index__`, so this order saves
    // `is_index` a by-name type lookup.
    if let Payload::Slice(..) = key.payload() {
        let (start, stop, step) = types::range::slice_unpack(key)?;
        return get_slice(t, start, stop, step);
    }
    if is_index(key) {
        let i = match key.small_int() {
            Some(i) => i,
            None => as_ssize(key, Some(Exc::IndexError))?,
        };
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return index_error("tuple index out of range");
        }
        return Ok(items[j as usize].clone());
    }
    type_error(format!(
        "tuple indices must be integers or slices, not {}",
        types::type_name_of(key)
    ))
}

/// `x in t`.
pub fn contains(t: &Obj, x: &Obj) -> PyResult<bool> {
    for item in slice_of(t)? {
        if util::obj_eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash over already-computed item hashes.
pub fn hash_of_hashes(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len();
    xx_finish(hashes.fold(XXPRIME_5, xx_round), len)
}

/// One xxHash round of the tuple hash, for item hash `h`.
fn xx_round(acc: u64, h: i64) -> u64 {
    acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2))
        .rotate_left(31)
        .wrapping_mul(XXPRIME_1)
}

/// The tuple hash after the rounds over `len` items.
fn xx_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add(len as u64 ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(t)`: combines the item hashes with CPython's xxHash-based scheme.
pub fn hash(t: &Obj) -> PyResult<i64> {
    let items = slice_of(t)?;
    let mut acc = XXPRIME_5;
    for item in items {
        acc = xx_round(acc, util::key_hash(item)?);
    }
    Ok(xx_finish(acc, items.len()))
}

/// `repr(t)`.
pub fn tuple_repr(t: &Obj) -> PyResult<String> {
    let items = slice_of(t)?;
    if items.is_empty() {
        return Ok("()".to_string());
    }
    let Some(_guard) = util::repr_enter(t) else {
        return Ok("(...)".to_string());
    };
    let mut out = String::from("(");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&util::repr_of(item)?);
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(out)
}

/// Rich comparison of two tuples (NotImplemented unless both are tuples).
pub fn richcompare(v: &Obj, w: &Obj, op: u64) -> PyResult<Obj> {
    let (Some(a), Some(b)) = (as_slice(v), as_slice(w)) else {
        return Ok(not_implemented());
    };
    super::list::seq_richcompare(
        &|i| a.get(i).cloned(),
        &|| a.len(),
        &|i| b.get(i).cloned(),
        &|| b.len(),
        op,
    )
}

/// `a + b` for two tuples; any other `b` raises CPython's TypeError.
pub fn concat(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let x = slice_of(a)?;
    let Some(y) = as_slice(b) else {
        return type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            types::type_name_of(b)
        ));
    };
    let bi = builtin();
    if y.is_empty() && util::exact(a, &bi.tuple) {
        return Ok(a.clone());
    }
    if x.is_empty() && util::exact(b, &bi.tuple) {
        return Ok(b.clone());
    }
    let mut out = Vec::with_capacity(x.len() + y.len());
    out.extend(x.iter().cloned());
    out.extend(y.iter().cloned());
    Ok(new_tuple(out))
}

/// `t * n`.
pub fn repeat(t: &Obj, n: i64) -> PyResult<Obj> {
    let items = slice_of(t)?;
    if n == 1 && util::exact(t, &builtin().tuple) {
        return Ok(t.clone());
    }
    Ok(new_tuple(super::list::repeat_vec(items, n)?))
}

fn this<'a>(a: &'a [Obj], name: &str) -> PyResult<&'a Obj> {
    match a.first() {
        Some(t) if as_slice(t).is_some() => Ok(t),
        Some(t) => util::descr_error(name, "tuple", t),
        None => type_error(format!(
            "descriptor '{name}' of 'tuple' object needs an argument"
        )),
    }
}

fn t_len(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__len__", a)?;
    Ok(int_usize(slice_of(this(a, "__len__")?)?.len()))
}

fn t_getitem(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__getitem__", a)?;
    getitem(this(a, "__getitem__")?, &a[1])
}

fn t_contains(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__contains__", a)?;
    Ok(py_bool(contains(this(a, "__contains__")?, &a[1])?))
}

fn t_iter(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__iter__", a)?;
    Ok(types::iter::new_tuple_iter(this(a, "__iter__")?))
}

fn t_hash(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__hash__", a)?;
    Ok(types::int::new_int(hash(this(a, "__hash__")?)?))
}

fn t_repr(a: &[Obj]) -> PyResult<Obj> {
    check_none("tuple.__repr__", a)?;
    Ok(types::str::new_string(tuple_repr(this(a, "__repr__")?)?))
}

fn t_count(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.count", a)?;
    let mut n = 0usize;
    for item in slice_of(this(a, "count")?)? {
        if util::obj_eq(item, &a[1])? {
            n += 1;
        }
    }
    Ok(int_usize(n))
}

fn t_index(a: &[Obj]) -> PyResult<Obj> {
    let t = this(a, "index")?;
    check_range("index", a.len() - 1, 1, 3)?;
    let items = slice_of(t)?;
    let n = items.len() as i64;
    let mut start = match a.get(2) {
        Some(v) => util::slice_index_arg(v)?,
        None => 0,
    };
    let mut stop = match a.get(3) {
        Some(v) => util::slice_index_arg(v)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    let mut i = start;
    while i < stop.min(n) {
        if util::obj_eq(&items[i as usize], &a[1])? {
            return Ok(types::int::new_int(i));
        }
        i += 1;
    }
    Err(PyErr::new(
        Exc::ValueError,
        "tuple.index(x): x not in tuple",
    ))
}

fn t_add(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__add__", a)?;
    let t = this(a, "__add__")?;
    if as_slice(&a[1]).is_none() && super::list::defer_to(&a[1], "__radd__") {
        return Ok(not_implemented());
    }
    concat(t, &a[1])
}

fn t_mul(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__mul__", a)?;
    let t = this(a, "__mul__")?;
    match super::list::repeat_count(&a[1])? {
        Some(n) => repeat(t, n),
        None if super::list::defer_to(&a[1], "__rmul__") => Ok(not_implemented()),
        None => super::list::cant_multiply(&a[1]),
    }
}

fn t_rmul(a: &[Obj]) -> PyResult<Obj> {
    check_one("tuple.__rmul__", a)?;
    let t = this(a, "__rmul__")?;
    match super::list::repeat_count(&a[1])? {
        Some(n) => repeat(t, n),
        None => super::list::cant_multiply(&a[1]),
    }
}

fn cmp(a: &[Obj], op: u64) -> PyResult<Obj> {
    check_one("tuple.__eq__", a)?;
    richcompare(&a[0], &a[1], op)
}
fn t_eq(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_EQ)
}
fn t_ne(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_NE)
}
fn t_lt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LT)
}
fn t_le(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LE)
}
fn t_gt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GT)
}
fn t_ge(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GE)
}

/// `tuple.__new__(cls, iterable=())`.
fn t_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let b = builtin();
    let cls = util::check_new_cls(a, &b.tuple, "tuple")?;
    if cls.is(&b.tuple) {
        no_kwargs("tuple", kw)?;
    }
    check_range("tuple", a.len() - 1, 0, 1)?;
    let Some(it) = a.get(1) else {
        return Ok(new_tuple_of_type(cls, Vec::new()));
    };
    if cls.is(&b.tuple) && util::exact(it, &b.tuple) {
        return Ok(it.clone());
    }
    Ok(new_tuple_of_type(cls, util::collect(it)?))
}

/// Registers the methods of `tuple`.
pub fn init_methods(b: &super::Builtins) {
    add_methods(
        &b.tuple,
        &[
            ("__len__", t_len),
            ("__getitem__", t_getitem),
            ("__contains__", t_contains),
            ("__iter__", t_iter),
            ("__hash__", t_hash),
            ("__repr__", t_repr),
            ("__add__", t_add),
            ("__mul__", t_mul),
            ("__rmul__", t_rmul),
            ("__eq__", t_eq),
            ("__ne__", t_ne),
            ("__lt__", t_lt),
            ("__le__", t_le),
            ("__gt__", t_gt),
            ("__ge__", t_ge),
            ("count", t_count),
            ("index", t_index),
        ],
    );
    add_kw_methods(&b.tuple, &[("__new__", t_new)]);
    util::add_class_getitem(&b.tuple);
    dict::set_str(
        &types::type_data(&b.tuple).dict,
        "__module__",
        types::str::new_str("builtins"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tuple_hash_matches_cpython() {
        crate::types::init();
        // PYTHONHASHSEED=0 python3 -c "print(hash(()), hash((1, 2)), hash((1,)), hash((-1, 0)), hash((1, (2, 3))))"
        assert_eq!(hash_of_hashes([].into_iter()), 5740354900026072187);
        assert_eq!(hash_of_hashes([1, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_of_hashes([1].into_iter()), -6644214454873602895);
        assert_eq!(hash_of_hashes([-2, 0].into_iter()), 2575514064802888272);
        let inner = hash_of_hashes([2, 3].into_iter());
        assert_eq!(hash_of_hashes([1, inner].into_iter()), 7267574591690527098);
        // hash((1, 'a')) with hash('a') == 4644417185603328019
        assert_eq!(
            hash_of_hashes([1, 4644417185603328019].into_iter()),
            3906047847676358913
        );
    }
}
