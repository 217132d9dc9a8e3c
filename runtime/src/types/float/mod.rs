//! `float` values: boxed doubles, the float arithmetic kernels with
//! CPython's semantics (floor division and modulo via `fmod` like
//! `float_divmod`, `**` with its special cases, complex results for negative
//! bases and `OverflowError(34, 'Numerical result out of range')`), hashing
//! (`_Py_HashDouble`), exact comparisons with ints, conversions (`float()`,
//! `PyFloat_AsDouble`) and `float.hex`/`float.fromhex`. The Python-visible
//! methods are registered in `methods`.

mod hex;
mod methods;

pub use hex::{float_fromhex, float_hex};
pub use methods::{format_spec, init_methods};

use crate::abi::{
    CMP_EQ, CMP_GT, CMP_LE, CMP_LT, CMP_NE, NB_ADD, NB_FLOOR_DIVIDE, NB_MULTIPLY, NB_POWER,
    NB_REMAINDER, NB_SUBTRACT, NB_TRUE_DIVIDE,
};
use crate::errors::{Exc, PyErr, PyResult, type_error, value_error, zero_division};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::int::arith::{OP_DIVMOD, frexp};
use crate::types::int::{self, HASH_BITS, HASH_MODULUS, IntVal, int_val};
use crate::types::{self, builtin, type_name_of};
use std::cmp::Ordering;

/// A new exact float.
pub fn new_float(v: f64) -> Obj {
    crate::object::new_exact_float(v)
}

/// The value of a float (or float subclass instance).
#[inline]
pub fn as_f64(v: &Obj) -> Option<f64> {
    if v.is_small_int() {
        return None;
    }
    match v.payload() {
        Payload::Float(f) => Some(*f),
        _ => None,
    }
}

/// Is `v` exactly of type `float`?
#[inline]
pub fn is_exact_float(v: &Obj) -> bool {
    !v.is_small_int() && v.ty_word() == builtin().float.word()
}

fn tuple2(a: Obj, b: Obj) -> Obj {
    types::tuple::new_tuple_array([a, b])
}

// --- arithmetic kernels --------------------------------------------------------

/// C's `fmod(x, y)`: `x - n*y` for the integer `n` that truncates `x/y`,
/// exact, with the sign of `x`. Rust's `%` on floats calls the software
/// `fmod` of compiler_builtins (a slow bit loop); this one reduces the
/// integer significands with machine divisions, 11 exponent bits at a
/// time (the remainder stays below `2**53`, so shifted by 11 it fits a
/// `u64`).
pub fn fmod(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    let (ax, ay) = (x.abs(), y.abs());
    if ax < ay {
        return x;
    }
    // (`y` infinite was `ax < ay` above.)
    let (mut r, ex) = significand(ax);
    let (my, ey) = significand(ay);
    // ax >= ay, so its exponent is at least y's (both normal, or x normal
    // and y subnormal, or both subnormal with the same exponent).
    let mut shift = ex - ey;
    r %= my;
    while shift > 0 {
        let s = shift.min(11);
        r = (r << s) % my;
        shift -= s;
    }
    // r * 2**ey is exact: r < 2**53 and 2**ey is y's unit, at least the
    // smallest subnormal's.
    let unit = if ey >= -1022 {
        f64::from_bits(((ey + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (ey + 1074))
    };
    ((r as f64) * unit).copysign(x)
}

/// A finite non-negative float as `(m, e)` with value `m * 2**e`, `m`
/// below `2**53` (the implicit bit included for normal numbers).
#[inline]
fn significand(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = (bits >> 52) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// Is `x` an integer (false for NaN and infinities)? Without the software
/// `f64::floor`: every float of magnitude `2**52` or more is an integer,
/// and below that the truncating conversion is exact.
#[inline]
pub fn is_integer(x: f64) -> bool {
    if x.abs() < 4503599627370496.0 {
        (x as i64) as f64 == x
    } else {
        x.is_finite()
    }
}

/// `x.floor()` without the software `f64::floor` (as `is_integer`).
#[inline]
pub fn floor(x: f64) -> f64 {
    if x.abs() < 4503599627370496.0 {
        let t = (x as i64) as f64;
        if t == x {
            // (Keeps the sign of -0.0.)
            x
        } else if t > x {
            t - 1.0
        } else {
            t
        }
    } else {
        // Integers, infinities and NaN.
        x
    }
}

/// `x % y` for floats (y != 0): the result has the sign of `y`.
pub fn float_mod(vx: f64, wx: f64) -> f64 {
    let m = fmod(vx, wx);
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) { m + wx } else { m }
    } else {
        0.0f64.copysign(wx)
    }
}

/// `divmod(x, y)` for floats (y != 0), CPython's `_float_div_mod`.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = fmod(vx, wx);
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = floor(div);
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    // (Every float of magnitude 2**53 or more is even.)
    x.abs() < 9007199254740992.0 && (x as i64) as f64 == x && (x as i64) & 1 == 1
}

