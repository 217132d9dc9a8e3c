//! Building containers, strings and slices; list/set/dict updates used by
//! displays, comprehensions and calls with `*`/`**`; f-string formatting.

use super::calls::{function_str, is_iterable};
use super::{opt, v, words};
use crate::errors::{Exc, PyErr, PyResult, type_error};
use crate::eval::state::{status, value_word};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::set::table::IntHome;
use crate::types::{self, builtin, dict};

/// # Safety
/// `items` must point to `n` value words; the tuple takes over their
/// references (the caller does not release them).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_build_tuple(items: u64, n: u64) -> u64 {
    // SAFETY: caller contract: the references move into the tuple.
    unsafe { types::tuple::new_tuple_taking(items as *const Obj, n as usize) }.into_word()
}

/// # Safety
/// `items` must point to `n` value words; the list takes over their
/// references (the caller does not release them).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_build_list(items: u64, n: u64) -> u64 {
    crate::object::gc::maybe_collect();
    if n == 0 {
        // `[]` (a `setdefault(k, [])` default): a kept empty list as it
        // is, no buffer to take out and put back.
        return types::list::new_list(Vec::new()).into_word();
    }
    // SAFETY: caller contract.
    let a = unsafe { words(items, n) };
    types::list::new_list_with(a.len(), |out| {
        out.extend(
            a.iter()
                .map(|o| Obj::from_word(o.word()).expect("value words are non-zero")),
        )
    })
    .into_word()
}

/// # Safety
/// `items` must point to `n` value words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_build_set(items: u64, n: u64) -> u64 {
    // SAFETY: caller contract.
    let a = unsafe { words(items, n) };
    value_word(types::set::new_set(a))
}

/// # Safety
/// `items` must point to `2 * n` value words (key, value pairs).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_build_map(items: u64, n: u64) -> u64 {
    crate::object::gc::maybe_collect();
    // SAFETY: caller contract.
    let a = unsafe { words(items, 2 * n) };
    let r = (|| {
        let d = dict::new_dict_with_capacity(n as usize);
        for kv in a.chunks(2) {
            dict::set_item(&d, &kv[0], kv[1].clone())?;
        }
        Ok(d)
    })();
    value_word(r)
}

/// # Safety
/// `items` must point to `n` value words; `keys` is a tuple of `n` keys.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_build_const_key_map(items: u64, n: u64, keys: u64) -> u64 {
    // SAFETY: caller contract.
    let a = unsafe { words(items, n) };
    let r = (|| {
        let Some(ks) = types::tuple::as_slice(v(&keys)) else {
            return Err(PyErr::new(
                Exc::SystemError,
                "bad BUILD_CONST_KEY_MAP keys tuple",
            ));
        };
        if ks.len() != a.len() {
            return Err(PyErr::new(
                Exc::SystemError,
                "bad BUILD_CONST_KEY_MAP keys argument",
            ));
        }
        let d = dict::new_dict_with_capacity(a.len());
        for (k, val) in ks.iter().zip(a) {
            dict::set_item(&d, k, val.clone())?;
        }
        Ok(d)
    })();
    value_word(r)
}

/// # Safety
/// `items` must point to `n` str object words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_build_string(items: u64, n: u64) -> u64 {
    // SAFETY: caller contract.
    let a = unsafe { words(items, n) };
    if a.len() == 1 && a[0].ty().is(&builtin().str_) {
        return a[0].clone().into_word();
    }
    // One pass sizes the result and counts its code points, so the text
    // is allocated once and never re-scanned.
    let (mut size, mut nchars) = (0usize, 0usize);
    for x in a {
        match types::str::pystr(x) {
            Some(p) => {
                size += p.s.len();
                nchars += p.nchars;
            }
            None => {
                return value_word(type_error(format!(
                    "BUILD_STRING expects str, not {}",
                    types::type_name_of(x)
                )));
            }
        }
    }
    // The pieces are copied once, straight into the new str's text.
    types::str::new_exact_with(size, nchars, |w| {
        w.push_joined(
            "",
            a.iter().map(|x| types::str::as_str(x).unwrap_or_default()),
        )
    })
    .into_word()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_build_slice(start: u64, stop: u64, step: u64) -> u64 {
    let b = builtin();
    let none = || b.none.clone();
    Obj::new(
        &b.slice,
        Payload::Slice(
            v(&start).clone(),
            v(&stop).clone(),
            opt(&step).cloned().unwrap_or_else(none),
        ),
    )
    .into_word()
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_list_append(list: u64, val: u64) -> i64 {
    status(types::list::append(v(&list), v(&val).clone()).map(|_| 0))
}

/// `d.get(key)` (`default` 0) or `d.get(key, default)` on an exact dict.
#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_get(d: u64, key: u64, default: u64) -> u64 {
    value_word(dict::get_item_inlined(v(&d), v(&key)).map(|found| {
        found.unwrap_or_else(|| {
            opt(&default)
                .cloned()
                .unwrap_or_else(|| builtin().none.clone())
        })
    }))
}

