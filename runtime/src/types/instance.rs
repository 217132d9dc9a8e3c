//! Inline attribute values of plain instances (CPython 3.11's "values"
//! arrays with keys shared by a class's instances, in spirit).
//!
//! An instance of a plain class (a heap class laid out like `object`,
//! without `__slots__`) keeps its first attributes in its own block:
//! `INLINE_VALUES` words after the payload tag. The names are the class's
//! *inline keys* (`TypeData::inline_keys`), shared by all its instances
//! and only ever appended to, so the value of key `i` always sits in word
//! `i`. An instance holds the values of keys `0..n` (all non-zero) and
//! zeros after them, which also records its insertion order.
//!
//! An instance is in *values mode* while its header `dict` word is 0; the
//! first store that the words can't take (a name not next in the keys, a
//! full array, a deletion, a `__dict__` request, a `__class__` change)
//! *materializes* a real dict holding the same items in the same order,
//! and the instance stays in dict mode from then on, with its words all
//! zero. A class whose instances keep overflowing stops taking new inline
//! keys (`overflowed`), so later instances go straight to a dict.
//!
//! Generated code reads and writes the words directly
//! (`abi::INSTANCE_VALUES_OFFSET`), guarded by the attribute site's slot,
//! which the runtime fills only for a name found among the keys.

use crate::abi;
use crate::object::{Obj, Payload};
use crate::types::{self, TypeData, type_data};
use std::cell::Cell;

/// Attribute values an instance holds in its own block.
pub const INLINE_VALUES: usize = abi::INSTANCE_VALUES;

/// Overflowing instances after which a class stops taking new keys.
const OVERFLOW_LIMIT: u32 = 8;

/// The values of a plain instance: owned references to the values of its
/// class's inline keys `0..n`, then zeros.
#[repr(C)]
pub struct InlineValues([Cell<u64>; INLINE_VALUES]);

impl InlineValues {
    pub const fn new() -> InlineValues {
        InlineValues([const { Cell::new(0) }; INLINE_VALUES])
    }

    /// The number of values held (the index of the first zero word).
    fn len(&self) -> usize {
        self.0
            .iter()
            .position(|w| w.get() == 0)
            .unwrap_or(INLINE_VALUES)
    }

    /// The words of the values held, in key order.
    pub(crate) fn words(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.iter().map(Cell::get).take_while(|&w| w != 0)
    }

    /// Takes every value out, leaving all words zero.
    pub(crate) fn take_all(&self) -> Vec<Obj> {
        self.0
            .iter()
            .map_while(|w| Obj::from_word(w.replace(0)))
            .collect()
    }
}

impl Default for InlineValues {
    fn default() -> InlineValues {
        InlineValues::new()
    }
}

impl Drop for InlineValues {
    fn drop(&mut self) {
        // In key order, as CPython releases an instance's values.
        for w in &self.0 {
            match Obj::from_word(w.replace(0)) {
                Some(v) => drop(v),
                None => break,
            }
        }
    }
}

/// May new instances of `tp` keep attributes inline? Plain heap classes
/// laid out like `object` whose MRO defines no `__slots__`.
pub(crate) fn eligible(td: &TypeData, mro: &[Obj]) -> bool {
    td.heap
        && td.layout == types::Layout::Object
        && td.slots.borrow().is_none()
        && mro.iter().all(|t| type_data(t).slots.borrow().is_none())
}

/// `v`'s inline values when it is in values mode.
#[inline]
fn values_mode(v: &Obj) -> Option<&InlineValues> {
    let h = v.heap()?;
    match &h.payload {
        Payload::Instance(vals) if h.dict.get() == 0 => Some(vals),
        _ => None,
    }
}

/// The index of the exact str `name` among `td`'s inline keys: by
/// identity (names are interned), else by cached hash and text.
fn key_index(td: &TypeData, name: &Obj) -> Option<usize> {
    let keys = td.inline_keys.borrow();
    if let Some(i) = keys.iter().position(|k| k.is(name)) {
        return Some(i);
    }
    let Payload::Str(p) = name.payload() else {
        return None;
    };
    let h = types::list::util::hash_pystr(p);
    keys.iter().position(|k| match k.payload() {
        Payload::Str(q) => types::list::util::hash_pystr(q) == h && q.s == p.s,
        _ => false,
    })
}

/// Is `name` an exact str (the only names the keys take)?
fn exact_name(name: &Obj) -> bool {
    types::str::is_exact_str(name)
}

/// Where generated code finds the value of `name` in instances of `tp`:
/// the byte offset of its word, or 0 when it is not an inline key.
pub(crate) fn slot_offset(tp: &Obj, name: &Obj) -> u64 {
    if !exact_name(name) {
        return 0;
    }
    match key_index(type_data(tp), name) {
        Some(i) => (abi::INSTANCE_VALUES_OFFSET as usize + 8 * i) as u64,
        None => 0,
    }
}

/// Is `name` one of `tp`'s inline keys (so some instance may hold it
/// without a dict)?
pub(crate) fn is_key(tp: &Obj, name: &Obj) -> bool {
    key_index(type_data(tp), name).is_some()
}

/// The position of the exact str `name` among `tp`'s inline keys (which
/// only grow, so a position stays valid), for runtime code that caches
/// where a name's value lives (`value_at`, `replace_at`).
pub(crate) fn key_position(tp: &Obj, name: &Obj) -> Option<usize> {
    if !exact_name(name) {
        return None;
    }
    key_index(type_data(tp), name).filter(|&i| i < INLINE_VALUES)
}