/// The OverflowError CPython raises from errno ERANGE.
pub fn erange_error() -> PyErr {
    PyErr::with_args(
        Exc::OverflowError,
        vec![
            int::new_int(34),
            types::str::new_str("Numerical result out of range"),
        ],
    )
}

/// `x ** y` for floats (CPython's `float_pow`): may return a complex for
/// a negative base with a fractional exponent.
pub fn float_pow(iv: f64, iw: f64) -> PyResult<Obj> {
    float_pow_value(iv, iw).map(|r| match r {
        Ok(f) => new_float(f),
        Err((re, im)) => types::complex::new_complex(re, im),
    })
}

/// `float_pow` as a value: Ok(float) or Err(complex parts).
pub fn float_pow_value(iv: f64, iw: f64) -> PyResult<Result<f64, (f64, f64)>> {
    if iw == 0.0 {
        return Ok(Ok(1.0));
    }
    if iv.is_nan() {
        return Ok(Ok(iv));
    }
    if iw.is_nan() {
        return Ok(Ok(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return zero_division("0.0 cannot be raised to a negative power");
        }
        return Ok(Ok(if odd { iv } else { 0.0 }));
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if !is_integer(iw) {
            let (re, im) = types::complex::complex_pow((iv, 0.0), (iw, 0.0))?;
            return Ok(Err((re, im)));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(Ok(if negate { -1.0 } else { 1.0 }));
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(erange_error());
    }
    Ok(Ok(if negate { -ix } else { ix }))
}

/// `a <op> b` for floats, op in `abi::NB_*` or `OP_DIVMOD`; Ok(None) for
/// operators floats do not support.
pub fn float_binop(a: f64, b: f64, op: u64) -> PyResult<Option<Obj>> {
    Ok(Some(match op {
        NB_ADD => new_float(a + b),
        NB_SUBTRACT => new_float(a - b),
        NB_MULTIPLY => new_float(a * b),
        NB_TRUE_DIVIDE => {
            if b == 0.0 {
                return zero_division("float division by zero");
            }
            new_float(a / b)
        }
        NB_FLOOR_DIVIDE => {
            if b == 0.0 {
                return zero_division("float floor division by zero");
            }
            new_float(float_divmod(a, b).0)
        }
        NB_REMAINDER => {
            if b == 0.0 {
                return zero_division("float modulo");
            }
            new_float(float_mod(a, b))
        }
        OP_DIVMOD => {
            if b == 0.0 {
                return zero_division("float divmod()");
            }
            let (q, r) = float_divmod(a, b);
            tuple2(new_float(q), new_float(r))
        }
        NB_POWER => float_pow(a, b)?,
        _ => return Ok(None),
    }))
}

/// Does `float_binop` implement `op`? (Checked before converting an int
/// operand, so that `10**400 & 1.0` is a TypeError, not an OverflowError.)
pub fn float_supports(op: u64) -> bool {
    matches!(
        op,
        NB_ADD
            | NB_SUBTRACT
            | NB_MULTIPLY
            | NB_TRUE_DIVIDE
            | NB_FLOOR_DIVIDE
            | NB_REMAINDER
            | OP_DIVMOD
            | NB_POWER
    )
}

// --- comparisons -----------------------------------------------------------------

fn cmp_matches(o: Option<Ordering>, op: u64) -> bool {
    match o {
        None => op == CMP_NE,
        Some(o) => ops::compare::ordering_matches(o, op),
    }
}

/// `x <op> y` for two floats.
pub fn compare_floats(x: f64, y: f64, op: u64) -> bool {
    match op {
        CMP_LT => x < y,
        CMP_LE => x <= y,
        CMP_EQ => x == y,
        CMP_NE => x != y,
        CMP_GT => x > y,
        _ => x >= y,
    }
}

/// `f <op> i` for a float and an int, exactly (no rounding of the int).
pub fn compare_float_int(f: f64, i: IntVal, op: u64) -> bool {
    let o = int::cmp_int_float(i, f).map(Ordering::reverse);
    cmp_matches(o, op)
}

/// A fast path for comparisons of exact ints, bools and floats (any mix):
/// None when either operand is something else (including subclasses,
/// which may override the comparison methods).
pub fn compare_numbers(a: &Obj, b: &Obj, op: u64) -> Option<bool> {
    let bi = builtin();
    fn real<'a>(v: &'a Obj, bi: &crate::types::Builtins) -> Option<Result<IntVal<'a>, f64>> {
        if v.is_small_int() {
            return int_val(v).map(Ok);
        }
        let t = v.ty_word();
        if t == bi.int.word() || t == bi.bool_.word() {
            int_val(v).map(Ok)
        } else if t == bi.float.word() {
            as_f64(v).map(Err)
        } else {
            None
        }
    }
    let (x, y) = (real(a, bi)?, real(b, bi)?);
    Some(match (x, y) {
        (Ok(i), Ok(j)) => ops::compare::ordering_matches(int::cmp_ints(i, j), op),
        (Err(f), Err(g)) => compare_floats(f, g, op),
        (Err(f), Ok(j)) => compare_float_int(f, j, op),
        (Ok(i), Err(g)) => cmp_matches(int::cmp_int_float(i, g), op),
    })
}

