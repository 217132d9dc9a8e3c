//! Arithmetic operators (`BINARY_OP`, in-place operators, unary operators,
//! `divmod`, `abs`, three-argument `pow`, `round`) with CPython's dispatch:
//! exact int/bool/float/complex fast paths, then the `__op__` / reflected
//! `__rop__` / in-place `__iop__` special methods with the subclass-first
//! rule and NotImplemented handling, then the sequence concat/repeat slots
//! of the built-in sequences (`"a" + "b"`, `[1] * 3`, `3 * [1]`), and
//! finally CPython's TypeError messages.
//!
//! Built-in sequences register `__add__`/`__mul__`/`__rmul__`/`__iadd__`/
//! `__imul__` as ordinary methods; CPython implements those as
//! `sq_concat`/`sq_repeat`, which are tried only after both operands'
//! numeric slots. This module reproduces that order: such methods (built-in
//! methods owned by a built-in str/bytes/bytearray/list/tuple type) are
//! skipped by the numeric phase and called by the sequence phase.

use crate::abi::{
    NB_ADD, NB_AND, NB_INPLACE_OFFSET, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_XOR,
    UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT, UNARY_POSITIVE,
};
use crate::errors::{Exc, PyErr, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::ops::attr::cache;
use crate::ops::call::call_unbound;
use crate::types::complex::{self, complex_binop, complex_supports};
use crate::types::float::{self, float_binop, float_supports, new_float};
use crate::types::int::arith::{OP_DIVMOD, int_binop};
use crate::types::int::{self, IntVal, int_val};
use crate::types::{self, Layout, builtin, is_subtype, type_data, type_name_of};
use std::cell::RefCell;

/// Operator symbol and special-method names per `abi::NB_*`:
/// (symbol, `__op__`, `__rop__`, `__iop__`).
pub const NB_TABLE: [(&str, &str, &str, &str); 13] = [
    ("+", "__add__", "__radd__", "__iadd__"),
    ("&", "__and__", "__rand__", "__iand__"),
    ("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    ("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    ("*", "__mul__", "__rmul__", "__imul__"),
    ("%", "__mod__", "__rmod__", "__imod__"),
    ("|", "__or__", "__ror__", "__ior__"),
    ("**", "__pow__", "__rpow__", "__ipow__"),
    (">>", "__rshift__", "__rrshift__", "__irshift__"),
    ("-", "__sub__", "__rsub__", "__isub__"),
    ("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    ("^", "__xor__", "__rxor__", "__ixor__"),
];

/// An operand of an exact built-in numeric type.
#[derive(Clone, Copy)]
enum Num<'a> {
    /// An int or bool (the flag is set for bools).
    Int(IntVal<'a>, bool),
    Float(f64),
    Complex(f64, f64),
}

#[inline]
fn exact_num(v: &Obj) -> Option<Num<'_>> {
    if let Some(i) = v.small_int() {
        return Some(Num::Int(IntVal::Small(i), false));
    }
    let b = builtin();
    let t = v.ty_word();
    match v.payload() {
        Payload::Int(x) if t == b.int.word() => Some(Num::Int(IntVal::Big(x), false)),
        Payload::Bool(x) => Some(Num::Int(IntVal::Small(*x as i64), true)),
        Payload::Float(f) if t == b.float.word() => Some(Num::Float(*f)),
        Payload::Complex(re, im) if t == b.complex.word() => Some(Num::Complex(*re, *im)),
        _ => None,
    }
}

fn num_to_f64(n: Num) -> PyResult<f64> {
    match n {
        Num::Int(i, _) => int::int_val_to_f64(i),
        Num::Float(f) => Ok(f),
        Num::Complex(re, _) => Ok(re),
    }
}

fn num_to_complex(n: Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(re, im) => Ok((re, im)),
        other => Ok((num_to_f64(other)?, 0.0)),
    }
}

/// The fast path for two exact numbers; Ok(None) when it does not apply
/// (other types) or the operator is not supported (NotImplemented).
fn num_binop(a: &Obj, b: &Obj, op: u64) -> PyResult<Option<Obj>> {
    let (Some(x), Some(y)) = (exact_num(a), exact_num(b)) else {
        return Ok(None);
    };
    match (x, y) {
        (Num::Int(i, ib), Num::Int(j, jb)) => {
            if ib && jb && matches!(op, NB_AND | NB_OR | NB_XOR) {
                let (p, q) = (!i.is_zero(), !j.is_zero());
                return Ok(Some(int::new_bool(match op {
                    NB_AND => p & q,
                    NB_OR => p | q,
                    _ => p ^ q,
                })));
            }
            int_binop(i, j, op)
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            if !complex_supports(op) {
                return Ok(None);
            }
            complex_binop(num_to_complex(x)?, num_to_complex(y)?, op)
        }
        _ => {
            if !float_supports(op) {
                return Ok(None);
            }
            float_binop(num_to_f64(x)?, num_to_f64(y)?, op)
        }
    }
}

/// `a + b` and `a % b` with an exact str on the left: str's own slots,
/// called directly. Skipped when `b` is a str subclass instance (its
/// reflected method would go first).
fn str_binop(a: &Obj, b: &Obj, op: u64) -> PyResult<Option<Obj>> {
    let str_ty = builtin().str_.word();
    // `s * n` and `n * s` of an exact str and an exact int: neither
    // type's multiplication can be overridden, and int's declines a str,
    // so it is str's repeat (`sq_repeat`) without the slot search.
    if op == NB_MULTIPLY {
        let exact_int = |v: &Obj| v.is_small_int() || v.ty_word() == builtin().int.word();
        if a.ty_word() == str_ty && exact_int(b) {
            return types::str::repeat(a, b).map(Some);
        }
        if b.ty_word() == str_ty && exact_int(a) {
            return types::str::repeat(b, a).map(Some);
        }
    }
    if a.ty_word() != str_ty {
        return Ok(None);
    }
    let b_exact = b.ty_word() == str_ty;
    match op {
        NB_ADD if b_exact => types::str::concat(a, b).map(Some),
        NB_REMAINDER if b_exact || types::str::pystr(b).is_none() => {
            let text = types::str::as_str(a).unwrap_or("");
            let r = types::str::percent::format_str(text, b)?;
            Ok(Some(types::str::new_string(r)))
        }
        _ => Ok(None),
    }
}

#[inline]
fn is_notimpl(v: &Obj) -> bool {
    v.is(&builtin().not_implemented)
}

/// Is `f` a built-in sequence's concat/repeat method (CPython's
/// `sq_concat`/`sq_repeat`/`sq_inplace_*` rather than a numeric slot)?
fn is_seq_slot(f: &Obj, name: &str) -> bool {
    // The payload test first: user dunders are functions, and skip the
    // name comparisons.
    match f.payload() {
        Payload::Builtin(b) if is_seq_slot_name(name) => b.owner.as_ref().is_some_and(|o| {
            let td = type_data(o);
            !td.heap
                && matches!(
                    td.layout,
                    Layout::Str | Layout::Bytes | Layout::ByteArray | Layout::List | Layout::Tuple
                )
        }),
        _ => false,
    }
}

fn is_seq_slot_name(name: &str) -> bool {
    matches!(
        name,
        "__add__" | "__radd__" | "__mul__" | "__rmul__" | "__iadd__" | "__imul__"
    )
}

/// The numeric special method `name` of type `ty` (sequence slots excluded).
fn nb_slot(ty: &Obj, name: &str) -> Option<Obj> {
    super::attr::cache::lookup(ty, name).filter(|f| !is_seq_slot(f, name))
}

/// The built-in sequence slot `name` of type `ty`, if that is what it has.
fn seq_slot(ty: &Obj, name: &str) -> Option<Obj> {
    super::attr::cache::lookup(ty, name).filter(|f| is_seq_slot(f, name))
}

/// CPython's `binary_op1` on special methods: Ok(None) when both sides
/// return NotImplemented (or lack the method).
/// `key` names the operator for `binop_slots` (an `abi::NB_*`, or
/// `DIVMOD_KEY`).
fn binary_op1(a: &Obj, b: &Obj, key: u64, name: &str, rname: &str) -> PyResult<Option<Obj>> {
    let (fa, mut fb, reflected_first) = binop_slots(a.ty_word(), b.ty_word(), key, name, rname);
    if reflected_first && let Some(g) = &fb {
        let r = call_unbound(g, b, std::slice::from_ref(a), &[])?;
        if !is_notimpl(&r) {
            return Ok(Some(r));
        }
        fb = None;
    }
    if let Some(f) = fa {
        let r = call_unbound(&f, a, std::slice::from_ref(b), &[])?;
        if !is_notimpl(&r) {
            return Ok(Some(r));
        }
    }
    if let Some(g) = fb {
        let r = call_unbound(&g, b, std::slice::from_ref(a), &[])?;
        if !is_notimpl(&r) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `binary_op1`'s cache key for `divmod` (past the `abi::NB_*` numbers).
const DIVMOD_KEY: u64 = 13;

/// What `binary_op1` calls for one (left type, right type, operator), as
/// resolved at one type epoch: the by-name lookups and the subtype test
/// give the same answers until a heap type's namespace or bases change
/// (which bumps the epoch). All words are owned references (0 for none),
/// so no cached type's address is reused while cached.
#[derive(Clone, Copy, Default)]
struct BinopEntry {
    ta: u64,
    tb: u64,
    key: u64,
    epoch: u64,
    /// `__op__` of the left type.
    fa: u64,
    /// `__rop__` of the right type (0 when both types are the same).
    fb: u64,
    /// The right type is a proper subtype overriding `__rop__`: its
    /// method goes first.
    reflected_first: bool,
}

const BINOP_CACHE_SIZE: usize = 512;

thread_local! {
    static BINOP_CACHE: RefCell<Vec<BinopEntry>> =
        RefCell::new(vec![BinopEntry::default(); BINOP_CACHE_SIZE]);
}

/// The special methods of `binary_op1` for operand types `ta` and `tb`
/// (borrowed words): (`__op__` of `ta`, `__rop__` of `tb`, whether the
/// reflected one goes first), cached per epoch.
fn binop_slots(
    ta: u64,
    tb: u64,
    key: u64,
    name: &str,
    rname: &str,
) -> (Option<Obj>, Option<Obj>, bool) {
    let idx = (((ta >> 4) ^ (tb >> 3) ^ key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
        & (BINOP_CACHE_SIZE - 1);
    let epoch = super::attr::cache::epoch();
    let owned = |w: u64| (w != 0).then(|| Obj::borrow(&w).clone());
    let hit = BINOP_CACHE.with(|c| {
        let e = c.borrow()[idx];
        (e.epoch == epoch && e.ta == ta && e.tb == tb && e.key == key)
            .then(|| (owned(e.fa), owned(e.fb), e.reflected_first))
    });
    if let Some(slots) = hit {
        return slots;
    }
    let (ta, tb) = (Obj::borrow(&ta).clone(), Obj::borrow(&tb).clone());
    let fa = nb_slot(&ta, name);
    let fb = if ta.is(&tb) {
        None
    } else {
        nb_slot(&tb, rname)
    };
    let reflected_first = fb.as_ref().is_some_and(|g| {
        is_subtype(&tb, &ta) && !super::attr::cache::lookup(&ta, rname).is_some_and(|h| h.is(g))
    });
    let entry = BinopEntry {
        ta: ta.into_word(),
        tb: tb.into_word(),
        key,
        epoch,
        fa: fa.clone().map_or(0, Obj::into_word),
        fb: fb.clone().map_or(0, Obj::into_word),
        reflected_first,
    };
    // The evicted entry's references are released after the borrow ends
    // (a finalizer may run and use this cache).
    let old = BINOP_CACHE.with(|c| std::mem::replace(&mut c.borrow_mut()[idx], entry));
    for w in [old.ta, old.tb, old.fa, old.fb] {
        drop(Obj::from_word(w));
    }
    (fa, fb, reflected_first)
}

/// `seq * n` through a sequence's repeat slot: `n` must support
/// `__index__` ("can't multiply sequence by non-int of type 'float'").
fn sequence_repeat(f: &Obj, seq: &Obj, n: &Obj) -> PyResult<Obj> {
    if !int::has_index(n) {
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(n)
        ));
    }
    let count = int::as_index_i64(n)?;
    let r = call_unbound(f, seq, &[int::new_int(count)], &[])?;
    if is_notimpl(&r) {
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(n)
        ));
    }
    Ok(r)
}

/// The message of a failed sequence concatenation (when the sequence's
/// `__add__` returned NotImplemented instead of raising).
fn concat_error(a: &Obj, b: &Obj) -> PyErr {
    let ta = a.ty();
    let msg = match type_data(&ta).layout {
        Layout::Bytes | Layout::ByteArray => {
            format!("can't concat {} to {}", type_name_of(b), type_name_of(a))
        }
        layout => {
            let kind = match layout {
                Layout::Str => "str",
                Layout::List => "list",
                _ => "tuple",
            };
            format!(
                "can only concatenate {kind} (not \"{}\") to {kind}",
                type_name_of(b)
            )
        }
    };
    PyErr::new(Exc::TypeError, msg)
}

/// The sequence phase of `+`/`*` (and `+=`/`*=`): Ok(None) when neither
/// operand is a built-in sequence.
fn seq_fallback(a: &Obj, b: &Obj, op: u64, inplace: bool) -> PyResult<Option<Obj>> {
    let ta = a.ty();
    match op {
        NB_ADD => {
            let f = if inplace {
                seq_slot(&ta, "__iadd__").or_else(|| seq_slot(&ta, "__add__"))
            } else {
                seq_slot(&ta, "__add__")
            };
            let Some(f) = f else {
                return Ok(None);
            };
            let r = call_unbound(&f, a, std::slice::from_ref(b), &[])?;
            if is_notimpl(&r) {
                return Err(concat_error(a, b));
            }
            Ok(Some(r))
        }
        NB_MULTIPLY => {
            let fa = if inplace {
                seq_slot(&ta, "__imul__").or_else(|| seq_slot(&ta, "__mul__"))
            } else {
                seq_slot(&ta, "__mul__")
            };
            if let Some(f) = fa {
                return sequence_repeat(&f, a, b).map(Some);
            }
            let tb = b.ty();
            match seq_slot(&tb, "__mul__") {
                Some(f) => sequence_repeat(&f, b, a).map(Some),
                None => Ok(None),
            }
        }
        _ => Ok(None),
    }
}

fn unsupported(a: &Obj, b: &Obj, sym: &str) -> PyErr {
    PyErr::new(
        Exc::TypeError,
        format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            type_name_of(a),
            type_name_of(b)
        ),
    )
}

