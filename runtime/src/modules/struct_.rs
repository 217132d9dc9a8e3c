//! The `_struct` module under `struct` (`compiler/stdlib/struct.py`, which
//! adds the `Struct` class): `pack`, `unpack`, `calcsize`, `pack_into`,
//! `unpack_from`, `iter_unpack` and `struct.error`.
//!
//! A format is parsed once into `Item`s (code, count, offset); the byte
//! order prefix chooses native (`@`: native sizes and alignment) or
//! standard sizes (`=`, `<`, `>`, `!`: no alignment). Range checks and
//! messages follow CPython's `_struct.c` tables.

use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::BuiltinImpl;
use crate::types::{self, builtin};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

thread_local! {
    static ERROR: std::mem::ManuallyDrop<RefCell<Option<Obj>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// `struct.error`.
fn error_type() -> Obj {
    if let Some(t) = ERROR.with(|e| e.borrow().clone()) {
        return t;
    }
    let s = types::str::new_str;
    let ns = types::dict::new_dict();
    types::dict::set_str(&ns, "__module__", s("struct"));
    let bases = types::tuple::new_tuple(vec![Exc::Exception.ty().clone()]);
    let t = crate::ops::call(&builtin().type_, &[s("error"), bases, ns], None)
        .expect("creating struct.error cannot fail");
    ERROR.with(|e| *e.borrow_mut() = Some(t.clone()));
    t
}

fn error(msg: impl Into<String>) -> PyErr {
    PyErr(crate::errors::new_exception(
        &error_type(),
        vec![types::str::new_string(msg.into())],
    ))
}

/// One format code with its repeat count, at its offset in the packed data.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format.
struct Format {
    items: Vec<Item>,
    size: usize,
    little: bool,
    native: bool,
    /// How many values `pack` takes.
    nargs: usize,
}

/// Size and alignment of `code`, native or standard; None for a bad code.
fn code_size(code: u8, native: bool) -> Option<(usize, usize)> {
    let std = |n: usize| Some((n, if native { n } else { 1 }));
    match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => Some((1, 1)),
        b'h' | b'H' | b'e' => std(2),
        b'i' | b'I' | b'f' => std(4),
        b'l' | b'L' => std(if native { 8 } else { 4 }),
        b'q' | b'Q' | b'd' => std(8),
        b'n' | b'N' | b'P' if native => Some((8, 8)),
        _ => None,
    }
}

fn parse(fmt: &str) -> PyResult<Format> {
    let b = fmt.as_bytes();
    let (little, native, rest) = match b.first() {
        Some(b'@') => (true, true, &b[1..]),
        Some(b'=') | Some(b'<') => (true, false, &b[1..]),
        Some(b'>') | Some(b'!') => (false, false, &b[1..]),
        _ => (true, true, b),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nargs = 0;
    let mut i = 0;
    let too_long = || error("total struct size too long");
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < rest.len() && rest[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((rest[i] - b'0') as usize))
                    .ok_or_else(too_long)?;
                i += 1;
            }
            if i >= rest.len() {
                return Err(error("repeat count given without format specifier"));
            }
            count = n;
        }
        let code = rest[i];
        i += 1;
        let Some((sz, align)) = code_size(code, native) else {
            return Err(error("bad char in struct format"));
        };
        if native && align > 1 {
            size = size
                .div_ceil(align)
                .checked_mul(align)
                .ok_or_else(too_long)?;
        }
        let total = sz.checked_mul(count).ok_or_else(too_long)?;
        items.push(Item {
            code,
            count,
            offset: size,
            size: sz,
        });
        size = size.checked_add(total).ok_or_else(too_long)?;
        if size > isize::MAX as usize {
            return Err(too_long());
        }
        nargs += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Format {
        items,
        size,
        little,
        native,
        nargs,
    })
}

fn format_arg(v: &Obj) -> PyResult<Format> {
    if let Some(s) = types::str::as_str(v) {
        return parse(s);
    }
    if let Payload::Bytes(b) = v.payload() {
        return parse(&String::from_utf8_lossy(b));
    }
    type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        types::type_name_of(v)
    ))
}