// --- hashing ------------------------------------------------------------------------

/// CPython's `_PyHASH_INF`.
pub const HASH_INF: i64 = 314159;

/// `hash(x)` for a float (`_Py_HashDouble`): integral values hash like the
/// equal int, infinities to ±314159. NaN gives 0 here; `hash_float_obj`
/// uses the object's identity for NaN as CPython 3.11 does.
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i64;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 { -2 } else { h }
}

/// CPython's `_Py_HashPointer`.
pub fn hash_pointer(v: &Obj) -> i64 {
    let h = v.word().rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

/// `hash(x)` for a float object (NaN hashes by identity).
pub fn hash_float_obj(v: &Obj, x: f64) -> i64 {
    if x.is_nan() {
        hash_pointer(v)
    } else {
        hash_f64(x)
    }
}

// --- conversions ------------------------------------------------------------------

/// `PyFloat_AsDouble(v)`: floats, `__float__`, then `__index__`;
/// TypeError "must be real number, not str".
pub fn to_f64(v: &Obj) -> PyResult<f64> {
    if let Some(i) = int_val(v) {
        // An int subclass's `__float__` (its `nb_float`) may be its own.
        if !int::is_exact_int(v)
            && !v.is(&builtin().true_)
            && !v.is(&builtin().false_)
            && let Some(f) = call_float_method(v)?
        {
            return Ok(f);
        }
        return int::int_val_to_f64(i);
    }
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(f) = call_float_method(v)? {
        return Ok(f);
    }
    if types::lookup_special(v, "__index__").is_some() {
        let i = int::index(v)?;
        return int::int_val_to_f64(int_val(&i).unwrap_or(IntVal::Small(0)));
    }
    type_error(format!("must be real number, not {}", type_name_of(v)))
}

/// Calls `type(v).__float__(v)` when defined; the result must be a float.
fn call_float_method(v: &Obj) -> PyResult<Option<f64>> {
    let Some(f) = types::lookup_special(v, "__float__") else {
        return Ok(None);
    };
    let r = ops::call::call_unbound(&f, v, &[], &[])?;
    match as_f64(&r) {
        Some(x) => Ok(Some(x)),
        None => type_error(format!(
            "{}.__float__ returned non-float (type {})",
            type_name_of(v),
            type_name_of(&r)
        )),
    }
}

fn parse_error(orig: &Obj) -> PyErr {
    let r = ops::repr_string(orig).unwrap_or_default();
    PyErr::new(
        Exc::ValueError,
        format!("could not convert string to float: {r}"),
    )
}

/// `float(s)` for text; ValueError quoting `repr(orig)`.
pub fn parse_float_text(s: &str, orig: &Obj) -> PyResult<f64> {
    crate::fmt::float::parse_float(s).ok_or_else(|| parse_error(orig))
}

fn parse_float_bytes(b: &[u8], orig: &Obj) -> PyResult<f64> {
    match std::str::from_utf8(b) {
        Ok(s) if s.is_ascii() => parse_float_text(s, orig),
        _ => Err(parse_error(orig)),
    }
}

/// The value of `float(v)` (CPython's `PyNumber_Float`).
pub fn float_value(v: &Obj) -> PyResult<f64> {
    if let Some(i) = int_val(v)
        && int::is_exact_int(v)
    {
        return int::int_val_to_f64(i);
    }
    if is_exact_float(v) {
        return Ok(as_f64(v).unwrap_or(0.0));
    }
    // An exact str has no __float__ or __index__: parse at once.
    if let Payload::Str(p) = v.payload()
        && types::str::is_exact_str(v)
    {
        return parse_float_text(&p.s, v);
    }
    if let Some(f) = call_float_method(v)? {
        return Ok(f);
    }
    if types::lookup_special(v, "__index__").is_some() {
        let i = int::index(v)?;
        return int::int_val_to_f64(int_val(&i).unwrap_or(IntVal::Small(0)));
    }
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    match v.payload() {
        Payload::Str(_) => parse_float_text(types::str::as_str(v).unwrap_or_default(), v),
        Payload::Bytes(b) => {
            let b = b.to_vec();
            parse_float_bytes(&b, v)
        }
        Payload::ByteArray(b) => {
            let b = b.borrow().clone();
            parse_float_bytes(&b, v)
        }
        _ => type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name_of(v)
        )),
    }
}

