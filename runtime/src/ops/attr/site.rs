//! Per-site attribute caches for `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR` (CPython
//! 3.11's specialised `LOAD_ATTR_INSTANCE_VALUE` / `LOAD_METHOD_WITH_VALUES`
//! in spirit). Each site in generated code owns an `AttrSite`; it records
//! the receiver's type, the type-lookup epoch (see `cache`), and what the
//! type's MRO holds under the name. While the receiver has that type and no
//! heap type's namespace changed, the lookup skips `__getattribute__`
//! dispatch and the MRO walk: a data descriptor is called at once, anything
//! else is looked up in the instance dict first.
//!
//! Generated code compares only an entry's type, not the epoch: whatever
//! changes the epoch (`cache::invalidate`) also retires the entries of
//! every site filled since (`cache::note_live`), tagging their type words
//! so that no receiver's type matches them.
//!
//! Only receivers that use the generic `object.__getattribute__` are cached
//! (not types, modules, `super` objects, bound methods, or classes that
//! override `__getattribute__`); misses and missing attributes take the
//! generic path, which also runs `__getattr__`.

use super::{cache, descr_get, getattr, is_data_descr, load_method as generic_load_method};
use crate::abi;
use crate::errors::{Exc, PyResult};
use crate::object::{Obj, Payload};
use crate::ops::call::call_unbound;
use crate::types::function::BuiltinImpl;
use crate::types::{self, type_data};

/// Nothing cached yet (or the receiver's type can't be cached).
const KIND_NONE: u64 = 0;
/// `descr` (0 when the MRO has no such name) is not a data descriptor:
/// the instance dict comes first.
const KIND_PLAIN: u64 = abi::ATTR_KIND_PLAIN;
/// `descr` is a data descriptor: it wins over the instance dict.
const KIND_DATA: u64 = abi::ATTR_KIND_DATA;
/// (`STORE_ATTR` sites) the generic `__setattr__` applies and no data
/// descriptor intercepts the name: a store goes to the instance dict.
const KIND_STORE_DICT: u64 = abi::ATTR_KIND_STORE_DICT;
/// The receiver is an exact module: its dict holds the attribute (`hint`
/// as for `KIND_PLAIN`), else the generic path (`__getattr__`) applies.
const KIND_MODULE: u64 = abi::ATTR_KIND_MODULE;
/// `KIND_PLAIN` where `descr` is a method (`is_unbound_method`); `hint`
/// holds the name's hash instead of a dict entry index.
const KIND_METHOD: u64 = abi::ATTR_KIND_METHOD;
/// `KIND_DATA` where `descr` is a built-in type's getset descriptor or
/// property (`m.lastgroup`, `x.real`, `e.args`; `is_builtin_getset`): its
/// getter is called with the receiver at once, skipping the descriptor
/// protocol. (Generated code treats it as a miss.)
const KIND_GETSET: u64 = abi::ATTR_KIND_GETSET;

/// One cached receiver type of a site.
#[repr(C)]
struct Entry {
    /// The receiver type it was filled for (an owned reference, so the
    /// address can't be reused by another type while cached), tagged
    /// (`cache::retire_live`) once the epoch it was filled in has passed.
    ty: u64,
    epoch: u64,
    /// What the type's MRO held under the name (borrowed: the type keeps it
    /// alive until its namespace changes, which changes the epoch).
    descr: u64,
    kind: u64,
    /// Where the name was last found in a receiver's instance dict (see
    /// `dict::get_item_hinted`; any value is safe), or for `KIND_METHOD`
    /// the name's hash (which generated code's negative probe relies on).
    hint: u64,
    /// The byte offset of the name's inline value word in instances of
    /// `ty` (`types::instance::slot_offset`), or 0 when the name is not
    /// (yet) one of the type's inline keys.
    slot: u64,
}

/// One site's cache, in the generated code's writable data (all words 0
/// until first filled; `abi::ATTR_SITE_WORDS` long): a few receiver types,
/// most recently filled first, so sites that see several classes (a base
/// and its subclasses, say) stay hits.
#[repr(C)]
pub struct AttrSite {
    entries: [Entry; abi::ATTR_SITE_ENTRIES],
}

