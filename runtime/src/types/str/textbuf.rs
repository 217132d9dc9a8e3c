//! `TextBuf`: an exactly sized buffer that str text is written into once.
//!
//! Creating a str copies its text into its own allocation, and `join`
//! concatenates many pieces; most pieces are short (words, fields, digits),
//! where a `memcpy` call costs more than the copy. `TextBuf` moves short
//! pieces with a few fixed-size loads and stores and checks that exactly
//! the promised number of bytes was written before handing out the text.
//! It owns no Python semantics: callers decide what goes in.

use std::mem::MaybeUninit;

/// A buffer of a size fixed up front, filled front to back with UTF-8
/// text.
pub(crate) struct TextBuf {
    buf: Box<[MaybeUninit<u8>]>,
    len: usize,
}

impl TextBuf {
    /// An empty buffer that will hold exactly `size` bytes.
    #[inline]
    pub(crate) fn with_size(size: usize) -> TextBuf {
        TextBuf {
            buf: Box::new_uninit_slice(size),
            len: 0,
        }
    }

    /// Appends `s`; panics if it does not fit (a caller's size was wrong).
    #[inline]
    pub(crate) fn push(&mut self, s: &str) {
        let n = s.len();
        assert!(n <= self.buf.len() - self.len, "TextBuf overflow");
        let dst = self.buf[self.len..].as_mut_ptr().cast::<u8>();
        // SAFETY: `dst` has room for `n` bytes (checked above) and belongs
        // to this buffer, so it cannot overlap `s`.
        unsafe { copy_bytes(dst, s.as_bytes()) };
        self.len += n;
    }

    /// The text; panics unless exactly `size` bytes were pushed.
    #[inline]
    pub(crate) fn finish(self) -> Box<str> {
        assert_eq!(self.len, self.buf.len(), "TextBuf not filled");
        // SAFETY: every byte was written by `push` (the buffer is full),
        // and the bytes are the concatenation of whole `&str`s, so they
        // are initialised and valid UTF-8.
        unsafe { std::str::from_boxed_utf8_unchecked(self.buf.assume_init()) }
    }
}

/// A boxed copy of `s` (always inlined into its two callers, the str
/// constructors: a call costs a short copy as much as the copy).
#[inline(always)]
pub(crate) fn boxed_copy(s: &str) -> Box<str> {
    let mut b = TextBuf::with_size(s.len());
    b.push(s);
    b.finish()
}

/// Copies `src` to `dst`: up to 16 bytes with two possibly overlapping
/// fixed-size moves (no call), longer texts with `copy_nonoverlapping`.
///
/// # Safety
/// `dst` is valid for writes of `src.len()` bytes and does not overlap
/// `src`.
#[inline(always)]
unsafe fn copy_bytes(dst: *mut u8, src: &[u8]) {
    let n = src.len();
    let s = src.as_ptr();
    // SAFETY: every read is within `src` (offsets below `n`) and every
    // write within `dst[..n]`; unaligned accesses are used throughout.
    unsafe {
        match n {
            0 => {}
            1..=3 => {
                *dst = *s;
                *dst.add(n / 2) = *s.add(n / 2);
                *dst.add(n - 1) = *s.add(n - 1);
            }
            4..=7 => {
                let a = s.cast::<u32>().read_unaligned();
                let b = s.add(n - 4).cast::<u32>().read_unaligned();
                dst.cast::<u32>().write_unaligned(a);
                dst.add(n - 4).cast::<u32>().write_unaligned(b);
            }
            8..=16 => {
                let a = s.cast::<u64>().read_unaligned();
                let b = s.add(n - 8).cast::<u64>().read_unaligned();
                dst.cast::<u64>().write_unaligned(a);
                dst.add(n - 8).cast::<u64>().write_unaligned(b);
            }
            _ => std::ptr::copy_nonoverlapping(s, dst, n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_every_length() {
        let text: String = (0..40).map(|i| char::from(b'a' + i % 26)).collect();
        for n in 0..=text.len() {
            assert_eq!(&*boxed_copy(&text[..n]), &text[..n]);
        }
        assert_eq!(
            &*boxed_copy("h\u{e9}llo w\u{f6}rld \u{1f600}"),
            "h\u{e9}llo w\u{f6}rld \u{1f600}"
        );
    }

    #[test]
    fn concatenates_pieces() {
        let pieces = [
            "",
            "a",
            "bc",
            "def",
            "ghij",
            "klmnopqrs",
            "tuvwxyz0123456789ab",
        ];
        let mut b = TextBuf::with_size(pieces.iter().map(|p| p.len()).sum());
        for p in pieces {
            b.push(p);
        }
        assert_eq!(&*b.finish(), pieces.concat());
    }

    #[test]
    #[should_panic(expected = "TextBuf overflow")]
    fn refuses_overflow() {
        let mut b = TextBuf::with_size(2);
        b.push("abc");
    }
}
