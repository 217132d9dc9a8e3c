//! Integer arithmetic kernels with CPython's semantics: floor division and
//! modulo with Python's signs, true division correctly rounded for any
//! size, powers (negative exponents give floats, three-argument modular
//! powers with inverses), shifts and two's-complement bit operations, and
//! `round(n, ndigits)`. Operands are `IntVal`s; results are new objects.
//! `int_binop` returns Ok(None) for operators ints do not support
//! (NotImplemented).

use super::{IntVal, int_to_f64, new_bigint, new_int, new_int_i128};
use crate::abi::{
    NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER,
    NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
};
use crate::errors::{Exc, PyErr, PyResult, raise, value_error, zero_division};
use crate::object::Obj;
use crate::types::float::{float_pow, new_float};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

/// `divmod(a, b)` as an operator code for the kernels (not a `BINARY_OP`).
pub const OP_DIVMOD: u64 = 64;

/// Results larger than this many bits raise MemoryError instead of
/// attempting the allocation (which would abort the process).
pub const MAX_RESULT_BITS: u64 = 1 << 32;

fn memory_error<T>() -> PyResult<T> {
    Err(PyErr::with_args(Exc::MemoryError, vec![]))
}

fn tuple2(a: Obj, b: Obj) -> Obj {
    crate::types::tuple::new_tuple_array([a, b])
}

/// `a <op> b` for two ints, op in `abi::NB_*` or `OP_DIVMOD`; Ok(None) when
/// ints do not support the operator (`@`).
pub fn int_binop(a: IntVal, b: IntVal, op: u64) -> PyResult<Option<Obj>> {
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b)
        && let Some(r) = small_binop(x, y, op)?
    {
        return Ok(Some(r));
    }
    big_binop(&a.big(), &b.big(), op)
}

/// Small-int fast paths; Ok(None) means "use the BigInt path".
fn small_binop(x: i64, y: i64, op: u64) -> PyResult<Option<Obj>> {
    let (wx, wy) = (x as i128, y as i128);
    Ok(Some(match op {
        NB_ADD => new_int_i128(wx + wy),
        NB_SUBTRACT => new_int_i128(wx - wy),
        NB_MULTIPLY => new_int_i128(wx * wy),
        NB_FLOOR_DIVIDE => {
            if y == 0 {
                return zero_division("integer division or modulo by zero");
            }
            new_int_i128(floor_divmod_small(x, y).0)
        }
        NB_REMAINDER => {
            if y == 0 {
                return zero_division("integer modulo by zero");
            }
            new_int(floor_divmod_small(x, y).1)
        }
        OP_DIVMOD => {
            if y == 0 {
                return zero_division("integer division or modulo by zero");
            }
            let (q, r) = floor_divmod_small(x, y);
            tuple2(new_int_i128(q), new_int(r))
        }
        NB_TRUE_DIVIDE => {
            if y == 0 {
                return zero_division("division by zero");
            }
            if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
                new_float(x as f64 / y as f64)
            } else {
                return Ok(None);
            }
        }
        NB_POWER => {
            if y < 0 {
                return float_pow(x as f64, y as f64).map(Some);
            }
            match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                Some(r) => new_int(r),
                None => return Ok(None),
            }
        }
        NB_LSHIFT => {
            if y < 0 {
                return value_error("negative shift count");
            }
            if x == 0 {
                return Ok(Some(new_int(0)));
            }
            if y < 64 {
                new_int_i128(wx << y)
            } else {
                return Ok(None);
            }
        }
        NB_RSHIFT => {
            if y < 0 {
                return value_error("negative shift count");
            }
            new_int(x >> y.min(63))
        }
        NB_AND => new_int(x & y),
        NB_OR => new_int(x | y),
        NB_XOR => new_int(x ^ y),
        _ => return Ok(None),
    }))
}