/// `float(v)` as an object (exact floats are returned as they are).
pub fn to_float(v: &Obj) -> PyResult<Obj> {
    if is_exact_float(v) {
        return Ok(v.clone());
    }
    float_value(v).map(new_float)
}

/// `round(x)` → int with ties to even; `round(x, n)` → float.
pub fn float_round(x: f64, ndigits: Option<&Obj>) -> PyResult<Obj> {
    match ndigits {
        Some(n) if !n.is(&builtin().none) => {
            let nd = int::as_index_i64_clamped(n)?;
            if let Some(r) = round_decimal_fast(x, nd) {
                return Ok(new_float(r));
            }
            match crate::fmt::float::round_float_checked(x, nd) {
                Ok(r) => Ok(new_float(r)),
                Err(m) => Err(PyErr::new(Exc::OverflowError, m)),
            }
        }
        _ => {
            if let Some(i) = integral_part(x) {
                // Half to even, from the exact fraction.
                let frac = x - i as f64;
                let r = if frac > 0.5 || (frac == 0.5 && i & 1 == 1) {
                    i + 1
                } else if frac < -0.5 || (frac == -0.5 && i & 1 == 1) {
                    i - 1
                } else {
                    i
                };
                return Ok(int::new_int(r));
            }
            let mut r = x.round();
            if (x - r).abs() == 0.5 {
                r = 2.0 * (x / 2.0).round();
            }
            int::float_to_int(r)
        }
    }
}

