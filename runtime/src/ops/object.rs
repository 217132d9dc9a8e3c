//! Generic object operations: repr/str/format, hash, truth, len, item access,
//! membership and the iteration protocol. Each dispatches through the type's
//! special method (found along the MRO with `types::lookup_special` and
//! called unbound), with fast paths for exact built-in payloads that give
//! the same results as the generic path.

use super::call::{call_special, call_unbound};
use crate::errors::{Exc, PyErr, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin, type_data, type_name_of};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::Cell;

/// Is `v` of exactly the built-in type `t` (not a subclass)?
#[inline]
fn exact(v: &Obj, t: &Obj) -> bool {
    v.ty_word() == t.word()
}

/// Checks that a `__repr__`/`__str__` result is a str.
fn check_str_result(r: Obj, what: &str) -> PyResult<Obj> {
    if matches!(r.payload(), Payload::Str(_)) {
        Ok(r)
    } else {
        type_error(format!(
            "{what} returned non-string (type {})",
            type_name_of(&r)
        ))
    }
}

/// `repr(v)` as a str object.
pub fn repr(v: &Obj) -> PyResult<Obj> {
    match call_special(v, "__repr__", &[])? {
        Some(r) => check_str_result(r, "__repr__"),
        None => Ok(types::str::new_string(default_repr(v))),
    }
}
/// `repr(v)` as a Rust string.
pub fn repr_string(v: &Obj) -> PyResult<String> {
    let r = repr(v)?;
    Ok(crate::types::str::as_str(&r)
        .unwrap_or_default()
        .to_string())
}

/// The address CPython would print for `v` (`%p`).
pub fn address(v: &Obj) -> u64 {
    v.word()
}

/// The `__module__` of a type as CPython's reprs use it ("builtins" for
/// built-in types without one).
pub fn type_module(ty: &Obj) -> String {
    if let Some(m) = types::dict::get_str(type_data(ty).dict(), "__module__")
        && let Some(s) = types::str::as_str(&m)
    {
        return s.to_string();
    }
    "builtins".to_string()
}

/// `object.__repr__`: `<__main__.Foo object at 0x7f...>`.
pub fn default_repr(v: &Obj) -> String {
    let tp = v.ty();
    let td = type_data(&tp);
    let module = type_module(&tp);
    if module != "builtins" {
        format!(
            "<{}.{} object at {:#x}>",
            module,
            td.qualname.borrow(),
            address(v)
        )
    } else {
        format!("<{} object at {:#x}>", td.name.borrow(), address(v))
    }
}

/// `str(v)` as a str object.
pub fn str_(v: &Obj) -> PyResult<Obj> {
    if exact(v, &builtin().str_) {
        return Ok(v.clone());
    }
    if let Some(i) = v.small_int() {
        return Ok(types::str::from_i64(i));
    }
    match call_special(v, "__str__", &[])? {
        Some(r) => check_str_result(r, "__str__"),
        None => repr(v),
    }
}
/// `str(v)` as a Rust string.
pub fn str_string(v: &Obj) -> PyResult<String> {
    let r = str_(v)?;
    Ok(crate::types::str::as_str(&r)
        .unwrap_or_default()
        .to_string())
}

/// Escapes non-ASCII characters the way `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `ascii(v)`.
pub fn ascii(v: &Obj) -> PyResult<Obj> {
    let r = repr(v)?;
    let s = types::str::as_str(&r).unwrap_or_default();
    if s.is_ascii() {
        return Ok(r);
    }
    Ok(types::str::new_string(ascii_escape(s)))
}

