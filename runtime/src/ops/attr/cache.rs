//! A direct-mapped cache of `types::lookup` results (like CPython's method
//! cache), used by the generic protocol on hot paths: attribute access,
//! special-method dispatch, comparisons.
//!
//! Entries are keyed by (type, name) and stamped with a global epoch; any
//! change to a heap type's namespace or bases calls `invalidate`, which bumps
//! the epoch and so retires every entry at once. An entry holds a reference
//! to its type, so a cached type's address is never reused while cached.
//! Types must therefore not have their dicts modified behind this module's
//! back after startup except through `ops::attr` / `type` methods (which
//! invalidate), or by calling `invalidate` explicitly.
//!
//! A second table (`lookup_obj`) is keyed by the identity of the name's str
//! object instead of its text, so hot attribute accesses with constant names
//! hit without hashing or comparing strings.

use crate::object::Obj;
use crate::types;
use std::cell::RefCell;
use std::sync::atomic::Ordering;

const SIZE: usize = 4096;

struct Entry {
    ty: Obj,
    epoch: u64,
    hash: u64,
    name: Box<str>,
    value: Option<Obj>,
}

thread_local! {
    // Never destroyed: dropping the cached values while thread-locals are
    // torn down at exit could run finalizers that need this very cache.
    static CACHE: std::mem::ManuallyDrop<RefCell<Vec<Option<Entry>>>> =
        std::mem::ManuallyDrop::new(RefCell::new((0..SIZE).map(|_| None).collect()));
}

