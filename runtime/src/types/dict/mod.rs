//! `dict`: a compact, insertion-ordered hash table laid out like CPython's
//! (a dense entries vector plus an open-addressing index table probed with
//! CPython's perturbation scheme), the Rust-level API the rest of the runtime
//! uses (`get_str`/`set_str` never run Python code). Merging and updating
//! live in `merge`, Python-visible methods in `methods`, the key/value/item
//! views in `views`.
//!
//! Lookups that must compare keys with `__eq__` release the table borrow
//! first and restart if the table changed meanwhile, as CPython does.
//! Exact str keys (attribute names) are probed without `__eq__` unless a
//! non-str key with the same hash is met. Freed small exact dicts are kept
//! for reuse (`recycle`), as in CPython's dict free list.

mod counter;
mod merge;
mod methods;
mod pairs;
mod views;

pub use counter::add_small_int;
pub use merge::{MergeMode, merge, merge_from_seq2, update_arg};
pub use methods::{dict_repr, getitem, richcompare};
pub use pairs::{contains_pair, get_pair};
pub use views::{new_view, view_dict, view_kind};

use super::list::util::{self, fast_eq};
use crate::errors::{Exc, PyErr, PyResult, key_error};
use crate::object::free_stacks::FreeStacks;
use crate::object::{Obj, Payload};
use crate::types::iter::DictKind;
use crate::types::{self, builtin};
use std::cell::RefCell;

const EMPTY: u32 = crate::abi::DICT_INDEX_EMPTY;
const DUMMY: u32 = crate::abi::DICT_INDEX_DUMMY;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = crate::abi::DICT_PERTURB_SHIFT as u32;

/// The payload of dicts.
#[derive(Default)]
pub struct DictTable {
    /// Entries in insertion order as (hash, key, value); deleted entries are
    /// None. Read-only outside this module (the index table refers to it).
    pub entries: Vec<Option<(i64, Obj, Obj)>>,
    /// Number of live entries.
    pub len: usize,
    /// Open-addressing index table (a power of two long, or empty before the
    /// first insertion): positions in `entries`, EMPTY or DUMMY.
    indices: Box<[u32]>,
    /// Changed whenever a key is added or removed, a value is replaced or
    /// the table is rebuilt, so lookups that ran Python code can notice and
    /// restart. Every change takes a fresh number from a global counter, so
    /// a version identifies one state of one dict (0: never modified):
    /// caches of lookups (globals, builtins) need no other key.
    version: u64,
    /// CPython's dict keys version: changed (to a fresh `version` number)
    /// whenever a key is added or removed, the entries move (resize,
    /// compaction) or the table is emptied, but not when the value of an
    /// existing key is replaced. While it holds, every key stays at its
    /// entry index and the entry stays at its address: `LOAD_GLOBAL` and
    /// `STORE_GLOBAL` sites keep the address of a value word
    /// (`abi::DICT_KEYS_VERSION_OFFSET`).
    keys_version: u64,
}

/// What a probe finds: Ok((slot, entry index)) for a present key, else
/// Err with the first EMPTY or DUMMY slot of its probe sequence, where the
/// key would go (None before the first insertion), valid until the table
/// next changes.
type Probed = Result<(usize, usize), Option<usize>>;

/// Whether two texts (of keys with equal hashes, so nearly always equal)
/// are the same bytes: up to 16 bytes are compared with two overlapping
/// loads of each instead of a `memcmp` call.
#[inline(always)]
fn same_text(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if std::ptr::eq(a.as_ptr(), b.as_ptr()) {
        return true;
    }
    let word = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"));
    let half = |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().expect("4 bytes"));
    match n {
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        // The first, middle and last bytes cover every position of 1 to 3.
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        0 => true,
        _ => a == b,
    }
}

/// Whether `k`, the key of an entry with the probed hash but not the
/// object `same`, is a str with the text `key` (see `DictTable::probe_str`):
/// None when the walk must stop (a key of another type, or a str subclass
/// that may override `__eq__`, met by a walk for the exact str `same`).
/// Inlined into the probe loop: keys made anew (`w[:2]`, words built by
/// concatenation) are decided here on most hits; both types are read from
/// the object headers (no registry lookup to hoist out of the loop).
#[inline(always)]
fn str_key_matches(k: &Obj, key: &str, same: u64, skip_others: bool) -> Option<bool> {
    let (Some(kh), Payload::Str(p)) = (k.heap(), k.payload()) else {
        return skip_others.then_some(false);
    };
    // `same` is an exact str: its type is str's.
    if !skip_others && Obj::borrow(&same).heap().map(|h| h.ty_word()) != Some(kh.ty_word()) {
        return None;
    }
    Some(same_text(p.s.as_bytes(), key.as_bytes()))
}

/// The next slot of CPython's probe sequence after slot `i` (open
/// addressing with the hash's high bits, `perturb`, mixed in).
#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

/// Index tables of at least this many slots (64 KiB) outgrow the L1 and L2
/// caches: their probes start by prefetching the second slot (see
/// `prefetch_second_slot`).
const PREFETCH_SLOTS: usize = 1 << 14;

/// Starts loading the index slot that follows `hash`'s first slot on its
/// probe sequence. In a big table both slots are cache misses, and the
/// second is needed when the first holds another key (often: tables are
/// up to two thirds full); loading it in parallel with the first slot and
/// that key's entry takes one memory latency off the walk.
#[inline(always)]
fn prefetch_second_slot(indices: &[u32], hash: i64, mask: usize) {
    if indices.len() >= PREFETCH_SLOTS {
        let mut perturb = hash as u64;
        let second = next_slot((hash as u64 as usize) & mask, &mut perturb, mask);
        prefetch(&indices[second]);
    }
}

/// A hint that `*p` is about to be read (no effect on other targets).
#[inline(always)]
fn prefetch<T>(p: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch never faults and `p` is a valid reference;
        // SSE is part of the x86_64 baseline.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((p as *const T).cast::<i8>()) };
    }
}

/// Index tables of at least this many slots (2 MiB) ask for huge pages.
const HUGE_PAGE_SLOTS: usize = 1 << 19;

/// A new index table of `size` slots, all EMPTY. A big one is backed by
/// huge pages where the system allows: its probes land anywhere in it, so
/// with small pages nearly every probe also misses the TLB.
fn new_indices(size: usize) -> Box<[u32]> {
    let mut v = Vec::with_capacity(size);
    if size >= HUGE_PAGE_SLOTS {
        advise_huge_pages(v.spare_capacity_mut());
    }
    v.resize(size, EMPTY);
    v.into_boxed_slice()
}

