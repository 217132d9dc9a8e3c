//! `TextBuf` and `TextWriter`: exactly sized text that str text is
//! written into once.
//!
//! Creating a str copies its text into its own storage (the object's block
//! when short, else a box: `storage`), and `join` concatenates many pieces;
//! most pieces are short (words, fields, digits), where a `memcpy` call
//! costs more than the copy. `TextWriter` moves short pieces with a few
//! fixed-size loads and stores and checks that exactly the promised number
//! of bytes was written; `TextBuf` is a writer over a box of its own. It
//! owns no Python semantics: callers decide what goes in.

use std::mem::MaybeUninit;

/// A buffer of a size fixed up front, filled front to back with UTF-8
/// text.
pub(crate) struct TextBuf {
    buf: Box<[MaybeUninit<u8>]>,
    w: TextWriter,
}

impl TextBuf {
    /// An empty buffer that will hold exactly `size` bytes.
    #[inline]
    pub(crate) fn with_size(size: usize) -> TextBuf {
        let mut buf = Box::new_uninit_slice(size);
        let dst = buf.as_mut_ptr().cast::<u8>();
        // SAFETY: the box's `size` bytes are the writer's; moving the box
        // does not move them.
        let w = unsafe { TextWriter::over(dst, size) };
        TextBuf { buf, w }
    }

    /// The writer filling this buffer.
    #[inline]
    pub(crate) fn writer(&mut self) -> &mut TextWriter {
        &mut self.w
    }

    /// The text; panics unless exactly `size` bytes were pushed.
    #[inline]
    pub(crate) fn finish(self) -> Box<str> {
        self.w.check_full();
        // SAFETY: every byte was written by the writer's `push` (the
        // buffer is full), and the bytes are the concatenation of whole
        // `&str`s, so they are initialised and valid UTF-8.
        unsafe { std::str::from_boxed_utf8_unchecked(self.buf.assume_init()) }
    }
}

/// Fills `cap` bytes at a fixed address (a `TextBuf`'s box, or the inline
/// text of a str object being made) front to back with whole `&str`s.
pub(crate) struct TextWriter {
    dst: *mut u8,
    cap: usize,
    len: usize,
}

impl TextWriter {
    /// A writer of the `cap` bytes at `dst`.
    ///
    /// # Safety
    /// `dst` is valid for writes of `cap` bytes for as long as the writer
    /// is used, and nothing else uses those bytes meanwhile.
    #[inline(always)]
    pub(crate) unsafe fn over(dst: *mut u8, cap: usize) -> TextWriter {
        TextWriter { dst, cap, len: 0 }
    }

    /// Appends `s`; panics if it does not fit (a caller's size was wrong).
    #[inline(always)]
    pub(crate) fn push(&mut self, s: &str) {
        let n = s.len();
        assert!(n <= self.cap - self.len, "TextBuf overflow");
        // SAFETY: `dst + len` has room for `n` bytes (checked above) that
        // are the writer's own, so they cannot overlap `s`.
        unsafe { copy_bytes(self.dst.add(self.len), s.as_bytes()) };
        self.len += n;
    }

