//! Built-in iterator objects and their types: sequence iterators (list,
//! tuple, str, bytes, and the `__getitem__` protocol's `iterator`),
//! range/dict/set iterators, `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, `callable_iterator`; plus the dict view objects (`dict_keys`
//! & co.), which share the `Payload::Iter` payload but are not iterators.
//!
//! The type objects are created once (immortal, like the built-in types in
//! `typeobj`) and reached through `types()`. Advancing an iterator never
//! holds the state's RefCell borrow while Python code runs. `next` logic
//! lives in `next`, the constructors callable from Python in `builtins`.

mod builtins;
mod next;

pub use builtins::{new_callable_iter, new_enumerate, new_filter, new_map, new_reversed, new_zip};
pub use next::{iter_next, iter_next_pair, take_list_reverse, with_list_reverse};

use super::list::util;
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::{self, Layout, TypeData, builtin};
use num_bigint::BigInt;
use std::cell::RefCell;

/// Which part of a dict a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictKind {
    Keys,
    Values,
    Items,
}

/// The state of a built-in iterator (or dict view).
pub enum IterState {
    /// `list_iterator`: checks the list's current length at each step. The
    /// list is released (None) once exhausted; the state stays `List`
    /// (generated code reads it inline, see `abi::LIST_ITER_SEQ_OFFSET`).
    List {
        seq: Option<Obj>,
        index: usize,
    },
    /// `list_reverseiterator`: the next index to yield.
    ListReverse {
        seq: Obj,
        index: isize,
    },
    /// `tuple_iterator`.
    Tuple {
        seq: Obj,
        index: usize,
    },
    /// `str_ascii_iterator` / `str_iterator`: a byte offset into the UTF-8 text.
    Str {
        seq: Obj,
        pos: usize,
    },
    /// `bytes_iterator` / `bytearray_iterator`.
    Bytes {
        seq: Obj,
        index: usize,
    },
    /// `iterator`: `seq[0]`, `seq[1]`, … until IndexError or StopIteration.
    SeqGetItem {
        seq: Obj,
        index: i64,
    },
    /// `reversed` over a sequence with `__len__` and `__getitem__`.
    Reversed {
        seq: Obj,
        index: i64,
    },
    /// `range_iterator`.
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// `longrange_iterator` (boxed: three big ints would make every
    /// object's block larger).
    LongRange(Box<LongRange>),
    /// Dict key/value/item iterators (forward or reversed). `used` is the
    /// dict's size when iteration started (usize::MAX once the "changed size"
    /// error was raised, which is then sticky).
    Dict {
        dict: Obj,
        pos: usize,
        used: usize,
        remaining: usize,
        kind: DictKind,
        reverse: bool,
    },
    /// `set_iterator` (same sticky size check).
    Set {
        set: Obj,
        pos: usize,
        used: usize,
        remaining: usize,
    },
    /// `enumerate`: `big` holds the count once it no longer fits an i64.
    Enumerate {
        it: Obj,
        count: i64,
        big: Option<BigInt>,
    },
    Zip {
        iters: Vec<Obj>,
        strict: bool,
    },
    Map {
        func: Obj,
        iters: Vec<Obj>,
    },
    /// `filter`: `func` is None for the truthiness filter.
    Filter {
        func: Obj,
        it: Obj,
    },
    /// `iter(func, sentinel)`.
    Callable {
        func: Obj,
        sentinel: Obj,
    },
    /// A dict view (`dict_keys`, `dict_values`, `dict_items`): not an iterator.
    DictView {
        dict: Obj,
        kind: DictKind,
    },
    Exhausted,
}

/// The state of a `longrange_iterator`.
pub struct LongRange {
    pub next: BigInt,
    pub step: BigInt,
    pub remaining: BigInt,
}

/// The built-in iterator and view types.
pub struct IterTypes {
    pub list_iterator: Obj,
    pub list_reverseiterator: Obj,
    pub tuple_iterator: Obj,
    pub str_ascii_iterator: Obj,
    pub str_iterator: Obj,
    pub bytes_iterator: Obj,
    pub bytearray_iterator: Obj,
    pub range_iterator: Obj,
    pub longrange_iterator: Obj,
    pub dict_keyiterator: Obj,
    pub dict_valueiterator: Obj,
    pub dict_itemiterator: Obj,
    pub dict_reversekeyiterator: Obj,
    pub dict_reversevalueiterator: Obj,
    pub dict_reverseitemiterator: Obj,
    pub dict_keys: Obj,
    pub dict_values: Obj,
    pub dict_items: Obj,
    pub set_iterator: Obj,
    pub enumerate: Obj,
    pub zip: Obj,
    pub map: Obj,
    pub filter: Obj,
    pub reversed: Obj,
    pub callable_iterator: Obj,
}

