//! The `math` module: CPython's functions and constants with its results
//! and errors ("math domain error" for a NaN out of a non-NaN input,
//! "math range error" for overflow). Floating-point functions live here;
//! the integer ones (factorial, comb, perm, gcd, lcm, isqrt) are in
//! `math_int`, `gamma` and `lgamma` in `math_gamma`; `erf` and `erfc` come
//! from the C library.

use super::{math_gamma, math_int};
use crate::builtins::{check_count, exactly_one};
use crate::errors::{Exc, PyErr, PyResult, type_error, value_error};
use crate::object::Obj;
use crate::ops;
use crate::types::float::{as_f64, is_exact_float, new_float, to_f64};
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::int::{self, int_val, is_exact_int, new_bool, new_int};
use crate::types::typeobj::parse_args;
use crate::types::{self, type_name_of};
use num_traits::Signed;

// libm's versions: Rust's f64::asinh/acosh/atanh use their own formulas,
// and f64::cbrt may resolve to compiler_builtins' port, which can differ
// from CPython's results in the last bit.
unsafe extern "C" {
    // (glibc's alias of `cbrt`: the archive's `cbrt` symbol is
    // compiler_builtins'.)
    #[link_name = "cbrtf64"]
    fn cbrt(x: f64) -> f64;
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
}

fn c_cbrt(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { cbrt(x) }
}
fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { erf(x) }
}
fn c_erfc(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { erfc(x) }
}
fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { asinh(x) }
}
fn c_acosh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { acosh(x) }
}
fn c_atanh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { atanh(x) }
}

pub fn domain_error() -> PyErr {
    PyErr::new(Exc::ValueError, "math domain error")
}
pub fn range_error() -> PyErr {
    PyErr::new(Exc::OverflowError, "math range error")
}

/// CPython's `math_1` error rules for `r = f(x)`.
fn check1(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// `PyFloat_AsDouble(v)`: a float's value inline, anything else through
/// `to_f64`.
#[inline]
fn real(v: &Obj) -> PyResult<f64> {
    match as_f64(v) {
        Some(x) => Ok(x),
        None => to_f64(v),
    }
}

#[inline]
fn arg1(name: &str, a: &[Obj]) -> PyResult<f64> {
    match a {
        [v] => real(v),
        _ => to_f64(exactly_one(name, a)?),
    }
}

#[inline]
fn arg2(name: &str, a: &[Obj]) -> PyResult<(f64, f64)> {
    check_count(name, a.len(), 2, 2)?;
    Ok((real(&a[0])?, real(&a[1])?))
}

/// A one-argument function `math_1`-style: `$kernel` is its C-ABI float
/// kernel (also in `KERNELS`), `$name` the built-in.
macro_rules! func1 {
    ($name:ident, $kernel:ident, $pyname:literal, $f:expr, $ovf:expr) => {
        extern "C" fn $kernel(x: f64) -> f64 {
            let f: fn(f64) -> f64 = $f;
            f(x)
        }
        fn $name(a: &[Obj]) -> PyResult<Obj> {
            let x = arg1(concat!("math.", $pyname), a)?;
            check1(x, $kernel(x), $ovf).map(new_float)
        }
    };
}

func1!(m_acos, k_acos, "acos", f64::acos, false);
func1!(m_acosh, k_acosh, "acosh", c_acosh, false);
func1!(m_asin, k_asin, "asin", f64::asin, false);
func1!(m_asinh, k_asinh, "asinh", c_asinh, false);
func1!(m_atan, k_atan, "atan", f64::atan, false);
func1!(m_atanh, k_atanh, "atanh", c_atanh, false);
func1!(m_cbrt, k_cbrt, "cbrt", c_cbrt, false);
func1!(m_cos, k_cos, "cos", f64::cos, false);
func1!(m_cosh, k_cosh, "cosh", f64::cosh, true);
func1!(m_erf, k_erf, "erf", c_erf, false);
func1!(m_erfc, k_erfc, "erfc", c_erfc, false);
func1!(m_exp, k_exp, "exp", f64::exp, true);
func1!(m_exp2, k_exp2, "exp2", f64::exp2, true);
func1!(m_expm1, k_expm1, "expm1", f64::exp_m1, true);
func1!(m_fabs, k_fabs, "fabs", f64::abs, false);
func1!(m_log1p, k_log1p, "log1p", f64::ln_1p, false);
func1!(m_sin, k_sin, "sin", f64::sin, false);
func1!(m_sinh, k_sinh, "sinh", f64::sinh, true);
func1!(m_sqrt, k_sqrt, "sqrt", f64::sqrt, false);
func1!(m_tan, k_tan, "tan", f64::tan, false);
func1!(m_tanh, k_tanh, "tanh", f64::tanh, false);

extern "C" fn k_gamma(x: f64) -> f64 {
    math_gamma::tgamma(x).unwrap_or(f64::NAN)
}
extern "C" fn k_lgamma(x: f64) -> f64 {
    math_gamma::lgamma(x).unwrap_or(f64::NAN)
}

fn m_gamma(a: &[Obj]) -> PyResult<Obj> {
    math_gamma::tgamma(arg1("math.gamma", a)?).map(new_float)
}

fn m_lgamma(a: &[Obj]) -> PyResult<Obj> {
    math_gamma::lgamma(arg1("math.lgamma", a)?).map(new_float)
}

extern "C" fn k_degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}
fn m_degrees(a: &[Obj]) -> PyResult<Obj> {
    Ok(new_float(k_degrees(arg1("math.degrees", a)?)))
}

