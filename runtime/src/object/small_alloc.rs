//! The process's global allocator: small blocks (up to `MAX_SMALL` bytes)
//! come from per-thread free lists, one per 8-byte size class, refilled
//! from large chunks, in the spirit of CPython's pymalloc; larger or
//! over-aligned blocks go to the system allocator.
//!
//! Python programs allocate and free small blocks at a very high rate (str
//! text, tuple and list buffers, dict tables); glibc's per-size caches hold
//! only a few blocks, so a burst of frees (dropping a parsed document, a
//! list of tokens) falls through to its slow paths and their consolidation.
//! Here a free is a push onto a list and an allocation a pop.
//!
//! Small blocks are never given back to the system: a freed block waits on
//! the free list of the thread that freed it (any thread may reuse any
//! block), so memory is recycled but the peak stays reserved, as with
//! pymalloc's pools. `object::pool` keeps its own list of object headers in
//! front of this one.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Blocks up to this size (and alignment up to `GRAIN`) are small.
const MAX_SMALL: usize = 512;
/// The size-class granularity (and the alignment every small block has):
/// 8 bytes, so a str of 17 to 24 bytes of text takes 24, not 32.
const GRAIN: usize = 8;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// Small blocks are carved from chunks of this size.
const CHUNK: usize = 256 * 1024;

/// A free block: its first word links to the next free block.
struct FreeBlock {
    next: *mut FreeBlock,
}

/// One thread's free lists and the unused tail of its current chunk.
struct Heap {
    free: [Cell<*mut FreeBlock>; CLASSES],
    bump: Cell<*mut u8>,
    bump_end: Cell<*mut u8>,
}

thread_local! {
    // No destructor, so access never fails, even while the thread exits.
    static HEAP: Heap = const {
        Heap {
            free: [const { Cell::new(std::ptr::null_mut()) }; CLASSES],
            bump: Cell::new(std::ptr::null_mut()),
            bump_end: Cell::new(std::ptr::null_mut()),
        }
    };
}

/// The allocator installed for the whole process.
pub(crate) struct SmallAlloc;

#[global_allocator]
static GLOBAL: SmallAlloc = SmallAlloc;

/// The size class of a layout, or None for blocks the system serves.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    if size == 0 || size > MAX_SMALL || layout.align() > GRAIN {
        None
    } else {
        Some((size - 1) / GRAIN)
    }
}

/// A block of size class `class`, from its free list or a chunk.
#[inline]
fn alloc_small(class: usize) -> *mut u8 {
    HEAP.with(|h| {
        let head = h.free[class].get();
        if !head.is_null() {
            // SAFETY: blocks on a free list are unused and start with a
            // `FreeBlock` written by `free_small`.
            h.free[class].set(unsafe { (*head).next });
            return head.cast::<u8>();
        }
        carve(h, (class + 1) * GRAIN)
    })
}

/// `size` bytes from the current chunk (starting a new one when needed).
#[cold]
fn carve(h: &Heap, size: usize) -> *mut u8 {
    let (cur, end) = (h.bump.get(), h.bump_end.get());
    if !cur.is_null() && (end as usize - cur as usize) >= size {
        // SAFETY: `cur + size` stays inside the chunk (checked above).
        h.bump.set(unsafe { cur.add(size) });
        return cur;
    }
    // The rest of the old chunk is abandoned (less than one block).
    let layout = Layout::from_size_align(CHUNK, GRAIN).expect("constant layout is valid");
    // SAFETY: the layout has a non-zero size.
    let chunk = unsafe { System.alloc(layout) };
    if chunk.is_null() {
        return chunk;
    }
    // SAFETY: both offsets are within the chunk just allocated.
    unsafe {
        h.bump.set(chunk.add(size));
        h.bump_end.set(chunk.add(CHUNK));
    }
    chunk
}

/// Returns a block of size class `class` to this thread's free list.
///
/// # Safety
/// `p` is an unused block of that class (from `alloc_small`).
#[inline]
unsafe fn free_small(p: *mut u8, class: usize) {
    HEAP.with(|h| {
        let b = p.cast::<FreeBlock>();
        // SAFETY: the caller gives up `p`, which is at least GRAIN bytes and
        // GRAIN-aligned, so it can hold the link.
        unsafe {
            b.write(FreeBlock {
                next: h.free[class].get(),
            })
        };
        h.free[class].set(b);
    });
}

// SAFETY: small blocks are GRAIN-aligned and at least as large as their
// class, distinct until freed; everything else is the system allocator's.
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(c) => alloc_small(c),
            // SAFETY: forwarded contract.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match class_of(layout) {
            // SAFETY: the same layout was used to allocate, so `ptr` is a
            // small block of class `c`.
            Some(c) => unsafe { free_small(ptr, c) },
            // SAFETY: forwarded contract.
            None => unsafe { System.dealloc(ptr, layout) },
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size` with this alignment is a
        // valid layout.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            (Some(a), Some(b)) if a == b => ptr,
            // SAFETY: forwarded contract (both blocks are the system's).
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            _ => {
                // SAFETY: `new_layout` is valid (see above).
                let new = unsafe { self.alloc(new_layout) };
                if !new.is_null() {
                    // SAFETY: both blocks hold at least the smaller size and
                    // are distinct; the old one is freed with its layout.
                    unsafe {
                        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                new
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_reuse_and_realloc() {
        let l = Layout::from_size_align(24, 8).expect("layout");
        // SAFETY: plain allocate/free pairs with matching layouts.
        unsafe {
            let a = GLOBAL.alloc(l);
            GLOBAL.dealloc(a, l);
            let b = GLOBAL.alloc(l);
            assert_eq!(a, b, "a freed block is reused first");
            b.write_bytes(7, 24);
            let c = GLOBAL.realloc(b, l, 20);
            assert_eq!(c, b, "same class: realloc keeps the block");
            let d = GLOBAL.realloc(c, Layout::from_size_align(20, 8).expect("layout"), 4000);
            assert_eq!(*d, 7);
            GLOBAL.dealloc(d, Layout::from_size_align(4000, 8).expect("layout"));
        }
        let v: Vec<String> = (0..10_000).map(|i| i.to_string()).collect();
        assert_eq!(v[9999], "9999");
    }
}
