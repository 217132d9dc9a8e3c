//! Built-in types' methods, added on a type's first use rather than at
//! startup.
//!
//! Filling every built-in type's namespace took about two thirds of an
//! empty program's startup (some 1,100 descriptors, each an object, an
//! interned name and a dict entry), while a typical program touches a
//! handful of those types. So `types::init` only marks each type with the
//! group of `init_methods` functions that fills it (`TypeData::pending`),
//! and `TypeData::dict` runs that group the first time anything reads or
//! writes the type's namespace: attribute lookup along an MRO, `dir`,
//! `__dict__`, class creation, the runtime's own lookups.
//!
//! Each group writes only its own types' dicts, so the order of each
//! namespace is what an eager fill gave, whichever group runs first
//! (`tests::each_type_fills_alone` checks that against an eager fill).

use super::{Builtins, builtin, type_data};
use crate::object::Obj;
use std::cell::Cell;

/// A group of built-in types whose methods one function adds.
struct Group {
    add_methods: fn(&Builtins),
    /// The types `arm` marks; types made later are marked by their maker
    /// (`arm_late`).
    types: for<'a> fn(&'a Builtins) -> Vec<&'a Obj>,
    /// Whether `add_methods` runs once; otherwise it fills the types
    /// marked since its last run.
    once: bool,
}

/// The `_io` file types, made together on first use (`file::file_type`).
pub(crate) const FILE_TYPES: u8 = 0;
/// Struct sequence types (`sys.flags`, `time.struct_time`, …), each made
/// by `structseq::new_type`.
pub(crate) const STRUCT_SEQUENCES: u8 = 1;

/// The groups: first the two for types made after startup, then the
/// built-in types' in the order an eager fill ran them.
const GROUPS: &[Group] = &[
    Group {
        add_methods: super::file::methods::add_file_methods,
        types: |_| Vec::new(),
        once: true,
    },
    Group {
        add_methods: crate::modules::structseq::add_pending_fields,
        types: |_| Vec::new(),
        once: false,
    },
    Group {
        add_methods: super::typeobj::objectmethods::init_methods,
        types: |b| vec![&b.object],
        once: true,
    },
    Group {
        add_methods: super::typeobj::typemethods::init_methods,
        types: |b| vec![&b.type_],
        once: true,
    },
    Group {
        add_methods: super::function::init_methods,
        types: |b| {
            let ex = super::typeobj::extra();
            vec![
                &b.function,
                &b.builtin_function,
                &b.method,
                &b.cell,
                &b.property,
                &b.staticmethod,
                &b.classmethod,
                &b.super_,
                &ex.getset,
                &ex.member,
            ]
        },
        once: true,
    },
    Group {
        add_methods: super::int::init_methods,
        types: |b| vec![&b.int, &b.bool_],
        once: true,
    },
    Group {
        add_methods: super::float::init_methods,
        types: |b| vec![&b.float],
        once: true,
    },
    Group {
        add_methods: super::complex::init_methods,
        types: |b| vec![&b.complex],
        once: true,
    },
    Group {
        add_methods: super::str::init_methods,
        types: |b| vec![&b.str_],
        once: true,
    },
    Group {
        add_methods: super::bytes::init_methods,
        types: |b| vec![&b.bytes, &b.bytearray],
        once: true,
    },
    Group {
        add_methods: super::tuple::init_methods,
        types: |b| vec![&b.tuple],
        once: true,
    },
    Group {
        add_methods: super::list::init_methods,
        types: |b| vec![&b.list],
        once: true,
    },
    Group {
        add_methods: super::dict::init_methods,
        types: |b| {
            let it = super::iter::types();
            vec![&b.dict, &it.dict_keys, &it.dict_values, &it.dict_items]
        },
        once: true,
    },
    Group {
        add_methods: super::iter::add_iter_methods,
        types: super::iter::iterator_types,
        once: true,
    },
    Group {
        add_methods: super::set::init_methods,
        types: |b| vec![&b.set, &b.frozenset],
        once: true,
    },
    Group {
        add_methods: super::range::init_methods,
        types: |b| vec![&b.range, &b.slice],
        once: true,
    },
    Group {
        add_methods: super::module::init_methods,
        types: |b| vec![&b.module],
        once: true,
    },
    Group {
        add_methods: super::generator::init_methods,
        types: |b| vec![&b.generator, &b.coroutine, &b.async_generator],
        once: true,
    },
    Group {
        add_methods: super::code::init_methods,
        types: |b| vec![&b.code],
        once: true,
    },
    Group {
        add_methods: super::exceptions::init_methods,
        types: |b| b.exceptions.iter().collect(),
        once: true,
    },
    Group {
        add_methods: super::typeobj::extra::init_methods,
        types: |b| {
            let ex = super::typeobj::extra();
            vec![
                &b.mappingproxy,
                &ex.generic_alias,
                &ex.union,
                &b.none_type,
                &b.notimpl_type,
                &b.ellipsis_type,
            ]
        },
        once: true,
    },
];