extern "C" fn k_radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}
fn m_radians(a: &[Obj]) -> PyResult<Obj> {
    Ok(new_float(k_radians(arg1("math.radians", a)?)))
}

fn m_isfinite(a: &[Obj]) -> PyResult<Obj> {
    Ok(new_bool(arg1("math.isfinite", a)?.is_finite()))
}
fn m_isinf(a: &[Obj]) -> PyResult<Obj> {
    Ok(new_bool(arg1("math.isinf", a)?.is_infinite()))
}
fn m_isnan(a: &[Obj]) -> PyResult<Obj> {
    Ok(new_bool(arg1("math.isnan", a)?.is_nan()))
}

// --- rounding ---------------------------------------------------------------------

/// `math.floor` (`up` false) or `math.ceil` (`up` true).
fn rounding(a: &[Obj], name: &str, special: &str, up: bool) -> PyResult<Obj> {
    let f = if up { f64::ceil } else { f64::floor };
    let v = exactly_one(name, a)?;
    if is_exact_float(v) {
        let x = as_f64(v).unwrap_or(0.0);
        // From the truncated value and the sign of the exact fraction,
        // without the software `f64::floor`.
        if let Some(t) = types::float::integral_part(x) {
            let frac = x - t as f64;
            let r = if up && frac > 0.0 {
                t + 1
            } else if !up && frac < 0.0 {
                t - 1
            } else {
                t
            };
            return Ok(new_int(r));
        }
        return int::float_to_int(f(x));
    }
    if is_exact_int(v) {
        return Ok(v.clone());
    }
    if let Some(r) = ops::call::call_special(v, special, &[])? {
        return Ok(r);
    }
    int::float_to_int(f(to_f64(v)?))
}

fn m_floor(a: &[Obj]) -> PyResult<Obj> {
    rounding(a, "math.floor", "__floor__", false)
}
fn m_ceil(a: &[Obj]) -> PyResult<Obj> {
    rounding(a, "math.ceil", "__ceil__", true)
}

fn m_trunc(a: &[Obj]) -> PyResult<Obj> {
    let v = exactly_one("math.trunc", a)?;
    if is_exact_float(v) {
        let x = as_f64(v).unwrap_or(0.0);
        if let Some(t) = types::float::integral_part(x) {
            return Ok(new_int(t));
        }
        return int::float_to_int(x);
    }
    if is_exact_int(v) {
        return Ok(v.clone());
    }
    match ops::call::call_special(v, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => match as_f64(v) {
            Some(x) => int::float_to_int(x),
            None => type_error(format!(
                "type {} doesn't define __trunc__ method",
                type_name_of(v)
            )),
        },
    }
}

