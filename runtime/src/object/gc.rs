//! The cycle collector: finds groups of objects that only reference each
//! other and frees them, with the algorithm of CPython's `gcmodule.c`,
//! generations included.
//!
//! 1. `gc_refs` = refcount of every tracked object (`traverse::is_tracked`)
//!    of the generations collected;
//! 2. subtract the references those objects hold to each other: what is
//!    left counts references from outside (frames, native code, untracked
//!    objects, objects of older generations); objects with `gc_refs > 0`
//!    are roots;
//! 3. everything reachable from a root survives; the rest is garbage;
//! 4. PEP 442: `__del__` of garbage objects runs once, then step 1–3 are
//!    repeated on the garbage alone to find objects the finalizers
//!    resurrected (they survive, with everything they reach);
//! 5. `traverse::clear` drops the references of the remaining garbage,
//!    and reference counting frees it.
//!
//! Generations: 0 holds the objects allocated since the last collection,
//! 1 those that survived one collection of generation 0, 2 the rest (the
//! arenas' `pool::Marks` bitmaps say which; objects that can never be
//! tracked, like strings and numbers, are in none and never read).
//! Collecting a generation collects the younger ones too and moves the
//! survivors one generation up (to 2 from 1 and 2). Tuples of atomic
//! values leave the generations the first time a collection sees them
//! (`is_leaf_tuple`), without taking part in steps 1–3, as in
//! CPython: those that only garbage references count as garbage
//! (`garbage_leaves`). References from older objects into the collected
//! generations are explained by their refcounts (step 2 sees them as
//! outside references), so no write barrier is needed; a cycle through an
//! older object waits for that object's generation to be collected.
//!
//! Automatic collections run only at safe points (`maybe_collect`), when
//! the number of live blocks has grown by `young_budget()` since the last
//! collection. As in CPython, the one after `threshold1` of them collects
//! generation 1 (or sooner, once half a budget of objects waits in it:
//! its garbage holds memory), the one after `threshold2` of those
//! generation 2, but only once the objects that reached generation 2 since
//! the last full collection are a quarter of those that survived it (so
//! the total cost of full collections stays linear in the allocations).

use super::traverse::{clear, is_tracked, may_be_tracked, traverse};
use super::{IMMORTAL, Obj, Payload, PyObject, pool};
use crate::abi::TAG_MASK;
use std::cell::Cell;

/// Live blocks per unit of `threshold0` (CPython's threshold counts
/// containers; blocks also count strings, floats, …).
const BLOCKS_PER_CONTAINER: usize = 30;

/// Live blocks at which the first automatic collection is due.
pub(crate) const FIRST_THRESHOLD: usize = 700 * BLOCKS_PER_CONTAINER;

/// The oldest generation.
pub(crate) const OLDEST: usize = 2;

/// What the collector remembers between collections.
#[derive(Clone, Copy)]
struct Stats {
    /// Collections of generation 0 since the last one of generation 1, and
    /// of generation 1 since the last full one (`gc.get_count()[1:]`).
    counts: [usize; 2],
    /// Tracked objects moved into generation 1 since its last collection.
    middle: usize,
    /// Live blocks after the last collection (`gc.get_count()[0]` is the
    /// growth since).
    live_after: usize,
    /// CPython's `long_lived_total`: objects that survived the last full
    /// collection.
    long_lived_total: usize,
    /// CPython's `long_lived_pending`: objects moved into generation 2 by
    /// collections of generation 1 since then.
    long_lived_pending: usize,
}

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// `gc.get_threshold()`; `threshold0 == 0` disables automatic collection.
    static THRESHOLDS: Cell<(i64, i64, i64)> = const { Cell::new((700, 10, 10)) };
    static STATS: Cell<Stats> = const {
        Cell::new(Stats {
            counts: [0, 0],
            middle: 0,
            live_after: 0,
            long_lived_total: 0,
            long_lived_pending: 0,
        })
    };
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

