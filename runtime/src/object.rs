//! The object header, the payload of every built-in kind of object, and `Obj`,
//! the owned reference that runtime code passes around.
//!
//! A value is one 64-bit word (see `abi`): a tagged small int, or a pointer to
//! a heap `PyObject`. `Obj` owns one reference: cloning increments the
//! refcount, dropping decrements it and frees the object at zero. Generated
//! code works on raw words and borrows them into `&Obj` with `Obj::borrow`.

use crate::abi::{INT_TAG, SMALL_INT_MAX, SMALL_INT_MIN, TAG_MASK};
use crate::types::TypeData;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::num::NonZeroU64;

pub(crate) mod free_stacks;
pub(crate) mod gc;
pub(crate) mod pool;
pub(crate) mod size_class;
mod small_alloc;
pub(crate) mod traverse;

/// Refcount given to statically-lived objects (singletons, built-in types):
/// large enough that decrements never reach zero.
pub const IMMORTAL: isize = 1 << 60;

/// The header shared by all heap objects, followed by the kind-specific payload.
#[repr(C)]
pub struct PyObject {
    pub refcnt: Cell<isize>,
    /// The object's type (a `Payload::Type` object); never null.
    pub ty: Cell<u64>,
    /// The instance `__dict__` (a dict object), or 0 when it has none (yet).
    /// Instances with `__slots__` values point to a slot-value block here
    /// instead, which holds the `__dict__` in its own header (`types::slots`).
    pub dict: Cell<u64>,
    pub payload: Payload,
}

/// The largest object block (`object::pool`) is this size, so a payload
/// variant larger than the dict's must box its data.
const _: () = assert!(size_of::<PyObject>() == 32 + 8 * crate::abi::INSTANCE_VALUES);

/// What an object holds besides its header. Instances of user classes that
/// subclass a built-in keep that built-in's payload.
///
/// `repr(u8)` fixes the layout (a tag byte, then the variant's fields as a
/// `repr(C)` struct), so the bytes each variant uses are known and an
/// object takes only the block size its variant needs
/// (`object::size_class`). An object is only ever written whole when its
/// block is filled (`write_block`); its payload is never replaced by
/// another variant's.
#[repr(u8)]
pub enum Payload {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int outside the small-int range (always normalised: a value that
    /// fits a tagged word is never boxed).
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(crate::types::str::PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Obj>>),
    Tuple(crate::types::tuple::TupleItems),
    Dict(RefCell<crate::types::dict::DictTable>),
    Set(RefCell<crate::types::set::SetTable>),
    FrozenSet(crate::types::set::SetTable),
    Range(crate::types::range::Range),
    Slice(Obj, Obj, Obj),
    Cell(RefCell<Option<Obj>>),
    Code(Box<crate::types::code::CodeData>),
    Function(Box<crate::types::function::FunctionData>),
    Builtin(Box<crate::types::function::BuiltinData>),
    Method(Obj, Obj),
    StaticMethod(RefCell<Obj>),
    ClassMethod(RefCell<Obj>),
    Property(Box<crate::types::function::PropertyData>),
    Module(Box<crate::types::module::ModuleData>),
    Type(Box<TypeData>),
    /// A plain instance of a user class: its first attributes inline
    /// (`types::instance`), the rest (or all, in dict mode) in `dict`.
    Instance(crate::types::instance::InlineValues),
    BaseException(Box<crate::errors::ExcData>),
    Iter(RefCell<crate::types::iter::IterState>),
    Generator(crate::types::generator::GenData),
    Super(Obj, Obj),
    MappingProxy(Obj),
    /// The hidden block holding an instance's `__slots__` values (never
    /// visible to Python code; see `types::slots`).
    SlotValues(RefCell<Vec<Option<Obj>>>),
    /// A file object (`open()`, `sys.stdout`): its slot in the open-file table.
    File(crate::types::file::FileSlot),
    /// A `re.Match` object (`modules::sre::matchobj`).
    SreMatch(Box<crate::modules::sre::MatchData>),
    /// A `finditer` iterator (`modules::sre::scanner`).
    SreScanner(Box<crate::modules::sre::ScannerData>),
}

/// What `Obj::payload` returns for tagged ints (which have no heap payload),
/// and the payload `Obj::new_instance` copies.
struct StaticPayload(Payload);
// SAFETY: the payload is an instance without values, which nothing ever
// writes through (values are only stored into heap instances in values
// mode), so sharing it is harmless.
unsafe impl Sync for StaticPayload {}
static SMALL_INT_PAYLOAD: StaticPayload = StaticPayload(Payload::Instance(
    crate::types::instance::InlineValues::new(),
));

/// An owned reference to a Python value.
#[repr(transparent)]
pub struct Obj(NonZeroU64);

impl Obj {
    /// Takes ownership of a word holding a new reference.
    ///
    /// Returns `None` for 0 (the error marker).
    #[inline]
    pub fn from_word(w: u64) -> Option<Obj> {
        NonZeroU64::new(w).map(Obj)
    }

