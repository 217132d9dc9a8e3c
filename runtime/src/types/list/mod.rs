//! `list`: the Rust-level API (`new_list`, item/slice access and
//! assignment, concatenation, repetition, comparison, repr) and the
//! Python-visible methods. Sorting is a port of CPython's timsort (`sort`);
//! `util` holds helpers shared by all the container types.
//!
//! Items are never dropped while the list's RefCell is borrowed (a `__del__`
//! could touch the list): removed items are moved out first.

mod free;
pub(crate) mod methods;
mod slice_copy;
pub(crate) use methods::{cant_multiply, defer_to, repeat_count};
pub use slice_copy::copy_slice_same_length;
pub mod sort;
pub mod util;

pub(crate) use free::recycle;
pub use sort::sort_vec;

use crate::errors::{Exc, PyErr, PyResult, index_error, type_error};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin};
use std::cell::RefCell;
use util::{as_ssize, is_index, not_implemented, py_bool};

/// A new list holding `items`.
pub fn new_list(items: Vec<Obj>) -> Obj {
    if items.capacity() == 0
        && let Some(l) = free::reuse(0)
    {
        return l;
    }
    Obj::new(&builtin().list, Payload::List(RefCell::new(items)))
}

/// A new list of `n` items, which `fill` pushes into a buffer of capacity
/// `n` (a freed list's, when the free list has one: see `free`).
#[inline(always)]
pub fn new_list_with(n: usize, fill: impl FnOnce(&mut Vec<Obj>)) -> Obj {
    let (reused, mut items) = list_buffer(n);
    fill(&mut items);
    list_from_buffer(reused, items)
}

/// The start of `new_list_with`: a freed list with a buffer of capacity
/// `n` (its buffer taken out) or none, and an empty buffer of capacity `n`.
#[inline(always)]
fn list_buffer(n: usize) -> (Option<Obj>, Vec<Obj>) {
    let reused = free::reuse(n);
    let items = match &reused {
        Some(l) => std::mem::take(&mut *free::buffer(l).borrow_mut()),
        None => Vec::with_capacity(n),
    };
    (reused, items)
}

/// The end of `new_list_with`: the filled buffer `items` in the list
/// `list_buffer` gave, or in a new one.
#[inline(always)]
fn list_from_buffer(reused: Option<Obj>, items: Vec<Obj>) -> Obj {
    match reused {
        Some(l) => {
            // The list is ours alone: what `take` left in it is an empty
            // `Vec` owning no memory, which needs no drop.
            let left = std::mem::replace(&mut *free::buffer(&l).borrow_mut(), items);
            debug_assert!(left.capacity() == 0);
            std::mem::forget(left);
            l
        }
        None => new_list(items),
    }
}

/// A new empty instance of `cls` (list or a list subclass).
pub fn new_list_of_type(cls: &Obj) -> Obj {
    Obj::new(cls, Payload::List(RefCell::new(Vec::new())))
}

/// The items of a list (or list subclass instance).
pub fn as_list(v: &Obj) -> Option<&RefCell<Vec<Obj>>> {
    match v.payload() {
        Payload::List(l) => Some(l),
        _ => None,
    }
}

#[inline(always)]
fn cell(v: &Obj) -> PyResult<&RefCell<Vec<Obj>>> {
    as_list(v).ok_or_else(|| {
        PyErr::new(
            Exc::TypeError,
            format!("expected a list, got '{}'", types::type_name_of(v)),
        )
    })
}

/// Number of items.
pub fn len(v: &Obj) -> usize {
    as_list(v).map(|l| l.borrow().len()).unwrap_or(0)
}

/// A copy of the items.
pub fn items(v: &Obj) -> Vec<Obj> {
    as_list(v).map(|l| l.borrow().clone()).unwrap_or_default()
}

/// `l.append(x)`.
#[inline]
pub fn append(l: &Obj, x: Obj) -> PyResult<()> {
    let mut items = cell(l)?.borrow_mut();
    let n = items.len();
    if n == items.capacity() {
        items.reserve_exact(growth(n + 1) - n);
    }
    items.push(x);
    Ok(())
}

