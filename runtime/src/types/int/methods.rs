//! The Python-visible methods of `int` and `bool`: constructors, the
//! arithmetic and comparison special methods (so that int subclasses,
//! `int.__add__(1, 2)` and reflected dispatch work), `__repr__`, `__hash__`,
//! `__format__`, `__round__`, `bit_length`, `to_bytes`/`from_bytes`, and the
//! `real`/`imag`/`numerator`/`denominator` attributes.

use super::arith::{OP_DIVMOD, int_binop, int_pow_mod, int_round};
use super::{
    IntVal, exact_int, hash_int, index_bigint, int_to_decimal, int_val, int_val_to_f64, new_bigint,
    new_bool, new_int, parse_int_bytes, to_int,
};
use crate::abi::{
    CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT,
    NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
};
use crate::errors::{Exc, PyErr, PyResult, raise, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::typeobj::{add_classmethod, add_getset, add_kw_methods, add_methods};
use crate::types::{self, Builtins, builtin, is_subtype, type_name, type_name_of};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::cmp::Ordering;

fn not_implemented() -> Obj {
    builtin().not_implemented.clone()
}

/// The int value of `args[0]` (self), with CPython's descriptor error.
fn this<'a>(args: &'a [Obj], name: &str) -> PyResult<IntVal<'a>> {
    match args.first() {
        Some(v) => match int_val(v) {
            Some(i) => Ok(i),
            None => type_error(format!(
                "descriptor '{name}' requires a 'int' object but received a '{}'",
                type_name_of(v)
            )),
        },
        None => type_error(format!(
            "descriptor '{name}' of 'int' object needs an argument"
        )),
    }
}

/// Slot-wrapper arity check: "expected 1 argument, got 0" (shared by
/// the int, float and complex slot wrappers).
pub(crate) fn expect_args(args: &[Obj], n: usize) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got != n {
        return type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

/// METH_NOARGS check: "int.bit_length() takes no arguments (1 given)".
pub(crate) fn no_args(args: &[Obj], qualname: &str) -> PyResult<()> {
    if args.len() > 1 {
        return type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(())
}

fn binop(args: &[Obj], op: u64, reflected: bool, name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    expect_args(args, 1)?;
    let Some(b) = int_val(&args[1]) else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(int_binop(x, y, op)?.unwrap_or_else(not_implemented))
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
    m_floordiv, m_rfloordiv, "__floordiv__", "__rfloordiv__", NB_FLOOR_DIVIDE;
    m_truediv, m_rtruediv, "__truediv__", "__rtruediv__", NB_TRUE_DIVIDE;
    m_mod, m_rmod, "__mod__", "__rmod__", NB_REMAINDER;
    m_divmod, m_rdivmod, "__divmod__", "__rdivmod__", OP_DIVMOD;
    m_lshift, m_rlshift, "__lshift__", "__rlshift__", NB_LSHIFT;
    m_rshift, m_rrshift, "__rshift__", "__rrshift__", NB_RSHIFT;
    m_and, m_rand, "__and__", "__rand__", NB_AND;
    m_or, m_ror, "__or__", "__ror__", NB_OR;
    m_xor, m_rxor, "__xor__", "__rxor__", NB_XOR;
}

/// `pow(a, b, m)` / `a ** b` for ints: NotImplemented unless all are ints
/// (a None modulus is the two-argument form).
pub fn pow3(a: IntVal, b: IntVal, m: Option<&Obj>) -> PyResult<Obj> {
    match m {
        None => Ok(int_binop(a, b, NB_POWER)?.unwrap_or_else(not_implemented)),
        Some(m) if m.is(&builtin().none) => {
            Ok(int_binop(a, b, NB_POWER)?.unwrap_or_else(not_implemented))
        }
        Some(m) => match int_val(m) {
            Some(mv) => int_pow_mod(&a.big(), &b.big(), &mv.big()),
            None => Ok(not_implemented()),
        },
    }
}

fn pow_common(args: &[Obj], reflected: bool, name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    if !(2..=3).contains(&args.len()) {
        return type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.len().saturating_sub(1)
        ));
    }
    let Some(b) = int_val(&args[1]) else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    pow3(x, y, args.get(2))
}

