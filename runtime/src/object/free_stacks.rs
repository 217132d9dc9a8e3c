//! Freed objects kept for reuse by class (the free lists of dicts and
//! lists): a fixed stack of object words per class in thread-local
//! storage, so keeping and taking allocate nothing. Each word owns its
//! object's only reference, so to the cycle collector a kept object is
//! held from outside. (No destructor: the thread-local is reachable while
//! the thread exits, and the objects are simply left.)

use std::cell::Cell;

/// `CLASSES` stacks of at most `MAX` object words each.
pub(crate) struct FreeStacks<const CLASSES: usize, const MAX: usize> {
    len: [Cell<usize>; CLASSES],
    words: [[Cell<u64>; MAX]; CLASSES],
}

impl<const CLASSES: usize, const MAX: usize> FreeStacks<CLASSES, MAX> {
    pub(crate) const fn new() -> Self {
        FreeStacks {
            len: [const { Cell::new(0) }; CLASSES],
            words: [const { [const { Cell::new(0) }; MAX] }; CLASSES],
        }
    }

    pub(crate) fn has_room(&self, class: usize) -> bool {
        self.len[class].get() < MAX
    }

    /// Keeps `w` (room was checked).
    pub(crate) fn push(&self, class: usize, w: u64) {
        let n = self.len[class].get();
        self.words[class][n].set(w);
        self.len[class].set(n + 1);
    }

    pub(crate) fn pop(&self, class: usize) -> Option<u64> {
        let n = self.len[class].get().checked_sub(1)?;
        self.len[class].set(n);
        Some(self.words[class][n].get())
    }
}
