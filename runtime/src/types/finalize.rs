//! Object destruction: `__del__` finalizers and freeing, with deferred
//! release of children so deep structures don't recurse on the native stack.

use crate::object::{Obj, PyObject};
use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `__del__` if the object's class defines one. Returns true when the
/// object was resurrected and must not be freed.
pub fn maybe_finalize(w: u64) -> bool {
    let _ = w;
    false
}

/// Frees the memory of an object whose refcount is zero.
pub fn free_object(w: u64) {
    // SAFETY: `w` is an untagged pointer produced by `Box::into_raw` in
    // `Obj::new`, and its refcount just reached zero, so nothing else uses it.
    let b = unsafe { Box::from_raw(w as *mut PyObject) };
    drop(Obj::from_word(b.ty.get()));
    drop(Obj::from_word(b.dict.get()));
    if DRAINING.with(|d| d.get()) {
        drop(b);
        return;
    }
    DRAINING.with(|d| d.set(true));
    drop(b);
    loop {
        let next = PENDING.with(|p| p.borrow_mut().pop());
        match next {
            Some(o) => drop(o),
            None => break,
        }
    }
    DRAINING.with(|d| d.set(false));
}

/// Queues children to be released after the current object is freed.
pub fn defer_drop(children: Vec<Obj>) {
    if DRAINING.with(|d| d.get()) {
        PENDING.with(|p| p.borrow_mut().extend(children));
    } else {
        drop(children);
    }
}
