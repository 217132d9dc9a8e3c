//! `set_add_entry` and `set_lookkey` for tagged small int keys, decided
//! without a call: the commonest set work (`s.add(n)`, `n in s` over
//! board points, indices, counters) as one short walk of the probe
//! sequence in a function that sets up no frame. Two distinct tagged ints
//! are unequal, and the key itself is found by identity, so a walk that
//! meets no other kind of key with the key's hash compares nothing and
//! runs no Python code: it visits CPython's slots and stops where CPython
//! stops. The home slot (the first of the walk) decides in any table;
//! past it, anything else — a heap key with the same hash (`True`, `5.0`,
//! an object with `__eq__`), a table with dummies or hints (sets under
//! add/remove churn, whose general paths remember slots), a borrowed
//! table — is left to the general paths (`add_entry_away`, `probe_contains`),
//! which start over: nothing was changed.

use super::{LINEAR_PROBES, SetTable, Slot, next_probe};
use crate::object::Obj;
use std::cell::RefCell;

/// Where the probe sequence of a tagged int ends.
enum IntProbe {
    /// The slot holding the key.
    Found,
    /// The empty slot ending the probe: the key is absent.
    Empty(usize),
    /// A key or slot this walk does not decide: use the general path.
    Other,
}

/// Walks `hash`'s probe sequence for the tagged int whose word is `kw`.
/// Dummies are passed over when `SKIP_DUMMIES` (a lookup), else they end
/// the walk undecided (an add would have to remember them).
#[inline(always)]
fn probe_int<const SKIP_DUMMIES: bool>(slots: &[Slot], kw: u64, hash: i64) -> IntProbe {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let last = if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        };
        // `last` is at most `mask`, the last slot.
        for (j, s) in slots[i..=last].iter().enumerate() {
            let w = key_word(s);
            if w == kw {
                return IntProbe::Found;
            }
            if w == 0 {
                if s.hash == 0 {
                    return IntProbe::Empty(i + j);
                }
                if !SKIP_DUMMIES {
                    return IntProbe::Other;
                }
            } else if s.hash == hash && w & 1 == 0 {
                // A heap key with the same hash: only `__eq__` decides.
                return IntProbe::Other;
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// The word of a slot's key (0: none).
#[inline(always)]
fn key_word(s: &Slot) -> u64 {
    s.key.as_ref().map_or(0, Obj::word)
}

/// Stores the tagged int `key` in the empty slot `j` (the end of
/// `set_add_entry` in a table without hints, when it does not resize).
#[inline(always)]
fn store_int(t: &mut SetTable, j: usize, key: &Obj, hash: i64) {
    let slot = Slot {
        hash,
        key: Some(key.clone()),
    };
    // The slot is empty: its old value owns nothing to release.
    std::mem::forget(std::mem::replace(&mut t.slots[j], slot));
    t.fill += 1;
    t.used += 1;
    t.counts.added(hash);
}

/// Whether storing one more key in an empty slot makes the table resize.
#[inline(always)]
fn add_resizes(t: &SetTable) -> bool {
    (t.fill() + 1) * 5 >= t.mask() * 3
}

/// Where the home slot leaves a lookup or an add of a tagged int.
pub enum IntHome<T> {
    /// Decided: the answer (for an add, the key was present or stored).
    Done(T),
    /// Walk on from the home slot (`add_int`, `contains_int`).
    Walk,
    /// A table the walk leaves to the general path (dummies or hints for
    /// an add, hints for a lookup), or a borrowed one: go there at once.
    General,
}

/// `set_add_entry` of the tagged int `key` (hash `hash`) decided by its
/// home slot, the first of its probe sequence: the key itself there, or
/// an empty slot there to store it in (CPython's probe ends at once, so
/// a dummy elsewhere changes nothing). `Done(IntAdd::Grow)`: stored, and
/// the table must now resize (`grow_after_add`, once the borrow is over).
#[inline(always)]
pub fn add_int_home(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> IntHome<IntAdd> {
    debug_assert!(key.is_small_int());
    let Ok(mut t) = cell.try_borrow_mut() else {
        return IntHome::General;
    };
    let home = (hash as u64 as usize) & t.mask();
    let s = &t.slots[home];
    let w = key_word(s);
    if w == key.word() {
        return IntHome::Done(IntAdd::Done);
    }
    if w == 0 && s.hash == 0 {
        let grow = add_resizes(&t);
        store_int(&mut t, home, key, hash);
        if let Some(h) = &mut t.hints {
            h.set(hash, home);
            h.filled(home);
        }
        return IntHome::Done(if grow { IntAdd::Grow } else { IntAdd::Done });
    }
    if t.fill != t.used || t.hints.is_some() {
        IntHome::General
    } else {
        IntHome::Walk
    }
}

/// What `add_int` did.
pub enum IntAdd {
    /// The key was present, or has been stored.
    Done,
    /// The key has been stored and the table must now resize
    /// (`SetTable::grow`, which the caller runs once the borrow is over).
    Grow,
    /// Nothing changed: the general `add_entry` must add the key.
    Other,
}

/// `set_add_entry` of the tagged int `key` (hash `hash`) when it decides
/// without a call.
#[inline(always)]
pub fn add_int(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> IntAdd {
    debug_assert!(key.is_small_int());
    let Ok(mut t) = cell.try_borrow_mut() else {
        return IntAdd::Other;
    };
    // Without dummies no slot is reused and no hints exist to update.
    if t.fill != t.used || t.hints.is_some() {
        return IntAdd::Other;
    }
    let j = match probe_int::<false>(&t.slots, key.word(), hash) {
        IntProbe::Found => return IntAdd::Done,
        IntProbe::Empty(j) => j,
        IntProbe::Other => return IntAdd::Other,
    };
    store_int(&mut t, j, key, hash);
    if t.fill() * 5 < t.mask() * 3 {
        IntAdd::Done
    } else {
        IntAdd::Grow
    }
}

/// The resize that ends an add which filled the table (`IntAdd::Grow`).
pub fn grow_after_add(cell: &RefCell<SetTable>) {
    cell.borrow_mut().grow();
}

/// `set_lookkey`'s answer for the tagged int `key` (hash `hash`) from its
/// `KeyCounts` bucket or its home slot.
#[inline(always)]
pub fn contains_int_home(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> IntHome<bool> {
    debug_assert!(key.is_small_int());
    let Ok(t) = cell.try_borrow() else {
        return IntHome::General;
    };
    if !t.counts.may_contain(hash) {
        return IntHome::Done(false);
    }
    let s = &t.slots[(hash as u64 as usize) & t.mask()];
    let w = key_word(s);
    if w == key.word() {
        return IntHome::Done(true);
    }
    if w == 0 && s.hash == 0 {
        return IntHome::Done(false);
    }
    if t.hints.is_some() {
        IntHome::General
    } else {
        IntHome::Walk
    }
}

/// `set_lookkey`'s answer for the tagged int `key` (hash `hash`) when it
/// decides without a call: Some(found), or None for the general lookup.
#[inline(always)]
pub fn contains_int(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> Option<bool> {
    debug_assert!(key.is_small_int());
    let t = cell.try_borrow().ok()?;
    if !t.counts.may_contain(hash) {
        return Some(false);
    }
    // (A table with hints is one under add/remove churn, whose long walks
    // the general lookup shortens.)
    if t.hints.is_some() {
        return None;
    }
    match probe_int::<true>(&t.slots, key.word(), hash) {
        IntProbe::Found => Some(true),
        IntProbe::Empty(_) => Some(false),
        IntProbe::Other => None,
    }
}
