//! Advancing the built-in iterators (`iter_next`) and their
//! `__length_hint__`. Exhausted tuple and str iterators keep their state's
//! kind with the empty tuple or str in place of the sequence (released),
//! because generated code steps them inline (see `abi::TUPLE_ITER_*`).
//! No RefCell borrow of an iterator's state is held while
//! Python code runs; released references are dropped after the borrow ends.

use super::{DictKind, IterState};
use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::dict::NextEntry;
use crate::types::list::util::int_usize;
use crate::types::{self, int};
use num_bigint::BigInt;
use num_traits::Zero;

/// The next item of an iterator that a built-in iterator consumes (`zip`,
/// `enumerate`, `map`, `filter`): a list, tuple or range iterator with an
/// item left is stepped here, with no Python code and none of
/// `ops::next`'s dispatch; anything else (including an exhausted one,
/// which releases its sequence) goes through `ops::next`.
#[inline]
fn next_inner(it: &Obj) -> PyResult<Option<Obj>> {
    match step_sequence(it) {
        Some(v) => Ok(Some(v)),
        None => crate::ops::next(it),
    }
}

/// `next_inner`'s step: the next item of a list, tuple or range iterator
/// (as `iter_next` yields it), or None when `it` is another kind, is
/// exhausted, or its state or list is borrowed.
#[inline]
fn step_sequence(it: &Obj) -> Option<Obj> {
    let Payload::Iter(cell) = it.payload() else {
        return None;
    };
    let mut st = cell.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::List {
            seq: Some(seq),
            index,
        } => {
            let Payload::List(l) = seq.payload() else {
                return None;
            };
            let v = l.try_borrow().ok()?.get(*index).cloned()?;
            *index += 1;
            Some(v)
        }
        IterState::Tuple { seq, index } => {
            let v = types::tuple::as_slice(seq)?.get(*index).cloned()?;
            *index += 1;
            Some(v)
        }
        IterState::Range {
            next,
            step,
            remaining,
        } if *remaining > 0 => {
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next = next.wrapping_add(*step);
            }
            Some(int::new_int(v))
        }
        _ => None,
    }
}