/// `format(v, spec)` (spec is a str object).
pub fn format(v: &Obj, spec: &Obj) -> PyResult<Obj> {
    let Some(sp) = types::str::as_str(spec) else {
        return type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name_of(spec)
        ));
    };
    if sp.is_empty() {
        if exact(v, &builtin().str_) {
            return Ok(v.clone());
        }
        if v.is_small_int() || exact(v, &builtin().int) {
            return str_(v);
        }
    } else {
        // Built-in types' __format__ cannot be replaced: exact ints and
        // floats format without looking it up.
        if (v.is_small_int() || exact(v, &builtin().int))
            && let Some(a) = types::int::int_val(v)
        {
            return types::int::format_spec(v, a, sp);
        }
        if exact(v, &builtin().float)
            && let Some(x) = types::float::as_f64(v)
        {
            return types::float::format_spec(v, x, sp);
        }
    }
    match call_special(v, "__format__", std::slice::from_ref(spec))? {
        Some(r) if matches!(r.payload(), Payload::Str(_)) => Ok(r),
        Some(r) => type_error(format!(
            "__format__ must return a str, not {}",
            type_name_of(&r)
        )),
        None => type_error(format!(
            "Type {} doesn't define __format__",
            type_name_of(v)
        )),
    }
}

/// CPython's modulus for numeric hashes (2**61 - 1).
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// `hash(n)` for an int that fits an i64.
pub use crate::types::int::hash_i64;

/// `hash(n)` for any int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(i) = n.to_i64() {
        return hash_i64(i);
    }
    let m = (n.abs() % BigInt::from(HASH_MODULUS))
        .to_i64()
        .unwrap_or_default();
    let h = if n.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub fn hash_pointer(v: &Obj) -> i64 {
    let y = v.word().rotate_right(4) as i64;
    if y == -1 { -2 } else { y }
}

/// `hash(v)`.
pub fn hash(v: &Obj) -> PyResult<i64> {
    if let Some(n) = v.small_int() {
        return Ok(hash_i64(n));
    }
    if exact(v, &builtin().str_)
        && let Payload::Str(p) = v.payload()
    {
        let h = p.hash.get();
        if h != -1 {
            return Ok(h);
        }
        let h = types::str::hash_str(p);
        p.hash.set(h);
        return Ok(h);
    }
    if v.ty_word() == builtin().tuple.word() {
        return types::tuple::hash(v);
    }
    let Some(f) = super::attr::cache::lookup_special(v, "__hash__") else {
        return Ok(hash_pointer(v));
    };
    if matches!(f.payload(), Payload::None) {
        return type_error(format!("unhashable type: '{}'", type_name_of(v)));
    }
    let r = call_unbound(&f, v, &[], &[])?;
    if let Some(n) = r.small_int() {
        return Ok(if n == -1 { -2 } else { n });
    }
    match types::int::as_bigint(&r) {
        Some(b) => Ok(match b.to_i64() {
            Some(-1) => -2,
            Some(i) => i,
            None => hash_bigint(&b),
        }),
        None => type_error("__hash__ method should return an integer"),
    }
}

/// Converts the result of `__len__` to a length (CPython's checks).
fn len_result(r: &Obj) -> PyResult<usize> {
    let n = index(r)?;
    let n = types::int::as_bigint(&n).unwrap_or_default();
    if n.is_negative() {
        return raise(Exc::ValueError, "__len__() should return >= 0");
    }
    match n.to_usize() {
        Some(u) if u <= i64::MAX as usize => Ok(u),
        _ => raise(
            Exc::OverflowError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                type_name_of(r)
            ),
        ),
    }
}

/// `operator.index(v)`: an int for ints (and int subclasses), the result of
/// `__index__` otherwise.
pub fn index(v: &Obj) -> PyResult<Obj> {
    if v.is_small_int() || matches!(v.payload(), Payload::Int(_) | Payload::Bool(_)) {
        return Ok(v.clone());
    }
    match call_special(v, "__index__", &[])? {
        Some(r)
            if r.is_small_int() || matches!(r.payload(), Payload::Int(_) | Payload::Bool(_)) =>
        {
            Ok(r)
        }
        Some(r) => type_error(format!(
            "__index__ returned non-int (type {})",
            type_name_of(&r)
        )),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        )),
    }
}