/// Collects the oldest generation that is due (CPython's
/// `gc_collect_generations`).
#[cold]
fn auto_collect() {
    let (t0, t1, t2) = THRESHOLDS.with(Cell::get);
    if !ENABLED.with(Cell::get) || t0 <= 0 || COLLECTING.with(Cell::get) {
        schedule_next();
        return;
    }
    let s = STATS.with(Cell::get);
    let generation = if s.counts[1] as i64 > t2 && s.long_lived_pending >= s.long_lived_total / 4 {
        2
    } else if s.counts[0] as i64 > t1 || s.middle > young_budget() / 2 {
        1
    } else {
        0
    };
    collect_generation(generation);
}

/// Live blocks allocated (net) between automatic collections.
fn young_budget() -> usize {
    THRESHOLDS.with(|t| t.get().0).max(1) as usize * BLOCKS_PER_CONTAINER
}

/// Sets the live-block count of the next automatic collection.
fn schedule_next() {
    pool::set_threshold(pool::live() + young_budget());
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

/// `gc.get_count()`: growth in live objects since the last collection, and
/// the collections of generations 0 and 1 since the last of the next one.
pub(crate) fn count() -> [usize; 3] {
    let s = STATS.with(Cell::get);
    [
        pool::live().saturating_sub(s.live_after),
        s.counts[0],
        s.counts[1],
    ]
}

/// Collects `generation` and the younger ones; returns the number of
/// unreachable objects found (counted as CPython would: instance dicts and
/// slot blocks, which CPython keeps inside the instance, are not counted).
/// Returns 0 when a collection is already running.
pub(crate) fn collect_generation(generation: usize) -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    let (found, survivors) = collect_garbage(generation);
    COLLECTING.with(|c| c.set(false));
    let live = pool::live();
    STATS.with(|c| {
        let mut s = c.get();
        s.live_after = live;
        match generation {
            0 => {
                s.counts[0] += 1;
                s.middle += survivors;
            }
            1 => {
                s.counts = [0, s.counts[1] + 1];
                s.middle = 0;
                s.long_lived_pending += survivors;
            }
            _ => {
                s.counts = [0, 0];
                s.middle = 0;
                s.long_lived_total = survivors;
                s.long_lived_pending = 0;
            }
        }
        c.set(s);
    });
    schedule_next();
    found
}

/// The unreachable objects of generations up to `generation` (which have
/// moved one generation up), the number of tracked objects in them that
/// stay in the generations, and the young leaves (`generation_members`),
/// which have left the generations.
fn unreachable_objects(generation: usize) -> (Vec<Obj>, usize, Leaves) {
    let (members, tracked, leaves) = generation_members(generation);
    let Some(unreachable) = find_unreachable(&members, 0) else {
        return (Vec::new(), 0, Leaves::default());
    };
    let garbage = unreachable
        .into_iter()
        .map(|i| Obj::borrow(&members[i]).clone())
        .collect();
    (garbage, tracked, leaves)
}

/// Collects `generation`; returns the count of unreachable objects and of
/// the survivors (tracked objects of the generations collected that live on).
fn collect_garbage(generation: usize) -> (usize, usize) {
    let (garbage, tracked, leaves) = unreachable_objects(generation);
    let survivors = tracked.saturating_sub(garbage.len());
    (free_garbage(garbage, &leaves), survivors)
}

/// Runs the finalizers of the garbage and frees what they did not
/// resurrect; returns CPython's count of unreachable objects (with the
/// young `leaves` that only the garbage references).
fn free_garbage(garbage: Vec<Obj>, leaves: &Leaves) -> usize {
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
        let (mut members, mut index) = (Vec::new(), Vec::new());
        for (i, o) in garbage.iter().enumerate() {
            let h = object(o.word());
            let rc = h.refcnt.get();
            if rc > 1 && rc < IMMORTAL / 2 && is_tracked(h) && enter(h, rc) {
                members.push(o.word());
                index.push(i);
            }
        }
        find_unreachable(&members, 1)
            .map_or_else(Vec::new, |u| u.into_iter().map(|k| index[k]).collect())
    } else {
        (0..garbage.len()).collect()
    };
    // CPython counts what is left after the finalizers.
    let found = cpython_count(doomed.iter().map(|&i| &garbage[i]))
        + garbage_leaves(doomed.iter().map(|&i| &garbage[i]), leaves);
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

