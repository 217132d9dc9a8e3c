//! Pure text algorithms behind the str methods, on `&str` with Python's
//! code-point semantics: splitting (whitespace and separator rules,
//! `maxsplit`), `splitlines`, stripping, searching with `start`/`end`,
//! counting, replacing, padding, `zfill` and `expandtabs`; a word-at-a-time
//! byte search for the regex engine and `%` formatting.

use super::unicode::{is_linebreak, is_space};
use super::{PyStr, count_chars as nchars, substring};

/// `str.split()` with no separator: runs of whitespace separate fields,
/// leading and trailing whitespace produce no empty fields; after
/// `maxsplit` splits the remainder (left-stripped) is the last field.
/// Each field goes to `out` as it is found (the caller builds its list
/// without a vector of slices beside it).
pub fn split_whitespace<'a>(s: &'a str, maxsplit: isize, out: &mut impl FnMut(&'a str)) {
    if s.is_ascii() {
        return split_whitespace_ascii(s, maxsplit, out);
    }
    let mut rest = s;
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out(&rest[..i]);
                rest = &rest[i..];
                left -= 1;
            }
            None => {
                out(rest);
                break;
            }
        }
    }
}

/// `unicode::is_space` for an ASCII byte (a unit test checks they agree),
/// as comparisons, so byte loops using it vectorize.
#[inline(always)]
fn ascii_space(b: u8) -> bool {
    b == b' ' || b.wrapping_sub(b'\t') < 5 || b.wrapping_sub(0x1c) < 4
}

/// The number of fields `str.split()` (no `maxsplit`) finds in ASCII
/// text: the starts of runs of non-whitespace. Lets the caller size its
/// list once. Counted per 64-byte chunk in byte lanes (vectorizes).
pub fn count_fields_ascii(s: &str) -> usize {
    let b = s.as_bytes();
    let Some(&first) = b.first() else {
        return 0;
    };
    let starts = |cur: &[u8], prev: &[u8]| {
        cur.iter().zip(prev).fold(0u8, |n, (&c, &p)| {
            n + (!ascii_space(c) & ascii_space(p)) as u8
        }) as usize
    };
    let (cur, prev) = (&b[1..], &b[..b.len() - 1]);
    let mut n = usize::from(!ascii_space(first));
    let (cur_chunks, prev_chunks) = (cur.chunks_exact(64), prev.chunks_exact(64));
    let tail = cur.len() - cur.len() % 64;
    for (c, p) in cur_chunks.zip(prev_chunks) {
        n += starts(c, p);
    }
    n + starts(&cur[tail..], &prev[tail..])
}

/// The number of bytes of `b` equal to `c`, counted per 64-byte chunk in
/// byte lanes (vectorizes far better than a filtered count).
pub fn count_byte(b: &[u8], c: u8) -> usize {
    let chunk = |ch: &[u8]| ch.iter().fold(0u8, |n, &x| n + (x == c) as u8) as usize;
    let mut chunks = b.chunks_exact(64);
    let mut n = 0;
    for ch in &mut chunks {
        n += chunk(ch);
    }
    n + chunk(chunks.remainder())
}

/// `s[start..end]` where both ends are known to be character boundaries
/// (cuts next to an ASCII byte, or at the ends of `s`).
#[inline]
fn cut(s: &str, start: usize, end: usize) -> &str {
    debug_assert!(s.is_char_boundary(start) && s.is_char_boundary(end) && start <= end);
    // SAFETY: the callers cut only at positions next to an ASCII byte
    // (or at 0 / `s.len()`), which are character boundaries, with
    // `start <= end <= s.len()`.
    unsafe { s.get_unchecked(start..end) }
}

/// Bit `k` is set when byte `k` of `chunk` (at most 64 bytes) is ASCII
/// whitespace, or equal to `sep` when one is given.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn byte_mask(chunk: &[u8], sep: Option<u8>) -> u64 {
    let mut m = 0u64;
    for (k, &c) in chunk.iter().enumerate() {
        let hit = match sep {
            Some(sep) => c == sep,
            None => ascii_space(c),
        };
        m |= u64::from(hit) << k;
    }
    m
}

