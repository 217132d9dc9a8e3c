//! `StrText`: where a str's text lives. Short text (up to `INLINE_MAX`
//! bytes) of an exact str sits in the object's own block, right after the
//! payload, as CPython's compact strings do: creating such a str is one
//! block from the object pool instead of a block and a separate text
//! allocation, and freeing it is one push onto a free list. Longer text,
//! the text of str subclass instances and of immortal strs is a heap box.
//!
//! The text is a pointer and a length either way (generated code reads
//! both at `abi::STR_TEXT_PTR_OFFSET`/`STR_TEXT_LEN_OFFSET`). Which kind it
//! is follows from the address alone: inline text starts exactly
//! `FIELD_TO_TEXT` bytes after the `StrText` field itself, which no heap
//! box can (the field is inside an object block or on the stack). An
//! inline `StrText` is therefore never moved out of its object: it is
//! built for its block (`inline_at`) and dropped in place.
//!
//! This module owns the representation only; `str::new_exact_with` decides
//! which kind a new str gets, and the block's size class follows from the
//! text (`PyStr::block_class`).

use super::PyStr;
use crate::object::pool::CLASS_SIZES;
use crate::object::size_class;
use std::ptr::NonNull;

/// Bytes from the start of a str object to its inline text: just past the
/// payload.
pub(crate) const TEXT_OFFSET: usize = size_class::end_of_one::<PyStr>();

/// The longest text stored inline (what the largest block holds).
pub(crate) const INLINE_MAX: usize = CLASS_SIZES[CLASS_SIZES.len() - 1] - TEXT_OFFSET;

/// Bytes from a str payload's `s` field to its inline text.
const FIELD_TO_TEXT: usize = TEXT_OFFSET - crate::abi::STR_TEXT_PTR_OFFSET as usize;

const _: () = assert!(
    INLINE_MAX >= 32,
    "inline text needs room in the largest block"
);

/// The size class of the block of a str with `len` bytes of inline text
/// (one load: freeing a str asks for it).
#[inline(always)]
pub(crate) fn inline_class(len: usize) -> usize {
    INLINE_CLASS[len] as usize
}

/// `inline_class` for every length up to `INLINE_MAX`.
static INLINE_CLASS: [u8; INLINE_MAX + 1] = size_class::inline_classes(TEXT_OFFSET, 1);

/// A str's UTF-8 text: inline in its object's block, or a heap box.
#[repr(C)]
pub struct StrText {
    ptr: NonNull<u8>,
    len: usize,
}

impl StrText {
    /// Text owned through a heap box.
    #[inline]
    pub fn from_box(b: Box<str>) -> StrText {
        let len = b.len();
        let ptr = NonNull::new(Box::into_raw(b).cast::<u8>()).expect("boxes are non-null");
        StrText { ptr, len }
    }

    /// Inline text of `len` bytes at `at`, which the caller fills with
    /// UTF-8 before it is read.
    ///
    /// # Safety
    /// `at` is `TEXT_OFFSET` bytes into a fresh str block whose class holds
    /// `len` more bytes, and the value is moved into that block's payload
    /// (and not moved again).
    #[inline(always)]
    pub(crate) unsafe fn inline_at(at: *mut u8, len: usize) -> StrText {
        StrText {
            ptr: NonNull::new(at).expect("block addresses are non-null"),
            len,
        }
    }

