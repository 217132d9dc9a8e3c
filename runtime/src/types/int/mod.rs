//! `int` and `bool` values: tagged small ints and boxed big ints
//! (num-bigint), conversions between ints, floats and strings with CPython's
//! rules and messages (`int()`, `operator.index`, the 4300-digit string
//! limit), and int hashing. The arithmetic kernels live in `arith`, the
//! Python-visible methods of `int` and `bool` in `methods`; operator
//! dispatch is in `ops::number`.

pub mod arith;
mod methods;
pub mod reuse;
pub(crate) use methods::{expect_args, no_args};

pub use methods::{
    cmp_ints, format_error, format_spec, init_methods, int_abs, int_invert, int_neg, int_new,
    int_of_type, pow3,
};

use crate::errors::{Exc, PyErr, PyResult, raise, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, builtin, type_name_of};
use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use crate::abi::{SMALL_INT_MAX, SMALL_INT_MIN};

/// A borrowed view of an int value: a small int (tagged word or bool) or a
/// reference to a boxed BigInt (big ints and int-subclass instances).
#[derive(Clone, Copy, Debug)]
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntVal<'a> {
    /// The value as a BigInt (borrowed when already big).
    pub fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntVal::Small(i) => Cow::Owned(BigInt::from(i)),
            IntVal::Big(b) => Cow::Borrowed(b),
        }
    }
    pub fn to_bigint(self) -> BigInt {
        self.big().into_owned()
    }
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntVal::Small(i) => Some(i),
            IntVal::Big(b) => b.to_i64(),
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            IntVal::Small(i) => i == 0,
            IntVal::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntVal::Small(i) => i < 0,
            IntVal::Big(b) => b.is_negative(),
        }
    }
    /// A new exact int object with this value.
    pub fn to_obj(self) -> Obj {
        match self {
            IntVal::Small(i) => new_int(i),
            IntVal::Big(b) => new_bigint(b.clone()),
        }
    }
}

/// The int value of an int, bool or int-subclass instance.
#[inline]
pub fn int_val(v: &Obj) -> Option<IntVal<'_>> {
    if let Some(i) = v.small_int() {
        return Some(IntVal::Small(i));
    }
    match v.payload() {
        Payload::Int(b) => Some(IntVal::Big(b)),
        Payload::Bool(b) => Some(IntVal::Small(*b as i64)),
        _ => None,
    }
}

/// A new int from an i64 (tagged when it fits, boxed otherwise).
#[inline]
pub fn new_int(v: i64) -> Obj {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
        Obj::from_small(v)
    } else {
        Obj::new(&builtin().int, Payload::Int(BigInt::from(v)))
    }
}

/// A new int from an i128.
pub fn new_int_i128(v: i128) -> Obj {
    match i64::try_from(v) {
        Ok(i) => new_int(i),
        Err(_) => Obj::new(&builtin().int, Payload::Int(BigInt::from(v))),
    }
}

/// A new int from a BigInt, normalised to a tagged word when it fits.
pub fn new_bigint(v: BigInt) -> Obj {
    match v.to_i64() {
        Some(i) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) => Obj::from_small(i),
        _ => Obj::new(&builtin().int, Payload::Int(v)),
    }
}

/// The value of an int (or bool, or int subclass) as a BigInt.
pub fn as_bigint(v: &Obj) -> Option<BigInt> {
    int_val(v).map(IntVal::to_bigint)
}

/// The value of an int (or bool, or int subclass) when it fits an i64.
pub fn as_i64(v: &Obj) -> Option<i64> {
    int_val(v).and_then(IntVal::to_i64)
}

/// `True`/`False`.
pub fn new_bool(b: bool) -> Obj {
    let bi = builtin();
    if b {
        bi.true_.clone()
    } else {
        bi.false_.clone()
    }
}

/// Is `v` an int (bool and int subclasses included)?
#[inline]
pub fn is_int(v: &Obj) -> bool {
    int_val(v).is_some()
}

