//! The cycle collector: finds groups of objects that only reference each
//! other and frees them, with the algorithm of CPython's `gcmodule.c`
//! (without generations: every collection looks at the whole heap).
//!
//! 1. `gc_refs` = refcount of every tracked object (`traverse::is_tracked`)
//!    in the arenas (`pool`);
//! 2. subtract the references tracked objects hold to each other: what is
//!    left counts references from outside (frames, native code, untracked
//!    objects); objects with `gc_refs > 0` are roots;
//! 3. everything reachable from a root survives; the rest is garbage;
//! 4. PEP 442: `__del__` of garbage objects runs once, then step 1–3 are
//!    repeated on the garbage alone to find objects the finalizers
//!    resurrected (they survive, with everything they reach);
//! 5. `traverse::clear` drops the references of the remaining garbage,
//!    and reference counting frees it.
//!
//! Automatic collections run when the number of live blocks has grown by a
//! share of what survived the last collection (so their total cost stays
//! linear in the allocations), and only at safe points (`maybe_collect`).

use super::traverse::{clear, is_tracked, traverse};
use super::{IMMORTAL, Obj, Payload, PyObject, pool};
use crate::abi::TAG_MASK;
use std::cell::Cell;
use std::collections::HashMap;

/// Live blocks at which the first automatic collection is due.
pub(crate) const FIRST_THRESHOLD: usize = 20_000;

/// `gc_refs` of an object that is not tracked (or a free block).
const UNTRACKED: i32 = i32::MIN;
/// `gc_refs` of an object known to be reachable.
const REACHABLE: i32 = i32::MAX;
/// `gc_refs` of an object that must be kept whatever references it has (its
/// refcount is huge, or runtime code is borrowing its contents).
const FORCED: i32 = 1 << 30;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// `gc.get_threshold()`; `threshold0 == 0` disables automatic collection.
    static THRESHOLDS: Cell<(i64, i64, i64)> = const { Cell::new((700, 10, 10)) };
    /// Live blocks after the last collection (for `gc.get_count()`).
    static LIVE_AFTER: Cell<usize> = const { Cell::new(0) };
}

/// Collects if an automatic collection is due. Call only at safe points:
/// where every object that native code up the stack uses is owned by it
/// (an `Obj`, a frame slot) or borrowed from an owned object. Those are the
/// points where Python code may run (which could call `gc.collect()`), e.g.
/// the entry of a call from generated code.
#[inline]
pub(crate) fn maybe_collect() {
    if pool::over_threshold() {
        auto_collect();
    }
}

#[cold]
fn auto_collect() {
    if ENABLED.with(Cell::get) && THRESHOLDS.with(|t| t.get().0) > 0 {
        collect();
    } else {
        schedule_next();
    }
}

/// Sets the live-block count of the next automatic collection: three times
/// as many as are live now (at least `threshold0 * 30` more). Each
/// collection reads the whole heap, so the heap must grow geometrically
/// between them for the total cost to stay linear in the allocations; the
/// factor trades collection time (json_like: 2× costs 5% more time) against
/// peak memory (DeltaBlue: 4× doubles it).
fn schedule_next() {
    let live = pool::live();
    let t0 = THRESHOLDS.with(|t| t.get().0).max(1) as usize;
    pool::set_threshold(live + (2 * live).max(t0 * 30));
}

pub(crate) fn enable(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub(crate) fn is_enabled() -> bool {
    ENABLED.with(Cell::get)
}

pub(crate) fn thresholds() -> (i64, i64, i64) {
    THRESHOLDS.with(Cell::get)
}

pub(crate) fn set_thresholds(t: (i64, i64, i64)) {
    THRESHOLDS.with(|c| c.set(t));
    schedule_next();
}

/// `gc.get_count()`: growth in live objects since the last collection.
pub(crate) fn count() -> usize {
    pool::live().saturating_sub(LIVE_AFTER.with(Cell::get))
}

/// Runs a full collection; returns the number of unreachable objects found
/// (counted as CPython would: instance dicts and slot blocks, which CPython
/// keeps inside the instance, are not counted). Returns 0 when a collection
/// is already running.
pub(crate) fn collect() -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    let found = collect_garbage();
    COLLECTING.with(|c| c.set(false));
    LIVE_AFTER.with(|c| c.set(pool::live()));
    schedule_next();
    found
}

