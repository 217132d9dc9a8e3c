//! `_sre`: the native regular-expression engine behind `re` (whose public
//! API — Pattern, Match, flags, templates — lives in
//! `compiler/stdlib/re.py`). Compiled patterns are addressed by integer
//! handles; identical (pattern, flags) pairs share one handle, so the
//! registry grows only with distinct patterns.
//!
//! Functions:
//! * `compile(pattern, flags)` → `(handle, groups, flags, ((name, index), …))`,
//!   or `(kind, message, position)` for a bad pattern (`re.py` raises it);
//! * `findall`, `split`, `sub`: the loops over successive matches behind
//!   `findall`, `split` and `sub`/`subn` (`scan.rs`);
//! * `finditer(pattern, handle, string, pos, endpos)`: the lazy iterator of
//!   matches (`scanner.rs`);
//! * `set_expand(f)`: registers `re.py`'s half of `Match.expand`;
//! * `pattern_methods(Pattern)`: native `match`/`fullmatch`/`search`/
//!   `findall` methods for `re.Pattern` (`pattern.rs`);
//! * `set_compile(_compile, _plain_cache)`: native module-level `match`,
//!   `fullmatch` and `search` over `re.py`'s compile cache (`pattern.rs`);
//! * `class_getitem(cls, item)` → `types.GenericAlias` (for `re.Pattern[str]`).
//!
//! `parse` owns the syntax, `compile` the program, `first` the search
//! prefilter, `matcher` the engine,
//! `matchobj` the `re.Match` type, `pattern` the `re.Pattern` methods,
//! `scan` the multi-match loops, `scanner` the `finditer` iterator.

mod compile;
mod first;
mod matcher;
mod matchobj;
mod parse;
mod pattern;
mod scan;
mod scanner;

pub use matchobj::MatchData;
pub use scanner::{ScannerData, next_match as scanner_next};

use crate::builtins::check_count;
use crate::errors::{PyResult, type_error};
use crate::object::{Obj, Payload};
use crate::types::function::BuiltinImpl;
use crate::types::int::{as_i64, new_int};
use crate::types::{self, builtin};
use matcher::{Mode, Scratch, Unit};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The `re` flag values (CPython's `SRE_FLAG_*`).
pub(crate) struct Flags;
impl Flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

struct Compiled {
    prog: compile::Program,
    is_text: bool,
    /// Group names (str objects) and numbers, in definition order
    /// (`Pattern.groupindex`).
    names: Vec<(Obj, usize)>,
    /// The name of each group, by number (`Match.lastgroup`).
    group_names: Box<[Option<Obj>]>,
}

#[derive(Default)]
struct Registry {
    patterns: Vec<Rc<Compiled>>,
    by_key: HashMap<(bool, Vec<u32>, u32), usize>,
    /// The code points of the last non-ASCII string matched (kept alive).
    wide: Option<(Obj, Rc<Vec<u32>>)>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
    /// Matcher buffers kept between calls (borrowed while a match runs).
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Runs `f` with the thread's matcher buffers, or fresh ones while they
/// are in use (a search from inside a `sub` callback).
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => f(&mut s),
        Err(_) => f(&mut Scratch::default()),
    })
}

/// Takes the thread's matcher buffers for a loop that may run Python code
/// between searches (give them back with `put_scratch`).
fn take_scratch() -> Scratch {
    SCRATCH.with(|s| {
        s.try_borrow_mut()
            .map(|mut s| std::mem::take(&mut *s))
            .unwrap_or_default()
    })
}

fn put_scratch(scratch: Scratch) {
    SCRATCH.with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            *s = scratch;
        }
    });
}

/// The subject of a match: bytes (bytes objects and ASCII str) or code points.
#[derive(Clone)]
enum Subject {
    Narrow(Obj),
    Wide(Rc<Vec<u32>>),
}

impl Subject {
    /// `subject[start:end]` as str or bytes (slices of a bytearray are
    /// bytes, as in CPython); positions past the end are clamped.
    fn slice(&self, start: usize, end: usize) -> Obj {
        match self {
            Subject::Wide(v) => {
                let end = end.min(v.len());
                let start = start.min(end);
                let s: String = v[start..end]
                    .iter()
                    .map(|&c| char::from_u32(c).expect("code points come from a str"))
                    .collect();
                types::str::new_string_counted(s, end - start)
            }
            Subject::Narrow(o) => match o.payload() {
                Payload::Str(p) => {
                    let s = p.as_str();
                    let end = end.min(s.len());
                    let start = start.min(end);
                    // (A narrow str subject is ASCII.)
                    types::str::new_ascii(&s[start..end])
                }
                Payload::Bytes(b) => {
                    let end = end.min(b.len());
                    types::bytes::new_bytes(b[start.min(end)..end].to_vec())
                }
                Payload::ByteArray(b) => {
                    let b = b.borrow();
                    let end = end.min(b.len());
                    types::bytes::new_bytes(b[start.min(end)..end].to_vec())
                }
                _ => unreachable!("subject() accepts only str and bytes"),
            },
        }
    }