/// Is `v` exactly of type `int` (not bool, not a subclass)?
#[inline]
pub fn is_exact_int(v: &Obj) -> bool {
    v.is_small_int() || v.ty_word() == builtin().int.word()
}

/// `v` as an exact int: itself when already exact, else a copy of its value
/// (bools and int-subclass instances become plain ints).
pub fn exact_int(v: &Obj) -> Option<Obj> {
    if is_exact_int(v) {
        return Some(v.clone());
    }
    int_val(v).map(IntVal::to_obj)
}

// --- conversions to float ---------------------------------------------------

/// `float(n)`, correctly rounded; OverflowError "int too large to convert
/// to float" when the value is out of range.
pub fn int_to_f64(v: &BigInt) -> PyResult<f64> {
    if let Some(i) = v.to_i64() {
        return Ok(i as f64);
    }
    match crate::fmt::float::bigint_to_f64(v) {
        Some(f) => Ok(f),
        None => raise(Exc::OverflowError, "int too large to convert to float"),
    }
}

/// `float(n)` for an `IntVal`.
pub fn int_val_to_f64(v: IntVal) -> PyResult<f64> {
    match v {
        IntVal::Small(i) => Ok(i as f64),
        IntVal::Big(b) => int_to_f64(b),
    }
}

/// `int(x)` for a finite float (truncation); CPython's errors for NaN and
/// infinities.
pub fn float_to_int(x: f64) -> PyResult<Obj> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return raise(
            Exc::OverflowError,
            "cannot convert float infinity to integer",
        );
    }
    let t = x.trunc();
    if t.abs() < 4.0e18 {
        return Ok(new_int(t as i64));
    }
    match BigInt::from_f64(t) {
        Some(b) => Ok(new_bigint(b)),
        None => raise(
            Exc::OverflowError,
            "cannot convert float infinity to integer",
        ),
    }
}

/// Exact comparison of an int with a float (CPython's `float_richcompare`):
/// None when `f` is NaN.
pub fn cmp_int_float(i: IntVal, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntVal::Small(s) = i
        && s.unsigned_abs() <= 1 << 53
    {
        return (s as f64).partial_cmp(&f);
    }
    let fi = f.trunc();
    let frac = f - fi;
    let fbig = BigInt::from_f64(fi)?;
    match i.big().as_ref().cmp(&fbig) {
        Ordering::Equal => 0.0f64.partial_cmp(&frac),
        o => Some(o),
    }
}

// --- operator.index and friends ------------------------------------------------

/// `operator.index(v)`: `v` itself for ints (an exact copy for bools and
/// subclasses), else `type(v).__index__(v)`, which must return an int.
pub fn index(v: &Obj) -> PyResult<Obj> {
    if let Some(x) = exact_int(v) {
        return Ok(x);
    }
    let Some(f) = types::lookup_special(v, "__index__") else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ));
    };
    let r = ops::call::call_unbound(&f, v, &[], &[])?;
    match exact_int(&r) {
        Some(x) => Ok(x),
        None => type_error(format!(
            "__index__ returned non-int (type {})",
            type_name_of(&r)
        )),
    }
}

/// `operator.index(v)` as a BigInt.
pub fn index_bigint(v: &Obj) -> PyResult<BigInt> {
    if let Some(i) = int_val(v) {
        return Ok(i.to_bigint());
    }
    let r = index(v)?;
    Ok(as_bigint(&r).unwrap_or_default())
}

