//! Merging into a dict: `d.update(other)`, `{**a, **b}` and keyword
//! argument merging (CPython's `dict_merge`, `PyDict_MergeFromSeq2` and
//! `dict_update_arg`).

use super::{
    contains_hashed, entries, get_str, is_dict, items, key_hash, set_item, set_item_hashed,
};
use crate::errors::{Exc, PyErr, PyResult, key_error};
use crate::object::Obj;
use crate::types::list::util;
use crate::types::{self, builtin};

/// How `merge` treats keys already present in the target.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MergeMode {
    /// `d.update(other)`: replace.
    Override,
    /// Keep the existing value.
    KeepExisting,
    /// Raise KeyError(key) (`f(**a, **b)` turns it into "got multiple
    /// values for keyword argument").
    ErrorOnDuplicate,
}

/// CPython's `dict_merge(a, b, override)`: `b` is a dict (iterated
/// directly unless its type overrides `__iter__`) or any mapping with
/// `keys()` and `__getitem__`.
pub fn merge(d: &Obj, other: &Obj, mode: MergeMode) -> PyResult<()> {
    if is_dict(other) && dict_iter_is_native(other) {
        if d.is(other) {
            if mode == MergeMode::ErrorOnDuplicate
                && let Some((k, _)) = items(other).into_iter().next()
            {
                return key_error(&k);
            }
            return Ok(());
        }
        for (hash, k, v) in entries(other) {
            insert_merged(d, k, hash, v, mode)?;
        }
        return Ok(());
    }
    let keys = crate::ops::call_method(other, "keys", &[])?;
    let it = crate::ops::get_iter(&keys)?;
    while let Some(k) = crate::ops::next(&it)? {
        let hash = key_hash(&k)?;
        if mode != MergeMode::Override && contains_hashed(d, &k, hash)? {
            if mode == MergeMode::ErrorOnDuplicate {
                return key_error(&k);
            }
            continue;
        }
        let v = crate::ops::getitem(other, &k)?;
        set_item_hashed(d, &k, hash, v)?;
    }
    Ok(())
}

fn insert_merged(d: &Obj, k: Obj, hash: i64, v: Obj, mode: MergeMode) -> PyResult<()> {
    if mode != MergeMode::Override && contains_hashed(d, &k, hash)? {
        if mode == MergeMode::ErrorOnDuplicate {
            return key_error(&k);
        }
        return Ok(());
    }
    set_item_hashed(d, &k, hash, v)
}

/// Whether iterating `d` goes straight through its table (its type does not
/// override `__iter__`).
fn dict_iter_is_native(d: &Obj) -> bool {
    let b = builtin();
    if util::exact(d, &b.dict) {
        return true;
    }
    match (
        types::lookup_special(d, "__iter__"),
        get_str(types::type_data(&b.dict).dict(), "__iter__"),
    ) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// CPython's `PyDict_MergeFromSeq2(d, seq, 1)`: an iterable of pairs.
pub fn merge_from_seq2(d: &Obj, seq: &Obj) -> PyResult<()> {
    let it = crate::ops::get_iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = crate::ops::next(&it)? {
        let pair = match util::seq_fast(&item, "") {
            Ok(p) => p,
            Err(e) if e.matches(Exc::TypeError) => {
                return Err(PyErr::new(
                    Exc::TypeError,
                    format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                ));
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(PyErr::new(
                Exc::ValueError,
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                ),
            ));
        }
        let mut p = pair.into_iter();
        let (Some(k), Some(v)) = (p.next(), p.next()) else {
            break;
        };
        set_item(d, &k, v)?;
        i += 1;
    }
    Ok(())
}

/// CPython's `dict_update_arg`: a dict, a mapping (has `keys`), or pairs.
pub fn update_arg(d: &Obj, arg: &Obj) -> PyResult<()> {
    if util::exact(arg, &builtin().dict) {
        return merge(d, arg, MergeMode::Override);
    }
    if crate::ops::getattr_opt(arg, "keys")?.is_some() {
        return merge(d, arg, MergeMode::Override);
    }
    merge_from_seq2(d, arg)
}
