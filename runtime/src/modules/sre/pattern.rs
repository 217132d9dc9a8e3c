//! The hottest `re.Pattern` methods — `match`, `fullmatch`, `search` and
//! `findall` — as built-in method descriptors that `re.py` installs on its
//! `Pattern` class (`_sre.pattern_methods(Pattern)`), so a call costs no
//! Python frame. They read the compiled program through the instance's
//! `_handle` (remembered for the last few patterns) and parse their
//! arguments as CPython's argument clinic does (`string`, then optional
//! `pos` and `endpos`).
//!
//! Also the module-level `re.match`/`re.fullmatch`/`re.search`: they look
//! flagless str patterns up in `re.py`'s pattern cache and call `re._compile`
//! (registered with `_sre.set_compile`) only on a miss or with flags; their
//! argument errors are those of the Python functions they replace.

use super::matcher::{self, Mode};
use super::{
    Compiled, Subject, bounds, compiled, matchobj, scan, subject, with_scratch, with_units,
};
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::{self, builtin};
use std::cell::{OnceCell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// CPython's default `endpos` (`PY_SSIZE_T_MAX`).
const MAXSIZE: i64 = i64::MAX;

// Objects are never released at thread exit (the runtime may be gone).
thread_local! {
    static HANDLE_NAME: ManuallyDrop<OnceCell<Obj>> = const { ManuallyDrop::new(OnceCell::new()) };
    /// `re._compile` and `re._plain_cache` (flagless str pattern → Pattern).
    static COMPILE: ManuallyDrop<OnceCell<(Obj, Obj)>> = const { ManuallyDrop::new(OnceCell::new()) };
}

/// `(string, pos, endpos)` from `method(string, pos=0, endpos=MAXSIZE)`
/// (None: not given; the default `endpos` would be a big int object).
fn string_pos_endpos(
    name: &str,
    a: &[Obj],
    kw: &Kwargs,
) -> PyResult<(Obj, Option<Obj>, Option<Obj>)> {
    const NAMES: [&str; 3] = ["string", "pos", "endpos"];
    let given = a.len() - 1 + kw.len();
    if given > 3 {
        return type_error(format!(
            "{name}() takes at most 3 arguments ({given} given)"
        ));
    }
    let mut args: [Option<Obj>; 3] = [a.get(1).cloned(), a.get(2).cloned(), a.get(3).cloned()];
    for (k, v) in kw {
        let key = types::str::as_str(k).unwrap_or("");
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return type_error(format!(
                "'{key}' is an invalid keyword argument for {name}()"
            ));
        };
        if args[i].is_some() {
            return type_error(format!(
                "argument for {name}() given by name ('{key}') and position ({})",
                i + 1
            ));
        }
        args[i] = Some(v.clone());
    }
    let [string, pos, endpos] = args;
    let Some(string) = string else {
        return type_error(format!(
            "{name}() missing required argument 'string' (pos 1)"
        ));
    };
    Ok((string, pos, endpos))
}

/// The pattern's `_handle` attribute.
fn handle(pattern: &Obj) -> PyResult<Obj> {
    let name = HANDLE_NAME.with(|n| n.get_or_init(|| types::str::intern("_handle")).clone());
    crate::ops::attr::getattr(pattern, &name)
}

/// How many patterns `program_of` remembers.
const RECENT_PATTERNS: usize = 4;

/// The last patterns run, with their programs, and where the next one goes.
struct Recent {
    entries: [Option<(Obj, Rc<Compiled>)>; RECENT_PATTERNS],
    next: usize,
}

thread_local! {
    static RECENT: ManuallyDrop<RefCell<Recent>> = const {
        ManuallyDrop::new(RefCell::new(Recent {
            entries: [None, None, None, None],
            next: 0,
        }))
    };
}