/// Is `f`, found on a type, called with the instance as its first
/// argument (a Python function or a built-in method descriptor)?
fn is_unbound_method(f: &Obj) -> bool {
    match f.payload() {
        Payload::Function(_) => true,
        Payload::Builtin(b) => b.is_method && b.self_.is_none() && !b.is_classmethod,
        _ => false,
    }
}

/// Is `d` an exact getset descriptor or `property` (heap subclasses may
/// override `__get__`) whose getter is a plain built-in function, as for
/// the attributes of built-in types?
fn is_builtin_getset(d: &Obj) -> bool {
    let t = d.ty();
    (t.is(&types::typeobj::extra().getset) || t.is(&types::builtin().property))
        && builtin_getter(d).is_some()
}

/// The built-in getter of the property-like `d`, if it has one and no
/// accessors replaced by an explicit `property.__init__` call (kept in its
/// hidden dict); `PropertyData` itself is immutable.
#[inline]
fn builtin_getter(d: &Obj) -> Option<fn(&[Obj]) -> PyResult<Obj>> {
    if d.heap()?.dict.get() != 0 {
        return None;
    }
    let Payload::Property(p) = d.payload() else {
        return None;
    };
    match p.fget.as_ref()?.payload() {
        Payload::Builtin(b) if b.self_.is_none() && !b.is_method => match b.f {
            BuiltinImpl::Pos(f) => Some(f),
            BuiltinImpl::Kw(_) => None,
        },
        _ => None,
    }
}

/// Does `v` use the generic `object.__getattribute__`?
fn generic_receiver(v: &Obj, tp: &Obj) -> bool {
    !matches!(
        v.payload(),
        Payload::Type(_) | Payload::Module(_) | Payload::Super(..) | Payload::Method(..)
    ) && (!type_data(tp).heap
        || cache::lookup_getattribute(tp).is_none_or(|g| super::is_builtin_method(&g)))
}

/// Does `v` use the generic `object.__setattr__`?
fn generic_setattr_receiver(v: &Obj, tp: &Obj) -> bool {
    !matches!(
        v.payload(),
        Payload::Type(_) | Payload::Module(_) | Payload::Super(..) | Payload::Method(..)
    ) && (!type_data(tp).heap
        || cache::lookup(tp, "__setattr__").is_none_or(|f| super::is_builtin_method(&f)))
}

impl Entry {
    /// Is the entry valid for a receiver of type `ty`?
    #[inline]
    fn hit(&self, ty: u64, epoch: u64) -> bool {
        self.kind != KIND_NONE && ty == self.ty && self.epoch == epoch
    }

    /// Was the entry filled since the epoch last changed?
    fn live(&self) -> bool {
        cache::is_live(self.ty)
    }
}

impl Default for AttrSite {
    fn default() -> AttrSite {
        AttrSite::new()
    }
}

impl AttrSite {
    /// An empty site, for runtime code that reads one attribute name
    /// over and over (the event loop's `_cancelled` checks).
    pub const fn new() -> AttrSite {
        const EMPTY: Entry = Entry {
            ty: 0,
            epoch: 0,
            descr: 0,
            kind: KIND_NONE,
            hint: 0,
            slot: 0,
        };
        AttrSite {
            entries: [EMPTY; abi::ATTR_SITE_ENTRIES],
        }
    }

