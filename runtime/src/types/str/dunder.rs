//! str's operators and protocol methods: `__new__`, `__repr__`, `__str__`,
//! `__hash__`, `__len__`, `__getitem__`, `__iter__`, `__contains__`,
//! `__add__`, `__mul__`/`__rmul__`, `__mod__`, rich comparisons and
//! `__format__`, plus the fast-path functions other modules call directly
//! (`concat`, `repeat`, `getitem`, `contains`, `compare`, `iter_next_char`).

use super::args::{Arity, arity, index_value, not_implemented, parse_kw, split_self};
use super::{PyStr, as_str, new_str_of_type, new_string, new_string_counted, pystr, this};
use crate::abi::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::errors::{Exc, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_kw_methods, add_methods};
use crate::types::{self, Builtins, builtin, int};
use num_traits::ToPrimitive;

/// `a + b` for a str `a`: "can only concatenate str (not "int") to str".
pub fn concat(a: &Obj, b: &Obj) -> PyResult<Obj> {
    let pa = match pystr(a) {
        Some(pa) => pa,
        None => this(a)?,
    };
    let Some(pb) = pystr(b) else {
        return type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            types::type_name_of(b)
        ));
    };
    if pb.s.is_empty() && super::is_exact_str(a) {
        return Ok(a.clone());
    }
    if pa.s.is_empty() && super::is_exact_str(b) {
        return Ok(b.clone());
    }
    // Written once, into the new object's block when short (short pieces
    // without a copy call).
    let size = pa.s.len() + pb.s.len();
    super::args::alloc_check(size)?;
    let nchars = pa.nchars + pb.nchars;
    // Short text (`"w" + str(i)`): the copies inlined into the new
    // object's block.
    if nchars > 1 && size <= super::storage::INLINE_MAX {
        return Ok(super::build_inline(size, nchars, |w| {
            w.push(&pa.s);
            w.push(&pb.s);
        }));
    }
    Ok(super::new_exact_with(size, nchars, |w| {
        w.push(&pa.s);
        w.push(&pb.s);
    }))
}

/// Appends the text of the exact str `b` to the exact str `a` in place
/// when `a` has exactly two references — a local variable and the operand
/// stack, about to store the result back into that variable (the caller
/// checks this) — so that no one can see `a` change. Returns whether it
/// did; the words are borrowed.
pub fn append_in_place(a: u64, b: u64) -> bool {
    if a == b {
        return false;
    }
    let (ao, bo) = (Obj::borrow(&a), Obj::borrow(&b));
    if !super::is_exact_str(ao) || !super::is_exact_str(bo) || ao.refcount() != 2 {
        return false;
    }
    let Some(tail) = pystr(bo) else {
        return false;
    };
    if tail.s.is_empty() {
        return false;
    }
    // SAFETY: `a` is a live exact str whose two owners are the caller's
    // variable and stack slot; the checks above no longer borrow it, and
    // `b` is another object.
    unsafe { append_text(a, tail) }
}

/// Appends `tail` to the text of the str object at `a` and resets its
/// cached hash; false (nothing changed) when its inline text would outgrow
/// its block.
///
/// # Safety
/// `a` must be a live str object that nothing else reads or borrows
/// during the call, and `tail` must not belong to it.
unsafe fn append_text(a: u64, tail: &PyStr) -> bool {
    // SAFETY: the caller guarantees exclusive access to the object at `a`.
    let payload = unsafe { &mut (*(a as *mut crate::object::PyObject)).payload };
    let Payload::Str(p) = payload else {
        return false;
    };
    // SAFETY: as above; `tail` is another object's text.
    if !unsafe { p.s.try_append(&tail.s) } {
        return false;
    }
    p.nchars += tail.nchars;
    p.hash.set(-1);
    true
}

