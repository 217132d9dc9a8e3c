//! `slice` objects and the index arithmetic every sequence uses: CPython's
//! `PySlice_Unpack`, `PySlice_AdjustIndices` (`slice_indices` combines
//! them) and `_PySlice_GetLongIndices` (`slice.indices()`, range slicing).

use crate::errors::{Exc, PyErr, PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::list::util::{
    self, check_one, check_range, is_none, no_kwargs, none, not_implemented,
};
use crate::types::{self, builtin, int};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// A new slice object.
pub fn new_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    Obj::new(&builtin().slice, Payload::Slice(start, stop, step))
}

fn parts(s: &Obj) -> PyResult<(&Obj, &Obj, &Obj)> {
    match s.payload() {
        Payload::Slice(a, b, c) => Ok((a, b, c)),
        _ => type_error(format!(
            "expected a slice, got '{}'",
            types::type_name_of(s)
        )),
    }
}

/// CPython's `_PyEval_SliceIndex`: a slice bound as a clamped isize.
fn slice_index(v: &Obj) -> PyResult<isize> {
    if let Some(i) = v.small_int() {
        return Ok(i as isize);
    }
    if !util::is_index(v) {
        return type_error("slice indices must be integers or None or have an __index__ method");
    }
    Ok(util::as_ssize(v, None)? as isize)
}

/// CPython's `PySlice_Unpack`: (start, stop, step) with None filled in
/// (`isize::MAX`/`MIN` stand for "to the end").
pub fn slice_unpack(s: &Obj) -> PyResult<(isize, isize, isize)> {
    let (start, stop, step) = parts(s)?;
    let step = if is_none(step) {
        1
    } else {
        let st = slice_index(step)?;
        if st == 0 {
            return value_error("slice step cannot be zero");
        }
        st.max(-isize::MAX)
    };
    let start = if is_none(start) {
        if step < 0 { isize::MAX } else { 0 }
    } else {
        slice_index(start)?
    };
    let stop = if is_none(stop) {
        if step < 0 { isize::MIN } else { isize::MAX }
    } else {
        slice_index(stop)?
    };
    Ok((start, stop, step))
}

/// `slice_unpack` of the slice `start:stop:step` (`step` None when absent)
/// without making it, when every bound is None or a small int and the step
/// is not zero: no `__index__` to call, no error to raise. None otherwise.
pub fn unpack_small(start: &Obj, stop: &Obj, step: Option<&Obj>) -> Option<(isize, isize, isize)> {
    let bound = |v: &Obj| match v.small_int() {
        Some(i) => Some(Some(i as isize)),
        None if is_none(v) => Some(None),
        None => None,
    };
    let step = match step.map(bound) {
        None | Some(Some(None)) => 1,
        Some(Some(Some(0))) | Some(None) => return None,
        Some(Some(Some(st))) => st.max(-isize::MAX),
    };
    let start = bound(start)?.unwrap_or(if step < 0 { isize::MAX } else { 0 });
    let stop = bound(stop)?.unwrap_or(if step < 0 { isize::MIN } else { isize::MAX });
    Some((start, stop, step))
}

