//! bytearray's in-place mutation: `append`, `extend`, `insert`, `pop`,
//! `remove`, `reverse`, `clear`, `copy`, item and slice assignment and
//! deletion, `+=` and `*=`. Arguments are fully converted (which may run
//! Python code through `__index__`/iteration) before the buffer is
//! borrowed, so no borrow is ever held across a call into Python.

use super::{buffer, byte_value, from_iterable, repeat};
use crate::errors::{EXCEPTION_TABLE, PyErr, PyResult, index_error, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::str::args::{Arity, arity, as_ssize, item_index, slice_indices, split_self};
use crate::types::typeobj::add_methods;
use crate::types::{self, builtin, int};
use std::cell::RefCell;

const RANGE_MSG: &str = "byte must be in range(0, 256)";

/// A `BufferError` (not among `errors::Exc`, so found by name).
fn buffer_error(msg: &str) -> PyErr {
    let b = builtin();
    let i = EXCEPTION_TABLE
        .iter()
        .position(|(n, _)| *n == "BufferError")
        .unwrap_or(0);
    let ty = b.exceptions.get(i).unwrap_or(&b.exceptions[0]);
    PyErr(crate::errors::new_exception(
        ty,
        vec![crate::types::str::new_str(msg)],
    ))
}

fn cell(v: &Obj) -> PyResult<&RefCell<Vec<u8>>> {
    match v.payload() {
        Payload::ByteArray(b) => Ok(b),
        _ => type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            types::type_name_of(v)
        )),
    }
}

fn recv(args: &[Obj], a: Arity) -> PyResult<(&Obj, &RefCell<Vec<u8>>, &[Obj])> {
    let (s, rest) = split_self(args)?;
    arity(rest, a)?;
    Ok((s, cell(s)?, rest))
}

fn none() -> PyResult<Obj> {
    Ok(builtin().none.clone())
}

fn m_append(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, rest) = recv(args, Arity::One("bytearray.append"))?;
    let b = byte_value(&rest[0], RANGE_MSG)?;
    c.borrow_mut().push(b);
    none()
}

fn m_extend(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, rest) = recv(args, Arity::One("bytearray.extend"))?;
    let x = &rest[0];
    let data = match buffer(x) {
        Some(b) => b.into_owned(),
        None => {
            if crate::ops::get_iter(x).is_err() {
                return type_error(format!(
                    "can't extend bytearray with {}",
                    types::type_name_of(x)
                ));
            }
            from_iterable(x, "bytearray", RANGE_MSG)?
        }
    };
    c.borrow_mut().extend_from_slice(&data);
    none()
}

fn m_insert(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, rest) = recv(args, Arity::Clinic("insert", 2, 2))?;
    let i = as_ssize(&rest[0])?;
    let b = byte_value(&rest[1], RANGE_MSG)?;
    let mut v = c.borrow_mut();
    let n = v.len() as isize;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, b);
    none()
}

fn m_pop(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, rest) = recv(args, Arity::Clinic("pop", 0, 1))?;
    let i = match rest.first() {
        Some(v) => as_ssize(v)?,
        None => -1,
    };
    let mut v = c.borrow_mut();
    if v.is_empty() {
        return index_error("pop from empty bytearray");
    }
    let n = v.len() as isize;
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        return index_error("pop index out of range");
    }
    Ok(int::new_int(v.remove(k as usize) as i64))
}

fn m_remove(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, rest) = recv(args, Arity::One("bytearray.remove"))?;
    let b = byte_value(&rest[0], RANGE_MSG)?;
    let mut v = c.borrow_mut();
    match v.iter().position(|&x| x == b) {
        Some(k) => {
            v.remove(k);
            none()
        }
        None => value_error("value not found in bytearray"),
    }
}

fn m_reverse(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, _) = recv(args, Arity::NoArgs("bytearray.reverse"))?;
    c.borrow_mut().reverse();
    none()
}

fn m_clear(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, _) = recv(args, Arity::NoArgs("bytearray.clear"))?;
    c.borrow_mut().clear();
    none()
}

fn m_copy(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, _) = recv(args, Arity::NoArgs("bytearray.copy"))?;
    let data = c.borrow().clone();
    Ok(super::new_bytearray(data))
}

fn m_alloc(args: &[Obj]) -> PyResult<Obj> {
    let (_, c, _) = recv(args, Arity::NoArgs("bytearray.__alloc__"))?;
    let n = c.borrow().len() + 1;
    Ok(int::new_int(n as i64))
}

