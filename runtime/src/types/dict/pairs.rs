//! Keys that are pairs, looked up without the tuple: generated code fuses
//! `BUILD_TUPLE 2` with the lookup after it (`(i, j) in d`, `d[i, j]`) and
//! passes the two items; an exact dict holding a tuple of those very items
//! under the pair's hash answers at once, as CPython's lookup would after
//! making the tuple (its comparison of two tuples of identical items runs
//! no Python code). Everything else, the rare keys that only a comparison
//! with `__eq__` can tell apart included, falls back to the tuple.

use super::{DUMMY, EMPTY, next_slot, prefetch_second_slot, slot_at, slot_entry, table};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin, list::util};

/// The hash an item contributes to its tuple's, when computing it runs no
/// Python code: a small int's, an exact str's.
#[inline(always)]
pub(super) fn item_hash(x: &Obj) -> Option<i64> {
    if let Some(i) = x.small_int() {
        return Some(types::int::hash_i64(i));
    }
    match x.payload() {
        Payload::Str(p) if x.ty_word() == builtin().str_.word() => Some(util::hash_pystr(p)),
        _ => None,
    }
}

/// Whether `k` is an exact tuple of the very objects `a` and `b`.
#[inline(always)]
fn is_pair_of(k: &Obj, a: &Obj, b: &Obj) -> bool {
    matches!(k.payload(), Payload::Tuple(items)
        if items.len() == 2
            && items[0].is(a)
            && items[1].is(b)
            && k.ty_word() == builtin().tuple.word())
}

/// Looks the key `(a, b)` up in `d` and applies `found` to the value of a
/// present key: Some(Some(result)), or Some(None) when absent. None when
/// only the lookup with the tuple can tell: `d` is not an exact dict (or
/// is borrowed), an item is neither a small int nor an exact str, or the
/// walk meets a key with the pair's hash that is not a tuple of these
/// very items (it may still equal the pair: `(1.0, 2)`, `(True, 2)`, an
/// equal str, a tuple subclass with its own `__eq__`).
#[inline(always)]
fn lookup_pair<R>(d: &Obj, a: &Obj, b: &Obj, found: impl FnOnce(&Obj) -> R) -> Option<Option<R>> {
    if d.ty_word() != builtin().dict.word() {
        return None;
    }
    let hash = types::tuple::hash_of_hashes([item_hash(a)?, item_hash(b)?].into_iter());
    // SAFETY: the walk compares keys by identity and `found` only clones
    // (`get_pair`) or ignores (`contains_pair`) the value.
    let tb = unsafe { super::peek(table(d)?) }?;
    let (indices, entries) = (&*tb.indices, &*tb.entries);
    if indices.is_empty() {
        return Some(None);
    }
    let mask = indices.len() - 1;
    prefetch_second_slot(indices, hash, mask);
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let ix = slot_at(indices, i);
        if ix == EMPTY {
            return Some(None);
        }
        if ix != DUMMY {
            let (h, k, v) = slot_entry(entries, ix);
            if *h == hash {
                return is_pair_of(k, a, b).then(|| Some(found(v)));
            }
        }
        i = next_slot(i, &mut perturb, mask);
    }
}

/// `(a, b) in d` without the tuple, when that takes no `__eq__` (see
/// `lookup_pair`; None: ask with the tuple).
pub fn contains_pair(d: &Obj, a: &Obj, b: &Obj) -> Option<bool> {
    lookup_pair(d, a, b, |_| ()).map(|r| r.is_some())
}

/// `d[a, b]` of a present key without the tuple (None: a missing key,
/// whose `KeyError` holds the tuple, or one `lookup_pair` leaves to the
/// lookup with the tuple).
pub fn get_pair(d: &Obj, a: &Obj, b: &Obj) -> Option<Obj> {
    lookup_pair(d, a, b, Obj::clone)?
}