    /// Borrows a word as an `&Obj` without touching its refcount.
    #[inline]
    pub fn borrow(w: &u64) -> &Obj {
        debug_assert!(*w != 0, "borrowed the error marker as a value");
        // SAFETY: `Obj` is `repr(transparent)` over `NonZeroU64`, which has the
        // same layout as `u64`; callers pass words that hold values (never 0).
        unsafe { &*(w as *const u64 as *const Obj) }
    }

    /// Gives up ownership, returning the raw word (a new reference).
    #[inline]
    pub fn into_word(self) -> u64 {
        let w = self.0.get();
        std::mem::forget(self);
        w
    }

    #[inline]
    pub fn word(&self) -> u64 {
        self.0.get()
    }

    #[inline]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & INT_TAG != 0
    }

    /// The small int held in a tagged word.
    #[inline]
    pub fn small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// A tagged small int; the value must be in range.
    #[inline]
    pub fn from_small(v: i64) -> Obj {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v));
        Obj(NonZeroU64::new(((v << 1) as u64) | INT_TAG).expect("tagged words are odd"))
    }

    /// The heap object behind this reference (None for tagged ints).
    #[inline]
    pub fn heap(&self) -> Option<&PyObject> {
        if self.0.get() & TAG_MASK == 0 {
            // SAFETY: an untagged value word is a pointer to a live PyObject
            // for as long as this reference exists.
            Some(unsafe { &*(self.0.get() as *const PyObject) })
        } else {
            None
        }
    }

    /// The payload of a heap object (`Payload::Int` is never returned for
    /// tagged ints: use `crate::types::int` helpers for numbers).
    #[inline]
    pub fn payload(&self) -> &Payload {
        match self.heap() {
            Some(h) => &h.payload,
            None => &SMALL_INT_PAYLOAD.0,
        }
    }

    /// The type object of this value.
    #[inline]
    pub fn ty(&self) -> Obj {
        match self.heap() {
            Some(h) => Obj::borrow(&h.ty_word()).clone(),
            None => crate::types::builtin().int.clone(),
        }
    }

    /// The type word, borrowed.
    #[inline]
    pub fn ty_word(&self) -> u64 {
        match self.heap() {
            Some(h) => h.ty.get(),
            None => crate::types::builtin().int.word(),
        }
    }

    /// Identity comparison (`is`).
    #[inline]
    pub fn is(&self, other: &Obj) -> bool {
        self.0 == other.0
    }

    /// Allocates a new object of type `ty` with the given payload (always
    /// inlined: the payload is then built in place for the copy, where a
    /// call passes it through memory and stalls on store forwarding).
    #[inline(always)]
    pub fn new(ty: &Obj, payload: Payload) -> Obj {
        let tracked = traverse::may_be_tracked(ty, &payload);
        Obj::alloc(ty.clone().into_word(), payload, tracked)
    }

    /// Allocates an exact float, str, int or bytes (`ty` is that immortal
    /// built-in type, which the cycle collector never tracks instances
    /// of): the type word is stored without taking a reference, since
    /// `dealloc` (floats) and `finalize::free_if_exact_leaf` release none.
    #[inline(always)]
    pub fn new_leaf(ty: &Obj, payload: Payload) -> Obj {
        debug_assert!(ty.refcount() >= IMMORTAL / 2);
        debug_assert!(!traverse::may_be_tracked(ty, &payload));
        Obj::alloc(ty.word(), payload, false)
    }

    /// A new object with the type word `ty` (whose reference, if any, the
    /// caller handed over) in a fresh block, in the collector's generations
    /// when `tracked`.
    #[inline(always)]
    fn alloc(ty: u64, payload: Payload, tracked: bool) -> Obj {
        let class = payload.size_class();
        let p = pool::alloc_block(class, tracked);
        // SAFETY: `p` is a fresh block of the payload's size class.
        unsafe {
            write_block(
                p,
                class,
                PyObject {
                    refcnt: Cell::new(1),
                    ty: Cell::new(ty),
                    dict: Cell::new(0),
                    payload,
                },
            )
        };
        let p = p as u64;
        debug_assert!(p & TAG_MASK == 0);
        Obj(NonZeroU64::new(p).expect("allocated pointers are non-null"))
    }

    /// Allocates an exact leaf object (see `new_leaf`) in a block of size
    /// class `class`, larger than its payload needs: the bytes past the
    /// payload are the caller's (a str's inline text). `payload` builds the
    /// payload from the block's address, and `head_class` is the class of
    /// that payload alone (the bytes written here); the caller fills the
    /// rest of the block before the object is used.
    #[inline(always)]
    pub(crate) fn new_leaf_in_block(
        ty: &Obj,
        class: usize,
        head_class: usize,
        payload: impl FnOnce(*mut u8) -> Payload,
    ) -> Obj {
        debug_assert!(ty.refcount() >= IMMORTAL / 2);
        debug_assert!(head_class <= class);
        let p = pool::alloc_block(class, false);
        let payload = payload(p.cast::<u8>());
        debug_assert!(!traverse::may_be_tracked(ty, &payload));
        // SAFETY: `p` is a fresh block of class `class`, which holds the
        // `head_class` bytes written.
        unsafe {
            write_block(
                p,
                head_class,
                PyObject {
                    refcnt: Cell::new(1),
                    ty: Cell::new(ty.word()),
                    dict: Cell::new(0),
                    payload,
                },
            )
        };
        Obj(NonZeroU64::new(p as u64).expect("allocated pointers are non-null"))
    }

    /// Allocates an object of type `ty` (a reference taken, and tracked
    /// as `Obj::new` decides) in a block of size class `class`, larger
    /// than its payload needs: the bytes past the payload are the
    /// payload's own (a tuple's inline items). `payload` builds the
    /// payload from the block's address and writes those bytes; the
    /// header and the payload proper (`head_class` bytes) are written
    /// after it returns.
    #[inline(always)]
    pub(crate) fn new_in_block(
        ty: &Obj,
        class: usize,
        head_class: usize,
        payload: impl FnOnce(*mut u8) -> Payload,
    ) -> Obj {
        debug_assert!(head_class <= class);
        // (Tracked: only tuples come here, which always may be.)
        let p = pool::alloc_block(class, true);
        let payload = payload(p.cast::<u8>());
        debug_assert!(traverse::may_be_tracked(ty, &payload));
        // SAFETY: `p` is a fresh block of class `class`, which holds the
        // `head_class` bytes written.
        unsafe {
            write_block(
                p,
                head_class,
                PyObject {
                    refcnt: Cell::new(1),
                    ty: Cell::new(ty.clone().into_word()),
                    dict: Cell::new(0),
                    payload,
                },
            )
        };
        Obj(NonZeroU64::new(p as u64).expect("allocated pointers are non-null"))
    }

    /// Allocates a plain instance of `ty` without attributes. Its payload
    /// is copied from a static one: built on the stack and copied, as
    /// `Obj::new` does, each new instance cost a store-forwarding stall.
    #[inline]
    pub fn new_instance(ty: &Obj) -> Obj {
        let class = size_class::INSTANCE;
        let p = pool::alloc_block(class, true);
        // SAFETY: `p` is a fresh block of the instance payload's size
        // class, which holds the header and the whole variant; each field
        // is written once.
        unsafe {
            (&raw mut (*p).refcnt).write(Cell::new(1));
            (&raw mut (*p).ty).write(Cell::new(heap_type_ref(ty)));
            (&raw mut (*p).dict).write(Cell::new(0));
            // (A bitwise copy of the tag's word, then zero values: an
            // instance payload without values owns nothing. Storing zeros
            // takes half the instructions of copying them.)
            let payload = (&raw mut (*p).payload).cast::<u64>();
            payload.write((&raw const SMALL_INT_PAYLOAD.0).cast::<u64>().read());
            std::ptr::write_bytes(payload.add(1), 0, crate::abi::INSTANCE_VALUES);
        }
        Obj(NonZeroU64::new(p as u64).expect("allocated pointers are non-null"))
    }

    /// Allocates an object that is never freed (singletons, built-in types).
    pub fn new_immortal(ty: u64, payload: Payload) -> Obj {
        let b = Box::new(PyObject {
            refcnt: Cell::new(IMMORTAL),
            ty: Cell::new(ty),
            dict: Cell::new(0),
            payload,
        });
        let p = Box::into_raw(b) as u64;
        Obj(NonZeroU64::new(p).expect("Box pointers are non-null"))
    }

    /// The instance dict, if the object has one (a plain instance's
    /// inline values move into a dict first: `types::instance`).
    pub fn dict(&self) -> Option<Obj> {
        let h = self.heap()?;
        let d = h.dict.get();
        if d == 0 {
            return crate::types::instance::materialize(self);
        }
        let o = Obj::borrow(&d);
        match o.payload() {
            Payload::SlotValues(_) => o.dict(),
            _ => Some(o.clone()),
        }
    }

    /// Replaces the instance dict (the old one is released).
    pub fn set_dict(&self, d: Option<Obj>) {
        crate::types::instance::clear(self);
        if let Some(h) = self.heap() {
            let cur = h.dict.get();
            if cur != 0 && matches!(Obj::borrow(&cur).payload(), Payload::SlotValues(_)) {
                return Obj::borrow(&cur).set_dict(d);
            }
            let old = h.dict.replace(d.map(Obj::into_word).unwrap_or(0));
            drop(Obj::from_word(old));
        }
    }

    pub fn refcount(&self) -> isize {
        self.heap().map(|h| h.refcnt.get()).unwrap_or(IMMORTAL)
    }
}