thread_local! {
    /// Like the built-in type registry, the iterator types belong to the
    /// thread that created the runtime (tests run several runtimes at once).
    static TYPES: std::cell::OnceCell<&'static IterTypes> = const { std::cell::OnceCell::new() };
}

/// The iterator and view types (created on first use; never freed).
pub fn types() -> &'static IterTypes {
    TYPES.with(|t| *t.get_or_init(|| Box::leak(Box::new(create_types()))))
}

/// `enumerate` (for the builtins namespace).
pub fn enumerate_type() -> &'static Obj {
    &types().enumerate
}
/// `zip`.
pub fn zip_type() -> &'static Obj {
    &types().zip
}
/// `map`.
pub fn map_type() -> &'static Obj {
    &types().map
}
/// `filter`.
pub fn filter_type() -> &'static Obj {
    &types().filter
}
/// `reversed`.
pub fn reversed_type() -> &'static Obj {
    &types().reversed
}

/// Creates an immortal built-in type deriving from `object` (like the types
/// made by `typeobj::create_builtins`); `base_ok`: Python classes may
/// derive from it.
pub fn new_builtin_type(name: &str, layout: Layout, base_ok: bool) -> Obj {
    let b = builtin();
    let dict = Obj::new_immortal(
        b.dict.word(),
        Payload::Dict(RefCell::new(Default::default())),
    );
    let t = Obj::new_immortal(
        b.type_.word(),
        Payload::Type(Box::new(TypeData {
            base_ok,
            ..TypeData::new(name, vec![b.object.clone()], dict, layout)
        })),
    );
    *types::type_data(&t).mro.borrow_mut() = vec![t.clone(), b.object.clone()];
    types::dict::set_str(
        types::type_data(&t).dict(),
        "__module__",
        types::str::new_str("builtins"),
    );
    t
}

fn create_types() -> IterTypes {
    let t = |name: &str| new_builtin_type(name, Layout::Opaque, false);
    // The iterator classes Python code may subclass, as in CPython.
    let base = |name: &str| new_builtin_type(name, Layout::Opaque, true);
    IterTypes {
        list_iterator: t("list_iterator"),
        list_reverseiterator: t("list_reverseiterator"),
        tuple_iterator: t("tuple_iterator"),
        str_ascii_iterator: t("str_ascii_iterator"),
        str_iterator: t("str_iterator"),
        bytes_iterator: t("bytes_iterator"),
        bytearray_iterator: t("bytearray_iterator"),
        range_iterator: t("range_iterator"),
        longrange_iterator: t("longrange_iterator"),
        dict_keyiterator: t("dict_keyiterator"),
        dict_valueiterator: t("dict_valueiterator"),
        dict_itemiterator: t("dict_itemiterator"),
        dict_reversekeyiterator: t("dict_reversekeyiterator"),
        dict_reversevalueiterator: t("dict_reversevalueiterator"),
        dict_reverseitemiterator: t("dict_reverseitemiterator"),
        dict_keys: t("dict_keys"),
        dict_values: t("dict_values"),
        dict_items: t("dict_items"),
        set_iterator: t("set_iterator"),
        enumerate: base("enumerate"),
        zip: base("zip"),
        map: base("map"),
        filter: base("filter"),
        reversed: base("reversed"),
        callable_iterator: t("callable_iterator"),
    }
}

/// The types that `add_iter_methods` fills (`lazy`): every iterator type
/// made here but the dict views (the dict group's), and `b.iterator`.
pub(crate) fn iterator_types(b: &super::Builtins) -> Vec<&Obj> {
    let ts = types();
    vec![
        &ts.list_iterator,
        &ts.list_reverseiterator,
        &ts.tuple_iterator,
        &ts.str_ascii_iterator,
        &ts.str_iterator,
        &ts.bytes_iterator,
        &ts.bytearray_iterator,
        &ts.range_iterator,
        &ts.longrange_iterator,
        &ts.dict_keyiterator,
        &ts.dict_valueiterator,
        &ts.dict_itemiterator,
        &ts.dict_reversekeyiterator,
        &ts.dict_reversevalueiterator,
        &ts.dict_reverseitemiterator,
        &ts.set_iterator,
        &ts.enumerate,
        &ts.zip,
        &ts.map,
        &ts.filter,
        &ts.reversed,
        &ts.callable_iterator,
        &b.iterator,
    ]
}

