//! Iteration built-ins: `iter`, `next`, `any`, `all`, `min`, `max`, `sum`,
//! `sorted`.

use super::{check_count, check_kwargs, kw_name, kwarg};
use crate::abi::{CMP_GT, CMP_LT, NB_ADD};
use crate::errors::{Exc, PyResult, raise, type_error};
use crate::eval::rt::push;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::Kwargs;
use crate::types::{self, builtin};

pub fn iter(a: &[Obj]) -> PyResult<Obj> {
    check_count("iter", a.len(), 1, 2)?;
    match a.get(1) {
        None => ops::get_iter(&a[0]),
        Some(sentinel) => {
            if !ops::call::is_callable(&a[0]) {
                return type_error("iter(v, w): v must be callable");
            }
            Ok(types::iter::new_callable_iter(
                a[0].clone(),
                sentinel.clone(),
            ))
        }
    }
}

pub fn next(a: &[Obj]) -> PyResult<Obj> {
    check_count("next", a.len(), 1, 2)?;
    let it = &a[0];
    if types::lookup_special(it, "__next__").is_none() {
        return type_error(format!(
            "'{}' object is not an iterator",
            types::type_name_of(it)
        ));
    }
    match a.get(1) {
        // Without a default the iterator's own StopIteration (and its value,
        // e.g. a generator's return value) propagates unchanged.
        None => ops::call_method(it, "__next__", &[]),
        Some(d) => match ops::object::next(it)? {
            Some(v) => Ok(v),
            None => Ok(d.clone()),
        },
    }
}

pub fn any(a: &[Obj]) -> PyResult<Obj> {
    let v = super::exactly_one("any", a)?;
    if let Some(r) = push::consume(v, push::Consumer::Any(false)) {
        return Ok(types::int::new_bool(matches!(
            r?,
            push::Consumer::Any(true)
        )));
    }
    let it = ops::get_iter(v)?;
    while let Some(x) = ops::next(&it)? {
        if ops::is_true(&x)? {
            return Ok(builtin().true_.clone());
        }
    }
    Ok(builtin().false_.clone())
}

pub fn all(a: &[Obj]) -> PyResult<Obj> {
    let v = super::exactly_one("all", a)?;
    if let Some(r) = push::consume(v, push::Consumer::All(true)) {
        return Ok(types::int::new_bool(matches!(
            r?,
            push::Consumer::All(true)
        )));
    }
    let it = ops::get_iter(v)?;
    while let Some(x) = ops::next(&it)? {
        if !ops::is_true(&x)? {
            return Ok(builtin().false_.clone());
        }
    }
    Ok(builtin().true_.clone())
}

fn min_max(a: &[Obj], kw: &Kwargs, name: &str, op: u64) -> PyResult<Obj> {
    if kw.len() > 2 {
        return type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            kw.len()
        ));
    }
    check_kwargs(name, kw, &["key", "default"])?;
    if a.is_empty() {
        return type_error(format!("{name} expected at least 1 argument, got 0"));
    }
    let key = kwarg(kw, "key").filter(|k| !matches!(k.payload(), Payload::None));
    let default = kwarg(kw, "default");
    if a.len() > 1 && default.is_some() {
        return type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        ));
    }
    let pushed = match a {
        [one] => push::consume(
            one,
            push::Consumer::Best {
                key: key.cloned(),
                op,
                best: None,
            },
        ),
        _ => None,
    };
    let best = match pushed {
        Some(Ok(push::Consumer::Best { best, .. })) => best,
        Some(Ok(_)) => unreachable!("a min/max consumer stays one"),
        Some(Err(e)) => return Err(e),
        None => {
            // Several arguments are walked in place (CPython iterates over
            // the arguments tuple, which no Python code can see).
            let it = match a {
                [one] => Some(ops::get_iter(one)?),
                _ => None,
            };
            let mut args = a.iter();
            let mut next_item = || match &it {
                Some(it) => ops::next(it),
                None => Ok(args.next().cloned()),
            };
            let mut best = None;
            while let Some(item) = next_item()? {
                best = better(best, item, key, op)?;
            }
            best
        }
    };
    match best {
        Some((item, _)) => Ok(item),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => raise(
                Exc::ValueError,
                format!("{name}() arg is an empty sequence"),
            ),
        },
    }
}

pub fn min(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    min_max(a, kw, "min", CMP_LT)
}

pub fn max(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    min_max(a, kw, "max", CMP_GT)
}

/// `sum(iterable, /, start=0)`.
pub fn sum(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    check_kwargs("sum", kw, &["start"])?;
    let total = a.len() + kw.len();
    if a.is_empty() {
        return type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            a.len()
        ));
    }
    if total > 2 {
        return type_error(format!("sum() takes at most 2 arguments ({total} given)"));
    }
    let start = a
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start").cloned())
        .unwrap_or_else(|| types::int::new_int(0));
    match start.payload() {
        Payload::Str(_) => {
            return type_error("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Payload::Bytes(_) => {
            return type_error("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        Payload::ByteArray(_) => {
            return type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        _ => {}
    }
    match push::consume(&a[0], push::Consumer::Sum(start.clone())) {
        Some(Ok(push::Consumer::Sum(total))) => return Ok(total),
        Some(Ok(_)) => unreachable!("a summing consumer stays one"),
        Some(Err(e)) => return Err(e),
        None => {}
    }
    let it = ops::get_iter(&a[0])?;
    let mut acc = start;
    while let Some(x) = ops::next(&it)? {
        if let (Some(p), Some(q)) = (acc.small_int(), x.small_int())
            && let Some(r) = p.checked_add(q)
        {
            acc = types::int::new_int(r);
            continue;
        }
        acc = ops::binary_op(&acc, &x, NB_ADD)?;
    }
    Ok(acc)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub fn sorted(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    check_count("sorted", a.len(), 1, 1)?;
    for (k, _) in kw {
        let n = kw_name(k);
        if n != "key" && n != "reverse" {
            return type_error(format!("'{n}' is an invalid keyword argument for sort()"));
        }
    }
    let key = kwarg(kw, "key").filter(|k| !matches!(k.payload(), Payload::None));
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => ops::object::index_i64(r)? != 0,
        None => false,
    };
    let mut items = ops::iterate(&a[0])?;
    types::list::sort_vec(&mut items, key, reverse)?;
    Ok(types::list::new_list(items))
}

/// The best of `best` and `item` for `min`/`max` (`op`: CMP_LT or CMP_GT
/// between keys; the first of equal ones stays), each with its key.
pub(crate) fn better(
    best: Option<(Obj, Obj)>,
    item: Obj,
    key: Option<&Obj>,
    op: u64,
) -> PyResult<Option<(Obj, Obj)>> {
    let k = match key {
        Some(f) => ops::call(f, std::slice::from_ref(&item), None)?,
        None => item.clone(),
    };
    Ok(Some(match best {
        None => (item, k),
        Some((bi, bk)) => {
            if ops::rich_compare_bool(&k, &bk, op)? {
                (item, k)
            } else {
                (bi, bk)
            }
        }
    }))
}