/// `l.pop()` of a list: its last item, or None (the caller raises
/// "pop from empty list") when it is empty.
#[inline]
pub fn pop_last(l: &Obj) -> Option<Obj> {
    as_list(l)?.borrow_mut().pop()
}

/// The capacity a full list grows to when it needs room for `n` items:
/// CPython's `list_resize` over-allocation (about 1/8 more), which keeps a
/// list built by appends at most an eighth larger than its items, where
/// doubling would waste up to half.
fn growth(n: usize) -> usize {
    (n + (n >> 3) + 6) & !3
}

/// `l.extend(iterable)` (CPython's `list_extend`).
pub fn extend(l: &Obj, iterable: &Obj) -> PyResult<()> {
    let c = cell(l)?;
    let b = builtin();
    // CPython's `list_preallocate_exact`: a list with no item storage yet
    // extended by an exact list or tuple gets room for exactly its items,
    // rounded up to even (as `sys.getsizeof` shows).
    let presize = |n: usize| {
        let mut items = c.borrow_mut();
        if items.capacity() == 0 {
            items.reserve_exact((n + 1) & !1);
        }
    };
    match iterable.payload() {
        Payload::List(o) if util::exact(iterable, &b.list) => {
            let n = o.borrow().len();
            presize(n);
            if l.is(iterable) {
                let copy = o.borrow().clone();
                c.borrow_mut().extend(copy);
            } else {
                c.borrow_mut().extend_from_slice(&o.borrow());
            }
            return Ok(());
        }
        Payload::Tuple(t) if util::exact(iterable, &b.tuple) => {
            presize(t.len());
            c.borrow_mut().extend_from_slice(t);
            return Ok(());
        }
        // An exact dict's keys (`list(d)`): copying them runs no Python
        // code, so they are taken under one borrow, without an iterator.
        Payload::Dict(t) if util::exact(iterable, &b.dict) => {
            let t = t.borrow();
            presize(t.len);
            c.borrow_mut().extend(t.iter().map(|(k, _)| k.clone()));
            return Ok(());
        }
        // A subclass extended by itself: its items (through its own
        // `__iter__`) are all taken before any is added.
        _ if l.is(iterable) => {
            let items = crate::ops::iterate(iterable)?;
            c.borrow_mut().extend(items);
            return Ok(());
        }
        _ => {}
    }
    if let Some(src) = types::range::small_items(iterable) {
        c.borrow_mut().extend(src);
        return Ok(());
    }
    let it = crate::ops::get_iter(iterable)?;
    while let Some(x) = crate::ops::next(&it)? {
        c.borrow_mut().push(x);
    }
    Ok(())
}

/// The index of the first item of `l` at `from..stop` equal to `x`
/// (compared as `item == x`, identity first), for `in`, `index`, `count`
/// and `remove`. Items that compare without running Python code
/// (`util::fast_eq`) are scanned under one borrow; the others are compared
/// one at a time, the list free to change meanwhile (its length is read
/// again after each).
pub(crate) fn find_item(l: &Obj, x: &Obj, from: usize, stop: usize) -> PyResult<Option<usize>> {
    let c = cell(l)?;
    let mut i = from;
    loop {
        let item = {
            let items = c.borrow();
            let end = stop.min(items.len());
            while i < end {
                match util::fast_eq(&items[i], x) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => i += 1,
                    None => break,
                }
            }
            if i >= end {
                return Ok(None);
            }
            items[i].clone()
        };
        if crate::ops::eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

/// `l[i]` for an already-converted index (negative counts from the end).
pub fn item(l: &Obj, i: i64) -> PyResult<Obj> {
    let c = cell(l)?.borrow();
    let n = c.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return index_error("list index out of range");
    }
    Ok(c[j as usize].clone())
}

