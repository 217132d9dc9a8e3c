//! The cycle collector's view of one object: which objects it tracks, the
//! references it owns (CPython's `tp_traverse`) and how to drop them to break
//! a cycle (`tp_clear`).
//!
//! Being conservative is always safe here: an object that is not tracked,
//! or whose references are not all visited, only keeps more objects alive.
//! Visiting a reference the object does not own would be a bug (the
//! collector could free a live object), so only owned `Obj` fields and the
//! owned `dict` header word are visited. The type word is never visited:
//! type objects are not tracked.

use super::{IMMORTAL, Obj, Payload, PyObject};

/// Does the collector track `o`? Untracked objects are never collected by
/// it, and everything they reference counts as referenced from outside.
///
/// Types, code, built-in functions, iterators, files and ranges are not
/// tracked (their state is not visited), nor are
/// leaf objects (numbers, strings, …) without an instance dict.
pub(crate) fn is_tracked(o: &PyObject) -> bool {
    match &o.payload {
        p if never_tracked(p) => false,
        // Instances of user classes are always tracked, as in CPython (the
        // collector's counts include them).
        Payload::Instance(_) => true,
        // Only the header's dict word (or slot values) can hold references.
        p if crate::types::finalize::has_no_children(p) => o.dict.get() != 0,
        _ => true,
    }
}

/// The kinds of objects the collector never tracks, whatever they hold.
fn never_tracked(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Type(_)
            | Payload::Code(_)
            | Payload::Builtin(_)
            | Payload::Iter(_)
            | Payload::File(_)
            | Payload::Range(_)
    )
}

/// Can an object of type `ty` with `payload` ever be tracked? Those that
/// cannot stay out of the collector's generations (`pool::alloc_block`),
/// so that collections never read them (as CPython's lists of tracked
/// objects hold no strings or numbers). A leaf payload is tracked only with
/// an instance dict, which only instances of user classes (whose types are
/// mortal) get.
#[inline]
pub(crate) fn may_be_tracked(ty: &Obj, payload: &Payload) -> bool {
    match payload {
        p if never_tracked(p) => false,
        Payload::Instance(_) => true,
        p if crate::types::finalize::has_no_children(p) => ty.refcount() < IMMORTAL / 2,
        _ => true,
    }
}

/// Calls `visit` with the word of every reference the tracked object `o`
/// owns. Returns false, having visited nothing, when one of its `RefCell`s
/// is borrowed (runtime code is using it: the caller must treat the object
/// as referenced from outside).
pub(crate) fn traverse(o: &PyObject, mut visit: impl FnMut(u64)) -> bool {
    macro_rules! guard {
        ($cell:expr) => {
            match $cell.try_borrow_mut() {
                Ok(g) => g,
                Err(_) => return false,
            }
        };
    }
    match &o.payload {
        Payload::List(l) => guard!(l).iter().for_each(|x| visit(x.word())),
        Payload::Tuple(t) => t.iter().for_each(|x| visit(x.word())),
        Payload::Dict(d) => {
            for (k, v) in guard!(d).iter() {
                visit(k.word());
                visit(v.word());
            }
        }
        Payload::Set(s) => guard!(s).iter().for_each(|x| visit(x.word())),
        Payload::FrozenSet(s) => s.iter().for_each(|x| visit(x.word())),
        Payload::Cell(c) => {
            if let Some(x) = &*guard!(c) {
                visit(x.word());
            }
        }
        Payload::SlotValues(v) => guard!(v).iter().flatten().for_each(|x| visit(x.word())),
        Payload::Instance(v) => v.words().for_each(&mut visit),
        Payload::Function(fd) => {
            let optional = [
                guard!(fd.defaults),
                guard!(fd.kwdefaults),
                guard!(fd.annotations),
            ];
            let named = [
                guard!(fd.name),
                guard!(fd.qualname),
                guard!(fd.module),
                guard!(fd.doc),
            ];
            for x in [&fd.code, &fd.globals, &fd.builtins] {
                visit(x.word());
            }
            named.iter().for_each(|x| visit(x.word()));
            optional
                .iter()
                .flat_map(|x| x.iter())
                .for_each(|x| visit(x.word()));
            if let Some(c) = &fd.closure {
                visit(c.word());
            }
        }
        Payload::Method(a, b) | Payload::Super(a, b) => {
            visit(a.word());
            visit(b.word());
        }
        Payload::Slice(a, b, c) => {
            visit(a.word());
            visit(b.word());
            visit(c.word());
        }
        Payload::StaticMethod(c) | Payload::ClassMethod(c) => visit(guard!(c).word()),
        Payload::Property(pd) => [&pd.fget, &pd.fset, &pd.fdel, &pd.doc]
            .into_iter()
            .flatten()
            .for_each(|x| visit(x.word())),
        Payload::Module(m) => visit(m.dict.word()),
        Payload::MappingProxy(x) => visit(x.word()),
        Payload::BaseException(e) => {
            let (args, tb) = (guard!(e.args), guard!(e.traceback));
            let links = [guard!(e.cause), guard!(e.context), guard!(e.notes)];
            visit(args.word());
            tb.iter().for_each(|(code, _)| visit(code.word()));
            links
                .iter()
                .flat_map(|x| x.iter())
                .for_each(|x| visit(x.word()));
        }
        // (The guard does the visiting; a running generator stops here.)
        Payload::Generator(gd) if !crate::types::generator::traverse(gd, &mut visit) => {
            return false;
        }
        _ => {}
    }
    let d = o.dict.get();
    if d != 0 {
        visit(d);
    }
    true
}