fn collect_garbage() -> usize {
    let garbage: Vec<Obj> = {
        let heap = Heap::new();
        let Some(unreachable) = find_unreachable(&heap, 0) else {
            return 0;
        };
        unreachable
            .into_iter()
            .map(|i| Obj::borrow(&heap.word(i)).clone())
            .collect()
    };
    if garbage.is_empty() {
        return 0;
    }
    let mut finalized = false;
    for o in &garbage {
        finalized |=
            crate::types::finalize::finalize_now(o) || crate::types::generator::close_created(o);
    }
    let mut garbage: Vec<Option<Obj>> = garbage.into_iter().map(Some).collect();
    if finalized {
        release_unreferenced(&mut garbage);
    }
    let garbage: Vec<Obj> = garbage.into_iter().flatten().collect();
    let doomed = if finalized {
        // The finalizers may have resurrected objects: look again, with
        // the references `garbage` holds discounted.
        let subset = Subset::new(&garbage);
        find_unreachable(&subset, 1).unwrap_or_default()
    } else {
        (0..garbage.len()).collect()
    };
    // CPython counts what is left after the finalizers.
    let found = cpython_count(doomed.iter().map(|&i| &garbage[i]));
    for &i in &doomed {
        if let Some(h) = garbage[i].heap() {
            clear(h);
        }
    }
    drop(garbage);
    found
}

/// Lets reference counting free the garbage objects that only the
/// collection still holds (a finalizer broke their cycle, e.g. by closing a
/// generator), as it would have during the finalizers without the hold.
/// A few passes, so that chains get freed in either order.
fn release_unreferenced(garbage: &mut [Option<Obj>]) {
    for _ in 0..4 {
        let mut freed = false;
        for slot in garbage.iter_mut() {
            if slot.as_ref().is_some_and(|o| o.refcount() == 1) {
                drop(slot.take());
                freed = true;
            }
        }
        if !freed {
            break;
        }
    }
}

/// How many of the garbage objects `doomed` CPython would report (each is
/// also held once by the collection).
fn cpython_count<'a>(doomed: impl Iterator<Item = &'a Obj>) -> usize {
    let mut n = 0usize;
    for o in doomed {
        n += 1;
        let Some(h) = o.heap() else { continue };
        if let Payload::SlotValues(_) = h.payload {
            n -= 1;
            continue;
        }
        if let Some(d) = o.dict()
            && d.refcount() == 3
        {
            // Referenced only by `o` (besides `garbage` and `d` here): part
            // of the instance.
            n = n.saturating_sub(1);
        }
    }
    n
}

/// The objects a collection looks at, each with an index into `gc_refs`.
trait Space {
    /// Number of indices (some may hold no object).
    fn len(&self) -> usize;
    /// The object word at index `i` (0 when there is none).
    fn word(&self, i: usize) -> u64;
    /// The index of object word `w`, if it belongs to the space.
    fn index(&self, w: u64) -> Option<usize>;
}

/// The whole heap: index = arena number * `ARENA_BLOCKS` + block number.
struct Heap {
    /// (first block, used blocks) of each arena, by address.
    arenas: Vec<(*mut PyObject, usize)>,
}

const BLOCK: usize = size_of::<PyObject>();

impl Heap {
    fn new() -> Heap {
        Heap {
            arenas: pool::arenas(),
        }
    }
}

impl Space for Heap {
    fn len(&self) -> usize {
        self.arenas.len() * pool::ARENA_BLOCKS
    }

    fn word(&self, i: usize) -> u64 {
        let (a, used) = self.arenas[i / pool::ARENA_BLOCKS];
        let b = i % pool::ARENA_BLOCKS;
        if b < used {
            a as u64 + (b * BLOCK) as u64
        } else {
            0
        }
    }

    #[inline]
    fn index(&self, w: u64) -> Option<usize> {
        let k = self.arenas.partition_point(|&(a, _)| a as u64 <= w);
        let (a, used) = *self.arenas.get(k.checked_sub(1)?)?;
        let b = (w - a as u64) as usize / BLOCK;
        (b < used).then_some((k - 1) * pool::ARENA_BLOCKS + b)
    }
}

/// A set of objects held in a vector (the garbage of one collection).
struct Subset {
    words: Vec<u64>,
    index: HashMap<u64, usize>,
}

impl Subset {
    fn new(objs: &[Obj]) -> Subset {
        let words: Vec<u64> = objs.iter().map(Obj::word).collect();
        let index = words.iter().enumerate().map(|(i, &w)| (w, i)).collect();
        Subset { words, index }
    }
}

