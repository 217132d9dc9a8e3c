//! The hash table behind `set` and `frozenset`, a faithful port of CPython
//! 3.11's `Objects/setobject.c` so that iteration order, `pop()` order and
//! frozenset hashes match CPython exactly: open addressing with runs of
//! LINEAR_PROBES consecutive slots followed by perturbed probing, an initial
//! table of 8 slots, `fill`/`used` bookkeeping with dummy slots for deleted
//! keys, and resizing when `fill * 5 >= mask * 3`.
//!
//! Beside the slots, a table keeps `KeyCounts`: how many active keys fall
//! in each of 32 hash buckets, so that most lookups of an absent key end
//! without walking a probe sequence through dummies (sets of small ints
//! under add/remove churn fill up with dummies that every miss walks
//! past). Slot positions, and so iteration order, are unaffected. Small
//! tables with dummies also keep `Hints`: per-bucket slot guesses and exact
//! bitmaps of empty and dummy slots, which let an add of an absent key find
//! CPython's slot (the last dummy before the empty slot ending its probe)
//! a whole run at a time. Generated code reads the slots, the counts and
//! the hints of exact sets for `in` (`abi::SET_*`).
//!
//! Comparisons that may run Python code happen with no RefCell borrow held;
//! if the table was rebuilt or the compared slot changed meanwhile, the
//! lookup restarts (as CPython does).

mod ints;

pub use ints::{
    IntAdd, IntHome, add_int, add_int_home, contains_int, contains_int_home, grow_after_add,
};

use super::super::list::util::fast_eq;
use crate::errors::PyResult;
use crate::object::Obj;
use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

/// Slots examined linearly before perturbed probing.
pub const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Size of a new table.
pub const MIN_SIZE: usize = 8;

/// One slot: empty is (0, None), a dummy (deleted key) is (-1, None).
#[derive(Clone)]
#[repr(C)]
pub struct Slot {
    pub hash: i64,
    pub key: Option<Obj>,
}

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };
    const DUMMY: Slot = Slot {
        hash: -1,
        key: None,
    };

    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }
    #[inline]
    fn is_dummy(&self) -> bool {
        self.key.is_none() && self.hash == -1
    }
}

/// Two-bit counts of the active keys in each of 32 buckets (a key's bucket
/// is its hash's low five bits). A count below `SATURATED` is exact; a
/// saturated count means "some, maybe many" until the table is rebuilt.
/// A zero count proves that no active key has the hash looked for, so the
/// lookup cannot find it (CPython's probe would compare no key either).
#[derive(Clone, Copy, Default)]
pub(crate) struct KeyCounts(pub(crate) u64);

impl KeyCounts {
    const SATURATED: u64 = 3;

    #[inline(always)]
    fn shift(hash: i64) -> u32 {
        ((hash as u64) & 31) as u32 * 2
    }
    #[inline(always)]
    fn count(self, hash: i64) -> u64 {
        (self.0 >> Self::shift(hash)) & Self::SATURATED
    }
    /// False when no active key has `hash`.
    #[inline(always)]
    fn may_contain(self, hash: i64) -> bool {
        self.count(hash) != 0
    }
    #[inline(always)]
    fn added(&mut self, hash: i64) {
        if self.count(hash) < Self::SATURATED {
            self.0 += 1 << Self::shift(hash);
        }
    }
    #[inline(always)]
    fn removed(&mut self, hash: i64) {
        let c = self.count(hash);
        if c != 0 && c < Self::SATURATED {
            self.0 -= 1 << Self::shift(hash);
        }
    }
    /// Whether some bucket's count is saturated (no longer exact).
    #[inline(always)]
    fn saturated(self) -> bool {
        self.0 & (self.0 >> 1) & 0x5555_5555_5555_5555 != 0
    }
    /// The exact counts of a table's active slots.
    fn of(slots: &[Slot]) -> KeyCounts {
        let mut counts = KeyCounts::default();
        for s in slots.iter().filter(|s| s.key.is_some()) {
            counts.added(s.hash);
        }
        counts
    }
}

/// Tables of at most this many slots keep `Hints` (a hint is a byte).
const HINTED_SIZE: usize = 256;

/// Probe aids for small tables with dummies. Sets under add/remove churn
/// store keys far from their home slots (a re-added key takes the last
/// dummy its probe passed), so probes walk long runs of keys and dummies:
/// `slot` holds where a key of each hash bucket was last found or stored (a
/// guess checked before use), and `empty`/`dummy` a bit per empty and per
/// dummy slot (exact while the hints exist), which let `probe_absent`
/// classify a whole run at once. (Generated code reads `slot` at the
/// start of the box: `abi::SET_HINTS_OFFSET`.)
#[repr(C)]
pub(crate) struct Hints {
    slot: [u8; 32],
    empty: [u64; HINTED_SIZE / 64],
    dummy: [u64; HINTED_SIZE / 64],
}

impl Hints {
    /// Hints for `slots` (at most HINTED_SIZE of them), with exact bitmaps.
    fn of(slots: &[Slot]) -> Hints {
        let mut h = Hints {
            slot: [0; 32],
            empty: [0; HINTED_SIZE / 64],
            dummy: [0; HINTED_SIZE / 64],
        };
        for (j, s) in slots.iter().enumerate() {
            if s.is_empty() {
                h.empty[j / 64] |= 1 << (j % 64);
            } else if s.is_dummy() {
                h.dummy[j / 64] |= 1 << (j % 64);
            }
        }
        h
    }
    #[inline(always)]
    fn get(&self, hash: i64) -> usize {
        usize::from(self.slot[(hash as u64 & 31) as usize])
    }
    #[inline(always)]
    fn set(&mut self, hash: i64, j: usize) {
        self.slot[(hash as u64 & 31) as usize] = j as u8;
    }
    /// Slot `j` now holds a key.
    #[inline(always)]
    fn filled(&mut self, j: usize) {
        self.empty[j / 64] &= !(1 << (j % 64));
        self.dummy[j / 64] &= !(1 << (j % 64));
    }
    /// Slot `j` now holds a dummy.
    #[inline(always)]
    fn emptied(&mut self, j: usize) {
        self.dummy[j / 64] |= 1 << (j % 64);
    }
    /// Bit `j` of `map`.
    #[inline(always)]
    fn bit(map: &[u64; HINTED_SIZE / 64], j: usize) -> bool {
        map[j / 64] >> (j % 64) & 1 != 0
    }
    /// Bits `i..=i + LINEAR_PROBES` of `map` (inside the table).
    #[inline(always)]
    fn run(map: &[u64; HINTED_SIZE / 64], i: usize) -> u32 {
        let (w, o) = (i / 64, i % 64);
        let mut bits = map[w] >> o;
        if o + LINEAR_PROBES >= 64 {
            bits |= map[w + 1] << (64 - o);
        }
        (bits & ((1 << (LINEAR_PROBES + 1)) - 1)) as u32
    }
}

