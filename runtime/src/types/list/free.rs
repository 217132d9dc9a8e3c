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
    // The common small list of small ints (a temporary slice): its items
    // own nothing, so they are forgotten in place and no finalizer can run
    // between the room check and the push.
    // (The room is checked first: a full free list makes the scan useless.)
    if cap <= MAX_KEPT_CAPACITY
        && FREE_LISTS.with(|f| f.has_room(cap))
        && guard.iter().all(|x| x.heap().is_none())
    {
        // SAFETY: every item is a tagged word, whose drop does nothing.
        unsafe { guard.set_len(0) };
        drop(guard);
        FREE_LISTS.with(|f| f.push(cap, w));
        o.refcnt.set(1);
        return true;
    }
    let mut items = std::mem::take(&mut *guard);
    drop(guard);
    if cap > MAX_KEPT_CAPACITY || !FREE_LISTS.with(|f| f.has_room(cap)) {
        // Freed as before (the items go with the buffer, last to first).
        *cell.borrow_mut() = items;
        return false;
    }
    // Releasing the items may run finalizers; nothing can reach a list
    // whose refcount is zero (the cycle collector skips it), and the items
    // are out of the list meanwhile anyway.
    while let Some(x) = items.pop() {
        drop(x);
    }
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

/// The item buffer of a list made by `reuse`.
pub(super) fn buffer(l: &Obj) -> &RefCell<Vec<Obj>> {
    match l.payload() {
        Payload::List(cell) => cell,
        _ => unreachable!("the free list holds only lists"),
    }
}