/// `byte_mask` of 64 bytes, sixteen at a time with SSE2 (part of the
/// x86_64 baseline): a compare per byte class, then one `pmovmskb`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn byte_mask64(chunk: &[u8; 64], sep: Option<u8>) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8, _mm_sub_epi8,
    };
    let mut m = 0u64;
    for k in 0..4 {
        // SAFETY: SSE2 is part of the x86_64 baseline, and the unaligned
        // load reads bytes `16k..16k+16` of the 64-byte chunk.
        let hits = unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().add(16 * k).cast::<__m128i>());
            // `x < n` for unsigned bytes is `min(x, n - 1) == x`.
            let below = |x: __m128i, n: u8| {
                _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8((n - 1) as i8)), x)
            };
            let hits = match sep {
                Some(sep) => _mm_cmpeq_epi8(v, _mm_set1_epi8(sep as i8)),
                // `ascii_space`: ' ', 9..=13, 0x1c..=0x1f.
                None => _mm_or_si128(
                    _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8)),
                    _mm_or_si128(
                        below(_mm_sub_epi8(v, _mm_set1_epi8(9)), 5),
                        below(_mm_sub_epi8(v, _mm_set1_epi8(0x1c)), 4),
                    ),
                ),
            };
            _mm_movemask_epi8(hits) as u32 as u64
        };
        m |= hits << (16 * k);
    }
    m
}

#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn byte_mask64(chunk: &[u8; 64], sep: Option<u8>) -> u64 {
    byte_mask(chunk, sep)
}

/// `byte_mask` of the 64 bytes of `b` from `base`, or of the rest of `b`
/// (fewer bytes) with the bits past its end set to `pad`.
#[inline(always)]
fn chunk_mask(b: &[u8], base: usize, sep: Option<u8>, pad: bool) -> u64 {
    match b[base..].first_chunk::<64>() {
        Some(chunk) => byte_mask64(chunk, sep),
        None => {
            // The rest, copied into a chunk of its own (the bytes after
            // it are masked off).
            let rest = &b[base..];
            let chunk = tail_chunk(rest);
            let past = !0u64 << rest.len();
            let pad = if pad { past } else { 0 };
            (byte_mask64(&chunk, sep) & !past) | pad
        }
    }
}

/// `rest` (less than 64 bytes) at the start of a zeroed chunk, copied in
/// fixed-size pieces that may overlap (the last one ends at the end of
/// `rest`): the tail of every split, where a `memcpy` call costs more
/// than the copy.
#[inline(always)]
fn tail_chunk(rest: &[u8]) -> [u8; 64] {
    let n = rest.len();
    debug_assert!(n < 64);
    let mut chunk = [0u8; 64];
    let mut copy = |width: usize| {
        let mut i = 0;
        while i + width < n {
            chunk[i..i + width].copy_from_slice(&rest[i..i + width]);
            i += width;
        }
        chunk[n - width..n].copy_from_slice(&rest[n - width..]);
    };
    match n {
        16.. => copy(16),
        8..=15 => copy(8),
        4..=7 => copy(4),
        _ => chunk[..n].iter_mut().zip(rest).for_each(|(d, &c)| *d = c),
    }
    chunk
}

/// `str.split()` of ASCII text without a limit: the whitespace of 64
/// bytes at a time becomes a bit mask, and the fields are the runs
/// between its edges (no byte-by-byte scan per field).
fn split_whitespace_all<'a>(s: &'a str, out: &mut impl FnMut(&'a str)) {
    let b = s.as_bytes();
    // (Bytes past the end count as whitespace: the last field ends at an
    // edge like the others.)
    fields_between_spaces(s, |base| chunk_mask(b, base, None, true), out);
}

/// The fields of ASCII text `s` between runs of whitespace, where
/// `space(base)` is the whitespace mask of the 64 bytes from `base` (bits
/// past the end set).
#[inline(always)]
fn fields_between_spaces<'a>(
    s: &'a str,
    space: impl Fn(usize) -> u64,
    out: &mut impl FnMut(&'a str),
) {
    let len = s.len();
    let mut start = 0;
    let mut in_field = false;
    // Whether the byte before the chunk is whitespace (the text's start
    // counts as such).
    let mut prev_space = 1u64;
    let mut base = 0;
    while base < len {
        let space = space(base);
        let mut edges = space ^ ((space << 1) | prev_space);
        while edges != 0 {
            let i = base + edges.trailing_zeros() as usize;
            if in_field {
                out(cut(s, start, i));
            } else {
                start = i;
            }
            in_field = !in_field;
            edges &= edges - 1;
        }
        prev_space = space >> 63;
        base += 64;
    }
    if in_field {
        out(cut(s, start, len));
    }
}

