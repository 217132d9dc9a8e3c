//! `enumerate`, `zip`, `map`, `filter`, `reversed` and `iter(f, sentinel)`:
//! Rust constructors and the `__new__` methods that make the types callable
//! from Python (with CPython's argument errors).

use super::types as iter_types;
use super::{IterState, IterTypes, new_iter};
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types;
use crate::types::function::Kwargs;
use crate::types::list::util::{self, check_range, index_obj, kw_name, no_kwargs};
use crate::types::typeobj::add_kw_methods;

/// `enumerate(iterable, start)`.
pub fn new_enumerate(iterable: Obj, start: Obj) -> PyResult<Obj> {
    enumerate_of(&iter_types().enumerate, &iterable, Some(&start))
}

fn enumerate_of(cls: &Obj, iterable: &Obj, start: Option<&Obj>) -> PyResult<Obj> {
    let (count, big) = match start {
        None => (0, None),
        Some(s) => {
            let v = index_obj(s)?;
            match util::int_i64(&v) {
                Some(i) => (i, None),
                None => (i64::MAX, util::int_value(&v)),
            }
        }
    };
    let it = crate::ops::get_iter(iterable)?;
    Ok(new_iter(cls, IterState::Enumerate { it, count, big }))
}

/// `zip(*iterables, strict=strict)`.
pub fn new_zip(iterables: Vec<Obj>, strict: bool) -> PyResult<Obj> {
    zip_of(&iter_types().zip, &iterables, strict)
}

fn zip_of(cls: &Obj, iterables: &[Obj], strict: bool) -> PyResult<Obj> {
    let mut iters = Vec::with_capacity(iterables.len());
    for x in iterables {
        iters.push(crate::ops::get_iter(x)?);
    }
    Ok(new_iter(cls, IterState::Zip { iters, strict }))
}

/// `map(func, *iterables)` (at least one iterable).
pub fn new_map(func: Obj, iterables: Vec<Obj>) -> PyResult<Obj> {
    map_of(&iter_types().map, func, &iterables)
}

fn map_of(cls: &Obj, func: Obj, iterables: &[Obj]) -> PyResult<Obj> {
    if iterables.is_empty() {
        return type_error("map() must have at least two arguments.");
    }
    let mut iters = Vec::with_capacity(iterables.len());
    for x in iterables {
        iters.push(crate::ops::get_iter(x)?);
    }
    Ok(new_iter(cls, IterState::Map { func, iters }))
}

/// `filter(func_or_none, iterable)`.
pub fn new_filter(func: Obj, iterable: Obj) -> PyResult<Obj> {
    filter_of(&iter_types().filter, func, &iterable)
}

fn filter_of(cls: &Obj, func: Obj, iterable: &Obj) -> PyResult<Obj> {
    let it = crate::ops::get_iter(iterable)?;
    Ok(new_iter(cls, IterState::Filter { func, it }))
}

/// `iter(func, sentinel)` (the caller checks that `func` is callable).
pub fn new_callable_iter(func: Obj, sentinel: Obj) -> Obj {
    new_iter(
        &iter_types().callable_iterator,
        IterState::Callable { func, sentinel },
    )
}

/// `reversed(seq)`: `seq.__reversed__()` when defined, else a `reversed`
/// object over `__len__`/`__getitem__`.
pub fn new_reversed(seq: Obj) -> PyResult<Obj> {
    reversed_of(&iter_types().reversed, &seq)
}

fn not_reversible<T>(seq: &Obj) -> PyResult<T> {
    type_error(format!(
        "'{}' object is not reversible",
        types::type_name_of(seq)
    ))
}

