//! `d[k] = d.get(k, c) + n` in one probe: generated code passes the dict,
//! the key and the two small ints of that statement
//! (`eval::rt::ops::rt_dict_add_int`). For an exact dict and a key whose
//! hash and comparisons run no Python code (a small int, an exact str),
//! the `get`, the `+` of two small ints and the store run no code either,
//! so one walk of the probe sequence does all three: the value found is
//! replaced in its entry, or the key inserted where the walk ended, as
//! the store would insert it.

use super::{Probed, next_version, table};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin, list::util};

/// `d[key] = d.get(key, default) + delta` for the exact dict `d`, when the
/// key's lookup runs no Python code, the value found (or `default`) is a
/// small int and so is the sum: done, true. False, with nothing done,
/// otherwise (the statement then runs as written).
#[inline(always)]
pub fn add_small_int(d: &Obj, key: &Obj, default: i64, delta: i64) -> bool {
    let Some(t) = table(d) else {
        return false;
    };
    let Ok(mut tb) = t.try_borrow_mut() else {
        return false;
    };
    // A small int's or an exact str's hash and comparisons run no Python
    // code; an exact str key (a word counted) is compared by its text
    // inline (`probe_str`), not through `native_eq`'s generic dispatch.
    let (hash, probed): (i64, Option<Probed>) = match key.small_int() {
        Some(i) => {
            let hash = types::int::hash_i64(i);
            (hash, tb.probe_native(key, hash))
        }
        None => match key.payload() {
            Payload::Str(p) if key.ty_word() == builtin().str_.word() => {
                let hash = util::hash_pystr(p);
                (hash, tb.find_str_only(hash, &p.s, key.word()))
            }
            _ => return false,
        },
    };
    let sum = |v: i64| {
        v.checked_add(delta)
            .filter(|s| (crate::abi::SMALL_INT_MIN..=crate::abi::SMALL_INT_MAX).contains(s))
            .map(Obj::from_small)
    };
    match probed {
        Some(Ok((_, ix))) => {
            let value = &mut super::slot_entry_mut(&mut tb.entries, ix).2;
            let Some(n) = value.small_int().and_then(sum) else {
                return false;
            };
            // The old value is a small int: replacing it releases nothing.
            std::mem::forget(std::mem::replace(value, n));
            tb.version = next_version();
        }
        Some(Err(free)) => {
            let Some(n) = sum(default) else {
                return false;
            };
            tb.insert_absent_at(free, hash, key.clone(), n);
        }
        None => return false,
    }
    true
}