/// Drops the references of a garbage object that can be dropped without
/// leaving it invalid (CPython's `tp_clear`): container contents, cell
/// contents, slot values, inline instance values, function defaults,
/// exception links and arguments, and the instance dict. Tuples, bound
/// methods and other immutable objects keep theirs; every cycle runs
/// through at least one object cleared here (generators in cycles let go
/// of their frame when the collector closes them, before clearing).
pub(crate) fn clear(o: &PyObject) {
    let mut released: Vec<Obj> = Vec::new();
    match &o.payload {
        Payload::List(l) => {
            if let Ok(mut g) = l.try_borrow_mut() {
                released = std::mem::take(&mut *g);
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut g) = d.try_borrow_mut() {
                let old = g.take_all();
                drop(g);
                released = old
                    .into_iter()
                    .flatten()
                    .flat_map(|(_, k, v)| [k, v])
                    .collect();
            }
        }
        Payload::Set(s) => {
            if let Ok(mut g) = s.try_borrow_mut() {
                let old = g.take_all();
                drop(g);
                drop(old);
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut g) = c.try_borrow_mut() {
                released.extend(g.take());
            }
        }
        Payload::SlotValues(v) => {
            if let Ok(mut g) = v.try_borrow_mut() {
                released.extend(g.iter_mut().filter_map(Option::take));
            }
        }
        Payload::Instance(v) => released = v.take_all(),
        Payload::Function(fd) => {
            for c in [&fd.defaults, &fd.kwdefaults, &fd.annotations] {
                if let Ok(mut g) = c.try_borrow_mut() {
                    released.extend(g.take());
                }
            }
        }
        Payload::BaseException(e) => {
            for c in [&e.cause, &e.context, &e.notes] {
                if let Ok(mut g) = c.try_borrow_mut() {
                    released.extend(g.take());
                }
            }
            if let Ok(mut g) = e.args.try_borrow_mut() {
                let empty = crate::types::tuple::new_tuple(Vec::new());
                released.push(std::mem::replace(&mut *g, empty));
            }
        }
        Payload::StaticMethod(c) | Payload::ClassMethod(c) => {
            if let Ok(mut g) = c.try_borrow_mut() {
                released.push(std::mem::replace(
                    &mut *g,
                    crate::types::builtin().none.clone(),
                ));
            }
        }
        _ => {}
    }
    let d = o.dict.replace(0);
    released.extend(Obj::from_word(d));
    drop(released);
}
