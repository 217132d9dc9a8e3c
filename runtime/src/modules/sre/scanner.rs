//! The iterator `Pattern.finditer` returns: like CPython's
//! `callable_iterator` over a scanner's `search`, each `__next__` runs one
//! search from the end of the previous match (CPython 3.7+ empty-match
//! rules) and returns a `re.Match`, so matches are found lazily and no
//! Python frame runs per match. The subject is checked when the iterator
//! is created, as CPython does.

use super::matcher::Mode;
use super::{Compiled, Subject, bounds, compiled, matchobj, subject, with_scratch, with_units};
use crate::errors::{PyResult, type_error};
use crate::eval::util::new_native_type;
use crate::object::{Obj, Payload};
use crate::types;
use std::cell::{Cell, OnceCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// The payload of `finditer` iterators.
pub struct ScannerData {
    pattern: Obj,
    string: Obj,
    subject: Subject,
    compiled: Rc<Compiled>,
    /// The clamped `pos` and `endpos` of the call (what the matches report).
    bounds: (usize, usize),
    /// Where the next search starts, and whether it must not match empty
    /// there (after an empty match).
    next: Cell<(usize, bool)>,
    done: Cell<bool>,
}

// Objects are never released at thread exit (the runtime may be gone).
thread_local! {
    static SCANNER_TYPE: ManuallyDrop<OnceCell<Obj>> = const { ManuallyDrop::new(OnceCell::new()) };
}

fn scanner_type() -> Obj {
    SCANNER_TYPE.with(|t| {
        t.get_or_init(|| {
            let t = new_native_type("callable_iterator", "builtins", None);
            types::typeobj::add_methods(&t, &[("__iter__", it_iter), ("__next__", it_next)]);
            t
        })
        .clone()
    })
}

/// `_sre.finditer(pattern, handle, string, pos, endpos)`.
pub(super) fn s_finditer(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("finditer", a.len(), 5, 5)?;
    let c = compiled(&a[1])?;
    let string = &a[2];
    let mut subj = subject(&c, string)?;
    // Searching a bytearray reads a copy; take it once, not per match.
    if let Payload::ByteArray(b) = string.payload() {
        subj = Subject::Narrow(types::bytes::new_bytes(b.borrow().clone()));
    }
    let bounds = with_units(&subj, &mut |t| bounds(&a[3], &a[4], t.len()))?;
    let data = ScannerData {
        pattern: a[0].clone(),
        string: string.clone(),
        subject: subj,
        compiled: c,
        bounds,
        next: Cell::new((bounds.0, false)),
        done: Cell::new(false),
    };
    Ok(Obj::new(
        &scanner_type(),
        Payload::SreScanner(Box::new(data)),
    ))
}

fn this(a: &[Obj]) -> PyResult<&ScannerData> {
    match a.first().map(Obj::payload) {
        Some(Payload::SreScanner(d)) => Ok(d),
        _ => type_error("descriptor requires a 'callable_iterator' object"),
    }
}

fn it_iter(a: &[Obj]) -> PyResult<Obj> {
    this(a)?;
    Ok(a[0].clone())
}

fn it_next(a: &[Obj]) -> PyResult<Obj> {
    next_match(this(a)?)?.ok_or_else(types::list::util::stop_iteration)
}

/// The iterator's next match, None when exhausted: for `it_next`, and for
/// `ops::object::next` (a `for` loop over `finditer`), which skips the
/// `__next__` lookup and the StopIteration (the type is not subclassable
/// and its methods can't be replaced).
pub fn next_match(d: &ScannerData) -> PyResult<Option<Obj>> {
    let (pos, adv) = d.next.get();
    let end = d.bounds.1;
    if d.done.get() || pos > end {
        d.done.set(true);
        return Ok(None);
    }
    let found = with_scratch(|scratch| {
        let found = d
            .subject
            .search(&d.compiled.prog, end, pos, Mode::Search, adv, scratch);
        found.then(|| {
            let (s, e) = (scratch.slots[0], scratch.slots[1]);
            d.next.set((e, s == e));
            matchobj::new_match(
                &d.pattern,
                &d.string,
                d.subject.clone(),
                &d.compiled,
                d.bounds,
                scratch,
            )
        })
    });
    if found.is_none() {
        d.done.set(true);
    }
    Ok(found)
}
