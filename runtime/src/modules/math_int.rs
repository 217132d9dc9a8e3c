//! The integer functions of the `math` module: `factorial`, `comb`,
//! `perm`, `gcd`, `lcm` and `isqrt`, exact on arbitrarily large ints with
//! CPython's argument checks and messages.

use crate::builtins::check_count;
use crate::errors::{PyResult, overflow_error, value_error};
use crate::object::Obj;
use crate::types::int::{index_bigint, new_bigint, new_int};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The product of the integers in `lo..hi`, by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::from(lo);
        for k in lo + 1..hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// 0! through 20! (21! overflows an `i64`).
const SMALL_FACTORIALS: [i64; 21] = {
    let mut t = [1i64; 21];
    let mut k = 2;
    while k < 21 {
        t[k] = t[k - 1] * k as i64;
        k += 1;
    }
    t
};

pub fn factorial(a: &[Obj]) -> PyResult<Obj> {
    let v = crate::builtins::exactly_one("math.factorial", a)?;
    // A small int argument (tagged, so an exact int): from the table.
    if let Some(n) = v.small_int()
        && let Some(&f) = usize::try_from(n)
            .ok()
            .and_then(|n| SMALL_FACTORIALS.get(n))
    {
        return Ok(new_int(f));
    }
    let n = index_bigint(v)?;
    if n.is_negative() {
        return value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_i64() else {
        return overflow_error("factorial() argument should not exceed 9223372036854775807");
    };
    if let Some(&f) = usize::try_from(n)
        .ok()
        .and_then(|n| SMALL_FACTORIALS.get(n))
    {
        return Ok(new_int(f));
    }
    Ok(new_bigint(range_product(1, n as u64 + 1)))
}

fn nonneg(v: &Obj, which: &str) -> PyResult<BigInt> {
    let n = index_bigint(v)?;
    if n.is_negative() {
        return value_error(format!("{which} must be a non-negative integer"));
    }
    Ok(n)
}

/// n! / (n-k)! for n >= k >= 0.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if let Some(nn) = n.to_u64() {
        return range_product(nn - k + 1, nn + 1);
    }
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    acc
}

pub fn comb(a: &[Obj]) -> PyResult<Obj> {
    check_count("comb", a.len(), 2, 2)?;
    let n = nonneg(&a[0], "n")?;
    let k = nonneg(&a[1], "k")?;
    if k > n {
        return Ok(new_int(0));
    }
    let other = &n - &k;
    let k = if other < k { other } else { k };
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return overflow_error("min(n - k, k) must not exceed 9223372036854775807");
    };
    let num = falling(&n, k);
    Ok(new_bigint(num / range_product(1, k + 1)))
}

pub fn perm(a: &[Obj]) -> PyResult<Obj> {
    check_count("perm", a.len(), 1, 2)?;
    let n = nonneg(&a[0], "n")?;
    let k = match a.get(1) {
        Some(v) if !v.is(&crate::types::builtin().none) => nonneg(v, "k")?,
        _ => n.clone(),
    };
    if k > n {
        return Ok(new_int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return overflow_error("k must not exceed 9223372036854775807");
    };
    Ok(new_bigint(falling(&n, k)))
}

pub fn gcd(a: &[Obj]) -> PyResult<Obj> {
    let mut g = BigInt::zero();
    for v in a {
        let x = index_bigint(v)?;
        g = g.gcd(&x);
    }
    Ok(new_bigint(g))
}

pub fn lcm(a: &[Obj]) -> PyResult<Obj> {
    let mut l = BigInt::one();
    for v in a {
        let x = index_bigint(v)?;
        if x.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x).abs();
    }
    Ok(new_bigint(l))
}

pub fn isqrt(a: &[Obj]) -> PyResult<Obj> {
    let v = crate::builtins::exactly_one("math.isqrt", a)?;
    let n = index_bigint(v)?;
    if n.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(new_bigint(n.sqrt()))
}