/// Adds the iterator types' methods: `__iter__` and `__next__`, the
/// `__length_hint__` of those that know their length, and the
/// constructors of `enumerate`, `zip`, `map`, `filter` and `reversed`.
pub(crate) fn add_iter_methods(b: &super::Builtins) {
    let ts = types();
    for ty in iterator_types(b) {
        types::typeobj::add_methods(ty, &[("__iter__", it_iter), ("__next__", it_next)]);
    }
    for ty in [
        &ts.list_iterator,
        &ts.list_reverseiterator,
        &ts.tuple_iterator,
        &ts.str_ascii_iterator,
        &ts.str_iterator,
        &ts.bytes_iterator,
        &ts.bytearray_iterator,
        &ts.range_iterator,
        &ts.longrange_iterator,
        &ts.dict_keyiterator,
        &ts.dict_valueiterator,
        &ts.dict_itemiterator,
        &ts.dict_reversekeyiterator,
        &ts.dict_reversevalueiterator,
        &ts.dict_reverseitemiterator,
        &ts.set_iterator,
        &ts.reversed,
        &b.iterator,
    ] {
        types::typeobj::add_methods(ty, &[("__length_hint__", it_length_hint)]);
    }
    builtins::register(ts);
}

/// Wraps a state as an object of type `ty`.
pub fn new_iter(ty: &Obj, state: IterState) -> Obj {
    Obj::new(ty, Payload::Iter(RefCell::new(state)))
}

/// `it.__iter__()`: iterators return themselves.
fn it_iter(a: &[Obj]) -> PyResult<Obj> {
    util::check_none("__iter__", a)?;
    match a.first() {
        Some(v) => Ok(v.clone()),
        None => type_error("__iter__() needs an argument"),
    }
}

/// `it.__next__()`: raises StopIteration when exhausted.
fn it_next(a: &[Obj]) -> PyResult<Obj> {
    util::check_none("__next__", a)?;
    let Some(it) = a.first() else {
        return type_error("__next__() needs an argument");
    };
    match iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(util::stop_iteration()),
    }
}

fn it_length_hint(a: &[Obj]) -> PyResult<Obj> {
    let name = a
        .first()
        .map(|v| format!("{}.__length_hint__", types::type_name_of(v)))
        .unwrap_or_else(|| "__length_hint__".to_string());
    util::check_none(&name, a)?;
    let Some(it) = a.first() else {
        return type_error("__length_hint__() needs an argument");
    };
    next::length_hint(it)
}

/// Is `v` one of the built-in iterators (not a dict view)?
pub fn is_builtin_iterator(v: &Obj) -> bool {
    match v.payload() {
        Payload::Iter(s) => !matches!(*s.borrow(), IterState::DictView { .. }),
        _ => false,
    }
}

/// A `list_iterator`.
pub fn new_list_iter(seq: &Obj) -> Obj {
    new_iter(
        &types().list_iterator,
        IterState::List {
            seq: Some(seq.clone()),
            index: 0,
        },
    )
}

/// A `list_reverseiterator`.
pub fn new_list_reverse_iter(seq: &Obj) -> Obj {
    let n = match seq.payload() {
        Payload::List(l) => l.borrow().len(),
        _ => 0,
    };
    new_iter(
        &types().list_reverseiterator,
        IterState::ListReverse {
            seq: seq.clone(),
            index: n as isize - 1,
        },
    )
}

/// A `tuple_iterator`.
pub fn new_tuple_iter(seq: &Obj) -> Obj {
    new_iter(
        &types().tuple_iterator,
        IterState::Tuple {
            seq: seq.clone(),
            index: 0,
        },
    )
}

/// A `str_ascii_iterator` / `str_iterator` (yields code points).
pub fn new_str_iter(seq: &Obj) -> Obj {
    // As CPython: only exact strs have the ASCII iterator.
    let ascii = match seq.payload() {
        Payload::Str(p) => p.nchars == p.s.len() && seq.ty_word() == builtin().str_.word(),
        _ => false,
    };
    let ts = types();
    new_iter(
        if ascii {
            &ts.str_ascii_iterator
        } else {
            &ts.str_iterator
        },
        IterState::Str {
            seq: seq.clone(),
            pos: 0,
        },
    )
}

/// A `bytes_iterator` / `bytearray_iterator` (yields ints).
pub fn new_bytes_iter(seq: &Obj) -> Obj {
    let ts = types();
    let ty = if matches!(seq.payload(), Payload::ByteArray(_)) {
        &ts.bytearray_iterator
    } else {
        &ts.bytes_iterator
    };
    new_iter(
        ty,
        IterState::Bytes {
            seq: seq.clone(),
            index: 0,
        },
    )
}

