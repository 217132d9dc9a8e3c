//! Iteration and sequence unpacking.

use super::calls::is_iterable;
use super::{put, v};
use crate::abi::ITER_EXHAUSTED;
use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::eval::state::{set_pending, status, value_word};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, builtin};

/// `GET_ITER`; tuples, lists and ranges (the common `for` loops) get their
/// iterator without the type lookups of `ops::get_iter`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_get_iter(obj: u64) -> u64 {
    let o = v(&obj);
    if !o.is_small_int() {
        let (b, ty) = (builtin(), o.ty_word());
        if ty == b.tuple.word() {
            return types::iter::new_tuple_iter(o).into_word();
        }
        if ty == b.list.word() {
            return types::iter::new_list_iter(o).into_word();
        }
        if ty == b.range.word() {
            return value_word(types::range::range_iter(o));
        }
    }
    value_word(ops::get_iter(o))
}

/// The error of a loop over a dict (stepped by generated code without an
/// iterator object) that finds the dict changed: its size (`keys` 0), or,
/// at the same size, its keys (`keys` 1). Returns 0 (the error is set).
#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_changed_in_loop(keys: u64) -> u64 {
    let what = if keys == 0 {
        "dictionary changed size during iteration"
    } else {
        "dictionary keys changed during iteration"
    };
    value_word(Err(PyErr::new(Exc::RuntimeError, what)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_for_iter(iter: u64) -> u64 {
    let it = v(&iter);
    let r = if let Payload::Generator(_) = it.payload()
        && it.ty_word() == builtin().generator.word()
    {
        if let Some(w) = crate::types::generator::next_flat(it) {
            return w;
        }
        crate::types::generator::gen_next(it)
    } else {
        ops::next(it)
    };
    match r {
        Ok(Some(x)) => x.into_word(),
        Ok(None) => ITER_EXHAUSTED,
        Err(e) if e.matches(Exc::StopIteration) => ITER_EXHAUSTED,
        Err(e) => {
            set_pending(e);
            0
        }
    }
}

/// `FOR_ITER` with the `UNPACK_SEQUENCE n` after it, for iterators the
/// generated code does not step inline: 1 with the `n` items in `out` (in
/// `rt_unpack_sequence`'s order), 0 when exhausted, -1 when the iterator
/// raised, -2 when unpacking the item raised. Dict items and `enumerate`
/// hand over their pairs without building the tuple.
///
/// # Safety
/// `out` must point to `n` writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_for_iter_unpack(iter: u64, n: u64, out: u64) -> i64 {
    let it = v(&iter);
    if n == 2 && !types::type_data(Obj::borrow(&it.ty_word())).heap {
        match types::iter::iter_next_pair(it) {
            Some(Ok(Some((a, b)))) => {
                // SAFETY: caller contract: two slots.
                unsafe {
                    put(out, 0, a);
                    put(out, 1, b);
                }
                return 1;
            }
            Some(Ok(None)) => return 0,
            Some(Err(e)) => {
                set_pending(e);
                return -1;
            }
            None => {}
        }
    }
    match rt_for_iter(iter) {
        0 => -1,
        ITER_EXHAUSTED => 0,
        item => {
            // SAFETY: caller contract.
            let s = unsafe { rt_unpack_sequence(item, n, out) };
            drop(Obj::from_word(item));
            if s < 0 { -2 } else { 1 }
        }
    }
}

fn iter_for_unpack(seq: &Obj) -> PyResult<Obj> {
    match ops::get_iter(seq) {
        Err(e) if e.matches(Exc::TypeError) && !is_iterable(seq) => type_error(format!(
            "cannot unpack non-iterable {} object",
            types::type_name_of(seq)
        )),
        r => r,
    }
}

/// Exact list/tuple items (fast path), else None.
fn seq_items(seq: &Obj) -> Option<Vec<Obj>> {
    let b = builtin();
    match seq.payload() {
        Payload::Tuple(t) if seq.ty().is(&b.tuple) => Some(t.to_vec()),
        Payload::List(l) if seq.ty().is(&b.list) => Some(l.borrow().clone()),
        _ => None,
    }
}

/// `a, b, c = seq`: exactly `n` items in order.
pub fn unpack_sequence(seq: &Obj, n: usize) -> PyResult<Vec<Obj>> {
    if let Some(items) = seq_items(seq) {
        if items.len() == n {
            return Ok(items);
        }
        if items.len() > n {
            return Err(PyErr::new(
                Exc::ValueError,
                format!("too many values to unpack (expected {n})"),
            ));
        }
        return Err(PyErr::new(
            Exc::ValueError,
            format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ),
        ));
    }
    let it = iter_for_unpack(seq)?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        match ops::next(&it)? {
            Some(x) => out.push(x),
            None => {
                return Err(PyErr::new(
                    Exc::ValueError,
                    format!("not enough values to unpack (expected {n}, got {i})"),
                ));
            }
        }
    }
    if ops::next(&it)?.is_some() {
        return Err(PyErr::new(
            Exc::ValueError,
            format!("too many values to unpack (expected {n})"),
        ));
    }
    Ok(out)
}

