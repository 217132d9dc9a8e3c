//! CPython's string and bytes hashing with `PYTHONHASHSEED=0`: SipHash-1-3
//! (3.11's default `Py_HASH_ALGORITHM`) with an all-zero 128-bit key, over
//! the bytes of the compact representation — latin-1 (one byte per code
//! point) when every code point is below 256, else UCS-2 little-endian when
//! all are below 65536, else UCS-4 little-endian. The empty input hashes to
//! 0 and a result of -1 becomes -2. Inputs of 1 to 7 bytes go through a
//! small per-thread memo of recent hashes (`SHORT_MEMO`).

use std::cell::Cell;

/// SipHash's state after keying with `k0`, `k1`.
#[inline(always)]
fn sip_init(k0: u64, k1: u64) -> [u64; 4] {
    [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ]
}

/// One SipRound.
#[inline(always)]
fn sip_round([v0, v1, v2, v3]: &mut [u64; 4]) {
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    *v0 = v0.wrapping_add(*v1);
    *v2 = v2.wrapping_add(*v3);
    *v1 = v1.rotate_left(13) ^ *v0;
    *v3 = v3.rotate_left(16) ^ *v2;
    *v0 = v0.rotate_left(32);
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    *v2 = v2.wrapping_add(*v1);
    *v0 = v0.wrapping_add(*v3);
    *v1 = v1.rotate_left(17) ^ *v2;
    *v3 = v3.rotate_left(21) ^ *v0;
    *v2 = v2.rotate_left(32);
}

/// Compresses the last word `b` (the length in the top byte, the tail
/// bytes below) and finalizes: SipHash-1-3's one compression and three
/// finalization rounds.
#[inline(always)]
fn sip_finish(mut v: [u64; 4], b: u64) -> u64 {
    v[3] ^= b;
    sip_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// `siphash13(k0, k1, data)` exactly as `Python/pyhash.c` computes it.
#[inline(always)]
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = sip_init(k0, k1);
    let b = (data.len() as u64) << 56;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let mi = u64::from_le_bytes(w);
        v[3] ^= mi;
        sip_round(&mut v);
        v[0] ^= mi;
    }
    sip_finish(v, b | tail_word(chunks.remainder()))
}

/// The last 0 to 7 bytes of the input as a little-endian word (the bytes
/// above them zero), read with at most two loads: copying them through a
/// stack buffer costs a `memcpy` call and a stalled store-to-load
/// forwarding, more than the rest of hashing a short key.
#[inline(always)]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        // Two overlapping 4-byte reads: the bytes they share land on the
        // same positions with the same values.
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        u64::from(lo) | (u64::from(hi) << (8 * (n - 4)))
    } else if n > 0 {
        // The first, middle and last bytes cover every position of 1 to 3.
        u64::from(rest[0])
            | (u64::from(rest[n / 2]) << (8 * (n / 2)))
            | (u64::from(rest[n - 1]) << (8 * (n - 1)))
    } else {
        0
    }
}

/// Slots of the memo of short inputs' hashes (a power of two).
const SHORT_MEMO_SLOTS: usize = 1 << 10;

thread_local! {
    /// Hashes of recent inputs of 1 to 7 bytes, direct-mapped by their
    /// whole last word (the length in its top byte: never 0, which marks
    /// an unused slot): `(word, hash)` pairs. Equal short texts made again
    /// and again (`w[:2]` as a key, words counted, a line split into
    /// fields) are hashed once per slot reuse instead of once per object;
    /// a hit is exact (the slot holds the whole input), so the value is
    /// the SipHash of the input as without the memo.
    static SHORT_MEMO: [Cell<(u64, i64)>; SHORT_MEMO_SLOTS] =
        const { [const { Cell::new((0, 0)) }; SHORT_MEMO_SLOTS] };
}

/// The memo slot of the short input whose last word is `word`
/// (multiplicative hashing: the top bits of the product).
#[inline(always)]
fn short_memo_slot(word: u64) -> usize {
    (word.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SHORT_MEMO_SLOTS.trailing_zeros())) as usize
}

/// The memoized hash of the short input `word`, if its slot holds it.
#[inline(always)]
fn short_memo_get(word: u64) -> Option<i64> {
    let (w, h) = SHORT_MEMO.with(|m| m[short_memo_slot(word)].get());
    (w == word).then_some(h)
}