/// For generated code's dict probes (`probe_str_key`): whether the exact
/// str `s` equals `key`, a key of the same hash that is another object: 1
/// or 0, or 2 when `key` is no exact str (its `__eq__` may run Python
/// code: the runtime's lookup decides).
#[unsafe(no_mangle)]
pub extern "C" fn rt_str_key_eq(s: u64, key: u64) -> u64 {
    let (s, key) = (v(&s), v(&key));
    if !key.ty().is(&builtin().str_) {
        return 2;
    }
    match (types::str::as_str(s), types::str::as_str(key)) {
        (Some(a), Some(b)) => u64::from(a == b),
        _ => 2,
    }
}

/// `d.setdefault(key)` (`default` 0) or `d.setdefault(key, default)` on
/// an exact dict.
#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_setdefault(d: u64, key: u64, default: u64) -> u64 {
    value_word(dict::set_default(v(&d), v(&key), || {
        opt(&default)
            .cloned()
            .unwrap_or_else(|| builtin().none.clone())
    }))
}

/// `xs.pop()` (`index` 0) or `xs.pop(index)` through the `list.pop`
/// descriptor on an exact list. Popping the last item sets up no frame;
/// the rest (an index, an empty or borrowed list) is `list_pop`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_list_pop(list: u64, index: u64) -> u64 {
    if index == 0
        && let Some(item) = types::list::pop_last(v(&list))
    {
        return item.into_word();
    }
    list_pop(list, index)
}