/// Advances a built-in iterator: Ok(None) when exhausted.
///
/// Dict views and non-iterator objects raise "'X' object is not an iterator".
pub fn iter_next(it: &Obj) -> PyResult<Option<Obj>> {
    let Payload::Iter(cell) = it.payload() else {
        return not_an_iterator(it);
    };
    // Fast, self-contained kinds are handled under one borrow (no Python
    // code runs); the others copy what they need out first.
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::List { seq, index } => {
            let item = match seq.as_ref().map(Obj::payload) {
                Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                _ => None,
            };
            if let Some(v) = item {
                *index += 1;
                return Ok(Some(v));
            }
            let old = seq.take();
            drop(st);
            drop(old);
            Ok(None)
        }
        IterState::ListReverse { seq, index } => {
            let item = match seq.payload() {
                Payload::List(l) if *index >= 0 => l.borrow().get(*index as usize).cloned(),
                _ => None,
            };
            if let Some(v) = item {
                *index -= 1;
                return Ok(Some(v));
            }
            finish(st);
            Ok(None)
        }
        IterState::Tuple { seq, index } => {
            let item = types::tuple::as_slice(seq).and_then(|t| t.get(*index).cloned());
            if let Some(v) = item {
                *index += 1;
                return Ok(Some(v));
            }
            *index = 0;
            let old = std::mem::replace(seq, types::builtin().empty_tuple.clone());
            drop(st);
            drop(old);
            Ok(None)
        }
        IterState::Str { seq, pos } => {
            let ch = match seq.payload() {
                Payload::Str(p) => p.s.get(*pos..).and_then(|r| r.chars().next()),
                _ => None,
            };
            if let Some(c) = ch {
                *pos += c.len_utf8();
                return Ok(Some(types::str::char_str(c)));
            }
            *pos = 0;
            let old = std::mem::replace(seq, types::builtin().empty_str.clone());
            drop(st);
            drop(old);
            Ok(None)
        }
        IterState::Bytes { seq, index } => {
            let b = match seq.payload() {
                Payload::Bytes(b) => b.get(*index).copied(),
                Payload::ByteArray(b) => b.borrow().get(*index).copied(),
                _ => None,
            };
            if let Some(b) = b {
                *index += 1;
                return Ok(Some(Obj::from_small(b as i64)));
            }
            finish(st);
            Ok(None)
        }
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next = next.wrapping_add(*step);
            }
            Ok(Some(int::new_int(v)))
        }
        IterState::LongRange(r) => {
            let super::LongRange {
                next,
                step,
                remaining,
            } = &mut **r;
            if remaining.is_zero() || remaining.sign() == num_bigint::Sign::Minus {
                return Ok(None);
            }
            let v = next.clone();
            *remaining -= 1;
            *next += &*step;
            Ok(Some(int::new_bigint(v)))
        }
        IterState::Dict { .. } => dict_next(st),
        IterState::Set { .. } => set_next(st),
        IterState::Exhausted => Ok(None),
        IterState::DictView { .. } => {
            drop(st);
            not_an_iterator(it)
        }
        IterState::SeqGetItem { seq, index } => {
            let (seq, i) = (seq.clone(), *index);
            drop(st);
            getitem_step(cell, &seq, i, false)
        }
        IterState::Reversed { seq, index } => {
            let (seq, i) = (seq.clone(), *index);
            drop(st);
            if i < 0 {
                let old = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
                drop(old);
                return Ok(None);
            }
            getitem_step(cell, &seq, i, true)
        }
        IterState::Enumerate { .. } => {
            drop(st);
            Ok(enumerate_next(cell)?.map(|(i, x)| types::tuple::new_tuple_array([i, x])))
        }
        IterState::Zip { iters, strict } => {
            let (iters, strict) = (iters.clone(), *strict);
            drop(st);
            zip_next(&iters, strict)
        }
        IterState::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            drop(st);
            let mut args = Vec::with_capacity(iters.len());
            for i in &iters {
                match next_inner(i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            crate::ops::call(&func, &args, None).map(Some)
        }
        IterState::Filter { func, it } => {
            let (func, inner) = (func.clone(), it.clone());
            drop(st);
            let b = types::builtin();
            loop {
                let Some(item) = next_inner(&inner)? else {
                    return Ok(None);
                };
                let ok = if func.is(&b.none) || func.is(&b.bool_) {
                    crate::ops::is_true(&item)?
                } else {
                    let r = crate::ops::call(&func, std::slice::from_ref(&item), None)?;
                    crate::ops::is_true(&r)?
                };
                if ok {
                    return Ok(Some(item));
                }
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            match crate::ops::call(&func, &[], None) {
                Ok(r) => {
                    if crate::ops::eq(&sentinel, &r)? {
                        let old = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
                        drop(old);
                        return Ok(None);
                    }
                    Ok(Some(r))
                }
                Err(e) if e.matches(Exc::StopIteration) => {
                    let old = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
                    drop(old);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn not_an_iterator<T>(it: &Obj) -> PyResult<T> {
    type_error(format!(
        "'{}' object is not an iterator",
        types::type_name_of(it)
    ))
}

/// All remaining items of a `list_reverseiterator` at once (for consumers
/// such as `str.join` that run no Python code meanwhile), leaving it
/// exhausted exactly as stepping it would; `None` for any other object.
pub fn take_list_reverse(it: &Obj) -> Option<Vec<Obj>> {
    with_list_reverse(it, |items| items.iter().rev().cloned().collect())
}

/// `take_list_reverse` without the copy: runs `f` on the items a
/// `reversed(list)` iterator has left, in list order (it yields them last
/// to first), then marks it exhausted. `f` must not run Python code (the
/// iterator and the list stay borrowed). None when `it` is not such an
/// iterator.
pub fn with_list_reverse<R>(it: &Obj, f: impl FnOnce(&[Obj]) -> R) -> Option<R> {
    let Payload::Iter(cell) = it.payload() else {
        return None;
    };
    let st = cell.try_borrow_mut().ok()?;
    let IterState::ListReverse { seq, index } = &*st else {
        return None;
    };
    let r = match seq.payload() {
        Payload::List(l) => {
            let l = l.borrow();
            // A list shrunk below the next index yields nothing more.
            match usize::try_from(*index) {
                Ok(i) if i < l.len() => f(&l[..=i]),
                _ => f(&[]),
            }
        }
        _ => f(&[]),
    };
    finish(st);
    Some(r)
}

/// Marks the iterator exhausted, releasing its sequence after the borrow ends.
fn finish(mut st: std::cell::RefMut<'_, IterState>) {
    let old = std::mem::replace(&mut *st, IterState::Exhausted);
    drop(st);
    drop(old);
}

/// One step of the `__getitem__`-protocol iterators (forward `iterator` or
/// `reversed`).
fn getitem_step(
    cell: &std::cell::RefCell<IterState>,
    seq: &Obj,
    i: i64,
    reverse: bool,
) -> PyResult<Option<Obj>> {
    if !reverse && i == i64::MAX {
        return Err(PyErr::new(Exc::OverflowError, "iter index too large"));
    }
    match crate::ops::getitem(seq, &int::new_int(i)) {
        Ok(v) => {
            match &mut *cell.borrow_mut() {
                IterState::SeqGetItem { index, .. } => *index = i + 1,
                IterState::Reversed { index, .. } => *index = i - 1,
                _ => {}
            }
            Ok(Some(v))
        }
        Err(e) => {
            let end = e.matches(Exc::IndexError) || e.matches(Exc::StopIteration);
            if end || reverse {
                let old = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
                drop(old);
            }
            if end { Ok(None) } else { Err(e) }
        }
    }
}

/// The next `(index, item)` of an `enumerate` (state `cell`, not borrowed).
fn enumerate_next(cell: &std::cell::RefCell<IterState>) -> PyResult<Option<(Obj, Obj)>> {
    // Over a list, tuple or range iterator with an item left (no Python
    // code runs), all under one borrow.
    if let IterState::Enumerate {
        it,
        count,
        big: None,
    } = &mut *cell.borrow_mut()
        && let Some(next) = count.checked_add(1)
        && let Some(item) = step_sequence(it)
    {
        let idx = int::new_int(*count);
        *count = next;
        return Ok(Some((idx, item)));
    }
    let (inner, c, b) = match &*cell.borrow() {
        IterState::Enumerate { it, count, big } => (it.clone(), *count, big.clone()),
        _ => return Ok(None),
    };
    let Some(item) = next_inner(&inner)? else {
        return Ok(None);
    };
    let idx = match b {
        Some(b) => {
            let v = int::new_bigint(b.clone());
            if let IterState::Enumerate { big, .. } = &mut *cell.borrow_mut() {
                *big = Some(b + 1);
            }
            v
        }
        None => {
            let v = int::new_int(c);
            if let IterState::Enumerate { count, big, .. } = &mut *cell.borrow_mut() {
                match c.checked_add(1) {
                    Some(n) => *count = n,
                    None => *big = Some(BigInt::from(c) + 1),
                }
            }
            v
        }
    };
    Ok(Some((idx, item)))
}

/// The next item of a built-in iterator that yields pairs — dict items,
/// `enumerate` and `zip` of two — as its two parts, without the tuple (`for k, v in
/// d.items()`); None for other iterators (`iter_next` serves them).
pub fn iter_next_pair(it: &Obj) -> Option<PyResult<Option<(Obj, Obj)>>> {
    let Payload::Iter(cell) = it.payload() else {
        return None;
    };
    let st = cell.borrow_mut();
    match &*st {
        IterState::Dict {
            kind: DictKind::Items,
            ..
        } => Some(
            dict_next_parts(st)
                .map(|r| r.map(|(k, v)| (k, v.expect("an items iterator yields values")))),
        ),
        IterState::Enumerate { .. } => {
            drop(st);
            Some(enumerate_next(cell))
        }
        IterState::Zip {
            iters,
            strict: false,
        } if iters.len() == 2
            && let Some(a) = step_sequence(&iters[0]) =>
        {
            // A list, tuple or range iterator steps without running Python
            // code, so the zip's state stays borrowed and its iterators
            // uncopied, the second too when it is one.
            if let Some(b) = step_sequence(&iters[1]) {
                return Some(Ok(Some((a, b))));
            }
            let second = iters[1].clone();
            drop(st);
            Some(next_inner(&second).map(|b| b.map(|b| (a, b))))
        }
        IterState::Zip { iters, strict } if iters.len() == 2 => {
            let (pair, strict) = ([iters[0].clone(), iters[1].clone()], *strict);
            drop(st);
            if !strict {
                // (Each iterator steps only if the ones before it gave an
                // item, as `zip_next_items` does.)
                let step = || -> PyResult<Option<(Obj, Obj)>> {
                    let Some(a) = next_inner(&pair[0])? else {
                        return Ok(None);
                    };
                    Ok(next_inner(&pair[1])?.map(|b| (a, b)))
                };
                return Some(step());
            }
            Some(zip_next_items(&pair, strict).map(|r| {
                r.map(|items| {
                    let [a, b] = <[Obj; 2]>::try_from(items).expect("one item per iterator");
                    (a, b)
                })
            }))
        }
        _ => None,
    }
}

fn dict_next(st: std::cell::RefMut<'_, IterState>) -> PyResult<Option<Obj>> {
    Ok(dict_next_parts(st)?.map(|(first, second)| match second {
        Some(v) => types::tuple::new_tuple_array([first, v]),
        None => first,
    }))
}

/// The next entry of a dict iterator: the key, value or (for items) key
/// and value.
fn dict_next_parts(
    mut st: std::cell::RefMut<'_, IterState>,
) -> PyResult<Option<(Obj, Option<Obj>)>> {
    let IterState::Dict {
        dict,
        pos,
        used,
        remaining,
        kind,
        reverse,
    } = &mut *st
    else {
        return Ok(None);
    };
    let found = if *reverse {
        if types::dict::len(dict) != *used {
            return Err(size_changed(used));
        }
        pos.checked_sub(1)
            .and_then(|p| types::dict::prev_entry(dict, p))
            .map(|(p, k, v)| match kind {
                DictKind::Keys => (p, k, None),
                DictKind::Values => (p, v, None),
                DictKind::Items => (p, k, Some(v)),
            })
    } else {
        match types::dict::next_for_iter(dict, *pos, *kind, *used) {
            NextEntry::SizeChanged => return Err(size_changed(used)),
            NextEntry::End => None,
            NextEntry::Found(p, first, second) => Some((p, first, second)),
        }
    };
    let Some((p, first, second)) = found else {
        finish(st);
        return Ok(None);
    };
    if *remaining == 0 && !*reverse {
        finish(st);
        return Err(PyErr::new(
            Exc::RuntimeError,
            "dictionary keys changed during iteration",
        ));
    }
    *pos = if *reverse { p } else { p + 1 };
    *remaining = remaining.saturating_sub(1);
    drop(st);
    Ok(Some((first, second)))
}

/// CPython's error for a dict whose size changed under an iterator (which
/// stays broken: `used` no longer matches any size).
fn size_changed(used: &mut usize) -> PyErr {
    *used = usize::MAX;
    PyErr::new(
        Exc::RuntimeError,
        "dictionary changed size during iteration",
    )
}

fn set_next(mut st: std::cell::RefMut<'_, IterState>) -> PyResult<Option<Obj>> {
    let IterState::Set {
        set,
        pos,
        used,
        remaining,
    } = &mut *st
    else {
        return Ok(None);
    };
    let Some(tab) = types::set::tab(set) else {
        finish(st);
        return Ok(None);
    };
    let found = {
        let t = tab.get();
        if t.len() != *used {
            None
        } else {
            Some(t.next_at(*pos))
        }
    };
    let Some(found) = found else {
        *used = usize::MAX;
        return Err(PyErr::new(
            Exc::RuntimeError,
            "Set changed size during iteration",
        ));
    };
    match found {
        Some((i, _, k)) => {
            *pos = i + 1;
            *remaining = remaining.saturating_sub(1);
            Ok(Some(k))
        }
        None => {
            finish(st);
            Ok(None)
        }
    }
}

/// `zip.__next__`, including `strict=True`'s length checks.
fn zip_next(iters: &[Obj], strict: bool) -> PyResult<Option<Obj>> {
    // The commonest zip: distinct list, tuple or range iterators that all
    // have an item. Their items go straight into the tuple (no vector).
    if (1..=10).contains(&iters.len())
        && iters.iter().all(has_sequence_item)
        && iters
            .iter()
            .enumerate()
            .all(|(i, a)| iters[..i].iter().all(|b| !b.is(a)))
    {
        return Ok(Some(types::tuple::new_tuple_from(iters.iter().map(|it| {
            step_sequence(it).expect("a sequence iterator with an item left")
        }))));
    }
    Ok(zip_next_items(iters, strict)?.map(types::tuple::new_tuple))
}

/// Whether `step_sequence(it)` would give an item (without taking it).
fn has_sequence_item(it: &Obj) -> bool {
    let Payload::Iter(cell) = it.payload() else {
        return false;
    };
    let Ok(st) = cell.try_borrow() else {
        return false;
    };
    match &*st {
        IterState::List {
            seq: Some(seq),
            index,
        } => match seq.payload() {
            Payload::List(l) => l.try_borrow().is_ok_and(|l| *index < l.len()),
            _ => false,
        },
        IterState::Tuple { seq, index } => {
            types::tuple::as_slice(seq).is_some_and(|t| *index < t.len())
        }
        IterState::Range { remaining, .. } => *remaining > 0,
        _ => false,
    }
}

/// The next items of a `zip` over `iters` (one per iterator).
fn zip_next_items(iters: &[Obj], strict: bool) -> PyResult<Option<Vec<Obj>>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    let mut stopped_at = None;
    for (i, it) in iters.iter().enumerate() {
        match next_inner(it)? {
            Some(v) => items.push(v),
            None => {
                stopped_at = Some(i);
                break;
            }
        }
    }
    let Some(i) = stopped_at else {
        return Ok(Some(items));
    };
    if !strict {
        return Ok(None);
    }
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if i > 0 {
        return Err(PyErr::new(
            Exc::ValueError,
            format!(
                "zip() argument {} is shorter than argument{}{}",
                i + 1,
                plural(i),
                i
            ),
        ));
    }
    for (i, it) in iters.iter().enumerate().skip(1) {
        if crate::ops::next(it)?.is_some() {
            return Err(PyErr::new(
                Exc::ValueError,
                format!(
                    "zip() argument {} is longer than argument{}{}",
                    i + 1,
                    plural(i),
                    i
                ),
            ));
        }
    }
    Ok(None)
}

/// `it.__length_hint__()`.
pub fn length_hint(it: &Obj) -> PyResult<Obj> {
    let Payload::Iter(cell) = it.payload() else {
        return Ok(Obj::from_small(0));
    };
    let (seq, idx, reverse) = {
        let st = cell.borrow();
        match &*st {
            IterState::List { seq, index } => {
                let n = match seq.as_ref().map(Obj::payload) {
                    Some(Payload::List(l)) => l.borrow().len(),
                    _ => 0,
                };
                return Ok(int_usize(n.saturating_sub(*index)));
            }
            IterState::ListReverse { seq, index } => {
                let n = match seq.payload() {
                    Payload::List(l) => l.borrow().len() as isize,
                    _ => 0,
                };
                let r = if *index >= 0 && *index < n {
                    *index + 1
                } else {
                    0
                };
                return Ok(int_usize(r as usize));
            }
            IterState::Tuple { seq, index } => {
                let n = types::tuple::as_slice(seq).map(|t| t.len()).unwrap_or(0);
                return Ok(int_usize(n.saturating_sub(*index)));
            }
            IterState::Str { seq, pos } => {
                let n = match seq.payload() {
                    Payload::Str(p) => p.s.get(*pos..).map(|r| r.chars().count()).unwrap_or(0),
                    _ => 0,
                };
                return Ok(int_usize(n));
            }
            IterState::Bytes { seq, index } => {
                let n = match seq.payload() {
                    Payload::Bytes(b) => b.len(),
                    Payload::ByteArray(b) => b.borrow().len(),
                    _ => 0,
                };
                return Ok(int_usize(n.saturating_sub(*index)));
            }
            IterState::Range { remaining, .. } => {
                return Ok(int::new_bigint(BigInt::from(*remaining)));
            }
            IterState::LongRange(r) => {
                return Ok(int::new_bigint(r.remaining.clone()));
            }
            IterState::Dict {
                dict,
                used,
                remaining,
                ..
            } => {
                let r = if types::dict::len(dict) == *used {
                    *remaining
                } else {
                    0
                };
                return Ok(int_usize(r));
            }
            IterState::Set {
                set,
                used,
                remaining,
                ..
            } => {
                let r = if types::set::len(set) == *used {
                    *remaining
                } else {
                    0
                };
                return Ok(int_usize(r));
            }
            IterState::SeqGetItem { seq, index } => (seq.clone(), *index, false),
            IterState::Reversed { seq, index } => (seq.clone(), *index, true),
            _ => return Ok(Obj::from_small(0)),
        }
    };
    // Sequence-protocol iterators ask the sequence's length.
    let n = crate::ops::len(&seq)? as i64;
    let r = if reverse {
        if n < idx + 1 { 0 } else { idx + 1 }
    } else {
        (n - idx).max(0)
    };
    Ok(int::new_int(r))
}
