//! The `_hashlib` module under `hashlib` (`compiler/stdlib/hashlib.py`):
//! MD5 (RFC 1321), SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS
//! 180-4) as streaming hashers. The Python side keeps a hasher's state as
//! an opaque bytes value (`update(name, state, data) -> state`,
//! `digest(name, state)`), so copying a hash object is copying bytes.

use crate::errors::{PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types;
use crate::types::function::BuiltinImpl;

/// A supported algorithm.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

/// name, algorithm, digest size, block size.
const ALGORITHMS: &[(&str, Algo, usize, usize)] = &[
    ("md5", Algo::Md5, 16, 64),
    ("sha1", Algo::Sha1, 20, 64),
    ("sha224", Algo::Sha224, 28, 64),
    ("sha256", Algo::Sha256, 32, 64),
    ("sha384", Algo::Sha384, 48, 128),
    ("sha512", Algo::Sha512, 64, 128),
];

impl Algo {
    fn by_name(name: &str) -> Option<Algo> {
        ALGORITHMS.iter().find(|a| a.0 == name).map(|a| a.1)
    }

    fn entry(self) -> &'static (&'static str, Algo, usize, usize) {
        ALGORITHMS
            .iter()
            .find(|a| a.1 == self)
            .expect("every algorithm is listed")
    }

    fn block_size(self) -> usize {
        self.entry().3
    }

    fn digest_size(self) -> usize {
        self.entry().2
    }

    fn initial(self) -> [u64; 8] {
        let widen =
            |v: &[u32]| -> [u64; 8] { std::array::from_fn(|i| *v.get(i).unwrap_or(&0) as u64) };
        match self {
            Algo::Md5 => widen(&[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]),
            Algo::Sha1 => widen(&[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]),
            Algo::Sha224 => {
                let h = super::sha512::sha384_initial_state();
                std::array::from_fn(|i| h[i] & 0xffff_ffff)
            }
            Algo::Sha256 => widen(&super::sha512::sha256_initial_state()),
            Algo::Sha384 => super::sha512::sha384_initial_state(),
            Algo::Sha512 => super::sha512::initial_state(),
        }
    }

    fn compress(self, h: &mut [u64; 8], block: &[u8]) {
        match self {
            Algo::Md5 => md5_compress(h, block),
            Algo::Sha1 => sha1_compress(h, block),
            Algo::Sha224 | Algo::Sha256 => sha256_compress(h, block),
            Algo::Sha384 | Algo::Sha512 => super::sha512::compress(h, block),
        }
    }
}

fn md5_compress(h: &mut [u64; 8], block: &[u8]) {
    const SHIFTS: [[u32; 4]; 4] = [
        [7, 12, 17, 22],
        [5, 9, 14, 20],
        [4, 11, 16, 23],
        [6, 10, 15, 21],
    ];
    let m: [u32; 16] = std::array::from_fn(|i| {
        u32::from_le_bytes([
            block[i * 4],
            block[i * 4 + 1],
            block[i * 4 + 2],
            block[i * 4 + 3],
        ])
    });
    let [mut a, mut b, mut c, mut d] = [h[0] as u32, h[1] as u32, h[2] as u32, h[3] as u32];
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        // K[i] = floor(|sin(i + 1)| * 2^32), as RFC 1321 defines it.
        let k = ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32;
        let f = f.wrapping_add(a).wrapping_add(k).wrapping_add(m[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(f.rotate_left(SHIFTS[i / 16][i % 4]));
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d]) {
        *x = (*x as u32).wrapping_add(y) as u64;
    }
}

fn be_words<const N: usize>(block: &[u8]) -> [u32; N] {
    std::array::from_fn(|i| {
        if i < 16 {
            u32::from_be_bytes([
                block[i * 4],
                block[i * 4 + 1],
                block[i * 4 + 2],
                block[i * 4 + 3],
            ])
        } else {
            0
        }
    })
}

fn sha1_compress(h: &mut [u64; 8], block: &[u8]) {
    let mut w: [u32; 80] = be_words(block);
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = [
        h[0] as u32,
        h[1] as u32,
        h[2] as u32,
        h[3] as u32,
        h[4] as u32,
    ];
    for (i, wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6u32),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(*wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = (*x as u32).wrapping_add(y) as u64;
    }
}

fn sha256_compress(h: &mut [u64; 8], block: &[u8]) {
    let k = super::sha512::sha256_k();
    let mut w: [u32; 64] = be_words(block);
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let v: [u32; 8] = std::array::from_fn(|i| h[i] as u32);
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = v;
    for (ki, wi) in k.iter().zip(w.iter()) {
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(*ki)
            .wrapping_add(*wi);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = (*x as u32).wrapping_add(y) as u64;
    }
}

/// A hash computation in progress.
#[derive(Clone)]
struct Hasher {
    algo: Algo,
    h: [u64; 8],
    /// Bytes hashed so far.
    len: u64,
    /// The start of a block not yet complete.
    pending: Vec<u8>,
}