fn m_pow(args: &[Obj]) -> PyResult<Obj> {
    pow_common(args, false, "__pow__")
}
fn m_rpow(args: &[Obj]) -> PyResult<Obj> {
    pow_common(args, true, "__rpow__")
}

/// Compares two int values.
pub fn cmp_ints(a: IntVal, b: IntVal) -> Ordering {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(&y),
        _ => a.big().as_ref().cmp(b.big().as_ref()),
    }
}

fn compare(args: &[Obj], op: u64, name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    expect_args(args, 1)?;
    let Some(b) = int_val(&args[1]) else {
        return Ok(not_implemented());
    };
    Ok(new_bool(ops::compare::ordering_matches(cmp_ints(a, b), op)))
}

fn m_lt(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_LT, "__lt__")
}
fn m_le(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_LE, "__le__")
}
fn m_eq(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_EQ, "__eq__")
}
fn m_ne(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_NE, "__ne__")
}
fn m_gt(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_GT, "__gt__")
}
fn m_ge(args: &[Obj]) -> PyResult<Obj> {
    compare(args, CMP_GE, "__ge__")
}

/// `-n`.
pub fn int_neg(a: IntVal) -> Obj {
    match a {
        IntVal::Small(i) => super::new_int_i128(-(i as i128)),
        IntVal::Big(b) => new_bigint(-b),
    }
}

/// `abs(n)`.
pub fn int_abs(a: IntVal) -> Obj {
    match a {
        IntVal::Small(i) => super::new_int_i128((i as i128).abs()),
        IntVal::Big(b) => new_bigint(b.abs()),
    }
}

/// `~n` (= -n - 1).
pub fn int_invert(a: IntVal) -> Obj {
    match a {
        IntVal::Small(i) => new_int(!i),
        IntVal::Big(b) => new_bigint(-(b + BigInt::from(1))),
    }
}

fn m_neg(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__neg__")?;
    expect_args(args, 0)?;
    Ok(int_neg(a))
}
fn m_abs(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__abs__")?;
    expect_args(args, 0)?;
    Ok(int_abs(a))
}
fn m_invert(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__invert__")?;
    expect_args(args, 0)?;
    Ok(int_invert(a))
}
fn m_bool(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__bool__")?;
    expect_args(args, 0)?;
    Ok(new_bool(!a.is_zero()))
}
fn m_float(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__float__")?;
    expect_args(args, 0)?;
    Ok(crate::types::float::new_float(int_val_to_f64(a)?))
}
fn m_hash(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__hash__")?;
    expect_args(args, 0)?;
    Ok(new_int(hash_int(a)))
}
fn m_repr(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__repr__")?;
    expect_args(args, 0)?;
    Ok(types::str::new_string(int_to_decimal(a)?))
}

/// The exact-int copy of self (`__int__`, `__index__`, `__pos__`, …).
fn exact_self(args: &[Obj], name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    Ok(exact_int(&args[0]).unwrap_or_else(|| a.to_obj()))
}

fn m_int(args: &[Obj]) -> PyResult<Obj> {
    expect_args(args, 0).and_then(|_| exact_self(args, "__int__"))
}
fn m_index(args: &[Obj]) -> PyResult<Obj> {
    expect_args(args, 0).and_then(|_| exact_self(args, "__index__"))
}
fn m_pos(args: &[Obj]) -> PyResult<Obj> {
    expect_args(args, 0).and_then(|_| exact_self(args, "__pos__"))
}
fn m_trunc(args: &[Obj]) -> PyResult<Obj> {
    no_args(args, "int.__trunc__").and_then(|_| exact_self(args, "__trunc__"))
}
fn m_floor(args: &[Obj]) -> PyResult<Obj> {
    no_args(args, "int.__floor__").and_then(|_| exact_self(args, "__floor__"))
}
fn m_ceil(args: &[Obj]) -> PyResult<Obj> {
    no_args(args, "int.__ceil__").and_then(|_| exact_self(args, "__ceil__"))
}
fn m_conjugate(args: &[Obj]) -> PyResult<Obj> {
    no_args(args, "int.conjugate").and_then(|_| exact_self(args, "conjugate"))
}

