//! `complex`: boxed (re, im) pairs, the complex arithmetic kernels exactly
//! as CPython 3.11 computes them (`_Py_c_prod`, Smith-style `_Py_c_quot`,
//! `c_powi`/`_Py_c_pow` with their errno-based errors), the constructor
//! (`complex(1, 2)`, `complex('1+2j')`, `__complex__`), repr, hash,
//! `__format__` and the Python-visible methods.

use super::int::expect_args;
use crate::abi::{CMP_EQ, CMP_NE, NB_ADD, NB_MULTIPLY, NB_POWER, NB_SUBTRACT, NB_TRUE_DIVIDE};
use crate::errors::{Exc, PyResult, raise, type_error, value_error, zero_division};
use crate::fmt::spec::FormatSpec;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::float::{self, hash_f64, hash_pointer};
use crate::types::function::Kwargs;
use crate::types::int::{self, int_val};
use crate::types::typeobj::{add_getset, add_kw_methods, add_methods, parse_args};
use crate::types::{self, Builtins, builtin, is_subtype, type_name, type_name_of};

/// A complex value: (real, imag).
pub type C = (f64, f64);

/// A new exact complex.
pub fn new_complex(re: f64, im: f64) -> Obj {
    Obj::new(&builtin().complex, Payload::Complex(re, im))
}

/// The value of a complex (or complex subclass instance).
pub fn as_complex(v: &Obj) -> Option<C> {
    if v.is_small_int() {
        return None;
    }
    match v.payload() {
        Payload::Complex(re, im) => Some((*re, *im)),
        _ => None,
    }
}

fn is_exact_complex(v: &Obj) -> bool {
    !v.is_small_int() && v.ty_word() == builtin().complex.word()
}

fn not_implemented() -> Obj {
    builtin().not_implemented.clone()
}

// --- kernels -------------------------------------------------------------------------