    /// Fills the first entry for `v`'s type (the old first entry becomes
    /// the second); returns it (None when the type can't be cached).
    fn fill(&mut self, v: &Obj, name: &Obj, store: bool) -> Option<usize> {
        let tp = v.ty();
        let epoch = cache::epoch();
        let state = if store {
            // (`dict_allowed` depends on the type only: a `__slots__` class
            // keeps slot values in a hidden dict that takes no other names.)
            (generic_setattr_receiver(v, &tp) && super::dict_allowed(v))
                .then(|| cache::lookup_obj(&tp, name))
                .and_then(|d| match d {
                    Some(d) if is_data_descr(&d) => None,
                    _ => Some((KIND_STORE_DICT, 0)),
                })
        } else if tp.is(&types::builtin().module) {
            // A module's own attributes live in its dict (after any data
            // descriptor of the module type, such as `__dict__`).
            match cache::lookup_obj(&tp, name) {
                Some(d) if is_data_descr(&d) => None,
                _ => Some((KIND_MODULE, 0)),
            }
        } else if generic_receiver(v, &tp) {
            let d = cache::lookup_obj(&tp, name);
            let kind = match &d {
                Some(d) if is_builtin_getset(d) => KIND_GETSET,
                Some(d) if is_data_descr(d) => KIND_DATA,
                Some(d) if is_unbound_method(d) => KIND_METHOD,
                _ => KIND_PLAIN,
            };
            // `lookup_obj` and `is_data_descr` run no Python code, so the
            // epoch still holds.
            Some((kind, d.map_or(0, |d| d.word())))
        } else {
            None
        };
        let (mut kind, descr) = state.unwrap_or((KIND_NONE, 0));
        // Generated code's negative probe needs the name's exact hash (a
        // str caches it: no Python code runs); without one, no probe.
        let mut hint = 0;
        // A method that some instance holds inline under the same name is
        // not a safe `LOAD_METHOD` hit for an instance without a dict (an
        // inline key added later changes the epoch).
        if kind == KIND_METHOD && types::instance::is_key(&tp, name) {
            kind = KIND_PLAIN;
        }
        if kind == KIND_METHOD {
            match types::list::util::key_hash(name) {
                Ok(h) if types::str::is_exact_str(name) => hint = h as u64,
                _ => kind = KIND_PLAIN,
            }
        }
        // (A class that stopped taking inline keys still has instances
        // holding values to read, but new ones store into dicts.)
        let slot = match kind {
            KIND_STORE_DICT if !type_data(&tp).inline_ok.get() => 0,
            KIND_PLAIN | KIND_METHOD | KIND_STORE_DICT => types::instance::slot_offset(&tp, name),
            _ => 0,
        };
        // Generated `LOAD_ATTR` reads a slot without checking the kind: a
        // method's name is never an inline key (see above).
        debug_assert!(
            slot == 0 || kind != KIND_METHOD,
            "a method entry with a slot"
        );
        let fresh = Entry {
            ty: tp.into_word(),
            epoch,
            descr,
            kind,
            hint,
            slot,
        };
        if !self.entries.iter().any(Entry::live) {
            let first = std::ptr::addr_of_mut!(self.entries[0].ty);
            // SAFETY: sites live in generated code's writable data or in
            // runtime thread-locals without destructors: never moved or freed.
            unsafe { cache::note_live(first, abi::ATTR_SITE_ENTRIES, size_of::<Entry>() / 8) };
        }
        self.entries.rotate_right(1);
        let evicted = std::mem::replace(&mut self.entries[0], fresh);
        drop(Obj::from_word(cache::unretired(evicted.ty)));
        state.map(|_| 0)
    }

    /// The index of the entry for `v`'s type, filled on a miss.
    #[inline]
    fn lookup(&mut self, v: &Obj, name: &Obj, store: bool) -> Option<usize> {
        let (ty, epoch) = (v.ty_word(), cache::epoch());
        match self.entries.iter().position(|e| e.hit(ty, epoch)) {
            Some(i) => Some(i),
            None => self.fill(v, name, store),
        }
    }

    /// Runs `probe` (an instance-dict access that may run Python code,
    /// which may refill this very site) with a copy of entry `i`'s dict
    /// hint, and keeps the updated hint only if the entry still caches the
    /// same type with a dict hint (a `KIND_METHOD` hint must stay the name's
    /// hash).
    fn with_hint<T>(&mut self, i: usize, probe: impl FnOnce(&mut u64) -> T) -> T {
        let e = &self.entries[i];
        let (ty, kind) = (e.ty, e.kind);
        let mut hint = if kind == KIND_METHOD { 0 } else { e.hint };
        let r = probe(&mut hint);
        let e = &mut self.entries[i];
        if e.ty == ty && e.kind == kind && kind != KIND_METHOD {
            e.hint = hint;
        }
        r
    }
}

