//! `dst[a:b] = src[c:d:e]` between exact lists in one step
//! (`eval::rt::ops::rt_list_slice_copy`, which generated code calls for
//! that statement): the source slice's items wait in a buffer on the
//! stack instead of a new list, then are stored as `dst[a:b] = tmp`
//! stores the list `tmp` when it is as long as the slice. Each reference
//! the temporary list would hold is taken and released at the same point
//! (the buffer is released after the store, last item first, as the list's
//! dealloc would), so `__del__` of replaced items sees what it would see.
//! In `perm[:k + 1] = perm[k::-1]` (fannkuch's flip) no list is made.

use super::{overwrite_from, overwrite_tagged, release_reversed};
use crate::object::{Obj, Payload};
use crate::types;

/// The longest source slice gathered on the stack; longer ones take the
/// general path.
const MAX_ITEMS: usize = 32;

/// `dst[start:stop] = src[sstart:sstop:sstep]` for exact lists and
/// unpacked bounds (`types::range::unpack_small`'s), when the source slice
/// has at most `MAX_ITEMS` items and is exactly as long as the clipped
/// target slice. Returns false, having done nothing, otherwise (a
/// different length, a list being sorted): the caller then makes the
/// temporary list and stores it. Small ints copied over small ints (a
/// permutation's flip) are plain word copies.
pub fn copy_slice_same_length(
    dst: &Obj,
    start: isize,
    stop: isize,
    src: &Obj,
    (sstart, sstop, sstep): (isize, isize, isize),
) -> bool {
    let (Payload::List(d), Payload::List(s)) = (dst.payload(), src.payload()) else {
        return false;
    };
    // Both lengths first: nothing runs before the store, so they hold.
    let Ok(dst_len) = d.try_borrow().map(|items| items.len()) else {
        return false;
    };
    let (lo, _, _, n) = types::range::slice_adjust(dst_len, start, stop, 1);
    let mut buf = [0u64; MAX_ITEMS];
    {
        let Ok(items) = s.try_borrow() else {
            return false;
        };
        let (first, _, step, len) = types::range::slice_adjust(items.len(), sstart, sstop, sstep);
        if len != n || n > MAX_ITEMS {
            return false;
        }
        for (k, word) in buf[..n].iter_mut().enumerate() {
            *word = items[(first + k as isize * step) as usize].word();
        }
    }
    let Ok(mut items) = d.try_borrow_mut() else {
        return false;
    };
    let slots = &mut items[lo as usize..lo as usize + n];
    // SAFETY: `Obj` is a transparent non-zero word, and each word is an
    // item of `src`, which keeps it alive; the view releases nothing.
    let new: &[Obj] = unsafe { std::slice::from_raw_parts(buf.as_ptr().cast::<Obj>(), n) };
    // Small ints over small ints (a permutation's flip): plain word copies.
    let tagged = overwrite_tagged(slots, new);
    if tagged == n {
        return true;
    }
    // The temporary list's references to the rest, taken now: nothing ran
    // since the items were read (its references to the small ints before
    // them own nothing).
    for x in &new[tagged..] {
        std::mem::forget(x.clone());
    }
    let garbage = overwrite_from(slots, new, tagged);
    drop(items);
    release_reversed(garbage);
    release_buffer(&buf[tagged..n]);
    true
}

/// Releases the buffer's references last to first, as the temporary
/// list's dealloc releases its items.
fn release_buffer(words: &[u64]) {
    for &w in words.iter().rev() {
        drop(Obj::from_word(w));
    }
}
