//! The memory of heap objects: per-thread arenas of `PyObject`-sized blocks
//! with a free list in front, in the spirit of CPython's obmalloc pools.
//! Every heap object has the same size (the payload is one enum), so one
//! list serves all types: a float freed in a loop is the next float's memory
//! without a trip through `malloc`.
//!
//! The arenas are also the cycle collector's view of the heap (`object::gc`):
//! a block whose refcount word is 0 is free (never used, on the free list,
//! or being destroyed); every other block is a live object. Each
//! arena is aligned to its size and starts with its `Marks`, the collector's
//! generation bitmaps: allocating a block for an object the collector may
//! track sets its "young" bit (found from the block's address alone), which
//! is all the generations cost outside a collection.
//!
//! This module owns only memory; constructing and dropping the object
//! itself is `Obj::new`'s and `finalize::free_object`'s business.

use super::PyObject;
use std::alloc::{Layout, alloc_zeroed, handle_alloc_error};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

/// Bytes per arena (1 MiB: large enough that the arena list stays short).
/// Arenas are aligned to it, so a block's arena is its address with the low
/// bits cleared.
pub(crate) const ARENA_BYTES: usize = 1 << 20;

const BLOCK: usize = size_of::<PyObject>();

/// Words of one generation bitmap: a bit per block of the arena.
pub(crate) const MARK_WORDS: usize = (ARENA_BYTES / BLOCK).div_ceil(64);

/// The cycle collector's generations of an arena's blocks, one bit per block
/// (bit `b` = object block `b`). Blocks of objects it can never track are
/// in none. Bits of free blocks are stale and mean nothing: the collector
/// skips free blocks and the objects it does not track, and allocation
/// marks a block young again.
#[repr(C)]
pub(crate) struct Marks {
    /// Allocated since the last collection (generation 0).
    pub(crate) young: [Cell<u64>; MARK_WORDS],
    /// Survived one collection of generation 0 (generation 1).
    pub(crate) middle: [Cell<u64>; MARK_WORDS],
    /// Survived a collection of generation 1 or 2 (generation 2).
    pub(crate) old: [Cell<u64>; MARK_WORDS],
}

/// Blocks at the start of each arena taken by its `Marks`.
const HEADER_BLOCKS: usize = size_of::<Marks>().div_ceil(BLOCK);

/// Object blocks per arena.
pub(crate) const ARENA_BLOCKS: usize = ARENA_BYTES / BLOCK - HEADER_BLOCKS;

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
    /// The unused, arena-aligned rest of the newest reservation (next
    /// arena, end).
    reserve: Cell<(*mut u8, *mut u8)>,
    /// First object block of every arena, in allocation order. Never
    /// dropped: objects may be released during thread teardown.
    arenas: ManuallyDrop<RefCell<Vec<*mut PyObject>>>,
}

thread_local! {
    static POOL: Pool = const {
        Pool {
            free: Cell::new(std::ptr::null_mut()),
            bump: Cell::new(std::ptr::null_mut()),
            end: Cell::new(std::ptr::null_mut()),
            reserve: Cell::new((std::ptr::null_mut(), std::ptr::null_mut())),
            live: Cell::new(0),
            threshold: Cell::new(super::gc::FIRST_THRESHOLD),
            arenas: ManuallyDrop::new(RefCell::new(Vec::new())),
        }
    };
}

/// Memory for one object, uninitialised (but with a zero refcount word),
/// marked young when the object may be `tracked` by the cycle collector
/// (the others never enter its generations, and it never reads them).
#[inline]
pub(super) fn alloc_block(tracked: bool) -> *mut PyObject {
    let b = POOL.with(|p| {
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
    });
    if tracked {
        let (marks, i) = block_marks(b);
        let w = &marks.young[i / 64];
        w.set(w.get() | 1 << (i % 64));
    }
    b
}

/// Marks the live object `b` young again, as if just allocated (for objects
/// that runtime code recycles instead of freeing, like the dict free list).
pub(crate) fn mark_young(b: *const PyObject) {
    let (marks, i) = block_marks(b.cast_mut());
    let bit = 1u64 << (i % 64);
    let w = i / 64;
    marks.young[w].set(marks.young[w].get() | bit);
    marks.middle[w].set(marks.middle[w].get() & !bit);
    marks.old[w].set(marks.old[w].get() & !bit);
}

/// The marks of the arena holding block `b`, and the block's number in it.
#[inline]
fn block_marks(b: *mut PyObject) -> (&'static Marks, usize) {
    let base = b as usize & !(ARENA_BYTES - 1);
    let i = (b as usize - base) / BLOCK - HEADER_BLOCKS;
    // SAFETY: every block lies in an arena aligned to `ARENA_BYTES`, which
    // starts with its `Marks` (zeroed memory is valid for `Cell<u64>`) and
    // is never freed.
    (unsafe { &*(base as *const Marks) }, i)
}

/// Arenas reserved from the system at a time: one zeroed allocation large
/// enough that the system allocator maps fresh pages for it (untouched
/// pages cost no memory, and need no clearing), carved into aligned arenas.
const RESERVE_ARENAS: usize = 32;

/// Allocates a fresh arena and returns its first object block.
#[cold]
fn new_arena(p: &Pool) -> *mut PyObject {
    let (mut next, mut end) = p.reserve.get();
    if (end as usize).saturating_sub(next as usize) < ARENA_BYTES {
        let layout = Layout::from_size_align((RESERVE_ARENAS + 1) * ARENA_BYTES, 16)
            .expect("reservation layout is valid");
        // SAFETY: the layout has a non-zero size. Zeroed memory makes every
        // block's refcount word 0 (free) until it is handed out, and every
        // generation bit 0.
        let r = unsafe { alloc_zeroed(layout) };
        if r.is_null() {
            handle_alloc_error(layout);
        }
        next = r.wrapping_add(r.align_offset(ARENA_BYTES));
        end = r.wrapping_add(layout.size());
    }
    let a = next;
    p.reserve.set((a.wrapping_add(ARENA_BYTES), end));
    // SAFETY: the arena (`ARENA_BYTES` from `a`, inside the reservation)
    // holds `HEADER_BLOCKS + ARENA_BLOCKS` blocks.
    let first = unsafe { a.add(HEADER_BLOCKS * BLOCK) }.cast::<PyObject>();
    p.arenas.borrow_mut().push(first);
    // SAFETY: as above.
    unsafe {
        p.bump.set(first.add(1));
        p.end.set(first.add(ARENA_BLOCKS));
    }
    first
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

/// The used part of one arena.
#[derive(Clone, Copy)]
pub(crate) struct Arena {
    /// The first object block.
    pub(crate) first: *mut PyObject,
    /// Blocks handed out at least once (some may be free again).
    pub(crate) used: usize,
    pub(crate) marks: &'static Marks,
}

/// Every arena of this thread, sorted by address.
pub(crate) fn arenas() -> Vec<Arena> {
    POOL.with(|p| {
        let newest = p.bump.get();
        let mut v: Vec<Arena> = p
            .arenas
            .borrow()
            .iter()
            .map(|&first| {
                let end = first.wrapping_add(ARENA_BLOCKS);
                let used = if newest >= first && newest <= end {
                    (newest as usize - first as usize) / BLOCK
                } else {
                    ARENA_BLOCKS
                };
                Arena {
                    first,
                    used,
                    marks: block_marks(first).0,
                }
            })
            .collect();
        v.sort_unstable_by_key(|a| a.first as usize);
        v
    })
}
