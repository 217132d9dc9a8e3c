//! The memory of heap objects: per-thread arenas of object blocks with a
//! free list in front, in the spirit of CPython's obmalloc pools. Blocks
//! come in a few size classes (`CLASS_SIZES`; `object::size_class` says
//! which one each kind of object takes), each with its own free list: a
//! float freed in a loop is the next float's memory without a trip through
//! `malloc`. A class takes fresh blocks from its span (`SPAN_BYTES` of an
//! arena), and spans are carved one after the other from the newest arena
//! (like obmalloc's pools), so the memory touched for the first time is
//! one frontier whatever the mix of classes.
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

/// The block sizes, smallest first: multiples of `GRAIN`, the largest a
/// whole `PyObject` (which every payload variant fits; only plain
/// instances need all of it).
pub(crate) const CLASS_SIZES: [usize; 6] = [32, 48, 64, 80, 96, size_of::<PyObject>()];
const CLASSES: usize = CLASS_SIZES.len();

/// The unit of block addresses in an arena: the generation bitmaps have a
/// bit per grain, set only for the grains where blocks start.
pub(crate) const GRAIN: usize = 16;

const _: () = {
    let mut c = 0;
    while c < CLASSES {
        assert!(CLASS_SIZES[c].is_multiple_of(GRAIN));
        c += 1;
    }
    assert!(CLASS_SIZES[CLASSES - 1] == size_of::<PyObject>());
};

/// Words of one generation bitmap: a bit per grain of the arena.
pub(crate) const MARK_WORDS: usize = (ARENA_BYTES / GRAIN).div_ceil(64);

/// The cycle collector's generations of an arena's blocks, one bit per
/// grain (bit `g` = the block at `g * GRAIN` bytes from the arena's start).
/// Blocks of objects it can never track are in none. Bits of free blocks
/// are stale and mean nothing: the collector skips free blocks and the
/// objects it does not track, and allocation marks a block young again.
#[repr(C)]
pub(crate) struct Marks {
    /// Allocated since the last collection (generation 0).
    pub(crate) young: [Cell<u64>; MARK_WORDS],
    /// Survived one collection of generation 0 (generation 1).
    pub(crate) middle: [Cell<u64>; MARK_WORDS],
    /// Survived a collection of generation 1 or 2 (generation 2).
    pub(crate) old: [Cell<u64>; MARK_WORDS],
}

/// The start of every arena: its marks.
#[repr(C)]
struct ArenaHeader {
    marks: Marks,
}

/// Where an arena's first block starts.
const FIRST_BLOCK: usize = size_of::<ArenaHeader>().next_multiple_of(GRAIN);

/// Bytes of an arena a size class takes at a time for fresh blocks: small
/// enough that the unused rest of each class's newest span costs little.
const SPAN_BYTES: usize = 64 << 10;

/// How many blocks of class `class` fit between `next` and the arena end
/// `end`. A whole `PyObject` fits after the start of every block: Rust
/// code sees each object as one, and may read any of its bytes (never
/// write them) whatever its variant, so every byte it may read stays
/// inside the arena.
fn blocks_left(class: usize, next: usize, end: usize) -> usize {
    let size = CLASS_SIZES[class];
    let slack = size_of::<PyObject>() - size;
    (end - slack).saturating_sub(next) / size
}

/// A free block: the refcount word stays 0 (so the collector skips it) and
/// the next word links to the next free block.
#[repr(C)]
struct FreeBlock {
    refcnt: usize,
    next: *mut FreeBlock,
}

const _: () = assert!(size_of::<FreeBlock>() <= CLASS_SIZES[0]);
const _: () =
    assert!(std::mem::offset_of!(FreeBlock, next) == crate::abi::FREE_BLOCK_NEXT as usize);