    /// Does the text live in the object's block?
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        self.ptr.as_ptr() as usize == (self as *const StrText as usize) + FIELD_TO_TEXT
    }

    /// The size class of the block holding this text when it is inline
    /// (`inline_class` without the bounds check: inline text fits its
    /// block, so its length is at most `INLINE_MAX`); None for a heap box.
    #[inline(always)]
    pub(crate) fn inline_block_class(&self) -> Option<usize> {
        if !self.is_inline() {
            return None;
        }
        debug_assert!(self.len <= INLINE_MAX);
        // SAFETY: inline text lies inside its block, which holds at most
        // `INLINE_MAX` bytes of it: `len` indexes `INLINE_CLASS`.
        Some(unsafe { *INLINE_CLASS.get_unchecked(self.len) } as usize)
    }

    /// Appends `tail` to text that nothing else reads meanwhile: a heap
    /// box is reallocated; inline text grows only within its block, and
    /// false (nothing changed) means it would outgrow it.
    ///
    /// # Safety
    /// The str is not shared (no one can see its text change), and `tail`
    /// is not part of this text.
    pub(crate) unsafe fn try_append(&mut self, tail: &str) -> bool {
        let new_len = self.len + tail.len();
        if self.is_inline() {
            if new_len > INLINE_MAX || inline_class(new_len) != inline_class(self.len) {
                return false;
            }
            // SAFETY: the block holds `new_len` bytes of text (same class),
            // the bytes past `len` are unused, and `tail` lies elsewhere.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    tail.as_ptr(),
                    self.ptr.as_ptr().add(self.len),
                    tail.len(),
                )
            };
            self.len = new_len;
            return true;
        }
        if self.len != 0 && new_len <= isize::MAX as usize {
            // The box is grown through the allocator directly: ours keeps
            // the block when the new length is in the same size class
            // (`s += piece` in a loop mostly is), so most appends are a
            // size-class check and a short copy, not a `String`'s growth.
            let old_layout =
                std::alloc::Layout::array::<u8>(self.len).expect("a str's length fits a layout");
            // SAFETY: non-inline text of non-zero length is a box made by
            // `from_box`, allocated by the global allocator with
            // `old_layout` (a `[u8]` of `len` bytes); `new_len` is non-zero
            // and at most `isize::MAX`.
            let p = unsafe { std::alloc::realloc(self.ptr.as_ptr(), old_layout, new_len) };
            let Some(p) = NonNull::new(p) else {
                std::alloc::handle_alloc_error(old_layout);
            };
            // SAFETY: the block holds `new_len` bytes, the first `len` of
            // them this text's; `tail` is another object's text. The text
            // stays UTF-8 (whole `&str`s), and the box now has the layout
            // of `new_len` bytes, which `take_box` uses to free it.
            unsafe {
                super::textbuf::copy_bytes(p.as_ptr().add(self.len), tail.as_bytes());
            }
            self.ptr = p;
            self.len = new_len;
            return true;
        }
        // SAFETY: heap text is a box this value owns; it is replaced below
        // without being used again.
        let old = unsafe { self.take_box() };
        let mut text = String::from(old);
        text.reserve_exact(tail.len());
        text.push_str(tail);
        // (`take_box`'s box was consumed; no drop of the old value.)
        std::mem::forget(std::mem::replace(
            self,
            StrText::from_box(text.into_boxed_str()),
        ));
        true
    }

    /// The heap box, leaving `self` dangling (the caller overwrites it).
    ///
    /// # Safety
    /// The text is not inline, and `self` is overwritten before it is used
    /// or dropped.
    unsafe fn take_box(&mut self) -> Box<str> {
        debug_assert!(!self.is_inline());
        let raw = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len) as *mut str;
        // SAFETY: non-inline text was made by `from_box` from this pointer
        // and length.
        unsafe { Box::from_raw(raw) }
    }
}

impl std::ops::Deref for StrText {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        // SAFETY: `ptr` holds `len` bytes of UTF-8 (a box's, or inline
        // bytes written when the str was made) for as long as `self` lives.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), self.len))
        }
    }
}

impl Drop for StrText {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_inline() {
            // SAFETY: heap text is this value's own box, dropped once.
            drop(unsafe { self.take_box() });
        }
    }
}

impl From<Box<str>> for StrText {
    fn from(b: Box<str>) -> StrText {
        StrText::from_box(b)
    }
}

impl From<&str> for StrText {
    fn from(s: &str) -> StrText {
        StrText::from_box(s.into())
    }
}

impl PartialEq for StrText {
    #[inline]
    fn eq(&self, other: &StrText) -> bool {
        **self == **other
    }
}

impl Eq for StrText {}

impl std::fmt::Debug for StrText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}