/// Asks the kernel to back the whole pages of `buf` (not yet written)
/// with transparent huge pages (Linux's `madvise(MADV_HUGEPAGE)`, a hint
/// that may be ignored).
#[cfg(target_os = "linux")]
fn advise_huge_pages<T>(buf: &mut [std::mem::MaybeUninit<T>]) {
    const PAGE: usize = 4096;
    const MADV_HUGEPAGE: i32 = 14;
    unsafe extern "C" {
        fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
    }
    let start = buf.as_mut_ptr() as usize;
    let end = start + std::mem::size_of_val(buf);
    let first = start.next_multiple_of(PAGE);
    if end > first + PAGE {
        let len = (end - first) / PAGE * PAGE;
        // SAFETY: the range is whole pages inside `buf`, which this table
        // owns; the advice changes how the kernel backs them, never their
        // contents, and a failure (ignored) leaves them as they were.
        unsafe { madvise(first as *mut std::ffi::c_void, len, MADV_HUGEPAGE) };
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge_pages<T>(_buf: &mut [std::mem::MaybeUninit<T>]) {}

/// A dict version never handed out before.
///
/// A program runs on one thread, and generated code bumps the counter with
/// a plain load and store as well: a locked read-modify-write would cost
/// more than the rest of an insertion. Unit tests run on parallel threads
/// and keep the atomic increment.
#[inline]
fn next_version() -> u64 {
    use std::sync::atomic::Ordering::Relaxed;
    let c = crate::types::counter(crate::abi::COUNTER_DICT_VERSION);
    if cfg!(test) {
        return c.fetch_add(1, Relaxed);
    }
    let v = c.load(Relaxed);
    c.store(v + 1, Relaxed);
    v
}

/// Index tables of at least this many slots (256 KiB) outgrow the L2
/// cache, so each probed slot and the entry it points to cost a memory
/// access: such tables are kept at most a third full (CPython's two
/// thirds elsewhere), which halves the slots a failed lookup probes past.
/// Iteration follows the entries, so a table's size is never visible.
const SPARSE_SLOTS: usize = 1 << 16;

/// The index-table size of a table with room for `n` keys.
fn slots_for(n: usize) -> usize {
    let size = (n * 3).div_ceil(2).next_power_of_two().max(MIN_SIZE);
    if size < SPARSE_SLOTS {
        size
    } else {
        (n * 3 + 1).next_power_of_two()
    }
}

/// The number of keys an index table of `size` slots accepts (CPython's
/// USABLE_FRACTION, lower for big tables: see `SPARSE_SLOTS`).
fn usable_in(size: usize) -> usize {
    if size < SPARSE_SLOTS {
        (size << 1) / 3
    } else {
        size / 3
    }
}

/// The index slot `i` of a probe sequence (`i` is masked by the table's
/// length less one, a power of two less one: always in range).
#[inline(always)]
fn slot_at(indices: &[u32], i: usize) -> u32 {
    debug_assert!(i < indices.len());
    // SAFETY: `i & mask` with `mask = indices.len() - 1` for a non-empty
    // table whose length is a power of two is below the length.
    unsafe { *indices.get_unchecked(i) }
}

/// The live entry at position `ix`, read from an index slot that is
/// neither EMPTY nor DUMMY.
#[inline(always)]
fn slot_entry(entries: &[Option<(i64, Obj, Obj)>], ix: u32) -> &(i64, Obj, Obj) {
    debug_assert!(matches!(entries.get(ix as usize), Some(Some(_))));
    // SAFETY: an index slot other than EMPTY and DUMMY holds the position
    // of a live entry: insertions push the entry before its slot refers to
    // it, `remove_at` makes the slot DUMMY as it takes the entry, and
    // `resize`, `take_all` and `recycle` rebuild or empty both together
    // (`pop_last` drops only trailing entries no slot refers to).
    unsafe {
        entries
            .get_unchecked(ix as usize)
            .as_ref()
            .unwrap_unchecked()
    }
}

/// The live entry at position `ix`, found by a probe of the table that
/// holds `entries` (which has not changed since), for replacing its value.
#[inline(always)]
fn slot_entry_mut(entries: &mut [Option<(i64, Obj, Obj)>], ix: usize) -> &mut (i64, Obj, Obj) {
    debug_assert!(matches!(entries.get(ix), Some(Some(_))));
    // SAFETY: as in `slot_entry`: a probe returns the position of a live
    // entry, and the table is unchanged since.
    unsafe { entries.get_unchecked_mut(ix).as_mut().unwrap_unchecked() }
}

/// The walk of `hash`'s probe sequence in the table `$table` shared by the
/// probes that need no `__eq__` (`probe_str`, `probe_native`): evaluates to
/// `Some(Ok((slot, entry)))` at the first live entry for which `$hit`
/// holds (`$h`, `$k`: its hash and key), else `Some(Err(free))` with the
/// slot an insertion takes (None for an empty table). `$hit` may return
/// None from the enclosing function with `?` (a key that needs `__eq__`).
/// A macro, not a function taking a closure: the walk stays one loop in
/// the lookup it is expanded into (a closure cost `get_item` 6
/// instructions per call).
macro_rules! probe_walk {
    ($table:expr, $hash:expr, |$h:ident, $k:ident| $hit:expr) => {{
        let (indices, entries) = (&*$table.indices, &*$table.entries);
        if indices.is_empty() {
            return Some(Err(None));
        }
        let mask = indices.len() - 1;
        prefetch_second_slot(indices, $hash, mask);
        let mut perturb = $hash as u64;
        let mut i = ($hash as u64 as usize) & mask;
        let mut free = None;
        loop {
            let ix = slot_at(indices, i);
            if ix == EMPTY {
                return Some(Err(Some(free.unwrap_or(i))));
            }
            if ix == DUMMY {
                free = free.or(Some(i));
            } else {
                let ($h, $k, _) = slot_entry(entries, ix);
                if $hit {
                    return Some(Ok((i, ix as usize)));
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }};
}

impl DictTable {
    /// A table with room for `n` keys before it has to grow.
    pub fn with_capacity(n: usize) -> DictTable {
        if n == 0 {
            return DictTable::default();
        }
        let size = slots_for(n);
        DictTable {
            entries: Vec::with_capacity(n),
            len: 0,
            indices: new_indices(size),
            version: 0,
            keys_version: 0,
        }
    }

    /// Number of entries the index table accepts before growing (CPython's
    /// USABLE_FRACTION).
    fn usable(&self) -> usize {
        usable_in(self.indices.len())
    }

    /// The modification stamp: changes with every mutation, and no two
    /// states of any dicts share one (except 0, never modified).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The keys version (see the field).
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// Records a change of the keys or of where the entries live: a new
    /// version and keys version.
    #[inline]
    fn keys_changed(&mut self) {
        self.version = next_version();
        self.keys_version = self.version;
    }

    /// The address of the value word of the live entry `ix`, valid while
    /// the keys version holds (generated code reads and replaces it).
    pub fn value_addr(&self, ix: usize) -> Option<u64> {
        let (_, _, v) = self.entries.get(ix)?.as_ref()?;
        Some(v as *const Obj as u64)
    }

    /// Where the version lives (for the `abi::DICT_VERSION_OFFSET` check).
    #[cfg(test)]
    pub(crate) fn version_ptr(&self) -> *const u64 {
        &self.version
    }

    /// Where the keys version lives (`abi::DICT_KEYS_VERSION_OFFSET`).
    #[cfg(test)]
    pub(crate) fn keys_version_ptr(&self) -> *const u64 {
        &self.keys_version
    }

    /// The index table's field, its items and length (for the
    /// `abi::DICT_INDICES_*` check).
    #[cfg(test)]
    pub(crate) fn indices_layout(&self) -> (usize, usize, usize) {
        let field = &self.indices as *const Box<[u32]> as usize;
        (field, self.indices.as_ptr() as usize, self.indices.len())
    }

    /// Live (key, value) pairs in order.
    pub fn iter(&self) -> impl Iterator<Item = (&Obj, &Obj)> {
        self.entries.iter().flatten().map(|(_, k, v)| (k, v))
    }

    /// Finds the slot and entry index of a str key by its text (keys of
    /// other types are passed over).
    fn find_str(&self, hash: i64, key: &str) -> Option<(usize, usize)> {
        self.probe_str(hash, key, 0, true)?.ok()
    }

    /// `find_str` for a key whose lookup must not call `__eq__`, also
    /// matching an entry whose key is the object `same` (an exact str with
    /// the text `key`) without reading it (attribute names are usually the
    /// very objects stored as keys): None when the probe meets a key of
    /// another type with the same hash, str subclasses included (which
    /// might compare equal: the caller takes the generic path). A missing
    /// key comes with the slot it would take, as from `probe`.
    #[inline(always)]
    fn find_str_only(&self, hash: i64, key: &str, same: u64) -> Option<Probed> {
        self.probe_str(hash, key, same, false)
    }

    /// Walks the probe sequence of `hash` for a str key equal to `key` (or
    /// the object `same`, an exact str, or 0). A non-str key with the same
    /// hash is passed over (`skip_others`) or ends the walk with None.
    /// Inlined into the lookups of exact str keys (`get_item`, `contains`,
    /// `set_str_hinted`, …): one function from the call to the answer.
    #[inline(always)]
    fn probe_str(&self, hash: i64, key: &str, same: u64, skip_others: bool) -> Option<Probed> {
        // The very object probed for (an interned name, a key taken from
        // this dict) is the usual hit: no text read.
        probe_walk!(self, hash, |h, k| *h == hash
            && (k.word() == same || str_key_matches(k, key, same, skip_others)?))
    }

    /// The walk of `probe` while no key met needs `__eq__` (None at the
    /// first that does): identity, then the hash, then `native_eq`.
    #[inline(always)]
    fn probe_native(&self, key: &Obj, hash: i64) -> Option<Probed> {
        probe_walk!(self, hash, |h, k| k.is(key)
            || (*h == hash && native_eq(k, key)?))
    }

    /// Finds the slot holding entry `ix` (whose hash is `hash`).
    fn slot_of(&self, hash: i64, ix: usize) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let v = self.indices[i];
            if v == EMPTY {
                return None;
            }
            if v as usize == ix {
                return Some(i);
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// The first EMPTY or DUMMY slot on the probe sequence of `hash`.
    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DUMMY {
                return i;
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// Rebuilds the index table with at least `minsize` slots, compacting
    /// the entries (deleted ones are dropped).
    fn resize(&mut self, minsize: usize) {
        let size = minsize.max(MIN_SIZE).next_power_of_two();
        if self.len != self.entries.len() {
            self.entries.retain(|e| e.is_some());
        }
        self.indices = new_indices(size);
        if size >= HUGE_PAGE_SLOTS {
            // Room for every key the table accepts (as CPython allocates
            // its entries), the part not yet written on huge pages.
            let room = usable_in(size);
            self.entries
                .reserve_exact(room.saturating_sub(self.entries.len()));
            advise_huge_pages(self.entries.spare_capacity_mut());
        }
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let Some((hash, _, _)) = e else { continue };
            let mut perturb = *hash as u64;
            let mut i = (*hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            self.indices[i] = ix as u32;
        }
        self.keys_changed();
    }

    /// Adds a key known to be absent.
    #[inline]
    fn insert_absent(&mut self, hash: i64, key: Obj, value: Obj) {
        if self.entries.len() >= self.usable() {
            // CPython 3.11's GROWTH_RATE (a table of used * 3 slots: room
            // for twice the keys), doubled again for sparse tables.
            self.resize(slots_for(self.len * 2));
        }
        let slot = self.find_empty_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some((hash, key, value)));
        self.len += 1;
        self.keys_changed();
    }

    /// `insert_absent` into `free`, the slot `probe` found for the key
    /// (no second walk of the probe sequence unless the table must grow).
    #[inline]
    fn insert_absent_at(&mut self, free: Option<usize>, hash: i64, key: Obj, value: Obj) {
        match free {
            Some(slot) if self.entries.len() < self.usable() => {
                self.indices[slot] = self.entries.len() as u32;
                self.entries.push(Some((hash, key, value)));
                self.len += 1;
                self.keys_changed();
            }
            _ => self.insert_absent(hash, key, value),
        }
    }

    /// Removes the entry at `ix` stored in `slot`, returning its key and value
    /// (drop them after releasing the borrow).
    fn remove_at(&mut self, slot: usize, ix: usize) -> Option<(Obj, Obj)> {
        let (_, k, v) = self.entries.get_mut(ix)?.take()?;
        self.indices[slot] = DUMMY;
        self.len -= 1;
        self.keys_changed();
        Some((k, v))
    }

    /// Empties the table, returning the old entries (drop them after
    /// releasing the borrow).
    pub(crate) fn take_all(&mut self) -> Vec<Option<(i64, Obj, Obj)>> {
        self.indices = Box::default();
        self.len = 0;
        self.keys_changed();
        std::mem::take(&mut self.entries)
    }

    /// A copy holding the same entries (compacted).
    fn clone_table(&self) -> DictTable {
        let mut t = DictTable::with_capacity(self.len);
        for (h, k, v) in self.entries.iter().flatten() {
            t.insert_absent(*h, k.clone(), v.clone());
        }
        t
    }

    /// The entry at position `pos` if live, with its hash.
    pub fn entry(&self, pos: usize) -> Option<(i64, Obj, Obj)> {
        self.entries
            .get(pos)
            .and_then(|e| e.as_ref())
            .map(|(h, k, v)| (*h, k.clone(), v.clone()))
    }

    /// Number of entry positions (live or deleted).
    pub fn positions(&self) -> usize {
        self.entries.len()
    }
}

/// The table of a dict (or dict subclass instance).
pub fn table(d: &Obj) -> Option<&RefCell<DictTable>> {
    match d.payload() {
        Payload::Dict(t) => Some(t),
        _ => None,
    }
}

fn table_or_err(d: &Obj) -> PyResult<&RefCell<DictTable>> {
    table(d).ok_or_else(|| {
        PyErr::new(
            Exc::SystemError,
            format!("expected a dict, got '{}'", types::type_name_of(d)),
        )
    })
}

/// Is `v` a dict or dict subclass instance?
pub fn is_dict(v: &Obj) -> bool {
    matches!(v.payload(), Payload::Dict(_))
}

/// A new empty dict.
pub fn new_dict() -> Obj {
    Obj::new(
        &builtin().dict,
        Payload::Dict(RefCell::new(DictTable::default())),
    )
}

/// Index-table sizes of the freed exact dicts kept for reuse (room for
/// up to 5 and 10 keys: most instance dicts).
const REUSED_SLOTS: [usize; 2] = [MIN_SIZE, 2 * MIN_SIZE];
/// Most freed dicts kept per size (CPython keeps 80 in its free list).
const MAX_FREE_DICTS: usize = 80;

thread_local! {
    /// Freed exact dicts, emptied but with their tables, for
    /// `new_dict_with_capacity` (CPython's dict free list): a stack per
    /// size in `REUSED_SLOTS`.
    static FREE_DICTS: FreeStacks<{ REUSED_SLOTS.len() }, MAX_FREE_DICTS> =
        const { FreeStacks::new() };
}

/// Keeps `o` (word `w`), an object whose refcount just reached zero, for
/// reuse when it is an exact dict of a reused size and the free list has
/// room: its keys and values are released (in order, as freeing it would),
/// its tables kept. Returns false when the caller must free it.
pub(crate) fn recycle(o: &crate::object::PyObject, w: u64) -> bool {
    let Payload::Dict(t) = &o.payload else {
        return false;
    };
    if o.ty.get() != builtin().dict.word() || o.dict.get() != 0 {
        return false;
    }
    let (size, cap) = match t.try_borrow() {
        Ok(tb) => (tb.indices.len(), tb.entries.capacity()),
        Err(_) => return false,
    };
    let Some(class) = REUSED_SLOTS.iter().position(|&n| n == size) else {
        return false;
    };
    // (A table that shrank after many deletions keeps a long entries
    // buffer: not worth keeping.)
    if cap > size || !FREE_DICTS.with(|f| f.has_room(class)) {
        return false;
    }
    {
        // Releasing the entries may run finalizers, but nothing can reach
        // a dict whose refcount is zero (the cycle collector skips it), so
        // the borrow is held meanwhile.
        let mut tb = t.borrow_mut();
        tb.entries.clear();
        tb.len = 0;
        tb.indices.fill(EMPTY);
        // Version 0 means "never modified": an empty table, like a new one.
        tb.version = 0;
        tb.keys_version = 0;
    }
    FREE_DICTS.with(|f| {
        // A finalizer may have filled the list meanwhile: then the caller
        // frees the dict after all.
        if !f.has_room(class) {
            return false;
        }
        o.refcnt.set(1);
        f.push(class, w);
        true
    })
}

/// A freed dict kept by `recycle` with room for `n` keys, if any.
fn reuse(n: usize) -> Option<Obj> {
    let class = REUSED_SLOTS.iter().position(|&s| s == slots_for(n))?;
    let d = Obj::from_word(FREE_DICTS.with(|f| f.pop(class))?)?;
    // A new dict to the cycle collector: generation 0.
    if let Some(h) = d.heap() {
        crate::object::pool::mark_young(h);
    }
    if let Payload::Dict(t) = d.payload() {
        let mut tb = t.borrow_mut();
        if tb.entries.capacity() < n {
            tb.entries.reserve_exact(n);
        }
    }
    Some(d)
}

/// A new empty dict with room for `n` keys.
pub fn new_dict_with_capacity(n: usize) -> Obj {
    if n > 0
        && let Some(d) = reuse(n)
    {
        return d;
    }
    Obj::new(
        &builtin().dict,
        Payload::Dict(RefCell::new(DictTable::with_capacity(n))),
    )
}

/// A new empty instance of `cls` (dict or a dict subclass).
pub fn new_dict_of_type(cls: &Obj) -> Obj {
    Obj::new(cls, Payload::Dict(RefCell::new(DictTable::default())))
}

/// A dict from (key, value) pairs; later duplicates overwrite earlier ones.
pub fn new_dict_from(pairs: Vec<(Obj, Obj)>) -> PyResult<Obj> {
    let d = new_dict_with_capacity(pairs.len());
    for (k, v) in pairs {
        set_item(&d, &k, v)?;
    }
    Ok(d)
}

/// Number of items.
pub fn len(d: &Obj) -> usize {
    table(d).map(|t| t.borrow().len).unwrap_or(0)
}

/// Looks up a str key by its text (never calls Python code).
pub fn get_str(d: &Obj, key: &str) -> Option<Obj> {
    let t = table(d)?.borrow();
    let hash = util::hash_text(key);
    let (_, ix) = t.find_str(hash, key)?;
    t.entries[ix].as_ref().map(|(_, _, v)| v.clone())
}

/// `get_str` with the key's hash precomputed (`list::util::hash_text`), for
/// hot paths that look the same name up in several dicts.
pub fn get_str_hashed(d: &Obj, key: &str, hash: i64) -> Option<Obj> {
    let t = table(d)?.borrow();
    let (_, ix) = t.find_str(hash, key)?;
    t.entries[ix].as_ref().map(|(_, _, v)| v.clone())
}

/// Where the value of the exact str key `key` lives in `d`, found without
/// running Python code: Some(Some((keys version, address of the value
/// word))) when present, Some(None) when absent, None when that takes
/// `__eq__` (or `d` is not a dict, or is borrowed).
pub fn str_value_slot(d: &Obj, key: &Obj) -> Option<Option<(u64, u64)>> {
    let Payload::Str(p) = key.payload() else {
        return None;
    };
    if !util::exact(key, &builtin().str_) {
        return None;
    }
    let tb = table(d)?.try_borrow().ok()?;
    match tb.find_str_only(util::hash_pystr(p), &p.s, key.word())? {
        Ok((_, ix)) => Some(Some((tb.keys_version, tb.value_addr(ix)?))),
        Err(_) => Some(None),
    }
}

/// Sets a str key (never calls Python code).
pub fn set_str(d: &Obj, key: &str, value: Obj) {
    let Some(t) = table(d) else { return };
    // Keys are interned once the str type exists, so that generated code's
    // (interned) attribute names find them by identity; an interned str
    // already carries its hash.
    let interned = types::builtins_ready().then(|| types::str::intern(key));
    let hash = match interned.as_ref().map(Obj::payload) {
        Some(Payload::Str(p)) if p.hash.get() != -1 => p.hash.get(),
        _ => util::hash_text(key),
    };
    let old;
    {
        let mut t = t.borrow_mut();
        if let Some((_, ix)) = t.find_str(hash, key) {
            let Some(e) = t.entries[ix].as_mut() else {
                return;
            };
            old = std::mem::replace(&mut e.2, value);
            t.version = next_version();
        } else {
            let k = interned.unwrap_or_else(|| types::str::new_str(key));
            if let Payload::Str(p) = k.payload() {
                p.hash.set(hash);
            }
            t.insert_absent(hash, k, value);
            return;
        }
    }
    drop(old);
}

/// Removes a str key (never calls Python code); returns the old value.
pub fn del_str(d: &Obj, key: &str) -> Option<Obj> {
    let t = table(d)?;
    let hash = util::hash_text(key);
    let removed = {
        let mut t = t.borrow_mut();
        let (slot, ix) = t.find_str(hash, key)?;
        t.remove_at(slot, ix)
    };
    removed.map(|(_, v)| v)
}

/// The hash of a dict key (`list::util::key_hash`), with the usual
/// keys hashed here: a small int, an exact str with its hash cached, and
/// an exact tuple of up to four small ints and exact strs (`(i, j)`,
/// `(name, n)`), which gets CPython's tuple hash of its items' hashes in
/// one pass, without a call per item. The commonest (a small int, a
/// cached str hash, a pair of small ints) are inlined into the lookups;
/// the rest is out of line, so that they set up no frame for it.
#[inline(always)]
fn key_hash(key: &Obj) -> PyResult<i64> {
    if let Some(i) = key.small_int() {
        return Ok(types::int::hash_i64(i));
    }
    match key.payload() {
        Payload::Str(p) if p.hash.get() != -1 && key.ty_word() == builtin().str_.word() => {
            Ok(p.hash.get())
        }
        // The commonest tuple key: a pair of small ints (coordinates, `(i, j)`).
        Payload::Tuple(items)
            if let [a, b] = &items[..]
                && let (Some(x), Some(y)) = (a.small_int(), b.small_int())
                && key.ty_word() == builtin().tuple.word() =>
        {
            let hashes = [types::int::hash_i64(x), types::int::hash_i64(y)];
            Ok(types::tuple::hash_of_hashes(hashes.into_iter()))
        }
        _ => key_hash_slow(key),
    }
}

/// `key_hash` for the keys it does not inline.
#[inline(never)]
fn key_hash_slow(key: &Obj) -> PyResult<i64> {
    if let Payload::Tuple(items) = key.payload()
        && items.len() <= 4
        && key.ty_word() == builtin().tuple.word()
    {
        let str_ty = builtin().str_.word();
        let mut hashes = [0i64; 4];
        let mut fast = true;
        for (h, x) in hashes.iter_mut().zip(items.iter()) {
            *h = match x.small_int() {
                Some(i) => types::int::hash_i64(i),
                None => match x.payload() {
                    Payload::Str(p) if x.ty_word() == str_ty => util::hash_pystr(p),
                    _ => {
                        fast = false;
                        break;
                    }
                },
            };
        }
        if fast {
            return Ok(types::tuple::hash_of_hashes(
                hashes[..items.len()].iter().copied(),
            ));
        }
    }
    util::key_hash(key)
}

/// Whether `k`, the key of an entry with the probed hash, equals `key`
/// when no Python code can tell (None: `__eq__` must). Two exact tuples
/// holding the very same items (`(i, j)` built again to look up a key
/// made the same way) are equal without a call; the rest is
/// `list::util::fast_eq`'s. Out of line: the probe loops it is called
/// from would otherwise load what it needs before their first slot.
#[inline(never)]
fn native_eq(k: &Obj, key: &Obj) -> Option<bool> {
    if let (Payload::Tuple(a), Payload::Tuple(b)) = (k.payload(), key.payload())
        && a.len() == b.len()
        && a.iter().zip(b.iter()).all(|(x, y)| x.is(y))
        && k.ty_word() == key.ty_word()
        && k.ty_word() == builtin().tuple.word()
    {
        return Some(true);
    }
    fast_eq(k, key)
}

/// The table in `t`, read for a lookup that runs no Python code and
/// changes no dict while it holds the reference (a probe, and the clone of
/// the value it finds): `RefCell::try_borrow` without the two updates of
/// the borrow count. None while the table is mutably borrowed.
///
/// # Safety
/// Nothing may borrow `t` mutably while the returned reference is in use:
/// until its last use the caller runs no Python code, releases no
/// reference and calls nothing that changes a dict.
#[inline(always)]
unsafe fn peek(t: &RefCell<DictTable>) -> Option<&DictTable> {
    // SAFETY: the caller's contract is `try_borrow_unguarded`'s.
    unsafe { t.try_borrow_unguarded().ok() }
}

/// Finds `key` (with hash `hash`): the slot and entry index, or None.
///
/// Comparisons that may run Python code happen with the borrow released; if
/// the table changed meanwhile the lookup restarts (like CPython).
#[inline(always)]
fn lookup(t: &RefCell<DictTable>, key: &Obj, hash: i64) -> PyResult<Option<(usize, usize)>> {
    Ok(probe(t, key, hash)?.ok())
}

/// `lookup` that also tells where a missing key would go (`Probed`; the
/// free slot is `DictTable::find_empty_slot`'s answer). The walk that
/// meets no key needing `__eq__` (`DictTable::probe_native`) is inlined;
/// the first such key sends the lookup to `probe_calling_eq`, which walks
/// again from the start (the walk so far ran no Python code: nothing can
/// tell).
#[inline(always)]
fn probe(t: &RefCell<DictTable>, key: &Obj, hash: i64) -> PyResult<Probed> {
    // SAFETY: the walk compares keys without `__eq__` (`native_eq`) and
    // only reads the table.
    if let Some(tb) = unsafe { peek(t) }
        && let Some(found) = tb.probe_native(key, hash)
    {
        return Ok(found);
    }
    probe_calling_eq(t, key, hash)
}

/// `probe` for a walk that meets a key with the same hash whose equality
/// only `__eq__` decides (or a table borrowed meanwhile).
#[inline(never)]
fn probe_calling_eq(t: &RefCell<DictTable>, key: &Obj, hash: i64) -> PyResult<Probed> {
    'restart: loop {
        let mut tb = t.borrow();
        if tb.indices.is_empty() {
            return Ok(Err(None));
        }
        let mut mask = tb.indices.len() - 1;
        prefetch_second_slot(&tb.indices, hash, mask);
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free = None;
        loop {
            let ix = tb.indices[i];
            if ix == EMPTY {
                return Ok(Err(Some(free.unwrap_or(i))));
            }
            if ix == DUMMY {
                free = free.or(Some(i));
            } else if let Some((h, k, _)) = &tb.entries[ix as usize] {
                if k.is(key) {
                    return Ok(Ok((i, ix as usize)));
                }
                if *h == hash {
                    match fast_eq(k, key) {
                        Some(true) => return Ok(Ok((i, ix as usize))),
                        Some(false) => {}
                        None => {
                            let startkey = k.clone();
                            let (version, table) = (tb.version, tb.indices.as_ptr());
                            drop(tb);
                            let eq = crate::ops::eq(&startkey, key)?;
                            tb = t.borrow();
                            // As CPython: restart only when the table was
                            // rebuilt or the entry no longer holds the key
                            // compared (other changes, such as values
                            // replaced, leave the probe valid).
                            let same = std::ptr::eq(tb.indices.as_ptr(), table)
                                && tb.indices.len() == mask + 1
                                && matches!(tb.entries.get(ix as usize), Some(Some((_, k2, _))) if k2.is(&startkey));
                            if !same {
                                drop(tb);
                                drop(startkey);
                                continue 'restart;
                            }
                            if tb.version != version {
                                // A slot seen before may be taken now.
                                free = None;
                            }
                            if eq {
                                return Ok(Ok((i, ix as usize)));
                            }
                            mask = tb.indices.len() - 1;
                        }
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }
}

/// `d.get(key)` with a precomputed hash.
pub fn get_item_hashed(d: &Obj, key: &Obj, hash: i64) -> PyResult<Option<Obj>> {
    let t = table_or_err(d)?;
    match lookup(t, key, hash)? {
        Some((_, ix)) => Ok(t.borrow().entries[ix].as_ref().map(|e| e.2.clone())),
        None => Ok(None),
    }
}

/// `d.get(key)`: Ok(None) when missing (no `__missing__`).
pub fn get_item(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    get_item_inlined(d, key)
}

/// `get_item` inlined into its caller (`rt_dict_get`: `d.get(ch)` is one
/// function from the call site to the answer).
#[inline(always)]
pub fn get_item_inlined(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    if let Payload::Str(p) = key.payload()
        && util::exact(key, &builtin().str_)
    {
        // SAFETY: hashing a str, probing for it without `__eq__` and
        // cloning the value found run no Python code and change no dict.
        let t = unsafe { peek(table_or_err(d)?) }.expect("a dict read while it is changed");
        let hash = util::hash_pystr(p);
        if let Some(found) = t.find_str_only(hash, &p.s, key.word()) {
            return Ok(found
                .ok()
                .and_then(|(_, ix)| t.entries[ix].as_ref().map(|e| e.2.clone())));
        }
    }
    get_item_keyed(d, key)
}

/// `get_item` for a key not an exact str (or one met by a key of another
/// type with its hash): out of line, so that the str lookup sets up no
/// frame for it.
#[inline(never)]
fn get_item_keyed(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    let hash = key_hash(key)?;
    let t = table_or_err(d)?;
    match lookup(t, key, hash)? {
        Some((_, ix)) => Ok(t.borrow().entries[ix].as_ref().map(|e| e.2.clone())),
        None => Ok(None),
    }
}

/// `d.setdefault(key, default)`: the value of `key`, or `default()`
/// stored under it, with one hash of the key and one walk of its probe
/// sequence.
pub fn set_default(d: &Obj, key: &Obj, default: impl FnOnce() -> Obj) -> PyResult<Obj> {
    let t = table_or_err(d)?;
    // An exact str key is probed without `__eq__` (as `set_item`), and a
    // present one answered under the probe's borrow.
    let str_probe = match key.payload() {
        Payload::Str(p) if util::exact(key, &builtin().str_) => {
            let hash = util::hash_pystr(p);
            // SAFETY: as in `get_item_inlined`: the reference is not used
            // past the probe and the clone of a value found.
            let tb = unsafe { peek(t) }.expect("a dict read while it is changed");
            match tb.find_str_only(hash, &p.s, key.word()) {
                Some(Ok((_, ix))) => return Ok(slot_entry(&tb.entries, ix as u32).2.clone()),
                found => found.map(|f| (hash, f)),
            }
        }
        _ => None,
    };
    let (hash, found) = match str_probe {
        Some(probed) => probed,
        None => hash_and_probe(t, key)?,
    };
    let free = match found {
        Ok((_, ix)) => {
            let tb = t.borrow();
            let (_, _, value) = tb.entries[ix]
                .as_ref()
                .expect("an index slot refers to a live entry");
            return Ok(value.clone());
        }
        Err(free) => free,
    };
    // No Python code ran since `probe` returned: `free` is still valid.
    let value = default();
    t.borrow_mut()
        .insert_absent_at(free, hash, key.clone(), value.clone());
    Ok(value)
}

/// The hash of `key` and what `probe` finds for it (out of line: see
/// `get_item_keyed`).
#[inline(never)]
fn hash_and_probe(t: &RefCell<DictTable>, key: &Obj) -> PyResult<(i64, Probed)> {
    let hash = key_hash(key)?;
    Ok((hash, probe(t, key, hash)?))
}

/// `key in d`.
pub fn contains(d: &Obj, key: &Obj) -> PyResult<bool> {
    if let Payload::Str(p) = key.payload()
        && util::exact(key, &builtin().str_)
        && let Some(found) =
            table_or_err(d)?
                .borrow()
                .find_str_only(util::hash_pystr(p), &p.s, key.word())
    {
        return Ok(found.is_ok());
    }
    contains_keyed(d, key)
}

/// `contains` for a key not an exact str (see `get_item_keyed`).
#[inline(never)]
fn contains_keyed(d: &Obj, key: &Obj) -> PyResult<bool> {
    let hash = key_hash(key)?;
    Ok(lookup(table_or_err(d)?, key, hash)?.is_some())
}

/// `key in d` with a precomputed hash.
pub fn contains_hashed(d: &Obj, key: &Obj, hash: i64) -> PyResult<bool> {
    Ok(lookup(table_or_err(d)?, key, hash)?.is_some())
}

/// `d[key] = value` with a precomputed hash.
pub fn set_item_hashed(d: &Obj, key: &Obj, hash: i64, value: Obj) -> PyResult<()> {
    store_hashed(d, key, hash, value)
}

/// `set_item_hashed`, inlined into `set_item_keyed`.
#[inline(always)]
fn store_hashed(d: &Obj, key: &Obj, hash: i64, value: Obj) -> PyResult<()> {
    let t = table_or_err(d)?;
    let found = probe(t, key, hash)?;
    let old;
    {
        let mut tb = t.borrow_mut();
        match found {
            Ok((_, ix)) => match tb.entries[ix].as_mut() {
                Some(e) => {
                    old = std::mem::replace(&mut e.2, value);
                    tb.version = next_version();
                }
                None => return Ok(()),
            },
            // No Python code ran since `probe` returned: the free slot it
            // found is still valid.
            Err(free) => {
                tb.insert_absent_at(free, hash, key.clone(), value);
                return Ok(());
            }
        }
    }
    drop(old);
    Ok(())
}

/// The entry index `hint` when it holds the very key object `key`.
fn hinted(t: &DictTable, key: &Obj, hint: u64) -> Option<usize> {
    match t.entries.get(hint as usize) {
        Some(Some((_, k, _))) if k.is(key) => Some(hint as usize),
        _ => None,
    }
}

/// `get_item` for attribute sites, which remember in `hint` the entry
/// index where their name was last found (CPython's `LOAD_ATTR_WITH_HINT`):
/// when that entry still holds the same key object, no hashing or probing.
pub fn get_item_hinted(d: &Obj, key: &Obj, hint: &mut u64) -> PyResult<Option<Obj>> {
    let t = table_or_err(d)?;
    {
        let tb = t.borrow();
        if let Some(ix) = hinted(&tb, key, *hint) {
            return Ok(tb.entries[ix].as_ref().map(|e| e.2.clone()));
        }
        // An exact str name is probed without `__eq__` (as `set_item_hinted`).
        if let Payload::Str(p) = key.payload()
            && util::exact(key, &builtin().str_)
            && let Some(found) = tb.find_str_only(util::hash_pystr(p), &p.s, key.word())
        {
            return Ok(found.ok().and_then(|(_, ix)| {
                *hint = ix as u64;
                tb.entries[ix].as_ref().map(|e| e.2.clone())
            }));
        }
    }
    let hash = key_hash(key)?;
    let Some((_, ix)) = lookup(t, key, hash)? else {
        return Ok(None);
    };
    *hint = ix as u64;
    Ok(t.borrow()
        .entries
        .get(ix)
        .and_then(|e| e.as_ref())
        .map(|e| e.2.clone()))
}

/// `d[key] = value` for an exact str `key` (whose text is `p`), found or
/// placed under one borrow without `__eq__` (the usual attribute store:
/// the first store of a name into a new instance's dict adds it). `hint`
/// as for `set_item_hinted`. Gives the value back, storing nothing, when
/// a non-str key with the same hash might equal `key`.
pub(crate) fn set_str_hinted(
    t: &RefCell<DictTable>,
    key: &Obj,
    p: &crate::types::str::PyStr,
    value: Obj,
    hint: &mut u64,
) -> Result<(), Obj> {
    store_str(t, key, p, value, Some(hint))
}

/// `set_str_hinted`, or with no hint (`set_item`: no site remembers
/// where the key was) without its check; inlined into both.
#[inline(always)]
fn store_str(
    t: &RefCell<DictTable>,
    key: &Obj,
    p: &crate::types::str::PyStr,
    value: Obj,
    hint: Option<&mut u64>,
) -> Result<(), Obj> {
    let mut tb = t.borrow_mut();
    let hash = util::hash_pystr(p);
    let at = hint.as_deref().and_then(|h| hinted(&tb, key, *h));
    let found = match at {
        Some(ix) => Ok(ix),
        None => match tb.find_str_only(hash, &p.s, key.word()) {
            Some(f) => f.map(|(_, ix)| ix),
            None => return Err(value),
        },
    };
    let ix = match found {
        Ok(ix) => ix,
        Err(free) => {
            tb.insert_absent_at(free, hash, key.clone(), value);
            if let Some(h) = hint {
                *h = tb.entries.len() as u64 - 1;
            }
            return Ok(());
        }
    };
    let Some(e) = tb.entries[ix].as_mut() else {
        return Ok(());
    };
    let old = std::mem::replace(&mut e.2, value);
    tb.version = next_version();
    if let Some(h) = hint {
        *h = ix as u64;
    }
    drop(tb);
    // The old value's finalizer may use the dict.
    release_value(old);
    Ok(())
}

/// Releases `old`, a value a store replaced, with the refcount test inlined
/// (the usual old value, an int or a shared object, is not freed: no call).
#[inline(always)]
fn release_value(old: Obj) {
    let w = old.into_word();
    if let Some(h) = Obj::borrow(&w).heap() {
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            crate::object::dealloc(w);
        }
    }
}

/// `set_item` for attribute sites (see `get_item_hinted`).
pub fn set_item_hinted(d: &Obj, key: &Obj, value: Obj, hint: &mut u64) -> PyResult<()> {
    let t = table_or_err(d)?;
    let value = match key.payload() {
        Payload::Str(p) if util::exact(key, &builtin().str_) => {
            match set_str_hinted(t, key, p, value, hint) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            }
        }
        _ => value,
    };
    let at = hinted(&t.borrow(), key, *hint);
    let (ix, hash) = match at {
        Some(ix) => (Some(ix), 0),
        None => {
            let hash = key_hash(key)?;
            (lookup(t, key, hash)?.map(|(_, ix)| ix), hash)
        }
    };
    let old;
    {
        let mut tb = t.borrow_mut();
        match ix.and_then(|ix| tb.entries.get_mut(ix).map(|e| (ix, e))) {
            Some((ix, Some(e))) => {
                old = std::mem::replace(&mut e.2, value);
                tb.version = next_version();
                *hint = ix as u64;
            }
            Some((_, None)) => return Ok(()),
            None => {
                tb.insert_absent(hash, key.clone(), value);
                *hint = tb.entries.len() as u64 - 1;
                return Ok(());
            }
        }
    }
    // The old value's finalizer may use the dict: release it unborrowed.
    drop(old);
    Ok(())
}

/// `d[key] = value`.
pub fn set_item(d: &Obj, key: &Obj, value: Obj) -> PyResult<()> {
    set_item_inlined(d, key, value)
}

/// `set_item` inlined into its caller (`rt_store_subscr`: `d[k] = v` of
/// an exact str key is one function from the call site to the store).
#[inline(always)]
pub fn set_item_inlined(d: &Obj, key: &Obj, value: Obj) -> PyResult<()> {
    // An exact str key is found or placed under one borrow, without
    // `__eq__` (unless a non-str key with the same hash is met).
    let value = match key.payload() {
        Payload::Str(p) if util::exact(key, &builtin().str_) => {
            match store_str(table_or_err(d)?, key, p, value, None) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            }
        }
        _ => value,
    };
    set_item_keyed(d, key, value)
}

/// `set_item` for a key not an exact str (see `get_item_keyed`).
#[inline(never)]
fn set_item_keyed(d: &Obj, key: &Obj, value: Obj) -> PyResult<()> {
    let hash = key_hash(key)?;
    store_hashed(d, key, hash, value)
}

/// Removes `key`, returning its value (None when missing).
pub fn pop_item(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    let hash = key_hash(key)?;
    pop_item_hashed(d, key, hash)
}

fn pop_item_hashed(d: &Obj, key: &Obj, hash: i64) -> PyResult<Option<Obj>> {
    let t = table_or_err(d)?;
    let Some((slot, ix)) = lookup(t, key, hash)? else {
        return Ok(None);
    };
    let removed = t.borrow_mut().remove_at(slot, ix);
    Ok(removed.map(|(_, v)| v))
}

/// `del d[key]`: Ok(false) when missing (the caller raises KeyError).
pub fn del_item(d: &Obj, key: &Obj) -> PyResult<bool> {
    Ok(pop_item(d, key)?.is_some())
}

/// `del d[key]` raising KeyError(key) when missing.
pub fn del_item_or_raise(d: &Obj, key: &Obj) -> PyResult<()> {
    if del_item(d, key)? {
        Ok(())
    } else {
        key_error(key)
    }
}

/// Removes and returns the last (key, value) pair.
pub fn pop_last(d: &Obj) -> Option<(Obj, Obj)> {
    let t = table(d)?;
    let mut tb = t.borrow_mut();
    while let Some(last) = tb.entries.last() {
        if last.is_some() {
            break;
        }
        tb.entries.pop();
    }
    let ix = tb.entries.len().checked_sub(1)?;
    let hash = tb.entries[ix].as_ref()?.0;
    let slot = tb.slot_of(hash, ix)?;
    let r = tb.remove_at(slot, ix);
    tb.entries.pop();
    r
}

/// Removes all items.
pub fn clear(d: &Obj) {
    if let Some(t) = table(d) {
        let old = t.borrow_mut().take_all();
        drop(old);
    }
}

/// Snapshot of the (key, value) pairs in order.
pub fn items(d: &Obj) -> Vec<(Obj, Obj)> {
    let Some(t) = table(d) else {
        return Vec::new();
    };
    t.borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Snapshot of the keys in order.
pub fn keys(d: &Obj) -> Vec<Obj> {
    let Some(t) = table(d) else {
        return Vec::new();
    };
    t.borrow().iter().map(|(k, _)| k.clone()).collect()
}

/// Snapshot of the values in order.
pub fn values(d: &Obj) -> Vec<Obj> {
    let Some(t) = table(d) else {
        return Vec::new();
    };
    t.borrow().iter().map(|(_, v)| v.clone()).collect()
}

/// Snapshot of (hash, key, value) triples in order.
pub fn entries(d: &Obj) -> Vec<(i64, Obj, Obj)> {
    let Some(t) = table(d) else {
        return Vec::new();
    };
    t.borrow().entries.iter().flatten().cloned().collect()
}

/// The live entry at position `pos` or after it (for iterators): returns
/// the position found and the entry.
pub fn next_entry(d: &Obj, mut pos: usize) -> Option<(usize, Obj, Obj)> {
    let t = table(d)?.borrow();
    while pos < t.entries.len() {
        if let Some((_, k, v)) = &t.entries[pos] {
            return Some((pos, k.clone(), v.clone()));
        }
        pos += 1;
    }
    None
}

/// What a forward dict iterator finds next (`next_for_iter`).
pub(crate) enum NextEntry {
    /// The dict no longer holds the number of items the iterator expects.
    SizeChanged,
    /// No live entry at or after the position.
    End,
    /// The entry's position, the item the iterator's kind yields (the key
    /// of items), and for items the value.
    Found(usize, Obj, Option<Obj>),
}

/// The step of a forward iterator over `kind` of `d` expecting `used`
/// items, at position `pos`: one borrow of the table, and only the parts
/// the kind yields are taken (iterating values reads no keys).
pub(crate) fn next_for_iter(d: &Obj, pos: usize, kind: DictKind, used: usize) -> NextEntry {
    let Some(t) = table(d) else {
        return NextEntry::End;
    };
    let t = t.borrow();
    if t.len != used {
        return NextEntry::SizeChanged;
    }
    let Some(off) = t
        .entries
        .get(pos..)
        .and_then(|rest| rest.iter().position(Option::is_some))
    else {
        return NextEntry::End;
    };
    let Some((_, k, v)) = &t.entries[pos + off] else {
        return NextEntry::End;
    };
    let (first, second) = match kind {
        DictKind::Keys => (k.clone(), None),
        DictKind::Values => (v.clone(), None),
        DictKind::Items => (k.clone(), Some(v.clone())),
    };
    NextEntry::Found(pos + off, first, second)
}

/// The live entry at position `pos` or before it (for reverse iterators).
pub fn prev_entry(d: &Obj, pos: usize) -> Option<(usize, Obj, Obj)> {
    let t = table(d)?.borrow();
    let mut p = pos.min(t.entries.len().checked_sub(1)?) as isize;
    while p >= 0 {
        if let Some((_, k, v)) = &t.entries[p as usize] {
            return Some((p as usize, k.clone(), v.clone()));
        }
        p -= 1;
    }
    None
}

/// Number of entry positions (for reverse iterators' starting point).
pub fn positions(d: &Obj) -> usize {
    table(d).map(|t| t.borrow().entries.len()).unwrap_or(0)
}

/// A plain dict copy of `d` (same order).
pub fn copy(d: &Obj) -> PyResult<Obj> {
    let t = table_or_err(d)?.borrow().clone_table();
    Ok(Obj::new(&builtin().dict, Payload::Dict(RefCell::new(t))))
}

/// Called once at startup: registers dict's methods and the view types'.
pub fn init_methods(b: &super::Builtins) {
    methods::init(b);
    views::init();
}

#[cfg(test)]
mod tests;