/// One size class of a thread's heap: its free blocks, and the never-used
/// rest of its newest span.
struct Class {
    free: Cell<*mut FreeBlock>,
    bump: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

/// One thread's heap.
struct Pool {
    classes: [Class; CLASSES],
    /// Blocks in use (allocated and not yet freed).
    live: Cell<usize>,
    /// `live` at which the next automatic collection is due.
    threshold: Cell<usize>,
    /// The unused, arena-aligned rest of the newest reservation (next
    /// arena, end).
    reserve: Cell<(*mut u8, *mut u8)>,
    /// Where the next span starts in the newest arena, and that arena's
    /// end (null before the first arena).
    frontier: Cell<(*mut u8, *mut u8)>,
    /// The start of every arena, in allocation order. Never dropped:
    /// objects may be released during thread teardown.
    arenas: ManuallyDrop<RefCell<Vec<*mut u8>>>,
}

thread_local! {
    static POOL: Pool = const {
        Pool {
            classes: [const {
                Class {
                    free: Cell::new(std::ptr::null_mut()),
                    bump: Cell::new(std::ptr::null_mut()),
                    end: Cell::new(std::ptr::null_mut()),
                }
            }; CLASSES],
            reserve: Cell::new((std::ptr::null_mut(), std::ptr::null_mut())),
            frontier: Cell::new((std::ptr::null_mut(), std::ptr::null_mut())),
            live: Cell::new(0),
            threshold: Cell::new(super::gc::FIRST_THRESHOLD),
            arenas: ManuallyDrop::new(RefCell::new(Vec::new())),
        }
    };
}

/// This thread's pool. (Its address taken once, with a closure simple
/// enough that `LocalKey::with` is always inlined: with the free-list work
/// inside the closure, LLVM outlined some instances of `with`, which put
/// a call on the str and float free paths.)
#[inline(always)]
fn pool() -> &'static Pool {
    let p = POOL.with(std::ptr::from_ref);
    // SAFETY: `POOL` is const-initialised and needs no drop (its only
    // owning field is `ManuallyDrop`), so its storage is never destroyed
    // and stays valid for the thread's life; only this thread uses the
    // reference (`Pool` is not `Sync`, so it cannot be sent elsewhere).
    unsafe { &*p }
}

/// Memory for one object of size class `class` (`CLASS_SIZES[class]`
/// bytes), uninitialised (but with a zero refcount word), marked young
/// when the object may be `tracked` by the cycle collector (the others
/// never enter its generations, and it never reads them).
#[inline]
pub(super) fn alloc_block(class: usize, tracked: bool) -> *mut PyObject {
    let p = pool();
    p.live.set(p.live.get() + 1);
    let c = &p.classes[class];
    let head = c.free.get();
    let b = if !head.is_null() {
        // SAFETY: `head` is a block this list owns; its link was written
        // by `free_block`.
        c.free.set(unsafe { (*head).next });
        head.cast::<PyObject>()
    } else if c.bump.get() != c.end.get() {
        let b = c.bump.get();
        // SAFETY: `b` is a block of the class's newest span, before its
        // end.
        c.bump.set(unsafe { b.add(CLASS_SIZES[class]) });
        b.cast::<PyObject>()
    } else {
        new_span(p, class)
    };
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

/// The header of the arena holding block `b`.
#[inline]
fn arena_header(b: *mut PyObject) -> &'static ArenaHeader {
    let base = b as usize & !(ARENA_BYTES - 1);
    // SAFETY: every block lies in an arena aligned to `ARENA_BYTES`, which
    // starts with its header (zeroed memory is valid for `Cell<u64>`) and
    // is never freed.
    unsafe { &*(base as *const ArenaHeader) }
}

/// The marks of the arena holding block `b`, and the block's grain number
/// in it.
#[inline]
fn block_marks(b: *mut PyObject) -> (&'static Marks, usize) {
    let i = (b as usize & (ARENA_BYTES - 1)) / GRAIN;
    (&arena_header(b).marks, i)
}

/// Arenas reserved from the system at a time: one zeroed allocation large
/// enough that the system allocator maps fresh pages for it (untouched
/// pages cost no memory, and need no clearing), carved into aligned arenas.
const RESERVE_ARENAS: usize = 32;

/// Starts a new span for size class `class` (in a fresh arena when the
/// newest one has no room left) and returns its first block.
#[cold]
fn new_span(p: &Pool, class: usize) -> *mut PyObject {
    let size = CLASS_SIZES[class];
    let (mut next, mut end) = p.frontier.get();
    if next.is_null() || blocks_left(class, next as usize, end as usize) == 0 {
        // (The rest of the old arena, smaller than a block, stays unused.)
        (next, end) = new_arena(p);
    }
    let n = blocks_left(class, next as usize, end as usize).min(SPAN_BYTES / size);
    let span_end = next.wrapping_add(n * size);
    p.frontier.set((span_end, end));
    let c = &p.classes[class];
    c.bump.set(next.wrapping_add(size));
    c.end.set(span_end);
    next.cast::<PyObject>()
}

/// Allocates a fresh arena; returns where its blocks start and its end.
#[cold]
fn new_arena(p: &Pool) -> (*mut u8, *mut u8) {
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
        // (Transparent huge pages were measured here: fewer page faults,
        // but with the kernel's "madvise" defrag setting a fault may stall
        // on compaction, which made whole runs 40% slower now and then.)
    }
    let a = next;
    p.reserve.set((a.wrapping_add(ARENA_BYTES), end));
    p.arenas.borrow_mut().push(a);
    (a.wrapping_add(FIRST_BLOCK), a.wrapping_add(ARENA_BYTES))
}