/// `l[start:stop:step]` for unpacked bounds (`slice_unpack`'s result).
/// The items are written straight into the new list's buffer (a freed
/// list's, when the free list has one of the right capacity).
#[inline(always)]
pub fn get_slice(l: &Obj, start: isize, stop: isize, step: isize) -> PyResult<Obj> {
    let items = cell(l)?.borrow();
    let (start, _, step, n) = types::range::slice_adjust(items.len(), start, stop, step);
    if let Some((list, buf)) = free::reuse_with_buffer(n) {
        // SAFETY: the list was just taken from the free list, so nothing
        // else references it or its buffer, which is empty with capacity
        // `n`.
        unsafe { copy_slice(&mut *buf, &items, start, step, n) };
        return Ok(list);
    }
    let mut out = Vec::with_capacity(n);
    // SAFETY: `out` is empty with capacity `n`.
    unsafe { copy_slice(&mut out, &items, start, step, n) };
    Ok(new_list(out))
}

/// Writes the `n` items `items[start]`, `items[start + step]`, … (adjusted
/// bounds: `slice_adjust`'s result) into the empty buffer `out`, one store
/// per item with no bounds or capacity checks.
///
/// # Safety
/// `out` is empty with capacity at least `n`.
#[inline(always)]
unsafe fn copy_slice(out: &mut Vec<Obj>, items: &[Obj], start: isize, step: isize, n: usize) {
    debug_assert!(out.is_empty() && out.capacity() >= n);
    // (`slice_adjust` keeps `start + k * step` inside `items` for every
    // `k < n`; checked here once instead of per item.)
    assert!(n == 0 || (start as usize) < items.len());
    assert!(n == 0 || ((start + (n as isize - 1) * step) as usize) < items.len());
    let dst = out.as_mut_ptr();
    let mut src = items.as_ptr().wrapping_offset(start);
    for k in 0..n {
        // SAFETY: `src` points at item `start + k * step`, inside `items`
        // (asserted above); `k < n` is within `out`'s capacity.
        unsafe {
            dst.add(k).write((*src).clone());
        }
        src = src.wrapping_offset(step);
    }
    // SAFETY: the first `n` slots were just written.
    unsafe { out.set_len(n) };
}

/// `l[key]` for an int-like or a slice.
pub fn getitem(l: &Obj, key: &Obj) -> PyResult<Obj> {
    if let Some(i) = key.small_int() {
        return item(l, i);
    }
    // Slices first: `slice` has no `__index__` (and no subclasses), so this
    // order saves `is_index` a by-name type lookup.
    if let Payload::Slice(..) = key.payload() {
        let (start, stop, step) = types::range::slice_unpack(key)?;
        return get_slice(l, start, stop, step);
    }
    if is_index(key) {
        let i = as_ssize(key, Some(Exc::IndexError))?;
        return item(l, i);
    }
    type_error(format!(
        "list indices must be integers or slices, not {}",
        types::type_name_of(key)
    ))
}

/// `a[ilow:ihigh] = v` (`v` None deletes), CPython's `list_ass_slice`.
fn ass_slice(l: &Obj, ilow: isize, ihigh: isize, v: Option<&Obj>) -> PyResult<()> {
    let c = cell(l)?;
    if let Some(v) = v
        && replace_same_length(l, c, ilow, ihigh, v)
    {
        return Ok(());
    }
    let new_items: Vec<Obj> = match v {
        None => Vec::new(),
        Some(v) if v.is(l) => c.borrow().clone(),
        Some(v) => util::seq_fast(v, "can only assign an iterable")?,
    };
    let removed: Vec<Obj> = {
        let mut items = c.borrow_mut();
        let n = items.len() as isize;
        let lo = ilow.clamp(0, n);
        let hi = ihigh.clamp(lo, n);
        if lo == 0 && hi == n && new_items.is_empty() {
            std::mem::take(&mut *items)
        } else {
            items.splice(lo as usize..hi as usize, new_items).collect()
        }
    };
    release_reversed(removed);
    Ok(())
}

