//! The loops over successive non-overlapping matches (CPython 3.7+
//! empty-match rules: an empty match may follow a non-empty one at the same
//! position, but the next search after an empty match must advance):
//!
//! * `findall(handle, string, pos, endpos)` → strings or group tuples;
//! * `split(handle, string, maxsplit)` → the pieces and the groups;
//! * `sub(pattern, handle, repl, string, count, kind)` → `(result, n)`,
//!   where `repl` is a literal (kind 0), a template list of literals and
//!   group numbers from `re._compile_template` (kind 1), or a callable
//!   given each `re.Match` (kind 2).
//!
//! Argument checks and templates stay in `re.py`; this file only loops.

use super::matcher::{Mode, NONE, Scratch};
use super::matchobj::new_match;
use super::{
    Compiled, Matchable, Subject, bounds, compiled, put_scratch, subject, take_scratch, with_units,
};
use crate::builtins::check_count;
use crate::errors::PyResult;
use crate::object::{Obj, Payload};
use crate::types::{self, builtin};

/// Calls `each` with the matcher state after every match of `c` in
/// `t[pos..end]`, at most `limit` times when `limit` > 0; `adv` forbids an
/// empty match at `pos`. Returns the number of matches.
fn each_match(
    c: &Compiled,
    t: &dyn Matchable,
    (mut pos, end): (usize, usize),
    limit: usize,
    mut adv: bool,
    each: &mut dyn FnMut(&Scratch) -> PyResult<()>,
) -> PyResult<usize> {
    let mut scratch = take_scratch();
    let mut n = 0;
    let mut result = Ok(());
    while pos <= end && (limit == 0 || n < limit) {
        if !t.search(&c.prog, end, pos, Mode::Search, adv, &mut scratch) {
            break;
        }
        let (s, e) = (scratch.slots[0], scratch.slots[1]);
        adv = s == e;
        pos = e;
        n += 1;
        result = each(&scratch);
        if result.is_err() {
            break;
        }
    }
    put_scratch(scratch);
    result.map(|()| n)
}

/// Group `i` of the match in `f`, or `missing` when it did not take part.
fn group(subj: &Subject, f: &Scratch, i: usize, missing: &Obj) -> Obj {
    match (f.slots[2 * i], f.slots[2 * i + 1]) {
        (s, e) if s == NONE || e == NONE => missing.clone(),
        (s, e) => subj.slice(s, e),
    }
}

/// A non-negative count argument (`limit`, `maxsplit`, `count`); negative
/// values mean "no limit" to the callers, which check them first.
fn count_arg(v: &Obj) -> PyResult<usize> {
    Ok(types::int::as_index_i64(v)?.max(0) as usize)
}

pub(super) fn s_findall(a: &[Obj]) -> PyResult<Obj> {
    check_count("findall", a.len(), 4, 4)?;
    let c = compiled(&a[0])?;
    let subj = subject(&c, &a[1])?;
    let groups = c.prog.groups;
    let empty = subj.empty();
    let mut out = Vec::new();
    with_units(&subj, &mut |t| {
        let bounds = bounds(&a[2], &a[3], t.len())?;
        each_match(&c, t, bounds, 0, false, &mut |f| {
            out.push(match groups {
                0 => group(&subj, f, 0, &empty),
                1 => group(&subj, f, 1, &empty),
                _ => types::tuple::new_tuple(
                    (1..=groups).map(|i| group(&subj, f, i, &empty)).collect(),
                ),
            });
            Ok(())
        })
    })?;
    Ok(types::list::new_list(out))
}

pub(super) fn s_split(a: &[Obj]) -> PyResult<Obj> {
    check_count("split", a.len(), 3, 3)?;
    let c = compiled(&a[0])?;
    let subj = subject(&c, &a[1])?;
    let maxsplit = count_arg(&a[2])?;
    let groups = c.prog.groups;
    let none = builtin().none.clone();
    let mut out = Vec::new();
    with_units(&subj, &mut |t| {
        let mut last = 0;
        each_match(&c, t, (0, t.len()), maxsplit, false, &mut |f| {
            out.push(subj.slice(last, f.slots[0]));
            out.extend((1..=groups).map(|i| group(&subj, f, i, &none)));
            last = f.slots[1];
            Ok(())
        })?;
        out.push(subj.slice(last, t.len()));
        Ok(())
    })?;
    Ok(types::list::new_list(out))
}

pub(super) fn s_sub(a: &[Obj]) -> PyResult<Obj> {
    check_count("sub", a.len(), 6, 6)?;
    let c = compiled(&a[1])?;
    let (repl, string) = (&a[2], &a[3]);
    let subj = subject(&c, string)?;
    let count = count_arg(&a[4])?;
    let kind = count_arg(&a[5])?;
    let template = match repl.payload() {
        Payload::List(_) if kind == 1 => types::list::items(repl),
        _ => Vec::new(),
    };
    let mut pieces = Vec::new();
    let mut len = 0;
    let n = with_units(&subj, &mut |t| {
        len = t.len();
        let mut last = 0;
        let n = each_match(&c, t, (0, len), count, false, &mut |f| {
            let (s, e) = (f.slots[0], f.slots[1]);
            if last < s {
                pieces.push(subj.slice(last, s));
            }
            match kind {
                0 => pieces.push(repl.clone()),
                1 => {
                    for item in &template {
                        match item.small_int() {
                            Some(i) => match (f.slots[2 * i as usize], f.slots[2 * i as usize + 1])
                            {
                                (s, e) if s == NONE || e == NONE => {}
                                (s, e) => pieces.push(subj.slice(s, e)),
                            },
                            None => pieces.push(item.clone()),
                        }
                    }
                }
                _ => {
                    let m = new_match(&a[0], string, subj.clone(), &c, (0, t.len()), f);
                    let r = crate::ops::call::call(repl, &[m], None)?;
                    if !r.is(&builtin().none) {
                        pieces.push(r);
                    }
                }
            }
            last = e;
            Ok(())
        })?;
        if last < len {
            pieces.push(subj.slice(last, len));
        }
        Ok(n)
    })?;
    let b = builtin();
    let exact = string.ty().is(&b.str_) || string.ty().is(&b.bytes);
    let result = if n == 0 && exact {
        string.clone()
    } else {
        let empty = subj.empty();
        crate::ops::call::call_method(&empty, "join", &[types::list::new_list(pieces)])?
    };
    Ok(types::tuple::new_tuple(vec![
        result,
        types::int::new_int(n as i64),
    ]))
}
