//! Storage for `__slots__` members: the values of an instance's slots live
//! in a slot-value block, a hidden object that the instance's header `dict`
//! word points to once a slot has been set. The instance `__dict__` (when
//! the class also has one) then moves into the block's own header `dict`
//! word, so `vars()` and `__dict__` show only the non-slot attributes.
//!
//! `Obj::dict`/`Obj::set_dict` look through the block; member descriptors
//! (`descr.rs`) read and write the values by index. Instances of classes
//! without slot members never get a block, so they pay nothing.

use crate::object::{Obj, Payload};
use crate::types::{builtin, type_data};
use std::cell::RefCell;

/// The slot-value block of `v`, if it has one.
pub fn block(v: &Obj) -> Option<Obj> {
    let w = v.heap()?.dict.get();
    if w == 0 {
        return None;
    }
    let o = Obj::borrow(&w);
    matches!(o.payload(), Payload::SlotValues(_)).then(|| o.clone())
}

fn values(b: &Obj) -> &RefCell<Vec<Option<Obj>>> {
    match b.payload() {
        Payload::SlotValues(v) => v,
        _ => unreachable!("slot blocks hold Payload::SlotValues"),
    }
}

/// The block of `v`, installed on first use (an existing instance dict
/// moves into it).
fn ensure_block(v: &Obj) -> Obj {
    if let Some(b) = block(v) {
        return b;
    }
    let b = Obj::new(
        &builtin().object,
        Payload::SlotValues(RefCell::new(Vec::new())),
    );
    let old = v.dict();
    v.set_dict(None);
    b.set_dict(old);
    if let Some(h) = v.heap() {
        h.dict.set(b.clone().into_word());
    }
    b
}

/// The value of slot `index` of `v` (None when unset).
pub fn get(v: &Obj, index: usize) -> Option<Obj> {
    let b = block(v)?;
    let vals = values(&b).borrow();
    vals.get(index).cloned().flatten()
}

/// Sets (or, with None, clears) slot `index` of `v`; returns the old value.
pub fn set(v: &Obj, index: usize, value: Option<Obj>) -> Option<Obj> {
    if value.is_none() && block(v).is_none() {
        return None;
    }
    let b = ensure_block(v);
    let mut vals = values(&b).borrow_mut();
    if vals.len() <= index {
        vals.resize(index + 1, None);
    }
    std::mem::replace(&mut vals[index], value)
}

/// The slot members a heap class itself defines (not `__dict__`/`__weakref__`).
pub fn own_members(t: &Obj) -> usize {
    let td = type_data(t);
    if !td.heap {
        return 0;
    }
    td.slots.borrow().as_ref().map_or(0, |s| {
        s.iter()
            .filter(|x| *x != "__dict__" && *x != "__weakref__")
            .count()
    })
}

/// Index of the first slot member `t` itself defines: the members of its
/// bases come first. Layout-conflict checks guarantee that all classes with
/// members in an MRO lie on one chain of bases, so the sum is the offset.
pub fn first_index(t: &Obj) -> usize {
    type_data(t)
        .mro
        .borrow()
        .iter()
        .skip(1)
        .map(own_members)
        .sum()
}