// --- two-argument functions -----------------------------------------------------------

extern "C" fn k_atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}
fn m_atan2(a: &[Obj]) -> PyResult<Obj> {
    let (y, x) = arg2("atan2", a)?;
    Ok(new_float(k_atan2(y, x)))
}

extern "C" fn k_copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}
fn m_copysign(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = arg2("copysign", a)?;
    Ok(new_float(k_copysign(x, y)))
}

/// NaN out of non-NaN arguments is a domain error.
extern "C" fn k_fmod(x: f64, y: f64) -> f64 {
    types::float::fmod(x, y)
}
fn m_fmod(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = arg2("fmod", a)?;
    let r = k_fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(new_float(r))
}

extern "C" fn k_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}
fn m_pow(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = arg2("pow", a)?;
    let r = k_pow(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
    }
    Ok(new_float(r))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties
/// to even).
fn ieee_remainder(x: f64, y: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = types::float::fmod(ax, ay);
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: pick the even multiple.
        m - 2.0 * types::float::fmod(0.5 * (ax - m), ay)
    };
    Ok(1.0f64.copysign(x) * r)
}

extern "C" fn k_remainder(x: f64, y: f64) -> f64 {
    ieee_remainder(x, y).unwrap_or(f64::NAN)
}
fn m_remainder(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = arg2("remainder", a)?;
    ieee_remainder(x, y).map(new_float)
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(a: &[Obj]) -> PyResult<Obj> {
    let (x, y) = arg2("nextafter", a)?;
    Ok(new_float(next_toward(x, y)))
}

fn m_ulp(a: &[Obj]) -> PyResult<Obj> {
    let x = arg1("math.ulp", a)?;
    if !x.is_finite() {
        return Ok(new_float(x.abs()));
    }
    let x = x.abs();
    if x == f64::MAX {
        return Ok(new_float(x - next_toward(x, f64::NEG_INFINITY)));
    }
    Ok(new_float(next_toward(x, f64::INFINITY) - x))
}

fn m_frexp(a: &[Obj]) -> PyResult<Obj> {
    let x = arg1("math.frexp", a)?;
    let (m, e) = int::arith::frexp(x);
    Ok(types::tuple::new_tuple(vec![new_float(m), new_int(e)]))
}

fn m_ldexp(a: &[Obj]) -> PyResult<Obj> {
    check_count("ldexp", a.len(), 2, 2)?;
    let x = to_f64(&a[0])?;
    let Some(iv) = int_val(&a[1]) else {
        return type_error("Expected an int as second argument to ldexp.");
    };
    let e = iv
        .to_i64()
        .unwrap_or(if iv.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    let r = int::arith::ldexp(x, e.clamp(-100_000, 100_000));
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(new_float(r))
}

fn m_modf(a: &[Obj]) -> PyResult<Obj> {
    let x = arg1("math.modf", a)?;
    let pair = |f: f64, i: f64| types::tuple::new_tuple(vec![new_float(f), new_float(i)]);
    if x.is_infinite() {
        return Ok(pair(0.0f64.copysign(x), x));
    }
    if x.is_nan() {
        return Ok(pair(x, x));
    }
    let i = x.trunc();
    Ok(pair((x - i).copysign(x), i))
}

// --- logarithms -----------------------------------------------------------------------

fn c_log(x: f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        Ok(x.ln())
    } else {
        Err(domain_error())
    }
}
fn c_log2(x: f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        Ok(x.log2())
    } else {
        Err(domain_error())
    }
}
fn c_log10(x: f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        Ok(x.log10())
    } else {
        Err(domain_error())
    }
}

