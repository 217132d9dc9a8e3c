//! `TupleItems`: where a tuple's items live. A tuple of up to
//! `INLINE_MAX` items keeps them in the object's own block, right after the
//! payload, as CPython's tuples do (`ob_item` is part of the object):
//! creating such a tuple is one block from the object pool instead of a
//! block and a separate items allocation, freeing it one push onto a free
//! list, and reading an item one pointer chase fewer (the tuple keys of a
//! big dict). Longer tuples keep their items in a heap box.
//!
//! The items are a pointer and a length either way (generated code reads
//! both at `abi::TUPLE_ITEMS_OFFSET`/`TUPLE_LEN_OFFSET`). Which kind it is
//! follows from the address alone: inline items start exactly
//! `FIELD_TO_ITEMS` bytes after the `TupleItems` field itself, which no
//! heap box can (the field is inside an object block or on the stack). An
//! inline `TupleItems` is therefore never moved out of its object: it is
//! built for its block (`inline_at`) and dropped in place.
//!
//! This module owns the representation only; `tuple::build_with` decides which
//! kind a new tuple gets, and the block's size class follows from the
//! length (`TupleItems::block_class`).

use crate::object::pool::CLASS_SIZES;
use crate::object::{Obj, size_class};
use std::ptr::NonNull;

/// Bytes from the start of a tuple object to its inline items: just past
/// the payload.
pub(crate) const ITEMS_OFFSET: usize = size_class::end_of_one::<TupleItems>();

/// The most items stored inline (what the largest block holds).
pub(crate) const INLINE_MAX: usize =
    (CLASS_SIZES[CLASS_SIZES.len() - 1] - ITEMS_OFFSET) / size_of::<Obj>();

/// The size class of a tuple whose items are a heap box (the payload
/// alone).
pub(crate) const HEAD_CLASS: usize = size_class::one_of::<TupleItems>();

/// Bytes from a tuple payload's `TupleItems` field to its inline items.
const FIELD_TO_ITEMS: usize = ITEMS_OFFSET - crate::abi::TUPLE_ITEMS_OFFSET as usize;

const _: () = {
    assert!(INLINE_MAX >= 2, "pairs must fit in a block");
    assert!(ITEMS_OFFSET.is_multiple_of(align_of::<Obj>()));
};

/// The size class of the block of a tuple with `len` inline items (one
/// load: freeing a tuple asks for it).
#[inline(always)]
pub(crate) fn inline_class(len: usize) -> usize {
    INLINE_CLASS[len] as usize
}

/// `inline_class` for every length up to `INLINE_MAX`.
static INLINE_CLASS: [u8; INLINE_MAX + 1] =
    size_class::inline_classes(ITEMS_OFFSET, size_of::<Obj>());

/// A tuple's items: inline in its object's block, or a heap box. Owns one
/// reference per item.
#[repr(C)]
pub struct TupleItems {
    ptr: NonNull<Obj>,
    len: usize,
}

impl TupleItems {
    /// Items owned through a heap box.
    #[inline]
    pub fn from_box(b: Box<[Obj]>) -> TupleItems {
        let len = b.len();
        let ptr = NonNull::new(Box::into_raw(b).cast::<Obj>()).expect("boxes are non-null");
        TupleItems { ptr, len }
    }

    /// The `n` inline items at `at`.
    ///
    /// # Safety
    /// `at` is `ITEMS_OFFSET` bytes into a fresh tuple block whose class is
    /// `inline_class(n)`, holding `n` owned items (written before), and the
    /// value is moved into that block's payload (and not moved again).
    #[inline(always)]
    pub(crate) unsafe fn inline_at(at: *mut u8, n: usize) -> TupleItems {
        debug_assert!(n <= INLINE_MAX);
        TupleItems {
            ptr: NonNull::new(at.cast::<Obj>()).expect("block addresses are non-null"),
            len: n,
        }
    }

    /// Do the items live in the object's block?
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        self.ptr.as_ptr() as usize == (self as *const TupleItems as usize) + FIELD_TO_ITEMS
    }

    /// The size class of the block of a tuple object holding these items
    /// (larger when they are inline).
    #[inline(always)]
    pub(crate) fn block_class(&self) -> usize {
        if self.is_inline() {
            inline_class(self.len)
        } else {
            HEAD_CLASS
        }
    }

    /// Releases the items from the last to the first, as CPython's
    /// `tupledealloc` does (the order `__del__`s run in), and frees a heap
    /// box, leaving no items. The block's class (`block_class`) must be
    /// read before: it follows from the length. (Out of line: its loop
    /// would cost `free_if_exact_leaf`'s str path the registers it saves.)
    #[inline(never)]
    pub(crate) fn release_reversed(&mut self) {
        // Inline items that are all tagged (`(i, j)` of small ints) own
        // nothing: no frame for the releasing loop.
        if self.is_inline() && self.iter().all(|o| o.heap().is_none()) {
            self.len = 0;
            return;
        }
        self.release_each_reversed();
    }

    /// `release_reversed` for items that may own references.
    #[inline(never)]
    fn release_each_reversed(&mut self) {
        let n = std::mem::take(&mut self.len);
        let p = self.ptr.as_ptr();
        // (The length is 0 from here: the tuple is dead, and nothing
        // reads it while the releases run Python code.)
        for i in (0..n).rev() {
            // SAFETY: slot `i < n` holds an owned item, read out once.
            let o = unsafe { p.add(i).read() };
            crate::object::release_inlined(o);
        }
        if !self.is_inline() {
            let raw = std::ptr::slice_from_raw_parts_mut(p, n);
            // SAFETY: heap items are a box made by `from_box` from this
            // pointer and length; its items were all moved out above, so
            // dropping it as `ManuallyDrop`s only frees the memory.
            drop(unsafe { Box::from_raw(raw as *mut [std::mem::ManuallyDrop<Obj>]) });
            self.ptr = NonNull::dangling();
        }
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Obj];
    #[inline(always)]
    fn deref(&self) -> &[Obj] {
        // SAFETY: `ptr` holds `len` owned items (a box's, or inline items
        // written when the tuple was made) for as long as `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for TupleItems {
    #[inline]
    fn drop(&mut self) {
        self.release_reversed();
    }
}

impl From<Box<[Obj]>> for TupleItems {
    fn from(b: Box<[Obj]>) -> TupleItems {
        TupleItems::from_box(b)
    }
}

impl std::fmt::Debug for TupleItems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}
