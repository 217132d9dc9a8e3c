//! `set` and `frozenset`: construction, the set algebra (ported from
//! CPython 3.11's setobject.c so that result orders match), and the
//! Rust-level API other modules use (`new_set`, `new_frozenset`, `add`,
//! `update`, `contains`). The hash table itself is in `table`, the
//! Python-visible methods in `methods`.

mod methods;
pub mod table;

pub use methods::set_repr;
pub use table::SetTable;

use super::list::util::{self, key_hash};
use crate::errors::{Exc, PyErr, PyResult, key_error};
use crate::object::{Obj, Payload};
use crate::types::{self, Layout, builtin, dict};
use std::cell::RefCell;
use table::Tab;

/// The table of a set or frozenset (or subclass instance).
pub fn tab(v: &Obj) -> Option<Tab<'_>> {
    match v.payload() {
        Payload::Set(c) => Some(Tab::Cell(c)),
        Payload::FrozenSet(t) => Some(Tab::Frozen(t)),
        _ => None,
    }
}

/// CPython's `PyAnySet_Check`.
pub fn is_anyset(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Set(_) | Payload::FrozenSet(_))
}

/// `PySet_Check` (mutable sets and subclasses).
pub fn is_set(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Set(_))
}

/// Number of elements.
pub fn len(v: &Obj) -> usize {
    tab(v).map(|t| t.get().len()).unwrap_or(0)
}

/// `sys.getsizeof` of a set or frozenset: CPython's `set___sizeof__`
/// (the 200-byte object with its 16-byte GC header, plus 16 bytes a slot
/// once the table outgrows the 8 slots kept inside the object).
pub fn sizeof(v: &Obj) -> i64 {
    let slots = tab(v).map_or(table::MIN_SIZE, |t| t.get().mask() + 1);
    let table = if slots > table::MIN_SIZE {
        16 * slots
    } else {
        0
    };
    216 + table as i64
}

/// The elements in iteration order.
pub fn elements(v: &Obj) -> Vec<Obj> {
    tab(v).map(|t| t.get().keys()).unwrap_or_default()
}

/// A set operand: a table plus the identity of the object owning it (0 for
/// temporaries under construction).
#[derive(Clone, Copy)]
struct SetRef<'a> {
    tab: Tab<'a>,
    word: u64,
}