/// Releases removed items last to first, as CPython's `list_ass_slice`
/// and `_list_clear` do (visible through `__del__`).
fn release_reversed(mut removed: Vec<Obj>) {
    while let Some(x) = removed.pop() {
        drop(x);
    }
}

/// `a[ilow:ihigh] = v` when `v` is an exact list or tuple as long as the
/// slice (or `a` itself, for `a[:] = a`, which changes nothing): the items
/// are overwritten in place, with no intermediate vector. Returns false
/// (nothing done) otherwise. Old items whose last reference goes are
/// released only after the list is updated, last to first, as CPython's
/// `list_ass_slice` does.
fn replace_same_length(l: &Obj, c: &RefCell<Vec<Obj>>, ilow: isize, ihigh: isize, v: &Obj) -> bool {
    let b = builtin();
    let garbage: Vec<Obj> = {
        // (The source's borrow ends with this block: releasing the old
        // items may run `__del__`, which may change the source.)
        let src_list;
        let src: &[Obj] = match v.payload() {
            _ if v.is(l) => {
                let n = c.borrow().len() as isize;
                let lo = ilow.clamp(0, n);
                return ihigh.clamp(lo, n) - lo == n;
            }
            Payload::List(o) if util::exact(v, &b.list) => {
                src_list = o.borrow();
                &src_list
            }
            Payload::Tuple(t) if util::exact(v, &b.tuple) => t,
            _ => return false,
        };
        let mut items = c.borrow_mut();
        let n = items.len() as isize;
        let lo = ilow.clamp(0, n) as usize;
        let hi = ihigh.clamp(lo as isize, n) as usize;
        if hi - lo != src.len() {
            return false;
        }
        overwrite(items[lo..hi].iter_mut(), src)
    };
    release_reversed(garbage);
    true
}

/// `l[start:stop] = v` for unpacked unit-step bounds (`unpack_small`'s
/// result) when `l` and `v` are distinct lists (the caller checked that `l`
/// is an exact list and `v` an exact list other than `l`) and `v` is as long
/// as the clipped slice: the items are overwritten in place, with none of
/// `ass_slice_unpacked`'s dispatch. Returns false (nothing done) otherwise,
/// for the general path. Old items are released as `replace_same_length`
/// releases them.
#[inline(always)]
pub fn store_slice_same_length(l: &Obj, start: isize, stop: isize, v: &Obj) -> bool {
    let (Payload::List(dst), Payload::List(src)) = (l.payload(), v.payload()) else {
        return false;
    };
    let garbage: Vec<Obj> = {
        let (Ok(mut items), Ok(src)) = (dst.try_borrow_mut(), src.try_borrow()) else {
            return false;
        };
        let (lo, _, _, n) = types::range::slice_adjust(items.len(), start, stop, 1);
        if n != src.len() {
            return false;
        }
        let dst = &mut items[lo as usize..lo as usize + n];
        let tagged = overwrite_tagged(dst, &src);
        if tagged == n {
            return true;
        }
        overwrite_from(dst, &src, tagged)
    };
    release_reversed(garbage);
    true
}

/// The rest of `store_slice_same_length` once `overwrite_tagged` stopped
/// at slot `from`: returns the old items to release. (Out of line, so the
/// tagged loop keeps a single induction variable.)
#[inline(never)]
fn overwrite_from(dst: &mut [Obj], src: &[Obj], from: usize) -> Vec<Obj> {
    let done = from + overwrite_live(&mut dst[from..], &src[from..]);
    overwrite(dst[done..].iter_mut(), &src[done..])
}

/// Stores `src`'s items into `dst` slot by slot while the old and the new
/// item are both tagged words (small ints, as in a permutation), whose copy
/// and release touch no refcount: a plain word copy. Returns the number of
/// slots stored.
#[inline(always)]
fn overwrite_tagged(dst: &mut [Obj], src: &[Obj]) -> usize {
    for (k, (d, s)) in dst.iter_mut().zip(src).enumerate() {
        if d.heap().is_some() || s.heap().is_some() {
            return k;
        }
        // (A tagged word owns nothing: forgetting it is its release, and
        // keeps the generic drop out of the loop.)
        std::mem::forget(std::mem::replace(d, s.clone()));
    }
    dst.len()
}