fn big_binop(x: &BigInt, y: &BigInt, op: u64) -> PyResult<Option<Obj>> {
    Ok(Some(match op {
        NB_ADD => new_bigint(x + y),
        NB_SUBTRACT => new_bigint(x - y),
        NB_MULTIPLY => new_bigint(x * y),
        NB_FLOOR_DIVIDE => {
            if y.is_zero() {
                return zero_division("integer division or modulo by zero");
            }
            if let Some(k) = power_of_two(y) {
                return Ok(Some(new_bigint(x >> k)));
            }
            match small_quotient(x, y) {
                Some((q, _)) => new_int(q as i64),
                None => new_bigint(x.div_floor(y)),
            }
        }
        NB_REMAINDER => {
            if y.is_zero() {
                return zero_division("integer modulo by zero");
            }
            if power_of_two(y).is_some() {
                return Ok(Some(new_bigint(x & (y - 1u32))));
            }
            match small_quotient(x, y) {
                Some((q, r)) => new_bigint(r.unwrap_or_else(|| x - y * q)),
                None => new_bigint(x.mod_floor(y)),
            }
        }
        OP_DIVMOD => {
            if y.is_zero() {
                return zero_division("integer division or modulo by zero");
            }
            if let Some(k) = power_of_two(y) {
                return Ok(Some(tuple2(new_bigint(x >> k), new_bigint(x & (y - 1u32)))));
            }
            match small_quotient(x, y) {
                Some((q, r)) => {
                    let r = r.unwrap_or_else(|| x - y * q);
                    tuple2(new_int(q as i64), new_bigint(r))
                }
                None => {
                    let (q, r) = x.div_mod_floor(y);
                    tuple2(new_bigint(q), new_bigint(r))
                }
            }
        }
        NB_TRUE_DIVIDE => {
            if y.is_zero() {
                return zero_division("division by zero");
            }
            new_float(true_divide(x, y)?)
        }
        NB_POWER => int_pow(x, y)?,
        NB_LSHIFT => lshift(x, y)?,
        NB_RSHIFT => rshift(x, y)?,
        NB_AND => new_bigint(x & y),
        NB_OR => new_bigint(x | y),
        NB_XOR => new_bigint(x ^ y),
        _ => return Ok(None),
    }))
}

/// `k` when `y` is `2**k` with `k >= 1`: `x // y` is then `x >> k` (which
/// floors, as Python's `>>` does) and `x % y` is `x & (y - 1)` (two's
/// complement, so never negative), one pass each instead of a division
/// per digit.
fn power_of_two(y: &BigInt) -> Option<usize> {
    if !y.is_positive() {
        return None;
    }
    let k = y.bits() - 1;
    (k > 0 && y.magnitude().trailing_zeros() == Some(k)).then_some(k as usize)
}

/// `x // y` for `x >= 0` and a multi-digit `y > 0` when the quotient fits
/// 60 bits (e.g. a spigot's `divmod(3*q + r, t)`), with `x % y` when
/// finding the quotient computed it, or None. num-bigint divides by a long
/// divisor with Burnikel–Ziegler recursion, which is slow for a tiny
/// quotient. Here `x` and `y` are cut to their bits above the
/// lowest `y.bits() - 64`: `x_top / (y_top + 1)` can only be low and
/// `(x_top + 1) / y_top` only high, by at most 2 between them, so when they
/// agree the quotient is known without touching the lower digits;
/// otherwise one multiply-subtract settles it. (They disagree only when
/// `x` lies very close to a multiple of `y`.)
pub(super) fn small_quotient(x: &BigInt, y: &BigInt) -> Option<(u64, Option<BigInt>)> {
    if x.is_negative() || !y.is_positive() || y.bits() <= 64 {
        return None;
    }
    if x.bits() < y.bits() {
        return Some((0, None));
    }
    if x.bits() - y.bits() > 60 {
        return None;
    }
    let shift = y.bits() - 64;
    let y_top = high_bits(y.magnitude(), shift);
    let x_top = high_bits(x.magnitude(), shift);
    let low = u64::try_from(x_top / (y_top + 1)).ok()?;
    let high = u64::try_from((x_top + 1) / y_top).ok()?;
    if low == high {
        return Some((low, None));
    }
    let mut q = low;
    let mut r = x - y * q;
    while r >= *y {
        r -= y;
        q += 1;
    }
    Some((q, Some(r)))
}