impl<'a> SetRef<'a> {
    fn of(v: &'a Obj) -> Option<SetRef<'a>> {
        Some(SetRef {
            tab: tab(v)?,
            word: v.word(),
        })
    }
    fn len(&self) -> usize {
        self.tab.get().len()
    }
    fn entries(&self) -> Vec<(i64, Obj)> {
        self.tab.get().entries()
    }
    fn is(&self, other: &Obj) -> bool {
        self.word != 0 && self.word == other.word()
    }
}

/// Wraps a finished table as an instance of `ty` (set, frozenset or a
/// subclass of either).
fn wrap(ty: &Obj, cell: RefCell<SetTable>) -> Obj {
    if types::layout(ty) == Layout::FrozenSet {
        Obj::new(ty, Payload::FrozenSet(cell.into_inner()))
    } else {
        Obj::new(ty, Payload::Set(cell))
    }
}

/// `set` for set subclasses, `frozenset` otherwise (CPython's
/// `make_new_set_basetype`).
fn basetype(of: &Obj) -> Obj {
    let b = builtin();
    let t = of.ty();
    if t.is(&b.set) || t.is(&b.frozenset) {
        return t;
    }
    if types::is_subtype(&t, &b.set) {
        b.set.clone()
    } else {
        b.frozenset.clone()
    }
}

/// Adds one element to a table (hashing it).
#[inline(always)]
fn add_key(cell: &RefCell<SetTable>, key: &Obj) -> PyResult<()> {
    let hash = key_hash(key)?;
    table::add_entry(cell, key, hash)
}

/// CPython's `set_update_internal(so, other)`; `self_word` identifies the
/// object owning `cell` (0 for temporaries).
fn update_cell(cell: &RefCell<SetTable>, self_word: u64, other: &Obj) -> PyResult<()> {
    if let Some(ot) = tab(other) {
        if other.word() == self_word {
            return Ok(());
        }
        let snap = ot.get().snapshot();
        return table::merge(cell, snap);
    }
    if util::exact(other, &builtin().dict) {
        let entries = dict::entries(other);
        table::presize_for(cell, entries.len());
        for (h, k, _) in entries {
            table::add_entry(cell, &k, h)?;
        }
        return Ok(());
    }
    let it = crate::ops::get_iter(other)?;
    while let Some(k) = crate::ops::next(&it)? {
        add_key(cell, &k)?;
    }
    Ok(())
}

/// A new table holding the elements of `iterable`.
fn cell_from(iterable: Option<&Obj>) -> PyResult<RefCell<SetTable>> {
    let cell = RefCell::new(SetTable::default());
    if let Some(it) = iterable {
        update_cell(&cell, 0, it)?;
    }
    Ok(cell)
}

/// CPython's `make_new_set(type, iterable)`.
pub fn make_new_set(ty: &Obj, iterable: Option<&Obj>) -> PyResult<Obj> {
    Ok(wrap(ty, cell_from(iterable)?))
}

/// `set(iterable)`.
pub fn new_set_from(iterable: &Obj) -> PyResult<Obj> {
    make_new_set(&builtin().set, Some(iterable))
}

/// `frozenset(iterable)`.
pub fn new_frozenset_from(iterable: &Obj) -> PyResult<Obj> {
    if util::exact(iterable, &builtin().frozenset) {
        return Ok(iterable.clone());
    }
    make_new_set(&builtin().frozenset, Some(iterable))
}

/// A set with `items` added in order (what `{a, b, c}` builds).
pub fn new_set(items: &[Obj]) -> PyResult<Obj> {
    let cell = RefCell::new(SetTable::default());
    for k in items {
        add_key(&cell, k)?;
    }
    Ok(wrap(&builtin().set, cell))
}

/// A frozenset with `items` added in order.
pub fn new_frozenset(items: Vec<Obj>) -> PyResult<Obj> {
    let cell = RefCell::new(SetTable::default());
    for k in &items {
        add_key(&cell, k)?;
    }
    Ok(wrap(&builtin().frozenset, cell))
}

/// An empty set.
pub fn new_empty_set() -> Obj {
    wrap(&builtin().set, RefCell::new(SetTable::default()))
}

#[inline(always)]
fn set_cell(s: &Obj) -> PyResult<&RefCell<SetTable>> {
    match s.payload() {
        Payload::Set(c) => Ok(c),
        _ => Err(PyErr::new(
            Exc::TypeError,
            format!("expected a set, got '{}'", types::type_name_of(s)),
        )),
    }
}

/// `s.add(key)` (PySet_Add). A small int's hash and the home-slot test
/// are inlined (`rt_set_add`'s common case).
#[inline(always)]
pub fn add(s: &Obj, key: &Obj) -> PyResult<()> {
    let cell = set_cell(s)?;
    match key.small_int() {
        Some(i) => table::add_entry(cell, key, util::hash_i64(i)),
        None => add_key_slow(cell, key),
    }
}

/// `s.add(key)` for a tagged int `key` in a set as far as its home slot
/// decides without a call (`table::add_int_home`); after `Walk` the caller
/// tries `add_int_walk`, after `General` it calls `add`.
#[inline(always)]
pub fn add_int_home(s: &Obj, key: &Obj) -> table::IntHome<table::IntAdd> {
    match (s.payload(), key.small_int()) {
        (Payload::Set(cell), Some(i)) => table::add_int_home(cell, key, util::hash_i64(i)),
        _ => table::IntHome::General,
    }
}

/// `s.add(key)` after `add_int_home` answered `General`: for a tagged int
/// `key` in a set, CPython's `set_add_entry` past the home slot
/// (`table::add_entry_away` probes from the start, so it is right whatever
/// the home slot holds); anything else goes to `add`.
#[inline(always)]
pub fn add_int_away(s: &Obj, key: &Obj) -> PyResult<()> {
    match (s.payload(), key.small_int()) {
        (Payload::Set(cell), Some(i)) => table::add_entry_away(cell, key, util::hash_i64(i)),
        _ => add(s, key),
    }
}

/// `s.add(key)` for a tagged int `key` in a set by a walk of its probe
/// sequence without a call (`table::add_int`); after `IntAdd::Grow` the
/// caller runs `grow_after_add(s)`, after `IntAdd::Other` it calls `add`.
#[inline(always)]
pub fn add_int_walk(s: &Obj, key: &Obj) -> table::IntAdd {
    match (s.payload(), key.small_int()) {
        (Payload::Set(cell), Some(i)) => table::add_int(cell, key, util::hash_i64(i)),
        _ => table::IntAdd::Other,
    }
}

/// The resize that ends `add_int_walk`'s `IntAdd::Grow`.
pub fn grow_after_add(s: &Obj) {
    if let Payload::Set(cell) = s.payload() {
        table::grow_after_add(cell);
    }
}

/// `key in s` for a tagged int `key` and a mutable set `s` as far as its
/// bucket count or home slot decides without a call
/// (`table::contains_int_home`); after `Walk` the caller tries
/// `contains_int_walk`, after `General` it calls `contains`.
#[inline(always)]
pub fn contains_int_home(s: &Obj, key: &Obj) -> table::IntHome<bool> {
    match (s.payload(), key.small_int()) {
        (Payload::Set(cell), Some(i)) => table::contains_int_home(cell, key, util::hash_i64(i)),
        _ => table::IntHome::General,
    }
}

/// `key in s` for a tagged int `key` and a mutable set `s` by a walk of
/// its probe sequence without a call (`table::contains_int`): None when
/// `contains` must answer.
#[inline(always)]
pub fn contains_int_walk(s: &Obj, key: &Obj) -> Option<bool> {
    match (s.payload(), key.small_int()) {
        (Payload::Set(cell), Some(i)) => table::contains_int(cell, key, util::hash_i64(i)),
        _ => None,
    }
}

/// `add` of a key other than a small int.
#[inline(never)]
fn add_key_slow(cell: &RefCell<SetTable>, key: &Obj) -> PyResult<()> {
    add_key(cell, key)
}

/// `s.update(other)` (`|=` with any iterable, as `SET_UPDATE` does).
pub fn update(s: &Obj, other: &Obj) -> PyResult<()> {
    update_cell(set_cell(s)?, s.word(), other)
}

/// Membership with a known hash.
fn contains_hashed(s: SetRef<'_>, key: &Obj, hash: i64) -> PyResult<bool> {
    table::contains_entry(s.tab, key, hash)
}

fn contains_key(s: SetRef<'_>, key: &Obj) -> PyResult<bool> {
    let hash = key_hash(key)?;
    table::contains_entry(s.tab, key, hash)
}

/// `key in s`, retrying an unhashable set key as a frozenset (CPython's
/// `set_contains`).
#[inline]
pub fn contains(s: &Obj, key: &Obj) -> PyResult<bool> {
    let Some(tab) = tab(s) else {
        return Ok(false);
    };
    // Tagged ints (the common key) hash without a call and usually probe
    // without one either; so do exact strs whose hash is cached (interned
    // names, one-character strs): found by identity, or absent without a
    // comparison. (The rest is out of line: this part has no frame to set up.)
    let hash = if let Some(i) = key.small_int() {
        Some(util::hash_i64(i))
    } else if let Payload::Str(ps) = key.payload()
        && ps.hash.get() != -1
        && key.ty_word() == builtin().str_.word()
    {
        Some(ps.hash.get())
    } else {
        None
    };
    if let Some(hash) = hash
        && let Some(found) = table::probe_contains(tab, key, hash)
    {
        return Ok(found);
    }
    contains_slow(s, key)
}

/// `contains` comparing keys (or hashing one first).
#[inline(never)]
fn contains_slow(s: &Obj, key: &Obj) -> PyResult<bool> {
    let Some(sr) = SetRef::of(s) else {
        return Ok(false);
    };
    match contains_key(sr, key) {
        Err(e) if e.matches(Exc::TypeError) && is_set(key) => {
            let tmp = make_new_set(&builtin().frozenset, Some(key))?;
            contains_key(sr, &tmp)
        }
        r => r,
    }
}

/// Removes `key`; Ok(false) when absent. Unhashable set keys are retried
/// as frozensets.
#[inline(always)]
pub fn discard(s: &Obj, key: &Obj) -> PyResult<bool> {
    let cell = set_cell(s)?;
    match key.small_int() {
        // (The removed entry is released once no borrow is held.)
        Some(i) => Ok(table::discard_entry(cell, key, util::hash_i64(i))?.is_some()),
        None => discard_slow(cell, key),
    }
}

/// `discard` of a key other than a small int.
#[inline(never)]
fn discard_slow(cell: &RefCell<SetTable>, key: &Obj) -> PyResult<bool> {
    let r = match key_hash(key) {
        Ok(h) => table::discard_entry(cell, key, h),
        Err(e) if e.matches(Exc::TypeError) && is_set(key) => {
            let tmp = make_new_set(&builtin().frozenset, Some(key))?;
            let h = key_hash(&tmp)?;
            table::discard_entry(cell, &tmp, h)
        }
        Err(e) => Err(e),
    }?;
    Ok(r.is_some())
}

/// `s.remove(key)`.
pub fn remove(s: &Obj, key: &Obj) -> PyResult<()> {
    if discard(s, key)? {
        Ok(())
    } else {
        key_error(key)
    }
}

/// Empties a set (the elements are released after the borrow ends).
pub fn clear(s: &Obj) {
    if let Payload::Set(c) = s.payload() {
        let old = c.borrow_mut().take_all();
        drop(old);
    }
}

fn clear_cell(c: &RefCell<SetTable>) {
    let old = c.borrow_mut().take_all();
    drop(old);
}

/// CPython's `set_copy`: a set/frozenset (base type) with the same elements.
pub fn copy(so: &Obj) -> PyResult<Obj> {
    make_new_set(&basetype(so), Some(so))
}

/// CPython's `set_intersection(so, other)` into a fresh table.
fn intersection_cell(so: SetRef<'_>, other: &Obj) -> PyResult<RefCell<SetTable>> {
    let result = RefCell::new(SetTable::default());
    if so.is(other) {
        let snap = so.tab.get().snapshot();
        table::merge(&result, snap)?;
        return Ok(result);
    }
    if let Some(o) = SetRef::of(other) {
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (h, k) in small.entries() {
            if contains_hashed(big, &k, h)? {
                table::add_entry(&result, &k, h)?;
            }
        }
        return Ok(result);
    }
    let it = crate::ops::get_iter(other)?;
    while let Some(k) = crate::ops::next(&it)? {
        let h = key_hash(&k)?;
        if contains_hashed(so, &k, h)? {
            table::add_entry(&result, &k, h)?;
            if result.borrow().len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// `so & other` / `so.intersection(other)`.
pub fn intersection(so: &Obj, other: &Obj) -> PyResult<Obj> {
    let sr = SetRef::of(so).ok_or_else(|| not_a_set(so))?;
    if sr.is(other) {
        return copy(so);
    }
    Ok(wrap(&basetype(so), intersection_cell(sr, other)?))
}

fn not_a_set(v: &Obj) -> PyErr {
    PyErr::new(
        Exc::TypeError,
        format!("expected a set, got '{}'", types::type_name_of(v)),
    )
}

/// CPython's `set_difference_update_internal(so, other)`.
fn difference_update_cell(cell: &RefCell<SetTable>, self_word: u64, other: &Obj) -> PyResult<()> {
    if self_word != 0 && other.word() == self_word {
        clear_cell(cell);
        return Ok(());
    }
    if let Some(o) = SetRef::of(other) {
        let entries = if (o.len() >> 3) > cell.borrow().len() {
            let me = SetRef {
                tab: Tab::Cell(cell),
                word: self_word,
            };
            intersection_cell(me, other)?.into_inner().entries()
        } else {
            o.entries()
        };
        for (h, k) in entries {
            let old = table::discard_entry(cell, &k, h)?;
            drop(old);
        }
    } else {
        let it = crate::ops::get_iter(other)?;
        while let Some(k) = crate::ops::next(&it)? {
            let h = key_hash(&k)?;
            let old = table::discard_entry(cell, &k, h)?;
            drop(old);
        }
    }
    table::shrink_dummies(cell);
    Ok(())
}

/// CPython's `set_difference(so, other)` into a fresh table.
fn difference_cell(so: &Obj, other: &Obj) -> PyResult<RefCell<SetTable>> {
    let sr = SetRef::of(so).ok_or_else(|| not_a_set(so))?;
    let other_size = if let Some(o) = SetRef::of(other) {
        o.len()
    } else if util::exact(other, &builtin().dict) {
        dict::len(other)
    } else {
        let c = cell_from(Some(so))?;
        difference_update_cell(&c, 0, other)?;
        return Ok(c);
    };
    if (sr.len() >> 2) > other_size {
        let c = cell_from(Some(so))?;
        difference_update_cell(&c, 0, other)?;
        return Ok(c);
    }
    let result = RefCell::new(SetTable::default());
    let is_dict = !is_anyset(other);
    for (h, k) in sr.entries() {
        let inside = if is_dict {
            dict::contains_hashed(other, &k, h)?
        } else {
            match SetRef::of(other) {
                Some(o) => contains_hashed(o, &k, h)?,
                None => false,
            }
        };
        if !inside {
            table::add_entry(&result, &k, h)?;
        }
    }
    Ok(result)
}

/// `so - other` / `so.difference(other)`.
pub fn difference(so: &Obj, other: &Obj) -> PyResult<Obj> {
    Ok(wrap(&basetype(so), difference_cell(so, other)?))
}

/// CPython's `set_symmetric_difference_update(so, other)`.
fn symmetric_difference_update_cell(
    cell: &RefCell<SetTable>,
    self_word: u64,
    self_type_of: &Obj,
    other: &Obj,
) -> PyResult<()> {
    if self_word != 0 && other.word() == self_word {
        clear_cell(cell);
        return Ok(());
    }
    let entries: Vec<(i64, Obj)> = if util::exact(other, &builtin().dict) {
        dict::entries(other)
            .into_iter()
            .map(|(h, k, _)| (h, k))
            .collect()
    } else if let Some(o) = SetRef::of(other) {
        o.entries()
    } else {
        let _ = self_type_of;
        cell_from(Some(other))?.into_inner().entries()
    };
    for (h, k) in entries {
        match table::discard_entry(cell, &k, h)? {
            Some(old) => drop(old),
            None => table::add_entry(cell, &k, h)?,
        }
    }
    Ok(())
}

/// `so ^ other` / `so.symmetric_difference(other)`.
pub fn symmetric_difference(so: &Obj, other: &Obj) -> PyResult<Obj> {
    let result = cell_from(Some(other))?;
    symmetric_difference_update_cell(&result, 0, so, so)?;
    Ok(wrap(&basetype(so), result))
}

/// `so | other`.
pub fn union(so: &Obj, other: &Obj) -> PyResult<Obj> {
    let result = cell_from(Some(so))?;
    if !so.is(other) {
        update_cell(&result, 0, other)?;
    }
    Ok(wrap(&basetype(so), result))
}

/// CPython's `set_issubset(so, other)`.
pub fn issubset(so: &Obj, other: &Obj) -> PyResult<bool> {
    let sr = SetRef::of(so).ok_or_else(|| not_a_set(so))?;
    let tmp;
    let o = match SetRef::of(other) {
        Some(o) => o,
        None => {
            tmp = make_new_set(&builtin().set, Some(other))?;
            SetRef::of(&tmp).ok_or_else(|| not_a_set(&tmp))?
        }
    };
    if sr.len() > o.len() {
        return Ok(false);
    }
    for (h, k) in sr.entries() {
        if !contains_hashed(o, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's `set_issuperset(so, other)`.
pub fn issuperset(so: &Obj, other: &Obj) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(other, so);
    }
    let sr = SetRef::of(so).ok_or_else(|| not_a_set(so))?;
    let it = crate::ops::get_iter(other)?;
    while let Some(k) = crate::ops::next(&it)? {
        if !contains_key(sr, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's `set_isdisjoint(so, other)`.
pub fn isdisjoint(so: &Obj, other: &Obj) -> PyResult<bool> {
    let sr = SetRef::of(so).ok_or_else(|| not_a_set(so))?;
    if so.is(other) {
        return Ok(sr.len() == 0);
    }
    let b = builtin();
    if util::exact(other, &b.set) || util::exact(other, &b.frozenset) {
        let o = SetRef::of(other).ok_or_else(|| not_a_set(other))?;
        let (big, small) = if o.len() > sr.len() { (o, sr) } else { (sr, o) };
        for (h, k) in small.entries() {
            if contains_hashed(big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = crate::ops::get_iter(other)?;
    while let Some(k) = crate::ops::next(&it)? {
        if contains_key(sr, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of two sets (NotImplemented unless `w` is a set).
pub fn richcompare(v: &Obj, w: &Obj, op: u64) -> PyResult<Obj> {
    use crate::abi::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
    if !is_anyset(v) || !is_anyset(w) {
        return Ok(util::not_implemented());
    }
    let (lv, lw) = (len(v), len(w));
    let r = match op {
        CMP_EQ | CMP_NE => {
            let eq = if lv != lw {
                false
            } else {
                let hv = frozen_cached_hash(v);
                let hw = frozen_cached_hash(w);
                if hv != -1 && hw != -1 && hv != hw {
                    false
                } else {
                    issubset(v, w)?
                }
            };
            if op == CMP_EQ { eq } else { !eq }
        }
        CMP_LE => issubset(v, w)?,
        CMP_GE => issuperset(v, w)?,
        CMP_LT => lv < lw && issubset(v, w)?,
        CMP_GT => lv > lw && issuperset(v, w)?,
        _ => return Ok(util::not_implemented()),
    };
    Ok(util::py_bool(r))
}

fn frozen_cached_hash(v: &Obj) -> i64 {
    match v.payload() {
        Payload::FrozenSet(t) => t.hash.get(),
        _ => -1,
    }
}

/// `hash(frozenset)`.
pub fn frozenset_hash(v: &Obj) -> Option<i64> {
    match v.payload() {
        Payload::FrozenSet(t) => Some(t.frozen_hash()),
        _ => None,
    }
}

/// `set.pop()`.
pub fn pop(s: &Obj) -> PyResult<Obj> {
    let cell = set_cell(s)?;
    let r = cell.borrow_mut().pop();
    r.ok_or_else(|| PyErr::new(Exc::KeyError, "pop from an empty set"))
}

/// Called once at startup.
pub fn init_methods(b: &super::Builtins) {
    methods::init(b);
}

/// `s.difference_update(other)` for a mutable set.
pub fn difference_update(s: &Obj, other: &Obj) -> PyResult<()> {
    difference_update_cell(set_cell(s)?, s.word(), other)
}

/// `s.symmetric_difference_update(other)` for a mutable set.
pub fn symmetric_difference_update(s: &Obj, other: &Obj) -> PyResult<()> {
    symmetric_difference_update_cell(set_cell(s)?, s.word(), s, other)
}

/// A frozenset constant as CPython's compiler makes it: built from `items`
/// in order, then rebuilt from its own iteration order (constant merging),
/// which decides the iteration order of set literals built from it.
pub fn new_frozenset_const(items: Vec<Obj>) -> PyResult<Obj> {
    let first = new_frozenset(items)?;
    new_frozenset(elements(&first))
}

/// A set literal whose items are all constants, with more than two items
/// (`{1, 2, 3}`): CPython compiles it to `BUILD_SET 0; LOAD_CONST
/// frozenset(...); SET_UPDATE`, which gives a different iteration order
/// than adding the items one by one.
pub fn new_set_const_literal(items: Vec<Obj>) -> PyResult<Obj> {
    let frozen = new_frozenset_const(items)?;
    let s = new_empty_set();
    update(&s, &frozen)?;
    Ok(s)
}

#[cfg(test)]
mod tests;
