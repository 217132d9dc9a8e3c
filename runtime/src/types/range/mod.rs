//! `range` objects (arbitrary-precision bounds, with i64 fast paths for
//! length, indexing, membership and iteration) and, in `slice`, slice
//! objects and the slice-index arithmetic shared by all sequences.

mod slice;

pub use slice::{
    new_slice, slice_adjust, slice_indices, slice_long_indices, slice_unpack, unpack_small,
};

use crate::errors::{Exc, PyErr, PyResult, index_error, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::list::util::{
    self, check_none, check_one, int_value, no_kwargs, not_implemented, py_bool,
};
use crate::types::{self, builtin, int};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The payload of range objects: exact ints.
pub struct Range {
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
    /// The number of elements (an int object; may exceed isize).
    pub length: Obj,
}

fn big(v: &Obj) -> BigInt {
    int_value(v).unwrap_or_default()
}

/// Length of range(start, stop, step) (step != 0).
fn compute_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32).div_floor(&st) + 1u32
}

/// `compute_length` for small-int bounds (no big-int arithmetic); the
/// step is not zero.
fn compute_length_small(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 {
        (start, stop, step)
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return 0;
    }
    // Small ints have 63 bits, so `hi - lo - 1` fits an i64.
    (hi - lo - 1) / st + 1
}

/// A new range over exact ints; raises ValueError for a zero step.
pub fn new_range(start: Obj, stop: Obj, step: Obj) -> PyResult<Obj> {
    let length = match (start.small_int(), stop.small_int(), step.small_int()) {
        (_, _, Some(0)) => return value_error("range() arg 3 must not be zero"),
        (Some(lo), Some(hi), Some(st)) => int::new_int(compute_length_small(lo, hi, st)),
        _ => {
            let st = big(&step);
            if st.is_zero() {
                return value_error("range() arg 3 must not be zero");
            }
            int::new_bigint(compute_length(&big(&start), &big(&stop), &st))
        }
    };
    Ok(Obj::new(
        &builtin().range,
        Payload::Range(Range {
            start,
            stop,
            step,
            length,
        }),
    ))
}

/// `range(stop)` with small bounds.
pub fn new_range_i64(start: i64, stop: i64, step: i64) -> PyResult<Obj> {
    new_range(int::new_int(start), int::new_int(stop), int::new_int(step))
}

fn data(r: &Obj) -> PyResult<&Range> {
    match r.payload() {
        Payload::Range(d) => Ok(d),
        _ => type_error(format!(
            "expected a range, got '{}'",
            types::type_name_of(r)
        )),
    }
}