/// `a, *b, c = seq`: `before` items, a list, `after` items.
pub fn unpack_ex(seq: &Obj, before: usize, after: usize) -> PyResult<Vec<Obj>> {
    let items = match seq_items(seq) {
        Some(items) => items,
        None => {
            let it = iter_for_unpack(seq)?;
            let mut items = Vec::new();
            for i in 0..before {
                match ops::next(&it)? {
                    Some(x) => items.push(x),
                    None => {
                        return Err(PyErr::new(
                            Exc::ValueError,
                            format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                i
                            ),
                        ));
                    }
                }
            }
            while let Some(x) = ops::next(&it)? {
                items.push(x);
            }
            items
        }
    };
    let total = items.len();
    if total < before {
        return Err(PyErr::new(
            Exc::ValueError,
            format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                total
            ),
        ));
    }
    if total < before + after {
        return Err(PyErr::new(
            Exc::ValueError,
            format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                total
            ),
        ));
    }
    let mut it = items.into_iter();
    let mut out: Vec<Obj> = it.by_ref().take(before).collect();
    let middle: Vec<Obj> = it.by_ref().take(total - before - after).collect();
    out.push(types::list::new_list(middle));
    out.extend(it);
    Ok(out)
}

/// # Safety
/// `out` must point to `n` writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_unpack_sequence(seq: u64, n: u64, out: u64) -> i64 {
    // Exact tuples and lists of the right length (`for k, v in d.items()`,
    // functions returning pairs): straight into the slots, no vector.
    let seq = v(&seq);
    let b = builtin();
    let copy = |items: &[Obj]| {
        for (i, x) in items.iter().enumerate() {
            // SAFETY: caller contract: `n` slots, and `items.len() == n`.
            unsafe { put(out, i, x.clone()) };
        }
        0
    };
    match seq.payload() {
        Payload::Tuple(t) if t.len() == n as usize && seq.ty_word() == b.tuple.word() => {
            return copy(t);
        }
        Payload::List(l) if seq.ty_word() == b.list.word() => {
            let l = l.borrow();
            if l.len() == n as usize {
                return copy(&l);
            }
        }
        _ => {}
    }
    match unpack_sequence(seq, n as usize) {
        Ok(items) => {
            for (i, x) in items.into_iter().enumerate() {
                // SAFETY: caller contract: `n` slots.
                unsafe { put(out, i, x) };
            }
            0
        }
        Err(e) => status(Err(e)),
    }
}

/// # Safety
/// `out` must point to `before + 1 + after` writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_unpack_ex(seq: u64, before: u64, after: u64, out: u64) -> i64 {
    // Exact tuples and lists with enough items: straight into the slots,
    // the middle copied once into its list.
    let seq = v(&seq);
    let (before, after) = (before as usize, after as usize);
    let b = builtin();
    let direct = |items: &[Obj]| {
        let total = items.len();
        for (i, x) in items[..before].iter().enumerate() {
            // SAFETY: caller contract: `before + 1 + after` slots.
            unsafe { put(out, i, x.clone()) };
        }
        let middle = types::list::new_list(items[before..total - after].to_vec());
        // SAFETY: as above.
        unsafe { put(out, before, middle) };
        for (i, x) in items[total - after..].iter().enumerate() {
            // SAFETY: as above.
            unsafe { put(out, before + 1 + i, x.clone()) };
        }
        0
    };
    match seq.payload() {
        Payload::Tuple(t) if t.len() >= before + after && seq.ty_word() == b.tuple.word() => {
            return direct(t);
        }
        Payload::List(l) if seq.ty_word() == b.list.word() => {
            let l = l.borrow();
            if l.len() >= before + after {
                return direct(&l);
            }
        }
        _ => {}
    }
    match unpack_ex(seq, before, after) {
        Ok(items) => {
            for (i, x) in items.into_iter().enumerate() {
                // SAFETY: caller contract.
                unsafe { put(out, i, x) };
            }
            0
        }
        Err(e) => status(Err(e)),
    }
}