/// The pieces of `s` between the bytes `sep` (an ASCII byte), at most
/// `left` cuts, where `hits(base)` is the mask of `sep` in the 64 bytes
/// from `base` (bits past the end clear).
#[inline(always)]
fn fields_between_bytes<'a>(
    s: &'a str,
    hits: impl Fn(usize) -> u64,
    mut left: usize,
    out: &mut impl FnMut(&'a str),
) {
    let mut start = 0;
    let mut base = 0;
    'scan: while base < s.len() {
        let mut hits = hits(base);
        while hits != 0 {
            if left == 0 {
                break 'scan;
            }
            let i = base + hits.trailing_zeros() as usize;
            out(cut(s, start, i));
            start = i + 1;
            left -= 1;
            hits &= hits - 1;
        }
        base += 64;
    }
    out(cut(s, start, s.len()));
}

/// Chunks of a text `ByteMasks` holds (texts below 2 KiB).
const MASKED_CHUNKS: usize = 32;

/// The masks of a short text's whitespace (ASCII text) or of one
/// separator byte, computed once: `split` sizes its list from them (the
/// number of fields is a population count) and then cuts along them,
/// instead of scanning the text twice. The end of the text is marked as
/// a cut (a separator there, whitespace past it), so every field ends
/// inside the loop over the masks: the caller's closure has one call
/// site.
pub struct ByteMasks {
    /// The first `chunks` are set.
    masks: [std::mem::MaybeUninit<u64>; MASKED_CHUNKS],
    chunks: usize,
    sep: Option<u8>,
    fields: usize,
}

impl ByteMasks {
    /// Does `ByteMasks::with` take text of `len` bytes?
    #[inline(always)]
    pub fn fits(len: usize) -> bool {
        len < MASKED_CHUNKS * 64
    }

    /// `f` of the masks of the bytes equal to `sep`, or of ASCII
    /// whitespace when `sep` is None (then `s` must be ASCII), for text
    /// that `fits`. (The masks are made in place, in this frame: the
    /// caller never moves them.)
    #[inline(always)]
    pub fn with<R>(s: &str, sep: Option<u8>, f: impl FnOnce(&ByteMasks) -> R) -> R {
        let b = s.as_bytes();
        assert!(Self::fits(b.len()), "text the masks hold");
        debug_assert!(sep.is_some() || s.is_ascii());
        // (Chunks up to the one holding the end position.)
        let chunks = b.len() / 64 + 1;
        let mut m = ByteMasks {
            masks: [std::mem::MaybeUninit::uninit(); MASKED_CHUNKS],
            chunks,
            sep,
            fields: 0,
        };
        let mut prev_space = 1u64;
        for (k, slot) in m.masks.iter_mut().take(chunks).enumerate() {
            let base = 64 * k;
            let mut mask = chunk_mask(b, base, sep, sep.is_none());
            if sep.is_some() && k == chunks - 1 {
                // The end is the last field's cut.
                mask |= 1 << (b.len() - base);
            }
            m.fields += match sep {
                Some(_) => mask.count_ones(),
                // Field starts: non-whitespace after whitespace.
                None => (!mask & ((mask << 1) | prev_space)).count_ones(),
            } as usize;
            prev_space = mask >> 63;
            slot.write(mask);
        }
        f(&m)
    }

    /// The number of pieces `split` makes.
    #[inline]
    pub fn fields(&self) -> usize {
        self.fields
    }

    /// The mask of chunk `k`.
    #[inline(always)]
    fn mask(&self, k: usize) -> u64 {
        assert!(k < self.chunks, "a chunk of the text");
        // SAFETY: `new` wrote the first `chunks` masks.
        unsafe { self.masks[k].assume_init() }
    }