/// `operator.index(v)` as an i64; OverflowError when it does not fit
/// ("cannot fit 'int' into an index-sized integer").
pub fn index_i64(v: &Obj) -> PyResult<i64> {
    let r = index(v)?;
    if let Some(n) = r.small_int() {
        return Ok(n);
    }
    match types::int::as_bigint(&r).and_then(|b| b.to_i64()) {
        Some(n) => Ok(n),
        None => raise(
            Exc::OverflowError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                type_name_of(v)
            ),
        ),
    }
}

/// The length of an exact built-in container, without calling Python code.
fn fast_len(v: &Obj) -> Option<usize> {
    let b = builtin();
    let w = v.ty_word();
    match v.payload() {
        Payload::Str(p) if w == b.str_.word() => Some(p.nchars),
        Payload::List(l) if w == b.list.word() => Some(l.borrow().len()),
        Payload::Tuple(t) if w == b.tuple.word() => Some(t.len()),
        Payload::Bytes(x) if w == b.bytes.word() => Some(x.len()),
        Payload::Dict(_) if w == b.dict.word() => Some(types::dict::len(v)),
        Payload::Set(_) if w == b.set.word() => Some(types::set::len(v)),
        Payload::FrozenSet(_) if w == b.frozenset.word() => Some(types::set::len(v)),
        Payload::ByteArray(x) if w == b.bytearray.word() => Some(x.borrow().len()),
        _ => None,
    }
}

/// `bool(v)`.
pub fn is_true(v: &Obj) -> PyResult<bool> {
    if let Some(n) = v.small_int() {
        return Ok(n != 0);
    }
    match v.payload() {
        Payload::None => return Ok(false),
        Payload::Bool(b) => return Ok(*b),
        Payload::Float(f) if exact(v, &builtin().float) => return Ok(*f != 0.0),
        Payload::Int(i) if exact(v, &builtin().int) => return Ok(!i.is_zero()),
        _ => {}
    }
    if let Some(n) = fast_len(v) {
        return Ok(n != 0);
    }
    let (plain, then) = PLAIN_TRUE.with(Cell::get);
    if plain == v.ty_word() && then == super::attr::cache::epoch() {
        return Ok(true);
    }
    if let Some(f) = super::attr::cache::lookup_special(v, "__bool__") {
        let r = call_unbound(&f, v, &[], &[])?;
        return match r.payload() {
            Payload::Bool(b) => Ok(*b),
            _ => type_error(format!(
                "__bool__ should return bool, returned {}",
                type_name_of(&r)
            )),
        };
    }
    if let Some(f) = super::attr::cache::lookup_special(v, "__len__") {
        let r = call_unbound(&f, v, &[], &[])?;
        return Ok(len_result(&r)? != 0);
    }
    // The type's instances are all true while no type changes: remember it
    // (with a reference, so its address can't name another type meanwhile;
    // the old entry's goes after the store).
    let entry = (v.ty().into_word(), super::attr::cache::epoch());
    let old = PLAIN_TRUE.with(|c| c.replace(entry)).0;
    drop(Obj::from_word(old));
    Ok(true)
}

thread_local! {
    /// The type last found (by `is_true`) to have neither `__bool__` nor
    /// `__len__`, owning a reference to it, and the type epoch then: while
    /// the epoch holds, its instances are true without a lookup (`if m:`
    /// on a match object, `if node:` on a plain instance).
    static PLAIN_TRUE: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// `len(v)`.
pub fn len(v: &Obj) -> PyResult<usize> {
    if let Some(n) = fast_len(v) {
        return Ok(n);
    }
    match super::attr::cache::lookup_special(v, "__len__") {
        Some(f) => {
            let r = call_unbound(&f, v, &[], &[])?;
            len_result(&r)
        }
        None => type_error(format!("object of type '{}' has no len()", type_name_of(v))),
    }
}

/// Is `v` a type object (an instance of `type` or a metaclass)?
pub fn is_type(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Type(_))
}

