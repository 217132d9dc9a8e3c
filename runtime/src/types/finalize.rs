//! Object destruction: finalizers (`__del__` of user classes, closing
//! suspended generators, the "never awaited" coroutine warning), the
//! "Exception ignored in" report for errors raised there, and freeing: the
//! header references, then the payload (whose drop releases the children
//! directly).

use crate::object::{Obj, Payload, PyObject};
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    /// Objects whose finalizer already ran and that were resurrected: their
    /// finalizer must not run again (CPython's "finalized" flag).
    static FINALIZED: RefCell<HashSet<u64>> = RefCell::new(HashSet::new());
}

/// Whether `FINALIZED` may hold any address (a check the frees of
/// instances and generators afford; usually false).
static ANY_FINALIZED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Marks the object at `w` as finalized.
fn mark_finalized(w: u64) -> bool {
    ANY_FINALIZED.store(true, std::sync::atomic::Ordering::Relaxed);
    FINALIZED
        .try_with(|f| f.borrow_mut().insert(w))
        .unwrap_or(false)
}

/// Forgets the finalized mark of the object at `w`, which is being freed
/// (its memory may hold a new object that has not been finalized).
/// Only the flag test is inlined (every free of an instance or generator
/// makes it; without `inline(always)` it stayed a call of its own).
#[inline(always)]
pub(crate) fn forget_finalized(w: u64) {
    if ANY_FINALIZED.load(std::sync::atomic::Ordering::Relaxed) {
        forget_finalized_slow(w);
    }
}

/// `forget_finalized` once some object was marked finalized.
#[cold]
#[inline(never)]
fn forget_finalized_slow(w: u64) {
    let _ = FINALIZED.try_with(|f| {
        let mut f = f.borrow_mut();
        f.remove(&w);
        if f.is_empty() {
            ANY_FINALIZED.store(false, std::sync::atomic::Ordering::Relaxed);
        }
    });
}

/// Runs `__del__` if the object's class defines one (or closes a suspended
/// generator). Returns true when the object was resurrected and must not be
/// freed.
pub fn maybe_finalize(w: u64) -> bool {
    // SAFETY: `w` is a heap object whose refcount just reached zero; it is
    // still fully valid until freed.
    let o: &PyObject = unsafe { &*(w as *const PyObject) };
    let needs = match &o.payload {
        Payload::Generator(gd) => crate::types::generator::needs_finalize(gd),
        _ => {
            let tw = o.ty.get();
            let ty = Obj::borrow(&tw);
            match ty.payload() {
                Payload::Type(td) if td.heap => has_del(ty, td),
                _ => false,
            }
        }
    };
    if !needs {
        forget_finalized(w);
        return false;
    }
    if FINALIZED
        .try_with(|f| f.borrow_mut().remove(&w))
        .unwrap_or(true)
    {
        return false;
    }
    // Resurrect for the duration of the finalizer.
    o.refcnt.set(1);
    let obj = Obj::from_word(w).expect("heap objects are non-zero");
    // Preserve a pending exception across the finalizer.
    let pending = crate::eval::state::take_pending();
    match &o.payload {
        Payload::Generator(_) => crate::types::generator::finalize(&obj),
        _ => run_del(&obj),
    }
    if let Some(p) = pending {
        crate::eval::state::set_pending_raw(p);
    }
    if obj.refcount() == 1 {
        // Still unreferenced: free it now.
        std::mem::forget(obj);
        o.refcnt.set(0);
        false
    } else {
        // Resurrected by the finalizer.
        mark_finalized(w);
        drop(obj);
        true
    }
}