/// A cache key for a name: its text's address and length, mixed.
#[inline]
fn name_key(name: &str) -> u64 {
    (name.as_ptr() as u64 ^ ((name.len() as u64) << 56)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Retires every cached lookup (a type's namespace or MRO changed),
/// including the sites' entries generated code reads (`retire_live`).
pub fn invalidate() {
    crate::types::counter(crate::abi::COUNTER_TYPE_EPOCH).fetch_add(1, Ordering::Relaxed);
    retire_live();
}

/// The tag a retired site entry's type word carries (type objects are
/// aligned, so no receiver's type word has it).
const RETIRED: u64 = 1;

thread_local! {
    /// The type words of the site entries filled since the epoch last
    /// changed, as (first word, words, stride in words): each group once.
    static LIVE: RefCell<Vec<(*mut u64, usize, usize)>> = const { RefCell::new(Vec::new()) };
}

/// Records that a site whose `count` type words, `stride` words apart
/// from `first`, were all empty or retired now gets a live one.
///
/// # Safety
/// The words must stay valid for the rest of the run: the site is never
/// moved or freed (generated code's writable data, or a runtime
/// thread-local without a destructor).
pub unsafe fn note_live(first: *mut u64, count: usize, stride: usize) {
    LIVE.with(|l| l.borrow_mut().push((first, count, stride)));
}

/// Whether a site entry's type word `ty` was filled in the current epoch.
#[inline]
pub fn is_live(ty: u64) -> bool {
    ty != 0 && ty & RETIRED == 0
}

/// The type reference a site entry's (maybe retired) type word holds.
#[inline]
pub fn unretired(ty: u64) -> u64 {
    ty & !RETIRED
}

/// Tags every type word `note_live` recorded: generated code compares an
/// entry's type word with the receiver's and nothing else, so a retired
/// entry never matches; it keeps its type reference until refilled.
fn retire_live() {
    let groups = LIVE.with(|l| std::mem::take(&mut *l.borrow_mut()));
    for (first, count, stride) in groups {
        for i in 0..count {
            // SAFETY: `note_live`'s callers guarantee the words stay
            // valid; only the type word changes, and runtime code that uses
            // the site compares type words again after calls that may get
            // here.
            unsafe {
                let ty = first.add(i * stride);
                if *ty != 0 {
                    *ty |= RETIRED;
                }
            }
        }
    }
}

/// The current epoch: unchanged exactly while no heap type's namespace or
/// bases changed (per-site caches compare it).
#[inline]
pub fn epoch() -> u64 {
    crate::types::counter(crate::abi::COUNTER_TYPE_EPOCH).load(Ordering::Relaxed)
}

/// `types::lookup(ty, name)`, cached. Entries are placed by the address of
/// the name's text (callers pass constants, so this skips hashing the
/// text) and confirmed by comparing the text.
pub fn lookup(ty: &Obj, name: &str) -> Option<Obj> {
    let h = name_key(name);
    let idx = ((h ^ (ty.word() >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15)) as usize) & (SIZE - 1);
    let epoch = epoch();
    let hit = CACHE.with(|c| {
        let c = c.borrow();
        match &c[idx] {
            Some(e) if e.epoch == epoch && e.hash == h && e.ty.is(ty) && &*e.name == name => {
                Some(e.value.clone())
            }
            _ => None,
        }
    });
    if let Some(v) = hit {
        return v;
    }
    let v = types::lookup(ty, name);
    let entry = Entry {
        ty: ty.clone(),
        epoch,
        hash: h,
        name: name.into(),
        value: v.clone(),
    };
    // The evicted entry is dropped after the borrow ends: releasing its
    // references may run finalizers that use the cache.
    let old = CACHE.with(|c| c.borrow_mut()[idx].replace(entry));
    drop(old);
    v
}

/// `types::lookup_special(v, name)`, cached.
pub fn lookup_special(v: &Obj, name: &str) -> Option<Obj> {
    lookup(Obj::borrow(&v.ty_word()), name)
}

/// An entry of the identity-keyed cache: all fields are owned words (0 when
/// empty; `value` 0 when the lookup found nothing).
#[derive(Clone, Copy, Default)]
struct ObjEntry {
    ty: u64,
    name: u64,
    epoch: u64,
    value: u64,
}

const OBJ_SIZE: usize = 2048;

thread_local! {
    static OBJ_CACHE: RefCell<Vec<ObjEntry>> = RefCell::new(vec![ObjEntry::default(); OBJ_SIZE]);
    static SPECIAL_NAMES: [Obj; 3] = [
        types::str::new_str("__getattribute__"),
        types::str::new_str("__getattr__"),
        types::str::new_str("__del__"),
    ];
}

/// `types::lookup(ty, name)` for a str object `name`, cached by the
/// identities of the type and the name object (no hashing or comparing of
/// text on a hit: attribute names in generated code are constants). Entries
/// hold references to both, so their addresses are not reused while cached.
pub fn lookup_obj(ty: &Obj, name: &Obj) -> Option<Obj> {
    let idx = (((ty.word() >> 4) ^ (name.word() >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40)
        as usize
        & (OBJ_SIZE - 1);
    let epoch = epoch();
    let hit = OBJ_CACHE.with(|c| {
        let c = c.borrow();
        let e = &c[idx];
        if e.epoch == epoch && e.ty == ty.word() && e.name == name.word() {
            Some((e.value != 0).then(|| Obj::borrow(&e.value).clone()))
        } else {
            None
        }
    });
    if let Some(v) = hit {
        return v;
    }
    // Callers check that attribute names are strs; anything else names
    // nothing.
    let text = types::str::as_str(name)?;
    let v = lookup(ty, text);
    let entry = ObjEntry {
        ty: ty.clone().into_word(),
        name: name.clone().into_word(),
        epoch,
        value: v.clone().map_or(0, Obj::into_word),
    };
    // Release the evicted entry's references after the borrow ends.
    let old = OBJ_CACHE.with(|c| std::mem::replace(&mut c.borrow_mut()[idx], entry));
    drop(Obj::from_word(old.ty));
    drop(Obj::from_word(old.name));
    drop(Obj::from_word(old.value));
    v
}

/// `type.__getattribute__` as found on `ty` (cached).
pub fn lookup_getattribute(ty: &Obj) -> Option<Obj> {
    SPECIAL_NAMES.with(|n| lookup_obj(ty, &n[0]))
}

/// `type.__getattr__` as found on `ty` (cached).
pub fn lookup_getattr(ty: &Obj) -> Option<Obj> {
    SPECIAL_NAMES.with(|n| lookup_obj(ty, &n[1]))
}

/// `type.__del__` as found on `ty` (cached; asked at every deallocation of
/// an instance of a user class, including while thread-locals are torn
/// down at exit, when the text-keyed cache still answers).
pub fn lookup_del(ty: &Obj) -> Option<Obj> {
    let name = SPECIAL_NAMES
        .try_with(|n| n[2].clone())
        .ok()
        .filter(|_| OBJ_CACHE.try_with(|_| ()).is_ok());
    match name {
        Some(name) => lookup_obj(ty, &name),
        None => lookup(ty, "__del__"),
    }
}