/// CPython's `loghelper`: ints too large for a float are handled through
/// their binary exponent.
fn log_helper(v: &Obj, f: fn(f64) -> PyResult<f64>) -> PyResult<f64> {
    if let Some(i) = int_val(v) {
        let b = i.to_bigint();
        if !b.is_positive() {
            return Err(domain_error());
        }
        if let Some(x) = crate::fmt::float::bigint_to_f64(&b) {
            return f(x);
        }
        // x = m * 2**e with the top 60 bits of m.
        let bits = b.bits() as i64;
        let shift = bits - 60;
        let top: num_bigint::BigInt = &b >> (shift as usize);
        let m = int::int_to_f64(&top)? / 2f64.powi(60);
        return Ok(f(m)? + (bits as f64) * f(2.0)?);
    }
    f(to_f64(v)?)
}

extern "C" fn k_log(x: f64) -> f64 {
    c_log(x).unwrap_or(f64::NAN)
}
extern "C" fn k_log2(x: f64) -> f64 {
    c_log2(x).unwrap_or(f64::NAN)
}
extern "C" fn k_log10(x: f64) -> f64 {
    c_log10(x).unwrap_or(f64::NAN)
}

fn m_log(a: &[Obj]) -> PyResult<Obj> {
    if a.is_empty() || a.len() > 2 {
        return type_error("math.log requires 1 to 2 arguments");
    }
    let num = log_helper(&a[0], c_log)?;
    if a.len() == 1 {
        return Ok(new_float(num));
    }
    let den = log_helper(&a[1], c_log)?;
    if den == 0.0 {
        return crate::errors::zero_division("float division by zero");
    }
    Ok(new_float(num / den))
}

fn m_log2(a: &[Obj]) -> PyResult<Obj> {
    log_helper(exactly_one("math.log2", a)?, c_log2).map(new_float)
}
fn m_log10(a: &[Obj]) -> PyResult<Obj> {
    log_helper(exactly_one("math.log10", a)?, c_log10).map(new_float)
}

// --- sums and norms -----------------------------------------------------------------