/// Frees a plain instance (`Payload::Instance`) whose refcount reached
/// zero, after its class's `__del__` if it has one (which may resurrect
/// it). Kept apart from the other kinds of objects, and with the freeing
/// inlined, because instances are freed at a high rate: the values are
/// released in key order (an exact float freed on the spot), the block is
/// returned, and the class's reference goes last, as in CPython's
/// `subtype_dealloc`.
#[inline(never)]
pub(crate) fn dealloc_instance(w: u64) {
    let p = w as *mut PyObject;
    // SAFETY: `w` is a heap object whose refcount just reached zero; it is
    // still fully valid until freed. Its type word is a live type object
    // (a heap word: types are never tagged ints).
    let (o, tw) = unsafe { (&*p, (*p).ty.get()) };
    // SAFETY: as above.
    let ty = unsafe { &*(tw as *const PyObject) };
    let may_have_del = match &ty.payload {
        Payload::Type(td) => td.heap && has_del(Obj::borrow(&tw), td),
        _ => false,
    };
    if may_have_del {
        if maybe_finalize(w) {
            return;
        }
    } else {
        forget_finalized(w);
    }
    let d = o.dict.get();
    if d != 0 {
        release_instance_dict(tw, d);
    }
    let Payload::Instance(values) = &o.payload else {
        unreachable!("dealloc_instance of a non-instance");
    };
    let freed = release_values(values);
    // SAFETY: the object is dead and exclusively ours; its values and
    // dict were released (the rest of the payload owns nothing).
    unsafe { crate::object::pool::free_block_uncounted(p, crate::object::size_class::one(values)) };
    crate::object::pool::note_freed(freed + 1);
    let n = ty.refcnt.get() - 1;
    ty.refcnt.set(n);
    if n == 0 {
        crate::object::dealloc(tw);
    }
}

/// Releases the inline values of a dead instance, in key order. Exact
/// floats whose last reference this was go straight back to the float
/// free list: the `float` type is looked up once (not per value), and the
/// live-block count drops once for all of them (before any other object's
/// `dealloc`, which may run code that allocates). Returns how many blocks
/// were freed since the count last dropped (the caller's `note_freed`).
/// (The words are left as they are: the object is dead, and a fresh
/// instance's values are written when its block is handed out again.)
#[inline(always)]
fn release_values(values: &crate::types::instance::InlineValues) -> usize {
    use crate::object::pool;
    let float_word = crate::types::builtin_if_ready().map_or(0, |b| b.float.word());
    let float_class = crate::object::size_class::one_of::<f64>();
    let mut freed = 0;
    for v in values.words() {
        if v & crate::abi::TAG_MASK != 0 {
            continue;
        }
        // SAFETY: an untagged value word is a live heap object, whose
        // reference the dead instance held.
        let o = unsafe { &*(v as *const PyObject) };
        let n = o.refcnt.get() - 1;
        o.refcnt.set(n);
        if n != 0 {
            continue;
        }
        // (An object of the exact `float` type always has a float
        // payload: the class is the float variant's.)
        if o.ty.get() == float_word {
            debug_assert!(matches!(o.payload, Payload::Float(_)));
            // SAFETY: nothing references the float any more; `float` is
            // immortal and it has no dict, so nothing else is released.
            unsafe { pool::free_dead_block_uncounted(v as *mut PyObject, float_class) };
            freed += 1;
            continue;
        }
        if freed != 0 {
            pool::note_freed(std::mem::take(&mut freed));
        }
        crate::object::dealloc(v);
    }
    freed
}

/// Releases the dict (or slot-value block) `d` of a dead instance of the
/// class `tw`, noting its size for the class.
#[inline(never)]
fn release_instance_dict(tw: u64, d: u64) {
    note_dict_size(Obj::borrow(&tw), Obj::borrow(&d));
    drop(Obj::from_word(d));
}

/// Does the heap type `ty` (with data `td`) define `__del__`? Asked at every
/// deallocation of an instance of a user class (and for every object a
/// cycle collection finds unreachable), so the answer is kept in
/// the type while the type-lookup epoch holds.
fn has_del(ty: &Obj, td: &crate::types::TypeData) -> bool {
    let epoch = crate::ops::attr::cache::epoch();
    let (at, has) = td.has_del.get();
    if at == epoch {
        return has;
    }
    let has = crate::ops::attr::cache::lookup_del(ty).is_some();
    td.has_del.set((epoch, has));
    has
}

/// Runs the finalizer of a live object now (interpreter shutdown, cycle
/// collection): `__del__` for instances of classes defining it (at most
/// once per object), closing suspended generators. Returns whether a
/// finalizer ran.
pub fn finalize_now(obj: &Obj) -> bool {
    let Some(h) = obj.heap() else {
        return false;
    };
    match &h.payload {
        Payload::Generator(gd) => {
            let needs = crate::types::generator::needs_finalize(gd);
            if needs {
                crate::types::generator::finalize(obj);
            }
            needs
        }
        _ => {
            let ty = obj.ty();
            let has_del = match ty.payload() {
                Payload::Type(td) => td.heap && has_del(&ty, td),
                _ => false,
            };
            if !has_del {
                return false;
            }
            let w = obj.word();
            let first = mark_finalized(w);
            if first {
                let pending = crate::eval::state::take_pending();
                run_del(obj);
                if let Some(p) = pending {
                    crate::eval::state::set_pending_raw(p);
                }
            }
            first
        }
    }
}