/// `a <op> b` for op in `abi::NB_*` (0..=12; 13..=25 are the in-place
/// forms and are forwarded to `inplace_op`).
pub fn binary_op(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    if op > NB_XOR {
        if (NB_INPLACE_OFFSET..NB_INPLACE_OFFSET + 13).contains(&op) {
            return inplace_op(a, b, op - NB_INPLACE_OFFSET);
        }
        return raise(Exc::SystemError, format!("bad binary operator {op}"));
    }
    // Exact str + exact str (building keys and words): concatenation, with
    // nothing to override it, before the numeric tries.
    if op == NB_ADD {
        let str_ty = builtin().str_.word();
        if a.ty_word() == str_ty && b.ty_word() == str_ty {
            return types::str::concat(a, b);
        }
    }
    // A plain instance on the left (`v1 + v2` of a user class) is neither
    // a number nor a str of ours: straight to its special methods. (A
    // small int has no heap payload: `payload()` gives it a placeholder.)
    if !is_plain_instance(a) {
        if let Some(r) = num_binop(a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = str_binop(a, b, op)? {
            return Ok(r);
        }
    }
    let (sym, name, rname, _) = NB_TABLE[op as usize];
    if let Some(r) = binary_op1(a, b, op, name, rname)? {
        return Ok(r);
    }
    if let Some(r) = seq_fallback(a, b, op, false)? {
        return Ok(r);
    }
    let sym = if op == NB_POWER { "** or pow()" } else { sym };
    Err(unsupported(a, b, sym))
}

/// Whether `a` is an instance of a plain class (no built-in base).
fn is_plain_instance(a: &Obj) -> bool {
    a.heap()
        .is_some_and(|h| matches!(h.payload, Payload::Instance(_)))
}

/// `a op b` (op 0..=12) at a `BINARY_OP` site (`abi::BINOP_SITE_WORDS`):
/// when `a` is a plain instance whose type's `__op__` is a Python function
/// that goes first (the right type doesn't override the reflected method),
/// the site gets the operand types, the epoch and that function, for
/// generated code to call directly (while the left type word is not
/// retired: generated code compares no epoch).
pub fn binary_op_site(a: &Obj, b: &Obj, op: u64, site: &mut [u64; 4]) -> PyResult<Obj> {
    if op <= NB_XOR && is_plain_instance(a) {
        let (_, name, rname, _) = NB_TABLE[op as usize];
        let (fa, _, reflected_first) = binop_slots(a.ty_word(), b.ty_word(), op, name, rname);
        if let Some(f) =
            fa.filter(|f| !reflected_first && matches!(f.payload(), Payload::Function(_)))
        {
            let fresh = [
                a.ty().into_word(),
                b.ty().into_word(),
                cache::epoch(),
                f.into_word(),
            ];
            if !cache::is_live(site[0]) {
                // SAFETY: `BINARY_OP` sites live in generated code's
                // writable data, never moved or freed.
                unsafe { cache::note_live(&mut site[0], 1, 1) };
            }
            let old = std::mem::replace(site, fresh);
            for w in [cache::unretired(old[0]), old[1], old[3]] {
                drop(Obj::from_word(w));
            }
        }
    }
    binary_op(a, b, op)
}

/// `a op b` (op 0..=12) after the left operand's `__op__`, which went
/// first, returned NotImplemented: the right operand's reflected method,
/// then the sequence fallback, then the TypeError (`binary_op1`'s rest).
pub fn binary_op_after_left(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    if op > NB_XOR {
        return raise(Exc::SystemError, format!("bad binary operator {op}"));
    }
    let (sym, name, rname, _) = NB_TABLE[op as usize];
    let (_, fb, _) = binop_slots(a.ty_word(), b.ty_word(), op, name, rname);
    if let Some(g) = fb {
        let r = call_unbound(&g, b, std::slice::from_ref(a), &[])?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = seq_fallback(a, b, op, false)? {
        return Ok(r);
    }
    let sym = if op == NB_POWER { "** or pow()" } else { sym };
    Err(unsupported(a, b, sym))
}

/// `a <op>= b` for op in `abi::NB_*` (0..=12, the non-in-place number):
/// `__iop__` first, then the binary protocol.
pub fn inplace_op(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    if op > NB_XOR {
        return raise(Exc::SystemError, format!("bad in-place operator {op}"));
    }
    if let Some(r) = num_binop(a, b, op)? {
        return Ok(r);
    }
    // str has no in-place slots, so `s += t` is `s + t`.
    if let Some(r) = str_binop(a, b, op)? {
        return Ok(r);
    }
    let (sym, name, rname, iname) = NB_TABLE[op as usize];
    if let Some(f) = nb_slot(&a.ty(), iname) {
        let r = call_unbound(&f, a, std::slice::from_ref(b), &[])?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = binary_op1(a, b, op, name, rname)? {
        return Ok(r);
    }
    if let Some(r) = seq_fallback(a, b, op, true)? {
        return Ok(r);
    }
    Err(unsupported(a, b, &format!("{sym}=")))
}

/// Unary `-a`, `+a`, `~a`, `not a` (`abi::UNARY_*`).
pub fn unary_op(a: &Obj, op: u64) -> PyResult<Obj> {
    let (name, sym) = match op {
        UNARY_NOT => return Ok(int::new_bool(!super::is_true(a)?)),
        UNARY_NEGATIVE => ("__neg__", "-"),
        UNARY_POSITIVE => ("__pos__", "+"),
        UNARY_INVERT => ("__invert__", "~"),
        _ => return raise(Exc::SystemError, format!("bad unary operator {op}")),
    };
    if let Some(n) = exact_num(a) {
        match (n, op) {
            (Num::Int(i, _), UNARY_NEGATIVE) => return Ok(int::int_neg(i)),
            (Num::Int(_, false), UNARY_POSITIVE) => return Ok(a.clone()),
            (Num::Int(i, true), UNARY_POSITIVE) => return Ok(i.to_obj()),
            (Num::Int(i, _), UNARY_INVERT) => return Ok(int::int_invert(i)),
            (Num::Float(f), UNARY_NEGATIVE) => return Ok(new_float(-f)),
            (Num::Float(_), UNARY_POSITIVE) => return Ok(a.clone()),
            (Num::Complex(re, im), UNARY_NEGATIVE) => return Ok(complex::new_complex(-re, -im)),
            (Num::Complex(..), UNARY_POSITIVE) => return Ok(a.clone()),
            _ => {}
        }
    }
    match types::lookup_special(a, name) {
        Some(f) => call_unbound(&f, a, &[], &[]),
        None => type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            type_name_of(a)
        )),
    }
}

/// `abs(v)`.
pub fn abs(v: &Obj) -> PyResult<Obj> {
    match exact_num(v) {
        Some(Num::Int(i, _)) => return Ok(int::int_abs(i)),
        Some(Num::Float(f)) => return Ok(new_float(f.abs())),
        Some(Num::Complex(re, im)) => return Ok(new_float(complex::complex_abs((re, im))?)),
        None => {}
    }
    match types::lookup_special(v, "__abs__") {
        Some(f) => call_unbound(&f, v, &[], &[]),
        None => type_error(format!("bad operand type for abs(): '{}'", type_name_of(v))),
    }
}

/// `divmod(a, b)` (the built-in): exact numbers directly, anything else
/// through `__divmod__`/`__rdivmod__`.
pub fn divmod(a: &Obj, b: &Obj) -> PyResult<Obj> {
    if let Some(r) = num_binop(a, b, OP_DIVMOD)? {
        return Ok(r);
    }
    if let Some(r) = binary_op1(a, b, DIVMOD_KEY, "__divmod__", "__rdivmod__")? {
        return Ok(r);
    }
    Err(unsupported(a, b, "divmod()"))
}

/// `pow(a, b, m)`; a missing or None `m` is `a ** b`.
pub fn power(a: &Obj, b: &Obj, m: Option<&Obj>) -> PyResult<Obj> {
    let Some(m) = m.filter(|m| !m.is(&builtin().none)) else {
        return binary_op(a, b, NB_POWER);
    };
    let exact = |v: &Obj| matches!(exact_num(v), Some(Num::Int(..)));
    if exact(a)
        && exact(b)
        && exact(m)
        && let (Some(x), Some(y)) = (int_val(a), int_val(b))
    {
        return int::pow3(x, y, Some(m));
    }
    let ta = a.ty();
    let tb = b.ty();
    if let Some(f) = super::attr::cache::lookup(&ta, "__pow__") {
        let r = call_unbound(&f, a, &[b.clone(), m.clone()], &[])?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    if !ta.is(&tb)
        && let Some(g) = super::attr::cache::lookup(&tb, "__rpow__")
        && super::call::is_builtin_method(&g)
    {
        let r = call_unbound(&g, b, &[a.clone(), m.clone()], &[])?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name_of(a),
        type_name_of(b),
        type_name_of(m)
    ))
}

/// `round(v)` / `round(v, ndigits)` (a None `ndigits` is the one-argument
/// form): `type(v).__round__`.
pub fn round(v: &Obj, ndigits: Option<&Obj>) -> PyResult<Obj> {
    let ndigits = ndigits.filter(|n| !n.is(&builtin().none));
    match exact_num(v) {
        Some(Num::Float(f)) => return float::float_round(f, ndigits),
        Some(Num::Int(i, _)) if ndigits.is_none() => return Ok(i.to_obj()),
        _ => {}
    }
    let Some(f) = types::lookup_special(v, "__round__") else {
        return type_error(format!(
            "type {} doesn't define __round__ method",
            type_name_of(v)
        ));
    };
    match ndigits {
        None => call_unbound(&f, v, &[], &[]),
        Some(n) => call_unbound(&f, v, std::slice::from_ref(n), &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{
        NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_REMAINDER, NB_RSHIFT, NB_SUBTRACT,
        NB_TRUE_DIVIDE,
    };
    use crate::types::function::BuiltinImpl;
    use crate::types::typeobj::method_descr;

    fn i(v: i64) -> Obj {
        int::new_int(v)
    }
    fn s(v: &str) -> Obj {
        types::str::new_str(v)
    }
    fn f(v: f64) -> Obj {
        new_float(v)
    }
    fn repr(v: &Obj) -> String {
        if let Some(x) = int::as_bigint(v)
            && !matches!(v.payload(), Payload::Bool(_))
        {
            return x.to_string();
        }
        crate::ops::repr_string(v).unwrap_or_else(|_| "<repr failed>".into())
    }
    /// "Type: message" of a failed operation.
    fn err(r: PyResult<Obj>) -> String {
        match r {
            Ok(v) => format!("ok {}", repr(&v)),
            Err(e) => {
                let name = types::type_name_of(e.value());
                let args = crate::errors::exc_data(e.value()).map(|d| d.args.borrow().clone());
                let msg = match args.as_ref().map(|a| a.payload()) {
                    Some(Payload::Tuple(items)) if items.len() == 1 => {
                        types::str::as_str(&items[0]).unwrap_or("?").to_string()
                    }
                    Some(Payload::Tuple(items)) => {
                        let parts: Vec<String> = items.iter().map(repr).collect();
                        format!("({})", parts.join(", "))
                    }
                    _ => String::new(),
                };
                format!("{name}: {msg}")
            }
        }
    }
    fn ok(r: PyResult<Obj>) -> String {
        match r {
            Ok(v) => repr(&v),
            Err(_) => err(r),
        }
    }

    #[test]
    fn int_arithmetic() {
        types::init();
        assert_eq!(ok(binary_op(&i(1), &i(2), NB_ADD)), "3");
        assert_eq!(
            ok(binary_op(&i(1 << 61), &i(1 << 61), NB_ADD)),
            "4611686018427387904"
        );
        assert_eq!(
            ok(binary_op(&i(1 << 40), &i(1 << 40), NB_MULTIPLY)),
            "1208925819614629174706176"
        );
        assert_eq!(
            ok(binary_op(&i(2), &i(100), NB_POWER)),
            "1267650600228229401496703205376"
        );
        assert_eq!(ok(binary_op(&i(7), &i(-2), NB_FLOOR_DIVIDE)), "-4");
        assert_eq!(ok(binary_op(&i(-7), &i(2), NB_REMAINDER)), "1");
        assert_eq!(ok(binary_op(&i(1), &i(2), NB_TRUE_DIVIDE)), "0.5");
        assert_eq!(ok(binary_op(&i(2), &i(-1), NB_POWER)), "0.5");
        assert_eq!(
            ok(binary_op(&i(1), &i(63), NB_LSHIFT)),
            "9223372036854775808"
        );
        assert_eq!(ok(binary_op(&i(-5), &i(1), NB_RSHIFT)), "-3");
        assert_eq!(ok(binary_op(&i(-5), &i(3), NB_AND)), "3");
        assert_eq!(
            err(binary_op(&i(1), &i(0), NB_TRUE_DIVIDE)),
            "ZeroDivisionError: division by zero"
        );
        assert_eq!(
            err(binary_op(&i(1), &i(0), NB_FLOOR_DIVIDE)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            err(binary_op(&i(1), &i(0), NB_REMAINDER)),
            "ZeroDivisionError: integer modulo by zero"
        );
        assert_eq!(
            err(binary_op(&i(0), &i(-1), NB_POWER)),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            err(binary_op(&i(1), &i(-1), NB_LSHIFT)),
            "ValueError: negative shift count"
        );
        assert_eq!(
            err(binary_op(&i(1), &i(2), NB_MATRIX_MULTIPLY)),
            "TypeError: unsupported operand type(s) for @: 'int' and 'int'"
        );
        assert_eq!(
            err(divmod(&i(1), &i(0))),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(ok(divmod(&i(-7), &i(2))), "(-4, 1)");
    }

    #[test]
    fn bools() {
        types::init();
        let t = builtin().true_.clone();
        let fl = builtin().false_.clone();
        assert_eq!(ok(binary_op(&t, &t, NB_AND)), "True");
        assert_eq!(ok(binary_op(&t, &fl, NB_OR)), "True");
        assert_eq!(ok(binary_op(&t, &t, NB_XOR)), "False");
        assert_eq!(ok(binary_op(&t, &t, NB_ADD)), "2");
        assert_eq!(ok(binary_op(&t, &i(1), NB_AND)), "1");
        assert_eq!(ok(unary_op(&t, UNARY_INVERT)), "-2");
        assert_eq!(ok(unary_op(&t, UNARY_NEGATIVE)), "-1");
        assert_eq!(ok(unary_op(&t, UNARY_POSITIVE)), "1");
        assert_eq!(ok(unary_op(&i(0), UNARY_NOT)), "True");
    }

    #[test]
    fn floats_and_mixing() {
        types::init();
        assert_eq!(ok(binary_op(&i(1), &f(0.5), NB_ADD)), "1.5");
        assert_eq!(ok(binary_op(&f(7.5), &i(-2), NB_FLOOR_DIVIDE)), "-4.0");
        assert_eq!(
            err(binary_op(&f(1.0), &i(0), NB_TRUE_DIVIDE)),
            "ZeroDivisionError: float division by zero"
        );
        assert_eq!(
            err(binary_op(&f(1.0), &i(0), NB_FLOOR_DIVIDE)),
            "ZeroDivisionError: float floor division by zero"
        );
        assert_eq!(
            err(binary_op(&f(1.0), &i(0), NB_REMAINDER)),
            "ZeroDivisionError: float modulo"
        );
        assert_eq!(
            err(divmod(&f(1.0), &i(0))),
            "ZeroDivisionError: float divmod()"
        );
        assert_eq!(
            err(binary_op(&f(10.0), &i(400), NB_POWER)),
            "OverflowError: (34, 'Numerical result out of range')"
        );
        assert_eq!(
            ok(binary_op(&f(-8.0), &f(1.0 / 3.0), NB_POWER)),
            "(1.0000000000000002+1.7320508075688772j)"
        );
        let big = binary_op(&i(10), &i(309), NB_POWER).expect("10**309");
        assert_eq!(
            err(binary_op(&big, &f(1.0), NB_ADD)),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(
            err(binary_op(&big, &f(1.0), NB_AND)),
            "TypeError: unsupported operand type(s) for &: 'int' and 'float'"
        );
        assert_eq!(
            err(unary_op(&f(1.0), UNARY_INVERT)),
            "TypeError: bad operand type for unary ~: 'float'"
        );
        assert_eq!(ok(abs(&f(-2.5))), "2.5");
        assert_eq!(ok(round(&f(2.5), None)), "2");
        assert_eq!(ok(round(&f(2.675), Some(&i(2)))), "2.67");
    }

    #[test]
    fn complex_numbers() {
        types::init();
        let c = |re, im| complex::new_complex(re, im);
        assert_eq!(ok(binary_op(&c(1.0, 2.0), &i(1), NB_ADD)), "(2+2j)");
        assert_eq!(
            err(binary_op(&c(1.0, 2.0), &i(0), NB_TRUE_DIVIDE)),
            "ZeroDivisionError: complex division by zero"
        );
        assert_eq!(
            err(binary_op(&c(1.0, 2.0), &i(2), NB_FLOOR_DIVIDE)),
            "TypeError: unsupported operand type(s) for //: 'complex' and 'int'"
        );
        assert_eq!(ok(binary_op(&c(0.0, 1.0), &i(2), NB_POWER)), "(-1+0j)");
        assert_eq!(ok(abs(&c(3.0, 4.0))), "5.0");
        assert_eq!(ok(unary_op(&c(0.0, 0.0), UNARY_NEGATIVE)), "(-0-0j)");
    }

    #[test]
    fn type_errors() {
        types::init();
        assert_eq!(
            err(binary_op(&i(1), &s("a"), NB_ADD)),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
        );
        assert_eq!(
            err(binary_op(&i(1), &s("a"), NB_POWER)),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"
        );
        assert_eq!(
            err(inplace_op(&i(1), &s("a"), NB_ADD)),
            "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"
        );
        assert_eq!(
            err(inplace_op(&i(1), &s("a"), NB_POWER)),
            "TypeError: unsupported operand type(s) for **=: 'int' and 'str'"
        );
        assert_eq!(
            err(unary_op(&s("a"), UNARY_NEGATIVE)),
            "TypeError: bad operand type for unary -: 'str'"
        );
        assert_eq!(
            err(abs(&s("a"))),
            "TypeError: bad operand type for abs(): 'str'"
        );
        assert_eq!(
            err(divmod(&i(1), &s("a"))),
            "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'"
        );
        assert_eq!(
            err(power(&i(1), &s("a"), Some(&i(3)))),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'"
        );
        assert_eq!(
            err(power(&f(2.0), &i(2), Some(&i(3)))),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers"
        );
        assert_eq!(
            err(round(&s("a"), None)),
            "TypeError: type str doesn't define __round__ method"
        );
        assert_eq!(ok(power(&i(3), &i(-1), Some(&i(7)))), "5");
        assert_eq!(
            err(power(&i(2), &i(-1), Some(&i(4)))),
            "ValueError: base is not invertible for the given modulus"
        );
        assert_eq!(
            err(power(&i(2), &i(2), Some(&i(0)))),
            "ValueError: pow() 3rd argument cannot be 0"
        );
    }

    #[test]
    fn sequences_reach_their_methods() {
        types::init();
        assert_eq!(ok(binary_op(&s("a"), &s("b"), NB_ADD)), "'ab'");
        assert_eq!(ok(binary_op(&s("ab"), &i(2), NB_MULTIPLY)), "'abab'");
        assert_eq!(ok(binary_op(&i(2), &s("ab"), NB_MULTIPLY)), "'abab'");
        assert_eq!(
            ok(binary_op(&s("ab"), &builtin().true_, NB_MULTIPLY)),
            "'ab'"
        );
        assert_eq!(
            err(binary_op(&s("a"), &i(1), NB_ADD)),
            "TypeError: can only concatenate str (not \"int\") to str"
        );
        assert_eq!(
            err(binary_op(&s("a"), &f(2.0), NB_MULTIPLY)),
            "TypeError: can't multiply sequence by non-int of type 'float'"
        );
        assert_eq!(
            err(binary_op(&f(2.0), &s("a"), NB_MULTIPLY)),
            "TypeError: can't multiply sequence by non-int of type 'float'"
        );
        let huge = binary_op(&i(2), &i(70), NB_POWER).expect("2**70");
        assert_eq!(
            err(binary_op(&s("a"), &huge, NB_MULTIPLY)),
            "OverflowError: cannot fit 'int' into an index-sized integer"
        );
        assert_eq!(ok(inplace_op(&s("a"), &s("b"), NB_ADD)), "'ab'");
    }

    fn radd_returns_r(args: &[Obj]) -> PyResult<Obj> {
        let _ = args;
        Ok(types::str::new_str("r"))
    }

    fn make_class(
        name: &str,
        base: &Obj,
        methods: &[(&'static str, fn(&[Obj]) -> PyResult<Obj>)],
    ) -> Obj {
        let ns = types::dict::new_dict();
        let b = builtin();
        let cls = types::typeobj::new_class(&b.type_, name, std::slice::from_ref(base), &ns)
            .expect("class creation");
        for (n, m) in methods {
            types::dict::set_str(
                types::type_data(&cls).dict(),
                n,
                method_descr(&cls, n, BuiltinImpl::Pos(*m)),
            );
        }
        cls
    }

    #[test]
    fn user_classes_and_subclasses() {
        types::init();
        let b = builtin();
        // class MyInt(int): pass
        let my_int = make_class("MyInt", &b.int, &[]);
        let x = types::typeobj::type_call(&my_int, &[i(3)], &[]).expect("MyInt(3)");
        assert!(x.ty().is(&my_int));
        assert_eq!(int::as_i64(&x), Some(3));
        let y = binary_op(&x, &i(1), NB_ADD).expect("MyInt(3) + 1");
        assert!(int::is_exact_int(&y));
        assert_eq!(ok(Ok(y)), "4");
        assert_eq!(ok(binary_op(&i(1), &x, NB_SUBTRACT)), "-2");
        assert_eq!(ok(unary_op(&x, UNARY_NEGATIVE)), "-3");
        // class R(int): def __radd__(self, o): return "r" — tried first.
        let r_cls = make_class("R", &b.int, &[("__radd__", radd_returns_r)]);
        let r = types::typeobj::type_call(&r_cls, &[i(5)], &[]).expect("R(5)");
        assert_eq!(ok(binary_op(&i(1), &r, NB_ADD)), "'r'");
        // class X: __radd__ → "r"; works with int and str on the left.
        let x_cls = make_class("X", &b.object, &[("__radd__", radd_returns_r)]);
        let xo = types::typeobj::type_call(&x_cls, &[], &[]).expect("X()");
        assert_eq!(ok(binary_op(&i(1), &xo, NB_ADD)), "'r'");
        assert_eq!(ok(binary_op(&s("a"), &xo, NB_ADD)), "'r'");
        assert_eq!(
            err(binary_op(&xo, &i(1), NB_ADD)),
            "TypeError: unsupported operand type(s) for +: 'X' and 'int'"
        );
        // class F(float)
        let f_cls = make_class("F", &b.float, &[]);
        let fo = types::typeobj::type_call(&f_cls, &[f(1.5)], &[]).expect("F(1.5)");
        assert_eq!(ok(binary_op(&i(1), &fo, NB_ADD)), "2.5");
        assert_eq!(ok(binary_op(&fo, &fo, NB_MULTIPLY)), "2.25");
    }
}