/// How many of the young `leaves` only the garbage objects `doomed`
/// reference: CPython still tracks them (no collection saw them yet) and
/// finds them unreachable with the rest. (Reference counting frees them
/// once the garbage is cleared.)
fn garbage_leaves<'a>(doomed: impl Iterator<Item = &'a Obj>, leaves: &Leaves) -> usize {
    if leaves.words.is_empty() {
        return 0;
    }
    let mut refs: std::collections::HashMap<u64, isize> = std::collections::HashMap::new();
    for o in doomed {
        let Some(h) = o.heap() else { continue };
        traverse(h, |c| {
            if c & TAG_MASK == 0 && c != 0 && leaves.contains(c) {
                *refs.entry(c).or_default() += 1;
            }
        });
    }
    refs.iter()
        .filter(|&(&c, &n)| object(c).refcnt.get() == n)
        .count()
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
        // Instances of subclasses of variable-size types (str, tuple, int,
        // bytes) keep their dict outside, as a dict CPython counts.
        let var_sized = matches!(
            h.payload,
            Payload::Str(_) | Payload::Tuple(_) | Payload::Int(_) | Payload::Bytes(_)
        );
        // (A plain instance's inline values are part of it, as in CPython.)
        let dict = (h.dict.get() != 0).then(|| o.dict()).flatten();
        if !var_sized
            && let Some(d) = dict
            && d.refcount() == 3
        {
            // Referenced only by `o` (besides `garbage` and `d` here): part
            // of the instance.
            n = n.saturating_sub(1);
        }
    }
    n
}

/// Bytes of an arena one word of its generation bitmaps covers.
const WORD_BYTES: u64 = 64 * pool::GRAIN as u64;

/// The young leaves a collection saw (`generation_members`): for each
/// bitmap word with some, the address its bit 0 stands for and the leaves'
/// bits, in address order.
#[derive(Default)]
struct Leaves {
    words: Vec<(u64, u64)>,
}

impl Leaves {
    /// Is the heap word `c` one of the leaves?
    fn contains(&self, c: u64) -> bool {
        let base = c & !(WORD_BYTES - 1);
        let bit = (c - base) / pool::GRAIN as u64;
        self.words
            .binary_search_by_key(&base, |&(b, _)| b)
            .is_ok_and(|k| self.words[k].1 >> bit & 1 != 0)
    }
}

/// Bitmap words a collection scans at a time, to pass over runs of words
/// with no object of the generations collected in one test.
const CHUNK: usize = 8;

/// The tracked objects of the generations up to `generation`, in address
/// order, made members (`enter`), and their number (members or not); and
/// the young *leaves*: tuples of atomic values (`is_leaf_tuple`) seen for
/// the first time, which leave the generations now (CPython's
/// `untrack_tuples`) without being members. A leaf references no member,
/// so it only matters as a possible garbage object: it is garbage when only
/// garbage references it (`garbage_leaves`), else reachable.
///
/// The objects of the generations collected move one generation up (to 2
/// from 1 and 2) as their bitmap word is done: before the finalizers run,
/// so that what they allocate stays young.
fn generation_members(generation: usize) -> (Vec<u64>, usize, Leaves) {
    let (mut members, mut tracked, mut leaves) = (Vec::new(), 0, Leaves::default());
    let tuple = crate::types::builtin().tuple.word();
    for a in pool::arenas() {
        let m = a.marks;
        let n = a.used.div_ceil(64);
        let selected = |i: usize| {
            let mut bits = m.young[i].get();
            if generation > 0 {
                bits |= m.middle[i].get();
            }
            if generation > 1 {
                bits |= m.old[i].get();
            }
            bits
        };
        let mut start = 0;
        while start < n {
            let end = (start + CHUNK).min(n);
            if (start..end).fold(0, |acc, i| acc | selected(i)) == 0 {
                start = end;
                continue;
            }
            for i in start..end {
                let young = m.young[i].get();
                let mut bits = selected(i);
                if bits == 0 {
                    continue;
                }
                let mut left = 0u64;
                while bits != 0 {
                    let bit = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let b = i * 64 + bit;
                    if b >= a.used {
                        break;
                    }
                    let w = a.base as u64 + (b * pool::GRAIN) as u64;
                    let o = object(w);
                    let rc = o.refcnt.get();
                    if rc <= 0 || rc >= IMMORTAL / 2 {
                        continue;
                    }
                    if young >> bit & 1 != 0 && o.ty.get() == tuple && is_leaf_tuple(o) {
                        left |= 1 << bit;
                        continue;
                    }
                    if !is_tracked(o) {
                        continue;
                    }
                    tracked += 1;
                    if enter(o, rc) {
                        members.push(w);
                    }
                }
                if left != 0 {
                    leaves
                        .words
                        .push((a.base as u64 + i as u64 * WORD_BYTES, left));
                }
                // Leaves leave all three (a block's bits in the older
                // generations may be stale ones of an earlier object);
                // the others move up.
                let (young, middle, old) = (&m.young[i], &m.middle[i], &m.old[i]);
                if generation == 0 {
                    middle.set((middle.get() | young.get()) & !left);
                } else {
                    old.set((old.get() | middle.get() | young.get()) & !left);
                    middle.set(0);
                }
                young.set(0);
                if generation == 0 {
                    old.set(old.get() & !left);
                }
            }
            start = end;
        }
    }
    (members, tracked, leaves)
}

