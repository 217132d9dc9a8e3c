//! Rich comparison with CPython's rules (`do_richcompare`): the reflected
//! operation of a proper subclass of the left operand's type is tried first,
//! NotImplemented falls through to the other operand, `==`/`!=` fall back
//! to identity and ordering raises TypeError. Also the identity shortcut for
//! `==` in containers.

use super::call::call_unbound;
use crate::abi::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::errors::{Exc, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::types::{builtin, is_subtype, type_name_of};
use std::cmp::Ordering;

/// Special method names indexed by `CMP_*`.
pub const CMP_NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/// Operator symbols indexed by `CMP_*`.
pub const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// The operation with swapped operands (`a < b` ⇔ `b > a`).
pub fn swapped(op: u64) -> u64 {
    match op {
        CMP_LT => CMP_GT,
        CMP_LE => CMP_GE,
        CMP_GT => CMP_LT,
        CMP_GE => CMP_LE,
        o => o,
    }
}

/// Does an ordering satisfy the comparison `op`?
pub fn ordering_matches(o: Ordering, op: u64) -> bool {
    match op {
        CMP_LT => o == Ordering::Less,
        CMP_LE => o != Ordering::Greater,
        CMP_EQ => o == Ordering::Equal,
        CMP_NE => o != Ordering::Equal,
        CMP_GT => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

fn bool_obj(b: bool) -> Obj {
    let bi = builtin();
    if b {
        bi.true_.clone()
    } else {
        bi.false_.clone()
    }
}

/// Exact-type fast paths; None when the generic protocol must run.
fn fast_compare(a: &Obj, b: &Obj, op: u64) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.small_int(), b.small_int()) {
        return Some(ordering_matches(x.cmp(&y), op));
    }
    let bi = builtin();
    let (ta, tb) = (a.ty_word(), b.ty_word());
    if ta != tb {
        return None;
    }
    match (a.payload(), b.payload()) {
        (Payload::Str(x), Payload::Str(y)) if ta == bi.str_.word() => Some(match op {
            // Equality: identity (one-character strs are shared), then
            // the lengths, before any byte comparison.
            CMP_EQ => a.is(b) || x.s == y.s,
            CMP_NE => !a.is(b) && x.s != y.s,
            _ => ordering_matches(x.s.as_bytes().cmp(y.s.as_bytes()), op),
        }),
        (Payload::Float(x), Payload::Float(y)) if ta == bi.float.word() => Some(match op {
            CMP_LT => x < y,
            CMP_LE => x <= y,
            CMP_EQ => x == y,
            CMP_NE => x != y,
            CMP_GT => x > y,
            _ => x >= y,
        }),
        _ => None,
    }
}

/// Calls `type(x).__op__(x, y)`; NotImplemented when the type lacks it.
fn slot_compare(x: &Obj, y: &Obj, op: u64) -> PyResult<Obj> {
    match super::attr::cache::lookup_special(x, CMP_NAMES[op as usize]) {
        Some(f) => call_unbound(&f, x, std::slice::from_ref(y), &[]),
        None => Ok(builtin().not_implemented.clone()),
    }
}

fn is_notimpl(v: &Obj) -> bool {
    matches!(v.payload(), Payload::NotImplemented)
}

/// `a <op> b` for op in `abi::CMP_*`, returning the result object.
pub fn rich_compare(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    if op > CMP_GE {
        return raise(Exc::SystemError, "bad comparison operator");
    }
    if let Some(r) = fast_compare(a, b, op) {
        return Ok(bool_obj(r));
    }
    // Two exact tuples or two exact lists: their comparisons cannot be
    // replaced, and neither operand's type is a subclass of the other's,
    // so the slot of the left one answers.
    let bi = builtin();
    let tw = a.ty_word();
    if tw == b.ty_word() {
        if tw == bi.tuple.word() {
            return crate::types::tuple::richcompare(a, b, op);
        }
        if tw == bi.list.word() {
            return crate::types::list::richcompare(a, b, op);
        }
    }
    let (ta, tb) = (a.ty(), b.ty());
    let mut checked_reverse = false;
    if !ta.is(&tb) && is_subtype(&tb, &ta) {
        checked_reverse = true;
        let r = slot_compare(b, a, swapped(op))?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    let r = slot_compare(a, b, op)?;
    if !is_notimpl(&r) {
        return Ok(r);
    }
    if !checked_reverse {
        let r = slot_compare(b, a, swapped(op))?;
        if !is_notimpl(&r) {
            return Ok(r);
        }
    }
    match op {
        CMP_EQ => Ok(bool_obj(a.is(b))),
        CMP_NE => Ok(bool_obj(!a.is(b))),
        _ => type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            CMP_SYMBOLS[op as usize],
            type_name_of(a),
            type_name_of(b)
        )),
    }
}

/// `bool(a <op> b)` (no identity shortcut: `nan == nan` stays False).
pub fn rich_compare_bool(a: &Obj, b: &Obj, op: u64) -> PyResult<bool> {
    if op <= CMP_GE
        && let Some(r) = fast_compare(a, b, op)
    {
        return Ok(r);
    }
    let r = rich_compare(a, b, op)?;
    super::is_true(&r)
}

/// `a == b` as containers use it: identity implies equality.
pub fn eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    rich_compare_bool(a, b, CMP_EQ)
}
