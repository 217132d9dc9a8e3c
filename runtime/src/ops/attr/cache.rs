//! A direct-mapped cache of `types::lookup` results (like CPython's method
//! cache), used by the generic protocol on hot paths: attribute access,
//! special-method dispatch, comparisons.
//!
//! Entries are keyed by (type, name) and stamped with a global epoch; any
//! change to a heap type's namespace or bases calls `invalidate`, which bumps
//! the epoch and so retires every entry at once. An entry holds a reference
//! to its type, so a cached type's address is never reused while cached.
//! Types must therefore not have their dicts modified behind this module's
//! back after startup except through `ops::attr` / `type` methods (which
//! invalidate), or by calling `invalidate` explicitly.

use crate::object::Obj;
use crate::types;
use std::cell::{Cell, RefCell};

const SIZE: usize = 4096;

struct Entry {
    ty: Obj,
    epoch: u64,
    hash: u64,
    name: Box<str>,
    value: Option<Obj>,
}

thread_local! {
    static CACHE: RefCell<Vec<Option<Entry>>> =
        RefCell::new((0..SIZE).map(|_| None).collect());
    static EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// FNV-1a over the name's bytes.
fn name_hash(name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Retires every cached lookup (a type's namespace or MRO changed).
pub fn invalidate() {
    EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// `types::lookup(ty, name)`, cached.
pub fn lookup(ty: &Obj, name: &str) -> Option<Obj> {
    let h = name_hash(name);
    let idx = ((h ^ (ty.word() >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15)) as usize) & (SIZE - 1);
    let epoch = EPOCH.with(|e| e.get());
    let hit = CACHE.with(|c| {
        let c = c.borrow();
        match &c[idx] {
            Some(e) if e.epoch == epoch && e.hash == h && e.ty.is(ty) && &*e.name == name => {
                Some(e.value.clone())
            }
            _ => None,
        }
    });
    if let Some(v) = hit {
        return v;
    }
    let v = types::lookup(ty, name);
    let entry = Entry {
        ty: ty.clone(),
        epoch,
        hash: h,
        name: name.into(),
        value: v.clone(),
    };
    // The evicted entry is dropped after the borrow ends: releasing its
    // references may run finalizers that use the cache.
    let old = CACHE.with(|c| c.borrow_mut()[idx].replace(entry));
    drop(old);
    v
}

/// `types::lookup_special(v, name)`, cached.
pub fn lookup_special(v: &Obj, name: &str) -> Option<Obj> {
    lookup(Obj::borrow(&v.ty_word()), name)
}
