//! The object protocol: generic operations on any value (CPython's
//! `PyObject_*` / `PyNumber_*` / `PySequence_*` layer). Dispatch goes through
//! the type's special methods (looked up along the MRO), with fast paths for
//! exact built-in types.
//!
//! The public functions here are the stable API the rest of the runtime uses;
//! their implementations live in the submodules.

pub mod attr;
pub mod call;
pub mod compare;
pub mod number;
pub mod object;

pub use attr::{delattr, getattr, getattr_opt, getattr_str, setattr};
pub use call::{call, call_kw, call_method, call_method_kw};
pub use compare::{eq, rich_compare, rich_compare_bool};
pub use number::{binary_op, inplace_op, unary_op};
pub use object::{
    ascii, contains, delitem, format, get_iter, getitem, hash, is_true, iterate, len, next, repr,
    repr_string, setitem, str_, str_string,
};
