//! `int` and `bool`: tagged small ints, boxed big ints (num-bigint), int
//! methods and constructors. Arithmetic dispatch lives in `ops::number`.

use crate::object::Obj;
use num_bigint::BigInt;

/// A new int from an i64 (tagged when it fits, boxed otherwise).
pub fn new_int(v: i64) -> Obj {
    let _ = v;
    unimplemented_stub()
}
/// A new int from a BigInt, normalised to a tagged word when it fits.
pub fn new_bigint(v: BigInt) -> Obj {
    let _ = v;
    unimplemented_stub()
}
/// The value of an int (or bool, or int subclass) as a BigInt.
pub fn as_bigint(v: &Obj) -> Option<BigInt> {
    let _ = v;
    None
}
/// The value of an int (or bool) when it fits an i64.
pub fn as_i64(v: &Obj) -> Option<i64> {
    let _ = v;
    None
}
/// `True`/`False`.
pub fn new_bool(b: bool) -> Obj {
    let bi = super::builtin();
    if b {
        bi.true_.clone()
    } else {
        bi.false_.clone()
    }
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
fn unimplemented_stub() -> Obj {
    super::builtin().none.clone()
}