/// Is `o`, whose type is exactly `tuple`, a leaf (CPython's
/// `_PyTuple_MaybeUntrack`)? None of its items can ever be tracked, so it
/// can never be part of a cycle: it is immutable and has no instance dict.
#[inline]
fn is_leaf_tuple(o: &PyObject) -> bool {
    let Payload::Tuple(items) = &o.payload else {
        return false;
    };
    o.dict.get() == 0
        && items.iter().all(|x| {
            x.heap()
                .is_none_or(|h| !may_be_tracked(Obj::borrow(&h.ty.get()), &h.payload))
        })
}

/// The object at a non-zero heap word.
fn object<'a>(w: u64) -> &'a PyObject {
    // SAFETY: the words a collection looks at are live heap objects (arena
    // blocks with a non-zero refcount, objects held by the caller, or
    // references those own); nothing is freed while a collection looks at
    // them.
    unsafe { &*(w as *const PyObject) }
}

// While `find_unreachable` runs, the refcount word of each object it looks
// at (a "member") holds CPython's `gc_refs` state, as CPython keeps it in
// the GC header: no side table, and "is this reference to a member, and
// what is its count" is one load from the object referenced. The word is
// restored before anything else can read it (no Python code runs, and
// `traverse` reads no refcounts).
//
// Bit 62 is set in no other refcount (mortal counts stay below
// `IMMORTAL`, immortal ones near it, below 2^61); the other flags are
// only read in members.

/// The refcount word holds a member's state.
const MEMBER: u64 = 1 << 62;
/// The member is reachable from outside (or is referenced from outside).
const REACHABLE: u64 = 1 << 61;
/// The member references no member (found by the first pass, so the
/// second need not visit its references again).
const NO_MEMBER_REFS: u64 = 1 << 60;
/// One reference from another member (bits 32–59 count them).
const INTERNAL: u64 = 1 << 32;
/// The member's own refcount.
const RC_BITS: u64 = INTERNAL - 1;

/// The references from other members counted in `state`.
#[inline]
fn internal(state: u64) -> u64 {
    state >> 32 & ((1 << 28) - 1)
}

/// Objects with more references than this are left out (kept, with all
/// they reach): counts of references from members stay below it, in 28
/// bits.
const MAX_RC: isize = 1 << 28;

/// A member's references from outside the members: its refcount, less the
/// `extra` ones the collection holds, less those from members.
#[inline]
fn outside_refs(state: u64, extra: u64) -> i64 {
    (state & RC_BITS) as i64 - extra as i64 - internal(state) as i64
}