thread_local! {
    /// The groups that have run on this thread (bit `i`: `GROUPS[i]`).
    static DONE: Cell<u64> = const { Cell::new(0) };
}

/// Marks every built-in type with the group that fills it.
pub(super) fn arm(b: &Builtins) {
    const { assert!(GROUPS.len() < 64 && GROUPS.len() < u8::MAX as usize) };
    for (i, g) in GROUPS.iter().enumerate() {
        for t in (g.types)(b) {
            type_data(t).pending.set(i as u8 + 1);
        }
    }
}

/// Marks `t`, a type made after startup, with `group`
/// (`FILE_TYPES` or `STRUCT_SEQUENCES`).
pub(crate) fn arm_late(t: &Obj, group: u8) {
    type_data(t).pending.set(group + 1);
}

/// Runs group `group` unless it is a run-once group that has run: its
/// types' namespaces get their methods. A run-once group counts as run
/// before its function starts, so that the function's own reads of its
/// types' dicts do not re-enter it; the others take their list of
/// pending types first (a re-entry finds it empty).
pub(super) fn fill(group: u8) {
    let g = &GROUPS[group as usize];
    if g.once {
        let bit = 1u64 << group;
        if DONE.with(Cell::get) & bit != 0 {
            return;
        }
        DONE.with(|d| d.set(d.get() | bit));
    }
    (g.add_methods)(builtin());
}

/// Runs every group that has not run yet, in order.
#[cfg(test)]
fn fill_all() {
    for group in 0..GROUPS.len() as u8 {
        fill(group);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::dict;

    /// The names in `t`'s namespace, in order.
    fn names(t: &Obj) -> Vec<String> {
        dict::items(type_data(t).dict())
            .iter()
            .map(|(k, _)| crate::types::str::as_str(k).unwrap_or("?").to_string())
            .collect()
    }

    /// Every armed type, by group, with its names after `fill_all`.
    fn eager() -> Vec<Vec<(String, Vec<String>)>> {
        std::thread::spawn(|| {
            let b = crate::types::init();
            fill_all();
            GROUPS
                .iter()
                .map(|g| {
                    (g.types)(b)
                        .into_iter()
                        .map(|t| (type_data(t).name.borrow().clone(), names(t)))
                        .collect()
                })
                .collect()
        })
        .join()
        .expect("eager fill")
    }

    #[test]
    fn each_type_fills_alone() {
        let eager = eager();
        for (g, types) in eager.iter().enumerate() {
            for (i, (name, want)) in types.iter().enumerate() {
                // A fresh thread has fresh built-in types: touch only this one.
                let got = std::thread::spawn(move || {
                    let b = crate::types::init();
                    names((GROUPS[g].types)(b)[i])
                })
                .join()
                .expect("lazy fill");
                assert_eq!(&got, want, "namespace of {name} filled on its own");
            }
        }
    }

    #[test]
    fn every_group_fills_its_types() {
        for (g, types) in eager().iter().enumerate() {
            for (name, names) in types {
                assert!(!names.is_empty(), "group {g} leaves {name} empty");
            }
        }
    }
}