/// The `iterator` type's `seq[0], seq[1], …` protocol iterator.
pub fn new_getitem_iter(seq: &Obj) -> Obj {
    new_iter(
        &builtin().iterator,
        IterState::SeqGetItem {
            seq: seq.clone(),
            index: 0,
        },
    )
}

/// An iterator over a list/tuple/str/bytes/bytearray by index; other
/// objects get the `__getitem__` protocol iterator.
pub fn new_seq_iter(seq: Obj) -> Obj {
    match seq.payload() {
        Payload::List(_) => new_list_iter(&seq),
        Payload::Tuple(_) => new_tuple_iter(&seq),
        Payload::Str(_) => new_str_iter(&seq),
        Payload::Bytes(_) | Payload::ByteArray(_) => new_bytes_iter(&seq),
        _ => new_getitem_iter(&seq),
    }
}

/// A `range_iterator` yielding `len` values from `start` by `step`.
pub fn new_range_iter(start: i64, step: i64, len: u64) -> Obj {
    new_iter(
        &types().range_iterator,
        IterState::Range {
            next: start,
            step,
            remaining: len,
        },
    )
}

/// A `longrange_iterator`.
pub fn new_longrange_iter(start: BigInt, step: BigInt, len: BigInt) -> Obj {
    new_iter(
        &types().longrange_iterator,
        IterState::LongRange(Box::new(LongRange {
            next: start,
            step,
            remaining: len,
        })),
    )
}

/// A dict key/value/item iterator (reversed with `reverse`).
pub fn new_dict_iter(d: &Obj, kind: DictKind, reverse: bool) -> Obj {
    let ts = types();
    let ty = match (kind, reverse) {
        (DictKind::Keys, false) => &ts.dict_keyiterator,
        (DictKind::Values, false) => &ts.dict_valueiterator,
        (DictKind::Items, false) => &ts.dict_itemiterator,
        (DictKind::Keys, true) => &ts.dict_reversekeyiterator,
        (DictKind::Values, true) => &ts.dict_reversevalueiterator,
        (DictKind::Items, true) => &ts.dict_reverseitemiterator,
    };
    let used = types::dict::len(d);
    let pos = if reverse {
        types::dict::positions(d)
    } else {
        0
    };
    new_iter(
        ty,
        IterState::Dict {
            dict: d.clone(),
            pos,
            used,
            remaining: used,
            kind,
            reverse,
        },
    )
}

/// A `set_iterator`.
pub fn new_set_iter(s: &Obj) -> Obj {
    let used = types::set::len(s);
    new_iter(
        &types().set_iterator,
        IterState::Set {
            set: s.clone(),
            pos: 0,
            used,
            remaining: used,
        },
    )
}

/// `iter(v)` for exact built-in containers, without looking up `__iter__`
/// (None for anything else: use the generic protocol).
pub fn builtin_iter(v: &Obj) -> Option<PyResult<Obj>> {
    let b = builtin();
    let t = v.ty_word();
    if v.is_small_int() {
        return None;
    }
    match v.payload() {
        Payload::List(_) if t == b.list.word() => Some(Ok(new_list_iter(v))),
        Payload::Tuple(_) if t == b.tuple.word() => Some(Ok(new_tuple_iter(v))),
        Payload::Str(_) if t == b.str_.word() => Some(Ok(new_str_iter(v))),
        Payload::Bytes(_) if t == b.bytes.word() => Some(Ok(new_bytes_iter(v))),
        Payload::ByteArray(_) if t == b.bytearray.word() => Some(Ok(new_bytes_iter(v))),
        Payload::Dict(_) if t == b.dict.word() => Some(Ok(new_dict_iter(v, DictKind::Keys, false))),
        Payload::Set(_) if t == b.set.word() => Some(Ok(new_set_iter(v))),
        Payload::FrozenSet(_) if t == b.frozenset.word() => Some(Ok(new_set_iter(v))),
        Payload::Range(_) => Some(types::range::range_iter(v)),
        // An exact generator is its own iterator (no `__iter__` lookup).
        Payload::Generator(_) if t == b.generator.word() => Some(Ok(v.clone())),
        Payload::Iter(s) => match &*s.borrow() {
            IterState::DictView { dict, kind } => Some(Ok(new_dict_iter(dict, *kind, false))),
            _ => Some(Ok(v.clone())),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests;