    /// Appends `pieces` with `sep` between them (`str.join`'s copy): the
    /// write position stays in a register, and a one-byte separator is
    /// one store. Panics if they do not fit.
    #[inline(always)]
    pub(crate) fn push_joined<'a>(&mut self, sep: &str, mut pieces: impl Iterator<Item = &'a str>) {
        let (dst, cap) = (self.dst, self.cap);
        let mut len = self.len;
        let put = |s: &[u8], len: &mut usize| {
            let n = s.len();
            assert!(n <= cap - *len, "TextBuf overflow");
            // SAFETY: as in `push`: room for `n` bytes of the writer's own.
            unsafe { copy_bytes(dst.add(*len), s) };
            *len += n;
        };
        if let Some(first) = pieces.next() {
            put(first.as_bytes(), &mut len);
        }
        match sep.as_bytes() {
            // (`"".join(parts)`: the pieces back to back.)
            [] => {
                for s in pieces {
                    put(s.as_bytes(), &mut len);
                }
            }
            &[b] => {
                // (The separator and the piece: one check.)
                for s in pieces {
                    let n = s.len();
                    assert!(n < cap - len, "TextBuf overflow");
                    // SAFETY: `dst + len` has room for the separator and
                    // the `n` bytes after it (checked above), the
                    // writer's own, so they cannot overlap `s`.
                    unsafe {
                        *dst.add(len) = b;
                        copy_bytes(dst.add(len + 1), s.as_bytes());
                    }
                    len += n + 1;
                }
            }
            sep => {
                for s in pieces {
                    put(sep, &mut len);
                    put(s.as_bytes(), &mut len);
                }
            }
        }
        self.len = len;
    }

    /// Appends `s` with its first `limit` bytes `from` (the first of them
    /// at `first`) replaced by `to`, both ASCII: an ASCII byte is a whole
    /// character in UTF-8, so the text stays valid. Without a limit the
    /// bytes are mapped in one loop that vectorizes.
    #[inline(always)]
    pub(crate) fn push_byte_replaced(
        &mut self,
        s: &str,
        first: usize,
        from: u8,
        to: u8,
        limit: usize,
    ) {
        assert!(from.is_ascii() && to.is_ascii(), "ASCII bytes replaced");
        let b = s.as_bytes();
        let n = b.len();
        assert!(n <= self.cap - self.len, "TextBuf overflow");
        assert!(first < n && b[first] == from, "the first match");
        // SAFETY: `dst + len` has room for `n` bytes (checked above), the
        // writer's own: no overlap with `s`, and nothing reads them
        // before they are written here.
        let out = unsafe {
            std::slice::from_raw_parts_mut(self.dst.add(self.len).cast::<MaybeUninit<u8>>(), n)
        };
        if limit == usize::MAX {
            for (d, &c) in out.iter_mut().zip(b) {
                d.write(if c == from { to } else { c });
            }
        } else {
            for (d, &c) in out.iter_mut().zip(b) {
                d.write(c);
            }
            let mut left = limit;
            let mut at = first;
            while left > 0 {
                out[at].write(to);
                left -= 1;
                match super::text::find_byte(&b[at + 1..], from) {
                    Some(k) => at += 1 + k,
                    None => break,
                }
            }
        }
        self.len += n;
    }

    /// Appends the ASCII bytes `s` mapped one by one by `f(index,
    /// previous byte, byte)` (a case mapping; the previous byte of the
    /// first is 0), front to back. The loop keeps no state between bytes,
    /// so the mappings that ignore the index and the previous byte
    /// vectorize. Each result is masked to seven bits, so the text stays
    /// ASCII (valid UTF-8) whatever `f` returns.
    #[inline(always)]
    pub(crate) fn push_ascii_mapped(&mut self, s: &[u8], f: impl Fn(usize, u8, u8) -> u8) {
        let n = s.len();
        assert!(n <= self.cap - self.len, "TextBuf overflow");
        // SAFETY: `dst + len` has room for `n` bytes (checked above), the
        // writer's own: no overlap with `s`, and nothing reads them
        // before they are written here.
        let out = unsafe {
            std::slice::from_raw_parts_mut(self.dst.add(self.len).cast::<MaybeUninit<u8>>(), n)
        };
        let Some((first, rest)) = out.split_first_mut() else {
            return;
        };
        first.write(f(0, 0, s[0]) & 0x7f);
        for (i, (d, (&prev, &c))) in rest.iter_mut().zip(s.iter().zip(&s[1..])).enumerate() {
            d.write(f(i + 1, prev, c) & 0x7f);
        }
        self.len += n;
    }

    /// Panics unless every byte was written.
    #[inline(always)]
    pub(crate) fn check_full(&self) {
        assert_eq!(self.len, self.cap, "TextBuf not filled");
    }
}

/// Copies `src` to `dst`: up to 16 bytes with two possibly overlapping
/// fixed-size moves (no call), longer texts with `copy_nonoverlapping`.
///
/// # Safety
/// `dst` is valid for writes of `src.len()` bytes and does not overlap
/// `src`.
#[inline(always)]
pub(crate) unsafe fn copy_bytes(dst: *mut u8, src: &[u8]) {
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

    fn boxed_copy(s: &str) -> Box<str> {
        let mut b = TextBuf::with_size(s.len());
        b.writer().push(s);
        b.finish()
    }

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
            b.writer().push(p);
        }
        assert_eq!(&*b.finish(), pieces.concat());
    }

    #[test]
    fn joins_pieces() {
        for sep in ["", ",", ", ", "\u{e9}"] {
            let pieces = ["ab", "", "c", "defghijklmnopqrstu", "\u{1f600}"];
            let want = pieces.join(sep);
            let mut b = TextBuf::with_size(want.len());
            b.writer().push_joined(sep, pieces.iter().copied());
            assert_eq!(&*b.finish(), want);
        }
    }

    #[test]
    #[should_panic(expected = "TextBuf overflow")]
    fn refuses_overflow() {
        let mut b = TextBuf::with_size(2);
        b.writer().push("abc");
    }
}
