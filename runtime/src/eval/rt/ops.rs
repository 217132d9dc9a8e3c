//! Operators, attributes, subscripts and method loading.

use super::{frame, opt, v};
use crate::abi::{NB_ADD, NB_INPLACE_OFFSET, NB_OP_MASK, NB_OWNS_LEFT, NB_OWNS_RIGHT, UNARY_NOT};
use crate::errors::{Exc, PyErr, PyResult};
use crate::eval::state::{status, value_word};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::ops::attr::site::AttrSite;
use crate::types;

/// Frees an object whose refcount generated code decremented to zero.
#[unsafe(no_mangle)]
pub extern "C" fn rt_dealloc(obj: u64) {
    crate::object::dealloc(obj);
}

/// A new float from its IEEE bits (the result of inline float arithmetic).
#[unsafe(no_mangle)]
pub extern "C" fn rt_float_from_bits(bits: u64) -> u64 {
    crate::object::new_exact_float(f64::from_bits(bits)).into_word()
}

/// The C library's `pow` of two floats given as IEEE bits (for inline `**`,
/// which generated code checks and falls back from exactly as CPython's
/// `float_pow` would raise or go complex).
#[unsafe(no_mangle)]
pub extern "C" fn rt_float_pow_bits(x: u64, y: u64) -> u64 {
    f64::from_bits(x).powf(f64::from_bits(y)).to_bits()
}

/// Whether operator word `op`'s `NB_OWNS_*` flags mark an exact int that
/// nothing but the caller's operand stack holds (a few tests,
/// inline: the common answer is no, and the entry points then keep their
/// plain path). Their reusing paths are out of line, so that the plain
/// path saves no more registers than before.
#[inline(always)]
fn may_reuse(a: u64, b: u64, op: u64) -> bool {
    let sole = |w: u64, flag: u64| op & flag != 0 && types::int::reuse::sole_exact_int(w);
    sole(a, NB_OWNS_LEFT) || sole(b, NB_OWNS_RIGHT)
}

/// `a op b` computed in the digits of a temporary big int that operator
/// word `op`'s flags say the caller alone holds (`types::int::reuse`).
fn reused(a: u64, b: u64, op: u64) -> Option<u64> {
    let owners = |flag: u64| isize::from(op & flag != 0);
    let base = (op & NB_OP_MASK) % NB_INPLACE_OFFSET;
    types::int::reuse::binop_reusing(a, b, base, owners(NB_OWNS_LEFT), owners(NB_OWNS_RIGHT))
        .map(Obj::into_word)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_binary_op(a: u64, b: u64, op: u64) -> u64 {
    if may_reuse(a, b, op) {
        return binary_op_reusing(a, b, op);
    }
    let op = op & NB_OP_MASK;
    let r = if op >= NB_INPLACE_OFFSET {
        ops::inplace_op(v(&a), v(&b), op - NB_INPLACE_OFFSET)
    } else {
        ops::binary_op(v(&a), v(&b), op)
    };
    value_word(r)
}

#[inline(never)]
fn binary_op_reusing(a: u64, b: u64, op: u64) -> u64 {
    reused(a, b, op).unwrap_or_else(|| rt_binary_op(a, b, op & NB_OP_MASK))
}

/// `a op b` (op below `NB_INPLACE_OFFSET`) at a `BINARY_OP` site that may
/// call a plain instance's `__op__` directly (`abi::BINOP_SITE_WORDS`
/// words at `site`, which this fills).
///
/// # Safety
/// `site` is such a site, in the calling function's site data.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_binary_op_site(a: u64, b: u64, op: u64, site: u64) -> u64 {
    if let Some(r) = exact_str_concat(a, b, op) {
        return r;
    }
    if may_reuse(a, b, op) {
        // SAFETY: caller contract.
        return unsafe { binary_op_site_reusing(a, b, op, site) };
    }
    // SAFETY: caller contract.
    let site = unsafe { &mut *(site as *mut [u64; 4]) };
    value_word(ops::number::binary_op_site(
        v(&a),
        v(&b),
        op & NB_OP_MASK,
        site,
    ))
}

/// # Safety
/// As `rt_binary_op_site`.
#[inline(never)]
unsafe fn binary_op_site_reusing(a: u64, b: u64, op: u64, site: u64) -> u64 {
    // SAFETY: caller contract.
    reused(a, b, op).unwrap_or_else(|| unsafe { rt_binary_op_site(a, b, op & NB_OP_MASK, site) })
}