fn m_round(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__round__")?;
    if args.len() > 2 {
        return type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    match args.get(1) {
        None => exact_self(args, "__round__"),
        Some(n) if n.is(&builtin().none) => exact_self(args, "__round__"),
        Some(n) => {
            let nd = index_bigint(n)?;
            int_round(&a.big(), &nd)
        }
    }
}

fn m_getnewargs(args: &[Obj]) -> PyResult<Obj> {
    no_args(args, "int.__getnewargs__")?;
    let x = exact_self(args, "__getnewargs__")?;
    Ok(types::tuple::new_tuple(vec![x]))
}

fn m_sizeof(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__sizeof__")?;
    no_args(args, "int.__sizeof__")?;
    let bits = a.big().bits();
    let digits = bits.div_ceil(30).max(1);
    Ok(new_int(24 + 4 * digits as i64))
}

fn m_bit_length(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "bit_length")?;
    no_args(args, "int.bit_length")?;
    Ok(new_int(match a {
        IntVal::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntVal::Big(b) => b.bits() as i64,
    }))
}

fn m_bit_count(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "bit_count")?;
    no_args(args, "int.bit_count")?;
    Ok(new_int(match a {
        IntVal::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntVal::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn m_as_integer_ratio(args: &[Obj]) -> PyResult<Obj> {
    no_args(args, "int.as_integer_ratio")?;
    let x = exact_self(args, "as_integer_ratio")?;
    Ok(types::tuple::new_tuple(vec![x, new_int(1)]))
}

fn m_format(args: &[Obj]) -> PyResult<Obj> {
    let a = this(args, "__format__")?;
    if args.len() != 2 {
        return type_error(format!(
            "int.__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let Some(spec) = types::str::as_str(&args[1]) else {
        return type_error(format!(
            "int.__format__() argument must be str, not {}",
            type_name_of(&args[1])
        ));
    };
    if spec.is_empty() {
        return ops::str_(&args[0]);
    }
    format_spec(&args[0], a, spec)
}

/// `format(v, spec)` for an int `v` (whose value is `a`) and a non-empty
/// spec (`int.__format__`).
pub fn format_spec(v: &Obj, a: IntVal, spec: &str) -> PyResult<Obj> {
    let parsed = crate::fmt::spec::parse_format_spec_lazy(spec, || type_name_of(v))
        .map_err(|m| PyErr::new(Exc::ValueError, m))?;
    if let IntVal::Small(i) = a {
        if let Some(short) = crate::fmt::spec::format_i64_short(i, &parsed) {
            return Ok(types::str::new_ascii(short.as_str()));
        }
        return match crate::fmt::spec::format_i64(i, &parsed) {
            Ok(s) => Ok(types::str::new_string(s)),
            Err(m) => Err(format_error(m)),
        };
    }
    if matches!(parsed.ty, None | Some('d') | Some('n')) && matches!(a, IntVal::Big(_)) {
        int_to_decimal(a)?;
    }
    match crate::fmt::spec::format_int(&a.big(), &parsed) {
        Ok(s) => Ok(types::str::new_string(s)),
        Err(m) => Err(format_error(m)),
    }
}

/// Maps a formatting error message to CPython's exception type.
pub fn format_error(m: String) -> PyErr {
    let overflow = m == "int too large to convert to float"
        || m == "Python int too large to convert to C long"
        || m == "%c arg not in range(0x110000)"
        || m == "precision too big"
        || m == "width too big";
    PyErr::new(
        if overflow {
            Exc::OverflowError
        } else {
            Exc::ValueError
        },
        m,
    )
}

// --- attributes ------------------------------------------------------------------

fn get_real(args: &[Obj]) -> PyResult<Obj> {
    exact_self(args, "real")
}
fn get_imag(args: &[Obj]) -> PyResult<Obj> {
    this(args, "imag")?;
    Ok(new_int(0))
}
fn get_numerator(args: &[Obj]) -> PyResult<Obj> {
    exact_self(args, "numerator")
}
fn get_denominator(args: &[Obj]) -> PyResult<Obj> {
    this(args, "denominator")?;
    Ok(new_int(1))
}

// --- to_bytes / from_bytes -----------------------------------------------------------

fn parse_byteorder(v: Option<&Obj>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    let Some(s) = types::str::as_str(v) else {
        return type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name_of(v)
        ));
    };
    match s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => value_error("byteorder must be either 'little' or 'big'"),
    }
}

/// Splits `(self, length=1, byteorder='big', *, signed=False)`-style
/// arguments: `npos` positional-or-keyword names, then keyword-only ones.
fn parse_kw_args(
    fname: &str,
    args: &[Obj],
    kwargs: &Kwargs,
    names: &[&str],
    npos: usize,
) -> PyResult<Vec<Option<Obj>>> {
    if args.len() > npos {
        return type_error(format!(
            "{fname}() takes at most {npos} positional arguments ({} given)",
            args.len()
        ));
    }
    let mut out: Vec<Option<Obj>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        let key = types::str::as_str(k).unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                ));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return type_error(format!(
                    "{fname}() got an unexpected keyword argument '{key}'"
                ));
            }
        }
    }
    Ok(out)
}