/// Makes the tracked object `o`, whose refcount is `rc`, a member of the
/// next `find_unreachable`, unless its refcount is too large for the
/// member state (then it is kept, with all it reaches).
#[inline]
fn enter(o: &PyObject, rc: isize) -> bool {
    let member = rc < MAX_RC;
    if member {
        o.refcnt.set((rc as u64 | MEMBER) as isize);
    }
    member
}

/// Steps 2–3 over `members` (made so by `enter`), each of which has
/// `extra` references the collection itself holds; restores their
/// refcounts. Returns the indices of the unreachable members, or None if
/// the counts are inconsistent (a reference visited more often than
/// counted): then nothing is collected.
fn find_unreachable(members: &[u64], extra: isize) -> Option<Vec<usize>> {
    // Subtract the references between members (the first time an object
    // is seen as referenced from a member when all its references are
    // counted already, the counts are inconsistent).
    let mut consistent = true;
    for &w in members {
        let o = object(w);
        let mut refs_member = false;
        let complete = traverse(o, |c| {
            if c & TAG_MASK == 0 && c != 0 {
                let r = &object(c).refcnt;
                let s = r.get() as u64;
                if s & MEMBER != 0 {
                    refs_member = true;
                    if internal(s) < s & RC_BITS {
                        r.set((s + INTERNAL) as isize);
                    } else {
                        consistent = false;
                    }
                }
            }
        });
        if !complete {
            // Runtime code is using it: it counts as referenced from outside.
            o.refcnt.set(o.refcnt.get() | REACHABLE as isize);
        } else if !refs_member {
            o.refcnt.set(o.refcnt.get() | NO_MEMBER_REFS as isize);
        }
    }
    let extra = extra as u64;
    // (Without `extra`, the check above keeps every count non-negative.)
    consistent &= extra == 0
        || members
            .iter()
            .all(|&w| outside_refs(object(w).refcnt.get() as u64, extra) >= 0);
    if consistent {
        // Everything reachable from a root survives.
        let mut stack: Vec<u64> = Vec::new();
        for &w in members {
            let r = &object(w).refcnt;
            let s = r.get() as u64;
            if s & REACHABLE != 0 || outside_refs(s, extra) == 0 {
                continue;
            }
            r.set((s | REACHABLE) as isize);
            stack.push(w);
            while let Some(w) = stack.pop() {
                let o = object(w);
                if o.refcnt.get() as u64 & NO_MEMBER_REFS != 0 {
                    continue;
                }
                traverse(o, |c| {
                    if c & TAG_MASK == 0 && c != 0 {
                        let r = &object(c).refcnt;
                        let s = r.get() as u64;
                        if s & (MEMBER | REACHABLE) == MEMBER {
                            r.set((s | REACHABLE) as isize);
                            stack.push(c);
                        }
                    }
                });
            }
        }
    }
    let mut unreachable = Vec::new();
    for (i, &w) in members.iter().enumerate() {
        let r = &object(w).refcnt;
        let s = r.get() as u64;
        if s & REACHABLE == 0 {
            unreachable.push(i);
        }
        r.set((s & RC_BITS) as isize);
    }
    consistent.then_some(unreachable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::list::new_list;

    fn collect() -> usize {
        collect_generation(OLDEST)
    }

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

    /// A young cycle referenced from an old list survives collections of
    /// generation 0 (the old reference counts as outside); once the old
    /// reference is gone, the cycle (now in generation 1) is found by a
    /// collection of generation 1 but not of generation 0.
    #[test]
    fn generations_move_up() {
        collect();
        let old = new_list(Vec::new());
        collect();
        let (a, b) = (new_list(Vec::new()), new_list(Vec::new()));
        list_items(&a).borrow_mut().push(b.clone());
        list_items(&b).borrow_mut().push(a.clone());
        list_items(&old).borrow_mut().push(a);
        drop(b);
        assert_eq!(collect_generation(0), 0);
        list_items(&old).borrow_mut().clear();
        assert_eq!(collect_generation(0), 0);
        assert_eq!(collect_generation(1), 2);
        let c = new_list(Vec::new());
        list_items(&c).borrow_mut().push(c.clone());
        drop(c);
        assert_eq!(collect_generation(0), 1);
        assert_eq!(count()[1], 1);
    }
}