    /// `str.split(sep)` (or `str.split()`) without a limit of the text
    /// the masks were made from.
    #[inline(always)]
    pub fn split<'a>(&self, s: &'a str, mut out: impl FnMut(&'a str)) {
        let mut start = 0;
        match self.sep {
            Some(_) => {
                for k in 0..self.chunks {
                    let mut hits = self.mask(k);
                    while hits != 0 {
                        let i = 64 * k + hits.trailing_zeros() as usize;
                        out(cut(s, start, i));
                        start = i + 1;
                        hits &= hits - 1;
                    }
                }
            }
            None => {
                // (Whitespace past the end: the last field ends at an
                // edge like the others.)
                let mut in_field = false;
                let mut prev_space = 1u64;
                for k in 0..self.chunks {
                    let space = self.mask(k);
                    let mut edges = space ^ ((space << 1) | prev_space);
                    while edges != 0 {
                        let i = 64 * k + edges.trailing_zeros() as usize;
                        if in_field {
                            out(cut(s, start, i));
                        } else {
                            start = i;
                        }
                        in_field = !in_field;
                        edges &= edges - 1;
                    }
                    prev_space = space >> 63;
                }
                debug_assert!(!in_field, "the end is whitespace");
            }
        }
    }
}

/// `split_whitespace` for ASCII text, scanning bytes.
fn split_whitespace_ascii<'a>(s: &'a str, maxsplit: isize, out: &mut impl FnMut(&'a str)) {
    if maxsplit < 0 {
        return split_whitespace_all(s, out);
    }
    let space = ascii_space;
    let b = s.as_bytes();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut i = 0;
    loop {
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if left == 0 {
            out(cut(s, i, s.len()));
            break;
        }
        let start = i;
        i = find_ascii_space(b, i + 1);
        out(cut(s, start, i));
        left -= 1;
    }
}

