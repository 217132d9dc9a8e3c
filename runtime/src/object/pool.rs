//! The memory of heap objects: a per-thread free list of `PyObject`-sized
//! blocks in front of the global allocator, in the spirit of CPython's
//! freelists for floats and tuples. Every heap object has the same size (the
//! payload is one enum), so one list serves all types: a float freed in a
//! loop is the next float's memory without a trip through `malloc`.
//!
//! This module owns only memory; constructing and dropping the object
//! itself is `Obj::new`'s and `finalize::free_object`'s business.

use super::PyObject;
use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::cell::Cell;

/// How many free blocks a thread keeps at most (beyond that, blocks go back
/// to the allocator, so a burst of garbage doesn't pin memory).
const MAX_FREE: usize = 4096;

/// A free block: its first word links to the next free block.
struct FreeBlock {
    next: *mut FreeBlock,
}

const _: () = assert!(size_of::<FreeBlock>() <= size_of::<PyObject>());

thread_local! {
    static FREE: Cell<(*mut FreeBlock, usize)> = const { Cell::new((std::ptr::null_mut(), 0)) };
}

/// Memory for one object, uninitialised.
#[inline]
pub(super) fn alloc_block() -> *mut PyObject {
    let popped = FREE
        .try_with(|f| {
            let (head, n) = f.get();
            if head.is_null() {
                return None;
            }
            // SAFETY: `head` is a block this list owns; its first word was
            // written by `free_block`.
            let next = unsafe { (*head).next };
            f.set((next, n - 1));
            Some(head.cast::<PyObject>())
        })
        .ok()
        .flatten();
    if let Some(p) = popped {
        return p;
    }
    let layout = Layout::new::<PyObject>();
    // SAFETY: `PyObject` has a non-zero size.
    let p = unsafe { alloc(layout) }.cast::<PyObject>();
    if p.is_null() {
        handle_alloc_error(layout);
    }
    p
}

/// Returns the memory of an object that has been dropped in place.
///
/// # Safety
/// `p` came from `alloc_block`, its contents are dropped (or were never
/// initialised), and nothing uses it any more.
#[inline]
pub(crate) unsafe fn free_block(p: *mut PyObject) {
    let kept = FREE
        .try_with(|f| {
            let (head, n) = f.get();
            if n >= MAX_FREE {
                return false;
            }
            let b = p.cast::<FreeBlock>();
            // SAFETY: the caller gives up `p`, which is large and aligned
            // enough for a `FreeBlock` (checked above).
            unsafe { b.write(FreeBlock { next: head }) };
            f.set((b, n + 1));
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: `p` was allocated with this layout (by `alloc_block`).
        unsafe { dealloc(p.cast::<u8>(), Layout::new::<PyObject>()) };
    }
}
