//! Arithmetic operators (`BINARY_OP`, unary operators) with CPython's
//! dispatch: exact built-in fast paths, then `__op__` / reflected `__rop__`
//! / in-place `__iop__` special methods, then CPython's TypeError.

use crate::errors::{Exc, PyResult, raise};
use crate::object::Obj;

/// `a <op> b` for op in `abi::NB_*` (0..=12).
pub fn binary_op(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    let _ = (a, b, op);
    raise(Exc::SystemError, "binary_op: not implemented yet")
}

/// `a <op>= b` for op in `abi::NB_*` (0..=12, the non-in-place number).
pub fn inplace_op(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    binary_op(a, b, op)
}

/// Unary `-a`, `+a`, `~a`, `not a` (`abi::UNARY_*`).
pub fn unary_op(a: &Obj, op: u64) -> PyResult<Obj> {
    let _ = (a, op);
    raise(Exc::SystemError, "unary_op: not implemented yet")
}
