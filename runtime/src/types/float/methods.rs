//! The Python-visible methods of `float`: the constructor, arithmetic and
//! comparison special methods (ints accepted as operands), `__repr__`,
//! `__hash__`, `__format__`, `__round__`, `is_integer`, `as_integer_ratio`,
//! `hex`/`fromhex` and the `real`/`imag` attributes.

use super::{
    as_f64, as_integer_ratio, compare_float_int, compare_floats, float_binop, float_fromhex,
    float_hex, float_round, float_value, hash_float_obj, new_float,
};
use crate::abi::{
    CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, NB_ADD, NB_FLOOR_DIVIDE, NB_MULTIPLY, NB_POWER,
    NB_REMAINDER, NB_SUBTRACT, NB_TRUE_DIVIDE,
};
use crate::errors::{PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::int::arith::OP_DIVMOD;
use crate::types::int::{self, expect_args, int_val, no_args};
use crate::types::typeobj::{add_classmethod, add_getset, add_kw_methods, add_methods};
use crate::types::{self, Builtins, builtin, is_subtype, type_name, type_name_of};

fn not_implemented() -> Obj {
    builtin().not_implemented.clone()
}

/// The float value of self, with CPython's descriptor error.
fn this(args: &[Obj], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(v) => match as_f64(v) {
            Some(f) => Ok(f),
            None => type_error(format!(
                "descriptor '{name}' requires a 'float' object but received a '{}'",
                type_name_of(v)
            )),
        },
        None => type_error(format!(
            "descriptor '{name}' of 'float' object needs an argument"
        )),
    }
}

/// An operand converted to a double: floats and ints (CPython's
/// `CONVERT_TO_DOUBLE`); None for anything else (NotImplemented).
pub fn operand(v: &Obj) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
    }
    match int_val(v) {
        Some(i) => int::int_val_to_f64(i).map(Some),
        None => Ok(None),
    }
}

fn binop(args: &[Obj], op: u64, reflected: bool, name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    expect_args(args, 1)?;
    let Some(b) = operand(&args[1])? else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(float_binop(x, y, op)?.unwrap_or_else(not_implemented))
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
    m_floordiv, m_rfloordiv, "__floordiv__", "__rfloordiv__", NB_FLOOR_DIVIDE;
    m_mod, m_rmod, "__mod__", "__rmod__", NB_REMAINDER;
    m_divmod, m_rdivmod, "__divmod__", "__rdivmod__", OP_DIVMOD;
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
        return type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(float_binop(x, y, NB_POWER)?.unwrap_or_else(not_implemented))
}

fn m_pow(args: &[Obj]) -> PyResult<Obj> {
    pow_common(args, false, "__pow__")
}
fn m_rpow(args: &[Obj]) -> PyResult<Obj> {
    pow_common(args, true, "__rpow__")
}