/// The compiled program of `pattern` (an `re.Pattern`): the last few
/// patterns are remembered (and kept alive, as `re`'s cache keeps them), so
/// a loop over `p.match(...)` or `re.search(...)` reads `_handle` once.
fn program_of(pattern: &Obj) -> PyResult<Rc<Compiled>> {
    let hit = RECENT.with(|r| {
        r.borrow()
            .entries
            .iter()
            .flatten()
            .find(|(p, _)| p.is(pattern))
            .map(|(_, c)| c.clone())
    });
    if let Some(c) = hit {
        return Ok(c);
    }
    let c = compiled(&handle(pattern)?)?;
    RECENT.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            let at = r.next;
            r.entries[at] = Some((pattern.clone(), c.clone()));
            r.next = (at + 1) % RECENT_PATTERNS;
        }
    });
    Ok(c)
}

fn run(name: &str, mode: Mode, a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    // (The common `p.match(s)`: no argument parsing.)
    if let ([pattern, string], []) = (a, kw) {
        return search(pattern, string, None, None, mode);
    }
    let (string, pos, endpos) = string_pos_endpos(name, a, kw)?;
    search(&a[0], &string, pos.as_ref(), endpos.as_ref(), mode)
}

/// Runs `pattern` (an `re.Pattern`) over `string[pos:endpos]` (the whole
/// string for missing bounds).
fn search(
    pattern: &Obj,
    string: &Obj,
    pos: Option<&Obj>,
    endpos: Option<&Obj>,
    mode: Mode,
) -> PyResult<Obj> {
    let c = program_of(pattern)?;
    // An ASCII str searched as a whole (the common case) goes straight to
    // the byte matcher, without the subject's dispatch.
    if let (None, None, true, Payload::Str(p)) = (pos, endpos, c.is_text, string.payload())
        && p.is_ascii()
    {
        let t = p.as_str().as_bytes();
        let r = with_scratch(|scratch| {
            matcher::search(&c.prog, t, 0, mode, false, scratch).then(|| {
                let subj = Subject::Narrow(string.clone());
                matchobj::new_match(pattern, string, subj, &c, (0, t.len()), scratch)
            })
        });
        return Ok(r.unwrap_or_else(|| builtin().none.clone()));
    }
    let subj = subject(&c, string)?;
    let r = with_units(&subj, &mut |t| {
        let (pos, end) = match (pos, endpos) {
            (None, None) => (0, t.len()),
            _ => {
                let zero = types::int::new_int(0);
                let len = types::int::new_int(t.len() as i64);
                bounds(pos.unwrap_or(&zero), endpos.unwrap_or(&len), t.len())?
            }
        };
        Ok(with_scratch(|scratch| {
            t.search(&c.prog, end, pos, mode, false, scratch).then(|| {
                matchobj::new_match(pattern, string, subj.clone(), &c, (pos, end), scratch)
            })
        }))
    })?;
    Ok(r.unwrap_or_else(|| builtin().none.clone()))
}

fn p_match(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    run("match", Mode::Match, a, kw)
}

fn p_fullmatch(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    run("fullmatch", Mode::FullMatch, a, kw)
}

fn p_search(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    run("search", Mode::Search, a, kw)
}

fn p_findall(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let (string, pos, endpos) = string_pos_endpos("findall", a, kw)?;
    let pos = pos.unwrap_or_else(|| types::int::new_int(0));
    let endpos = endpos.unwrap_or_else(|| types::int::new_int(MAXSIZE));
    scan::s_findall(&[handle(&a[0])?, string, pos, endpos])
}

