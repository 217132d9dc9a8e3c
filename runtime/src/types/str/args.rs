//! Argument handling shared by the str and bytes methods: CPython's
//! argument-count messages (which differ by how each method is declared),
//! keyword parsing, `__index__` conversion, `start`/`end` slice indices and
//! slice-object unpacking with `PySlice_AdjustIndices` semantics.

use crate::errors::{Exc, PyErr, PyResult, raise, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::function::Kwargs;
use crate::types::{self, builtin, int};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// How a built-in method reports a wrong number of positional arguments
/// (the wording depends on how CPython declares it).
#[derive(Clone, Copy)]
pub enum Arity {
    /// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
    NoArgs(&'static str),
    /// `METH_O`: "str.join() takes exactly one argument (0 given)".
    One(&'static str),
    /// Argument Clinic positional check: "center expected at least 1
    /// argument, got 0" (name, min, max).
    Clinic(&'static str, usize, usize),
    /// `PyArg_ParseTuple`: "find() takes at least 1 argument (0 given)".
    Tuple(&'static str, usize, usize),
    /// A slot wrapper such as `__add__`: "expected 1 argument, got 0".
    Wrapper(usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Checks the number of arguments after `self` (`args` excludes self).
pub fn arity(args: &[Obj], a: Arity) -> PyResult<()> {
    let n = args.len();
    match a {
        Arity::NoArgs(q) if n != 0 => type_error(format!("{q}() takes no arguments ({n} given)")),
        Arity::One(q) if n != 1 => {
            type_error(format!("{q}() takes exactly one argument ({n} given)"))
        }
        Arity::Clinic(name, min, max) if n < min || n > max => {
            let exact = min == max;
            if n < min {
                let q = if exact { "" } else { "at least " };
                type_error(format!(
                    "{name} expected {q}{min} argument{}, got {n}",
                    plural(min)
                ))
            } else {
                let q = if exact { "" } else { "at most " };
                type_error(format!(
                    "{name} expected {q}{max} argument{}, got {n}",
                    plural(max)
                ))
            }
        }
        Arity::Tuple(name, min, max) if n < min || n > max => {
            let (q, m) = if min == max {
                ("exactly", min)
            } else if n < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            type_error(format!(
                "{name}() takes {q} {m} argument{} ({n} given)",
                plural(m)
            ))
        }
        Arity::Wrapper(k) if n != k => {
            type_error(format!("expected {k} argument{}, got {n}", plural(k)))
        }
        _ => Ok(()),
    }
}

/// Splits a method's `args` into self and the rest.
pub fn split_self(args: &[Obj]) -> PyResult<(&Obj, &[Obj])> {
    match args.split_first() {
        Some((s, rest)) => Ok((s, rest)),
        None => raise(Exc::TypeError, "descriptor needs an argument"),
    }
}

/// Binds positional and keyword arguments to `names` the way Argument
/// Clinic's keyword parser does (`fname` is e.g. "split"). `required` is
/// the number of leading parameters that must be given.
pub fn parse_kw(
    fname: &str,
    args: &[Obj],
    kwargs: &Kwargs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Obj>>> {
    let total = args.len() + kwargs.len();
    if total > names.len() {
        let kw = if args.is_empty() { "keyword " } else { "" };
        return type_error(format!(
            "{fname}() takes at most {} {kw}argument{} ({total} given)",
            names.len(),
            plural(names.len())
        ));
    }
    let mut out: Vec<Option<Obj>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        let key = super::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i < args.len() => {
                return type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                ));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                ));
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            ));
        }
    }
    Ok(out)
}

/// Rejects keyword arguments for a method that takes none.
pub fn no_kwargs(qualname: &str, kwargs: &Kwargs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{qualname}() takes no keyword arguments"))
    }
}

/// Is `v` None?
pub fn is_none(v: &Obj) -> bool {
    v.is(&builtin().none)
}

