//! Which size class of `object::pool` each kind of object takes: the
//! smallest block that holds the header and its payload variant. A float
//! takes 48 bytes and a dict 80 or 96, where one block size for all would
//! give each the 128 bytes a plain instance needs for its inline values.
//! An exact str with short text takes the block that also holds its text
//! (`types::str::storage`), so its class follows from the text's length;
//! a tuple of few items likewise holds them in its block
//! (`types::tuple::storage`).
//!
//! `Payload` is `#[repr(u8)]`, whose layout the language defines: a tag
//! byte, then the variant's fields laid out as a `repr(C)` struct. The
//! bytes a variant uses are therefore known from its field types alone, and
//! `Variant` below computes them the same way. Every variant is listed
//! (adding one without a class does not compile), and each class is
//! computed from the fields as matched, so changing a variant's type
//! changes its class with it.

use super::pool::CLASS_SIZES;
use super::{Payload, PyObject};

/// The bytes of a one-field variant: the tag byte, then the field.
#[repr(C)]
struct Variant<T>(u8, T);
/// The bytes of a two-field variant.
#[repr(C)]
struct Variant2<A, B>(u8, A, B);
/// The bytes of a three-field variant.
#[repr(C)]
struct Variant3<A, B, C>(u8, A, B, C);

/// Bytes before the payload (refcount, type and dict words).
const HEADER: usize = std::mem::offset_of!(PyObject, payload);

/// The smallest class whose blocks hold `bytes` (a compile-time error if
/// none does: the largest block is a whole `PyObject`).
const fn class_for(bytes: usize) -> usize {
    let mut c = 0;
    while CLASS_SIZES[c] < bytes {
        c += 1;
    }
    c
}

/// The size class of each length `0..N` of a payload's inline tail:
/// `unit` bytes per item from byte `offset` of the object (a str's text,
/// a tuple's items), one load per lookup.
pub(crate) const fn inline_classes<const N: usize>(offset: usize, unit: usize) -> [u8; N] {
    let mut t = [0u8; N];
    let mut len = 0;
    while len < N {
        t[len] = class_for(offset + len * unit) as u8;
        len += 1;
    }
    t
}

/// The class of an object whose payload is a variant without fields.
const NO_FIELDS: usize = class_for(HEADER + 1);

/// The class of a plain instance (`Obj::new_instance`).
pub(crate) const INSTANCE: usize =
    class_for(HEADER + size_of::<Variant<crate::types::instance::InlineValues>>());

/// Where the first byte after a one-field variant holding `T` lies in
/// its object (where a str's inline text starts).
pub(crate) const fn end_of_one<T>() -> usize {
    HEADER + size_of::<Variant<T>>()
}

/// The class of an object whose payload is a one-field variant holding
/// `T` (`one` without a value at hand).
pub(crate) const fn one_of<T>() -> usize {
    class_for(end_of_one::<T>())
}

/// The class of an object whose payload is a one-field variant holding `T`.
#[inline(always)]
pub(crate) fn one<T>(_: &T) -> usize {
    const { class_for(HEADER + size_of::<Variant<T>>()) }
}

#[inline(always)]
fn two<A, B>(_: &A, _: &B) -> usize {
    const { class_for(HEADER + size_of::<Variant2<A, B>>()) }
}

#[inline(always)]
fn three<A, B, C>(_: &A, _: &B, _: &C) -> usize {
    const { class_for(HEADER + size_of::<Variant3<A, B, C>>()) }
}

impl Payload {
    /// The size class (an index into `pool::CLASS_SIZES`) of an object
    /// holding this payload. (Always inlined: with the variant known, as
    /// in `Obj::new`, it is a constant.)
    #[inline(always)]
    pub(crate) fn size_class(&self) -> usize {
        match self {
            Payload::None | Payload::NotImplemented | Payload::Ellipsis => NO_FIELDS,
            Payload::Instance(x) => one(x),
            Payload::Bool(x) => one(x),
            Payload::Int(x) => one(x),
            Payload::Float(x) => one(x),
            Payload::Complex(a, b) => two(a, b),
            Payload::Str(x) => x.block_class(),
            Payload::Bytes(x) => one(x),
            Payload::ByteArray(x) => one(x),
            Payload::List(x) => one(x),
            Payload::Tuple(x) => x.block_class(),
            Payload::Dict(x) => one(x),
            Payload::Set(x) => one(x),
            Payload::FrozenSet(x) => one(x),
            Payload::Range(x) => one(x),
            Payload::Slice(a, b, c) => three(a, b, c),
            Payload::Cell(x) => one(x),
            Payload::Code(x) => one(x),
            Payload::Function(x) => one(x),
            Payload::Builtin(x) => one(x),
            Payload::Method(a, b) => two(a, b),
            Payload::StaticMethod(x) => one(x),
            Payload::ClassMethod(x) => one(x),
            Payload::Property(x) => one(x),
            Payload::Module(x) => one(x),
            Payload::Type(x) => one(x),
            Payload::BaseException(x) => one(x),
            Payload::Iter(x) => one(x),
            Payload::Generator(x) => one(x),
            Payload::Super(a, b) => two(a, b),
            Payload::MappingProxy(x) => one(x),
            Payload::SlotValues(x) => one(x),
            Payload::File(x) => one(x),
            Payload::SreMatch(x) => one(x),
            Payload::SreScanner(x) => one(x),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{float::new_float, int::new_int, list::new_list, tuple::new_tuple};

    /// The common small objects take the small blocks (the point of the
    /// classes), and every class fits its variant's last field.
    #[test]
    fn small_objects_take_small_blocks() {
        let size = |o: &crate::object::Obj| CLASS_SIZES[o.payload().size_class()];
        assert_eq!(size(&new_float(1.0)), 48);
        assert_eq!(size(&new_tuple(vec![new_int(1)])), 64);
        assert!(size(&new_list(Vec::new())) <= 64);
        assert_eq!(NO_FIELDS, 0);
        let t = new_tuple(vec![new_int(1), new_int(2)]);
        let Payload::Tuple(items) = t.payload() else {
            panic!("new_tuple makes a tuple");
        };
        let end = (items as *const crate::types::tuple::TupleItems as usize) + 16;
        assert!(end - t.word() as usize <= size(&t));
    }
}