/// `v`'s own value for `name`: an inline value, or its instance dict's
/// (probing the dict entry `hint` first).
fn instance_value(v: &Obj, name: &Obj, hint: &mut u64) -> PyResult<Option<Obj>> {
    if let Some(r) = types::instance::get(v, name) {
        return Ok(r);
    }
    match v.dict() {
        Some(d) => types::dict::get_item_hinted(&d, name, hint),
        None => Ok(None),
    }
}

/// Makes sure `site` (for stores with `store`) has an entry for `v`'s
/// type (filled when missing) without touching `v` itself: `fill` runs no
/// Python code.
pub fn prime(site: &mut AttrSite, v: &Obj, name: &Obj, store: bool) {
    site.lookup(v, name, store);
}

/// `v.name` through `site`.
pub fn load_attr(site: &mut AttrSite, v: &Obj, name: &Obj) -> PyResult<Obj> {
    let d = match site.lookup(v, name, false) {
        Some(i) if site.entries[i].kind == KIND_MODULE => return module_attr(site, i, v, name),
        Some(i) if site.entries[i].kind == KIND_DATA => site.entries[i].descr,
        Some(i) if site.entries[i].kind == KIND_GETSET => {
            let d = site.entries[i].descr;
            match builtin_getter(Obj::borrow(&d)) {
                Some(f) => return getset_value(f, v, name),
                None => d,
            }
        }
        Some(i) => {
            let d = site.entries[i].descr;
            if let Some(x) = site.with_hint(i, |h| instance_value(v, name, h))? {
                return Ok(x);
            }
            if d == 0 {
                // Missing: the generic path raises or calls `__getattr__`.
                return getattr(v, name);
            }
            d
        }
        None => return getattr(v, name),
    };
    let tp = v.ty();
    // A strong reference for the call: a getter may change the class and
    // so drop the type's own reference to the descriptor.
    let d = Obj::borrow(&d).clone();
    or_getattr(descr_get(&d, Some(v), &tp), v, name)
}

/// `v.name` through the built-in getter `f` of a getset descriptor found
/// on `v`'s type (so `v` is of the getter's type: no `descr_check`).
#[inline]
fn getset_value(f: fn(&[Obj]) -> PyResult<Obj>, v: &Obj, name: &Obj) -> PyResult<Obj> {
    let r = f(std::slice::from_ref(v));
    if r.is_ok() {
        return r;
    }
    or_getattr(r, v, name)
}

/// As in `getattr`: an AttributeError from a data descriptor falls back
/// to the class's `__getattr__`.
fn or_getattr(r: PyResult<Obj>, v: &Obj, name: &Obj) -> PyResult<Obj> {
    match r {
        Err(e) if e.matches(Exc::AttributeError) => match cache::lookup_getattr(&v.ty()) {
            Some(ga) => call_unbound(&ga, v, std::slice::from_ref(name), &[]),
            None => Err(e),
        },
        r => r,
    }
}

/// `v.name` for the exact module `v`, cached in entry `i` (`KIND_MODULE`):
/// its dict's value, probed at the entry's hint first, else the generic
/// path (`__getattr__`, the AttributeError).
fn module_attr(site: &mut AttrSite, i: usize, v: &Obj, name: &Obj) -> PyResult<Obj> {
    if let Payload::Module(m) = v.payload()
        && let Some(x) = site.with_hint(i, |h| types::dict::get_item_hinted(&m.dict, name, h))?
    {
        return Ok(x);
    }
    getattr(v, name)
}