fn run_del(obj: &Obj) {
    let ty = obj.ty();
    let Some(del) = crate::types::lookup(&ty, "__del__") else {
        return;
    };
    let r = match crate::eval::util::bind(del.clone(), obj) {
        Ok(m) => crate::ops::call(&m, &[], None),
        Err(e) => Err(e),
    };
    if let Err(e) = r {
        write_unraisable(&e.0, Some(&del));
    }
}

/// Reports an exception that cannot be raised (in a finalizer), as CPython's
/// `PyErr_WriteUnraisable`: "Exception ignored in: <obj repr>" and the
/// exception's own traceback (no chain), on stderr.
pub fn write_unraisable(exc: &Obj, obj: Option<&Obj>) {
    let mut s = String::new();
    if let Some(o) = obj {
        let r = crate::ops::repr_string(o).unwrap_or_else(|_| "<object repr() failed>".into());
        s.push_str(&format!("Exception ignored in: {r}\n"));
    }
    s.push_str(&crate::eval::traceback::format_exception_unchained(exc));
    crate::eval::io::write_exception_report(&s);
}

/// Frees the memory of an object whose refcount is zero.
pub fn free_object(w: u64) {
    release_header(w);
    // SAFETY: `w` is a heap object made by `Obj::new` whose refcount just
    // reached zero and whose header references were released just now.
    unsafe { drop_and_free(w as *mut PyObject) };
}

/// Releases the references in the header of a dead object (its type and
/// its instance dict), noting the dict's size for its class.
#[inline(always)]
fn release_header(w: u64) {
    let p = w as *mut PyObject;
    // SAFETY: `w` is a heap object made by `Obj::new` (memory from
    // `pool::alloc_block`) whose refcount just reached zero: nothing else
    // uses it, and its header words are owned references.
    let (ty, dict) = unsafe { ((*p).ty.get(), (*p).dict.get()) };
    if dict != 0 {
        note_dict_size(Obj::borrow(&ty), Obj::borrow(&dict));
    }
    drop(Obj::from_word(ty));
    drop(Obj::from_word(dict));
}

/// Frees `p` if it is an exact str, tuple, int or bytes, and says whether
/// it did. Their types are immortal built-ins without `__del__` and their
/// instances never have a `__dict__`, so the header holds no reference
/// that needs releasing (an immortal type's count is never brought back
/// down) and only the payload's own data is dropped, with the variant
/// known (a generic `drop_in_place` of a payload is a call through a jump
/// table).
///
/// # Safety
/// `p` is a heap object made by `Obj::new` whose refcount just reached
/// zero; if this returns true it is not used afterwards.
#[inline(always)]
pub(crate) unsafe fn free_if_exact_leaf(p: *mut PyObject) -> bool {
    // SAFETY: caller contract: the object is exclusively ours.
    let o = unsafe { &mut *p };
    let ty = o.ty.get();
    // (`builtin()` only once the tag matched.)
    let b = crate::types::builtin;
    // (The class from the variant's field type: a constant per arm,
    // where `Payload::size_class` is a second switch on the tag.)
    use crate::object::size_class::one;
    // (Each `drop_in_place` drops its field once; the rest of the
    // payload owns nothing: `nchars` and `hash` of a str.)
    let class = match &mut o.payload {
        Payload::Str(s) if ty == b().str_.word() => {
            // (The class first: it depends on where the text is.)
            let class = s.block_class();
            // SAFETY: see above.
            unsafe { std::ptr::drop_in_place(&mut s.s) };
            class
        }
        // Items last to first (`TupleItems::release_reversed`).
        Payload::Tuple(items) if ty == b().tuple.word() => {
            // (The class first: it depends on where the items are.)
            let class = items.block_class();
            // SAFETY: see above.
            unsafe { std::ptr::drop_in_place(items) };
            class
        }
        Payload::Int(i) if ty == b().int.word() => {
            // SAFETY: see above.
            unsafe { std::ptr::drop_in_place(i) };
            one(i)
        }
        Payload::Bytes(x) if ty == b().bytes.word() => {
            // SAFETY: see above.
            unsafe { std::ptr::drop_in_place(x) };
            one(x)
        }
        _ => return false,
    };
    debug_assert!(
        o.dict.get() == 0,
        "an exact str, tuple, int or bytes with a dict"
    );
    // SAFETY: the payload's data was dropped above; the block's class is
    // the payload's.
    unsafe { crate::object::pool::free_block(p, class) };
    true
}