/// The integer value of a pack argument.
fn int_value(v: &Obj) -> PyResult<BigInt> {
    if matches!(v.payload(), Payload::Float(_)) || crate::ops::object::index(v).is_err() {
        return Err(error("required argument is not an integer"));
    }
    let i = crate::ops::object::index(v)?;
    Ok(types::int::as_bigint(&i).unwrap_or_default())
}

/// Range-checks an integer for `code` and returns its two's-complement bits.
fn int_bits(code: u8, size: usize, native: bool, v: &BigInt) -> PyResult<u64> {
    let oor = || error("argument out of range");
    let signed = code.is_ascii_lowercase();
    let bits = size * 8;
    let name = match code {
        b'b' => "byte format".to_string(),
        b'B' => "ubyte format".to_string(),
        b'h' => "short format".to_string(),
        b'H' => "ushort format".to_string(),
        c => format!("'{}' format", c as char),
    };
    // Codes whose range is checked with CPython's "requires" message.
    let named = matches!(code, b'b' | b'B' | b'h' | b'H' | b'i' | b'I')
        || (!native && matches!(code, b'l' | b'L'));
    if signed {
        let x = v.to_i64().ok_or_else(oor)?;
        if bits < 64 {
            let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
            if x < lo || x > hi {
                return Err(if named {
                    error(format!("{name} requires {lo} <= number <= {hi}"))
                } else {
                    oor()
                });
            }
        }
        Ok(x as u64)
    } else {
        if matches!(code, b'B' | b'H') {
            let x = v.to_i64().ok_or_else(oor)?;
            let hi = (1i64 << bits) - 1;
            if x < 0 || x > hi {
                return Err(error(format!("{name} requires 0 <= number <= {hi}")));
            }
            return Ok(x as u64);
        }
        let x = v.to_u64().ok_or_else(oor)?;
        if bits < 64 && x >= (1u64 << bits) {
            let hi = (1u64 << bits) - 1;
            return Err(if named {
                error(format!("{name} requires 0 <= number <= {hi}"))
            } else {
                oor()
            });
        }
        Ok(x)
    }
}

fn float_value(v: &Obj) -> PyResult<f64> {
    if let Some(f) = types::float::as_f64(v) {
        return Ok(f);
    }
    if types::int::int_val(v).is_some() {
        let b = types::int::as_bigint(v).unwrap_or_default();
        return b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| PyErr::new(Exc::OverflowError, "int too large to convert to float"));
    }
    match crate::eval::util::lookup_special_bound(v, "__float__")? {
        Some(f) => {
            let r = crate::ops::call(&f, &[], None)?;
            Ok(types::float::as_f64(&r).unwrap_or(0.0))
        }
        None => Err(error("required argument is not a float")),
    }
}

/// IEEE 754 binary16 bits of `x`, rounding half to even.
fn f64_to_f16(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    // Scale to units of the smallest subnormal (2^-24) and round.
    let overflow = || PyErr::new(Exc::OverflowError, "float too large to pack with e format");
    if a >= 65520.0 {
        return Err(overflow());
    }
    if a < 6.103515625e-05 {
        // Subnormal (or zero): value / 2^-24, rounded half to even.
        let m = round_half_even(a * 16777216.0);
        return Ok(sign | m as u16);
    }
    let e = a.log2().floor() as i32;
    let e = if 2f64.powi(e) > a { e - 1 } else { e };
    let m = round_half_even((a / 2f64.powi(e) - 1.0) * 1024.0);
    let (e, m) = if m >= 1024.0 { (e + 1, 0.0) } else { (e, m) };
    if e > 15 {
        return Err(overflow());
    }
    Ok(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], bits: u64, little: bool) {
    let n = out.len();
    for (i, b) in out.iter_mut().enumerate() {
        let shift = if little { i } else { n - 1 - i } * 8;
        *b = (bits >> shift) as u8;
    }
}

fn get(data: &[u8], little: bool) -> u64 {
    let n = data.len();
    let mut v = 0u64;
    for (i, b) in data.iter().enumerate() {
        let shift = if little { i } else { n - 1 - i } * 8;
        v |= (*b as u64) << shift;
    }
    v
}

fn bytes_of(v: &Obj) -> Option<Vec<u8>> {
    types::bytes::bytes_data(v)
}