/// The payload of sets and frozensets (generated code reads `slots` and
/// `counts` at the `abi::SET_*` offsets).
#[repr(C)]
pub struct SetTable {
    /// `mask + 1` slots (a power of two, at least 8).
    pub(crate) slots: Box<[Slot]>,
    /// Active plus dummy slots (u32 leaves room for `hints` in the
    /// object; slots are 16 bytes, so no table gets near 2**32 of them).
    fill: u32,
    /// Active slots.
    used: u32,
    /// Where `pop()` starts looking (masked on use).
    finger: u32,
    /// Bumped whenever the slot vector is replaced or cleared (CPython's
    /// "table != so->table" check; it would take 2**32 rebuilds during one
    /// `__eq__` call to wrap around unnoticed).
    generation: u32,
    /// Active keys per hash bucket.
    pub(crate) counts: KeyCounts,
    /// Where a key of each bucket was last found or stored, for tables of at
    /// most `HINTED_SIZE` slots (allocated by the first lookup that walked
    /// past its key's home slot).
    pub(crate) hints: Option<Box<Hints>>,
    /// Cached frozenset hash (-1 = not computed yet).
    pub hash: Cell<i64>,
    /// False while every key stored since the slots were made empty is a
    /// tagged small int (the keys own no references, so `drop` only frees
    /// the slots). Set by any other key; never cleared by removals.
    heap_keys: bool,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            slots: vec![Slot::EMPTY; MIN_SIZE].into_boxed_slice(),
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
            counts: KeyCounts::default(),
            hints: None,
            hash: Cell::new(-1),
            heap_keys: false,
        }
    }
}

// (`SetTable::drop` reads and frees slots as pairs of words.)
const _: () = assert!(
    std::mem::size_of::<Slot>() == 16 && std::mem::align_of::<Slot>() == 8,
    "a slot is two words"
);

impl Drop for SetTable {
    /// CPython's `set_dealloc`: releases the active keys in table order,
    /// stopping after the last one, then frees the slots. Most slots of a
    /// table are empty: they are passed over four at a time.
    fn drop(&mut self) {
        let slots = std::mem::take(&mut self.slots);
        let raw = Box::into_raw(slots) as *mut [[u64; 2]];
        // SAFETY: `[u64; 2]` has the size and alignment of `Slot` (a
        // `repr(C)` i64 and a niche-optimized `Option<Obj>`: its word, 0
        // for None), the same allocation layout. The keys' references are
        // taken over below, each released once, and the slots freed as
        // plain words.
        let words = unsafe { Box::from_raw(raw) };
        if !self.heap_keys {
            debug_assert!(
                words
                    .iter()
                    .all(|s| s[1] == 0 || s[1] & crate::abi::INT_TAG != 0)
            );
            return;
        }
        debug_assert!(words.len().is_multiple_of(4));
        let mut left = self.used;
        for run in words.chunks_exact(4) {
            if left == 0 {
                break;
            }
            if run[0][1] | run[1][1] | run[2][1] | run[3][1] == 0 {
                continue;
            }
            for s in run {
                if let Some(k) = Obj::from_word(s[1]) {
                    left -= 1;
                    drop(k);
                }
            }
        }
    }
}

impl Clone for SetTable {
    fn clone(&self) -> SetTable {
        SetTable {
            slots: self.slots.clone(),
            fill: self.fill,
            used: self.used,
            finger: 0,
            generation: 0,
            counts: self.counts,
            hints: None,
            hash: Cell::new(-1),
            heap_keys: self.heap_keys,
        }
    }
}