/// `m >> shift` for an `m` of at most `shift + 128` bits, read from its
/// digits without building a shifted copy.
fn high_bits(m: &BigUint, shift: u64) -> u128 {
    let mut digits = m.iter_u64_digits().skip((shift / 64) as usize);
    let mut next = || u128::from(digits.next().unwrap_or(0));
    let (d0, d1, d2) = (next(), next(), next());
    match (shift % 64) as u32 {
        0 => d0 | (d1 << 64),
        s => (d0 >> s) | (d1 << (64 - s)) | (d2 << (128 - s)),
    }
}

/// `x << y`: ValueError for negative counts, OverflowError "too many digits
/// in integer" for counts beyond any memory, MemoryError for huge results.
pub fn lshift(x: &BigInt, y: &BigInt) -> PyResult<Obj> {
    if y.is_negative() {
        return value_error("negative shift count");
    }
    if x.is_zero() {
        return Ok(new_int(0));
    }
    let Some(n) = y.to_i64() else {
        return raise(Exc::OverflowError, "too many digits in integer");
    };
    if x.bits().saturating_add(n as u64) > MAX_RESULT_BITS {
        return memory_error();
    }
    Ok(new_bigint(x << (n as usize)))
}

/// `x >> y` (rounds toward negative infinity).
pub fn rshift(x: &BigInt, y: &BigInt) -> PyResult<Obj> {
    if y.is_negative() {
        return value_error("negative shift count");
    }
    match y.to_u64() {
        Some(n) if n < x.bits() => Ok(new_bigint(x >> (n as usize))),
        _ => Ok(new_int(if x.is_negative() { -1 } else { 0 })),
    }
}

/// `x ** y` for ints (a float for negative exponents).
pub fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Obj> {
    if y.is_negative() {
        return float_pow(int_to_f64(x)?, int_to_f64(y)?);
    }
    if y.is_zero() {
        return Ok(new_int(1));
    }
    if x.is_zero() || x.is_one() {
        return Ok(new_bigint(x.clone()));
    }
    if *x == BigInt::from(-1) {
        return Ok(new_int(if y.is_odd() { -1 } else { 1 }));
    }
    let Some(e) = y.to_u64() else {
        return memory_error();
    };
    let base_bits = x.bits();
    // The result has more than (bits - 1) * e bits.
    if (base_bits - 1).saturating_mul(e) > MAX_RESULT_BITS {
        return memory_error();
    }
    // Powers of two are shifts.
    if x.magnitude().count_ones() == 1 {
        let tz = x.magnitude().trailing_zeros().unwrap_or(0);
        let mag = BigInt::one() << ((tz * e) as usize);
        let neg = x.is_negative() && e % 2 == 1;
        return Ok(new_bigint(if neg { -mag } else { mag }));
    }
    Ok(new_bigint(Pow::pow(x, e)))
}

/// `pow(x, y, m)` for ints: ValueError "pow() 3rd argument cannot be 0";
/// negative exponents use the modular inverse ("base is not invertible for
/// the given modulus"); the result has the sign of `m`.
pub fn int_pow_mod(x: &BigInt, y: &BigInt, m: &BigInt) -> PyResult<Obj> {
    if m.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let negative_output = m.is_negative();
    let mm = m.abs();
    if mm.is_one() {
        return Ok(new_int(0));
    }
    let mut base = x.mod_floor(&mm);
    let mut exp = y.clone();
    if exp.is_negative() {
        base = match mod_inverse(&base, &mm) {
            Some(inv) => inv,
            None => return value_error("base is not invertible for the given modulus"),
        };
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &mm);
    if negative_output && !r.is_zero() {
        r -= &mm;
    }
    Ok(new_bigint(r))
}

/// The inverse of `a` modulo `m` (m > 1, 0 <= a < m), if gcd(a, m) == 1.
pub fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}