/// `LOAD_METHOD` through `site`: `(function, true)` when `v.name` is a plain
/// function on the type not shadowed by the instance dict (the caller
/// passes `v` as the first argument), else `(v.name, false)`.
pub fn load_method(site: &mut AttrSite, v: &Obj, name: &Obj) -> PyResult<(Obj, bool)> {
    match site.lookup(v, name, false) {
        Some(i)
            if matches!(site.entries[i].kind, KIND_PLAIN | KIND_METHOD)
                && site.entries[i].descr != 0 =>
        {
            // Owned: the instance-dict probe below may run `__eq__` code
            // that changes the class.
            let f = Obj::borrow(&site.entries[i].descr).clone();
            let unbound = is_unbound_method(&f);
            if let Some(x) = site.with_hint(i, |h| instance_value(v, name, h))? {
                return Ok((x, false));
            }
            if unbound {
                return Ok((f, true));
            }
            Ok((descr_get(&f, Some(v), &v.ty())?, false))
        }
        // (`math.sqrt(x)`: a module's function, called without `self`.)
        Some(i) if site.entries[i].kind == KIND_MODULE => {
            Ok((module_attr(site, i, v, name)?, false))
        }
        Some(_) => Ok((load_attr(site, v, name)?, false)),
        None => generic_load_method(v, name),
    }
}

/// The usual store the generated code leaves to the runtime: an exact str
/// name into `v`'s exact instance dict (created here, presized for its
/// class, when missing), where the name is new. Gives the value back when
/// the generic store must run.
fn store_in_exact_dict(v: &Obj, name: &Obj, value: Obj, hint: &mut u64) -> Result<(), Obj> {
    let (Some(h), Payload::Str(p)) = (v.heap(), name.payload()) else {
        return Err(value);
    };
    let b = types::builtin();
    if name.ty_word() != b.str_.word() {
        return Err(value);
    }
    if h.dict.get() == 0 && types::instance::materialize(v).is_none() {
        let hint = type_data(Obj::borrow(&h.ty.get())).dict_hint.get();
        let d = types::dict::new_dict_with_capacity(hint as usize);
        h.dict.set(d.into_word());
    }
    let dw = h.dict.get();
    let d = Obj::borrow(&dw);
    match d.payload() {
        Payload::Dict(t) if d.ty_word() == b.dict.word() => {
            types::dict::set_str_hinted(t, name, p, value, hint)
        }
        _ => Err(value),
    }
}

/// `v.name = value` through `site` (a `STORE_ATTR` site).
pub fn store_attr(site: &mut AttrSite, v: &Obj, name: &Obj, value: &Obj) -> PyResult<()> {
    if let Some(i) = site.lookup(v, name, true)
        && site.entries[i].kind == KIND_STORE_DICT
    {
        // (A name that becomes an inline key changes the epoch: the site
        // refills with its slot.)
        let Err(value) = types::instance::set(v, name, value.clone()) else {
            return Ok(());
        };
        let Err(value) = site.with_hint(i, |h| store_in_exact_dict(v, name, value, h)) else {
            return Ok(());
        };
        // (`KIND_STORE_DICT` implies the type allows an instance dict.)
        let d = types::function::ensure_dict(v);
        return site.with_hint(i, |h| types::dict::set_item_hinted(&d, name, value, h));
    }
    super::setattr(v, name, value)
}

const _: () = {
    use std::mem::offset_of;
    assert!(size_of::<AttrSite>() == abi::ATTR_SITE_WORDS as usize * 8);
    assert!(size_of::<Entry>() == abi::ATTR_ENTRY_SIZE as usize);
    assert!(offset_of!(Entry, ty) == abi::ATTR_ENTRY_TYPE as usize);
    assert!(offset_of!(Entry, epoch) == abi::ATTR_ENTRY_EPOCH as usize);
    assert!(offset_of!(Entry, descr) == abi::ATTR_ENTRY_DESCR as usize);
    assert!(offset_of!(Entry, kind) == abi::ATTR_ENTRY_KIND as usize);
    assert!(offset_of!(Entry, hint) == abi::ATTR_ENTRY_HINT as usize);
    assert!(offset_of!(Entry, slot) == abi::ATTR_ENTRY_SLOT as usize);
};
