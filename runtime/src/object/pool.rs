//! The memory of heap objects: per-thread arenas of `PyObject`-sized blocks
//! with a free list in front, in the spirit of CPython's obmalloc pools.
//! Every heap object has the same size (the payload is one enum), so one
//! list serves all types: a float freed in a loop is the next float's memory
//! without a trip through `malloc`.
//!
//! The arenas are also the cycle collector's view of the heap (`object::gc`):
//! a block whose refcount word is 0 is free (never used, on the free list,
//! or being destroyed); every other block is a live object. Walking the
//! arenas finds all objects without a per-allocation registration.
//!
//! This module owns only memory; constructing and dropping the object
//! itself is `Obj::new`'s and `finalize::free_object`'s business.

use super::PyObject;
use std::alloc::{Layout, alloc_zeroed, handle_alloc_error};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

/// Blocks per arena (about 1 MiB: large enough that the arena list stays
/// short, and big allocations get fresh zeroed pages from the system).
pub(crate) const ARENA_BLOCKS: usize = (1 << 20) / size_of::<PyObject>();

/// A free block: the refcount word stays 0 (so the collector skips it) and
/// the next word links to the next free block.
#[repr(C)]
struct FreeBlock {
    refcnt: usize,
    next: *mut FreeBlock,
}

const _: () = assert!(size_of::<FreeBlock>() <= size_of::<PyObject>());

/// One thread's heap.
struct Pool {
    free: Cell<*mut FreeBlock>,
    /// The never-used tail of the newest arena.
    bump: Cell<*mut PyObject>,
    end: Cell<*mut PyObject>,
    /// Blocks in use (allocated and not yet freed).
    live: Cell<usize>,
    /// `live` at which the next automatic collection is due.
    threshold: Cell<usize>,
    /// Start of every arena, in allocation order. Never dropped: objects
    /// may be released during thread teardown.
    arenas: ManuallyDrop<RefCell<Vec<*mut PyObject>>>,
}

thread_local! {
    static POOL: Pool = const {
        Pool {
            free: Cell::new(std::ptr::null_mut()),
            bump: Cell::new(std::ptr::null_mut()),
            end: Cell::new(std::ptr::null_mut()),
            live: Cell::new(0),
            threshold: Cell::new(super::gc::FIRST_THRESHOLD),
            arenas: ManuallyDrop::new(RefCell::new(Vec::new())),
        }
    };
}

/// Memory for one object, uninitialised (but with a zero refcount word).
#[inline]
pub(super) fn alloc_block() -> *mut PyObject {
    POOL.with(|p| {
        p.live.set(p.live.get() + 1);
        let head = p.free.get();
        if !head.is_null() {
            // SAFETY: `head` is a block this list owns; its link was written
            // by `free_block`.
            p.free.set(unsafe { (*head).next });
            return head.cast::<PyObject>();
        }
        let b = p.bump.get();
        if b != p.end.get() {
            // SAFETY: `b` is inside the newest arena, before its end.
            p.bump.set(unsafe { b.add(1) });
            return b;
        }
        new_arena(p)
    })
}

/// Allocates a fresh arena and returns its first block.
#[cold]
fn new_arena(p: &Pool) -> *mut PyObject {
    let layout = Layout::array::<PyObject>(ARENA_BLOCKS).expect("arena size fits");
    // SAFETY: the layout has a non-zero size. Zeroed memory makes every
    // block's refcount word 0 (free) until it is handed out.
    let a = unsafe { alloc_zeroed(layout) }.cast::<PyObject>();
    if a.is_null() {
        handle_alloc_error(layout);
    }
    p.arenas.borrow_mut().push(a);
    // SAFETY: the arena holds `ARENA_BLOCKS` blocks.
    unsafe {
        p.bump.set(a.add(1));
        p.end.set(a.add(ARENA_BLOCKS));
    }
    a
}

/// Returns the memory of an object that has been dropped in place.
///
/// # Safety
/// `p` came from `alloc_block`, its contents are dropped (or were never
/// initialised), and nothing uses it any more.
#[inline]
pub(crate) unsafe fn free_block(p: *mut PyObject) {
    POOL.with(|pool| {
        // Saturating: a block may be freed on another thread than the one
        // that allocated it (only in unit tests, which share no objects
        // across threads otherwise).
        pool.live.set(pool.live.get().saturating_sub(1));
        let b = p.cast::<FreeBlock>();
        // SAFETY: the caller gives up `p`, which is large and aligned enough
        // for a `FreeBlock` (checked above).
        unsafe {
            b.write(FreeBlock {
                refcnt: 0,
                next: pool.free.get(),
            })
        };
        pool.free.set(b);
    });
}

/// Number of blocks in use.
pub(crate) fn live() -> usize {
    POOL.with(|p| p.live.get())
}

/// Is an automatic collection due (more live blocks than the threshold)?
#[inline]
pub(crate) fn over_threshold() -> bool {
    POOL.with(|p| p.live.get() > p.threshold.get())
}

/// Sets the live-block count at which the next automatic collection is due.
pub(crate) fn set_threshold(n: usize) {
    POOL.with(|p| p.threshold.set(n));
}

/// The used part of every arena as (first block, number of blocks), sorted
/// by address. Blocks in it may be free (refcount 0).
pub(crate) fn arenas() -> Vec<(*mut PyObject, usize)> {
    POOL.with(|p| {
        let newest = p.bump.get();
        let mut v: Vec<(*mut PyObject, usize)> = p
            .arenas
            .borrow()
            .iter()
            .map(|&a| {
                let end = a.wrapping_add(ARENA_BLOCKS);
                let used = if newest >= a && newest <= end {
                    (newest as usize - a as usize) / size_of::<PyObject>()
                } else {
                    ARENA_BLOCKS
                };
                (a, used)
            })
            .collect();
        v.sort_unstable_by_key(|&(a, _)| a as usize);
        v
    })
}