fn compare(args: &[Obj], op: u64, name: &str) -> PyResult<Obj> {
    let a = this(args, name)?;
    expect_args(args, 1)?;
    let b = &args[1];
    if let Some(f) = as_f64(b) {
        return Ok(int::new_bool(compare_floats(a, f, op)));
    }
    match int_val(b) {
        Some(i) => Ok(int::new_bool(compare_float_int(a, i, op))),
        None => Ok(not_implemented()),
    }
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

/// Self as an exact float (itself when already exact).
fn exact_self(args: &[Obj], name: &str) -> PyResult<Obj> {
    let x = this(args, name)?;
    if super::is_exact_float(&args[0]) {
        Ok(args[0].clone())
    } else {
        Ok(new_float(x))
    }
}

fn m_neg(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__neg__")?;
    expect_args(args, 0)?;
    Ok(new_float(-x))
}
fn m_pos(args: &[Obj]) -> PyResult<Obj> {
    expect_args(args, 0)?;
    exact_self(args, "__pos__")
}
fn m_abs(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__abs__")?;
    expect_args(args, 0)?;
    Ok(new_float(x.abs()))
}
fn m_bool(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__bool__")?;
    expect_args(args, 0)?;
    Ok(int::new_bool(x != 0.0))
}
fn m_int(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__int__")?;
    expect_args(args, 0)?;
    int::float_to_int(x)
}
fn m_float(args: &[Obj]) -> PyResult<Obj> {
    expect_args(args, 0)?;
    exact_self(args, "__float__")
}
fn m_trunc(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__trunc__")?;
    no_args(args, "float.__trunc__")?;
    int::float_to_int(x)
}
fn m_floor(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__floor__")?;
    no_args(args, "float.__floor__")?;
    int::float_to_int(x.floor())
}
fn m_ceil(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__ceil__")?;
    no_args(args, "float.__ceil__")?;
    int::float_to_int(x.ceil())
}
fn m_round(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__round__")?;
    if args.len() > 2 {
        return type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    float_round(x, args.get(1))
}
fn m_hash(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__hash__")?;
    expect_args(args, 0)?;
    Ok(int::new_int(hash_float_obj(&args[0], x)))
}
fn m_repr(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__repr__")?;
    expect_args(args, 0)?;
    // (The text is ASCII: digits, `.`, `-`, `e`, `+`, `inf`, `nan`.)
    Ok(crate::fmt::float::with_float_repr(x, types::str::new_ascii))
}
fn m_format(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__format__")?;
    if args.len() != 2 {
        return type_error(format!(
            "float.__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let Some(spec) = types::str::as_str(&args[1]) else {
        return type_error(format!(
            "float.__format__() argument must be str, not {}",
            type_name_of(&args[1])
        ));
    };
    if spec.is_empty() {
        return ops::str_(&args[0]);
    }
    format_spec(&args[0], x, spec)
}

/// `format(v, spec)` for a float `v` (whose value is `x`) and a non-empty
/// spec (`float.__format__`).
pub fn format_spec(v: &Obj, x: f64, spec: &str) -> PyResult<Obj> {
    let parsed = crate::fmt::spec::parse_format_spec_lazy(spec, || type_name_of(v))
        .map_err(int::format_error)?;
    if let Some(short) = crate::fmt::spec::format_float_short(x, &parsed) {
        return Ok(types::str::new_ascii(short.as_str()));
    }
    match crate::fmt::spec::format_float(x, &parsed) {
        Ok(s) => Ok(types::str::new_string(s)),
        Err(m) => Err(int::format_error(m)),
    }
}
fn m_getnewargs(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "__getnewargs__")?;
    no_args(args, "float.__getnewargs__")?;
    Ok(types::tuple::new_tuple(vec![new_float(x)]))
}
fn m_is_integer(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "is_integer")?;
    no_args(args, "float.is_integer")?;
    Ok(int::new_bool(x.is_finite() && x == x.floor()))
}
fn m_as_integer_ratio(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "as_integer_ratio")?;
    no_args(args, "float.as_integer_ratio")?;
    let (n, d) = as_integer_ratio(x)?;
    Ok(types::tuple::new_tuple_array([n, d]))
}
fn m_conjugate(args: &[Obj]) -> PyResult<Obj> {
    no_args(args, "float.conjugate")?;
    exact_self(args, "conjugate")
}
fn m_hex(args: &[Obj]) -> PyResult<Obj> {
    let x = this(args, "hex")?;
    no_args(args, "float.hex")?;
    Ok(types::str::new_string(float_hex(x)))
}

fn get_real(args: &[Obj]) -> PyResult<Obj> {
    exact_self(args, "real")
}
fn get_imag(args: &[Obj]) -> PyResult<Obj> {
    this(args, "imag")?;
    Ok(new_float(0.0))
}

fn m_fromhex(args: &[Obj]) -> PyResult<Obj> {
    if args.len() != 2 {
        return type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let (cls, s) = (&args[0], &args[1]);
    let Some(text) = types::str::as_str(s) else {
        return type_error("bad argument type for built-in operation");
    };
    let x = float_fromhex(text)?;
    if cls.is(&builtin().float) {
        Ok(new_float(x))
    } else {
        ops::call(cls, &[new_float(x)], None)
    }
}

fn m_getformat(args: &[Obj]) -> PyResult<Obj> {
    if args.len() != 2 {
        return type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let Some(t) = types::str::as_str(&args[1]) else {
        return type_error(format!(
            "__getformat__() argument must be str, not {}",
            type_name_of(&args[1])
        ));
    };
    match t {
        "double" | "float" => Ok(types::str::new_str("IEEE, little-endian")),
        _ => value_error("__getformat__() argument 1 must be 'double' or 'float'"),
    }
}

/// `float.__new__(cls, x=0.0)`.
pub fn float_new(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let Some(cls) = args.first() else {
        return type_error("float.__new__(): not enough arguments");
    };
    if !matches!(cls.payload(), Payload::Type(_)) {
        return type_error(format!(
            "float.__new__(X): X is not a type object ({})",
            type_name_of(cls)
        ));
    }
    if !is_subtype(cls, &builtin().float) {
        let n = type_name(cls);
        return type_error(format!("float.__new__({n}): {n} is not a subtype of float"));
    }
    if !kwargs.is_empty() {
        return type_error("float() takes no keyword arguments");
    }
    let rest = &args[1..];
    if rest.len() > 1 {
        return type_error(format!(
            "float expected at most 1 argument, got {}",
            rest.len()
        ));
    }
    if cls.is(&builtin().float) {
        return match rest.first() {
            None => Ok(new_float(0.0)),
            Some(x) => super::to_float(x),
        };
    }
    let v = match rest.first() {
        None => 0.0,
        Some(x) => float_value(x)?,
    };
    Ok(Obj::new(cls, Payload::Float(v)))
}

/// Registers the methods of `float`.
pub fn init_methods(b: &Builtins) {
    let float = &b.float;
    add_methods(float, BINOPS);
    add_methods(
        float,
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
            ("__bool__", m_bool),
            ("__int__", m_int),
            ("__float__", m_float),
            ("__trunc__", m_trunc),
            ("__floor__", m_floor),
            ("__ceil__", m_ceil),
            ("__round__", m_round),
            ("__hash__", m_hash),
            ("__repr__", m_repr),
            ("__format__", m_format),
            ("__getnewargs__", m_getnewargs),
            ("is_integer", m_is_integer),
            ("as_integer_ratio", m_as_integer_ratio),
            ("conjugate", m_conjugate),
            ("hex", m_hex),
        ],
    );
    add_kw_methods(float, &[("__new__", float_new)]);
    add_classmethod(float, "fromhex", BuiltinImpl::Pos(m_fromhex));
    add_classmethod(float, "__getformat__", BuiltinImpl::Pos(m_getformat));
    add_getset(float, "real", get_real, None);
    add_getset(float, "imag", get_imag, None);
}