/// `_sre.pattern_methods(Pattern)` → `{name: method descriptor}`.
pub(super) fn pattern_methods(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("pattern_methods", a.len(), 1, 1)?;
    let cls = &a[0];
    let methods: [(&'static str, fn(&[Obj], &Kwargs) -> PyResult<Obj>); 4] = [
        ("match", p_match),
        ("fullmatch", p_fullmatch),
        ("search", p_search),
        ("findall", p_findall),
    ];
    let d = types::dict::new_dict();
    for (name, f) in methods {
        let m = types::typeobj::method_descr(cls, name, BuiltinImpl::Kw(f));
        types::dict::set_str(&d, name, m);
    }
    Ok(d)
}

/// `(pattern, string, flags)` of `re.search(pattern, string, flags=0)`,
/// with the messages of a Python function's argument binding.
fn pattern_string_flags(name: &str, a: &[Obj], kw: &Kwargs) -> PyResult<[Option<Obj>; 3]> {
    const NAMES: [&str; 3] = ["pattern", "string", "flags"];
    if a.len() > 3 {
        return type_error(format!(
            "{name}() takes from 2 to 3 positional arguments but {} were given",
            a.len()
        ));
    }
    let mut args: [Option<Obj>; 3] = [a.first().cloned(), a.get(1).cloned(), a.get(2).cloned()];
    for (k, v) in kw {
        let key = types::str::as_str(k).unwrap_or("");
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return type_error(format!(
                "{name}() got an unexpected keyword argument '{key}'"
            ));
        };
        if args[i].is_some() {
            return type_error(format!("{name}() got multiple values for argument '{key}'"));
        }
        args[i] = Some(v.clone());
    }
    let missing: Vec<String> = NAMES[..2]
        .iter()
        .zip(&args)
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    match missing.as_slice() {
        [] => Ok(args),
        [one] => type_error(format!(
            "{name}() missing 1 required positional argument: {one}"
        )),
        _ => type_error(format!(
            "{name}() missing 2 required positional arguments: {} and {}",
            missing[0], missing[1]
        )),
    }
}

fn module_run(name: &str, mode: Mode, a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    // (The common `re.match(p, s)`: no argument parsing.)
    if let ([pattern, string], []) = (a, kw) {
        let p = pattern_object(pattern, None)?;
        return search(&p, string, None, None, mode);
    }
    let [pattern, string, flags] = pattern_string_flags(name, a, kw)?;
    let (pattern, string) = (pattern.expect("checked"), string.expect("checked"));
    let p = pattern_object(&pattern, flags)?;
    search(&p, &string, None, None, mode)
}

/// `re._compile(pattern, flags)`, through `re`'s cache of flagless str
/// patterns.
fn pattern_object(pattern: &Obj, flags: Option<Obj>) -> PyResult<Obj> {
    let Some((compile, cache)) = COMPILE.with(|c| c.get().cloned()) else {
        return type_error("re is not initialized");
    };
    let plain = flags.as_ref().is_none_or(|f| f.small_int() == Some(0));
    let cached = match plain && types::str::is_exact_str(pattern) {
        true => types::dict::get_item(&cache, pattern)?,
        false => None,
    };
    match cached {
        Some(p) => Ok(p),
        None => {
            let flags = flags.unwrap_or_else(|| types::int::new_int(0));
            crate::ops::call::call(&compile, &[pattern.clone(), flags], None)
        }
    }
}

fn m_match(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    module_run("match", Mode::Match, a, kw)
}

fn m_fullmatch(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    module_run("fullmatch", Mode::FullMatch, a, kw)
}

fn m_search(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    module_run("search", Mode::Search, a, kw)
}

/// `_sre.set_compile(_compile, _plain_cache)` → `{name: function}`: the
/// module-level `match`, `fullmatch` and `search`.
pub(super) fn set_compile(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("set_compile", a.len(), 2, 2)?;
    COMPILE.with(|c| {
        let _ = c.set((a[0].clone(), a[1].clone()));
    });
    let functions: [(&'static str, fn(&[Obj], &Kwargs) -> PyResult<Obj>); 3] = [
        ("match", m_match),
        ("fullmatch", m_fullmatch),
        ("search", m_search),
    ];
    let d = types::dict::new_dict();
    for (name, f) in functions {
        let fun = types::typeobj::builtin_fn("re", name, BuiltinImpl::Kw(f));
        types::dict::set_str(&d, name, fun);
    }
    Ok(d)
}