    /// `Matchable::search` over the subject's units, without the dynamic
    /// dispatch of `with_units` for str and bytes.
    fn search(
        &self,
        prog: &compile::Program,
        end: usize,
        pos: usize,
        mode: Mode,
        adv: bool,
        scratch: &mut Scratch,
    ) -> bool {
        match self {
            Subject::Wide(v) => matcher::search(prog, &v[..end], pos, mode, adv, scratch),
            Subject::Narrow(o) => match o.payload() {
                Payload::Str(p) => {
                    matcher::search(prog, &p.as_str().as_bytes()[..end], pos, mode, adv, scratch)
                }
                Payload::Bytes(b) => matcher::search(prog, &b[..end], pos, mode, adv, scratch),
                _ => with_units(self, &mut |t| t.search(prog, end, pos, mode, adv, scratch)),
            },
        }
    }

    /// The empty str or bytes (what a missing group is in `findall`).
    fn empty(&self) -> Obj {
        match self {
            Subject::Narrow(o) if !matches!(o.payload(), Payload::Str(_)) => {
                types::bytes::new_bytes(Vec::new())
            }
            _ => builtin().empty_str.clone(),
        }
    }
}

fn int_arg(v: &Obj) -> PyResult<i64> {
    match as_i64(v) {
        Some(i) => Ok(i),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name_of(v)
        )),
    }
}

fn pattern_units(p: &Obj) -> PyResult<(bool, Vec<u32>)> {
    match p.payload() {
        Payload::Str(s) => Ok((true, s.as_str().chars().map(|c| c as u32).collect())),
        Payload::Bytes(b) => Ok((false, b.iter().map(|&x| x as u32).collect())),
        Payload::ByteArray(b) => Ok((false, b.borrow().iter().map(|&x| x as u32).collect())),
        _ => type_error("first argument must be string or compiled pattern"),
    }
}

fn s_compile(a: &[Obj]) -> PyResult<Obj> {
    check_count("compile", a.len(), 2, 2)?;
    let (is_text, units) = pattern_units(&a[0])?;
    let flags = int_arg(&a[1])? as u32;
    let error = |kind: &str, msg: String, pos: Option<usize>| {
        types::tuple::new_tuple(vec![
            types::str::new_str(kind),
            types::str::new_string(msg),
            pos.map_or_else(|| builtin().none.clone(), |p| new_int(p as i64)),
        ])
    };
    let parsed = match parse::parse(&units, is_text, flags) {
        Ok(p) => p,
        Err(e) if e.msg == parse::RECURSION => {
            return Ok(error("recursion", e.msg[1..].to_string(), None));
        }
        Err(e) if e.pos.is_none() && e.msg.starts_with('\0') => {
            return Ok(error("overflow", e.msg[1..].to_string(), None));
        }
        Err(e) if e.pos.is_none() => return Ok(error("value", e.msg, None)),
        Err(e) => return Ok(error("error", e.msg, e.pos)),
    };
    let names = types::tuple::new_tuple(
        parsed
            .names
            .iter()
            .map(|(n, g)| types::tuple::new_tuple(vec![types::str::new_str(n), new_int(*g as i64)]))
            .collect(),
    );
    let key = (is_text, units, flags);
    let existing = REGISTRY.with(|r| r.borrow().by_key.get(&key).copied());
    let handle = match existing {
        Some(h) => h,
        None => {
            let prog = match compile::compile(&parsed.node, parsed.groups) {
                Ok(p) => p,
                Err(e) => return Ok(error("error", e.msg, e.pos)),
            };
            REGISTRY.with(|r| {
                let mut r = r.borrow_mut();
                let names: Vec<(Obj, usize)> = parsed
                    .names
                    .iter()
                    .map(|(n, g)| (types::str::new_str(n), *g))
                    .collect();
                let mut group_names = vec![None; parsed.groups + 1];
                for (n, g) in &names {
                    group_names[*g] = Some(n.clone());
                }
                r.patterns.push(Rc::new(Compiled {
                    prog,
                    is_text,
                    names,
                    group_names: group_names.into(),
                }));
                let h = r.patterns.len() - 1;
                r.by_key.insert(key, h);
                h
            })
        }
    };
    Ok(types::tuple::new_tuple(vec![
        new_int(handle as i64),
        new_int(parsed.groups as i64),
        new_int(parsed.flags as i64),
        names,
    ]))
}

