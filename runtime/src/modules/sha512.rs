//! SHA-512 (FIPS 180-4), used by `random.seed` for str and bytes seeds and
//! by `hashlib` (which also derives SHA-256's constants from these).
//! The round constants and initial hash are derived at first use from
//! their definitions (fractional bits of cube and square roots of primes).

use num_bigint::BigUint;
use std::sync::OnceLock;

struct Consts {
    k: [u64; 80],
    h: [u64; 8],
}

fn primes(n: usize) -> Vec<u64> {
    let mut v = Vec::with_capacity(n);
    let mut c = 2u64;
    while v.len() < n {
        if v.iter()
            .take_while(|p| *p * *p <= c)
            .all(|p| !c.is_multiple_of(*p))
        {
            v.push(c);
        }
        c += 1;
    }
    v
}

/// The low 64 bits of floor(p^(1/root) * 2^64).
fn frac_bits(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = scaled.nth_root(root);
    let digits = r.to_u64_digits();
    digits.first().copied().unwrap_or(0)
}

fn consts() -> &'static Consts {
    static C: OnceLock<Consts> = OnceLock::new();
    C.get_or_init(|| {
        let ps = primes(80);
        let mut k = [0u64; 80];
        for (i, p) in ps.iter().enumerate() {
            k[i] = frac_bits(*p, 3);
        }
        let mut h = [0u64; 8];
        for (i, p) in ps.iter().take(8).enumerate() {
            h[i] = frac_bits(*p, 2);
        }
        Consts { k, h }
    })
}

/// SHA-512's initial hash value.
pub(crate) fn initial_state() -> [u64; 8] {
    consts().h
}

/// SHA-384's initial hash value: from the square roots of the 9th to 16th
/// primes (SHA-224's is the low 32 bits of these words).
pub(crate) fn sha384_initial_state() -> [u64; 8] {
    let ps = primes(16);
    std::array::from_fn(|i| frac_bits(ps[8 + i], 2))
}

/// Round constants of SHA-256: the high 32 bits of SHA-512's first 64.
pub(crate) fn sha256_k() -> [u32; 64] {
    let c = consts();
    std::array::from_fn(|i| (c.k[i] >> 32) as u32)
}

/// SHA-256's initial hash value: the high 32 bits of SHA-512's.
pub(crate) fn sha256_initial_state() -> [u32; 8] {
    let c = consts();
    std::array::from_fn(|i| (c.h[i] >> 32) as u32)
}

/// Processes one 128-byte block into the hash state `h`.
pub(crate) fn compress(h: &mut [u64; 8], block: &[u8]) {
    let c = consts();
    let mut w = [0u64; 80];
    for (i, word) in block.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(word);
        w[i] = u64::from_be_bytes(b);
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut cc, mut d, mut e, mut f, mut g, mut hh] = *h;
    for (ki, wi) in c.k.iter().zip(w.iter()) {
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(*ki)
            .wrapping_add(*wi);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & cc) ^ (b & cc);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = cc;
        cc = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, cc, d, e, f, g, hh]) {
        *x = x.wrapping_add(y);
    }
}

/// The SHA-512 digest of `data`.
pub fn digest(data: &[u8]) -> [u8; 64] {
    let mut h = initial_state();
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks_exact(128) {
        compress(&mut h, block);
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_digest() {
        let d = super::digest(b"abc");
        assert_eq!(d[0], 0xdd);
        assert_eq!(d[1], 0xaf);
        assert_eq!(d[63], 0x9f);
    }
}