/// `len(r)`, raising OverflowError when it does not fit an isize.
pub fn range_len(r: &Obj) -> PyResult<usize> {
    let d = data(r)?;
    match util::int_i64(&d.length) {
        Some(n) if n >= 0 => Ok(n as usize),
        _ => Err(PyErr::new(
            Exc::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `start + i * step`.
fn compute_item(d: &Range, i: &BigInt) -> BigInt {
    big(&d.start) + i * big(&d.step)
}

/// `r[i]` for an int index.
fn range_item(d: &Range, i: BigInt) -> PyResult<Obj> {
    let len = big(&d.length);
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return index_error("range object index out of range");
    }
    Ok(int::new_bigint(compute_item(d, &i)))
}

/// `r[key]` for an int-like or a slice.
pub fn getitem(r: &Obj, key: &Obj) -> PyResult<Obj> {
    let d = data(r)?;
    if let (Some(i), Some(s), Some(st), Some(n)) = (
        key.small_int(),
        util::int_i64(&d.start),
        util::int_i64(&d.step),
        util::int_i64(&d.length),
    ) {
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return index_error("range object index out of range");
        }
        let v = s as i128 + j as i128 * st as i128;
        if let Ok(v) = i64::try_from(v) {
            return Ok(int::new_int(v));
        }
    }
    if util::is_index(key) {
        return range_item(d, util::index_bigint(key)?);
    }
    if let Payload::Slice(..) = key.payload() {
        let (start, stop, step) = slice_long_indices(key, &big(&d.length))?;
        let substep = big(&d.step) * &step;
        let substart = compute_item(d, &start);
        let substop = compute_item(d, &stop);
        return new_range(
            int::new_bigint(substart),
            int::new_bigint(substop),
            int::new_bigint(substep),
        );
    }
    type_error(format!(
        "range indices must be integers or slices, not {}",
        types::type_name_of(key)
    ))
}

/// CPython's `range_contains_long` for an int value.
fn contains_int(d: &Range, ob: &BigInt) -> bool {
    let (start, stop, step) = (big(&d.start), big(&d.stop), big(&d.step));
    let inside = if step.is_positive() {
        &start <= ob && ob < &stop
    } else {
        ob <= &start && &stop < ob
    };
    inside && (ob - &start).mod_floor(&step).is_zero()
}

fn is_exact_int(v: &Obj) -> bool {
    let b = builtin();
    v.is_small_int() || util::exact(v, &b.int) || matches!(v.payload(), Payload::Bool(_))
}

/// `x in r`: arithmetic for ints, else a linear search with `==`.
pub fn contains(r: &Obj, x: &Obj) -> PyResult<bool> {
    let d = data(r)?;
    if is_exact_int(x) {
        if let (Some(v), Some(s), Some(e), Some(st)) = (
            util::int_i64(x),
            util::int_i64(&d.start),
            util::int_i64(&d.stop),
            util::int_i64(&d.step),
        ) {
            let inside = if st > 0 {
                s <= v && v < e
            } else {
                v <= s && e < v
            };
            return Ok(inside && ((v as i128 - s as i128).rem_euclid(st as i128)) == 0);
        }
        return Ok(contains_int(d, &big(x)));
    }
    Ok(iter_search(r, x)?.is_some())
}

/// Linear search through the range's values (CPython's
/// `_PySequence_IterSearch`): the index of the first value equal to `x`.
fn iter_search(r: &Obj, x: &Obj) -> PyResult<Option<(usize, usize)>> {
    let it = range_iter(r)?;
    let mut i = 0usize;
    let mut first = None;
    let mut count = 0usize;
    while let Some(v) = types::iter::iter_next(&it)? {
        if crate::ops::eq(&v, x)? {
            if first.is_none() {
                first = Some(i);
            }
            count += 1;
        }
        i += 1;
    }
    Ok(first.map(|f| (f, count)))
}

/// `iter(r)`: a `range_iterator` when everything fits an i64, else a
/// `longrange_iterator`.
pub fn range_iter(r: &Obj) -> PyResult<Obj> {
    let d = data(r)?;
    if let (Some(s), Some(e), Some(st), Some(n)) = (
        util::int_i64(&d.start),
        util::int_i64(&d.stop),
        util::int_i64(&d.step),
        util::int_i64(&d.length),
    ) {
        let fits = n == 0 || {
            if st > 0 {
                e <= i64::MAX - (st - 1)
            } else {
                e >= i64::MIN + (-1 - st)
            }
        };
        if fits {
            return Ok(types::iter::new_range_iter(s, st, n as u64));
        }
    }
    Ok(types::iter::new_longrange_iter(
        big(&d.start),
        big(&d.step),
        big(&d.length),
    ))
}

/// The items of `r` when its bounds are small ints and it is not huge
/// (`list(range(n))`, `tuple(range(a, b))`); None otherwise.
pub fn small_items(r: &Obj) -> Option<Vec<Obj>> {
    let d = data(r).ok()?;
    let (start, step, n) = (
        d.start.small_int()?,
        d.step.small_int()?,
        d.length.small_int()?,
    );
    if !(0..=1 << 20).contains(&n) {
        return None;
    }
    Some(
        (0..n)
            .map(|i| int::new_int_i128(i128::from(start) + i128::from(i) * i128::from(step)))
            .collect(),
    )
}

/// `reversed(r)`.
pub fn range_reversed(r: &Obj) -> PyResult<Obj> {
    let d = data(r)?;
    let (start, step, len) = (big(&d.start), big(&d.step), big(&d.length));
    let new_start = if len.is_zero() {
        start.clone()
    } else {
        &start + (&len - 1u32) * &step
    };
    let new_step = -step;
    if let (Some(s), Some(st), Some(n), Some(_)) = (
        new_start.to_i64(),
        new_step.to_i64(),
        len.to_i64(),
        (&start - &new_step).to_i64(),
    ) {
        let last = s as i128 + (n.max(1) as i128 - 1) * st as i128;
        if i64::try_from(last).is_ok() {
            return Ok(types::iter::new_range_iter(s, st, n as u64));
        }
    }
    Ok(types::iter::new_longrange_iter(new_start, new_step, len))
}

/// `repr(r)`.
pub fn range_repr(r: &Obj) -> PyResult<String> {
    let d = data(r)?;
    let start = util::repr_of(&d.start)?;
    let stop = util::repr_of(&d.stop)?;
    if util::int_i64(&d.step) == Some(1) {
        Ok(format!("range({start}, {stop})"))
    } else {
        Ok(format!(
            "range({start}, {stop}, {})",
            util::repr_of(&d.step)?
        ))
    }
}

/// CPython's `range_equals`.
pub fn range_eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let (x, y) = (data(a)?, data(b)?);
    let len = big(&x.length);
    if len != big(&y.length) {
        return Ok(false);
    }
    if len.is_zero() {
        return Ok(true);
    }
    if big(&x.start) != big(&y.start) {
        return Ok(false);
    }
    if len.is_one() {
        return Ok(true);
    }
    Ok(big(&x.step) == big(&y.step))
}

/// `hash(r)`: the hash of (len, start, step) with None for parts that do
/// not matter.
pub fn range_hash(r: &Obj) -> PyResult<i64> {
    let d = data(r)?;
    let len = big(&d.length);
    let n = util::none();
    let t = if len.is_zero() {
        vec![d.length.clone(), n.clone(), n]
    } else if len.is_one() {
        vec![d.length.clone(), d.start.clone(), n]
    } else {
        vec![d.length.clone(), d.start.clone(), d.step.clone()]
    };
    types::tuple::hash(&types::tuple::new_tuple(t))
}

fn this(a: &[Obj]) -> PyResult<&Obj> {
    match a.first() {
        Some(r) if matches!(r.payload(), Payload::Range(_)) => Ok(r),
        Some(r) => util::descr_error("range", "range", r),
        None => type_error("range method needs an argument"),
    }
}

fn r_len(a: &[Obj]) -> PyResult<Obj> {
    check_none("range.__len__", a)?;
    Ok(util::int_usize(range_len(this(a)?)?))
}
fn r_bool(a: &[Obj]) -> PyResult<Obj> {
    check_none("range.__bool__", a)?;
    Ok(py_bool(!big(&data(this(a)?)?.length).is_zero()))
}
fn r_getitem(a: &[Obj]) -> PyResult<Obj> {
    check_one("range.__getitem__", a)?;
    getitem(this(a)?, &a[1])
}
fn r_contains(a: &[Obj]) -> PyResult<Obj> {
    check_one("range.__contains__", a)?;
    Ok(py_bool(contains(this(a)?, &a[1])?))
}
fn r_iter(a: &[Obj]) -> PyResult<Obj> {
    check_none("range.__iter__", a)?;
    range_iter(this(a)?)
}
fn r_reversed(a: &[Obj]) -> PyResult<Obj> {
    check_none("range.__reversed__", a)?;
    range_reversed(this(a)?)
}
fn r_repr(a: &[Obj]) -> PyResult<Obj> {
    check_none("range.__repr__", a)?;
    Ok(types::str::new_string(range_repr(this(a)?)?))
}
fn r_hash(a: &[Obj]) -> PyResult<Obj> {
    check_none("range.__hash__", a)?;
    Ok(int::new_int(range_hash(this(a)?)?))
}
fn r_cmp(a: &[Obj], ne: bool) -> PyResult<Obj> {
    check_one("range.__eq__", a)?;
    if !matches!(a[1].payload(), Payload::Range(_)) {
        return Ok(not_implemented());
    }
    let eq = range_eq(this(a)?, &a[1])?;
    Ok(py_bool(eq != ne))
}
fn r_eq(a: &[Obj]) -> PyResult<Obj> {
    r_cmp(a, false)
}
fn r_ne(a: &[Obj]) -> PyResult<Obj> {
    r_cmp(a, true)
}
fn r_count(a: &[Obj]) -> PyResult<Obj> {
    check_one("range.count", a)?;
    let r = this(a)?;
    if is_exact_int(&a[1]) {
        return Ok(int::new_int(contains(r, &a[1])? as i64));
    }
    Ok(util::int_usize(
        iter_search(r, &a[1])?.map(|(_, c)| c).unwrap_or(0),
    ))
}
fn r_index(a: &[Obj]) -> PyResult<Obj> {
    check_one("range.index", a)?;
    let r = this(a)?;
    let x = &a[1];
    if !is_exact_int(x) {
        return match iter_search(r, x)? {
            Some((i, _)) => Ok(util::int_usize(i)),
            None => value_error("sequence.index(x): x not in sequence"),
        };
    }
    if contains(r, x)? {
        let d = data(r)?;
        let idx = (big(x) - big(&d.start)).div_floor(&big(&d.step));
        return Ok(int::new_bigint(idx));
    }
    Err(PyErr::new(
        Exc::ValueError,
        format!("{} is not in range", util::repr_of(x)?),
    ))
}
fn r_start(a: &[Obj]) -> PyResult<Obj> {
    Ok(data(this(a)?)?.start.clone())
}
fn r_stop(a: &[Obj]) -> PyResult<Obj> {
    Ok(data(this(a)?)?.stop.clone())
}
fn r_step(a: &[Obj]) -> PyResult<Obj> {
    Ok(data(this(a)?)?.step.clone())
}

/// `range(stop)` / `range(start, stop[, step])`.
fn r_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    no_kwargs("range", kw)?;
    let args = a.get(1..).unwrap_or(&[]);
    match args {
        [] => type_error("range expected at least 1 argument, got 0"),
        [stop] => new_range(int::new_int(0), util::index_obj(stop)?, int::new_int(1)),
        [start, stop] => new_range(
            util::index_obj(start)?,
            util::index_obj(stop)?,
            int::new_int(1),
        ),
        [start, stop, step] => {
            let start = util::index_obj(start)?;
            let stop = util::index_obj(stop)?;
            let step = util::index_obj(step)?;
            new_range(start, stop, step)
        }
        _ => type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )),
    }
}

/// Registers the methods of `range` and `slice`.
pub fn init_methods(b: &super::Builtins) {
    let t = &b.range;
    types::typeobj::add_methods(
        t,
        &[
            ("__len__", r_len),
            ("__bool__", r_bool),
            ("__getitem__", r_getitem),
            ("__contains__", r_contains),
            ("__iter__", r_iter),
            ("__reversed__", r_reversed),
            ("__repr__", r_repr),
            ("__hash__", r_hash),
            ("__eq__", r_eq),
            ("__ne__", r_ne),
            ("count", r_count),
            ("index", r_index),
        ],
    );
    types::typeobj::add_kw_methods(t, &[("__new__", r_new)]);
    util::add_getter(t, "start", r_start);
    util::add_getter(t, "stop", r_stop);
    util::add_getter(t, "step", r_step);
    types::dict::set_str(
        types::type_data(t).dict(),
        "__module__",
        types::str::new_str("builtins"),
    );
    slice::init(b);
}