/// `v[key]`.
pub fn getitem(v: &Obj, key: &Obj) -> PyResult<Obj> {
    // Exact built-in containers: their `__getitem__` cannot be replaced, so
    // skip the special-method lookup and the call.
    let b = builtin();
    let tw = v.ty_word();
    if tw == b.list.word() {
        return types::list::getitem(v, key);
    }
    if tw == b.dict.word() {
        return types::dict::getitem(v, key);
    }
    if tw == b.tuple.word() {
        return types::tuple::getitem(v, key);
    }
    if tw == b.str_.word() {
        return types::str::getitem(v, key);
    }
    if let Some(f) = super::attr::cache::lookup_special(v, "__getitem__") {
        return call_unbound(&f, v, std::slice::from_ref(key), &[]);
    }
    if is_type(v) {
        if v.is(&builtin().type_) {
            return Ok(types::typeobj::new_generic_alias(v, key));
        }
        if let Some(m) = super::attr::getattr_opt(v, "__class_getitem__")?
            && !matches!(m.payload(), Payload::None)
        {
            return super::call(&m, std::slice::from_ref(key), None);
        }
        return type_error(format!(
            "type '{}' is not subscriptable",
            types::type_name(v)
        ));
    }
    type_error(format!("'{}' object is not subscriptable", type_name_of(v)))
}

/// `v[key] = value`.
pub fn setitem(v: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
    let b = builtin();
    let tw = v.ty_word();
    if tw == b.list.word() {
        return types::list::setitem(v, key, value);
    }
    if tw == b.dict.word() {
        return types::dict::set_item(v, key, value.clone());
    }
    match super::attr::cache::lookup_special(v, "__setitem__") {
        Some(f) => {
            call_unbound(&f, v, &[key.clone(), value.clone()], &[])?;
            Ok(())
        }
        None => {
            if super::attr::cache::lookup_special(v, "__delitem__").is_some() {
                return raise(Exc::AttributeError, "__setitem__");
            }
            type_error(format!(
                "'{}' object does not support item assignment",
                type_name_of(v)
            ))
        }
    }
}

/// `del v[key]`.
pub fn delitem(v: &Obj, key: &Obj) -> PyResult<()> {
    // Exact built-in containers: their `__delitem__` cannot be replaced.
    let b = builtin();
    let tw = v.ty_word();
    if tw == b.dict.word() {
        return types::dict::del_item_or_raise(v, key);
    }
    if tw == b.list.word() {
        return types::list::delitem(v, key);
    }
    match super::attr::cache::lookup_special(v, "__delitem__") {
        Some(f) => {
            call_unbound(&f, v, std::slice::from_ref(key), &[])?;
            Ok(())
        }
        None => {
            if super::attr::cache::lookup_special(v, "__setitem__").is_some() {
                return raise(Exc::AttributeError, "__delitem__");
            }
            type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name_of(v)
            ))
        }
    }
}

