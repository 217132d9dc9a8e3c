//! The free list of exact lists (CPython's `list` free list): a freed
//! `list` (not a subclass) keeps its object block and its item buffer for
//! the next list of the same capacity, which saves the block, the buffer's
//! allocation and the header bookkeeping of both.
//!
//! Lists are kept per buffer capacity, and a new list only takes one whose
//! capacity is exactly what a fresh list would get, so `sys.getsizeof`
//! (which reports the capacity) cannot tell a reused list from a new one.
//! This module owns only the keeping and the taking; the constructors that
//! use it are in `list`, deallocation calls `recycle`.

use crate::abi::INT_TAG;
use crate::object::free_stacks::FreeStacks;
use crate::object::{Obj, Payload, PyObject};
use crate::types::builtin;
use std::cell::RefCell;

/// Largest buffer capacity kept (larger lists are freed as before: they are
/// rare, and holding their memory would be waste).
const MAX_KEPT_CAPACITY: usize = 16;

/// Lists kept per capacity.
const MAX_FREE_LISTS: usize = 20;

thread_local! {
    /// Freed exact lists, emptied but with their buffers: a stack per
    /// capacity `0..=MAX_KEPT_CAPACITY`.
    static FREE_LISTS: FreeStacks<{ MAX_KEPT_CAPACITY + 1 }, MAX_FREE_LISTS> =
        const { FreeStacks::new() };
}

/// Keeps `o` (word `w`), an object whose refcount just reached zero, for
/// reuse when it is an exact list with a small buffer and the free list has
/// room: its items are released (last to first, as freeing it would), its
/// buffer kept. Returns false when the caller must free it.
///
/// The common small list of small ints (a temporary slice) is kept right
/// here: its items own nothing, so they are forgotten in place and no
/// finalizer can run between the room check and the push. (This part is
/// small enough to need no saved registers; lists whose items may own
/// something go on to `recycle_releasing`.)
#[inline(always)]
pub(crate) fn recycle(o: &PyObject, w: u64) -> bool {
    let Payload::List(cell) = &o.payload else {
        return false;
    };
    if o.ty.get() != builtin().list.word() || o.dict.get() != 0 {
        return false;
    }
    let Ok(mut guard) = cell.try_borrow_mut() else {
        return false;
    };
    let cap = guard.capacity();
    // (The room is checked first: a full free list makes the scan useless.)
    if cap > MAX_KEPT_CAPACITY || !FREE_LISTS.with(|f| f.has_room(cap)) {
        return false;
    }
    if !all_small_ints(&guard) {
        drop(guard);
        return recycle_releasing(o, cell, cap, w);
    }
    // SAFETY: every item is a tagged word, whose drop does nothing.
    unsafe { guard.set_len(0) };
    drop(guard);
    FREE_LISTS.with(|f| f.push(cap, w));
    o.refcnt.set(1);
    true
}

/// Whether every item is a small int (enough to know that the items own
/// nothing): one AND per item, no branch.
#[inline(always)]
fn all_small_ints(items: &[Obj]) -> bool {
    items.iter().fold(INT_TAG, |acc, x| acc & x.word()) != 0
}

/// `recycle` of a list (exact, with a buffer of capacity `cap` that the
/// free list has room for) whose items may own something: they are
/// released first.
#[inline(never)]
fn recycle_releasing(o: &PyObject, cell: &RefCell<Vec<Obj>>, cap: usize, w: u64) -> bool {
    let mut items = std::mem::take(&mut *cell.borrow_mut());
    // Releasing the items may run finalizers; nothing can reach a list
    // whose refcount is zero (the cycle collector skips it), and the items
    // are out of the list meanwhile anyway.
    crate::types::finalize::release_items_reversed(&mut items);
    // The buffer goes back into the list; what it replaces is the empty
    // `Vec` `take` left, which owns no memory (nothing can reach the list
    // to add to it), so it needs no drop.
    let left = std::mem::replace(&mut *cell.borrow_mut(), items);
    if left.capacity() == 0 {
        std::mem::forget(left);
    } else {
        drop(left);
    }
    // A finalizer may have filled the free list meanwhile: then the caller
    // frees the list after all. (A small closure, so `with` is inlined.)
    let kept = FREE_LISTS.with(|f| {
        let room = f.has_room(cap);
        if room {
            f.push(cap, w);
        }
        room
    });
    if kept {
        o.refcnt.set(1);
    }
    kept
}

/// A freed empty list kept by `recycle` whose buffer holds exactly `cap`
/// items, if any: a new list to the cycle collector (generation 0).
pub(super) fn reuse(cap: usize) -> Option<Obj> {
    if cap > MAX_KEPT_CAPACITY {
        return None;
    }
    let l = Obj::from_word(FREE_LISTS.with(|f| f.pop(cap))?)?;
    if let Some(h) = l.heap() {
        crate::object::pool::mark_young(h);
    }
    Some(l)
}

/// `reuse`, with the kept list's item buffer (empty, of capacity `cap`),
/// which only the caller can reach until it hands the list out: it fills
/// the buffer without borrowing the list's cell.
#[inline(always)]
pub(super) fn reuse_with_buffer(cap: usize) -> Option<(Obj, *mut Vec<Obj>)> {
    let l = reuse(cap)?;
    let buf = buffer(&l).as_ptr();
    Some((l, buf))
}

/// The item buffer of a list made by `reuse`.
pub(super) fn buffer(l: &Obj) -> &RefCell<Vec<Obj>> {
    match l.payload() {
        Payload::List(cell) => cell,
        _ => unreachable!("the free list holds only lists"),
    }
}
