//! Numeric built-ins: `abs`, `divmod` (the number protocol's, with its
//! exact-number fast path), `pow`, `round` (dispatching to the special
//! methods the number types register), `chr`, `ord`, `hex`, `oct`, `bin`.

use super::{check_count, exactly_one};
use crate::abi::NB_POWER;
use crate::errors::{Exc, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::Kwargs;
use crate::types::typeobj::parse_args;
use crate::types::{self, builtin, type_name_of};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

fn is_notimpl(v: &Obj) -> bool {
    matches!(v.payload(), Payload::NotImplemented)
}

pub fn abs(a: &[Obj]) -> PyResult<Obj> {
    let v = exactly_one("abs", a)?;
    // Exact floats and small ints: what their `__abs__` returns.
    if let Some(i) = v.small_int() {
        return Ok(types::int::new_int(i.abs()));
    }
    if types::float::is_exact_float(v)
        && let Some(x) = types::float::as_f64(v)
    {
        return Ok(types::float::new_float(x.abs()));
    }
    match ops::call::call_special(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => type_error(format!("bad operand type for abs(): '{}'", type_name_of(v))),
    }
}

pub fn divmod(a: &[Obj]) -> PyResult<Obj> {
    check_count("divmod", a.len(), 2, 2)?;
    ops::number::divmod(&a[0], &a[1])
}

/// `pow(base, exp, mod=None)`.
pub fn pow(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let v = parse_args("pow", a, kw, &["base", "exp", "mod"], 2)?;
    let none = builtin().none.clone();
    let base = v[0].clone().unwrap_or_else(|| none.clone());
    let exp = v[1].clone().unwrap_or_else(|| none.clone());
    let m = v[2]
        .clone()
        .filter(|x| !matches!(x.payload(), Payload::None));
    let Some(m) = m else {
        return ops::binary_op(&base, &exp, NB_POWER);
    };
    // Ternary pow: only the base's (or, for a different exponent type, the
    // exponent's) __pow__ with three arguments.
    if let Some(f) = types::lookup_special(&base, "__pow__") {
        let r = ops::call::call_unbound(&f, &base, &[exp.clone(), m.clone()], &[])?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    if !exp.ty().is(&base.ty())
        && let Some(f) = types::lookup_special(&exp, "__rpow__")
    {
        let r = ops::call::call_unbound(&f, &exp, &[base.clone(), m.clone()], &[])?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name_of(&base),
        type_name_of(&exp),
        type_name_of(&m)
    ))
}

/// `round(number, ndigits=None)`.
pub fn round(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    // An exact float's `__round__` is `float.__round__` (a built-in type's
    // methods never change): no lookup, no call through the descriptor.
    if kw.is_empty()
        && let Some(x) = a.first()
        && types::float::is_exact_float(x)
        && let Some(xv) = types::float::as_f64(x)
    {
        match a {
            [_] => return types::float::float_round(xv, None),
            [_, n] => return types::float::float_round(xv, Some(n)),
            _ => {}
        }
    }
    // `round(x)` / `round(x, n)` (the common calls) need no keyword parsing.
    let v = match a {
        [x] if kw.is_empty() => vec![Some(x.clone()), None],
        [x, n] if kw.is_empty() => vec![Some(x.clone()), Some(n.clone())],
        _ => parse_args("round", a, kw, &["number", "ndigits"], 1)?,
    };
    let number = v[0].clone().unwrap_or_else(|| builtin().none.clone());
    let Some(f) = types::lookup_special(&number, "__round__") else {
        return type_error(format!(
            "type {} doesn't define __round__ method",
            type_name_of(&number)
        ));
    };
    match v[1]
        .clone()
        .filter(|x| !matches!(x.payload(), Payload::None))
    {
        None => ops::call::call_unbound(&f, &number, &[], &[]),
        Some(nd) => ops::call::call_unbound(&f, &number, &[nd], &[]),
    }
}

pub fn chr(a: &[Obj]) -> PyResult<Obj> {
    let v = exactly_one("chr", a)?;
    let i = ops::object::index(v)?;
    let n = types::int::as_bigint(&i).unwrap_or_default();
    let Some(n) = n.to_i32() else {
        return raise(
            Exc::OverflowError,
            "Python int too large to convert to C int",
        );
    };
    if !(0..0x110000).contains(&n) {
        return raise(Exc::ValueError, "chr() arg not in range(0x110000)");
    }
    let c = char::from_u32(n as u32).unwrap_or('\u{FFFD}');
    Ok(types::str::new_string(c.to_string()))
}

pub fn ord(a: &[Obj]) -> PyResult<Obj> {
    let v = exactly_one("ord", a)?;
    match v.payload() {
        Payload::Str(p) => {
            let mut it = p.s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(types::int::new_int(c as i64)),
                _ => type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    p.nchars
                )),
            }
        }
        Payload::Bytes(b) if b.len() == 1 => Ok(types::int::new_int(b[0] as i64)),
        Payload::Bytes(b) => type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )),
        Payload::ByteArray(b) => {
            let b = b.borrow();
            if b.len() == 1 {
                Ok(types::int::new_int(b[0] as i64))
            } else {
                type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ))
            }
        }
        _ => type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name_of(v)
        )),
    }
}

fn radix_string(a: &[Obj], name: &str, radix: u32, prefix: &str) -> PyResult<Obj> {
    let v = exactly_one(name, a)?;
    let i = ops::object::index(v)?;
    let n: BigInt = types::int::as_bigint(&i).unwrap_or_default();
    let digits = n.abs().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(types::str::new_string(format!("{sign}{prefix}{digits}")))
}

pub fn hex(a: &[Obj]) -> PyResult<Obj> {
    radix_string(a, "hex", 16, "0x")
}

pub fn oct(a: &[Obj]) -> PyResult<Obj> {
    radix_string(a, "oct", 8, "0o")
}

pub fn bin(a: &[Obj]) -> PyResult<Obj> {
    radix_string(a, "bin", 2, "0b")
}