/// Eight bytes of `b` from `i` as a little-endian word.
#[inline(always)]
fn word_at(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

const LOW_BYTES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` below `n` (`n` at most 0x80, every
/// byte of `w` below 0x80). Only the lowest flagged byte is exact (a
/// borrow may flag bytes above it), which is all the searches use.
#[inline(always)]
fn bytes_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(LOW_BYTES * u64::from(n)) & !w & HIGH_BITS
}

/// The index of the first ASCII whitespace byte of `b` at or after `i`
/// (`b.len()` if none), where `b` is ASCII: eight bytes at a time, looking
/// for bytes up to the space character (every whitespace byte is one).
#[inline(always)]
fn find_ascii_space(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let m = bytes_below(word_at(b, i), b' ' + 1);
        if m == 0 {
            i += 8;
            continue;
        }
        let j = i + (m.trailing_zeros() / 8) as usize;
        if ascii_space(b[j]) {
            return j;
        }
        // A control character that is not whitespace: go on after it.
        i = j + 1;
    }
    while i < b.len() && !ascii_space(b[i]) {
        i += 1;
    }
    i
}

/// `str.rsplit()` with no separator (fields in left-to-right order).
pub fn rsplit_whitespace(s: &str, maxsplit: isize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + w..]);
                rest = &rest[..i];
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

/// `str.split(sep, maxsplit)` with a non-empty separator.
/// Each field goes to `out` as it is found.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: isize, out: &mut impl FnMut(&'a str)) {
    // A one-byte separator is an ASCII character: the bytes are scanned
    // directly (the pieces of a typical split are short, so a plain loop
    // beats a searcher's setup per piece), and every cut falls on a
    // character boundary.
    // The separators of 64 bytes at a time are a bit mask; each set bit
    // is a cut.
    if let [c] = sep.as_bytes() {
        let left = if maxsplit < 0 {
            usize::MAX
        } else {
            maxsplit as usize
        };
        let b = s.as_bytes();
        fields_between_bytes(s, |base| chunk_mask(b, base, Some(*c), false), left, out);
        return;
    }
    if maxsplit < 0 {
        s.split(sep).for_each(out);
    } else {
        s.splitn((maxsplit as usize).saturating_add(1), sep)
            .for_each(out);
    }
}

/// `str.rsplit(sep, maxsplit)` with a non-empty separator.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: isize) -> Vec<&'a str> {
    let mut v: Vec<&str> = if maxsplit < 0 {
        s.rsplit(sep).collect()
    } else {
        s.rsplitn((maxsplit as usize).saturating_add(1), sep)
            .collect()
    };
    v.reverse();
    v
}

/// `str.splitlines(keepends)`: splits at every Unicode line boundary
/// (`\r\n` counts as one).
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(if keepends {
            &s[start..end]
        } else {
            &s[start..i]
        });
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `bytes.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end lines.
pub fn splitlines_bytes(s: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && s.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(if keepends {
                &s[start..end]
            } else {
                &s[start..i]
            });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `strip`/`lstrip`/`rstrip`: whitespace when `chars` is None, else any
/// of the given characters.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    let mut r = s;
    match chars {
        None => {
            if left {
                r = r.trim_start_matches(is_space);
            }
            if right {
                r = r.trim_end_matches(is_space);
            }
        }
        Some(set) => {
            let pred = |c: char| set.contains(c);
            if left {
                r = r.trim_start_matches(pred);
            }
            if right {
                r = r.trim_end_matches(pred);
            }
        }
    }
    r
}

/// `find`/`rfind` of `sub` (of `sub_n` code points) within code points
/// `start..end` (already adjusted; start may exceed end): the code-point
/// index of the match or -1.
pub fn find(p: &PyStr, sub: &str, sub_n: usize, start: usize, end: usize, rev: bool) -> isize {
    if end < start || end - start < sub_n {
        return -1;
    }
    if sub.is_empty() {
        return if rev { end as isize } else { start as isize };
    }
    let hay = substring(p, start, end);
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    match found {
        Some(b) => (start + nchars(&hay[..b])) as isize,
        None => -1,
    }
}

/// `count` of non-overlapping `sub` within code points `start..end`.
pub fn count(p: &PyStr, sub: &str, sub_n: usize, start: usize, end: usize) -> usize {
    if end < start || end - start < sub_n {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let text = substring(p, start, end);
    match sub.as_bytes() {
        [c] => count_byte(text.as_bytes(), *c),
        _ => text.matches(sub).count(),
    }
}

/// `startswith`/`endswith` of one candidate within code points `start..end`.
pub fn tailmatch(
    p: &PyStr,
    sub: &str,
    sub_n: usize,
    start: usize,
    end: usize,
    suffix: bool,
) -> bool {
    if end < start || end - start < sub_n {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    if suffix {
        substring(p, end - sub_n, end) == sub
    } else {
        substring(p, start, start + sub_n) == sub
    }
}

/// `replace(old, new, count)`; a negative count replaces every occurrence.
/// An empty `old` inserts `new` around every character.
pub fn replace(s: &str, old: &str, new: &str, count: isize) -> String {
    if let [c] = old.as_bytes() {
        let c = *c as char;
        return if count < 0 {
            s.replace(c, new)
        } else {
            s.replacen(c, new, count as usize)
        };
    }
    if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }
}

/// Pads `s` with `left` and `right` copies of `fill`.
pub fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// The (left, right) padding `center` uses for `len` characters in `width`
/// (CPython puts the odd extra character on the left when width is odd).
pub fn center_margins(len: usize, width: usize) -> (usize, usize) {
    let marg = width.saturating_sub(len);
    let left = marg / 2 + (marg & width & 1);
    (left, marg - left)
}

/// `zfill(width)`: pads with zeros after any leading sign.
pub fn zfill(s: &str, len: usize, width: usize) -> String {
    if len >= width {
        return s.to_string();
    }
    let fill = width - len;
    let mut out = String::with_capacity(s.len() + fill);
    match s.as_bytes().first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c as char);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&s[1..]);
        }
        _ => {
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(s);
        }
    }
    out
}

/// `expandtabs(tabsize)`: tabs become spaces up to the next tab stop; the
/// column restarts after `\n` and `\r`. A tab size <= 0 removes tabs.
pub fn expandtabs(s: &str, tabsize: isize) -> String {
    expandtabs_chars(s.chars(), tabsize).collect()
}