/// Most attributes a class's instance dicts are presized for.
const MAX_DICT_HINT: usize = 64;

/// Records the size of an instance dict (freed, or just filled by
/// `__init__`) in its class's `dict_hint`.
pub(crate) fn note_dict_size(ty: &Obj, dict: &Obj) {
    let (Payload::Type(td), Payload::Dict(t)) = (ty.payload(), dict.payload()) else {
        return;
    };
    let Ok(t) = t.try_borrow() else { return };
    let n = t.len.min(MAX_DICT_HINT) as u32;
    if td.heap && n > td.dict_hint.get() {
        td.dict_hint.set(n);
    }
}

/// Does dropping this payload release no Python objects (besides the
/// header's dict word)?
pub(crate) fn has_no_children(p: &Payload) -> bool {
    matches!(
        p,
        Payload::None
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::Bool(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
    )
}

/// Drops the payload of a dead object in place and returns its memory.
///
/// # Safety
/// `p` is a heap object whose refcount reached zero and whose header
/// references were already released; it is not used afterwards.
unsafe fn drop_and_free(p: *mut PyObject) {
    // SAFETY: caller contract: the object is exclusively ours.
    let payload = unsafe { &mut (*p).payload };
    let class = payload.size_class();
    // Lists release their items last to first, as CPython's `list_dealloc`
    // does (the order `__del__`s run in); tuples' items drop that way
    // (`TupleItems::release_reversed`).
    if let Payload::List(items) = payload {
        release_reversed(std::mem::take(items.get_mut()));
    }
    // SAFETY: caller contract; the payload is dropped exactly once, and the
    // block's class is the payload's (a payload never changes variant).
    unsafe {
        std::ptr::drop_in_place(payload);
        crate::object::pool::free_block(p, class);
    }
}

/// Drops `items` from the last to the first. (Out of line: its loop would
/// cost `free_if_exact_leaf`'s str path the registers it saves.) The
/// last reference to an exact str with inline text (a list of `split`'s
/// pieces) is freed right here, with the `str` type looked up once and
/// the pool's live count brought down once for a run of them (nothing
/// reads it until the next `dealloc`, which may allocate).
#[inline(never)]
fn release_reversed(mut items: Vec<Obj>) {
    release_items_reversed(&mut items);
}

/// `release_reversed` leaving the emptied buffer to the caller (a list
/// kept on the list free list keeps it).
#[inline(always)]
pub(crate) fn release_items_reversed(items: &mut Vec<Obj>) {
    let str_word = crate::types::builtin_if_ready().map_or(0, |b| b.str_.word());
    let mut freed = 0usize;
    while let Some(o) = items.pop() {
        // (`release_inlined`, with the str check before the rest of
        // `dealloc`.)
        let w = o.into_word();
        let Some(h) = Obj::borrow(&w).heap() else {
            continue;
        };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n != 0 {
            continue;
        }
        if h.ty.get() == str_word
            && let Payload::Str(s) = &h.payload
            && let Some(class) = s.s.inline_block_class()
        {
            debug_assert!(h.dict.get() == 0, "an exact str with a dict");
            // SAFETY: the list's reference was the object's last one (its
            // refcount word is 0): it is exclusively ours, and not used
            // again. An exact str's inline text owns nothing, and the
            // block's class is the text's.
            unsafe { crate::object::pool::free_dead_block_uncounted(w as *mut PyObject, class) };
            freed += 1;
            continue;
        }
        crate::object::pool::note_freed(std::mem::take(&mut freed));
        crate::object::dealloc_inlined(w);
    }
    crate::object::pool::note_freed(freed);
}