fn m_to_bytes(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let a = this(args, "to_bytes")?;
    let p = parse_kw_args(
        "to_bytes",
        &args[1..],
        kwargs,
        &["length", "byteorder", "signed"],
        2,
    )?;
    let length = match &p[0] {
        Some(l) => super::as_index_i64(l)?,
        None => 1,
    };
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    let little = parse_byteorder(p[1].as_ref(), "to_bytes")?;
    let signed = match &p[2] {
        Some(s) => ops::is_true(s)?,
        None => false,
    };
    let v = a.big();
    if !signed && v.is_negative() {
        return raise(Exc::OverflowError, "can't convert negative int to unsigned");
    }
    let mut le: Vec<u8> = if v.is_zero() {
        Vec::new()
    } else if signed {
        v.to_signed_bytes_le()
    } else {
        v.magnitude().to_bytes_le()
    };
    if le.len() as u64 > length as u64 {
        return raise(Exc::OverflowError, "int too big to convert");
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    le.resize(length as usize, fill);
    if !little {
        le.reverse();
    }
    Ok(types::bytes::new_bytes(le))
}

/// The bytes of a bytes-like object or iterable of ints (`bytes(x)`).
fn bytes_of(v: &Obj) -> PyResult<Vec<u8>> {
    match v.payload() {
        Payload::Bytes(b) => return Ok(b.to_vec()),
        Payload::ByteArray(b) => return Ok(b.borrow().clone()),
        _ => {}
    }
    let cannot = || {
        type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name_of(v)
        ))
    };
    if matches!(v.payload(), Payload::Str(_)) || int_val(v).is_some() {
        return cannot();
    }
    let it = match ops::get_iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(Exc::TypeError) => return cannot(),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(&it)? {
        let n = super::as_index_i64(&x)?;
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return value_error("bytes must be in range(0, 256)"),
        }
    }
    Ok(out)
}

