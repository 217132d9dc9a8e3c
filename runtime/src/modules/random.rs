//! `_random`: the Mersenne Twister (MT19937) core behind the `random`
//! module (whose Python part lives in `compiler/stdlib/random.py`).
//! Generators are addressed by integer handles; seeding follows CPython
//! (`init_by_array` over the seed's 32-bit chunks, least significant
//! first), so seeded sequences match CPython bit for bit. Also `sha512`,
//! which `random.seed` needs for str and bytes seeds.

use crate::builtins::check_count;
use crate::errors::{PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::float::new_float;
use crate::types::function::BuiltinImpl;
use crate::types::int::{as_i64, index_bigint, new_bigint, new_int};
use crate::types::{self, builtin};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            state: [0; N],
            index: N + 1,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let p = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.state;
        for _ in 0..N.max(key.len()) {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % N] & 0x7fff_ffff);
                let mut v = mt[(k + M) % N] ^ (y >> 1);
                if y & 1 == 1 {
                    v ^= 0x9908_b0df;
                }
                mt[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32);
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &out)
    }
}

thread_local! {
    static GENS: RefCell<Vec<Mt>> = const { RefCell::new(Vec::new()) };
}

fn with_gen<T>(h: &Obj, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let i = as_i64(h).unwrap_or(-1);
    GENS.with(|g| {
        let mut g = g.borrow_mut();
        match usize::try_from(i).ok().and_then(|i| g.get_mut(i)) {
            Some(m) => Ok(f(m)),
            None => type_error("invalid generator handle"),
        }
    })
}

fn r_new(a: &[Obj]) -> PyResult<Obj> {
    check_count("new", a.len(), 0, 0)?;
    let n = GENS.with(|g| {
        let mut g = g.borrow_mut();
        g.push(Mt::new());
        g.len() - 1
    });
    Ok(new_int(n as i64))
}

/// Seed material for `seed(None)`: the clock, the process id and an address.
fn entropy() -> Vec<u32> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let local = 0u8;
    let addr = &local as *const u8 as usize as u64;
    let pid = std::process::id();
    vec![
        t as u32,
        (t >> 32) as u32,
        (t >> 64) as u32,
        pid,
        addr as u32,
        (addr >> 32) as u32,
    ]
}

/// `seed(h, n)`: `n` an int (its absolute value is used) or None.
fn r_seed(a: &[Obj]) -> PyResult<Obj> {
    check_count("seed", a.len(), 2, 2)?;
    let key: Vec<u32> = if a[1].is(&builtin().none) {
        entropy()
    } else {
        let n = index_bigint(&a[1])?.abs();
        if n.is_zero() {
            vec![0]
        } else {
            n.to_u32_digits().1
        }
    };
    with_gen(&a[0], |m| m.init_by_array(&key))?;
    Ok(builtin().none.clone())
}

fn r_random(a: &[Obj]) -> PyResult<Obj> {
    check_count("random", a.len(), 1, 1)?;
    with_gen(&a[0], |m| m.random()).map(new_float)
}

fn r_getrandbits(a: &[Obj]) -> PyResult<Obj> {
    check_count("getrandbits", a.len(), 2, 2)?;
    let k = index_bigint(&a[1])?;
    if k.is_negative() {
        return value_error("number of bits must be non-negative");
    }
    let Some(k) = num_traits::ToPrimitive::to_u64(&k).filter(|k| *k < (1u64 << 40)) else {
        return crate::errors::overflow_error("Python int too large to convert to C int");
    };
    if k == 0 {
        return Ok(new_int(0));
    }
    with_gen(&a[0], |m| m.getrandbits(k)).map(new_bigint)
}

/// `randbelow(h, n)` for n > 0: CPython's `_randbelow_with_getrandbits`.
fn r_randbelow(a: &[Obj]) -> PyResult<Obj> {
    check_count("randbelow", a.len(), 2, 2)?;
    let n = index_bigint(&a[1])?;
    if !n.is_positive() {
        return Ok(new_int(0));
    }
    let k = n.bits();
    with_gen(&a[0], |m| {
        loop {
            let r = m.getrandbits(k);
            if r < n {
                break r;
            }
        }
    })
    .map(new_bigint)
}

fn r_getstate(a: &[Obj]) -> PyResult<Obj> {
    check_count("getstate", a.len(), 1, 1)?;
    let v = with_gen(&a[0], |m| {
        let mut v: Vec<Obj> = m.state.iter().map(|x| new_int(*x as i64)).collect();
        v.push(new_int(m.index as i64));
        v
    })?;
    Ok(types::tuple::new_tuple(v))
}

fn r_setstate(a: &[Obj]) -> PyResult<Obj> {
    check_count("setstate", a.len(), 2, 2)?;
    let items = crate::ops::iterate(&a[1])?;
    if items.len() != N + 1 {
        return value_error("state vector is the wrong size");
    }
    let mut st = [0u32; N];
    for (i, it) in items[..N].iter().enumerate() {
        let v = as_i64(it).filter(|v| (0..=u32::MAX as i64).contains(v));
        let Some(v) = v else {
            return crate::errors::overflow_error(
                "Python int too large to convert to C unsigned long",
            );
        };
        st[i] = v as u32;
    }
    let idx = as_i64(&items[N]).unwrap_or(-1);
    if !(0..=N as i64).contains(&idx) {
        return value_error("invalid state");
    }
    with_gen(&a[0], |m| {
        m.state = st;
        m.index = idx as usize;
    })?;
    Ok(builtin().none.clone())
}

fn r_sha512(a: &[Obj]) -> PyResult<Obj> {
    check_count("sha512", a.len(), 1, 1)?;
    let data = match a[0].payload() {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => return type_error("sha512() argument must be bytes"),
    };
    Ok(types::bytes::new_bytes(
        super::sha512::digest(&data).to_vec(),
    ))
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "_random",
        Some("Module implements the Mersenne Twister random number generator."),
    );
    let fns: &[(&'static str, BuiltinImpl)] = &[
        ("new", BuiltinImpl::Pos(r_new)),
        ("seed", BuiltinImpl::Pos(r_seed)),
        ("random", BuiltinImpl::Pos(r_random)),
        ("getrandbits", BuiltinImpl::Pos(r_getrandbits)),
        ("randbelow", BuiltinImpl::Pos(r_randbelow)),
        ("getstate", BuiltinImpl::Pos(r_getstate)),
        ("setstate", BuiltinImpl::Pos(r_setstate)),
        ("sha512", BuiltinImpl::Pos(r_sha512)),
    ];
    super::add_functions(&m, "_random", fns);
    Ok(m)
}
