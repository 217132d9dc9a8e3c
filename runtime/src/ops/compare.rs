//! Rich comparison with CPython's reflected-operand rules and the identity
//! shortcut for `==` in containers.

use crate::errors::{Exc, PyResult, raise};
use crate::object::Obj;

/// `a <op> b` for op in `abi::CMP_*`, returning the result object.
pub fn rich_compare(a: &Obj, b: &Obj, op: u64) -> PyResult<Obj> {
    let _ = (a, b, op);
    raise(Exc::SystemError, "compare: not implemented yet")
}

/// `bool(a <op> b)`.
pub fn rich_compare_bool(a: &Obj, b: &Obj, op: u64) -> PyResult<bool> {
    let r = rich_compare(a, b, op)?;
    super::is_true(&r)
}

/// `a == b` as containers use it: identity implies equality.
pub fn eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    rich_compare_bool(a, b, crate::abi::CMP_EQ)
}