fn not_index<T>(key: &Obj) -> PyResult<T> {
    type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        types::type_name_of(key)
    ))
}

/// The bytes a slice assignment inserts.
fn assigned_bytes(v: &Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    let numeric = v.is_small_int()
        || matches!(
            v.payload(),
            Payload::Int(_)
                | Payload::Bool(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
        )
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|m| types::lookup_special(v, m).is_some());
    if numeric {
        return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    from_iterable(v, "bytearray", RANGE_MSG)
}

/// `b[key] = value`.
pub fn setitem(s: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
    let c = cell(s)?;
    if let Payload::Slice(..) = key.payload() {
        let data = assigned_bytes(value)?;
        let len = c.borrow().len();
        let (start, stop, step, n) = slice_indices(key, len)?;
        let mut v = c.borrow_mut();
        if v.len() != len {
            // `__index__` of the slice bounds resized the buffer.
            return Err(buffer_error("bytearray changed size during assignment"));
        }
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as isize)) as usize;
            v.splice(start..stop, data);
            return Ok(());
        }
        if data.len() != n {
            return value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                data.len()
            ));
        }
        for (k, b) in data.into_iter().enumerate() {
            v[(start + k as isize * step) as usize] = b;
        }
        return Ok(());
    }
    let len = c.borrow().len();
    let Some(i) = item_index(key, len, "bytearray index out of range")? else {
        return not_index(key);
    };
    let b = byte_value(value, RANGE_MSG)?;
    if let Some(slot) = c.borrow_mut().get_mut(i) {
        *slot = b;
    }
    Ok(())
}

/// `del b[key]`.
pub fn delitem(s: &Obj, key: &Obj) -> PyResult<()> {
    let c = cell(s)?;
    let len = c.borrow().len();
    if let Payload::Slice(..) = key.payload() {
        let (start, _, step, n) = slice_indices(key, len)?;
        if c.borrow().len() != len {
            return Err(buffer_error("bytearray changed size during deletion"));
        }
        let mut doomed = vec![false; len];
        for k in 0..n {
            doomed[(start + k as isize * step) as usize] = true;
        }
        let mut v = c.borrow_mut();
        let mut idx = 0;
        v.retain(|_| {
            let keep = !doomed.get(idx).copied().unwrap_or(false);
            idx += 1;
            keep
        });
        return Ok(());
    }
    let Some(i) = item_index(key, len, "bytearray index out of range")? else {
        return not_index(key);
    };
    let mut v = c.borrow_mut();
    if i < v.len() {
        v.remove(i);
    }
    Ok(())
}

fn m_setitem(args: &[Obj]) -> PyResult<Obj> {
    let (s, _, rest) = recv(args, Arity::Wrapper(2))?;
    setitem(s, &rest[0], &rest[1])?;
    none()
}

fn m_delitem(args: &[Obj]) -> PyResult<Obj> {
    let (s, _, rest) = recv(args, Arity::Wrapper(1))?;
    delitem(s, &rest[0])?;
    none()
}

fn m_iadd(args: &[Obj]) -> PyResult<Obj> {
    let (s, c, rest) = recv(args, Arity::Wrapper(1))?;
    let Some(data) = buffer(&rest[0]).map(|b| b.into_owned()) else {
        return type_error(format!(
            "can't concat {} to bytearray",
            types::type_name_of(&rest[0])
        ));
    };
    c.borrow_mut().extend_from_slice(&data);
    Ok(s.clone())
}

fn m_imul(args: &[Obj]) -> PyResult<Obj> {
    let (s, c, rest) = recv(args, Arity::Wrapper(1))?;
    let r = repeat(s, &rest[0])?;
    let data = super::bytes_data(&r).unwrap_or_default();
    *c.borrow_mut() = data;
    Ok(s.clone())
}

pub(super) fn register(t: &Obj) {
    add_methods(
        t,
        &[
            ("append", m_append),
            ("extend", m_extend),
            ("insert", m_insert),
            ("pop", m_pop),
            ("remove", m_remove),
            ("reverse", m_reverse),
            ("clear", m_clear),
            ("copy", m_copy),
            ("__alloc__", m_alloc),
            ("__setitem__", m_setitem),
            ("__delitem__", m_delitem),
            ("__iadd__", m_iadd),
            ("__imul__", m_imul),
        ],
    );
}
