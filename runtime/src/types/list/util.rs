//! Helpers shared by the container types (list, tuple, dict, set, range,
//! iterators): argument-count checks with CPython's messages, `__index__`
//! conversions, the repr recursion guard, and fast hashing/equality for the
//! exact built-in key types (small ints, str, float) that never run Python code.

use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

/// `v`'s type is exactly `ty` (no subclass).
#[inline]
pub fn exact(v: &Obj, ty: &Obj) -> bool {
    v.ty_word() == ty.word()
}

/// `None`.
#[inline]
pub fn none() -> Obj {
    builtin().none.clone()
}

/// `NotImplemented`.
#[inline]
pub fn not_implemented() -> Obj {
    builtin().not_implemented.clone()
}

#[inline]
pub fn is_none(v: &Obj) -> bool {
    v.is(&builtin().none)
}

/// `True`/`False`.
#[inline]
pub fn py_bool(b: bool) -> Obj {
    types::int::new_bool(b)
}

/// A new int from a usize.
pub fn int_usize(n: usize) -> Obj {
    match i64::try_from(n) {
        Ok(v) => types::int::new_int(v),
        Err(_) => types::int::new_bigint(BigInt::from(n)),
    }
}

/// `f() takes exactly one argument (N given)` for METH_O methods: `args`
/// includes self.
pub fn check_one(qual: &str, args: &[Obj]) -> PyResult<()> {
    if args.len() == 2 {
        return Ok(());
    }
    type_error(format!(
        "{qual}() takes exactly one argument ({} given)",
        args.len().saturating_sub(1)
    ))
}

/// `f() takes no arguments (N given)` for METH_NOARGS methods: `args`
/// includes self.
pub fn check_none(qual: &str, args: &[Obj]) -> PyResult<()> {
    if args.len() <= 1 {
        return Ok(());
    }
    type_error(format!(
        "{qual}() takes no arguments ({} given)",
        args.len() - 1
    ))
}

/// CPython's `_PyArg_CheckPositional(name, nargs, min, max)`.
pub fn check_range(name: &str, nargs: usize, min: usize, max: usize) -> PyResult<()> {
    if nargs < min {
        return type_error(format!(
            "{name} expected {}{min} argument{}, got {nargs}",
            if min == max { "" } else { "at least " },
            if min == 1 { "" } else { "s" }
        ));
    }
    if nargs > max {
        return type_error(format!(
            "{name} expected {}{max} argument{}, got {nargs}",
            if min == max { "" } else { "at most " },
            if max == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

/// `f() takes no keyword arguments`.
pub fn no_kwargs(name: &str, kwargs: &[(Obj, Obj)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no keyword arguments"))
    }
}

/// The text of a keyword name.
pub fn kw_name(k: &Obj) -> &str {
    types::str::as_str(k).unwrap_or("")
}

/// The error for a method called on an object of the wrong type.
pub fn descr_error<T>(name: &str, owner: &str, v: &Obj) -> PyResult<T> {
    type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        types::type_name_of(v)
    ))
}

/// CPython's `_PyIndex_Check`: ints, bools, and objects whose type has `__index__`.
pub fn is_index(v: &Obj) -> bool {
    v.is_small_int()
        || matches!(v.payload(), Payload::Int(_) | Payload::Bool(_))
        || types::lookup_special(v, "__index__").is_some()
}

/// The value of an int-like (int, bool, int subclass) without calling Python code.
pub fn int_value(v: &Obj) -> Option<BigInt> {
    if let Some(i) = v.small_int() {
        return Some(BigInt::from(i));
    }
    match v.payload() {
        Payload::Int(b) => Some(b.clone()),
        Payload::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

/// The value of an int-like as i64 when it fits (no Python code).
pub fn int_i64(v: &Obj) -> Option<i64> {
    if let Some(i) = v.small_int() {
        return Some(i);
    }
    match v.payload() {
        Payload::Int(b) => b.to_i64(),
        Payload::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// CPython's `PyNumber_Index`: the int value of `v` via `__index__`.
pub fn index_bigint(v: &Obj) -> PyResult<BigInt> {
    if let Some(b) = int_value(v) {
        return Ok(b);
    }
    let Some(f) = types::lookup_special(v, "__index__") else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name_of(v)
        ));
    };
    let r = crate::ops::call(&f, std::slice::from_ref(v), None)?;
    match int_value(&r) {
        Some(b) => Ok(b),
        None => type_error(format!(
            "__index__ returned non-int (type {})",
            types::type_name_of(&r)
        )),
    }
}

/// `PyNumber_Index` returning an exact int object.
pub fn index_obj(v: &Obj) -> PyResult<Obj> {
    if v.is_small_int() {
        return Ok(v.clone());
    }
    if exact(v, &builtin().int) {
        return Ok(v.clone());
    }
    Ok(types::int::new_bigint(index_bigint(v)?))
}

/// CPython's `PyNumber_AsSsize_t(v, exc)`: with `exc` None, out-of-range
/// values are clamped; otherwise `exc` is raised with
/// "cannot fit 'int' into an index-sized integer".
pub fn as_ssize(v: &Obj, exc: Option<Exc>) -> PyResult<i64> {
    if let Some(i) = v.small_int() {
        return Ok(i);
    }
    let b = index_bigint(v)?;
    match b.to_i64() {
        Some(i) => Ok(i),
        None => match exc {
            None => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
            Some(e) => Err(PyErr::new(
                e,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    types::type_name_of(v)
                ),
            )),
        },
    }
}

/// A sequence index argument (`list.pop(i)`, `list.insert(i, x)`): any
/// `__index__` object, OverflowError when it does not fit.
pub fn arg_ssize(v: &Obj) -> PyResult<i64> {
    if let Some(i) = v.small_int() {
        return Ok(i);
    }
    let b = index_bigint(v)?;
    match b.to_i64() {
        Some(i) => Ok(i),
        None => Err(PyErr::new(
            Exc::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// CPython's `_PyEval_SliceIndex` used by `index(x, start, stop)` arguments:
/// None is not accepted here; non-index objects raise CPython's message.
pub fn slice_index_arg(v: &Obj) -> PyResult<i64> {
    if !is_index(v) {
        return type_error("slice indices must be integers or have an __index__ method");
    }
    as_ssize(v, None)
}

thread_local! {
    static REPR_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Marks an object as being repr'd (CPython's `Py_ReprEnter`); released on drop.
pub struct ReprGuard(u64);

/// Returns None when `v` is already being repr'd further up the stack
/// (the caller then prints `[...]`, `{...}`, …).
pub fn repr_enter(v: &Obj) -> Option<ReprGuard> {
    let w = v.word();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&w) {
            None
        } else {
            s.push(w);
            Some(ReprGuard(w))
        }
    })
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(pos) = s.iter().rposition(|&x| x == self.0) {
                s.remove(pos);
            }
        });
    }
}