impl Space for Subset {
    fn len(&self) -> usize {
        self.words.len()
    }
    fn word(&self, i: usize) -> u64 {
        self.words[i]
    }
    fn index(&self, w: u64) -> Option<usize> {
        self.index.get(&w).copied()
    }
}

/// The object at a non-zero heap word of the space.
fn object<'a>(w: u64) -> &'a PyObject {
    // SAFETY: the words of a `Space` are live heap objects (arena blocks
    // with a non-zero refcount, or objects held by the caller); nothing is
    // freed while a collection looks at them.
    unsafe { &*(w as *const PyObject) }
}

/// Steps 1–3 over `space`, whose objects each have `extra` references the
/// collection itself holds. Returns the indices of unreachable objects, or
/// None if the counts are inconsistent (a reference visited more often
/// than counted): then nothing is collected.
fn find_unreachable(space: &impl Space, extra: isize) -> Option<Vec<usize>> {
    let n = space.len();
    let mut refs = vec![UNTRACKED; n];
    for (i, r) in refs.iter_mut().enumerate() {
        let w = space.word(i);
        if w == 0 {
            continue;
        }
        let o = object(w);
        let rc = o.refcnt.get() - extra;
        if rc <= 0 || o.refcnt.get() >= IMMORTAL / 2 || !is_tracked(o) {
            continue;
        }
        *r = if rc >= FORCED as isize {
            FORCED
        } else {
            rc as i32
        };
    }
    // Subtract internal references.
    for i in 0..n {
        if refs[i] == UNTRACKED {
            continue;
        }
        let complete = traverse(object(space.word(i)), |c| {
            if c & TAG_MASK == 0
                && let Some(j) = space.index(c)
                && refs[j] != UNTRACKED
                && refs[j] < FORCED
            {
                refs[j] -= 1;
            }
        });
        if !complete {
            refs[i] = FORCED;
        }
    }
    if refs.iter().any(|&r| r < 0 && r != UNTRACKED) {
        return None;
    }
    // Everything reachable from a root survives.
    let mut stack: Vec<u32> = Vec::new();
    for i in 0..n {
        if refs[i] == UNTRACKED || refs[i] == REACHABLE || refs[i] == 0 {
            continue;
        }
        refs[i] = REACHABLE;
        stack.push(i as u32);
        while let Some(k) = stack.pop() {
            traverse(object(space.word(k as usize)), |c| {
                if c & TAG_MASK == 0
                    && let Some(j) = space.index(c)
                    && refs[j] != UNTRACKED
                    && refs[j] != REACHABLE
                {
                    refs[j] = REACHABLE;
                    stack.push(j as u32);
                }
            });
        }
    }
    Some((0..n).filter(|&i| refs[i] == 0).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::list::new_list;

    fn list_items(l: &Obj) -> &std::cell::RefCell<Vec<Obj>> {
        match l.payload() {
            Payload::List(v) => v,
            _ => panic!("new_list makes a list"),
        }
    }

    /// Two lists referring to each other are found and freed; a list kept
    /// by a native reference survives with what it reaches.
    #[test]
    fn collects_unreachable_cycles_only() {
        collect();
        let (a, b) = (new_list(Vec::new()), new_list(Vec::new()));
        list_items(&a).borrow_mut().push(b.clone());
        list_items(&b).borrow_mut().push(a.clone());
        let kept = new_list(Vec::new());
        list_items(&kept).borrow_mut().push(kept.clone());
        let inner = new_list(Vec::new());
        list_items(&kept).borrow_mut().push(inner);
        drop((a, b));
        assert_eq!(collect(), 2);
        assert_eq!(list_items(&kept).borrow().len(), 2);
        assert_eq!(collect(), 0);
        list_items(&kept).borrow_mut().clear();
    }

    /// An object whose contents native code is borrowing counts as
    /// referenced from outside (never collected, never a panic).
    #[test]
    fn borrowed_containers_are_roots() {
        collect();
        let a = new_list(Vec::new());
        list_items(&a).borrow_mut().push(a.clone());
        let w = a.word();
        drop(a);
        let held = Obj::borrow(&w);
        let guard = list_items(held).borrow();
        assert_eq!(collect(), 0);
        drop(guard);
        assert_eq!(collect(), 1);
    }
}