/// `item in container`.
pub fn contains(container: &Obj, item: &Obj) -> PyResult<bool> {
    // Exact built-in containers: their `__contains__` cannot be replaced.
    let b = builtin();
    let tw = container.ty_word();
    if tw == b.set.word() || tw == b.frozenset.word() {
        return types::set::contains(container, item);
    }
    if tw == b.dict.word() {
        return types::dict::contains(container, item);
    }
    if tw == b.list.word() {
        return types::list::contains(container, item);
    }
    if tw == b.tuple.word() {
        return types::tuple::contains(container, item);
    }
    if tw == b.str_.word() {
        return types::str::contains(container, item);
    }
    if let Some(f) = super::attr::cache::lookup_special(container, "__contains__") {
        if matches!(f.payload(), Payload::None) {
            return type_error(format!(
                "'{}' object is not a container",
                type_name_of(container)
            ));
        }
        let r = call_unbound(&f, container, std::slice::from_ref(item), &[])?;
        return is_true(&r);
    }
    let it = match get_iter(container) {
        Ok(it) => it,
        Err(e) if e.matches(Exc::TypeError) => {
            return type_error(format!(
                "argument of type '{}' is not iterable",
                type_name_of(container)
            ));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next(&it)? {
        if super::eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(v)`.
pub fn get_iter(v: &Obj) -> PyResult<Obj> {
    if !v.is_small_int()
        && !type_data(&v.ty()).heap
        && let Some(r) = types::iter::builtin_iter(v)
    {
        return r;
    }
    match super::attr::cache::lookup_special(v, "__iter__") {
        Some(f) if matches!(f.payload(), Payload::None) => {
            type_error(format!("'{}' object is not iterable", type_name_of(v)))
        }
        Some(f) => {
            let r = call_unbound(&f, v, &[], &[])?;
            if super::attr::cache::lookup_special(&r, "__next__").is_none() {
                return type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name_of(&r)
                ));
            }
            Ok(r)
        }
        None => match super::attr::cache::lookup_special(v, "__getitem__") {
            Some(g) if !matches!(g.payload(), Payload::None) && !is_mapping_only(v) => {
                Ok(types::iter::new_getitem_iter(v))
            }
            _ => type_error(format!("'{}' object is not iterable", type_name_of(v))),
        },
    }
}

/// Built-in mappings have `__getitem__` but no sequence protocol.
fn is_mapping_only(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Dict(_) | Payload::MappingProxy(_)) && !type_data(&v.ty()).heap
}

/// `next(it)`: Ok(None) when exhausted (StopIteration is not raised).
pub fn next(it: &Obj) -> PyResult<Option<Obj>> {
    match it.payload() {
        Payload::Iter(_)
            if !type_data(Obj::borrow(&it.ty_word())).heap
                && types::iter::is_builtin_iterator(it) =>
        {
            return types::iter::iter_next(it);
        }
        // `for m in p.finditer(s)`: the scanner's search, called directly.
        Payload::SreScanner(d) => return crate::modules::sre::scanner_next(d),
        // Exact generators (generator expressions consumed by `sum`,
        // `join`, …): resumed directly rather than through `__next__`.
        Payload::Generator(_) if it.ty_word() == builtin().generator.word() => {
            return match types::generator::gen_next(it) {
                Err(e) if e.matches(Exc::StopIteration) => Ok(None),
                r => r,
            };
        }
        _ => {}
    }
    match super::attr::cache::lookup_special(it, "__next__") {
        Some(f) => match call_unbound(&f, it, &[], &[]) {
            Ok(x) => Ok(Some(x)),
            Err(e) if e.matches(Exc::StopIteration) => Ok(None),
            Err(e) => Err(e),
        },
        None => type_error(format!("'{}' object is not an iterator", type_name_of(it))),
    }
}

/// `next(it)` that keeps the StopIteration exception (for callers that need
/// its value, such as `yield from`).
pub fn next_raw(it: &Obj) -> PyResult<Obj> {
    match super::attr::cache::lookup_special(it, "__next__") {
        Some(f) => call_unbound(&f, it, &[], &[]),
        None => Err(PyErr::new(
            Exc::TypeError,
            format!("'{}' object is not an iterator", type_name_of(it)),
        )),
    }
}

/// Collects an iterable into a Vec (fast paths for list/tuple).
pub fn iterate(v: &Obj) -> PyResult<Vec<Obj>> {
    let b = builtin();
    let w = v.ty_word();
    match v.payload() {
        Payload::List(l) if w == b.list.word() => return Ok(l.borrow().clone()),
        Payload::Tuple(t) if w == b.tuple.word() => return Ok(t.to_vec()),
        Payload::Range(_) => {
            if let Some(items) = types::range::small_items(v) {
                return Ok(items);
            }
        }
        _ => {}
    }
    if let Some(items) = crate::eval::rt::push::collect(v) {
        return items;
    }
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}