/// Modulus of CPython's numeric hash (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an i64 (what `hash(n)` returns for an int).
pub use crate::types::int::hash_i64;

/// The hash of a str's text, consistent with `hash()` of str objects.
pub fn hash_text(s: &str) -> i64 {
    crate::types::str::hash_text(s)
}

/// The hash of an exact str object (cached in the object).
pub fn hash_pystr(p: &crate::types::str::PyStr) -> i64 {
    let h = p.hash.get();
    if h != -1 {
        return h;
    }
    let h = crate::types::str::hash_str(p);
    p.hash.set(h);
    h
}

/// Hash for container keys: fast paths for small ints and exact strs, else
/// the generic `hash()` (which may run Python code).
#[inline]
pub fn key_hash(k: &Obj) -> PyResult<i64> {
    if let Some(i) = k.small_int() {
        return Ok(hash_i64(i));
    }
    if let Payload::Str(p) = k.payload()
        && exact(k, &builtin().str_)
    {
        return Ok(hash_pystr(p));
    }
    crate::ops::hash(k)
}

/// Equality of two keys without running Python code, when their types allow
/// it: Some(result) for small ints, exact strs, exact big ints, exact
/// floats and exact tuples of those; None when `ops::eq` must decide.
pub fn fast_eq(a: &Obj, b: &Obj) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let bi = builtin();
    match (a.small_int(), b.small_int()) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(_), None) | (None, Some(_)) => {
            // A tagged int never equals an exact big int or an exact str.
            let other = if a.is_small_int() { b } else { a };
            if exact(other, &bi.int) || exact(other, &bi.str_) {
                return Some(false);
            }
            return None;
        }
        _ => {}
    }
    let (ta, tb) = (a.ty_word(), b.ty_word());
    if ta != tb {
        if (ta == bi.str_.word() && (tb == bi.int.word() || tb == bi.float.word()))
            || (tb == bi.str_.word() && (ta == bi.int.word() || ta == bi.float.word()))
        {
            return Some(false);
        }
        return None;
    }
    if ta == bi.str_.word() {
        if let (Payload::Str(x), Payload::Str(y)) = (a.payload(), b.payload()) {
            return Some(x.s == y.s);
        }
    } else if ta == bi.int.word() {
        if let (Payload::Int(x), Payload::Int(y)) = (a.payload(), b.payload()) {
            return Some(x == y);
        }
    } else if ta == bi.float.word()
        && let (Payload::Float(x), Payload::Float(y)) = (a.payload(), b.payload())
    {
        return Some(x == y);
    } else if ta == bi.tuple.word()
        && let (Payload::Tuple(x), Payload::Tuple(y)) = (a.payload(), b.payload())
    {
        // Item by item as tuple comparison does; undecided at the first
        // item that would need `__eq__` (before any later item decides).
        if x.len() != y.len() {
            return Some(false);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !fast_eq(p, q)? {
                return Some(false);
            }
        }
        return Some(true);
    }
    None
}