/// `s * n` (`str.__mul__`): n must support `__index__`; negative counts
/// give the empty string.
pub fn repeat(s: &Obj, n: &Obj) -> PyResult<Obj> {
    let p = this(s)?;
    let Some(count) = index_value(n)? else {
        // `seq * 1.5` reports "can't multiply sequence by non-int" from
        // `ops::binary_op` before getting here; the method itself says:
        return crate::types::str::args::not_integer(n);
    };
    let Some(count) = count.to_isize() else {
        return raise(
            Exc::OverflowError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                types::type_name_of(n)
            ),
        );
    };
    if count <= 0 || p.s.is_empty() {
        return Ok(builtin().empty_str.clone());
    }
    if count == 1 && super::is_exact_str(s) {
        return Ok(s.clone());
    }
    let count = count as usize;
    let Some(total) =
        p.s.len()
            .checked_mul(count)
            .filter(|&t| t <= isize::MAX as usize)
    else {
        return raise(Exc::OverflowError, "repeated string is too long");
    };
    super::args::alloc_check(total)?;
    // Written once, into the new object's block when short.
    Ok(super::new_exact_with(total, p.nchars * count, |w| {
        for _ in 0..count {
            w.push(&p.s);
        }
    }))
}

/// The `n` characters of `s` from `start` by `step` (adjusted indices).
fn sliced(s: &Obj, p: &PyStr, start: isize, step: isize, n: usize) -> Obj {
    if n == p.nchars && step == 1 && super::is_exact_str(s) {
        return s.clone();
    }
    if step == 1 && n > 0 {
        if p.is_ascii() {
            // Code points are bytes: no offsets to look up, nothing to
            // count (`w[:2]`, `text[start:i]` of ASCII text).
            let start = start as usize;
            return super::new_ascii(&p.s[start..start + n]);
        }
        let b0 = super::byte_offset(s, p, start as usize);
        let b1 = super::byte_offset(s, p, start as usize + n);
        return super::new_counted(&p.s[b0..b1], n);
    }
    let text = super::slice(p, start, step, n);
    new_string_counted(text, n)
}

/// `s[start:stop:step]` for unpacked bounds (`slice_unpack`'s result).
pub fn get_slice(s: &Obj, start: isize, stop: isize, step: isize) -> PyResult<Obj> {
    let p = this(s)?;
    let (start, _, step, n) = types::range::slice_adjust(p.nchars, start, stop, step);
    Ok(sliced(s, p, start, step, n))
}

/// `s[key]` for an int or slice key.
pub fn getitem(s: &Obj, key: &Obj) -> PyResult<Obj> {
    let p = this(s)?;
    if let Payload::Slice(..) = key.payload() {
        let (start, _stop, step, n) = super::args::slice_indices(key, p.nchars)?;
        return Ok(sliced(s, p, start, step, n));
    }
    match super::args::item_index(key, p.nchars, "string index out of range")? {
        Some(i) if p.is_ascii() => Ok(super::char_str(p.s.as_bytes()[i] as char)),
        Some(i) => {
            let b = super::byte_offset(s, p, i);
            let c = p.s[b..]
                .chars()
                .next()
                .expect("index checked against nchars");
            Ok(super::char_str(c))
        }
        None => type_error(format!(
            "string indices must be integers, not '{}'",
            types::type_name_of(key)
        )),
    }
}

/// `item in s`: "'in <string>' requires string as left operand, not int".
pub fn contains(s: &Obj, item: &Obj) -> PyResult<bool> {
    let p = this(s)?;
    match as_str(item) {
        // One byte: a plain byte search (an ASCII byte only ever matches
        // an ASCII character in UTF-8).
        Some(sub) if sub.len() == 1 => Ok(p.s.as_bytes().contains(&sub.as_bytes()[0])),
        Some(sub) => Ok(p.s.contains(sub)),
        None => type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            types::type_name_of(item)
        )),
    }
}