/// `2.0 ** e` for e in the normal exponent range.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// C's `ldexp(x, e)`: `x * 2**e`, correctly rounded (ties to even) when
/// the result is subnormal, ±inf on overflow.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, xe) = frexp(x);
    let te = xe.saturating_add(e);
    if te > DBL_MAX_EXP {
        return f64::INFINITY.copysign(x);
    }
    if te >= DBL_MIN_EXP {
        return (m * 2.0) * pow2(te - 1);
    }
    // Subnormal or zero: round the 53-bit mantissa to units of 2**-1074.
    let mant = (m.abs() * pow2(53)) as u64;
    let s = DBL_MIN_EXP - te;
    let q = if s > 54 {
        0
    } else {
        let q = mant >> s;
        let rem = mant & ((1u64 << s) - 1);
        let half = 1u64 << (s - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    f64::from_bits(q).copysign(x)
}

/// C's `frexp`: `x = m * 2**e` with 0.5 <= |m| < 1 (x finite, nonzero).
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(x * pow2(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, biased - 1022)
}

const DBL_MANT_DIG: i64 = 53;
const DBL_MAX_EXP: i64 = 1024;
const DBL_MIN_EXP: i64 = -1021;

/// `a / b` for ints, correctly rounded (CPython's `long_true_divide`);
/// OverflowError "integer division result too large for a float".
pub fn true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let sign = if negate { -1.0 } else { 1.0 };
    let (a, b) = (a.magnitude(), b.magnitude());
    if b.is_zero() {
        return zero_division("division by zero");
    }
    if a.is_zero() {
        return Ok(0.0 * sign);
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        let (x, y) = (a.to_u64().unwrap_or(0), b.to_u64().unwrap_or(1));
        return Ok(sign * (x as f64 / y as f64));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > DBL_MAX_EXP {
        return raise(
            Exc::OverflowError,
            "integer division result too large for a float",
        );
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(0.0 * sign);
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x: BigUint = if shift <= 0 {
        a << ((-shift) as usize)
    } else {
        let s = shift as u64;
        if a.trailing_zeros().unwrap_or(0) < s {
            inexact = true;
        }
        a >> (s as usize)
    };
    let (q, r) = x.div_rem(b);
    if !r.is_zero() {
        inexact = true;
    }
    let q_bits = q.bits() as i64;
    let extra_bits = q_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let mut q = q.to_u64().unwrap_or(0);
    if extra_bits > 0 && extra_bits < 64 {
        let mask = 1u64 << (extra_bits - 1);
        let low = q | inexact as u64;
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            q += mask;
        }
        q &= !(2 * mask - 1);
    }
    let result = ldexp(q as f64, shift);
    if result.is_infinite() {
        return raise(
            Exc::OverflowError,
            "integer division result too large for a float",
        );
    }
    Ok(sign * result)
}

/// `round(n, ndigits)` for an int: exact for ndigits >= 0, else rounds to a
/// multiple of 10**-ndigits with ties to even.
pub fn int_round(x: &BigInt, ndigits: &BigInt) -> PyResult<Obj> {
    if !ndigits.is_negative() {
        return Ok(new_bigint(x.clone()));
    }
    let k = -ndigits;
    // |x| < 10**digits; if 10**k > 2 * |x| the result is 0.
    let digits = (x.bits() as f64 * std::f64::consts::LOG10_2).ceil() as u64 + 1;
    match k.to_u64() {
        Some(k) if k <= digits => {
            let p = Pow::pow(BigInt::from(10), k);
            let (mut q, r) = x.div_mod_floor(&p);
            let twice: BigInt = r << 1usize;
            if twice > p || (twice == p && q.is_odd()) {
                q += 1;
            }
            Ok(new_bigint(q * p))
        }
        _ => Ok(new_int(0)),
    }
}

/// `(a // b, a % b)` for i64 values (b != 0), Python's signs.
pub fn floor_divmod_i64(a: i64, b: i64) -> (i64, i64) {
    let (q, r) = (a as i128).div_mod_floor(&(b as i128));
    (q as i64, r as i64)
}

/// `(x // y, x % y)` for i64 values (y != 0), Python's signs, in i64
/// arithmetic (an i128 division is a library call); the quotient is wider
/// only for `i64::MIN // -1`.
fn floor_divmod_small(x: i64, y: i64) -> (i128, i64) {
    if y == -1 {
        return (-i128::from(x), 0);
    }
    let (q, r) = (x / y, x % y);
    if r != 0 && (r < 0) != (y < 0) {
        (i128::from(q) - 1, r + y)
    } else {
        (i128::from(q), r)
    }
}