impl PyObject {
    #[inline]
    pub fn ty_word(&self) -> u64 {
        self.ty.get()
    }
}

impl Clone for Obj {
    #[inline]
    fn clone(&self) -> Obj {
        if let Some(h) = self.heap() {
            h.refcnt.set(h.refcnt.get() + 1);
        }
        Obj(self.0)
    }
}

impl Drop for Obj {
    #[inline]
    fn drop(&mut self) {
        if let Some(h) = self.heap() {
            let n = h.refcnt.get() - 1;
            h.refcnt.set(n);
            if n == 0 {
                dealloc(self.0.get());
            }
        }
    }
}

impl PartialEq for Obj {
    /// Identity, not Python equality (see `ops::compare` for `==`).
    fn eq(&self, other: &Obj) -> bool {
        self.0 == other.0
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Obj({:#x})", self.0.get())
    }
}

/// A new exact float. The `float` type is immortal, so the object's type
/// word is stored without taking a reference (`dealloc` skips releasing it).
#[inline]
pub fn new_exact_float(x: f64) -> Obj {
    Obj::new_leaf(&crate::types::builtin().float, Payload::Float(x))
}

/// The addresses of the program thread's float free-list head and
/// live-block count (`abi::TS_FLOAT_FREE`): generated code pops a block and
/// writes an exact float's header and value itself, as `new_exact_float`.
pub fn float_pool_addrs() -> (u64, u64) {
    pool::free_list_addrs(Payload::Float(0.0).size_class())
}

/// Moves `o` into the block `p`, writing only the block's bytes (which hold
/// the header and the payload's variant: `size_class`).
///
/// # Safety
/// `p` is a fresh block of size class `class`, and `class` is
/// `o.payload.size_class()`.
#[inline(always)]
unsafe fn write_block(p: *mut PyObject, class: usize, o: PyObject) {
    let o = std::mem::ManuallyDrop::new(o);
    let (src, dst) = ((&raw const *o).cast::<u8>(), p.cast::<u8>());
    // One typed move per class: a copy whose length is only known at run
    // time is a call to `memcpy`.
    const _: () = assert!(pool::CLASS_SIZES.len() == 6);
    // SAFETY: the variant's bytes all lie in the first `CLASS_SIZES[class]`
    // bytes of `o` (the caller's contract), the copy moves `o` (which is
    // not dropped here), and `p` is writable for that many bytes.
    unsafe {
        match class {
            0 => copy_head::<{ pool::CLASS_SIZES[0] }>(src, dst),
            1 => copy_head::<{ pool::CLASS_SIZES[1] }>(src, dst),
            2 => copy_head::<{ pool::CLASS_SIZES[2] }>(src, dst),
            3 => copy_head::<{ pool::CLASS_SIZES[3] }>(src, dst),
            4 => copy_head::<{ pool::CLASS_SIZES[4] }>(src, dst),
            _ => copy_head::<{ pool::CLASS_SIZES[5] }>(src, dst),
        }
    }
}

/// Copies the first `N` bytes of `src` to `dst` as one move of an array.
///
/// # Safety
/// Both are valid for `N` bytes and do not overlap.
#[inline(always)]
unsafe fn copy_head<const N: usize>(src: *const u8, dst: *mut u8) {
    // SAFETY: the caller's contract; the array type has alignment 1.
    unsafe { dst.cast::<[u8; N]>().write(src.cast::<[u8; N]>().read()) }
}

/// Frees an object whose refcount reached zero: runs `__del__` for instances
/// of classes that define it, then drops the payload (releasing children).
///
/// Exact floats are freed right here; the other kinds go to the path made
/// for them, picked from the payload tag alone.
///
/// Out of line, so that dropping an `Obj` stays small enough to inline
/// everywhere (loops freeing many objects use `release_inlined`).
#[inline(never)]
pub fn dealloc(w: u64) {
    dealloc_inlined(w)
}

/// Releases `o` with `dealloc` inlined into the caller, for the loops that
/// free many objects in a row (a list's or tuple's items).
#[inline(always)]
pub(crate) fn release_inlined(o: Obj) {
    // (The reference `o` owned is released here, by hand.)
    let w = o.into_word();
    if let Some(h) = Obj::borrow(&w).heap() {
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            dealloc_inlined(w);
        }
    }
}

/// A new reference to the type `ty`, as a word. (Types are heap objects,
/// never tagged ints: no tag test, as `Obj::clone` makes, on the paths
/// that make an instance.)
#[inline(always)]
fn heap_type_ref(ty: &Obj) -> u64 {
    let w = ty.word();
    debug_assert!(w & TAG_MASK == 0, "a type is a heap object");
    // SAFETY: an untagged word is a live heap object while `ty` holds it.
    let h = unsafe { &*(w as *const PyObject) };
    h.refcnt.set(h.refcnt.get() + 1);
    w
}

/// `dealloc`'s body.
#[inline(always)]
pub(crate) fn dealloc_inlined(w: u64) {
    // SAFETY: `w` is a heap object whose refcount just reached zero.
    let o = unsafe { &*(w as *const PyObject) };
    // (Tests in this order, not one `match`: a jump table costs the float
    // path more than the compares.)
    if let Payload::Float(x) = &o.payload
        && let Some(b) = crate::types::builtin_if_ready()
        && o.ty.get() == b.float.word()
    {
        // An exact float: no finalizer, no dict, nothing to release (the
        // `float` type is immortal, so its reference needs no release).
        // SAFETY: nothing references the object any more; its class is
        // its payload's (a constant: `Payload::size_class` is a switch).
        unsafe { pool::free_block(w as *mut PyObject, size_class::one(x)) };
        return;
    }
    if let Payload::Instance(_) = o.payload {
        return crate::types::finalize::dealloc_instance(w);
    }
    if let Payload::Str(_) = o.payload {
        // (The built-ins checked first, as the float path does them: then
        // the check inside is known to pass, and no path of this function
        // calls `types::init`, which would cost every path the registers
        // it saves.)
        // SAFETY: `w` is a str whose refcount just reached zero.
        if crate::types::builtin_if_ready().is_some()
            && unsafe { crate::types::str::free_if_exact_inline(w as *mut PyObject) }
        {
            return;
        }
        return dealloc_str(w);
    }
    if let Payload::Tuple(_) | Payload::Int(_) | Payload::Bytes(_) = o.payload {
        return dealloc_leaf(w);
    }
    if let Payload::List(_) = o.payload {
        return dealloc_list(w);
    }
    dealloc_other(w);
}

/// `dealloc` of lists: an exact one with a small buffer goes to the list
/// free list (a temporary slice, the commonest garbage list) without
/// `dealloc_other`'s dispatch; the others are freed as `dealloc_other`
/// frees them.
#[inline(never)]
fn dealloc_list(w: u64) {
    // SAFETY: `w` is a heap object whose refcount just reached zero; it is
    // still fully valid until freed.
    let o = unsafe { &*(w as *const PyObject) };
    if crate::types::list::recycle(o, w) {
        return;
    }
    finalize_or_free(w);
}

/// `dealloc` of tuples, ints and bytes (and strs). The exact ones, the most
/// common garbage after floats and strs, are freed from what the object's first
/// line says (its payload tag and type word), without looking at their
/// type object; instances of subclasses go on to `dealloc_other`.
#[inline(never)]
fn dealloc_leaf(w: u64) {
    // SAFETY: `w` is a heap object whose refcount just reached zero, made
    // by `Obj::new`; it is not used again once freed.
    if unsafe { crate::types::finalize::free_if_exact_leaf(w as *mut PyObject) } {
        return;
    }
    dealloc_other(w);
}

/// `dealloc` of the strs `free_if_exact_inline` leaves: an exact one
/// (with heap text) is freed without the shared leaf dispatch; subclass
/// instances go on to `dealloc_other`.
#[inline(never)]
fn dealloc_str(w: u64) {
    // SAFETY: `w` is a heap str whose refcount just reached zero, made by
    // `Obj::new`; it is not used again once freed.
    if unsafe { crate::types::str::free_if_exact(w as *mut PyObject) } {
        return;
    }
    dealloc_other(w);
}

/// `dealloc` of everything but exact floats, strs, tuples, ints and
/// bytes, lists and plain instances: exact dicts may go to their free
/// list; objects that may have a finalizer get a chance to run it.
#[inline(never)]
fn dealloc_other(w: u64) {
    // SAFETY: `w` is a heap object whose refcount just reached zero; it is
    // still fully valid until freed.
    let o = unsafe { &*(w as *const PyObject) };
    // Finished (or never finalizable) generators and coroutines, the most
    // common garbage here in generator-heavy code: nothing to finalize.
    if let Payload::Generator(gd) = &o.payload
        && !crate::types::generator::needs_finalize(gd)
    {
        // SAFETY: as above; a generator payload that needs no finalizer.
        return unsafe { crate::types::generator::free_unfinalized(w as *mut PyObject) };
    }
    if crate::types::dict::recycle(o, w) {
        return;
    }
    finalize_or_free(w);
}

/// The end of `dealloc_other` (and `dealloc_list`): the finalizer, if the
/// object may have one, then the free.
#[inline(always)]
fn finalize_or_free(w: u64) {
    // SAFETY: as in `dealloc_other`.
    let o = unsafe { &*(w as *const PyObject) };
    // The built-in types (the immortal ones) define no `__del__`: among
    // their instances only generators and coroutines have finalizers. One
    // load of the type's refcount decides, where `maybe_finalize` follows
    // the type to its data.
    let may_finalize = matches!(o.payload, Payload::Generator(_))
        || Obj::borrow(&o.ty.get()).refcount() < IMMORTAL / 2;
    // Objects with finalizers get a chance to run them; they may resurrect.
    if may_finalize && crate::types::finalize::maybe_finalize(w) {
        return;
    }
    crate::types::finalize::free_object(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated code reads a float's value at `abi::FLOAT_VALUE_OFFSET`.
    #[test]
    fn float_value_offset_matches_abi() {
        let f = crate::types::float::new_float(1.5);
        let h = f.heap().expect("floats are heap objects");
        let Payload::Float(x) = &h.payload else {
            panic!("new_float makes a float payload");
        };
        let offset = (x as *const f64 as usize) - (h as *const PyObject as usize);
        assert_eq!(offset, crate::abi::FLOAT_VALUE_OFFSET as usize);
    }

    /// Generated code writes an exact float's payload tag
    /// (`abi::FLOAT_PAYLOAD_TAG` at `abi::PAYLOAD_TAG_OFFSET`).
    #[test]
    fn float_payload_tag_matches_abi() {
        let f = crate::types::float::new_float(2.5);
        // SAFETY: the tag byte lies inside the live float object.
        let tag = unsafe {
            *((f.word() as usize + crate::abi::PAYLOAD_TAG_OFFSET as usize) as *const u8)
        };
        assert_eq!(tag, crate::abi::FLOAT_PAYLOAD_TAG);
        assert_eq!(
            std::mem::offset_of!(PyObject, payload),
            crate::abi::PAYLOAD_TAG_OFFSET as usize
        );
    }

    /// Generated code reads an instance's inline values at
    /// `abi::INSTANCE_VALUES_OFFSET`, and the block holds them all.
    #[test]
    fn instance_values_offset_matches_abi() {
        let o = Obj::new(
            &crate::types::builtin().object,
            Payload::Instance(Default::default()),
        );
        let h = o.heap().expect("instances are heap objects");
        let Payload::Instance(v) = &h.payload else {
            panic!("made an instance payload");
        };
        let start = v as *const _ as usize - h as *const PyObject as usize;
        assert_eq!(start, crate::abi::INSTANCE_VALUES_OFFSET as usize);
        assert_eq!(
            start + 8 * crate::abi::INSTANCE_VALUES,
            size_of::<PyObject>()
        );
    }

    /// Generated code reads a dict's version at `abi::DICT_VERSION_OFFSET`.
    #[test]
    fn dict_version_offset_matches_abi() {
        let d = crate::types::dict::new_dict();
        let t = crate::types::dict::table(&d).expect("new_dict makes a dict");
        let version = t.borrow().version_ptr() as usize;
        let offset =
            version - (d.heap().expect("dicts are heap objects") as *const PyObject as usize);
        assert_eq!(offset, crate::abi::DICT_VERSION_OFFSET as usize);
        let keys = t.borrow().keys_version_ptr() as usize;
        assert_eq!(
            keys - (d.heap().expect("dicts are heap objects") as *const PyObject as usize),
            crate::abi::DICT_KEYS_VERSION_OFFSET as usize
        );
    }

    /// The address of a field, for offset checks.
    fn addr<T>(field: &T) -> usize {
        field as *const T as usize
    }

    /// The offsets, from the iterator object `it`, of the two state fields
    /// `fields` picks (None: not the state the test expects).
    fn state_offsets(
        it: &Obj,
        fields: impl Fn(&crate::types::iter::IterState) -> Option<(usize, usize)>,
    ) -> [i32; 2] {
        let Payload::Iter(cell) = it.payload() else {
            panic!("{it:?} is not an iterator");
        };
        let (a, b) = fields(&cell.borrow()).expect("the iterator's state has the fields");
        let base = it.word() as usize;
        [(a - base) as i32, (b - base) as i32]
    }

    /// The (items pointer, length) offsets of the two-word container at
    /// `field` (a `Vec`'s or boxed slice's words) inside the object at `obj`.
    fn items_and_len(obj: &Obj, field: usize, items: usize, len: usize) -> (usize, usize) {
        let base = obj.word() as usize;
        let words: Vec<usize> = (0..3)
            // SAFETY: `field` points into a live object, and a `Vec` or a
            // fat pointer spans at least two words (three stay inside the
            // arena: a whole `PyObject` fits after every block's start).
            .map(|i| unsafe { *((field + 8 * i) as *const usize) })
            .collect();
        let find = |x: usize| {
            field + 8 * words.iter().position(|&w| w == x).expect("field present") - base
        };
        (find(items), find(len))
    }

    /// Generated code indexes exact lists and tuples at the `abi` offsets.
    #[test]
    fn list_and_tuple_offsets_match_abi() {
        let mut v = Vec::with_capacity(10);
        v.extend([
            crate::types::int::new_int(1),
            crate::types::int::new_int(2),
            crate::types::int::new_int(3),
        ]);
        let l = crate::types::list::new_list(v);
        let Payload::List(cell) = l.payload() else {
            panic!("new_list makes a list");
        };
        let items = cell.borrow().as_ptr() as usize;
        let (io, lo) = items_and_len(&l, cell.as_ptr() as usize, items, 3);
        assert_eq!(
            (io, lo),
            (
                crate::abi::LIST_ITEMS_OFFSET as usize,
                crate::abi::LIST_LEN_OFFSET as usize
            )
        );
        let cap = cell.borrow().capacity();
        let (co, _) = items_and_len(&l, cell.as_ptr() as usize, cap, 3);
        assert_eq!(co, crate::abi::LIST_CAP_OFFSET as usize);

        let t = crate::types::tuple::new_tuple(vec![
            crate::types::int::new_int(1),
            crate::types::int::new_int(2),
        ]);
        let Payload::Tuple(b) = t.payload() else {
            panic!("new_tuple makes a tuple");
        };
        let field = b as *const crate::types::tuple::TupleItems as usize;
        let (io, lo) = items_and_len(&t, field, b.as_ptr() as usize, 2);
        assert_eq!(
            (io, lo),
            (
                crate::abi::TUPLE_ITEMS_OFFSET as usize,
                crate::abi::TUPLE_LEN_OFFSET as usize
            )
        );
    }

    /// Generated code reads and writes a cell's contents at the `abi` offset.
    #[test]
    fn cell_offset_matches_abi() {
        let c = crate::eval::call::new_cell(Some(crate::types::int::new_int(5)));
        let Payload::Cell(cell) = c.payload() else {
            panic!("new_cell makes a cell");
        };
        let offset = cell.as_ptr() as usize - c.word() as usize;
        assert_eq!(offset, crate::abi::CELL_CONTENTS_OFFSET as usize);
        // SAFETY: the contents word is inside the live cell.
        let w = unsafe { *(cell.as_ptr() as *const u64) };
        assert_eq!(w, crate::types::int::new_int(5).word());
    }

    /// Generated code steps exact range, list and tuple iterators inline
    /// (`abi::RANGE_ITER_*`, `abi::LIST_ITER_*`, `abi::TUPLE_ITER_*`).
    #[test]
    fn iterator_offsets_match_abi() {
        use crate::abi::{
            LIST_ITER_INDEX_OFFSET, LIST_ITER_SEQ_OFFSET, RANGE_ITER_NEXT_OFFSET,
            RANGE_ITER_REMAINING_OFFSET, RANGE_ITER_STEP_OFFSET, TUPLE_ITER_INDEX_OFFSET,
            TUPLE_ITER_SEQ_OFFSET,
        };
        use crate::types::iter::IterState;
        crate::types::builtin();
        let at = |o: &Obj, p: *const u8| p as usize - o.word() as usize;
        let r = crate::types::iter::new_range_iter(3, 2, 7);
        let Payload::Iter(cell) = r.payload() else {
            panic!("a range iterator is an iterator");
        };
        let IterState::Range {
            next,
            step,
            remaining,
        } = &*cell.borrow()
        else {
            panic!("new_range_iter makes a Range state");
        };
        let got = [
            at(&r, next as *const i64 as *const u8),
            at(&r, step as *const i64 as *const u8),
            at(&r, remaining as *const u64 as *const u8),
        ];
        let want = [
            RANGE_ITER_NEXT_OFFSET,
            RANGE_ITER_STEP_OFFSET,
            RANGE_ITER_REMAINING_OFFSET,
        ];
        assert_eq!(got, want.map(|o| o as usize));
        let l = crate::types::list::new_list(vec![]);
        let it = crate::types::iter::new_list_iter(&l);
        let got = state_offsets(&it, |s| match s {
            IterState::List { seq, index } => Some((addr(seq), addr(index))),
            _ => None,
        });
        assert_eq!(got, [LIST_ITER_SEQ_OFFSET, LIST_ITER_INDEX_OFFSET]);
        let t = crate::types::tuple::new_tuple(vec![]);
        let it = crate::types::iter::new_tuple_iter(&t);
        let got = state_offsets(&it, |s| match s {
            IterState::Tuple { seq, index } => Some((addr(seq), addr(index))),
            _ => None,
        });
        assert_eq!(got, [TUPLE_ITER_SEQ_OFFSET, TUPLE_ITER_INDEX_OFFSET]);
    }

    /// `FOR_ITER` unpacking pairs steps exact `enumerate` and `zip`
    /// objects inline (`abi::ENUMERATE_*`, `abi::ZIP_ITERS_*`).
    #[test]
    fn enumerate_and_zip_offsets_match_abi() {
        use crate::abi::{
            ENUMERATE_COUNT_OFFSET, ENUMERATE_IT_OFFSET, ZIP_ITERS_LEN_OFFSET, ZIP_ITERS_PTR_OFFSET,
        };
        use crate::types::iter::IterState;
        crate::types::builtin();
        let l = crate::types::list::new_list(vec![]);
        let e = crate::types::iter::new_enumerate(l.clone(), crate::types::int::new_int(7))
            .expect("enumerate of a list");
        let got = state_offsets(&e, |s| match s {
            IterState::Enumerate { it, count, .. } => Some((addr(it), addr(count))),
            _ => None,
        });
        assert_eq!(got, [ENUMERATE_IT_OFFSET, ENUMERATE_COUNT_OFFSET]);
        // (Room for more iterators than it has, so the length and the
        // capacity words differ.)
        let mut iters = Vec::with_capacity(5);
        iters.extend([l.clone(), l]);
        let zip_type = &crate::types::iter::types().zip;
        let z = crate::types::iter::new_iter(
            zip_type,
            IterState::Zip {
                iters,
                strict: false,
            },
        );
        let Payload::Iter(cell) = z.payload() else {
            panic!("a zip is an iterator");
        };
        let (field, items) = match &*cell.borrow() {
            IterState::Zip { iters, .. } => (addr(iters), iters.as_ptr() as usize),
            _ => panic!("new_zip makes a Zip state"),
        };
        let (ptr, len) = items_and_len(&z, field, items, 2);
        assert_eq!(
            [ptr, len],
            [ZIP_ITERS_PTR_OFFSET, ZIP_ITERS_LEN_OFFSET].map(|o| o as usize)
        );
    }

    /// Generated code reads a str's text, lengths and cached hash, and
    /// steps exact `str_ascii_iterator`s, at the `abi::STR_*` offsets.
    #[test]
    fn str_offsets_match_abi() {
        use crate::abi::*;
        use crate::types::iter::IterState;
        crate::types::builtin();
        let s = crate::types::str::new_str("name");
        let Payload::Str(p) = s.payload() else {
            panic!("new_str makes a str");
        };
        let at = |o: &Obj, p: *const u8| p as usize - o.word() as usize;
        let (text, len) = items_and_len(&s, s.word() as usize + 32, p.s.as_ptr() as usize, 4);
        let got = [
            text,
            len,
            at(&s, &p.nchars as *const usize as *const u8),
            at(&s, p.hash.as_ptr() as *const u8),
        ];
        let want = [
            STR_TEXT_PTR_OFFSET,
            STR_TEXT_LEN_OFFSET,
            STR_NCHARS_OFFSET,
            STR_HASH_OFFSET,
        ];
        assert_eq!(got, want.map(|o| o as usize));
        let it = crate::ops::get_iter(&s).expect("a str is iterable");
        assert_eq!(
            it.ty_word(),
            crate::types::iter::types().str_ascii_iterator.word()
        );
        let got = state_offsets(&it, |s| match s {
            IterState::Str { seq, pos } => Some((addr(seq), addr(pos))),
            _ => None,
        });
        assert_eq!(got, [STR_ITER_SEQ_OFFSET, STR_ITER_POS_OFFSET]);
    }

    /// Generated code probes exact dicts (instance `__dict__`s) at the
    /// `abi::DICT_*` offsets.
    #[test]
    fn dict_table_offsets_match_abi() {
        use crate::abi::*;
        use crate::types::{dict, int::new_int, str::new_str};
        crate::types::builtin();
        let d = dict::new_dict();
        for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
            dict::set_item(&d, &new_str(k), new_int(v)).expect("str keys hash");
        }
        dict::del_item(&d, &new_str("a")).expect("str keys hash");
        let t = dict::table(&d).expect("new_dict makes a dict").borrow();
        let entries = &t.entries;
        assert_eq!((entries.len(), entries.capacity()), (3, 4));
        let field = entries as *const Vec<_> as usize;
        let (items, len) = items_and_len(&d, field, entries.as_ptr() as usize, entries.len());
        assert_eq!(
            (items, len),
            (
                DICT_ENTRIES_PTR_OFFSET as usize,
                DICT_ENTRIES_LEN_OFFSET as usize
            )
        );
        let cap = field
            + 8 * (0..3)
                // SAFETY: as in `items_and_len`: three words of the live dict.
                .position(|i| unsafe { *((field + 8 * i) as *const usize) } == entries.capacity())
                .expect("the capacity word")
            - d.word() as usize;
        assert_eq!(cap, DICT_ENTRIES_CAP_OFFSET as usize);
        let len = &t.len as *const usize as usize - d.word() as usize;
        assert_eq!(len, DICT_LEN_OFFSET as usize);
        let (field, ptr, n) = t.indices_layout();
        let (items, len) = items_and_len(&d, field, ptr, n);
        assert_eq!(
            (items, len),
            (
                DICT_INDICES_PTR_OFFSET as usize,
                DICT_INDICES_LEN_OFFSET as usize
            )
        );
        assert_eq!(size_of_val(&entries[0]), DICT_ENTRY_SIZE as usize);
        let base = &entries[1] as *const _ as usize;
        let Some((h, k, v)) = &entries[1] else {
            panic!("entry 1 is live");
        };
        let at = |p: &Obj| p as *const Obj as usize - base;
        assert_eq!(
            (at(k), h as *const i64 as usize - base, at(v)),
            (
                DICT_ENTRY_KEY as usize,
                DICT_ENTRY_HASH as usize,
                DICT_ENTRY_VALUE as usize
            )
        );
        // A deleted entry reads 0 at the key or the value word (the niche).
        assert!(entries[0].is_none());
        let dead = &entries[0] as *const _ as *const u8;
        // SAFETY: both offsets are inside the 24-byte entry; the niche word
        // is initialised (it encodes None).
        let words = unsafe {
            [
                *(dead.add(DICT_ENTRY_KEY as usize) as *const u64),
                *(dead.add(DICT_ENTRY_VALUE as usize) as *const u64),
            ]
        };
        assert!(words.contains(&0), "deleted entry words {words:?}");
    }
}