/// Remembers `hash` as the hash of the short input `word`.
#[inline(always)]
fn short_memo_put(word: u64, hash: i64) {
    SHORT_MEMO.with(|m| m[short_memo_slot(word)].set((word, hash)));
}

/// The hasher of the runtime's own tables keyed by text (the interned
/// strs): a multiply-and-rotate mix of eight bytes at a time, several
/// times cheaper than std's SipHash on the short names the tables hold.
/// Nothing Python code sees depends on it (`hash()` is `hash_bytes`).
#[derive(Default)]
pub(super) struct TextHasher(u64);

impl std::hash::Hasher for TextHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().expect("eight bytes"));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let w = (rest.len() as u64) << 56 | tail_word(rest);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds `TextHasher`s for `HashMap`s.
pub(super) type TextHashing = std::hash::BuildHasherDefault<TextHasher>;

/// `_Py_HashBytes` with a zero key.
pub fn hash_bytes(data: &[u8]) -> i64 {
    let n = data.len();
    let h: u64 = if n < 8 {
        if n == 0 {
            return 0;
        }
        // A short key (a word, a dict key sliced out of a word) is its
        // last word alone: the state starts from the constants of the zero
        // key, so the first half round folds away.
        let word = (n as u64) << 56 | tail_word(data);
        if let Some(h) = short_memo_get(word) {
            return h;
        }
        let h = sip_finish(sip_init(0, 0), word) as i64;
        let h = if h == -1 { -2 } else { h };
        short_memo_put(word, h);
        return h;
    } else {
        siphash13(0, 0, data)
    };
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// The hash of a str's text, as `hash(s)` gives under `PYTHONHASHSEED=0`.
pub fn hash_text(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf: Vec<u8> = Vec::with_capacity(s.len() * 2);
    if max < 0x100 {
        buf.extend(s.chars().map(|c| c as u32 as u8));
    } else if max < 0x10000 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32 as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    hash_bytes(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values from `PYTHONHASHSEED=0 python3.11 -c "print(hash(...))"`.
    #[test]
    fn str_hashes_match_cpython() {
        assert_eq!(hash_text(""), 0);
        assert_eq!(hash_text("a"), 4644417185603328019);
        assert_eq!(hash_text("hello"), -2096571579003691106);
        assert_eq!(hash_text("é"), 6047309291227476195);
        assert_eq!(hash_text("日本"), 6243316497235261705);
        assert_eq!(hash_text("😀"), -3536540696076613844);
        assert_eq!(hash_text("abcdefgh"), 4574395652268504554);
        assert_eq!(hash_text("abcdefghi"), -532774252720507163);
    }

    #[test]
    fn bytes_hashes_match_cpython() {
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_bytes(b"a"), 4644417185603328019);
        assert_eq!(hash_bytes(b"hello"), -2096571579003691106);
        assert_eq!(hash_bytes(b"\xff\x00abcdefghijk"), 5678960624532361530);
    }

    /// A short input hashed again (a memo hit) and inputs sharing a memo
    /// slot give the hashes computed without the memo.
    #[test]
    fn short_memo_is_exact() {
        let direct = |d: &[u8]| {
            let h = sip_finish(sip_init(0, 0), (d.len() as u64) << 56 | tail_word(d)) as i64;
            if h == -1 { -2 } else { h }
        };
        for round in 0..3 {
            for i in 0u32..5000 {
                let text = format!("{}", i * 7919 + round);
                let d = &text.as_bytes()[..text.len().min(7)];
                assert_eq!(hash_bytes(d), direct(d), "{text}");
            }
        }
        assert_eq!(hash_bytes(b"a"), 4644417185603328019);
        assert_eq!(hash_bytes(b"a"), 4644417185603328019);
    }

    /// Every tail length (0 to 7 bytes past whole words) against the
    /// byte-by-byte little-endian reading.
    #[test]
    fn tail_words_read_every_length() {
        let data: Vec<u8> = (1..=15).collect();
        for n in 0..8 {
            let rest = &data[..n];
            let mut t = [0u8; 8];
            t[..n].copy_from_slice(rest);
            assert_eq!(tail_word(rest), u64::from_le_bytes(t), "length {n}");
        }
    }
}