/// Stores clones of `src` into `dst` slot by slot until an old item's last
/// reference would go (its release must wait for the list to be updated:
/// `overwrite` does the rest); returns the number of slots stored. The
/// items released here only lose a reference, which no code can observe.
#[inline(always)]
fn overwrite_live(dst: &mut [Obj], src: &[Obj]) -> usize {
    for (k, (d, s)) in dst.iter_mut().zip(src).enumerate() {
        if d.heap().is_some_and(|h| h.refcnt.get() == 1) {
            return k;
        }
        drop(std::mem::replace(d, s.clone()));
    }
    dst.len()
}

/// Stores clones of `src` into the slots `dst`, returning the old items
/// whose last reference that was (to be released once no borrow is held:
/// they may run `__del__`); other old items are released at once, which
/// no code can observe.
fn overwrite<'a>(dst: impl Iterator<Item = &'a mut Obj>, src: &[Obj]) -> Vec<Obj> {
    let mut garbage = Vec::new();
    for (d, s) in dst.zip(src) {
        let old = std::mem::replace(d, s.clone());
        if old.heap().is_some_and(|h| h.refcnt.get() == 1) {
            garbage.push(old);
        }
    }
    garbage
}

/// `l[i] = v` / `del l[i]` for an already-converted index.
fn ass_item(l: &Obj, i: i64, v: Option<Obj>) -> PyResult<()> {
    let c = cell(l)?;
    let old = {
        let mut items = c.borrow_mut();
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return index_error("list assignment index out of range");
        }
        match v {
            Some(v) => std::mem::replace(&mut items[j as usize], v),
            None => items.remove(j as usize),
        }
    };
    drop(old);
    Ok(())
}

/// `l[key] = value` (`value` None: `del l[key]`), CPython's `list_ass_subscript`.
pub fn ass_subscript(l: &Obj, key: &Obj, value: Option<&Obj>) -> PyResult<()> {
    if let Some(i) = key.small_int() {
        return ass_item(l, i, value.cloned());
    }
    // Slices first, as in `getitem`.
    if let Payload::Slice(..) = key.payload() {
        let (start, stop, step) = types::range::slice_unpack(key)?;
        return ass_slice_unpacked(l, start, stop, step, value);
    }
    if is_index(key) {
        let i = as_ssize(key, Some(Exc::IndexError))?;
        return ass_item(l, i, value.cloned());
    }
    type_error(format!(
        "list indices must be integers or slices, not {}",
        types::type_name_of(key)
    ))
}