/// Packs `args` by `f` into `out` (which is `f.size` bytes long).
fn pack_values(f: &Format, args: &[Obj], out: &mut [u8], func: &str) -> PyResult<()> {
    if args.len() != f.nargs {
        return Err(error(format!(
            "{func} expected {} items for packing (got {})",
            f.nargs,
            args.len()
        )));
    }
    let mut a = args.iter();
    for it in &f.items {
        let mut off = it.offset;
        match it.code {
            b'x' => continue,
            b's' | b'p' => {
                let v = a.next().expect("counted");
                let Some(data) = bytes_of(v) else {
                    return Err(error(format!(
                        "argument for '{}' must be a bytes object",
                        it.code as char
                    )));
                };
                let dst = &mut out[off..off + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
                continue;
            }
            _ => {}
        }
        for _ in 0..it.count {
            let v = a.next().expect("counted");
            let dst = &mut out[off..off + it.size];
            match it.code {
                b'c' => match bytes_of(v) {
                    Some(b) if b.len() == 1 => dst[0] = b[0],
                    _ => {
                        return Err(error("char format requires a bytes object of length 1"));
                    }
                },
                b'?' => dst[0] = crate::ops::is_true(v)? as u8,
                b'e' => put(dst, f64_to_f16(float_value(v)?)? as u64, f.little),
                b'f' => {
                    let x = float_value(v)?;
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() && !f.native {
                        return Err(PyErr::new(
                            Exc::OverflowError,
                            "float too large to pack with f format",
                        ));
                    }
                    put(dst, y.to_bits() as u64, f.little)
                }
                b'd' => put(dst, float_value(v)?.to_bits(), f.little),
                c => {
                    let i = int_value(v)?;
                    put(dst, int_bits(c, it.size, f.native, &i)?, f.little)
                }
            }
            off += it.size;
        }
    }
    Ok(())
}

fn unpack_values(f: &Format, data: &[u8]) -> Obj {
    let mut out = Vec::with_capacity(f.nargs);
    for it in &f.items {
        let mut off = it.offset;
        match it.code {
            b'x' => continue,
            b's' => {
                out.push(types::bytes::new_bytes(data[off..off + it.count].to_vec()));
                continue;
            }
            b'p' => {
                let v = if it.count == 0 {
                    Vec::new()
                } else {
                    let n = (data[off] as usize).min(it.count - 1);
                    data[off + 1..off + 1 + n].to_vec()
                };
                out.push(types::bytes::new_bytes(v));
                continue;
            }
            _ => {}
        }
        for _ in 0..it.count {
            let src = &data[off..off + it.size];
            let bits = get(src, f.little);
            out.push(match it.code {
                b'c' => types::bytes::new_bytes(src.to_vec()),
                b'?' => types::int::new_bool(bits != 0),
                b'e' => types::float::new_float(f16_to_f64(bits as u16)),
                b'f' => types::float::new_float(f32::from_bits(bits as u32) as f64),
                b'd' => types::float::new_float(f64::from_bits(bits)),
                c if c.is_ascii_lowercase() => {
                    let shift = 64 - it.size * 8;
                    types::int::new_int(((bits << shift) as i64) >> shift)
                }
                _ => types::int::new_int_i128(bits as i128),
            });
            off += it.size;
        }
    }
    types::tuple::new_tuple(out)
}

fn need_args(func: &str, a: &[Obj], min: usize) -> PyResult<()> {
    if a.len() < min {
        return type_error(format!(
            "{func}() missing required argument '{}' (pos {})",
            ["format", "buffer", "offset"][a.len().min(2)],
            a.len() + 1
        ));
    }
    Ok(())
}

fn buffer_arg(v: &Obj) -> PyResult<Vec<u8>> {
    match bytes_of(v) {
        Some(b) => Ok(b),
        None => type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name_of(v)
        )),
    }
}

fn s_pack(a: &[Obj]) -> PyResult<Obj> {
    if a.is_empty() {
        return type_error("pack expected at least 1 argument, got 0");
    }
    let f = format_arg(&a[0])?;
    let mut out = vec![0u8; f.size];
    pack_values(&f, &a[1..], &mut out, "pack")?;
    Ok(types::bytes::new_bytes(out))
}

fn s_unpack(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("unpack", a.len(), 2, 2)?;
    let f = format_arg(&a[0])?;
    let data = buffer_arg(&a[1])?;
    if data.len() != f.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            f.size
        )));
    }
    Ok(unpack_values(&f, &data))
}