/// Does `v` support `__index__` (CPython's `PyIndex_Check`)?
pub fn has_index(v: &Obj) -> bool {
    is_int(v) || types::lookup_special(v, "__index__").is_some()
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: `operator.index(v)` as an i64;
/// OverflowError "cannot fit 'int' into an index-sized integer".
pub fn as_index_i64(v: &Obj) -> PyResult<i64> {
    if let Some(i) = v.small_int() {
        return Ok(i);
    }
    let r = index(v)?;
    match as_i64(&r) {
        Some(i) => Ok(i),
        None => raise(
            Exc::OverflowError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                type_name_of(v)
            ),
        ),
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: like `as_index_i64`, but values out of
/// range are clamped to i64::MIN / i64::MAX instead of raising.
pub fn as_index_i64_clamped(v: &Obj) -> PyResult<i64> {
    if let Some(i) = v.small_int() {
        return Ok(i);
    }
    let r = index(v)?;
    Ok(match int_val(&r) {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(b)) => {
            b.to_i64()
                .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
        }
        None => 0,
    })
}

// --- int(x) --------------------------------------------------------------------

/// `int(v)` with one argument (CPython's `PyNumber_Long`): `__int__`, then
/// `__index__`, then `__trunc__`, then parsing of str/bytes/bytearray.
pub fn to_int(v: &Obj) -> PyResult<Obj> {
    if is_exact_int(v) {
        return Ok(v.clone());
    }
    if let Payload::Float(f) = v.payload()
        && v.ty_word() == builtin().float.word()
    {
        return float_to_int(*f);
    }
    // An exact str has no __int__, __index__ or __trunc__: parse at once.
    if let Payload::Str(p) = v.payload()
        && v.ty_word() == builtin().str_.word()
    {
        return int_from_text(&p.s, 10, v);
    }
    if let Some(f) = types::lookup_special(v, "__int__") {
        let r = ops::call::call_unbound(&f, v, &[], &[])?;
        return match exact_int(&r) {
            Some(x) => Ok(x),
            None => type_error(format!(
                "__int__ returned non-int (type {})",
                type_name_of(&r)
            )),
        };
    }
    if types::lookup_special(v, "__index__").is_some() {
        return index(v);
    }
    if let Some(f) = types::lookup_special(v, "__trunc__") {
        let r = ops::call::call_unbound(&f, v, &[], &[])?;
        if let Some(x) = exact_int(&r) {
            return Ok(x);
        }
        if !has_index(&r) {
            return type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                type_name_of(&r)
            ));
        }
        return index(&r);
    }
    match v.payload() {
        Payload::Str(_) => {
            let s = types::str::as_str(v).unwrap_or_default();
            int_from_text(s, 10, v)
        }
        Payload::Bytes(b) => {
            let b = b.to_vec();
            Ok(new_bigint(parse_int_bytes(&b, 10, v)?))
        }
        Payload::ByteArray(b) => {
            let b = b.borrow().clone();
            Ok(new_bigint(parse_int_bytes(&b, 10, v)?))
        }
        _ => type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name_of(v)
        )),
    }
}

// --- the integer string conversion length limit --------------------------------

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// `sys.int_info.str_digits_check_threshold`.
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()` (0 means unlimited).
pub fn get_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`; the caller validates `n` (0 or >= 640).
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, AtomicOrdering::Relaxed);
}

fn to_str_limit_error() -> PyErr {
    PyErr::new(
        Exc::ValueError,
        format!(
            "Exceeds the limit ({} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
            get_max_str_digits()
        ),
    )
}

/// Checks that `v` may be converted to a decimal string (the 4300-digit
/// limit); an estimate from the bit length avoids converting huge values.
pub fn check_str_digits(v: &BigInt) -> PyResult<()> {
    let limit = get_max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    let bits = v.bits();
    if bits < 3 * 640 {
        return Ok(());
    }
    // digits >= floor((bits - 1) * log10(2)) + 1
    let lower = ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
    if lower > limit as u64 {
        return Err(to_str_limit_error());
    }
    Ok(())
}

/// `str(n)` / `repr(n)` with the 4300-digit limit.
pub fn int_to_decimal(v: IntVal) -> PyResult<String> {
    match v {
        IntVal::Small(i) => Ok(i.to_string()),
        IntVal::Big(b) => {
            check_str_digits(b)?;
            let s = b.to_string();
            let limit = get_max_str_digits();
            let ndigits = s.len() - usize::from(b.sign() == Sign::Minus);
            if limit != 0 && ndigits > limit {
                return Err(to_str_limit_error());
            }
            Ok(s)
        }
    }
}