/// `l[ustart:ustop:ustep] = value` (`value` None: `del`) for unpacked
/// bounds (`slice_unpack`'s result).
pub fn ass_slice_unpacked(
    l: &Obj,
    ustart: isize,
    ustop: isize,
    ustep: isize,
    value: Option<&Obj>,
) -> PyResult<()> {
    if ustep == 1 {
        let n = len(l);
        let (start, stop, _, _) = types::range::slice_adjust(n, ustart, ustop, 1);
        return ass_slice(l, start, stop, value);
    }
    let c = cell(l)?;
    match value {
        None => {
            let removed: Vec<Obj> = {
                let mut items = c.borrow_mut();
                let (mut start, _, mut step, slicelength) =
                    types::range::slice_adjust(items.len(), ustart, ustop, ustep);
                if slicelength == 0 {
                    return Ok(());
                }
                if step < 0 {
                    start += step * (slicelength as isize - 1);
                    step = -step;
                }
                let old = std::mem::take(&mut *items);
                let mut kept = Vec::with_capacity(old.len() - slicelength);
                let mut removed = Vec::with_capacity(slicelength);
                for (idx, x) in old.into_iter().enumerate() {
                    let d = idx as isize - start;
                    if d >= 0 && d % step == 0 && (d / step) < slicelength as isize {
                        removed.push(x);
                    } else {
                        kept.push(x);
                    }
                }
                *items = kept;
                removed
            };
            drop(removed);
            Ok(())
        }
        Some(v) => {
            if let Some(r) = replace_extended(l, c, (ustart, ustop, ustep), v) {
                return r;
            }
            let seq = if v.is(l) {
                c.borrow().clone()
            } else {
                util::seq_fast(v, "must assign iterable to extended slice")?
            };
            let garbage: Vec<Obj> = {
                let mut items = c.borrow_mut();
                let (start, _, step, slicelength) =
                    types::range::slice_adjust(items.len(), ustart, ustop, ustep);
                if seq.len() != slicelength {
                    return Err(extended_size_error(seq.len(), slicelength));
                }
                seq.into_iter()
                    .enumerate()
                    .map(|(k, x)| {
                        let cur = (start + k as isize * step) as usize;
                        std::mem::replace(&mut items[cur], x)
                    })
                    .collect()
            };
            drop(garbage);
            Ok(())
        }
    }
}

/// `l[start:stop:step] = v` (step not 1) when `v` is an exact list other
/// than `l`, or an exact tuple: the items are stored in place straight from
/// `v`, with CPython's size check. None (nothing done) for other values.
fn replace_extended(
    l: &Obj,
    c: &RefCell<Vec<Obj>>,
    (ustart, ustop, ustep): (isize, isize, isize),
    v: &Obj,
) -> Option<PyResult<()>> {
    let b = builtin();
    let garbage: Vec<Obj> = {
        let src_list;
        let src: &[Obj] = match v.payload() {
            Payload::List(o) if util::exact(v, &b.list) && !v.is(l) => {
                src_list = o.borrow();
                &src_list
            }
            Payload::Tuple(t) if util::exact(v, &b.tuple) => t,
            _ => return None,
        };
        let mut items = c.borrow_mut();
        let (start, _, step, n) = types::range::slice_adjust(items.len(), ustart, ustop, ustep);
        if src.len() != n {
            return Some(Err(extended_size_error(src.len(), n)));
        }
        if n == 0 {
            Vec::new()
        } else if step > 0 {
            overwrite(
                items[start as usize..].iter_mut().step_by(step as usize),
                src,
            )
        } else {
            let slots = items[..=start as usize].iter_mut().rev();
            overwrite(slots.step_by(step.unsigned_abs()), src)
        }
    };
    drop(garbage);
    Some(Ok(()))
}

/// CPython's error for an extended slice assignment of the wrong size.
fn extended_size_error(got: usize, slicelength: usize) -> PyErr {
    PyErr::new(
        Exc::ValueError,
        format!("attempt to assign sequence of size {got} to extended slice of size {slicelength}"),
    )
}

/// `l[key] = value`.
pub fn setitem(l: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
    ass_subscript(l, key, Some(value))
}

/// `del l[key]`.
pub fn delitem(l: &Obj, key: &Obj) -> PyResult<()> {
    ass_subscript(l, key, None)
}

/// `x in l`.
pub fn contains(l: &Obj, x: &Obj) -> PyResult<bool> {
    Ok(find_item(l, x, 0, usize::MAX)?.is_some())
}

/// `repr(l)`.
pub fn list_repr(l: &Obj) -> PyResult<String> {
    let c = cell(l)?;
    if c.borrow().is_empty() {
        return Ok("[]".to_string());
    }
    let Some(_guard) = util::repr_enter(l) else {
        return Ok("[...]".to_string());
    };
    let mut out = String::from("[");
    let mut i = 0;
    loop {
        let item = match c.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&util::repr_of(&item)?);
        i += 1;
    }
    out.push(']');
    Ok(out)
}