/// Exact (Shewchuk) summation, correctly rounded.
fn m_fsum(a: &[Obj]) -> PyResult<Obj> {
    let it = ops::get_iter(exactly_one("math.fsum", a)?)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::next(&it)? {
        let mut x = real(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return crate::errors::overflow_error("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return value_error("-inf + inf in fsum");
        }
        return Ok(new_float(special));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(new_float(hi))
}

/// The Euclidean norm of `v` (CPython's `vector_norm`): scaled, with a
/// compensated sum of squares and one Newton correction.
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        let x = x.abs();
        if x.is_nan() {
            nan = true;
        } else if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = int::arith::frexp(max);
    if max_e < -1023 {
        let scaled: Vec<f64> = v.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled);
    }
    // 2**-max_e, exactly (ldexp(1.0, -max_e)); max_e is at most 1024,
    // whose scale is subnormal.
    let scale = if max_e <= 1022 {
        f64::from_bits(((1023 - max_e) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (1074 - max_e))
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    let add = |csum: &mut f64, frac2: &mut f64, p: f64| {
        let hi = *csum + p;
        *frac2 += (*csum - hi) + p;
        *csum = hi;
    };
    for &x in v {
        let x = x * scale;
        let hi = x * x;
        frac1 += x.mul_add(x, -hi);
        add(&mut csum, &mut frac2, hi);
    }
    let h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let hi = -h * h;
    frac1 += (-h).mul_add(h, -hi);
    add(&mut csum, &mut frac2, hi);
    let x = csum - 1.0 + (frac1 + frac2);
    (h + x / (2.0 * h)) / scale
}

extern "C" fn k_hypot(x: f64, y: f64) -> f64 {
    vector_norm(&[x, y])
}
fn m_hypot(a: &[Obj]) -> PyResult<Obj> {
    if let [x, y] = a {
        return Ok(new_float(vector_norm(&[real(x)?, real(y)?])));
    }
    let v = a.iter().map(to_f64).collect::<PyResult<Vec<f64>>>()?;
    Ok(new_float(vector_norm(&v)))
}

fn m_dist(a: &[Obj]) -> PyResult<Obj> {
    check_count("dist", a.len(), 2, 2)?;
    let p = ops::iterate(&a[0])?;
    let q = ops::iterate(&a[1])?;
    if p.len() != q.len() {
        return value_error("both points must have the same number of dimensions");
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        d.push((to_f64(x)? - to_f64(y)?).abs());
    }
    Ok(new_float(vector_norm(&d)))
}

fn m_isclose(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if a.len() > 2 {
        return type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        ));
    }
    // Two positional arguments and only the keyword-only tolerances (the
    // usual call) need no general argument parsing.
    let mut tolerances = [None, None];
    let fast = a.len() == 2
        && kw.iter().all(|(k, val)| {
            let slot = match types::str::as_str(k) {
                Some("rel_tol") => &mut tolerances[0],
                Some("abs_tol") => &mut tolerances[1],
                _ => return false,
            };
            slot.replace(val).is_none()
        });
    let (x, y, rel, abs) = if fast {
        let [rel, abs] = tolerances;
        (
            real(&a[0])?,
            real(&a[1])?,
            rel.map(real).transpose()?.unwrap_or(1e-9),
            abs.map(real).transpose()?.unwrap_or(0.0),
        )
    } else {
        let v = parse_args("isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
        let required = |i: usize| v[i].as_ref().expect("parse_args checked a and b");
        (
            to_f64(required(0))?,
            to_f64(required(1))?,
            v[2].as_ref().map(to_f64).transpose()?.unwrap_or(1e-9),
            v[3].as_ref().map(to_f64).transpose()?.unwrap_or(0.0),
        )
    };
    if rel < 0.0 || abs < 0.0 {
        return value_error("tolerances must be non-negative");
    }
    if x == y {
        return Ok(new_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(new_bool(false));
    }
    let diff = (y - x).abs();
    Ok(new_bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn m_prod(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if a.len() != 1 {
        return type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.len()
        ));
    }
    let v = parse_args("prod", &[], kw, &["start"], 0)?;
    let mut acc = v[0].clone().unwrap_or_else(|| new_int(1));
    let it = ops::get_iter(&a[0])?;
    while let Some(x) = ops::next(&it)? {
        acc = ops::binary_op(&acc, &x, crate::abi::NB_MULTIPLY)?;
    }
    Ok(acc)
}

/// A float kernel of a math function (C ABI, called by generated code): for
/// exact float arguments it returns what the built-in returns whenever
/// that is a finite float. A non-finite result (NaN for an error) means
/// "call the built-in", which then returns it or raises.
#[derive(Clone, Copy)]
pub enum Kernel {
    One(extern "C" fn(f64) -> f64),
    Two(extern "C" fn(f64, f64) -> f64),
}

/// The math functions with float kernels, by name.
const KERNELS: &[(&str, Kernel)] = &[
    ("acos", Kernel::One(k_acos)),
    ("acosh", Kernel::One(k_acosh)),
    ("asin", Kernel::One(k_asin)),
    ("asinh", Kernel::One(k_asinh)),
    ("atan", Kernel::One(k_atan)),
    ("atan2", Kernel::Two(k_atan2)),
    ("atanh", Kernel::One(k_atanh)),
    ("cbrt", Kernel::One(k_cbrt)),
    ("copysign", Kernel::Two(k_copysign)),
    ("cos", Kernel::One(k_cos)),
    ("cosh", Kernel::One(k_cosh)),
    ("degrees", Kernel::One(k_degrees)),
    ("erf", Kernel::One(k_erf)),
    ("erfc", Kernel::One(k_erfc)),
    ("exp", Kernel::One(k_exp)),
    ("exp2", Kernel::One(k_exp2)),
    ("expm1", Kernel::One(k_expm1)),
    ("fabs", Kernel::One(k_fabs)),
    ("fmod", Kernel::Two(k_fmod)),
    ("gamma", Kernel::One(k_gamma)),
    ("hypot", Kernel::Two(k_hypot)),
    ("lgamma", Kernel::One(k_lgamma)),
    ("log", Kernel::One(k_log)),
    ("log10", Kernel::One(k_log10)),
    ("log1p", Kernel::One(k_log1p)),
    ("log2", Kernel::One(k_log2)),
    ("pow", Kernel::Two(k_pow)),
    ("radians", Kernel::One(k_radians)),
    ("remainder", Kernel::Two(k_remainder)),
    ("sin", Kernel::One(k_sin)),
    ("sinh", Kernel::One(k_sinh)),
    ("sqrt", Kernel::One(k_sqrt)),
    ("tan", Kernel::One(k_tan)),
    ("tanh", Kernel::One(k_tanh)),
];

/// The float kernel of the math function `name`, if it has one.
pub fn kernel(name: &str) -> Option<Kernel> {
    KERNELS.iter().find(|(n, _)| *n == name).map(|&(_, k)| k)
}

extern "C" fn k_floor(x: f64) -> f64 {
    x.floor()
}

extern "C" fn k_ceil(x: f64) -> f64 {
    x.ceil()
}

extern "C" fn k_trunc(x: f64) -> f64 {
    x.trunc()
}

/// `round(x)`: to nearest, ties to even (`float.__round__` without
/// `ndigits`).
extern "C" fn k_round(x: f64) -> f64 {
    x.round_ties_even()
}

/// The functions of one argument that round a float to an int, with their
/// modules, and their kernels: the float rounded, integral. Generated code
/// makes the int when it is a small int; anything else (infinities, NaN,
/// big results) goes to the built-in, which raises or makes a big int. A
/// small int argument (`float_value`'s exact conversion) rounds to itself,
/// as the built-ins return it.
const INT_KERNELS: &[(&str, &str, extern "C" fn(f64) -> f64)] = &[
    ("ceil", "math", k_ceil),
    ("floor", "math", k_floor),
    ("round", "builtins", k_round),
    ("trunc", "math", k_trunc),
];

/// The rounding kernel (`INT_KERNELS`) of the built-in function `name` of
/// `module`, if it has one.
pub fn int_kernel(module: &str, name: &str) -> Option<extern "C" fn(f64) -> f64> {
    INT_KERNELS
        .iter()
        .find(|&&(n, m, _)| n == name && m == module)
        .map(|&(_, _, k)| k)
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "math",
        Some(
            "This module provides access to the mathematical functions\ndefined by the C standard.",
        ),
    );
    let pos: &[(&'static str, fn(&[Obj]) -> PyResult<Obj>)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", math_int::comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", math_int::factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", math_int::gcd),
        ("hypot", m_hypot),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", math_int::isqrt),
        ("lcm", math_int::lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", math_int::perm),
        ("pow", m_pow),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for (name, f) in pos {
        super::add(
            &m,
            name,
            types::typeobj::builtin_fn("math", name, BuiltinImpl::Pos(*f)),
        );
    }
    super::add(
        &m,
        "isclose",
        types::typeobj::builtin_fn("math", "isclose", BuiltinImpl::Kw(m_isclose)),
    );
    super::add(
        &m,
        "prod",
        types::typeobj::builtin_fn("math", "prod", BuiltinImpl::Kw(m_prod)),
    );
    super::add(&m, "pi", new_float(std::f64::consts::PI));
    super::add(&m, "e", new_float(std::f64::consts::E));
    super::add(&m, "tau", new_float(std::f64::consts::TAU));
    super::add(&m, "inf", new_float(f64::INFINITY));
    super::add(&m, "nan", new_float(f64::NAN));
    Ok(m)
}

#[cfg(test)]
mod tests {
    /// The compiler emits kernel paths for the names in the ABI's list.
    #[test]
    fn kernel_names_match_the_abi() {
        let names: Vec<&str> = super::KERNELS.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, crate::abi::MATH_KERNEL_NAMES);
    }

    #[test]
    fn int_kernel_names_match_the_abi() {
        let names: Vec<&str> = super::INT_KERNELS.iter().map(|(n, _, _)| *n).collect();
        assert_eq!(names, crate::abi::INT_KERNEL_NAMES);
    }
}