impl SetTable {
    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.used as usize
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    #[inline]
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }
    pub fn fill(&self) -> usize {
        self.fill as usize
    }

    /// The elements in table order (iteration order), with their hashes.
    pub fn entries(&self) -> Vec<(i64, Obj)> {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k.clone())))
            .collect()
    }

    /// The elements in iteration order, borrowed.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Obj> {
        self.slots.iter().filter_map(|s| s.key.as_ref())
    }

    /// The elements in iteration order.
    pub fn keys(&self) -> Vec<Obj> {
        self.slots.iter().filter_map(|s| s.key.clone()).collect()
    }

    /// CPython's `set_next`: the first active slot at or after `pos`.
    pub fn next_at(&self, pos: usize) -> Option<(usize, i64, Obj)> {
        let mut i = pos;
        while i < self.slots.len() {
            let s = &self.slots[i];
            if let Some(k) = &s.key {
                return Some((i, s.hash, k.clone()));
            }
            i += 1;
        }
        None
    }

    /// CPython's `set_insert_clean`: places a key known to be absent in a
    /// table without dummies.
    fn insert_clean(slots: &mut [Slot], key: Obj, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if slots[i].key.is_none() {
                slots[i] = Slot {
                    hash,
                    key: Some(key),
                };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if slots[i + j].key.is_none() {
                        slots[i + j] = Slot {
                            hash,
                            key: Some(key),
                        };
                        return;
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// CPython's `set_table_resize`: rebuilds the table with the smallest
    /// size greater than `minused`, dropping dummies.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // No dummies in a minimal table: nothing to do.
            return;
        }
        // (The new slots are filled through a local, whose length the
        // loop need not reload.)
        let old = std::mem::take(&mut self.slots);
        let mut slots = vec![Slot::EMPTY; newsize].into_boxed_slice();
        self.fill = self.used;
        // The active keys stay the same: counts without a saturated bucket
        // are exact already; saturated ones are recounted.
        let recount = self.counts.saturated();
        let mut counts = KeyCounts::default();
        for s in old {
            if let Some(k) = s.key {
                if recount {
                    counts.added(s.hash);
                }
                Self::insert_clean(&mut slots, k, s.hash);
            }
        }
        self.slots = slots;
        if recount {
            self.counts = counts;
        }
        self.hints = None;
        self.generation = self.generation.wrapping_add(1);
    }

    /// Empties the table (back to 8 slots), returning the old slots so the
    /// caller can drop them after releasing any borrow.
    pub fn take_all(&mut self) -> Box<[Slot]> {
        self.fill = 0;
        self.used = 0;
        self.finger = 0;
        self.counts = KeyCounts::default();
        self.hints = None;
        self.hash.set(-1);
        self.heap_keys = false;
        self.generation = self.generation.wrapping_add(1);
        std::mem::replace(
            &mut self.slots,
            vec![Slot::EMPTY; MIN_SIZE].into_boxed_slice(),
        )
    }

    /// CPython's `set_swap_bodies` (the hash caches are reset).
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        std::mem::swap(&mut self.counts, &mut other.counts);
        std::mem::swap(&mut self.hints, &mut other.hints);
        std::mem::swap(&mut self.heap_keys, &mut other.heap_keys);
        self.hash.set(-1);
        other.hash.set(-1);
        self.generation = self.generation.wrapping_add(1);
        other.generation = other.generation.wrapping_add(1);
    }

    /// CPython's `set_pop`: removes the element after the search finger.
    pub fn pop(&mut self) -> Option<Obj> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger as usize & mask;
        while self.slots[i].key.is_none() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let key = self.slots[i].key.take();
        self.counts.removed(self.slots[i].hash);
        self.slots[i] = Slot::DUMMY;
        if let Some(h) = &mut self.hints {
            h.emptied(i);
        }
        self.used -= 1;
        self.finger = (i + 1) as u32;
        key
    }

    /// CPython's `frozenset_hash` (computed over the active slots).
    pub fn compute_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for s in &self.slots {
            hash ^= shuffle(s.hash as u64);
        }
        // Remove the effect of an odd number of NULL and dummy slots.
        if (self.slots.len() - self.fill()) & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (self.fill - self.used) & 1 == 1 {
            hash ^= shuffle(-1i64 as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    /// The slot holding `key` according to the hints, when that is what the
    /// probe would find with no Python code: `key`'s bucket holds a single
    /// active key (so the probe compares no other key) and the hinted slot
    /// holds it.
    #[inline]
    fn hinted(&self, key: &Obj, hash: i64) -> Option<usize> {
        let hints = self.hints.as_ref()?;
        if self.counts.count(hash) != 1 {
            return None;
        }
        let j = hints.get(hash);
        let s = self.slots.get(j)?;
        let k = s.key.as_ref()?;
        (s.hash == hash && (k.is(key) || fast_eq(k, key) == Some(true))).then_some(j)
    }

    /// Records that the key with `hash` sits in slot `j`, when the probe
    /// walked past its home slot to get there in a table with dummies (a
    /// table that only grew needs no hints: its keys sit close to home).
    fn remember(&mut self, hash: i64, j: usize) {
        if j == (hash as u64 as usize) & self.mask()
            || self.slots.len() > HINTED_SIZE
            || self.fill == self.used
        {
            return;
        }
        let slots = &self.slots;
        self.hints
            .get_or_insert_with(|| Box::new(Hints::of(slots)))
            .set(hash, j);
    }

    /// The cached frozenset hash, computing it on first use.
    pub fn frozen_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = self.compute_hash();
        self.hash.set(h);
        h
    }
}

/// Access to a table: a mutable set's RefCell or an immutable frozenset's
/// table.
#[derive(Clone, Copy)]
pub enum Tab<'a> {
    Cell(&'a RefCell<SetTable>),
    Frozen(&'a SetTable),
}

/// A read guard over either kind of table.
pub enum TabRef<'a> {
    Cell(Ref<'a, SetTable>),
    Frozen(&'a SetTable),
}

impl Deref for TabRef<'_> {
    type Target = SetTable;
    fn deref(&self) -> &SetTable {
        match self {
            TabRef::Cell(r) => r,
            TabRef::Frozen(t) => t,
        }
    }
}

impl<'a> Tab<'a> {
    pub fn get(&self) -> TabRef<'a> {
        match *self {
            Tab::Cell(c) => TabRef::Cell(c.borrow()),
            Tab::Frozen(t) => TabRef::Frozen(t),
        }
    }
}

/// What comparing a candidate slot's key with the key looked for decided.
enum Cmp {
    Equal,
    Different,
    /// The table changed while Python code ran: start over.
    Restart,
}

/// Compares the key in slot `j` (which has the right hash) with `key`,
/// releasing the borrow around `__eq__`. Returns the (possibly re-taken)
/// guard and the outcome.
fn compare_slot<'a>(
    tab: Tab<'a>,
    t: TabRef<'a>,
    j: usize,
    key: &Obj,
    eq_wins_over_restart: bool,
) -> PyResult<(TabRef<'a>, Cmp)> {
    let Some(startkey) = t.slots[j].key.clone() else {
        return Ok((t, Cmp::Different));
    };
    if startkey.is(key) {
        return Ok((t, Cmp::Equal));
    }
    if let Some(r) = fast_eq(&startkey, key) {
        return Ok((t, if r { Cmp::Equal } else { Cmp::Different }));
    }
    let generation = t.generation;
    drop(t);
    let eq = crate::ops::eq(&startkey, key)?;
    let t = tab.get();
    if eq && eq_wins_over_restart {
        return Ok((t, Cmp::Equal));
    }
    let same = t.generation == generation
        && j < t.slots.len()
        && matches!(&t.slots[j].key, Some(k) if k.is(&startkey));
    if !same {
        drop(t);
        drop(startkey);
        return Ok((tab.get(), Cmp::Restart));
    }
    Ok((t, if eq { Cmp::Equal } else { Cmp::Different }))
}