/// Rich comparison of two lists (NotImplemented unless both are lists).
pub fn richcompare(v: &Obj, w: &Obj, op: u64) -> PyResult<Obj> {
    let (Some(a), Some(b)) = (as_list(v), as_list(w)) else {
        return Ok(not_implemented());
    };
    seq_richcompare(
        &|i| a.borrow().get(i).cloned(),
        &|| a.borrow().len(),
        &|i| b.borrow().get(i).cloned(),
        &|| b.borrow().len(),
        op,
    )
}

/// CPython's list/tuple comparison: find the first differing items with
/// `==`, then compare them (or the lengths) with `op`.
pub fn seq_richcompare(
    get_a: &dyn Fn(usize) -> Option<Obj>,
    len_a: &dyn Fn() -> usize,
    get_b: &dyn Fn(usize) -> Option<Obj>,
    len_b: &dyn Fn() -> usize,
    op: u64,
) -> PyResult<Obj> {
    use crate::abi::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
    if len_a() != len_b() && (op == CMP_EQ || op == CMP_NE) {
        return Ok(py_bool(op == CMP_NE));
    }
    let mut i = 0;
    let mut diff: Option<(Obj, Obj)> = None;
    loop {
        let (Some(x), Some(y)) = (get_a(i), get_b(i)) else {
            break;
        };
        if !x.is(&y) && !util::obj_eq(&x, &y)? {
            diff = Some((x, y));
            break;
        }
        i += 1;
    }
    let Some((x, y)) = diff else {
        let (la, lb) = (len_a(), len_b());
        let r = match op {
            CMP_LT => la < lb,
            CMP_LE => la <= lb,
            CMP_EQ => la == lb,
            CMP_NE => la != lb,
            CMP_GT => la > lb,
            CMP_GE => la >= lb,
            _ => return Ok(not_implemented()),
        };
        return Ok(py_bool(r));
    };
    match op {
        CMP_EQ => Ok(py_bool(false)),
        CMP_NE => Ok(py_bool(true)),
        _ => crate::ops::rich_compare(&x, &y, op),
    }
}

/// `a + b` for two lists; any other `b` raises CPython's TypeError.
pub fn concat(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let Some(bl) = as_list(b) else {
        return type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            types::type_name_of(b)
        ));
    };
    let (x, y) = (cell(a)?.borrow(), bl.borrow());
    Ok(new_list_with(x.len() + y.len(), |out| {
        out.extend_from_slice(&x);
        out.extend_from_slice(&y);
    }))
}

/// `l * n`.
pub fn repeat(l: &Obj, n: i64) -> PyResult<Obj> {
    let items = repeat_vec(&cell(l)?.borrow(), n)?;
    Ok(new_list(items))
}

/// `items * n` as a Vec (negative counts give an empty result).
pub fn repeat_vec(items: &[Obj], n: i64) -> PyResult<Vec<Obj>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| PyErr::with_args(Exc::MemoryError, Vec::new()))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| PyErr::with_args(Exc::MemoryError, Vec::new()))?;
    if let [only] = items {
        out.resize(total, only.clone());
    } else {
        for _ in 0..n {
            out.extend_from_slice(items);
        }
    }
    Ok(out)
}

/// `l.sort(key=key, reverse=reverse)` with CPython's "list modified during
/// sort" check: the list is empty while the sort runs.
pub fn sort(l: &Obj, key: Option<&Obj>, reverse: bool) -> PyResult<()> {
    let c = cell(l)?;
    let mut items = std::mem::take(&mut *c.borrow_mut());
    let r = sort_vec(&mut items, key, reverse);
    let during = std::mem::replace(&mut *c.borrow_mut(), items);
    let modified = during.capacity() > 0;
    drop(during);
    r?;
    if modified {
        return Err(PyErr::new(Exc::ValueError, "list modified during sort"));
    }
    Ok(())
}

/// Called once at startup.
pub fn init_methods(b: &super::Builtins) {
    methods::init(b);
}

#[cfg(test)]
mod tests;
