//! The `rt_*` entry points generated code calls (the table in `abi`), split
//! by area. Every function takes and returns raw words: `Value` arguments
//! are borrowed, results are new references, and errors are reported by
//! making the exception pending and returning 0 (values) or -1 (statuses).

pub mod asyncgen;
pub mod build;
pub mod calls;
pub mod delegate;
pub mod exc;
pub mod imports;
pub mod iter;
pub mod matching;
pub mod names;
pub mod ops;
pub mod push;
pub mod sites;

pub use build::*;
pub use calls::*;
pub use delegate::*;
pub use exc::*;
pub use imports::*;
pub use iter::*;
pub use matching::*;
pub use names::*;
pub use ops::*;
pub use push::{rt_genexpr_consume, rt_push_item};
pub use sites::*;

use crate::eval::frame::Frame;
use crate::object::Obj;

/// Borrows a value word.
#[inline]
pub(crate) fn v(w: &u64) -> &Obj {
    Obj::borrow(w)
}

/// Borrows an optional value word (0 = absent).
#[inline]
pub(crate) fn opt(w: &u64) -> Option<&Obj> {
    if *w == 0 { None } else { Some(Obj::borrow(w)) }
}

/// The frame behind a frame word.
///
/// # Safety
/// `w` must point to a live frame (generated code passes its own frame).
#[inline]
pub(crate) unsafe fn frame<'a>(w: u64) -> &'a Frame {
    // SAFETY: guaranteed by the caller.
    unsafe { &*(w as *const Frame) }
}

/// Borrows `n` value words starting at `p` as objects.
///
/// # Safety
/// `p` must point to `n` readable value words (never 0) when `n > 0`.
#[inline]
pub(crate) unsafe fn words<'a>(p: u64, n: u64) -> &'a [Obj] {
    if n == 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller; `Obj` is a transparent word.
    unsafe { std::slice::from_raw_parts(p as *const Obj, n as usize) }
}

/// Writes an owned word to `out[i]`.
///
/// # Safety
/// `out` must point to at least `i + 1` writable words.
#[inline]
pub(crate) unsafe fn put(out: u64, i: usize, o: Obj) {
    // SAFETY: guaranteed by the caller.
    unsafe { *(out as *mut u64).add(i) = o.into_word() };
}

macro_rules! rt_ty {
    (Value) => {
        u64
    };
    (Word) => {
        u64
    };
    (Status) => {
        i64
    };
    (Unit) => {
        ()
    };
}

macro_rules! check_runtime_fns {
    ($($name:ident($($p:ident: $t:ident),*) -> $r:ident;)*) => {
        $(
            #[allow(dead_code)]
            const _: unsafe extern "C" fn($(rt_ty!($t)),*) -> rt_ty!($r) = $name;
        )*
    };
}

crate::for_each_runtime_fn!(check_runtime_fns);