fn m_from_bytes(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let Some(cls) = args.first() else {
        return type_error("from_bytes() needs a class");
    };
    let p = parse_kw_args(
        "from_bytes",
        &args[1..],
        kwargs,
        &["bytes", "byteorder", "signed"],
        2,
    )?;
    let Some(src) = &p[0] else {
        return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let little = parse_byteorder(p[1].as_ref(), "from_bytes")?;
    let signed = match &p[2] {
        Some(s) => ops::is_true(s)?,
        None => false,
    };
    let mut data = bytes_of(src)?;
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let r = new_bigint(v);
    if cls.is(&builtin().int) {
        Ok(r)
    } else {
        ops::call(cls, &[r], None)
    }
}

// --- constructors ------------------------------------------------------------------

/// Wraps a value in an instance of `cls` (exact ints stay tagged).
pub fn int_of_type(cls: &Obj, v: BigInt) -> Obj {
    if cls.is(&builtin().int) {
        new_bigint(v)
    } else {
        Obj::new(cls, Payload::Int(v))
    }
}

/// `int.__new__(cls, x=0, base=10)`.
pub fn int_new(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let Some(cls) = args.first() else {
        return type_error("int.__new__(): not enough arguments");
    };
    if !matches!(cls.payload(), Payload::Type(_)) {
        return type_error(format!(
            "int.__new__(X): X is not a type object ({})",
            type_name_of(cls)
        ));
    }
    if !is_subtype(cls, &builtin().int) {
        let n = type_name(cls);
        return type_error(format!("int.__new__({n}): {n} is not a subtype of int"));
    }
    if cls.is(&builtin().bool_) {
        return type_error("int.__new__(bool) is not safe, use bool.__new__()");
    }
    let rest = &args[1..];
    if rest.len() + kwargs.len() > 2 {
        return type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            rest.len() + kwargs.len()
        ));
    }
    let mut x = rest.first().cloned();
    let mut base = rest.get(1).cloned();
    for (k, v) in kwargs {
        let key = types::str::as_str(k).unwrap_or_default();
        if key == "base" && base.is_none() {
            base = Some(v.clone());
        } else if key == "base" {
            return type_error("argument for int() given by name ('base') and position (2)");
        } else {
            return type_error(format!("'{key}' is an invalid keyword argument for int()"));
        }
    }
    let value: Obj = match base {
        None => match x.take() {
            None => new_int(0),
            Some(x) => to_int(&x)?,
        },
        Some(b) => {
            let Some(x) = x.take() else {
                return type_error("int() missing string argument");
            };
            let base = super::as_index_i64_clamped(&b)?;
            if (base != 0 && base < 2) || base > 36 {
                return value_error("int() base must be >= 2 and <= 36, or 0");
            }
            let base = base as u32;
            match x.payload() {
                Payload::Str(_) => {
                    let text = types::str::as_str(&x).unwrap_or_default();
                    super::int_from_text(text, base, &x)?
                }
                Payload::Bytes(d) => {
                    let d = d.to_vec();
                    new_bigint(parse_int_bytes(&d, base, &x)?)
                }
                Payload::ByteArray(d) => {
                    let d = d.borrow().clone();
                    new_bigint(parse_int_bytes(&d, base, &x)?)
                }
                _ => return type_error("int() can't convert non-string with explicit base"),
            }
        }
    };
    if cls.is(&builtin().int) {
        return Ok(value);
    }
    let v = super::as_bigint(&value).unwrap_or_default();
    Ok(int_of_type(cls, v))
}

// --- bool ------------------------------------------------------------------------------