/// The inline value `i` of `v` (see `key_position`) when `v` is in values
/// mode and holds it.
#[inline]
pub(crate) fn value_at(v: &Obj, i: usize) -> Option<Obj> {
    let w = values_mode(v)?.0.get(i)?.get();
    (w != 0).then(|| Obj::borrow(&w).clone())
}

/// Replaces the inline value `i` that `v` holds (see `key_position`);
/// gives `value` back when `v` is not in values mode or holds no value `i`.
#[inline]
pub(crate) fn replace_at(v: &Obj, i: usize, value: Obj) -> Result<(), Obj> {
    let Some(cell) = values_mode(v).and_then(|vals| vals.0.get(i)) else {
        return Err(value);
    };
    if cell.get() == 0 {
        return Err(value);
    }
    let old = cell.replace(value.into_word());
    // The old value goes after the store (its finalizer sees the new state).
    drop(Obj::from_word(old));
    Ok(())
}

/// The attribute `name` of `v` when `v` is in values mode (`Some(None)`
/// when it holds no such value); None when `v` is not in values mode (its
/// dict, if any, holds its attributes).
pub(crate) fn get(v: &Obj, name: &Obj) -> Option<Option<Obj>> {
    let vals = values_mode(v)?;
    if vals.0[0].get() == 0 {
        return Some(None);
    }
    if !exact_name(name) {
        // A str subclass may hash and compare its own way: a dict decides
        // (the caller finds `v` in dict mode now).
        materialize(v);
        return None;
    }
    let tw = v.ty_word();
    let td = type_data(Obj::borrow(&tw));
    let w = match key_index(td, name) {
        Some(i) if i < INLINE_VALUES => vals.0[i].get(),
        _ => 0,
    };
    Some((w != 0).then(|| Obj::borrow(&w).clone()))
}

/// The attribute `name` held by `v` itself: an inline value or its
/// instance dict's (None when neither holds it).
pub(crate) fn lookup(v: &Obj, name: &Obj) -> crate::errors::PyResult<Option<Obj>> {
    match get(v, name) {
        Some(r) => Ok(r),
        None => match v.dict() {
            Some(d) => types::dict::get_item(&d, name),
            None => Ok(None),
        },
    }
}

/// Stores `value` under `name` in `v`'s inline values when `v` is in
/// values mode and the words can take it (the name is held already, or is
/// the next key, or can become the next key). Gives the value back when
/// the caller must store into the instance dict (which it materializes).
pub(crate) fn set(v: &Obj, name: &Obj, value: Obj) -> Result<(), Obj> {
    let Some(vals) = values_mode(v) else {
        return Err(value);
    };
    let tw = v.ty_word();
    let td = type_data(Obj::borrow(&tw));
    if !exact_name(name) || !td.inline_ok.get() {
        return Err(value);
    }
    let n = vals.len();
    let i = match key_index(td, name) {
        Some(i) => i,
        None => {
            let mut keys = td.inline_keys.borrow_mut();
            if keys.len() != n || n == INLINE_VALUES {
                drop(keys);
                overflowed(td);
                return Err(value);
            }
            keys.push(name.clone());
            drop(keys);
            // Sites that proved the name absent from every instance (a
            // method not shadowed) must look again.
            crate::ops::attr::cache::invalidate();
            n
        }
    };
    if i > n || i >= INLINE_VALUES {
        overflowed(td);
        return Err(value);
    }
    let old = vals.0[i].replace(value.into_word());
    // The old value goes after the store (its finalizer sees the new state).
    drop(Obj::from_word(old));
    Ok(())
}

/// Counts an instance of `td`'s class whose attributes overflowed its
/// inline values; past the limit the class takes no new keys.
fn overflowed(td: &TypeData) {
    let n = td.inline_overflows.get() + 1;
    td.inline_overflows.set(n);
    if n >= OVERFLOW_LIMIT && td.inline_ok.replace(false) {
        // Sites stop storing inline once refilled.
        crate::ops::attr::cache::invalidate();
    }
}

/// Moves the inline values of `v` (in values mode) into a new instance
/// dict, in key order, and installs it; returns it. None when `v` has no
/// inline values to move (not a plain instance, in dict mode, or without
/// attributes: it then still has no dict, as before its first store).
pub(crate) fn materialize(v: &Obj) -> Option<Obj> {
    let vals = values_mode(v)?;
    if vals.0[0].get() == 0 {
        return None;
    }
    let tw = v.ty_word();
    let td = type_data(Obj::borrow(&tw));
    let taken = vals.take_all();
    let hint = (td.dict_hint.get() as usize).max(taken.len());
    let d = types::dict::new_dict_with_capacity(hint);
    {
        let keys = td.inline_keys.borrow();
        for (k, x) in keys.iter().zip(taken) {
            // Exact strs with cached hashes: no Python code runs.
            let _ = types::dict::set_item(&d, k, x);
        }
    }
    if let Some(h) = v.heap() {
        h.dict.set(d.clone().into_word());
    }
    Some(d)
}

/// Drops the inline values of `v` (its `__dict__` is being replaced).
pub(crate) fn clear(v: &Obj) {
    if let Some(vals) = values_mode(v) {
        drop(vals.take_all());
    }
}