/// The output of `expandtabs` as characters (shared with bytes, whose
/// callers map bytes to chars and back).
pub fn expandtabs_chars(
    s: impl Iterator<Item = char>,
    tabsize: isize,
) -> impl Iterator<Item = char> {
    let mut col: usize = 0;
    s.flat_map(move |c| {
        let (ch, n) = if c == '\t' {
            if tabsize > 0 {
                let t = tabsize as usize;
                let n = t - col % t;
                col = col.saturating_add(n);
                (' ', n)
            } else {
                (' ', 0)
            }
        } else {
            col = col.saturating_add(1);
            if c == '\n' || c == '\r' {
                col = 0;
            }
            (c, 1)
        };
        std::iter::repeat_n(ch, n)
    })
}

/// The length in characters `expandtabs` produces, or None on overflow.
pub fn expandtabs_len(s: impl Iterator<Item = char>, tabsize: isize) -> Option<usize> {
    let mut col: usize = 0;
    let mut total: usize = 0;
    for c in s {
        if c == '\t' {
            if tabsize > 0 {
                let t = tabsize as usize;
                let n = t - col % t;
                col = col.checked_add(n)?;
                total = total.checked_add(n)?;
            }
        } else {
            col += 1;
            total = total.checked_add(1)?;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Some(total)
}

/// The index of the first `b` in `text`, eight bytes per step: a word
/// XORed with `b` in every byte has a zero byte where `b` is, and the
/// classic zero-byte test flags it (its lowest flag is always exact).
#[inline]
pub fn find_byte(text: &[u8], b: u8) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let pattern = ONES * b as u64;
    let mut chunks = text.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("chunks of eight bytes"));
        let x = word ^ pattern;
        let zero = x.wrapping_sub(ONES) & !x & HIGHS;
        if zero != 0 {
            return Some(at + (zero.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&t| t == b)
        .map(|k| at + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_space_agrees_with_is_space() {
        for b in 0..128u8 {
            assert_eq!(ascii_space(b), is_space(b as char), "byte {b}");
        }
    }

    #[test]
    fn word_searches_match_byte_loops() {
        let text: Vec<u8> = (0..300u32)
            .map(|i| ((i * 37 + i / 7) % 128) as u8)
            .collect();
        for start in 0..text.len() {
            let want = (start..text.len())
                .find(|&k| ascii_space(text[k]))
                .unwrap_or(text.len());
            assert_eq!(find_ascii_space(&text, start), want, "from {start}");
        }
    }

    /// The mask splitters agree with plain splitting at every length and
    /// alignment around the 64-byte chunks.
    #[test]
    fn mask_splits_match_plain_splits() {
        for unit in ["ab  c\td\x1ce ::x:\u{e9} y", "ab  c\td\x1ce ::x:\x1f y"] {
            let long = unit.repeat(12);
            let starts = (0..40).filter(|&i| long.is_char_boundary(i));
            for i in starts {
                for j in (i..=long.len()).filter(|&j| long.is_char_boundary(j)) {
                    check_mask_splits(&long[i..j]);
                }
            }
        }
    }

    fn check_mask_splits(s: &str) {
        let plain: Vec<&str> = s.split(is_space).filter(|f| !f.is_empty()).collect();
        assert_eq!(ws_fields(s, -1), plain, "{s:?}");
        let plain: Vec<&str> = s.split(':').collect();
        assert_eq!(sep_fields(s, ":", -1), plain, "{s:?}");
        let plain: Vec<&str> = s.splitn(3, ':').collect();
        assert_eq!(sep_fields(s, ":", 2), plain, "{s:?}");
        for sep in [Some(b':'), Some(b' '), None] {
            if sep.is_none() && !s.is_ascii() {
                continue;
            }
            if !ByteMasks::fits(s.len()) {
                continue;
            }
            let mut v = Vec::new();
            let fields = ByteMasks::with(s, sep, |m| {
                m.split(s, |x| v.push(x));
                m.fields()
            });
            let plain = match sep {
                Some(c) => sep_fields(s, &(c as char).to_string(), -1),
                None => ws_fields(s, -1),
            };
            assert_eq!(v, plain, "{s:?} {sep:?}");
            assert_eq!(fields, v.len(), "{s:?} {sep:?}");
        }
    }

    #[test]
    fn counts_fields_and_bytes() {
        let long = "ab  c\td\x1ce ".repeat(40);
        for s in ["", " ", "a", " a", "a ", "a b", "  a  b  ", long.as_str()] {
            let mut n = 0;
            split_whitespace(s, -1, &mut |_| n += 1);
            assert_eq!(count_fields_ascii(s), n, "{s:?}");
            assert_eq!(count_byte(s.as_bytes(), b' '), s.matches(' ').count());
            assert_eq!(ByteMasks::with(s, None, |m| m.fields()), n, "{s:?}");
        }
        let long = "ab c".repeat(MASKED_CHUNKS * 16);
        assert!(!ByteMasks::fits(long.len()));
        assert!(ByteMasks::fits(long.len() - 1));
        for n in [63, 64, 65, 127, 128, long.len() - 1] {
            let s = &long[..n];
            let mut v = Vec::new();
            ByteMasks::with(s, None, |m| m.split(s, |x| v.push(x)));
            assert_eq!(v, ws_fields(s, -1), "{n}");
            let mut v = Vec::new();
            ByteMasks::with(s, Some(b' '), |m| m.split(s, |x| v.push(x)));
            assert_eq!(v, sep_fields(s, " ", -1), "{n}");
        }
    }

    /// The fields `split_whitespace` hands out, in order.
    fn ws_fields(s: &str, maxsplit: isize) -> Vec<&str> {
        let mut v = Vec::new();
        split_whitespace(s, maxsplit, &mut |x| v.push(x));
        v
    }

    /// The fields `split_sep` hands out, in order.
    fn sep_fields<'a>(s: &'a str, sep: &str, maxsplit: isize) -> Vec<&'a str> {
        let mut v = Vec::new();
        split_sep(s, sep, maxsplit, &mut |x| v.push(x));
        v
    }

    #[test]
    fn whitespace_split() {
        assert_eq!(ws_fields("  a  b  ", -1), ["a", "b"]);
        assert_eq!(ws_fields("  a  b  ", 1), ["a", "b  "]);
        assert_eq!(ws_fields("  a  b  ", 0), ["a  b  "]);
        assert_eq!(ws_fields("   ", -1), Vec::<&str>::new());
        assert_eq!(ws_fields("a\x1cb\u{3000}c", -1), ["a", "b", "c"]);
        assert_eq!(rsplit_whitespace("  a  b  ", 1), ["  a", "b"]);
        assert_eq!(rsplit_whitespace("a b c", -1), ["a", "b", "c"]);
        assert_eq!(rsplit_whitespace(" a\u{3000}b", 1), [" a", "b"]);
    }

    #[test]
    fn separator_split() {
        assert_eq!(sep_fields("a,b,,c", ",", -5), ["a", "b", "", "c"]);
        assert_eq!(sep_fields("a,b,,c", ",", 1), ["a", "b,,c"]);
        assert_eq!(rsplit_sep("a,b,,c", ",", 2), ["a,b", "", "c"]);
        assert_eq!(rsplit_sep("aaa", "aa", -1), ["a", ""]);
        assert_eq!(sep_fields("aaa", "aa", -1), ["", "a"]);
        assert_eq!(sep_fields("", ",", -1), [""]);
    }

    #[test]
    fn lines() {
        assert_eq!(
            splitlines("a\r\nb\rc\nd\x0be\x1cf\u{2028}g", false),
            ["a", "b", "c", "d", "e", "f", "g"]
        );
        assert_eq!(splitlines("a\r\nb\rc\n", true), ["a\r\n", "b\r", "c\n"]);
        assert_eq!(splitlines("", false), Vec::<&str>::new());
        assert_eq!(splitlines_bytes(b"a\x0bb\r\n", true), [&b"a\x0bb\r\n"[..]]);
    }

    #[test]
    fn padding_and_tabs() {
        assert_eq!(center_margins(2, 5), (2, 1));
        assert_eq!(center_margins(1, 4), (1, 2));
        assert_eq!(zfill("-42", 3, 6), "-00042");
        assert_eq!(zfill("+", 1, 3), "+00");
        assert_eq!(expandtabs("a\tb\n\tc", 4), "a   b\n    c");
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", 2), "-a-bc");
        assert_eq!(strip("xyzabcxyz", Some("zyx"), true, true), "abc");
    }
}