fn bool_new(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    if !kwargs.is_empty() {
        return type_error("bool() takes no keyword arguments");
    }
    if let Some(cls) = args.first()
        && !cls.is(&builtin().bool_)
    {
        if !matches!(cls.payload(), Payload::Type(_)) {
            return type_error(format!(
                "bool.__new__(X): X is not a type object ({})",
                type_name_of(cls)
            ));
        }
        let n = type_name(cls);
        return type_error(format!("bool.__new__({n}): {n} is not a subtype of bool"));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() > 1 {
        return type_error(format!(
            "bool expected at most 1 argument, got {}",
            rest.len()
        ));
    }
    match rest.first() {
        None => Ok(new_bool(false)),
        Some(v) => Ok(new_bool(ops::is_true(v)?)),
    }
}

fn bool_repr(args: &[Obj]) -> PyResult<Obj> {
    match args.first().map(|v| v.payload()) {
        Some(Payload::Bool(b)) => Ok(types::str::new_str(if *b { "True" } else { "False" })),
        _ => type_error("descriptor '__repr__' requires a 'bool' object"),
    }
}

fn bool_bitop(args: &[Obj], op: u64, name: &str) -> PyResult<Obj> {
    if args.len() != 2 {
        return type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ));
    }
    let (a, b) = (&args[0], &args[1]);
    let Payload::Bool(x) = a.payload() else {
        return type_error(format!(
            "descriptor '{name}' requires a 'bool' object but received a '{}'",
            type_name_of(a)
        ));
    };
    if let Payload::Bool(y) = b.payload() {
        return Ok(new_bool(match op {
            NB_AND => *x & *y,
            NB_OR => *x | *y,
            _ => *x ^ *y,
        }));
    }
    let Some(y) = int_val(b) else {
        return Ok(not_implemented());
    };
    Ok(int_binop(IntVal::Small(*x as i64), y, op)?.unwrap_or_else(not_implemented))
}

fn bool_and(args: &[Obj]) -> PyResult<Obj> {
    bool_bitop(args, NB_AND, "__and__")
}
fn bool_or(args: &[Obj]) -> PyResult<Obj> {
    bool_bitop(args, NB_OR, "__or__")
}
fn bool_xor(args: &[Obj]) -> PyResult<Obj> {
    bool_bitop(args, NB_XOR, "__xor__")
}

/// Registers the methods of `int` and `bool`.
pub fn init_methods(b: &Builtins) {
    let int = &b.int;
    add_methods(int, BINOPS);
    add_methods(
        int,
        &[
            ("__pow__", m_pow),
            ("__rpow__", m_rpow),
            ("__lt__", m_lt),
            ("__le__", m_le),
            ("__eq__", m_eq),
            ("__ne__", m_ne),
            ("__gt__", m_gt),
            ("__ge__", m_ge),
            ("__neg__", m_neg),
            ("__pos__", m_pos),
            ("__abs__", m_abs),
            ("__invert__", m_invert),
            ("__bool__", m_bool),
            ("__int__", m_int),
            ("__index__", m_index),
            ("__float__", m_float),
            ("__trunc__", m_trunc),
            ("__floor__", m_floor),
            ("__ceil__", m_ceil),
            ("__round__", m_round),
            ("__hash__", m_hash),
            ("__repr__", m_repr),
            ("__format__", m_format),
            ("__getnewargs__", m_getnewargs),
            ("__sizeof__", m_sizeof),
            ("bit_length", m_bit_length),
            ("bit_count", m_bit_count),
            ("conjugate", m_conjugate),
            ("as_integer_ratio", m_as_integer_ratio),
        ],
    );
    add_kw_methods(int, &[("__new__", int_new), ("to_bytes", m_to_bytes)]);
    add_classmethod(int, "from_bytes", BuiltinImpl::Kw(m_from_bytes));
    add_getset(int, "real", get_real, None);
    add_getset(int, "imag", get_imag, None);
    add_getset(int, "numerator", get_numerator, None);
    add_getset(int, "denominator", get_denominator, None);

    let bool_ = &b.bool_;
    add_methods(
        bool_,
        &[
            ("__repr__", bool_repr),
            ("__and__", bool_and),
            ("__rand__", bool_and),
            ("__or__", bool_or),
            ("__ror__", bool_or),
            ("__xor__", bool_xor),
            ("__rxor__", bool_xor),
        ],
    );
    add_kw_methods(bool_, &[("__new__", bool_new)]);
}