fn compiled(h: &Obj) -> PyResult<Rc<Compiled>> {
    let h = int_arg(h)?;
    REGISTRY
        .with(|r| r.borrow().patterns.get(h as usize).cloned())
        .map_or_else(|| type_error("invalid pattern handle"), Ok)
}

/// The subject string, checked against the pattern's kind.
fn subject(c: &Compiled, s: &Obj) -> PyResult<Subject> {
    match s.payload() {
        Payload::Str(p) => {
            if !c.is_text {
                return type_error("cannot use a bytes pattern on a string-like object");
            }
            if p.is_ascii() {
                return Ok(Subject::Narrow(s.clone()));
            }
            REGISTRY.with(|r| {
                let mut r = r.borrow_mut();
                if let Some((o, v)) = &r.wide
                    && o.is(s)
                {
                    return Ok(Subject::Wide(v.clone()));
                }
                let v: Rc<Vec<u32>> = Rc::new(p.as_str().chars().map(|c| c as u32).collect());
                r.wide = Some((s.clone(), v.clone()));
                Ok(Subject::Wide(v))
            })
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            if c.is_text {
                return type_error("cannot use a string pattern on a bytes-like object");
            }
            Ok(Subject::Narrow(s.clone()))
        }
        _ => type_error(format!(
            "expected string or bytes-like object, got '{}'",
            types::type_name_of(s)
        )),
    }
}

/// Runs `f` over the subject's units.
fn with_units<R>(s: &Subject, f: &mut dyn FnMut(&dyn Matchable) -> R) -> R {
    match s {
        Subject::Wide(v) => f(&v.as_slice()),
        Subject::Narrow(o) => match o.payload() {
            Payload::Str(p) => f(&p.as_str().as_bytes()),
            Payload::Bytes(b) => f(&&b[..]),
            Payload::ByteArray(b) => {
                let v = b.borrow().clone();
                f(&v.as_slice())
            }
            _ => unreachable!("subject() accepts only str and bytes"),
        },
    }
}

/// A text slice of either unit type (object-safe wrapper over `search`).
trait Matchable {
    fn len(&self) -> usize;
    fn search(
        &self,
        prog: &compile::Program,
        end: usize,
        pos: usize,
        mode: Mode,
        adv: bool,
        scratch: &mut Scratch,
    ) -> bool;
}

impl<T: Unit> Matchable for &[T] {
    fn len(&self) -> usize {
        <[T]>::len(self)
    }
    fn search(
        &self,
        prog: &compile::Program,
        end: usize,
        pos: usize,
        mode: Mode,
        adv: bool,
        scratch: &mut Scratch,
    ) -> bool {
        matcher::search(prog, &self[..end], pos, mode, adv, scratch)
    }
}

/// CPython's clamping of `pos`/`endpos` to the string.
fn bounds(a: &Obj, b: &Obj, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    Ok((clamp(ssize_arg(a)?), clamp(ssize_arg(b)?)))
}

/// A `Py_ssize_t` argument, with the argument clinic's overflow message.
fn ssize_arg(v: &Obj) -> PyResult<i64> {
    match types::int::as_index_i64(v) {
        Err(e) if e.matches(crate::errors::Exc::OverflowError) => crate::errors::raise(
            crate::errors::Exc::OverflowError,
            "Python int too large to convert to C ssize_t",
        ),
        r => r,
    }
}

pub fn create() -> PyResult<Obj> {
    let m = super::new_module("_sre", None);
    let fns: &[(&'static str, BuiltinImpl)] = &[
        ("compile", BuiltinImpl::Pos(s_compile)),
        ("finditer", BuiltinImpl::Pos(scanner::s_finditer)),
        ("findall", BuiltinImpl::Pos(scan::s_findall)),
        ("split", BuiltinImpl::Pos(scan::s_split)),
        ("sub", BuiltinImpl::Pos(scan::s_sub)),
        ("set_expand", BuiltinImpl::Pos(matchobj::set_expand)),
        (
            "pattern_methods",
            BuiltinImpl::Pos(pattern::pattern_methods),
        ),
        ("set_compile", BuiltinImpl::Pos(pattern::set_compile)),
        // `re.Pattern[str]` (a PEP 585 generic alias).
        (
            "class_getitem",
            BuiltinImpl::Pos(types::list::util::class_getitem),
        ),
    ];
    super::add_functions(&m, "_sre", fns);
    super::add(&m, "MAXREPEAT", new_int(parse::MAXREPEAT as i64));
    super::add(&m, "Match", matchobj::match_type());
    Ok(m)
}