fn s_calcsize(a: &[Obj]) -> PyResult<Obj> {
    let v = crate::builtins::exactly_one("calcsize", a)?;
    Ok(types::int::new_int(format_arg(v)?.size as i64))
}

fn offset_arg(v: Option<&Obj>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => crate::ops::object::index_i64(v),
    }
}

fn s_unpack_from(a: &[Obj], kw: &types::function::Kwargs) -> PyResult<Obj> {
    let offset = crate::builtins::kwarg(kw, "offset");
    need_args("unpack_from", a, 2)?;
    let f = format_arg(&a[0])?;
    let data = buffer_arg(&a[1])?;
    let off = offset_arg(a.get(2).or(offset))?;
    let off = buffer_offset(off, f.size, data.len(), Access::Unpack)?;
    Ok(unpack_values(&f, &data[off..off + f.size]))
}

/// Which of `pack_into` / `unpack_from` checks its buffer offset.
#[derive(Clone, Copy)]
enum Access {
    Pack,
    Unpack,
}

/// The start in a `len`-byte buffer of `size` bytes at offset `off`
/// (negative: from the end), with CPython's errors for `access`.
fn buffer_offset(off: i64, size: usize, len: usize, access: Access) -> PyResult<usize> {
    let (func, short, gerund) = match access {
        Access::Pack => ("pack_into", "no space to pack", "packing"),
        Access::Unpack => ("unpack_from", "not enough data to unpack", "unpacking"),
    };
    let (size, len) = (size as i64, len as i64);
    let mut off = off;
    if off < 0 {
        if off + size > 0 {
            return Err(error(format!("{short} {size} bytes at offset {off}")));
        }
        if off + len < 0 {
            return Err(error(format!(
                "offset {off} out of range for {len}-byte buffer"
            )));
        }
        off += len;
    }
    if len - off < size {
        return Err(error(format!(
            "{func} requires a buffer of at least {} bytes for {gerund} {size} bytes at offset {off} (actual buffer size is {len})",
            size + off
        )));
    }
    Ok(off as usize)
}

fn s_pack_into(a: &[Obj]) -> PyResult<Obj> {
    need_args("pack_into", a, 3)?;
    let f = format_arg(&a[0])?;
    let Payload::ByteArray(buf) = a[1].payload() else {
        return type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            types::type_name_of(&a[1])
        ));
    };
    let off = crate::ops::object::index_i64(&a[2])?;
    let mut out = vec![0u8; f.size];
    pack_values(&f, &a[3..], &mut out, "pack_into")?;
    let len = buf.borrow().len();
    let off = buffer_offset(off, f.size, len, Access::Pack)?;
    buf.borrow_mut()[off..off + f.size].copy_from_slice(&out);
    Ok(builtin().none.clone())
}

fn s_iter_unpack(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("iter_unpack", a.len(), 2, 2)?;
    let f = format_arg(&a[0])?;
    let data = buffer_arg(&a[1])?;
    if f.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % f.size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            f.size
        )));
    }
    let items: Vec<Obj> = data.chunks(f.size).map(|c| unpack_values(&f, c)).collect();
    crate::ops::object::get_iter(&types::list::new_list(items))
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "_struct",
        Some("Functions to convert between Python values and C structs."),
    );
    super::add_functions(
        &m,
        "_struct",
        &[
            ("pack", BuiltinImpl::Pos(s_pack)),
            ("unpack", BuiltinImpl::Pos(s_unpack)),
            ("calcsize", BuiltinImpl::Pos(s_calcsize)),
            ("unpack_from", BuiltinImpl::Kw(s_unpack_from)),
            ("pack_into", BuiltinImpl::Pos(s_pack_into)),
            ("iter_unpack", BuiltinImpl::Pos(s_iter_unpack)),
        ],
    );
    super::add(&m, "error", error_type());
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip() {
        for x in [
            0.0,
            1.0,
            -2.5,
            65504.0,
            6.103515625e-05,
            5.960464477539063e-08,
            0.333251953125,
        ] {
            let h = f64_to_f16(x).expect("in range");
            assert_eq!(f16_to_f64(h), x, "{x}");
        }
        assert_eq!(f64_to_f16(1.0).expect("in range"), 0x3c00);
        assert_eq!(f64_to_f16(65519.0).expect("rounds down"), 0x7bff);
    }
}