/// Returns the memory of an object of size class `class` that has been
/// dropped in place. (The caller knows the class from the payload's tag,
/// which is in the object's own cache line; the arena header that also
/// records it is usually not.)
///
/// # Safety
/// `p` came from `alloc_block(class, _)`, its contents are dropped (or
/// were never initialised), and nothing uses it any more.
/// (Always inlined: a free is a few instructions, and LLVM left the
/// call in `dealloc`'s str path.)
#[inline(always)]
pub(crate) unsafe fn free_block(p: *mut PyObject, class: usize) {
    // Saturating: a block may be freed on another thread than the one
    // that allocated it (only in unit tests, which share no objects
    // across threads otherwise).
    note_freed(1);
    // SAFETY: caller contract.
    unsafe { free_block_uncounted(p, class) };
}

/// `free_block` but for the live count, which the caller brings down
/// with `note_freed` before anything allocates (a dead instance's exact
/// floats are freed in a row and counted once).
///
/// # Safety
/// As `free_block`.
#[inline(always)]
pub(crate) unsafe fn free_block_uncounted(p: *mut PyObject, class: usize) {
    let c = &pool().classes[class];
    let b = p.cast::<FreeBlock>();
    // SAFETY: the caller gives up `p`, which is large and aligned enough
    // for a `FreeBlock` (checked above).
    unsafe {
        b.write(FreeBlock {
            refcnt: 0,
            next: c.free.get(),
        })
    };
    c.free.set(b);
}

/// `free_block_uncounted` of a block whose refcount word is already 0
/// (an object whose count just dropped to zero): only the link is written.
///
/// # Safety
/// As `free_block`, and the refcount word of `p` is 0.
#[inline(always)]
pub(crate) unsafe fn free_dead_block_uncounted(p: *mut PyObject, class: usize) {
    debug_assert!(
        // SAFETY: caller contract: `p` is a block (readable).
        unsafe { (*p).refcnt.get() } == 0
    );
    let c = &pool().classes[class];
    let b = p.cast::<FreeBlock>();
    // SAFETY: as in `free_block_uncounted`; the refcount word is 0 already.
    unsafe { (&raw mut (*b).next).write(c.free.get()) };
    c.free.set(b);
}

/// Brings the live count down by `n` blocks freed by
/// `free_block_uncounted`.
#[inline(always)]
pub(crate) fn note_freed(n: usize) {
    let live = &pool().live;
    live.set(live.get().saturating_sub(n));
}

/// The addresses of this thread's free-list head of size class `class`
/// and of its live-block count, for generated code that allocates blocks
/// of that class itself (as `alloc_block(class, false)` does when the list
/// is not empty). They stay valid for the thread's life.
pub(crate) fn free_list_addrs(class: usize) -> (u64, u64) {
    POOL.with(|p| {
        (
            &p.classes[class].free as *const Cell<*mut FreeBlock> as u64,
            &p.live as *const Cell<usize> as u64,
        )
    })
}

/// Number of blocks in use.
pub(crate) fn live() -> usize {
    POOL.with(|p| p.live.get())
}

/// Is an automatic collection due (more live blocks than the threshold)?
#[inline]
pub(crate) fn over_threshold() -> bool {
    let p = pool();
    p.live.get() > p.threshold.get()
}

/// Sets the live-block count at which the next automatic collection is due.
pub(crate) fn set_threshold(n: usize) {
    POOL.with(|p| p.threshold.set(n));
}

/// The used part of one arena.
#[derive(Clone, Copy)]
pub(crate) struct Arena {
    /// The arena's start.
    pub(crate) base: *mut u8,
    /// Grains up to the end of the spans handed out (the whole arena but
    /// for the newest one; some blocks may be free, or never used).
    pub(crate) used: usize,
    pub(crate) marks: &'static Marks,
}

/// Every arena of this thread, sorted by address.
pub(crate) fn arenas() -> Vec<Arena> {
    POOL.with(|p| {
        let frontier = p.frontier.get().0 as usize;
        let mut v: Vec<Arena> = p
            .arenas
            .borrow()
            .iter()
            .map(|&base| {
                // SAFETY: `base` starts an arena, whose header is zeroed
                // memory (valid marks) from `new_arena` on.
                let header = unsafe { &*base.cast::<ArenaHeader>() };
                let offset = frontier.wrapping_sub(base as usize);
                let end = if offset > 0 && offset <= ARENA_BYTES {
                    offset
                } else {
                    ARENA_BYTES
                };
                Arena {
                    base,
                    used: end / GRAIN,
                    marks: &header.marks,
                }
            })
            .collect();
        v.sort_unstable_by_key(|a| a.base as usize);
        v
    })
}