/// `rt_list_pop` through `list.pop`'s argument handling.
#[inline(never)]
fn list_pop(list: u64, index: u64) -> u64 {
    let l = v(&list).clone();
    let r = match opt(&index) {
        Some(i) => types::list::methods::l_pop(&[l, i.clone()]),
        None => types::list::methods::l_pop(&[l]),
    };
    value_word(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_list_extend(list: u64, it: u64) -> i64 {
    let it = v(&it);
    let r = match types::list::extend(v(&list), it) {
        Err(e) if e.matches(Exc::TypeError) && !is_iterable(it) => type_error(format!(
            "Value after * must be an iterable, not {}",
            types::type_name_of(it)
        )),
        r => r,
    };
    status(r.map(|_| 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_list_to_tuple(list: u64) -> u64 {
    let l = v(&list);
    match l.payload() {
        Payload::List(x) => types::tuple::new_tuple_cloned(&x.borrow()).into_word(),
        _ => value_word(type_error("LIST_TO_TUPLE expects a list")),
    }
}

/// `s.add(val)` (`SET_ADD`, the `set.add` descriptor). A tagged int
/// whose home slot decides returns at once: this part sets up no frame,
/// nor does the walk past the home slot (`set_add_walk`); each step
/// hands over to the next as a tail call.
#[unsafe(no_mangle)]
pub extern "C" fn rt_set_add(set: u64, val: u64) -> i64 {
    match types::set::add_int_home(v(&set), v(&val)) {
        IntHome::Done(types::set::table::IntAdd::Grow) => set_add_grow(set),
        IntHome::Done(_) => 0,
        IntHome::Walk => set_add_walk(set, val),
        IntHome::General => set_add_away(set, val),
    }
}

/// `rt_set_add` for a table its home slot left to the general path (add/
/// remove churn: dummies, hints): the general add past the home slot,
/// which need not be tested again.
#[inline(never)]
fn set_add_away(set: u64, val: u64) -> i64 {
    status(types::set::add_int_away(v(&set), v(&val)).map(|_| 0))
}

/// `rt_set_add` past the home slot.
#[inline(never)]
fn set_add_walk(set: u64, val: u64) -> i64 {
    match types::set::add_int_walk(v(&set), v(&val)) {
        types::set::table::IntAdd::Done => 0,
        types::set::table::IntAdd::Grow => set_add_grow(set),
        types::set::table::IntAdd::Other => set_add(set, val),
    }
}

/// The resize after `set_add_walk` filled the table.
#[inline(never)]
fn set_add_grow(set: u64) -> i64 {
    types::set::grow_after_add(v(&set));
    0
}

/// `rt_set_add` for what the tagged-int paths leave.
#[inline(never)]
fn set_add(set: u64, val: u64) -> i64 {
    status(types::set::add(v(&set), v(&val)).map(|_| 0))
}

/// `item in s` for an exact set `s` (generated code checked the type).
/// A tagged int whose bucket count or home slot decides returns at once
/// (no frame), as does the walk past the home slot (`set_contains_walk`).
#[unsafe(no_mangle)]
pub extern "C" fn rt_set_contains(set: u64, item: u64) -> i64 {
    match types::set::contains_int_home(v(&set), v(&item)) {
        IntHome::Done(found) => i64::from(found),
        IntHome::Walk => set_contains_walk(set, item),
        IntHome::General => set_contains(set, item),
    }
}

/// `rt_set_contains` past the home slot.
#[inline(never)]
fn set_contains_walk(set: u64, item: u64) -> i64 {
    if let Some(found) = types::set::contains_int_walk(v(&set), v(&item)) {
        return i64::from(found);
    }
    set_contains(set, item)
}

/// `rt_set_contains` for what the tagged-int paths leave.
#[inline(never)]
fn set_contains(set: u64, item: u64) -> i64 {
    status(types::set::contains(v(&set), v(&item)).map(i64::from))
}

/// `s.remove(v)` through the `set.remove` descriptor on an exact set.
#[unsafe(no_mangle)]
pub extern "C" fn rt_set_remove(set: u64, val: u64) -> i64 {
    status(types::set::remove(v(&set), v(&val)).map(|_| 0))
}

/// `s.discard(v)` through the `set.discard` descriptor on an exact set.
#[unsafe(no_mangle)]
pub extern "C" fn rt_set_discard(set: u64, val: u64) -> i64 {
    status(types::set::discard(v(&set), v(&val)).map(|_| 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_set_update(set: u64, it: u64) -> i64 {
    status(types::set::update(v(&set), v(&it)).map(|_| 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_map_add(map: u64, k: u64, val: u64) -> i64 {
    status(dict::set_item(v(&map), v(&k), v(&val).clone()).map(|_| 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_update(map: u64, other: u64) -> i64 {
    let other = v(&other);
    let r = match dict::merge(v(&map), other, dict::MergeMode::Override) {
        Err(e) if e.matches(Exc::AttributeError) => type_error(format!(
            "'{}' object is not a mapping",
            types::type_name_of(other)
        )),
        r => r,
    };
    status(r.map(|_| 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_merge(map: u64, other: u64, callable: u64) -> i64 {
    let (other, callable) = (v(&other), v(&callable));
    let r = match dict::merge(v(&map), other, dict::MergeMode::ErrorOnDuplicate) {
        Err(e) if e.matches(Exc::AttributeError) => type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(callable),
            types::type_name_of(other)
        )),
        Err(e) if e.matches(Exc::KeyError) => {
            let args = crate::errors::exc_data(&e.0).map(|d| d.args.borrow().clone());
            match args.as_ref().and_then(types::tuple::as_slice) {
                Some([key]) => match ops::str_string(key) {
                    Ok(k) => type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        function_str(callable),
                        k
                    )),
                    Err(e2) => Err(e2),
                },
                _ => Err(e),
            }
        }
        r => r,
    };
    status(r.map(|_| 0))
}

fn format_value(val: &Obj, conversion: u64, spec: Option<&Obj>) -> PyResult<Obj> {
    let converted = match conversion {
        1 => ops::str_(val)?,
        2 => ops::repr(val)?,
        3 => ops::ascii(val)?,
        _ => val.clone(),
    };
    // Fast path: an exact str without a spec formats as itself.
    if spec.is_none() && converted.ty().is(&builtin().str_) {
        return Ok(converted);
    }
    let empty = builtin().empty_str.clone();
    ops::format(&converted, spec.unwrap_or(&empty))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_format_value(val: u64, conversion: u64, spec: u64) -> u64 {
    value_word(format_value(v(&val), conversion, opt(&spec)))
}