/// What a probe that runs no Python code found.
enum Probe {
    /// The slot holding the key.
    Found(usize),
    /// The key is absent: the empty slot ending its probe sequence and the
    /// last dummy slot passed on the way (where `add_entry` reuses).
    Absent {
        unused: usize,
        freeslot: Option<usize>,
    },
    /// A slot with the same hash needs `__eq__`: use the general lookup.
    NeedsEq,
}

/// The probe sequence of `set_lookkey`/`set_add_entry` over a borrowed
/// table, deciding equality only by identity or `fast_eq` (small ints,
/// exact strs, ...). Most keys never need Python code, so this is the fast
/// path: one borrow, no clones, no restarts. `TRACK_FREE` (for adds)
/// remembers the last dummy slot passed.
///
/// Slots are tested hash first, as CPython does: a slot of another key in
/// the probe run is dismissed by its hash alone. (Dummies have hash -1,
/// which no key has; an empty slot has hash 0 and no key.)
#[inline]
fn probe_fast<const TRACK_FREE: bool>(slots: &[Slot], key: &Obj, hash: i64) -> Probe {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let mut freeslot = None;
    loop {
        if i + LINEAR_PROBES <= mask {
            // A fixed-length run, so the loop unrolls without bounds checks.
            let run: &[Slot; LINEAR_PROBES + 1] = slots[i..=i + LINEAR_PROBES]
                .try_into()
                .expect("the slice has LINEAR_PROBES + 1 slots");
            for (off, s) in run.iter().enumerate() {
                if let Some(p) = probe_slot::<TRACK_FREE>(s, i + off, key, hash, &mut freeslot) {
                    return p;
                }
            }
        } else if let Some(p) = probe_slot::<TRACK_FREE>(&slots[i], i, key, hash, &mut freeslot) {
            return p;
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// `set_add_entry`'s probe for a key that no active slot's hash matches
/// (its `KeyCounts` bucket is empty): no key is compared, so the walk only
/// looks for the empty slot that ends it and the last dummy passed on the
/// way. Returns (empty slot, last dummy). Sets under add/remove churn walk
/// long runs of keys and dummies here, so a run of LINEAR_PROBES + 1 slots
/// is classified without branches: a bit per empty slot and per dummy.
#[inline]
fn probe_absent(slots: &[Slot], hash: i64) -> (usize, Option<usize>) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let mut freeslot = None;
    loop {
        if i + LINEAR_PROBES <= mask {
            let run: &[Slot; LINEAR_PROBES + 1] = slots[i..=i + LINEAR_PROBES]
                .try_into()
                .expect("the slice has LINEAR_PROBES + 1 slots");
            let (mut empty, mut dummy) = (0u32, 0u32);
            for (b, s) in run.iter().enumerate() {
                // No key: the empty slot (hash 0) or a dummy (hash -1).
                let free = u32::from(s.key.is_none());
                let zero = u32::from(s.hash == 0);
                empty |= (free & zero) << b;
                dummy |= (free & (zero ^ 1)) << b;
            }
            if empty != 0 {
                let e = empty.trailing_zeros();
                dummy &= (1 << e) - 1;
            }
            if dummy != 0 {
                freeslot = Some(i + (31 - dummy.leading_zeros()) as usize);
            }
            if empty != 0 {
                return (i + empty.trailing_zeros() as usize, freeslot);
            }
        } else {
            let s = &slots[i];
            if s.key.is_none() {
                if s.hash == 0 {
                    return (i, freeslot);
                }
                freeslot = Some(i);
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// `probe_absent` over the bitmaps of a table's hints (same result).
#[inline]
fn probe_absent_mapped(h: &Hints, mask: usize, hash: i64) -> (usize, Option<usize>) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let mut freeslot = None;
    loop {
        if i + LINEAR_PROBES <= mask {
            let empty = Hints::run(&h.empty, i);
            let mut dummy = Hints::run(&h.dummy, i);
            if empty != 0 {
                dummy &= (1 << empty.trailing_zeros()) - 1;
            }
            if dummy != 0 {
                freeslot = Some(i + (31 - dummy.leading_zeros()) as usize);
            }
            if empty != 0 {
                return (i + empty.trailing_zeros() as usize, freeslot);
            }
        } else if Hints::bit(&h.empty, i) {
            return (i, freeslot);
        } else if Hints::bit(&h.dummy, i) {
            freeslot = Some(i);
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// The start of the next run of CPython's probe sequence after the run at
/// `i` (open addressing with the hash's high bits mixed in).
#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// One slot `j` of `probe_fast`'s sequence: Some(outcome) ends the probe.
#[inline(always)]
fn probe_slot<const TRACK_FREE: bool>(
    s: &Slot,
    j: usize,
    key: &Obj,
    hash: i64,
    freeslot: &mut Option<usize>,
) -> Option<Probe> {
    let h = s.hash;
    if h == hash {
        let Some(k) = &s.key else {
            // hash 0 and no key: the empty slot.
            return Some(Probe::Absent {
                unused: j,
                freeslot: *freeslot,
            });
        };
        let (w, kw) = (k.word(), key.word());
        if w == kw {
            return Some(Probe::Found(j));
        }
        // Two distinct tagged ints (odd words) are unequal.
        if w & kw & 1 == 0 {
            match fast_eq(k, key) {
                Some(true) => return Some(Probe::Found(j)),
                Some(false) => {}
                None => return Some(Probe::NeedsEq),
            }
        }
    } else if h == 0 {
        if s.key.is_none() {
            return Some(Probe::Absent {
                unused: j,
                freeslot: *freeslot,
            });
        }
    } else if TRACK_FREE && h == -1 && s.key.is_none() {
        *freeslot = Some(j);
    }
    None
}

/// CPython's `set_lookkey`: the slot holding `key`, or the empty slot that
/// ends its probe sequence. Returns (slot, found).
pub fn lookkey(tab: Tab<'_>, key: &Obj, hash: i64) -> PyResult<(usize, bool)> {
    // (The borrow must end before `lookkey_eq` runs Python code.)
    let probe = {
        let t = tab.get();
        if let Some(j) = t.hinted(key, hash) {
            return Ok((j, true));
        }
        probe_fast::<false>(&t.slots, key, hash)
    };
    match probe {
        Probe::Found(j) => {
            remember(tab, hash, j);
            Ok((j, true))
        }
        Probe::Absent { unused, .. } => Ok((unused, false)),
        Probe::NeedsEq => lookkey_eq(tab, key, hash),
    }
}

/// `set_lookkey` when some candidate slot's key must be compared with
/// `__eq__` (the borrow is released around each comparison).
fn lookkey_eq(tab: Tab<'_>, key: &Obj, hash: i64) -> PyResult<(usize, bool)> {
    'restart: loop {
        let mut t = tab.get();
        let mut mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = &t.slots[j];
                if s.is_empty() {
                    return Ok((j, false));
                }
                if s.key.is_some() && s.hash == hash {
                    let (t2, c) = compare_slot(tab, t, j, key, false)?;
                    t = t2;
                    match c {
                        Cmp::Equal => return Ok((j, true)),
                        Cmp::Different => mask = t.mask(),
                        Cmp::Restart => continue 'restart,
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }
}

/// Membership decided without Python code, or None when some slot's key
/// needs `__eq__` (then use `contains_entry`).
#[inline]
pub fn probe_contains(tab: Tab<'_>, key: &Obj, hash: i64) -> Option<bool> {
    let t = tab.get();
    if !t.counts.may_contain(hash) {
        return Some(false);
    }
    // The home slot decides the commonest lookups (as in `add_entry`).
    match HomeSlot::of(&t.slots[(hash as u64 as usize) & t.mask()], key, hash) {
        HomeSlot::Empty => return Some(false),
        HomeSlot::Key => return Some(true),
        HomeSlot::Other => {}
    }
    probe_contains_walk(tab, t, key, hash)
}

/// `probe_contains` past the home slot.
#[inline(never)]
fn probe_contains_walk(tab: Tab<'_>, t: TabRef<'_>, key: &Obj, hash: i64) -> Option<bool> {
    if t.hinted(key, hash).is_some() {
        return Some(true);
    }
    let probe = probe_fast::<false>(&t.slots, key, hash);
    drop(t);
    match probe {
        Probe::Found(j) => {
            remember(tab, hash, j);
            Some(true)
        }
        Probe::Absent { .. } => Some(false),
        Probe::NeedsEq => None,
    }
}

/// Hints where a mutable set's key was found (when no borrow is held).
fn remember(tab: Tab<'_>, hash: i64, j: usize) {
    if let Tab::Cell(c) = tab
        && let Ok(mut t) = c.try_borrow_mut()
    {
        t.remember(hash, j);
    }
}

/// Membership with a known hash.
pub fn contains_entry(tab: Tab<'_>, key: &Obj, hash: i64) -> PyResult<bool> {
    if !tab.get().counts.may_contain(hash) {
        return Ok(false);
    }
    Ok(lookkey(tab, key, hash)?.1)
}

/// CPython's `set_add_entry`. The probe's first slot decides the commonest
/// adds here: an empty home slot ends the probe (the key is absent and no
/// dummy was passed), and the key itself with its hash there is present.
/// A key whose `KeyCounts` bucket is empty is stored here too; the probe
/// comparing keys is `add_entry_probing`, out of line.
/// (Only the home slot's test is inlined into callers: `s.add(k)` of a
/// small int is one runtime call with no call inside when it decides.)
#[inline(always)]
pub fn add_entry(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> PyResult<()> {
    {
        let mut t = cell.borrow_mut();
        let home = (hash as u64 as usize) & t.mask();
        match HomeSlot::of(&t.slots[home], key, hash) {
            HomeSlot::Empty => {
                t.insert_at(home, None, key, hash);
                return Ok(());
            }
            HomeSlot::Key => return Ok(()),
            HomeSlot::Other => {}
        }
    }
    add_entry_away(cell, key, hash)
}

/// `add_entry` past the home slot: a key whose `KeyCounts` bucket is empty
/// is stored without comparing keys, any other walks the probe.
#[inline(never)]
pub(crate) fn add_entry_away(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> PyResult<()> {
    {
        let mut t = cell.borrow_mut();
        if !t.counts.may_contain(hash) {
            t.add_absent(key, hash);
            return Ok(());
        }
    }
    add_entry_probing(cell, key, hash)
}

/// What the first slot of a key's probe sequence (its home slot) says
/// without comparing keys.
enum HomeSlot {
    /// Empty: the probe ends here, the key is absent.
    Empty,
    /// The key itself with its hash: the probe's first comparison finds it
    /// by identity.
    Key,
    /// Another key or a dummy: walk the probe.
    Other,
}

impl HomeSlot {
    #[inline(always)]
    fn of(s: &Slot, key: &Obj, hash: i64) -> HomeSlot {
        match &s.key {
            None if s.hash == 0 => HomeSlot::Empty,
            Some(k) if s.hash == hash && k.is(key) => HomeSlot::Key,
            _ => HomeSlot::Other,
        }
    }
}

impl SetTable {
    /// Stores a key that no active slot's hash matches.
    #[inline]
    fn add_absent(&mut self, key: &Obj, hash: i64) {
        if self.hints.is_none() && self.fill != self.used && self.slots.len() <= HINTED_SIZE {
            self.hints = Some(Box::new(Hints::of(&self.slots)));
        }
        let (unused, freeslot) = match &self.hints {
            Some(h) => probe_absent_mapped(h, self.mask(), hash),
            None => probe_absent(&self.slots, hash),
        };
        self.insert_at(unused, freeslot, key, hash);
    }
}

/// `set_add_entry` for a key that may be present: its probe compares keys.
#[inline(never)]
fn add_entry_probing(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> PyResult<()> {
    {
        let mut t = cell.borrow_mut();
        if t.hinted(key, hash).is_some() {
            return Ok(());
        }
        match probe_fast::<true>(&t.slots, key, hash) {
            Probe::Found(_) => return Ok(()),
            Probe::Absent { unused, freeslot } => {
                t.insert_at(unused, freeslot, key, hash);
                return Ok(());
            }
            Probe::NeedsEq => {}
        }
    }
    let tab = Tab::Cell(cell);
    'restart: loop {
        let mut t = tab.get();
        let mut mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let found_unused = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = &t.slots[j];
                if s.is_empty() {
                    break 'probe j;
                }
                if s.key.is_some() && s.hash == hash {
                    let (t2, c) = compare_slot(tab, t, j, key, true)?;
                    t = t2;
                    match c {
                        Cmp::Equal => return Ok(()),
                        Cmp::Different => mask = t.mask(),
                        Cmp::Restart => continue 'restart,
                    }
                } else if s.is_dummy() {
                    freeslot = Some(j);
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        drop(t);
        cell.borrow_mut()
            .insert_at(found_unused, freeslot, key, hash);
        return Ok(());
    }
}

impl SetTable {
    /// The end of `set_add_entry`: stores an absent key in the last dummy
    /// slot its probe passed, else in the empty slot that ended the probe
    /// (resizing when the table gets too full).
    #[inline(always)]
    fn insert_at(&mut self, unused: usize, freeslot: Option<usize>, key: &Obj, hash: i64) {
        let slot = Slot {
            hash,
            key: Some(key.clone()),
        };
        self.counts.added(hash);
        self.heap_keys |= !key.is_small_int();
        if let Some(f) = freeslot {
            self.used += 1;
            self.slots[f] = slot;
            if let Some(h) = &mut self.hints {
                h.set(hash, f);
                h.filled(f);
            }
            return;
        }
        self.fill += 1;
        self.used += 1;
        self.slots[unused] = slot;
        if let Some(h) = &mut self.hints {
            h.set(hash, unused);
            h.filled(unused);
        }
        if self.fill() * 5 < self.mask() * 3 {
            return;
        }
        self.grow();
    }

    /// `set_add_entry`'s resize of a table that got too full.
    #[inline(never)]
    fn grow(&mut self) {
        let used = self.len();
        self.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
}

/// CPython's `set_discard_entry`: removes `key` if present, returning it
/// (drop it after releasing borrows).
#[inline(always)]
pub fn discard_entry(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> PyResult<Option<Obj>> {
    {
        let mut t = cell.borrow_mut();
        if !t.counts.may_contain(hash) {
            return Ok(None);
        }
        // The key itself at its home slot: the probe's first comparison
        // finds it by identity.
        let home = (hash as u64 as usize) & t.mask();
        if let HomeSlot::Key = HomeSlot::of(&t.slots[home], key, hash) {
            return Ok(Some(t.remove_at(home)));
        }
    }
    discard_entry_away(cell, key, hash)
}

/// `discard_entry` past the home slot.
#[inline(never)]
fn discard_entry_away(cell: &RefCell<SetTable>, key: &Obj, hash: i64) -> PyResult<Option<Obj>> {
    {
        let mut t = cell.borrow_mut();
        if let Some(j) = t.hinted(key, hash) {
            return Ok(Some(t.remove_at(j)));
        }
        match probe_fast::<false>(&t.slots, key, hash) {
            Probe::Found(j) => return Ok(Some(t.remove_at(j))),
            Probe::Absent { .. } => return Ok(None),
            Probe::NeedsEq => {}
        }
    }
    let (j, found) = lookkey_eq(Tab::Cell(cell), key, hash)?;
    if !found {
        return Ok(None);
    }
    Ok(Some(cell.borrow_mut().remove_at(j)))
}

impl SetTable {
    /// Turns active slot `j` into a dummy, returning its key.
    #[inline]
    fn remove_at(&mut self, j: usize) -> Obj {
        let old = std::mem::replace(&mut self.slots[j], Slot::DUMMY);
        if let Some(h) = &mut self.hints {
            h.emptied(j);
        }
        self.counts.removed(old.hash);
        self.used -= 1;
        old.key.expect("lookkey found an active slot")
    }
}

/// A snapshot of another table for merging: (mask, fill, used, slots).
pub struct Snapshot {
    pub mask: usize,
    pub fill: u32,
    pub used: u32,
    pub slots: Box<[Slot]>,
}

impl SetTable {
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            mask: self.mask(),
            fill: self.fill,
            used: self.used,
            slots: self.slots.clone(),
        }
    }
}

/// CPython's `set_merge(so, other)` (the caller handles `other is so`).
pub fn merge(cell: &RefCell<SetTable>, other: Snapshot) -> PyResult<()> {
    if other.used == 0 {
        return Ok(());
    }
    {
        let mut t = cell.borrow_mut();
        if (t.fill() + other.used as usize) * 5 >= t.mask() * 3 {
            let n = (t.len() + other.used as usize) * 2;
            t.resize(n);
        }
        // (The keys merged may own references.)
        t.heap_keys = true;
        if t.fill == 0 && t.mask() == other.mask && other.fill == other.used {
            // Empty target of the same size and no dummies: copy the slots.
            let old = std::mem::replace(&mut t.slots, other.slots);
            t.fill = other.fill;
            t.used = other.used;
            t.counts = KeyCounts::of(&t.slots);
            t.hints = None;
            t.generation = t.generation.wrapping_add(1);
            drop(t);
            drop(old);
            return Ok(());
        }
        if t.fill == 0 {
            t.fill = other.used;
            t.used = other.used;
            t.hints = None;
            for s in other.slots {
                if let Some(k) = s.key {
                    SetTable::insert_clean(&mut t.slots, k, s.hash);
                }
            }
            t.counts = KeyCounts::of(&t.slots);
            return Ok(());
        }
    }
    for s in &other.slots {
        if let Some(k) = &s.key {
            add_entry(cell, k, s.hash)?;
        }
    }
    Ok(())
}

/// CPython's `set_update_internal` resize step before adding `n` keys from
/// a dict.
pub fn presize_for(cell: &RefCell<SetTable>, n: usize) {
    let mut t = cell.borrow_mut();
    if (t.fill() + n) * 5 >= t.mask() * 3 {
        let m = (t.len() + n) * 2;
        t.resize(m);
    }
}

/// Resizes away dummies when more than a quarter of the slots hold them
/// (end of `set_difference_update_internal`).
pub fn shrink_dummies(cell: &RefCell<SetTable>) {
    let mut t = cell.borrow_mut();
    if t.fill() - t.len() <= t.mask() / 4 {
        return;
    }
    let used = t.len();
    t.resize(if used > 50000 { used * 2 } else { used * 4 });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::list::util::hash_i64;

    fn build(keys: &[i64]) -> RefCell<SetTable> {
        let c = RefCell::new(SetTable::default());
        for &k in keys {
            add_entry(&c, &Obj::from_small(k), hash_i64(k)).expect("no python code");
        }
        c
    }

    fn order(c: &RefCell<SetTable>) -> Vec<i64> {
        c.borrow()
            .keys()
            .iter()
            .map(|k| k.small_int().expect("small ints only"))
            .collect()
    }

    /// What CPython does for a constant set literal `{a, b, c}`: a frozenset
    /// built in source order, rebuilt from its own iteration order by the
    /// compiler's constant merging, then merged into an empty set.
    fn literal(keys: &[i64]) -> RefCell<SetTable> {
        let first = build(keys);
        let order = order(&first);
        let frozen = build(&order);
        let c = RefCell::new(SetTable::default());
        let snap = frozen.borrow().snapshot();
        merge(&c, snap).expect("no python code");
        c
    }

    #[test]
    fn int_orders_match_cpython() {
        crate::types::init();
        // PYTHONHASHSEED=0 python3 -c "print({5, 3, 17, 1000, -1, 2**40})"
        let c = literal(&[5, 3, 17, 1000, -1, 1 << 40]);
        assert_eq!(order(&c), vec![1099511627776, 17, 3, 5, 1000, -1]);
        // the same keys added one by one
        let c = build(&[5, 3, 17, 1000, -1, 1 << 40]);
        assert_eq!(order(&c), vec![1099511627776, 3, 5, 1000, 17, -1]);
        let c = build(&[20, 17, 14, 11, 8, 5, 2]);
        assert_eq!(order(&c), vec![2, 5, 8, 11, 14, 17, 20]);
        // s = set(); [s.add(i * 37 % 101) for i in range(30)]; print(list(s))
        let keys: Vec<i64> = (0..30).map(|i| i * 37 % 101).collect();
        let c = build(&keys);
        assert_eq!(
            order(&c),
            vec![
                0, 3, 6, 10, 13, 16, 20, 23, 26, 30, 33, 37, 40, 43, 47, 50, 53, 57, 60, 63, 67,
                70, 74, 77, 80, 84, 87, 90, 94, 97
            ]
        );
    }

    #[test]
    fn dummies_resizes_and_pop() {
        crate::types::init();
        // s = set(); [s.add(k) for k in [8, 16, 24, 32, 1]]; s.discard(16); s.add(40)
        let c = build(&[8, 16, 24, 32, 1]);
        discard_entry(&c, &Obj::from_small(16), 16).expect("ok");
        add_entry(&c, &Obj::from_small(40), 40).expect("ok");
        assert_eq!(order(&c), vec![32, 1, 8, 40, 24]);
        // s = {8, 16, 24, 32, 1}; s.discard(16); s.add(40)
        let c = literal(&[8, 16, 24, 32, 1]);
        discard_entry(&c, &Obj::from_small(16), 16).expect("ok");
        add_entry(&c, &Obj::from_small(40), 40).expect("ok");
        assert_eq!(order(&c), vec![32, 1, 8, 24, 40]);
        // s = set(); [s.add(k) for k in [3, 1, 2, 9, 17, 25]]; [s.pop() ...]
        let c = build(&[3, 1, 2, 9, 17, 25]);
        let mut popped = Vec::new();
        while let Some(k) = c.borrow_mut().pop() {
            popped.push(k.small_int().expect("int"));
        }
        assert_eq!(popped, vec![1, 2, 3, 9, 17, 25]);
        // add range(0, 1000, 7), discard range(0, 1000, 21), update(range(3, 300, 5))
        let keys: Vec<i64> = (0..1000).step_by(7).collect();
        let c = build(&keys);
        for k in (0..1000).step_by(21) {
            discard_entry(&c, &Obj::from_small(k), hash_i64(k)).expect("ok");
        }
        for k in (3..300).step_by(5) {
            add_entry(&c, &Obj::from_small(k), hash_i64(k)).expect("ok");
        }
        let expected = [
            3, 518, 7, 8, 13, 14, 18, 532, 23, 539, 28, 33, 35, 38, 553, 43, 560, 49, 48, 53, 56,
            58, 574, 63, 68, 581, 70, 73, 77, 78, 595, 83, 88, 602, 91, 93, 98, 103, 616, 108, 623,
            112, 113, 118, 119, 123, 637, 128, 644, 133, 138, 140, 143, 658, 148, 665, 154, 153,
            158, 161, 163, 679, 168, 173, 686, 175, 178, 182, 183, 700, 188, 193, 707, 196, 198,
            203, 208, 721, 213, 728, 217, 218, 223, 224, 228, 742, 233, 749, 238, 243, 245, 248,
            763, 253, 770, 259, 258, 263, 266, 268, 784, 273, 278, 791, 280, 283, 287, 288, 805,
            293, 298, 812, 301, 308, 826, 833, 322, 329, 847, 854, 343, 350, 868, 875, 364, 371,
            889, 896, 385, 392, 910, 917, 406, 413, 931, 938, 427, 434, 952, 959, 448, 455, 973,
            980, 469, 476, 994, 490, 497, 511,
        ];
        assert_eq!(order(&c), expected.to_vec());
    }

    /// The hints' bitmaps stay exact under add/discard/pop churn.
    #[test]
    fn hint_bitmaps_stay_exact() {
        crate::types::init();
        let c = RefCell::new(SetTable::default());
        let mut x: i64 = 7;
        let mut mapped = 0;
        for step in 0..5000 {
            x = (x * 1103515245 + 12345) % 2147483648;
            let k = (x >> 8) % 90 - 20;
            if step % 97 == 0 {
                let popped = c.borrow_mut().pop();
                drop(popped);
            } else if x & 1 == 0 {
                add_entry(&c, &Obj::from_small(k), hash_i64(k)).expect("ok");
            } else {
                let old = discard_entry(&c, &Obj::from_small(k), hash_i64(k)).expect("ok");
                drop(old);
            }
            let t = c.borrow();
            if let Some(h) = &t.hints {
                let exact = Hints::of(&t.slots);
                assert!(
                    h.empty == exact.empty && h.dummy == exact.dummy,
                    "step {step}"
                );
                for probe in -40..300 {
                    let hash = hash_i64(probe);
                    let walked = probe_absent(&t.slots, hash);
                    assert_eq!(walked, probe_absent_mapped(h, t.mask(), hash));
                }
                mapped += 1;
            }
        }
        assert!(mapped > 1000, "the churn keeps hints: {mapped}");
    }

    #[test]
    fn frozenset_hashes_match_cpython() {
        crate::types::init();
        // python3 -c "print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))"
        let c = build(&[]);
        assert_eq!(c.borrow().compute_hash(), 133146708735736);
        let c = build(&[1, 2, 3]);
        assert_eq!(c.borrow().compute_hash(), -272375401224217160);
        let keys: Vec<i64> = (0..100).collect();
        let c = build(&keys);
        assert_eq!(c.borrow().compute_hash(), 4411996150312757951);
        // hash(frozenset([-1, -2, 2**61, 2**62])): hashes -2, -2, 1, 2
        let c = RefCell::new(SetTable::default());
        for (k, h) in [(-1, -2), (-2, -2), (1 << 61, 1), ((1 << 62) - 1, 2)] {
            add_entry(&c, &Obj::from_small(k), h).expect("ok");
        }
        // (2**62 stands in for a key whose hash is 2; keys with equal hash
        // but different values stay distinct.)
        assert_eq!(c.borrow().len(), 4);
        assert_eq!(c.borrow().compute_hash(), -1826838683770594815);
    }

    fn build_strs(words: &[&str]) -> RefCell<SetTable> {
        let c = RefCell::new(SetTable::default());
        for w in words {
            let k = crate::types::str::new_str(w);
            let h = crate::types::list::util::key_hash(&k).expect("str hash");
            add_entry(&c, &k, h).expect("strs compare without Python code");
        }
        c
    }

    fn str_order(c: &RefCell<SetTable>) -> Vec<String> {
        c.borrow()
            .keys()
            .iter()
            .map(|k| crate::types::str::as_str(k).unwrap_or("?").to_string())
            .collect()
    }

    #[test]
    fn str_orders_match_cpython() {
        crate::types::init();
        let words: Vec<&str> =
            "the quick brown fox jumps over the lazy dog and then some more words appear here"
                .split(' ')
                .collect();
        let c = build_strs(&words);
        assert_eq!(
            str_order(&c),
            [
                "more", "and", "brown", "fox", "then", "some", "words", "the", "appear", "over",
                "here", "quick", "jumps", "lazy", "dog"
            ]
        );
        assert_eq!(c.borrow().compute_hash(), 2426485399561585726);
        let chars: Vec<String> = "mississippi".chars().map(String::from).collect();
        let refs: Vec<&str> = chars.iter().map(|s| s.as_str()).collect();
        assert_eq!(str_order(&build_strs(&refs)), ["p", "m", "s", "i"]);
        let chars: Vec<String> = "hello world".chars().map(String::from).collect();
        let refs: Vec<&str> = chars.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            str_order(&build_strs(&refs)),
            [" ", "d", "r", "h", "o", "e", "w", "l"]
        );
        // {"apple", "banana", "cherry"}: a frozenset constant merged into a new set.
        let first = build_strs(&["apple", "banana", "cherry"]);
        let first_order = str_order(&first);
        let refs: Vec<&str> = first_order.iter().map(|s| s.as_str()).collect();
        let frozen = build_strs(&refs);
        let c = RefCell::new(SetTable::default());
        merge(&c, frozen.borrow().snapshot()).expect("ok");
        assert_eq!(str_order(&c), ["banana", "cherry", "apple"]);
        assert_eq!(
            str_order(&str_literal(&[
                "red", "green", "blue", "cyan", "magenta", "yellow"
            ])),
            ["red", "yellow", "blue", "cyan", "magenta", "green"]
        );
        assert_eq!(
            str_order(&str_literal(&[
                "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"
            ])),
            ["d", "f", "g", "h", "k", "b", "i", "c", "a", "j", "e"]
        );
        assert_eq!(
            order(&literal(&[10, 20, 30, 40, 50, 60, 70, 80])),
            [70, 40, 10, 80, 50, 20, 60, 30]
        );
    }

    fn str_literal(words: &[&str]) -> RefCell<SetTable> {
        let first = build_strs(words);
        let order = str_order(&first);
        let refs: Vec<&str> = order.iter().map(|s| s.as_str()).collect();
        let frozen = build_strs(&refs);
        let c = RefCell::new(SetTable::default());
        merge(&c, frozen.borrow().snapshot()).expect("ok");
        c
    }
}
