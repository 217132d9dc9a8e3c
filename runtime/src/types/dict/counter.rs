//! `d[k] = d.get(k, c) + n` in one probe: generated code passes the dict,
//! the key and the two small ints of that statement
//! (`eval::rt::ops::rt_dict_add_int`). For an exact dict and a key whose
//! hash and comparisons run no Python code (a small int, an exact str),
//! the `get`, the `+` of two small ints and the store run no code either,
//! so one walk of the probe sequence does all three: the value found is
//! replaced in its entry, or the key inserted where the walk ended, as
//! the store would insert it.

use super::pairs::item_hash;
use super::{next_version, table};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin};

/// `d[key] = d.get(key, default) + delta` for the exact dict `d`, when the
/// key's lookup runs no Python code, the value found (or `default`) is a
/// small int and so is the sum: done, true. False, with nothing done,
/// otherwise (the statement then runs as written).
pub fn add_small_int(d: &Obj, key: &Obj, default: i64, delta: i64) -> bool {
    // (A small int's or an exact str's: no Python code hashes or compares it.)
    let Some(hash) = item_hash(key) else {
        return false;
    };
    let Some(t) = table(d) else {
        return false;
    };
    let Ok(mut tb) = t.try_borrow_mut() else {
        return false;
    };
    let sum = |v: i64| {
        v.checked_add(delta)
            .filter(|s| (crate::abi::SMALL_INT_MIN..=crate::abi::SMALL_INT_MAX).contains(s))
    };
    // An exact str key (a word counted) is compared by its text inline
    // (`probe_str`), not through `native_eq`'s generic dispatch.
    let probed = match key.payload() {
        Payload::Str(p) if key.ty_word() == builtin().str_.word() => {
            tb.find_str_only(hash, &p.s, key.word())
        }
        _ => tb.probe_native(key, hash),
    };
    match probed {
        Some(Ok((_, ix))) => {
            let Some(entry) = tb.entries[ix].as_mut() else {
                return false;
            };
            let Some(n) = entry.2.small_int().and_then(sum) else {
                return false;
            };
            // (The old value is a small int: replacing it releases nothing.)
            entry.2 = types::int::new_int(n);
            tb.version = next_version();
        }
        Some(Err(free)) => {
            let Some(n) = sum(default) else {
                return false;
            };
            tb.insert_absent_at(free, hash, key.clone(), types::int::new_int(n));
        }
        None => return false,
    }
    true
}