fn reversed_of(cls: &Obj, seq: &Obj) -> PyResult<Obj> {
    if let Some(m) = types::lookup_special(seq, "__reversed__") {
        if util::is_none(&m) {
            return not_reversible(seq);
        }
        return crate::ops::call(&m, std::slice::from_ref(seq), None);
    }
    // CPython's PySequence_Check: has __getitem__ and is not a dict.
    if matches!(seq.payload(), Payload::Dict(_))
        || seq.is_small_int()
        || types::lookup_special(seq, "__getitem__").is_none()
    {
        return not_reversible(seq);
    }
    let n = crate::ops::len(seq)? as i64;
    Ok(new_iter(
        cls,
        IterState::Reversed {
            seq: seq.clone(),
            index: n - 1,
        },
    ))
}

fn cls_arg(a: &[Obj]) -> PyResult<&Obj> {
    match a.first() {
        Some(c) if matches!(c.payload(), Payload::Type(_)) => Ok(c),
        _ => type_error("__new__(X): X is not a type object"),
    }
}

/// `enumerate.__new__(cls, iterable, start=0)`.
fn enumerate_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = cls_arg(a)?;
    let pos = &a[1..];
    let total = pos.len() + kw.len();
    let mut iterable = pos.first().cloned();
    let mut start = pos.get(1).cloned();
    if total > 2 {
        return type_error(format!(
            "enumerate() takes at most 2 arguments ({total} given)"
        ));
    }
    for (k, v) in kw {
        match kw_name(k) {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "start" if start.is_none() => start = Some(v.clone()),
            "iterable" | "start" => {
                return type_error(format!(
                    "argument for enumerate() given by name ('{}') and position",
                    kw_name(k)
                ));
            }
            other => {
                return type_error(format!(
                    "'{other}' is an invalid keyword argument for enumerate()"
                ));
            }
        }
    }
    let Some(iterable) = iterable else {
        // CPython's vectorcall of `enumerate` itself words this without the
        // position its argument parser (used for subclasses) adds.
        let pos = if cls.is(&iter_types().enumerate) {
            ""
        } else {
            " (pos 1)"
        };
        return type_error(format!(
            "enumerate() missing required argument 'iterable'{pos}"
        ));
    };
    enumerate_of(cls, &iterable, start.as_ref())
}

/// `zip.__new__(cls, *iterables, strict=False)`.
fn zip_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = cls_arg(a)?;
    let mut strict = false;
    for (k, v) in kw {
        if kw_name(k) == "strict" {
            strict = crate::ops::is_true(v)?;
        } else {
            return type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                kw_name(k)
            ));
        }
    }
    zip_of(cls, &a[1..], strict)
}

/// `map.__new__(cls, func, *iterables)`.
fn map_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = cls_arg(a)?;
    if cls.is(&iter_types().map) {
        no_kwargs("map", kw)?;
    }
    if a.len() < 3 {
        return type_error("map() must have at least two arguments.");
    }
    map_of(cls, a[1].clone(), &a[2..])
}

/// `filter.__new__(cls, function, iterable)`.
fn filter_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = cls_arg(a)?;
    if cls.is(&iter_types().filter) {
        no_kwargs("filter", kw)?;
    }
    check_range("filter", a.len() - 1, 2, 2)?;
    filter_of(cls, a[1].clone(), &a[2])
}

/// `reversed.__new__(cls, sequence)`.
fn reversed_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let cls = cls_arg(a)?;
    if cls.is(&iter_types().reversed) {
        no_kwargs("reversed", kw)?;
    }
    check_range("reversed", a.len() - 1, 1, 1)?;
    reversed_of(cls, &a[1])
}

/// Registers the constructors on the types.
pub(super) fn register(ts: &IterTypes) {
    add_kw_methods(&ts.enumerate, &[("__new__", enumerate_new)]);
    util::add_class_getitem(&ts.enumerate);
    add_kw_methods(&ts.zip, &[("__new__", zip_new)]);
    add_kw_methods(&ts.map, &[("__new__", map_new)]);
    add_kw_methods(&ts.filter, &[("__new__", filter_new)]);
    add_kw_methods(&ts.reversed, &[("__new__", reversed_new)]);
}