/// Rich comparison of two strs in code-point order (UTF-8 byte order is
/// code-point order); None when either operand is not a str.
pub fn compare(a: &Obj, b: &Obj, op: u64) -> Option<bool> {
    let (x, y) = (as_str(a)?, as_str(b)?);
    Some(match op {
        CMP_EQ => x == y,
        CMP_NE => x != y,
        CMP_LT => x < y,
        CMP_LE => x <= y,
        CMP_GT => x > y,
        CMP_GE => x >= y,
        _ => return None,
    })
}

/// Advances a str iterator whose position is the byte offset `pos`:
/// returns the next one-character string, or None at the end.
pub fn iter_next_char(s: &Obj, pos: &mut usize) -> Option<Obj> {
    let text = as_str(s)?;
    let c = text.get(*pos..)?.chars().next()?;
    *pos += c.len_utf8();
    Some(super::char_str(c))
}

/// `str.__new__(cls, object='', encoding=..., errors=...)`.
pub fn str_new(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let Some((cls, rest)) = args.split_first() else {
        return type_error("str.__new__(): not enough arguments");
    };
    if !matches!(cls.payload(), Payload::Type(_)) {
        return type_error(format!(
            "str.__new__(X): X is not a type object ({})",
            types::type_name_of(cls)
        ));
    }
    if !types::is_subtype(cls, &builtin().str_) {
        let n = types::type_name(cls);
        return type_error(format!("str.__new__({n}): {n} is not a subtype of str"));
    }
    let a = parse_kw("str", rest, kwargs, &["object", "encoding", "errors"], 0)?;
    let enc = opt_str_arg("str", "encoding", a[1].as_ref())?;
    let errors = opt_str_arg("str", "errors", a[2].as_ref())?;
    let value = match &a[0] {
        None => builtin().empty_str.clone(),
        Some(o) if enc.is_none() && errors.is_none() => crate::ops::str_(o)?,
        Some(o) => decode_object(o, enc, errors)?,
    };
    if cls.is(&builtin().str_) {
        return Ok(value);
    }
    let text = as_str(&value).unwrap_or("").to_string();
    Ok(new_str_of_type(cls, text))
}

/// An optional str argument: "str() argument 'encoding' must be str, not None".
pub fn opt_str_arg<'a>(fname: &str, name: &str, v: Option<&'a Obj>) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(o) => match as_str(o) {
            Some(s) => Ok(Some(s)),
            None => type_error(format!(
                "{fname}() argument '{name}' must be str, not {}",
                arg_type_name(o)
            )),
        },
    }
}

/// Type names as Argument Clinic prints them ("None" for None).
pub fn arg_type_name(v: &Obj) -> String {
    if v.is(&builtin().none) {
        "None".to_string()
    } else {
        types::type_name_of(v)
    }
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
fn decode_object(obj: &Obj, enc: Option<&str>, errors: Option<&str>) -> PyResult<Obj> {
    let data: Vec<u8> = match obj.payload() {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        Payload::Str(_) => return type_error("decoding str is not supported"),
        _ => {
            return type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                types::type_name_of(obj)
            ));
        }
    };
    let s = super::codecs::decode(&data, enc.unwrap_or("utf-8"), errors.unwrap_or("strict"))?;
    Ok(new_string(s))
}

fn m_repr(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(0))?;
    Ok(new_string(super::repr_str(&this(s)?.s)))
}

fn m_str(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(0))?;
    if super::is_exact_str(s) {
        return Ok(s.clone());
    }
    Ok(new_string(this(s)?.s.to_string()))
}

fn m_hash(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(0))?;
    Ok(int::new_int(super::hash_str(this(s)?)))
}

fn m_len(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(0))?;
    Ok(int::new_int(this(s)?.nchars as i64))
}

fn m_getitem(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(1))?;
    getitem(s, &rest[0])
}

fn m_contains(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(1))?;
    Ok(int::new_bool(contains(s, &rest[0])?))
}

fn m_add(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(1))?;
    concat(s, &rest[0])
}