/// The number of digits CPython counts for the str→int limit: the leading
/// run of valid digits (underscores excluded) after whitespace, sign and
/// base prefix; 0 for power-of-two bases (which have no limit).
fn counted_digits(text: &[u8], base: u32) -> usize {
    let mut i = 0;
    while i < text.len() && crate::fmt::chars::is_ascii_space(text[i]) {
        i += 1;
    }
    if matches!(text.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let mut base = base;
    let lower = |j: usize| text.get(j).map(|c| c.to_ascii_lowercase());
    if lower(i) == Some(b'0') {
        match (base, lower(i + 1)) {
            (0 | 16, Some(b'x')) | (0 | 8, Some(b'o')) | (0 | 2, Some(b'b')) => return 0,
            _ => {}
        }
    }
    if base == 0 {
        base = 10;
    }
    if base & (base - 1) == 0 {
        return 0;
    }
    let mut count = 0;
    let mut prev = 0u8;
    for &c in &text[i..] {
        if c == b'_' {
            if prev == b'_' {
                break;
            }
        } else if (c as char).to_digit(36).is_some_and(|d| d < base) {
            count += 1;
        } else {
            break;
        }
        prev = c;
    }
    count
}

fn invalid_literal(base: u32, orig: &Obj) -> PyErr {
    let r = ops::repr_string(orig).unwrap_or_default();
    let r: String = r.chars().take(200).collect();
    PyErr::new(
        Exc::ValueError,
        format!("invalid literal for int() with base {base}: {r}"),
    )
}

/// `int(s, base)` for text: CPython's digit limit, then parsing; errors
/// quote `repr(orig)`.
pub fn parse_int_text(s: &str, base: u32, orig: &Obj) -> PyResult<BigInt> {
    let limit = get_max_str_digits();
    if limit != 0 && s.len() > limit {
        let ascii = crate::fmt::chars::to_ascii_number_text(s);
        if let Some(text) = ascii {
            let n = counted_digits(&text, base);
            if n > limit {
                return value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: \
                     value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
                ));
            }
        }
    }
    match crate::fmt::int::parse_int(s, base) {
        Some(v) => Ok(v),
        None => Err(invalid_literal(base, orig)),
    }
}

/// `int(s, base)` for text as an int object: plain short digits skip the
/// big-number parser.
pub fn int_from_text(s: &str, base: u32, orig: &Obj) -> PyResult<Obj> {
    match crate::fmt::int::parse_plain_i64(s, base) {
        Some(v) => Ok(new_int(v)),
        None => Ok(new_bigint(parse_int_text(s, base, orig)?)),
    }
}

/// `int(b, base)` for bytes: only ASCII text can be valid.
pub fn parse_int_bytes(b: &[u8], base: u32, orig: &Obj) -> PyResult<BigInt> {
    match std::str::from_utf8(b) {
        Ok(s) if s.is_ascii() => parse_int_text(s, base, orig),
        _ => Err(invalid_literal(base, orig)),
    }
}

// --- hashing -------------------------------------------------------------------

/// CPython's `_PyHASH_MODULUS` (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// CPython's `_PyHASH_BITS`.
pub const HASH_BITS: u32 = 61;

/// `hash(n)` for an i64 (the one definition; `ops` and the container
/// helpers re-export it). Magnitudes below the modulus, every tagged int
/// among them, hash to themselves without a division.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let u = v.unsigned_abs();
    let m = if u < HASH_MODULUS {
        u
    } else {
        u % HASH_MODULUS
    } as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for a BigInt: `|n| mod (2**61 - 1)` with n's sign; -1 → -2.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(i) = v.to_i64() {
        return hash_i64(i);
    }
    let mut acc: u64 = 0;
    for d in v.magnitude().iter_u64_digits().rev() {
        acc = ((((acc as u128) << 64) | d as u128) % HASH_MODULUS as u128) as u64;
    }
    let h = acc as i64;
    let h = if v.is_negative() { -h } else { h };
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for any int value.
pub fn hash_int(v: IntVal) -> i64 {
    match v {
        IntVal::Small(i) => hash_i64(i),
        IntVal::Big(b) => hash_bigint(b),
    }
}

#[cfg(test)]
mod tests;