/// CPython's `PySlice_AdjustIndices`: clips (start, stop) to a sequence of
/// `len` items and returns (start, stop, step, slicelength).
pub fn slice_adjust(
    len: usize,
    mut start: isize,
    mut stop: isize,
    step: isize,
) -> (isize, isize, isize, usize) {
    let length = len as isize;
    if start < 0 {
        start = start.saturating_add(length);
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= length {
        start = if step < 0 { length - 1 } else { length };
    }
    if stop < 0 {
        stop = stop.saturating_add(length);
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= length {
        stop = if step < 0 { length - 1 } else { length };
    }
    // (Unit steps, the common case, need no division.)
    let n = if step == 1 {
        (stop - start).max(0) as usize
    } else if step == -1 {
        (start - stop).max(0) as usize
    } else if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, slicelength) for a
/// sequence of `len` items.
pub fn slice_indices(slice: &Obj, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = slice_unpack(slice)?;
    Ok(slice_adjust(len, start, stop, step))
}

fn evaluate_index(v: &Obj) -> PyResult<BigInt> {
    if !util::is_index(v) {
        return type_error("slice indices must be integers or None or have an __index__ method");
    }
    util::index_bigint(v)
}

/// CPython's `_PySlice_GetLongIndices`: arbitrary-precision
/// (start, stop, step) for a sequence of `length` items.
pub fn slice_long_indices(s: &Obj, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let (start_o, stop_o, step_o) = parts(s)?;
    let step = if is_none(step_o) {
        BigInt::from(1)
    } else {
        let st = evaluate_index(step_o)?;
        if st.is_zero() {
            return value_error("slice step cannot be zero");
        }
        st
    };
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clip = |v: &Obj, default: &BigInt| -> PyResult<BigInt> {
        if is_none(v) {
            return Ok(default.clone());
        }
        let mut x = evaluate_index(v)?;
        if x.is_negative() {
            x += length;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        Ok(x)
    };
    let start = clip(start_o, if neg { &upper } else { &lower })?;
    let stop = clip(stop_o, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

fn this(a: &[Obj]) -> PyResult<&Obj> {
    match a.first() {
        Some(s) if matches!(s.payload(), Payload::Slice(..)) => Ok(s),
        Some(s) => util::descr_error("slice", "slice", s),
        None => type_error("slice method needs an argument"),
    }
}

fn s_repr(a: &[Obj]) -> PyResult<Obj> {
    let (x, y, z) = parts(this(a)?)?;
    Ok(types::str::new_string(format!(
        "slice({}, {}, {})",
        util::repr_of(x)?,
        util::repr_of(y)?,
        util::repr_of(z)?
    )))
}

fn s_indices(a: &[Obj]) -> PyResult<Obj> {
    check_one("slice.indices", a)?;
    let s = this(a)?;
    let length = util::index_bigint(&a[1])?;
    if length.is_negative() {
        return value_error("length should not be negative");
    }
    let (start, stop, step) = slice_long_indices(s, &length)?;
    Ok(types::tuple::new_tuple(vec![
        int::new_bigint(start),
        int::new_bigint(stop),
        int::new_bigint(step),
    ]))
}

fn s_start(a: &[Obj]) -> PyResult<Obj> {
    Ok(parts(this(a)?)?.0.clone())
}
fn s_stop(a: &[Obj]) -> PyResult<Obj> {
    Ok(parts(this(a)?)?.1.clone())
}
fn s_step(a: &[Obj]) -> PyResult<Obj> {
    Ok(parts(this(a)?)?.2.clone())
}

fn cmp(a: &[Obj], op: u64) -> PyResult<Obj> {
    check_one("slice.__eq__", a)?;
    let (Payload::Slice(a0, a1, a2), Payload::Slice(b0, b1, b2)) = (a[0].payload(), a[1].payload())
    else {
        return Ok(not_implemented());
    };
    let t1 = types::tuple::new_tuple(vec![a0.clone(), a1.clone(), a2.clone()]);
    let t2 = types::tuple::new_tuple(vec![b0.clone(), b1.clone(), b2.clone()]);
    types::tuple::richcompare(&t1, &t2, op)
}
fn s_eq(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_EQ)
}
fn s_ne(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_NE)
}
fn s_lt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LT)
}
fn s_le(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_LE)
}
fn s_gt(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GT)
}
fn s_ge(a: &[Obj]) -> PyResult<Obj> {
    cmp(a, crate::abi::CMP_GE)
}

/// `slice(stop)` / `slice(start, stop[, step])`.
fn s_new(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    no_kwargs("slice", kw)?;
    let args = a.get(1..).unwrap_or(&[]);
    check_range("slice", args.len(), 1, 3)?;
    let n = none();
    Ok(match args {
        [stop] => new_slice(n.clone(), stop.clone(), n),
        [start, stop] => new_slice(start.clone(), stop.clone(), n),
        [start, stop, step] => new_slice(start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(PyErr::new(
                Exc::TypeError,
                "slice expected at least 1 argument, got 0",
            ));
        }
    })
}

/// Registers the methods of `slice`.
pub fn init(b: &types::Builtins) {
    let t = &b.slice;
    types::typeobj::add_methods(
        t,
        &[
            ("__repr__", s_repr),
            ("indices", s_indices),
            ("__eq__", s_eq),
            ("__ne__", s_ne),
            ("__lt__", s_lt),
            ("__le__", s_le),
            ("__gt__", s_gt),
            ("__ge__", s_ge),
        ],
    );
    types::typeobj::add_kw_methods(t, &[("__new__", s_new)]);
    util::add_getter(t, "start", s_start);
    util::add_getter(t, "stop", s_stop);
    util::add_getter(t, "step", s_step);
    let d = types::type_data(t).dict();
    types::dict::set_str(d, "__hash__", none());
    types::dict::set_str(d, "__module__", types::str::new_str("builtins"));
}