/// The integer value of `v` through `__index__` (ints, bools and their
/// subclasses directly); `Ok(None)` when `v` has no `__index__`.
pub fn index_value(v: &Obj) -> PyResult<Option<BigInt>> {
    if let Some(i) = v.small_int() {
        return Ok(Some(BigInt::from(i)));
    }
    if matches!(v.payload(), Payload::Int(_) | Payload::Bool(_)) {
        return Ok(int::as_bigint(v));
    }
    let Some(f) = types::lookup_special(v, "__index__") else {
        return Ok(None);
    };
    let r = crate::ops::call(&f, std::slice::from_ref(v), None)?;
    let is_int = r.is_small_int() || matches!(r.payload(), Payload::Int(_) | Payload::Bool(_));
    match int::as_bigint(&r) {
        Some(b) if is_int => Ok(Some(b)),
        _ => type_error(format!(
            "__index__ returned non-int (type {})",
            types::type_name_of(&r)
        )),
    }
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: "'float' object cannot be
/// interpreted as an integer"; "Python int too large to convert to C ssize_t".
pub fn as_ssize(v: &Obj) -> PyResult<isize> {
    if let Some(i) = v.small_int() {
        return Ok(i as isize);
    }
    match index_value(v)? {
        Some(b) => match b.to_isize() {
            Some(i) => Ok(i),
            None => raise(
                Exc::OverflowError,
                "Python int too large to convert to C ssize_t",
            ),
        },
        None => not_integer(v),
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: out-of-range values are clamped.
pub fn as_ssize_clamped(v: &Obj) -> PyResult<Option<isize>> {
    if let Some(i) = v.small_int() {
        return Ok(Some(i as isize));
    }
    Ok(index_value(v)?.map(|b| clamp_isize(&b)))
}

/// Clamps a big int to the `isize` range.
pub fn clamp_isize(b: &BigInt) -> isize {
    b.to_isize().unwrap_or(if b.is_negative() {
        isize::MIN
    } else {
        isize::MAX
    })
}

/// "'float' object cannot be interpreted as an integer".
pub fn not_integer<T>(v: &Obj) -> PyResult<T> {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        types::type_name_of(v)
    ))
}

/// `_PyEval_SliceIndex`: an optional start/end argument (None means absent).
pub fn slice_index(v: Option<&Obj>) -> PyResult<Option<isize>> {
    let Some(v) = v else { return Ok(None) };
    if is_none(v) {
        return Ok(None);
    }
    match as_ssize_clamped(v)? {
        Some(i) => Ok(Some(i)),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// CPython's `ADJUST_INDICES` for the `start`/`end` arguments of `find`,
/// `count`, `startswith`...: returns (start, end), possibly start > end.
pub fn adjust_indices(start: Option<isize>, end: Option<isize>, len: usize) -> (usize, usize) {
    let len = len as isize;
    let mut end = end.unwrap_or(isize::MAX);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start as usize, end as usize)
}

/// Parses optional (start, end) arguments at `args[i]`, `args[i+1]`.
pub fn start_end(args: &[Obj], i: usize, len: usize) -> PyResult<(usize, usize)> {
    let s = slice_index(args.get(i))?;
    let e = slice_index(args.get(i + 1))?;
    Ok(adjust_indices(s, e, len))
}

/// A slice object's indices for a sequence of length `len`:
/// (start, stop, step, slice length), as `PySlice_GetIndicesEx` computes.
pub fn slice_indices(slice: &Obj, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let Payload::Slice(start, stop, step) = slice.payload() else {
        return type_error("expected a slice");
    };
    let step = match slice_index(Some(step))? {
        None => 1,
        Some(0) => return value_error("slice step cannot be zero"),
        Some(s) => s.max(-isize::MAX),
    };
    let (dstart, dstop) = if step < 0 {
        (isize::MAX, isize::MIN)
    } else {
        (0, isize::MAX)
    };
    let mut start = slice_index(Some(start))?.unwrap_or(dstart);
    let mut stop = slice_index(Some(stop))?.unwrap_or(dstop);
    let len = len as isize;
    let adjust = |i: &mut isize| {
        if *i < 0 {
            *i = i.saturating_add(len);
            if *i < 0 {
                *i = if step < 0 { -1 } else { 0 };
            }
        } else if *i >= len {
            *i = if step < 0 { len - 1 } else { len };
        }
    };
    adjust(&mut start);
    adjust(&mut stop);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// The item index for `seq[i]`: negative values count from the end;
/// out-of-range gives IndexError(`msg`). Non-int keys are the caller's job.
pub fn item_index(i: &Obj, len: usize, msg: &str) -> PyResult<Option<usize>> {
    let k = match i.small_int() {
        Some(k) => Some(k as isize),
        None => match index_value(i)? {
            Some(b) => b.to_isize(),
            None => return Ok(None),
        },
    };
    let Some(mut k) = k else {
        return Err(PyErr::new(
            Exc::IndexError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                types::type_name_of(i)
            ),
        ));
    };
    if k < 0 {
        k += len as isize;
    }
    if k < 0 || k as usize >= len {
        return raise(Exc::IndexError, msg);
    }
    Ok(Some(k as usize))
}

/// A str argument or TypeError "must be str, not int".
pub fn str_arg<'a>(v: &'a Obj, what: &str) -> PyResult<&'a str> {
    match super::as_str(v) {
        Some(s) => Ok(s),
        None => type_error(format!("{what}must be str, not {}", types::type_name_of(v))),
    }
}

/// `MemoryError()`.
pub fn memory_error<T>() -> PyResult<T> {
    Err(PyErr::with_args(Exc::MemoryError, vec![]))
}

/// Raises MemoryError when a result of `bytes` bytes cannot be allocated,
/// instead of letting the allocation abort the process. Only large sizes
/// are probed (small allocations cannot plausibly fail).
pub fn alloc_check(bytes: usize) -> PyResult<()> {
    const CHEAP: usize = 1 << 24;
    if bytes <= CHEAP {
        return Ok(());
    }
    if bytes > isize::MAX as usize {
        return memory_error();
    }
    let mut probe: Vec<u8> = Vec::new();
    if probe.try_reserve_exact(bytes).is_err() {
        return memory_error();
    }
    Ok(())
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Obj {
    builtin().not_implemented.clone()
}