/// `round(x, nd)`'s kernel (C ABI, called by generated code for an exact
/// float `x` and a small int `nd`, passed as a float): the result when
/// `round_decimal_fast` has it, else NaN ("call the built-in").
pub extern "C" fn k_round_digits(x: f64, nd: f64) -> f64 {
    round_decimal_fast(x, nd as i64).unwrap_or(f64::NAN)
}

/// `x` truncated toward zero when `|x| < 2**62` (not NaN): one machine
/// conversion, where `f64::trunc` is a software routine on baseline
/// x86-64. `i as f64` is then exact (below 2**53 by the size of `i`, above
/// it because such an `x` is already an integer), so `x - i as f64` is
/// `x`'s exact fraction.
#[inline]
pub fn integral_part(x: f64) -> Option<i64> {
    (x.abs() < 4.0e18).then_some(x as i64)
}

/// `round(x, nd)` for `0 <= nd <= 22` when the rounded value has at most
/// 53 significant bits (`round(x, 2)` of every float below 2**45): the
/// exact binary value `m * 2**e` times `10**nd`, rounded half to even to
/// an integer `q` in 128-bit arithmetic (what dtoa's mode 3 does with
/// `x`), then `q / 10**nd` by one correctly rounded division, which is
/// what parsing the decimal `"{q}e-{nd}"` gives since `q` and `10**nd`
/// are both exact doubles (Clinger's fast path). None otherwise, for the
/// general dtoa path.
pub fn round_decimal_fast(x: f64, nd: i64) -> Option<f64> {
    if !(0..=22).contains(&nd) || !x.is_finite() {
        return None;
    }
    let (m, e) = crate::fmt::float::mantissa_exponent(x);
    if m == 0 {
        // (±0.0 rounds to itself.)
        return Some(x);
    }
    if e >= 0 || e <= -128 {
        return None;
    }
    let s = (-e) as u32;
    let p10 = POW10[nd as usize];
    // (m < 2**53 and 10**22 < 2**74: the product fits.)
    let n = u128::from(m) * p10;
    let mut q = n >> s;
    let r = n - (q << s);
    let half = 1u128 << (s - 1);
    if r > half || (r == half && q & 1 == 1) {
        q += 1;
    }
    if q >= 1u128 << 53 {
        return None;
    }
    // (Both conversions are exact: q < 2**53, and 10**nd for nd <= 22 is a
    // double.)
    Some(((q as u64) as f64 / POW10_F64[nd as usize]).copysign(x))
}

/// 10**0 through 10**22 (`round_decimal_fast`'s range).
const POW10: [u128; 23] = {
    let mut t = [1u128; 23];
    let mut k = 1;
    while k < 23 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

/// `POW10` as doubles, all exact.
const POW10_F64: [f64; 23] = {
    let mut t = [1.0f64; 23];
    let mut k = 1;
    while k < 23 {
        t[k] = POW10[k] as f64;
        k += 1;
    }
    t
};

/// `x.as_integer_ratio()`.
pub fn as_integer_ratio(x: f64) -> PyResult<(Obj, Obj)> {
    if x.is_infinite() {
        return Err(PyErr::new(
            Exc::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    if x == 0.0 {
        return Ok((int::new_int(0), int::new_int(1)));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut num = num_bigint::BigInt::from(mant);
    if x < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        Ok((int::new_bigint(num << (exp as usize)), int::new_int(1)))
    } else {
        let den = num_bigint::BigInt::from(1) << ((-exp) as usize);
        Ok((int::new_bigint(num), int::new_bigint(den)))
    }
}

#[cfg(test)]
mod tests;