impl Hasher {
    fn new(algo: Algo) -> Hasher {
        Hasher {
            algo,
            h: algo.initial(),
            len: 0,
            pending: Vec::new(),
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        let bs = self.algo.block_size();
        self.len = self.len.wrapping_add(data.len() as u64);
        if !self.pending.is_empty() {
            let take = (bs - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.pending.len() < bs {
                return;
            }
            let block = std::mem::take(&mut self.pending);
            self.algo.compress(&mut self.h, &block);
        }
        let mut blocks = data.chunks_exact(bs);
        for block in &mut blocks {
            self.algo.compress(&mut self.h, block);
        }
        self.pending.extend_from_slice(blocks.remainder());
    }

    fn finish(&self) -> Vec<u8> {
        let mut t = self.clone();
        let bs = self.algo.block_size();
        let len_field = if bs == 128 { 16 } else { 8 };
        let bits = (self.len as u128) * 8;
        let mut tail = vec![0x80u8];
        while (t.pending.len() + tail.len()) % bs != bs - len_field {
            tail.push(0);
        }
        match (self.algo, len_field) {
            (Algo::Md5, _) => tail.extend_from_slice(&(bits as u64).to_le_bytes()),
            (_, 8) => tail.extend_from_slice(&(bits as u64).to_be_bytes()),
            _ => tail.extend_from_slice(&bits.to_be_bytes()),
        }
        let len = t.len;
        t.update(&tail);
        t.len = len;
        let mut out = Vec::new();
        for w in t.h {
            match self.algo {
                Algo::Md5 => out.extend_from_slice(&(w as u32).to_le_bytes()),
                Algo::Sha384 | Algo::Sha512 => out.extend_from_slice(&w.to_be_bytes()),
                _ => out.extend_from_slice(&(w as u32).to_be_bytes()),
            }
        }
        out.truncate(self.algo.digest_size());
        out
    }

    /// The state as bytes: 8 words, the length, then the pending bytes.
    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(72 + self.pending.len());
        for w in self.h {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&self.len.to_le_bytes());
        out.extend_from_slice(&self.pending);
        out
    }

    fn from_bytes(algo: Algo, b: &[u8]) -> Hasher {
        if b.len() < 72 {
            return Hasher::new(algo);
        }
        let word = |i: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&b[i * 8..i * 8 + 8]);
            u64::from_le_bytes(w)
        };
        Hasher {
            algo,
            h: std::array::from_fn(word),
            len: word(8),
            pending: b[72..].to_vec(),
        }
    }
}

fn algo_arg(v: &Obj) -> PyResult<Algo> {
    let name = types::str::as_str(v).unwrap_or("");
    match Algo::by_name(name) {
        Some(a) => Ok(a),
        None => value_error(format!("unsupported hash type {name}")),
    }
}

fn data_arg(v: &Obj) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    if matches!(v.payload(), Payload::Str(_)) {
        return type_error("Strings must be encoded before hashing");
    }
    match types::bytes::buffer(v) {
        Some(b) => Ok(b),
        None => type_error("object supporting the buffer API required"),
    }
}

fn state_arg(algo: Algo, v: &Obj) -> Hasher {
    match types::bytes::as_bytes(v) {
        Some(b) => Hasher::from_bytes(algo, b),
        None => Hasher::new(algo),
    }
}

/// `update(name, state, data)`: the state after hashing `data`.
fn h_update(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("update", a.len(), 3, 3)?;
    let algo = algo_arg(&a[0])?;
    let data = data_arg(&a[2])?;
    let mut h = state_arg(algo, &a[1]);
    h.update(&data);
    Ok(types::bytes::new_bytes(h.to_bytes()))
}

/// `digest(name, state)`.
fn h_digest(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("digest", a.len(), 2, 2)?;
    let algo = algo_arg(&a[0])?;
    Ok(types::bytes::new_bytes(state_arg(algo, &a[1]).finish()))
}

/// `sizes(name)`: (digest_size, block_size); ValueError for unknown names.
fn h_sizes(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("sizes", a.len(), 1, 1)?;
    let algo = algo_arg(&a[0])?;
    Ok(types::tuple::new_tuple(vec![
        types::int::new_int(algo.digest_size() as i64),
        types::int::new_int(algo.block_size() as i64),
    ]))
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module("_hashlib", None);
    super::add_functions(
        &m,
        "_hashlib",
        &[
            ("update", BuiltinImpl::Pos(h_update)),
            ("digest", BuiltinImpl::Pos(h_digest)),
            ("sizes", BuiltinImpl::Pos(h_sizes)),
        ],
    );
    let names: Vec<Obj> = ALGORITHMS
        .iter()
        .map(|a| types::str::new_str(a.0))
        .collect();
    super::add(&m, "algorithms", types::tuple::new_tuple(names));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::{Algo, Hasher};

    fn hex(algo: Algo, data: &[u8]) -> String {
        let mut h = Hasher::new(algo);
        h.update(data);
        h.finish().iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_vectors() {
        assert_eq!(hex(Algo::Md5, b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(hex(Algo::Md5, b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            hex(Algo::Sha1, b"abc"),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(Algo::Sha256, b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(Algo::Sha224, b"abc"),
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"
        );
        assert_eq!(
            hex(Algo::Sha384, b"abc"),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
        );
        assert_eq!(
            hex(Algo::Sha512, b"abc"),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(
                Algo::Sha256,
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            ),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    #[test]
    fn streaming_matches_one_shot() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
        for algo in [Algo::Md5, Algo::Sha1, Algo::Sha256, Algo::Sha512] {
            let mut h = Hasher::new(algo);
            for chunk in data.chunks(37) {
                h.update(chunk);
            }
            let h2 = Hasher::from_bytes(algo, &h.to_bytes());
            assert_eq!(h2.finish(), {
                let mut o = Hasher::new(algo);
                o.update(&data);
                o.finish()
            });
        }
    }
}