pub fn c_sum(a: C, b: C) -> C {
    (a.0 + b.0, a.1 + b.1)
}
pub fn c_diff(a: C, b: C) -> C {
    (a.0 - b.0, a.1 - b.1)
}
pub fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; None is errno EDOM (division by zero).
pub fn c_quot(a: C, b: C) -> Option<C> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`; Err(()) is errno EDOM (0 to a negative or complex power).
fn c_pow(a: C, b: C) -> Result<C, ()> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, ()> {
    if !(-100..=100).contains(&n) {
        c_pow(x, (n as f64, 0.0))
    } else if n > 0 {
        Ok(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n)).ok_or(())
    }
}

/// `a ** b` for complex numbers, with CPython's errors:
/// ZeroDivisionError "0.0 to a negative or complex power" and
/// OverflowError "complex exponentiation".
pub fn complex_pow(a: C, b: C) -> PyResult<C> {
    let n = b.0 as i64;
    let r = if b.1 == 0.0 && b.0 == n as f64 {
        c_powi(a, n)
    } else {
        c_pow(a, b)
    };
    match r {
        Err(()) => zero_division("0.0 to a negative or complex power"),
        Ok(p) if p.0.is_infinite() || p.1.is_infinite() => {
            raise(Exc::OverflowError, "complex exponentiation")
        }
        Ok(p) => Ok(p),
    }
}

/// `abs(z)`: OverflowError "absolute value too large" when finite parts
/// give an infinite result.
pub fn complex_abs(z: C) -> PyResult<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() || z.1.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if !r.is_finite() {
        return raise(Exc::OverflowError, "absolute value too large");
    }
    Ok(r)
}

/// Does `complex_binop` implement `op`?
pub fn complex_supports(op: u64) -> bool {
    matches!(
        op,
        NB_ADD | NB_SUBTRACT | NB_MULTIPLY | NB_TRUE_DIVIDE | NB_POWER
    )
}

/// `a <op> b` for complex numbers; Ok(None) for unsupported operators.
pub fn complex_binop(a: C, b: C, op: u64) -> PyResult<Option<Obj>> {
    let r = match op {
        NB_ADD => c_sum(a, b),
        NB_SUBTRACT => c_diff(a, b),
        NB_MULTIPLY => c_prod(a, b),
        NB_TRUE_DIVIDE => match c_quot(a, b) {
            Some(q) => q,
            None => return zero_division("complex division by zero"),
        },
        NB_POWER => complex_pow(a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(new_complex(r.0, r.1)))
}

/// An operand converted to complex: complex, float or int (CPython's
/// `TO_COMPLEX`); None for anything else.
pub fn operand(v: &Obj) -> PyResult<Option<C>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    if let Some(f) = float::as_f64(v) {
        return Ok(Some((f, 0.0)));
    }
    match int_val(v) {
        Some(i) => Ok(Some((int::int_val_to_f64(i)?, 0.0))),
        None => Ok(None),
    }
}

/// `hash(z)`: `hash(re) + 1000003 * hash(im)` (wrapping), -1 → -2.
pub fn complex_hash(v: &Obj, z: C) -> i64 {
    let h = |x: f64| {
        if x.is_nan() {
            hash_pointer(v)
        } else {
            hash_f64(x)
        }
    };
    let combined = (h(z.0) as u64).wrapping_add(1000003u64.wrapping_mul(h(z.1) as u64)) as i64;
    if combined == -1 { -2 } else { combined }
}

/// `repr(z)`.
pub fn complex_repr(z: C) -> String {
    crate::fmt::float::format_complex_repr(z.0, z.1)
}

// --- parsing -------------------------------------------------------------------------

/// Length of the longest float literal at the start of `s` (sign, digits
/// with an optional point and exponent, or inf/infinity/nan), 0 if none.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if starts(b"infinity") {
        return i + 8;
    }
    if starts(b"inf") || starts(b"nan") {
        return i + 3;
    }
    let int_digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut j = i + int_digits;
    let mut frac_digits = 0;
    if s.get(j) == Some(&b'.') {
        frac_digits = s[j + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        if int_digits + frac_digits > 0 {
            j += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return 0;
    }
    if matches!(s.get(j), Some(b'e' | b'E')) {
        let mut k = j + 1;
        if matches!(s.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        let exp_digits = s[k.min(s.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if exp_digits > 0 {
            j = k + exp_digits;
        }
    }
    j
}

/// Parses the float prefix of `s`: (length, value), or None.
fn scan_float(s: &[u8]) -> Option<(usize, f64)> {
    let n = float_prefix_len(s);
    if n == 0 {
        return None;
    }
    let text = std::str::from_utf8(&s[..n]).ok()?;
    crate::fmt::float::parse_float(text).map(|v| (n, v))
}

fn is_space(b: u8) -> bool {
    crate::fmt::chars::is_ascii_space(b)
}

/// CPython's `complex_from_string_inner` on ASCII text without underscores.
fn parse_complex(s: &[u8]) -> Option<C> {
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let mut got_bracket = false;
    if s.get(i) == Some(&b'(') {
        got_bracket = true;
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((n, z)) = scan_float(&s[i..]) {
        i += n;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            x = z;
            if let Some((n2, w)) = scan_float(&s[i..]) {
                y = w;
                i += n2;
            } else {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        } else if is_j(s.get(i)) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if matches!(s.get(i), Some(b'+' | b'-')) {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if got_bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    (i == s.len()).then_some((x, y))
}

/// `_Py_string_to_number_with_underscores`: None when an underscore is
/// not between two digits.
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for (k, &b) in s.iter().enumerate() {
        if b == b'_' {
            let next = s.get(k + 1).copied().unwrap_or(0);
            if !prev.is_ascii_digit() || !next.is_ascii_digit() {
                return None;
            }
        } else {
            out.push(b);
        }
        prev = b;
    }
    Some(out)
}

/// `complex(s)` for a str.
pub fn complex_from_str(s: &str, orig: &Obj) -> PyResult<C> {
    let malformed = || value_error("complex() arg is a malformed string");
    let Some(mut text) = crate::fmt::chars::to_ascii_number_text(s) else {
        return malformed();
    };
    if text.contains(&b'_') {
        match strip_underscores(&text) {
            Some(t) => text = t,
            None => {
                let r = ops::repr_string(orig).unwrap_or_default();
                return value_error(format!("could not convert string to complex: {r}"));
            }
        }
    }
    match parse_complex(&text) {
        Some(c) => Ok(c),
        None => malformed(),
    }
}

// --- constructor -----------------------------------------------------------------------

/// `__complex__` of `v` if its type defines it (the result must be complex).
fn try_complex_method(v: &Obj) -> PyResult<Option<C>> {
    let Some(f) = types::lookup_special(v, "__complex__") else {
        return Ok(None);
    };
    let r = ops::call::call_unbound(&f, v, &[], &[])?;
    match as_complex(&r) {
        Some(c) => Ok(Some(c)),
        None => type_error(format!(
            "__complex__ returned non-complex (type {})",
            type_name_of(&r)
        )),
    }
}

fn is_number(v: &Obj) -> bool {
    as_complex(v).is_some()
        || int_val(v).is_some()
        || float::as_f64(v).is_some()
        || types::lookup_special(v, "__float__").is_some()
        || types::lookup_special(v, "__index__").is_some()
}

/// `complex.__new__(cls, real=0, imag=0)`.
pub fn complex_new(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let Some(cls) = args.first() else {
        return type_error("complex.__new__(): not enough arguments");
    };
    if !matches!(cls.payload(), Payload::Type(_)) {
        return type_error(format!(
            "complex.__new__(X): X is not a type object ({})",
            type_name_of(cls)
        ));
    }
    if !is_subtype(cls, &builtin().complex) {
        let n = type_name(cls);
        return type_error(format!(
            "complex.__new__({n}): {n} is not a subtype of complex"
        ));
    }
    let p = parse_args("complex", &args[1..], kwargs, &["real", "imag"], 0)?;
    let (re, im) = complex_value(p[0].as_ref(), p[1].as_ref())?;
    if cls.is(&builtin().complex) {
        if let (Some(r), None) = (&p[0], &p[1])
            && is_exact_complex(r)
        {
            return Ok(r.clone());
        }
        return Ok(new_complex(re, im));
    }
    Ok(Obj::new(cls, Payload::Complex(re, im)))
}

/// The value of `complex(r, i)` (either may be missing).
pub fn complex_value(r: Option<&Obj>, i: Option<&Obj>) -> PyResult<C> {
    let zero = int::new_int(0);
    let r = r.unwrap_or(&zero);
    if let Payload::Str(_) = r.payload()
        && !r.is_small_int()
    {
        if i.is_some() {
            return type_error("complex() can't take second arg if first is a string");
        }
        return complex_from_str(types::str::as_str(r).unwrap_or_default(), r);
    }
    if let Some(i) = i
        && !i.is_small_int()
        && matches!(i.payload(), Payload::Str(_))
    {
        return type_error("complex() second arg can't be a string");
    }
    let special = try_complex_method(r)?;
    if special.is_none() && !is_number(r) {
        return type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name_of(r)
        ));
    }
    if let Some(i) = i
        && !is_number(i)
    {
        return type_error(format!(
            "complex() second argument must be a number, not '{}'",
            type_name_of(i)
        ));
    }
    let (cr, cr_is_complex) = match special.or_else(|| as_complex(r)) {
        Some(c) => (c, true),
        None => ((float::float_value(r)?, 0.0), false),
    };
    let (ci, ci_is_complex) = match i {
        None => ((cr.1, 0.0), false),
        Some(i) => match as_complex(i) {
            Some(c) => (c, true),
            None => ((float::float_value(i)?, 0.0), false),
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_is_complex {
        re -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        im += cr.1;
    }
    Ok((re, im))
}

// --- formatting ------------------------------------------------------------------------

fn signed(s: String, sign: Option<char>) -> String {
    if s.starts_with('-') {
        return s;
    }
    match sign {
        Some('+') => format!("+{s}"),
        Some(' ') => format!(" {s}"),
        _ => s,
    }
}

/// Inserts a thousands separator into the integer digits of a formatted
/// number (`1234567` → `1,234,567`).
fn group_digits(s: String, sep: Option<char>) -> String {
    let Some(sep) = sep else {
        return s;
    };
    let start = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    let len = s[start..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(s.len() - start);
    let digits = &s[start..start + len];
    let mut grouped = String::with_capacity(len + len / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (len - k) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    format!("{}{}{}", &s[..start], grouped, &s[start + len..])
}

/// `format(z, spec)`.
pub fn complex_format(z: C, spec: &str, type_name: &str) -> PyResult<String> {
    let err = |m: String| Err(int::format_error(m));
    let parsed = match crate::fmt::spec::parse_format_spec_for(spec, type_name) {
        Ok(p) => p,
        Err(m) => return err(m),
    };
    if parsed.fill == '0' {
        return value_error("Zero padding is not allowed in complex format specifier");
    }
    if parsed.align == Some('=') {
        return value_error("'=' alignment flag is not allowed in complex format specifier");
    }
    let ty = parsed.ty.filter(|&c| c != '\0');
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => {
            let cp = c as u32;
            let code = if cp > 32 && cp < 128 {
                format!("'{c}'")
            } else {
                format!("'\\x{cp:x}'")
            };
            return value_error(format!(
                "Unknown format code {code} for object of type '{type_name}'"
            ));
        }
    }
    let (re, im) = z;
    let (mut skip_re, mut add_parens) = (false, false);
    let (re_s, im_s);
    if ty.is_none() && parsed.precision.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
        let flags = crate::fmt::dtoa::Flags {
            alt: parsed.alternate,
            no_neg_0: parsed.z,
            ..Default::default()
        };
        let render = |x: f64| {
            group_digits(
                crate::fmt::dtoa::double_to_string(x, 'r', 0, flags),
                parsed.grouping,
            )
        };
        re_s = signed(render(re), parsed.sign);
        let im_sign = if skip_re { parsed.sign } else { Some('+') };
        im_s = signed(render(im), im_sign);
    } else {
        if ty.is_none() {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                add_parens = true;
            }
        }
        let part = |sign: Option<char>| FormatSpec {
            fill: ' ',
            align: None,
            sign,
            z: parsed.z,
            alternate: parsed.alternate,
            zero: false,
            width: None,
            grouping: parsed.grouping,
            precision: parsed.precision,
            ty: Some(ty.unwrap_or('g')),
        };
        re_s = match crate::fmt::spec::format_float(re, &part(parsed.sign)) {
            Ok(s) => s,
            Err(m) => return err(m),
        };
        let im_sign = if skip_re { parsed.sign } else { Some('+') };
        im_s = match crate::fmt::spec::format_float(im, &part(im_sign)) {
            Ok(s) => s,
            Err(m) => return err(m),
        };
    }
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_s);
    }
    body.push_str(&im_s);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    Ok(crate::fmt::spec::apply_padding(&body, &parsed, '>'))
}

// --- methods -----------------------------------------------------------------------------

fn this(args: &[Obj], name: &str) -> PyResult<C> {
    match args.first() {
        Some(v) => match as_complex(v) {
            Some(c) => Ok(c),
            None => type_error(format!(
                "descriptor '{name}' requires a 'complex' object but received a '{}'",
                type_name_of(v)
            )),
        },
        None => type_error(format!(
            "descriptor '{name}' of 'complex' object needs an argument"
        )),
    }
}

fn binop(args: &[Obj], op: u64, reflected: bool, name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    expect_args(args, 1)?;
    let Some(b) = operand(&args[1])? else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(complex_binop(x, y, op)?.unwrap_or_else(not_implemented))
}

macro_rules! binops {
    ($( $f:ident, $rf:ident, $name:literal, $rname:literal, $op:expr; )*) => {
        $(
            fn $f(args: &[Obj]) -> PyResult<Obj> {
                binop(args, $op, false, $name)
            }
            fn $rf(args: &[Obj]) -> PyResult<Obj> {
                binop(args, $op, true, $rname)
            }
        )*
        const BINOPS: &[(&str, fn(&[Obj]) -> PyResult<Obj>)] = &[$(($name, $f), ($rname, $rf),)*];
    };
}

binops! {
    m_add, m_radd, "__add__", "__radd__", NB_ADD;
    m_sub, m_rsub, "__sub__", "__rsub__", NB_SUBTRACT;
    m_mul, m_rmul, "__mul__", "__rmul__", NB_MULTIPLY;
    m_truediv, m_rtruediv, "__truediv__", "__rtruediv__", NB_TRUE_DIVIDE;
}

fn pow_common(args: &[Obj], reflected: bool, name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    if !(2..=3).contains(&args.len()) {
        return type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.len().saturating_sub(1)
        ));
    }
    let Some(b) = operand(&args[1])? else {
        return Ok(not_implemented());
    };
    if let Some(m) = args.get(2)
        && !m.is(&builtin().none)
    {
        return value_error("complex modulo");
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = complex_pow(x, y)?;
    Ok(new_complex(r.0, r.1))
}
fn m_pow(args: &[Obj]) -> PyResult<Obj> {
    pow_common(args, false, "__pow__")
}
fn m_rpow(args: &[Obj]) -> PyResult<Obj> {
    pow_common(args, true, "__rpow__")
}

/// `z == other` / `z != other` (None: NotImplemented).
pub fn complex_eq(z: C, other: &Obj) -> Option<bool> {
    if let Some(i) = int_val(other) {
        if z.1 != 0.0 {
            return Some(false);
        }
        return Some(int::cmp_int_float(i, z.0) == Some(std::cmp::Ordering::Equal));
    }
    if let Some(f) = float::as_f64(other) {
        return Some(z.0 == f && z.1 == 0.0);
    }
    as_complex(other).map(|w| z.0 == w.0 && z.1 == w.1)
}

fn compare(args: &[Obj], op: u64, name: &str) -> PyResult<Obj> {
    let z = this(args, name)?;
    expect_args(args, 1)?;
    if op != CMP_EQ && op != CMP_NE {
        return Ok(not_implemented());
    }
    match complex_eq(z, &args[1]) {
        Some(eq) => Ok(int::new_bool(eq == (op == CMP_EQ))),
        None => Ok(not_implemented()),
    }
}
fn m_eq(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_EQ, "__eq__")
}
fn m_ne(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_NE, "__ne__")
}
fn m_order(args: &[Obj]) -> PyResult<Obj> {
    this(args, "__lt__")?;
    expect_args(args, 1)?;
    Ok(not_implemented())
}

fn exact_self(args: &[Obj], name: &str) -> PyResult<Obj> {
    let z = this(args, name)?;
    if is_exact_complex(&args[0]) {
        Ok(args[0].clone())
    } else {
        Ok(new_complex(z.0, z.1))
    }
}

fn m_neg(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "__neg__")?;
    expect_args(args, 0)?;
    Ok(new_complex(-z.0, -z.1))
}
fn m_pos(args: &[Obj]) -> PyResult<Obj> {
    expect_args(args, 0)?;
    exact_self(args, "__pos__")
}
fn m_abs(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "__abs__")?;
    expect_args(args, 0)?;
    Ok(float::new_float(complex_abs(z)?))
}
fn m_bool(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "__bool__")?;
    expect_args(args, 0)?;
    Ok(int::new_bool(z.0 != 0.0 || z.1 != 0.0))
}
fn m_hash(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "__hash__")?;
    expect_args(args, 0)?;
    Ok(int::new_int(complex_hash(&args[0], z)))
}
fn m_repr(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "__repr__")?;
    expect_args(args, 0)?;
    Ok(types::str::new_string(complex_repr(z)))
}
fn m_complex(args: &[Obj]) -> PyResult<Obj> {
    exact_self(args, "__complex__")
}
fn m_conjugate(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "conjugate")?;
    if args.len() > 1 {
        return type_error(format!(
            "complex.conjugate() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(new_complex(z.0, -z.1))
}
fn m_getnewargs(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "__getnewargs__")?;
    Ok(types::tuple::new_tuple(vec![
        float::new_float(z.0),
        float::new_float(z.1),
    ]))
}
fn m_format(args: &[Obj]) -> PyResult<Obj> {
    let z = this(args, "__format__")?;
    if args.len() != 2 {
        return type_error(format!(
            "complex.__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let Some(spec) = types::str::as_str(&args[1]) else {
        return type_error(format!(
            "complex.__format__() argument must be str, not {}",
            type_name_of(&args[1])
        ));
    };
    if spec.is_empty() {
        return ops::str_(&args[0]);
    }
    let s = complex_format(z, spec, &type_name_of(&args[0]))?;
    Ok(types::str::new_string(s))
}
fn get_real(args: &[Obj]) -> PyResult<Obj> {
    Ok(float::new_float(this(args, "real")?.0))
}
fn get_imag(args: &[Obj]) -> PyResult<Obj> {
    Ok(float::new_float(this(args, "imag")?.1))
}

/// Registers the methods of `complex`.
pub fn init_methods(b: &Builtins) {
    let c = &b.complex;
    add_methods(c, BINOPS);
    add_methods(
        c,
        &[
            ("__pow__", m_pow),
            ("__rpow__", m_rpow),
            ("__eq__", m_eq),
            ("__ne__", m_ne),
            ("__lt__", m_order),
            ("__le__", m_order),
            ("__gt__", m_order),
            ("__ge__", m_order),
            ("__neg__", m_neg),
            ("__pos__", m_pos),
            ("__abs__", m_abs),
            ("__bool__", m_bool),
            ("__hash__", m_hash),
            ("__repr__", m_repr),
            ("__complex__", m_complex),
            ("__format__", m_format),
            ("__getnewargs__", m_getnewargs),
            ("conjugate", m_conjugate),
        ],
    );
    add_kw_methods(c, &[("__new__", complex_new)]);
    add_getset(c, "real", get_real, None);
    add_getset(c, "imag", get_imag, None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_forms() {
        let p = |s: &str| parse_complex(s.as_bytes());
        assert_eq!(p("1+2j"), Some((1.0, 2.0)));
        assert_eq!(p(" (1+2j) "), Some((1.0, 2.0)));
        assert_eq!(p("( 1+2j )"), Some((1.0, 2.0)));
        assert_eq!(p("1 + 2j"), None);
        assert_eq!(p("-j"), Some((0.0, -1.0)));
        assert_eq!(p("j"), Some((0.0, 1.0)));
        assert_eq!(p("+1.5e3J"), Some((0.0, 1500.0)));
        assert_eq!(p("1e5j"), Some((0.0, 100000.0)));
        assert_eq!(p("1.j"), Some((0.0, 1.0)));
        assert_eq!(p(".5j"), Some((0.0, 0.5)));
        assert_eq!(p("1+j"), Some((1.0, 1.0)));
        assert_eq!(p("1-J"), Some((1.0, -1.0)));
        assert_eq!(p("(1)"), Some((1.0, 0.0)));
        assert_eq!(p("1e"), None);
        assert_eq!(p(""), None);
        assert_eq!(p(" "), None);
        assert_eq!(p("1+2j)"), None);
        assert_eq!(p("(1+2j"), None);
        let inf = p("inf-infj").expect("parses");
        assert!(inf.0 == f64::INFINITY && inf.1 == f64::NEG_INFINITY);
        assert_eq!(p("infinityj"), Some((0.0, f64::INFINITY)));
    }

    #[test]
    fn arithmetic_matches_cpython() {
        assert_eq!(c_quot((1.0, 2.0), (3.0, 4.0)), Some((0.44, 0.08)));
        assert_eq!(c_quot((1.0, 0.0), (1.0, 1.0)), Some((0.5, -0.5)));
        assert_eq!(c_quot((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(
            complex_pow((1.0, 2.0), (3.0, 0.0)).ok(),
            Some((-11.0, -2.0))
        );
        let r = complex_pow((-8.0, 0.0), (1.0 / 3.0, 0.0)).ok();
        assert_eq!(r, Some((1.0000000000000002, 1.7320508075688772)));
        let r = complex_pow((1.0, 2.0), (1.0, 2.0)).ok();
        assert_eq!(r, Some((-0.22251715680177267, 0.10070913113607541)));
        let r = complex_pow((1.0, 1.0), (1000.0, 0.0)).ok();
        assert_eq!(r, Some((3.273390607896366e+150, -2.6303055750020937e+137)));
        let p = c_prod((1e200, 1e200), (1e200, 1e200));
        assert!(p.0.is_nan() && p.1 == f64::INFINITY);
        assert_eq!(complex_abs((3.0, 4.0)).ok(), Some(5.0));
    }

    #[test]
    fn repr_and_format() {
        crate::types::init();
        assert_eq!(complex_repr((1.0, -0.0)), "(1-0j)");
        assert_eq!(complex_repr((0.0, 1.0)), "1j");
        assert_eq!(complex_repr((-0.0, 1.0)), "(-0+1j)");
        assert_eq!(complex_repr((1e20, 1e-20)), "(1e+20+1e-20j)");
        let f = |z: C, s: &str| complex_format(z, s, "complex").ok();
        assert_eq!(f((1.0, 2.0), ".2f").as_deref(), Some("1.00+2.00j"));
        assert_eq!(f((1.0, 2.0), "10").as_deref(), Some("    (1+2j)"));
        assert_eq!(
            f((1.0, 2.0), "<20.3e").as_deref(),
            Some("1.000e+00+2.000e+00j")
        );
        assert_eq!(f((0.0, -2.0), "+").as_deref(), Some("-2j"));
        assert_eq!(f((0.0, 1.5), ".3").as_deref(), Some("1.5j"));
        assert_eq!(f((0.0, 1.0), "g").as_deref(), Some("0+1j"));
        assert_eq!(f((3.0, 1.0), "n").as_deref(), Some("3+1j"));
        assert_eq!(
            f((1234567.0, 2.0), ",.2f").as_deref(),
            Some("1,234,567.00+2.00j")
        );
        assert_eq!(f((1234567.0, 2.0), ",").as_deref(), Some("(1,234,567+2j)"));
        assert_eq!(f((1.0, 2.0), "#").as_deref(), Some("(1.+2.j)"));
        assert_eq!(f((f64::NAN, 1.0), "+").as_deref(), Some("(+nan+1j)"));
        assert_eq!(f((-0.0, 2.0), "").as_deref(), Some("(-0+2j)"));
        assert_eq!(f((1.5, -0.0), "z").as_deref(), Some("(1.5+0j)"));
        assert_eq!(f((1.0, 2.0), "x<12.1").as_deref(), Some("(1+2j)xxxxxx"));
        assert_eq!(f((0.0, 0.0), " ").as_deref(), Some(" 0j"));
    }
}