/// The rest of `a op b` after the site's `__op__` returned NotImplemented.
#[unsafe(no_mangle)]
pub extern "C" fn rt_binary_op_after_left(a: u64, b: u64, op: u64) -> u64 {
    value_word(ops::number::binary_op_after_left(v(&a), v(&b), op))
}

/// `a + b` or `a += b` (operator word `op`) of two exact strs: the
/// concatenation itself, without the slot dispatch (neither operand's type
/// has an `nb_add`, and no subclass gets to answer first).
#[inline]
fn exact_str_concat(a: u64, b: u64, op: u64) -> Option<u64> {
    let op = op & NB_OP_MASK;
    if op != NB_ADD && op != NB_ADD + NB_INPLACE_OFFSET {
        return None;
    }
    let (x, y) = (v(&a), v(&b));
    (types::str::is_exact_str(x) && types::str::is_exact_str(y))
        .then(|| value_word(types::str::concat(x, y)))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_inplace_op(a: u64, b: u64, op: u64) -> u64 {
    if let Some(r) = exact_str_concat(a, b, op) {
        return r;
    }
    if may_reuse(a, b, op) {
        return inplace_op_reusing(a, b, op);
    }
    let op = op & NB_OP_MASK;
    let op = if op >= NB_INPLACE_OFFSET {
        op - NB_INPLACE_OFFSET
    } else {
        op
    };
    value_word(ops::inplace_op(v(&a), v(&b), op))
}

#[inline(never)]
fn inplace_op_reusing(a: u64, b: u64, op: u64) -> u64 {
    reused(a, b, op).unwrap_or_else(|| rt_inplace_op(a, b, op & NB_OP_MASK))
}

/// `a += b` whose result `STORE_FAST` puts back into the local now holding
/// `local` (CPython's `unicode_concatenate`): when that local and the
/// operand stack are `a`'s only owners, an exact str `b` is appended to
/// the exact str `a` in place, and an exact big int `a` takes the sum in
/// its own digits (`types::int::reuse`); anything else is `rt_inplace_op`.
#[unsafe(no_mangle)]
pub extern "C" fn rt_inplace_add_local(a: u64, b: u64, local: u64) -> u64 {
    if a == local {
        if types::str::append_in_place(a, b) {
            return v(&a).clone().into_word();
        }
        if Obj::borrow(&a).refcount() == 2
            && let Some(r) = types::int::reuse::binop_reusing(a, b, NB_ADD, 2, 0)
        {
            return r.into_word();
        }
    }
    rt_inplace_op(a, b, NB_ADD)
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_compare_op(a: u64, b: u64, op: u64) -> u64 {
    value_word(ops::rich_compare(v(&a), v(&b), op))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_compare_bool(a: u64, b: u64, op: u64) -> i64 {
    status(ops::rich_compare_bool(v(&a), v(&b), op).map(i64::from))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_unary_op(a: u64, op: u64) -> u64 {
    if op == UNARY_NOT {
        return value_word(ops::is_true(v(&a)).map(|t| types::int::new_bool(!t)));
    }
    value_word(ops::unary_op(v(&a), op))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_is_true(a: u64) -> i64 {
    let o = v(&a);
    match o.payload() {
        Payload::Bool(b) => return *b as i64,
        Payload::None => return 0,
        _ => {}
    }
    if let Some(n) = o.small_int() {
        return (n != 0) as i64;
    }
    status(ops::is_true(o).map(i64::from))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_contains(container: u64, item: u64) -> i64 {
    status(ops::contains(v(&container), v(&item)).map(i64::from))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_delete_attr(obj: u64, name: u64) -> i64 {
    status(ops::delattr(v(&obj), v(&name)).map(|_| 0))
}

/// `LOAD_ATTR` through a site cache.
///
/// # Safety
/// `site` must be an `AttrSite` of the calling code (`abi::ATTR_SITE_WORDS`
/// writable words, zero until the runtime fills them).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_attr_cached(obj: u64, name: u64, site: u64) -> u64 {
    // SAFETY: caller contract; generated code runs on one thread.
    let site = unsafe { &mut *(site as *mut AttrSite) };
    value_word(crate::ops::attr::site::load_attr(site, v(&obj), v(&name)))
}

/// Fills the entry of a `LOAD_ATTR` (or with `store` 1, a `STORE_ATTR`)
/// site for `obj`'s type, without loading or storing the attribute: for a
/// function body inlined into its caller (`translate::inline`), whose real
/// call then does. Filling runs no Python code.
///
/// # Safety
/// As `rt_load_attr_cached`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_attr_site_prime(obj: u64, name: u64, site: u64, store: u64) {
    // SAFETY: caller contract; generated code runs on one thread.
    let site = unsafe { &mut *(site as *mut AttrSite) };
    crate::ops::attr::site::prime(site, v(&obj), v(&name), store != 0);
}

/// `STORE_ATTR` through a site cache.
///
/// # Safety
/// As `rt_load_attr_cached`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_store_attr_cached(obj: u64, name: u64, val: u64, site: u64) -> i64 {
    // SAFETY: caller contract.
    let site = unsafe { &mut *(site as *mut AttrSite) };
    status(crate::ops::attr::site::store_attr(site, v(&obj), v(&name), v(&val)).map(|_| 0))
}

/// `LOAD_METHOD` through a site cache; writes the two results as
/// `LOAD_METHOD` expects them: `[method, self]` or `[NULL, attribute]`.
///
/// # Safety
/// As `rt_load_attr_cached`; `out` has two writable slots.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_method_cached(obj: u64, name: u64, out: u64, site: u64) -> i64 {
    // SAFETY: caller contract.
    let site = unsafe { &mut *(site as *mut AttrSite) };
    match crate::ops::attr::site::load_method(site, v(&obj), v(&name)) {
        Ok((m, true)) => {
            // SAFETY: `out` has two slots (caller contract).
            unsafe {
                *(out as *mut u64) = m.into_word();
                *(out as *mut u64).add(1) = v(&obj).clone().into_word();
            }
            0
        }
        Ok((attr, false)) => {
            // SAFETY: as above.
            unsafe {
                *(out as *mut u64) = 0;
                *(out as *mut u64).add(1) = attr.into_word();
            }
            0
        }
        Err(e) => status(Err(e)),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_subscr(obj: u64, key: u64) -> u64 {
    value_word(ops::getitem(v(&obj), v(&key)))
}

/// `BUILD_TUPLE 2` + `BINARY_SUBSCR`: `obj[a, b]`. A present key of an
/// exact dict is read without the tuple (`dict::get_pair`); anything else
/// gets the tuple, as in CPython.
#[unsafe(no_mangle)]
pub extern "C" fn rt_subscr_pair(obj: u64, a: u64, b: u64) -> u64 {
    if let Some(value) = types::dict::get_pair(v(&obj), v(&a), v(&b)) {
        return value.into_word();
    }
    subscr_pair_tuple(obj, a, b)
}

/// `rt_subscr_pair` with the tuple (out of line: the lookup without it
/// saves no registers for this part).
#[inline(never)]
fn subscr_pair_tuple(obj: u64, a: u64, b: u64) -> u64 {
    let key = types::tuple::new_tuple_array([v(&a).clone(), v(&b).clone()]);
    value_word(ops::getitem(v(&obj), &key))
}

/// `BUILD_TUPLE 2` + the container's `LOAD_FAST` + `CONTAINS_OP`:
/// `(a, b) in container`. An exact dict answers without the tuple when it
/// can (`dict::contains_pair`); anything else gets the tuple.
#[unsafe(no_mangle)]
pub extern "C" fn rt_contains_pair(container: u64, a: u64, b: u64) -> i64 {
    if let Some(found) = types::dict::contains_pair(v(&container), v(&a), v(&b)) {
        return i64::from(found);
    }
    contains_pair_tuple(container, a, b)
}

/// `rt_contains_pair` with the tuple (out of line, as `subscr_pair_tuple`).
#[inline(never)]
fn contains_pair_tuple(container: u64, a: u64, b: u64) -> i64 {
    let key = types::tuple::new_tuple_array([v(&a).clone(), v(&b).clone()]);
    status(ops::contains(v(&container), &key).map(i64::from))
}

/// `obj[key] = val`. An exact dict (`d[k] = v`, the commonest store) goes
/// straight to `dict::set_item`, which `ops::setitem` would also pick.
#[unsafe(no_mangle)]
pub extern "C" fn rt_store_subscr(obj: u64, key: u64, val: u64) -> i64 {
    let o = v(&obj);
    let r = if o.ty_word() == types::builtin().dict.word() {
        types::dict::set_item_inlined(o, v(&key), v(&val).clone())
    } else {
        ops::setitem(o, v(&key), v(&val))
    };
    status(r.map(|_| 0))
}

/// The slice `start:stop:step` (`step` 0: absent) as an object, for the
/// generic protocol.
fn slice_object(start: u64, stop: u64, step: u64) -> Obj {
    let step = opt(&step).cloned();
    types::range::new_slice(
        v(&start).clone(),
        v(&stop).clone(),
        step.unwrap_or_else(|| types::builtin().none.clone()),
    )
}

/// `BUILD_SLICE` + `BINARY_SUBSCR`: `obj[start:stop:step]` (`step` 0:
/// absent). Exact lists, tuples and strs sliced by None/small-int bounds
/// make no slice object; anything else gets one, as in CPython.
#[unsafe(no_mangle)]
pub extern "C" fn rt_subscr_slice(obj: u64, start: u64, stop: u64, step: u64) -> u64 {
    let o = v(&obj);
    let b = types::builtin();
    let ty = o.ty_word();
    // (A direct call: the list's slicing inlines here.)
    if ty == b.list.word()
        && let Some((start, stop, step)) =
            types::range::unpack_small(v(&start), v(&stop), opt(&step))
    {
        return value_word(types::list::get_slice(o, start, stop, step));
    }
    if ty == b.str_.word()
        && step == 0
        && let Payload::Str(p) = o.payload()
        && p.is_ascii()
        && let Some((start, stop, _)) = types::range::unpack_small(v(&start), v(&stop), None)
    {
        return ascii_slice(o, p, start, stop).into_word();
    }
    let get_slice = if ty == b.list.word() {
        types::list::get_slice
    } else if ty == b.tuple.word() {
        types::tuple::get_slice
    } else if ty == b.str_.word() {
        types::str::get_slice
    } else {
        return value_word(ops::getitem(o, &slice_object(start, stop, step)));
    };
    match types::range::unpack_small(v(&start), v(&stop), opt(&step)) {
        Some((start, stop, step)) => value_word(get_slice(o, start, stop, step)),
        None => value_word(ops::getitem(o, &slice_object(start, stop, step))),
    }
}

/// `s[start:stop]` of the exact str `s` (text `p`) of ASCII text: its
/// code points are its bytes, so the slice is made from the bytes at once
/// (`w[:2]`), without `str.__getitem__`'s generic slicing. The whole text
/// is `s` itself, as in CPython.
#[inline(always)]
fn ascii_slice(s: &Obj, p: &types::str::PyStr, start: isize, stop: isize) -> Obj {
    let (start, _, _, n) = types::range::slice_adjust(p.nchars, start, stop, 1);
    if n == p.nchars {
        return s.clone();
    }
    let start = start as usize;
    debug_assert!(p.is_ascii() && start + n <= p.s.len());
    // SAFETY: `slice_adjust` keeps `start..start + n` within the text's
    // `nchars` code points, which are its bytes (ASCII): every byte
    // offset is a character boundary.
    types::str::new_ascii_inlined(unsafe { p.s.get_unchecked(start..start + n) })
}

/// `BUILD_SLICE` + `STORE_SUBSCR`: `obj[start:stop:step] = val` (`step` 0:
/// absent), without a slice object for exact lists and None/small-int
/// bounds.
/// `d[key] = d.get(key, default) + delta` in one step (generated code calls
/// it at the first instruction of that statement, with the two small ints'
/// words): 1 when `d` is an exact dict and `types::dict::add_small_int`
/// did it, else 0 with nothing done, and the statement's instructions run
/// as written.
#[unsafe(no_mangle)]
pub extern "C" fn rt_dict_add_int(d: u64, key: u64, default: u64, delta: u64) -> u64 {
    let dict = types::builtin().dict.word();
    if d & crate::abi::TAG_MASK != 0 || d == 0 || key == 0 || v(&d).ty_word() != dict {
        return 0;
    }
    let (Some(default), Some(delta)) = (v(&default).small_int(), v(&delta).small_int()) else {
        return 0;
    };
    u64::from(types::dict::add_small_int(v(&d), v(&key), default, delta))
}

/// `dst[start:stop] = src[sstart:sstop:sstep]` in one step (generated code
/// calls it at the first instruction of that statement, when the target's
/// bounds were computed without running code): 1 when both are exact lists,
/// the bounds None or small ints and the source slice exactly as long as
/// the target slice (`types::list::copy_slice_same_length`), else 0 with
/// nothing done, and the statement's instructions run as written.
#[unsafe(no_mangle)]
pub extern "C" fn rt_list_slice_copy(
    src: u64,
    sstart: u64,
    sstop: u64,
    sstep: u64,
    dst: u64,
    start: u64,
    stop: u64,
) -> u64 {
    let list = types::builtin().list.word();
    let exact = |w: u64| w & crate::abi::TAG_MASK == 0 && w != 0 && v(&w).ty_word() == list;
    if !exact(src) || !exact(dst) || [sstart, sstop, sstep, start, stop].contains(&0) {
        return 0;
    }
    let (Some(source), Some((start, stop, 1))) = (
        types::range::unpack_small(v(&sstart), v(&sstop), Some(v(&sstep))),
        types::range::unpack_small(v(&start), v(&stop), None),
    ) else {
        return 0;
    };
    u64::from(types::list::copy_slice_same_length(
        v(&dst),
        start,
        stop,
        v(&src),
        source,
    ))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_store_subscr_slice(
    obj: u64,
    start: u64,
    stop: u64,
    step: u64,
    val: u64,
) -> i64 {
    let o = v(&obj);
    let list = types::builtin().list.word();
    if o.ty_word() == list
        && let Some((start, stop, step)) =
            types::range::unpack_small(v(&start), v(&stop), opt(&step))
    {
        // `a[i:j] = b` with `b` an exact list as long as the slice (as in
        // `a[:k] = a[k - 1::-1]`): overwritten in place, no dispatch.
        let val = v(&val);
        if step == 1
            && val.heap().is_some_and(|h| h.ty_word() == list)
            && !val.is(o)
            && types::list::store_slice_same_length(o, start, stop, val)
        {
            return 0;
        }
        let r = types::list::ass_slice_unpacked(o, start, stop, step, Some(val));
        return status(r.map(|_| 0));
    }
    let key = slice_object(start, stop, step);
    status(ops::setitem(o, &key, v(&val)).map(|_| 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn rt_delete_subscr(obj: u64, key: u64) -> i64 {
    status(ops::delitem(v(&obj), v(&key)).map(|_| 0))
}

/// `super().name` inside a method: uses the frame's `__class__` cell and its
/// first argument. Requires the native code to leave `localsplus[0]` (and
/// the `__class__` free slot) holding their values.
///
/// # Safety
/// `frame_w` must be the calling frame.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rt_load_super_attr(frame_w: u64, name: u64) -> u64 {
    // SAFETY: generated code passes its own live frame.
    let f = unsafe { frame(frame_w) };
    value_word(super_attr(f, v(&name)))
}

fn cell_content(c: &Obj) -> Option<Obj> {
    match c.payload() {
        Payload::Cell(x) => x.borrow().clone(),
        _ => None,
    }
}

fn super_error(msg: String) -> PyErr {
    PyErr::new(Exc::RuntimeError, msg)
}

/// Zero-argument `super()` in frame `f`: (the `__class__` cell's class, the
/// first argument), with CPython's error messages. Reads `localsplus[0]`
/// and the `__class__` free slot, which the native code must keep intact.
pub fn zero_arg_super_of(f: &crate::eval::frame::Frame) -> PyResult<(Obj, Obj)> {
    let cd = f.code_data();
    let slots = crate::eval::frame::Frame::slots(f as *const _ as *mut _);
    let nlp = cd.nlocalsplus();
    if cd.argcount == 0 || nlp == 0 {
        return Err(super_error("super(): no arguments".into()));
    }
    // SAFETY: slot 0 exists (nlp > 0).
    let w = unsafe { *slots };
    let first = if w == 0 {
        None
    } else if cd.localsplus_kinds[0] & crate::abi::CO_FAST_CELL != 0 {
        cell_content(Obj::borrow(&w))
    } else {
        Some(Obj::borrow(&w).clone())
    };
    let Some(first) = first else {
        return Err(super_error("super(): arg[0] deleted".into()));
    };
    let mut cell = None;
    for i in 0..nlp {
        if cd.localsplus_kinds[i] & crate::abi::CO_FAST_FREE != 0
            && types::str::as_str(&cd.localsplus_names[i]) == Some("__class__")
        {
            // SAFETY: `i < nlocalsplus` slots exist; free slots hold cells.
            let w = unsafe { *slots.add(i) };
            if w != 0 {
                cell = Some(Obj::borrow(&w).clone());
            }
        }
    }
    let Some(cell) = cell else {
        return Err(super_error("super(): __class__ cell not found".into()));
    };
    let Some(class) = cell_content(&cell) else {
        return Err(super_error("super(): empty __class__ cell".into()));
    };
    if !matches!(class.payload(), Payload::Type(_)) {
        return Err(super_error(format!(
            "super(): __class__ is not a type ({})",
            types::type_name_of(&class)
        )));
    }
    Ok((class, first))
}

fn super_attr(f: &crate::eval::frame::Frame, name: &Obj) -> PyResult<Obj> {
    let (class, first) = zero_arg_super_of(f)?;
    let bd = crate::eval::state::builtins_dict();
    let Some(sup) = types::dict::get_str(&bd, "super") else {
        return Err(PyErr::new(Exc::NameError, "name 'super' is not defined"));
    };
    let s = ops::call(&sup, &[class, first], None)?;
    ops::getattr(&s, name)
}
