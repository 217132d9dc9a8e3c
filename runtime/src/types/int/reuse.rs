//! Big-int results written into an operand nobody else can see (CPython's
//! `unicode_concatenate` idea applied to ints): when the caller holds every
//! reference to an exact big int and drops them right after the operation
//! (a temporary on the operand stack, or `total += x` storing back into the
//! local `total`), `a + b`, `a - b` and `a * k` reuse that int's digit
//! buffer instead of copying it into a new one. The result is that object
//! itself (a new reference), or a tagged small int when it shrank to one.
//!
//! Only exact ints are reused and only beside exact int (or bool) operands,
//! whose `__add__`/`__radd__`... are int's own: a subclass on either side
//! takes the general protocol (`ops::number`), which may call its methods.
//! Division, shifts and the rest always make a new object.

use super::{IntVal, new_int};
use crate::abi::{NB_ADD, NB_MULTIPLY, NB_SUBTRACT};
use crate::object::{Obj, Payload, PyObject};
use crate::types::builtin;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Whether `w` is an exact int object with a single reference: the first
/// test of `binop_reusing`'s operands, inline at its callers.
#[inline(always)]
pub fn sole_exact_int(w: u64) -> bool {
    Obj::borrow(&w)
        .heap()
        .is_some_and(|h| h.refcnt.get() == 1 && h.ty_word() == builtin().int.word())
}

/// `a op b` (op an `abi::NB_*` number) computed in the digit buffer of
/// `a` or `b`, or None to take the general path. `left_owners` /
/// `right_owners` say how many references to the operand the caller holds
/// and gives up once the call returns (0: none it may count on); an
/// operand whose refcount equals that number is seen by no one else.
/// Both words are borrowed.
#[inline(never)]
pub fn binop_reusing(
    a: u64,
    b: u64,
    op: u64,
    left_owners: isize,
    right_owners: isize,
) -> Option<Obj> {
    if !matches!(op, NB_ADD | NB_SUBTRACT | NB_MULTIPLY) || a == b {
        return None;
    }
    let (ao, bo) = (Obj::borrow(&a), Obj::borrow(&b));
    if reusable(ao, left_owners) {
        let other = exact_int_val(bo)?;
        // SAFETY: `a` is an exact big int held only by the caller, which
        // lends it for this call; `b` is another object.
        let x = unsafe { big_payload_mut(a) }?;
        return apply_into(x, op, other, false).then(|| result_of(ao));
    }
    if reusable(bo, right_owners) {
        let other = exact_int_val(ao)?;
        // SAFETY: as above, with the roles of `a` and `b` swapped.
        let y = unsafe { big_payload_mut(b) }?;
        return apply_into(y, op, other, true).then(|| result_of(bo));
    }
    None
}

/// `x = x op other` (or, `reversed`, `other op x`) in `x`'s own digits;
/// false (nothing done) when the result needs a new buffer anyway.
fn apply_into(x: &mut BigInt, op: u64, other: IntVal, reversed: bool) -> bool {
    match op {
        NB_ADD => add_into(x, other),
        NB_SUBTRACT if reversed => {
            rsub_into(x, other);
            true
        }
        NB_SUBTRACT => {
            sub_into(x, other);
            true
        }
        _ => mul_into(x, other),
    }
}

/// Is `v` an exact big int whose references are exactly the caller's
/// `owners`?
#[inline]
fn reusable(v: &Obj, owners: isize) -> bool {
    owners > 0
        && v.heap().is_some_and(|h| {
            h.refcnt.get() == owners
                && h.ty_word() == builtin().int.word()
                && matches!(h.payload, Payload::Int(_))
        })
}

/// The value of an exact int or a bool (never an int subclass instance,
/// whose type may override the operator).
#[inline]
fn exact_int_val(v: &Obj) -> Option<IntVal<'_>> {
    if let Some(i) = v.small_int() {
        return Some(IntVal::Small(i));
    }
    match v.payload() {
        Payload::Int(x) if v.ty_word() == builtin().int.word() => Some(IntVal::Big(x)),
        Payload::Bool(t) => Some(IntVal::Small(*t as i64)),
        _ => None,
    }
}

/// The big int payload of the object at `w`, for writing.
///
/// # Safety
/// `w` is a live object that nothing else reads, writes or borrows while
/// the returned reference lives.
unsafe fn big_payload_mut<'a>(w: u64) -> Option<&'a mut BigInt> {
    // SAFETY: the caller guarantees exclusive access to the object at `w`.
    match unsafe { &mut (*(w as *mut PyObject)).payload } {
        Payload::Int(x) => Some(x),
        _ => None,
    }
}

/// The result: the reused object, or a tagged int when it fits one (the
/// object then goes away with the caller's references).
fn result_of(v: &Obj) -> Obj {
    match v.payload() {
        Payload::Int(x) => match x.to_i64() {
            Some(i) => new_int(i),
            None => v.clone(),
        },
        _ => v.clone(),
    }
}

/// `x += other`.
fn add_into(x: &mut BigInt, other: IntVal) -> bool {
    match other {
        IntVal::Small(k) => *x += k,
        IntVal::Big(y) => *x += y,
    }
    true
}

/// `x -= other`.
fn sub_into(x: &mut BigInt, other: IntVal) {
    match other {
        IntVal::Small(k) => *x -= k,
        IntVal::Big(y) => *x -= y,
    }
}

/// `x = other - x`.
fn rsub_into(x: &mut BigInt, other: IntVal) {
    let v = std::mem::take(x);
    *x = match other {
        IntVal::Small(k) => k - v,
        IntVal::Big(y) => y - v,
    };
}

/// `x *= other` for a one-digit `other` (a longer product needs a new
/// buffer anyway: false, nothing done).
fn mul_into(x: &mut BigInt, other: IntVal) -> bool {
    match other {
        IntVal::Small(k) => {
            *x *= k;
            true
        }
        IntVal::Big(_) => false,
    }
}