/// `a == b` as containers use it: identity, the fast paths, then `ops::eq`.
pub fn obj_eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    match fast_eq(a, b) {
        Some(r) => Ok(r),
        None => crate::ops::eq(a, b),
    }
}

/// `a < b` with fast paths for exact ints, floats and strs.
pub fn obj_lt(a: &Obj, b: &Obj) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.small_int(), b.small_int()) {
        return Ok(x < y);
    }
    let bi = builtin();
    let (ta, tb) = (a.ty_word(), b.ty_word());
    if ta == tb {
        if ta == bi.str_.word() {
            if let (Payload::Str(x), Payload::Str(y)) = (a.payload(), b.payload()) {
                // UTF-8 byte order equals code point order.
                return Ok(x.s.as_bytes() < y.s.as_bytes());
            }
        } else if ta == bi.float.word() {
            if let (Payload::Float(x), Payload::Float(y)) = (a.payload(), b.payload()) {
                return Ok(x < y);
            }
        } else if ta == bi.int.word()
            && let (Payload::Int(x), Payload::Int(y)) = (a.payload(), b.payload())
        {
            return Ok(x < y);
        }
    } else if ((a.is_small_int() && tb == bi.int.word())
        || (b.is_small_int() && ta == bi.int.word()))
        && let (Some(x), Some(y)) = (int_value(a), int_value(b))
    {
        return Ok(x < y);
    }
    crate::ops::rich_compare_bool(a, b, crate::abi::CMP_LT)
}

/// `repr(v)` as a Rust string.
pub fn repr_of(v: &Obj) -> PyResult<String> {
    crate::ops::repr_string(v)
}

/// CPython's `PySequence_Fast(v, msg)`: the items of a list or tuple, or of
/// any iterable; a non-iterable raises TypeError(msg).
/// Subclasses are iterated (their `__iter__` may be overridden), as in
/// CPython, which takes only exact lists and tuples as they are.
pub fn seq_fast(v: &Obj, msg: &str) -> PyResult<Vec<Obj>> {
    let b = builtin();
    match v.payload() {
        Payload::List(l) if exact(v, &b.list) => return Ok(l.borrow().clone()),
        Payload::Tuple(t) if exact(v, &b.tuple) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = match crate::ops::get_iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(Exc::TypeError) => return type_error(msg.to_string()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = crate::ops::next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Collects an iterable into a Vec (fast paths for lists and tuples).
pub fn collect(v: &Obj) -> PyResult<Vec<Obj>> {
    match v.payload() {
        Payload::List(l) if exact(v, &builtin().list) => return Ok(l.borrow().clone()),
        Payload::Tuple(t) if exact(v, &builtin().tuple) => return Ok(t.to_vec()),
        Payload::Dict(_) if exact(v, &builtin().dict) => return Ok(types::dict::keys(v)),
        _ => {}
    }
    crate::ops::iterate(v)
}

/// `StopIteration()` with no arguments.
pub fn stop_iteration() -> PyErr {
    PyErr::with_args(Exc::StopIteration, Vec::new())
}

/// Drops values after the caller released its borrows (their `__del__` may
/// touch the container).
#[inline]
pub fn release<T>(v: T) {
    drop(v);
}

/// Checks the class argument of `T.__new__(cls, ...)`: CPython's
/// "T.__new__(X): X is not a subtype of T".
pub fn check_new_cls<'a>(a: &'a [Obj], base: &Obj, name: &str) -> PyResult<&'a Obj> {
    match a.first() {
        Some(c) if matches!(c.payload(), Payload::Type(_)) => {
            if types::is_subtype(c, base) {
                Ok(c)
            } else {
                let n = types::type_name(c);
                type_error(format!(
                    "{name}.__new__({n}): {n} is not a subtype of {name}"
                ))
            }
        }
        Some(c) => type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            types::type_name_of(c)
        )),
        None => type_error(format!("{name}.__new__(): not enough arguments")),
    }
}

/// Registers a read-only attribute on a built-in type (CPython's READONLY
/// members such as `range.start`): the getter gets the instance as args[0].
pub fn add_getter(ty: &Obj, name: &'static str, f: fn(&[Obj]) -> PyResult<Obj>) {
    types::typeobj::add_readonly_member(ty, name, f);
}

/// `T.__class_getitem__(key)` (PEP 585 generic aliases such as `list[int]`):
/// args[0] is the class.
pub fn class_getitem(a: &[Obj]) -> PyResult<Obj> {
    match a {
        [cls, key] => Ok(types::typeobj::new_generic_alias(cls, key)),
        _ => type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )),
    }
}

/// Registers `__class_getitem__` on a built-in generic type.
pub fn add_class_getitem(ty: &Obj) {
    types::typeobj::add_classmethod(
        ty,
        "__class_getitem__",
        types::function::BuiltinImpl::Pos(class_getitem),
    );
}