fn m_mul(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    if rest.len() != 1 {
        // CPython's wrapper for sq_repeat really prints a leading space.
        return type_error(format!(" expected 1 argument, got {}", rest.len()));
    }
    repeat(s, &rest[0])
}

fn m_mod(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(1))?;
    let text = super::percent::format_str(&this(s)?.s, &rest[0])?;
    Ok(new_string(text))
}

fn m_rmod(args: &[Obj]) -> PyResult<Obj> {
    let (_, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(1))?;
    Ok(not_implemented())
}

fn cmp_method(args: &[Obj], op: u64) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(1))?;
    this(s)?;
    Ok(match compare(s, &rest[0], op) {
        Some(b) => int::new_bool(b),
        None => not_implemented(),
    })
}

fn m_eq(args: &[Obj]) -> PyResult<Obj> {
    cmp_method(args, CMP_EQ)
}
fn m_ne(args: &[Obj]) -> PyResult<Obj> {
    cmp_method(args, CMP_NE)
}
fn m_lt(args: &[Obj]) -> PyResult<Obj> {
    cmp_method(args, CMP_LT)
}
fn m_le(args: &[Obj]) -> PyResult<Obj> {
    cmp_method(args, CMP_LE)
}
fn m_gt(args: &[Obj]) -> PyResult<Obj> {
    cmp_method(args, CMP_GT)
}
fn m_ge(args: &[Obj]) -> PyResult<Obj> {
    cmp_method(args, CMP_GE)
}

fn m_iter(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::Wrapper(0))?;
    this(s)?;
    Ok(crate::types::iter::new_seq_iter(s.clone()))
}

fn m_format(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::One("str.__format__"))?;
    let p = this(s)?;
    let Some(spec) = as_str(&rest[0]) else {
        return type_error(format!(
            "__format__() argument must be str, not {}",
            types::type_name_of(&rest[0])
        ));
    };
    if spec.is_empty() {
        return if super::is_exact_str(s) {
            Ok(s.clone())
        } else {
            crate::ops::str_(s)
        };
    }
    match crate::fmt::format_str_with(&p.s, spec) {
        Ok(t) => Ok(new_string(t)),
        Err(msg) => raise(Exc::ValueError, msg),
    }
}

fn m_sizeof(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::NoArgs("str.__sizeof__"))?;
    let p = this(s)?;
    // CPython's compact layouts: 40-byte ASCII header, 56 otherwise, plus
    // the characters at 1/2/4 bytes each and a terminator.
    let max = p.s.chars().map(|c| c as u32).max().unwrap_or(0);
    let size = if p.is_ascii() {
        49 + p.nchars
    } else if max < 0x100 {
        73 + p.nchars
    } else if max < 0x10000 {
        74 + 2 * p.nchars
    } else {
        76 + 4 * p.nchars
    };
    Ok(int::new_int(size as i64))
}

fn m_getnewargs(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::NoArgs("str.__getnewargs__"))?;
    let copy = new_string(this(s)?.s.to_string());
    Ok(crate::types::tuple::new_tuple(vec![copy]))
}

pub(super) fn register(b: &Builtins) {
    let t = &b.str_;
    add_kw_methods(t, &[("__new__", str_new)]);
    add_methods(
        t,
        &[
            ("__repr__", m_repr),
            ("__str__", m_str),
            ("__hash__", m_hash),
            ("__len__", m_len),
            ("__getitem__", m_getitem),
            ("__contains__", m_contains),
            ("__add__", m_add),
            ("__mul__", m_mul),
            ("__rmul__", m_mul),
            ("__mod__", m_mod),
            ("__rmod__", m_rmod),
            ("__eq__", m_eq),
            ("__ne__", m_ne),
            ("__lt__", m_lt),
            ("__le__", m_le),
            ("__gt__", m_gt),
            ("__ge__", m_ge),
            ("__iter__", m_iter),
            ("__format__", m_format),
            ("__sizeof__", m_sizeof),
            ("__getnewargs__", m_getnewargs),
        ],
    );
}
