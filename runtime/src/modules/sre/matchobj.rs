//! `re.Match`: the native match object that `_sre`'s searches return. It
//! keeps the pattern object, the subject and the group spans of one
//! successful match and slices groups out of the subject on demand, as
//! CPython's `_sre.SRE_Match` does. `Match.expand` calls back into
//! `re.py` (which owns replacement templates) through the hook that
//! `_sre.set_expand` registers.

use super::{Compiled, Subject};
use crate::errors::{Exc, PyResult, raise, type_error};
use crate::eval::util::{add_getters, new_native_type};
use crate::object::{Obj, Payload};
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::int::new_int;
use crate::types::{self, builtin};
use std::cell::OnceCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use super::matcher::{MIN_SLOTS, NONE, Scratch};

/// The payload of `re.Match` objects.
pub struct MatchData {
    /// The `re.Pattern` object that produced the match (`Match.re`).
    pattern: Obj,
    /// The subject as passed (`Match.string`); None when it is the
    /// object `subject` reads (no second reference to keep and release).
    string: Option<Obj>,
    subject: Subject,
    compiled: Rc<Compiled>,
    pos: usize,
    endpos: usize,
    spans: Spans,
    lastindex: Option<usize>,
}

/// How many span positions a match stores without a second allocation
/// (group 0 and nine groups).
const INLINE_SPANS: usize = 20;
const _: () = assert!(INLINE_SPANS <= MIN_SLOTS);

/// 2 positions per group, group 0 first; `NONE` for unset groups.
enum Spans {
    Inline(usize, [usize; INLINE_SPANS]),
    Heap(Box<[usize]>),
}

impl Spans {
    /// The first `n` of `slots` (which holds at least `MIN_SLOTS`).
    fn new(slots: &[usize], n: usize) -> Spans {
        match <[usize; INLINE_SPANS]>::try_from(&slots[..INLINE_SPANS]) {
            // (A fixed-size copy: no call of `memcpy`.)
            Ok(a) if n <= INLINE_SPANS => Spans::Inline(n, a),
            _ => Spans::Heap(slots[..n].into()),
        }
    }

    fn as_slice(&self) -> &[usize] {
        match self {
            Spans::Inline(n, a) => &a[..*n],
            Spans::Heap(b) => b,
        }
    }
}

// Objects are never released at thread exit (the runtime may be gone).
thread_local! {
    static MATCH_TYPE: ManuallyDrop<OnceCell<Obj>> = const { ManuallyDrop::new(OnceCell::new()) };
    /// `re._match_expand(match, template)`, registered by `re.py`.
    static EXPAND: ManuallyDrop<OnceCell<Obj>> = const { ManuallyDrop::new(OnceCell::new()) };
}

/// The `re.Match` type object (created on first use).
pub(super) fn match_type() -> Obj {
    MATCH_TYPE.with(|t| t.get_or_init(create_type).clone())
}

/// A new match object for the search result in `scratch`.
pub(super) fn new_match(
    pattern: &Obj,
    string: &Obj,
    subject: Subject,
    compiled: &Rc<Compiled>,
    (pos, endpos): (usize, usize),
    scratch: &Scratch,
) -> Obj {
    let data = MatchData {
        pattern: pattern.clone(),
        string: match &subject {
            Subject::Narrow(o) if o.is(string) => None,
            _ => Some(string.clone()),
        },
        subject,
        compiled: compiled.clone(),
        pos,
        endpos,
        spans: Spans::new(&scratch.slots, 2 * (compiled.prog.groups + 1)),
        lastindex: scratch.lastindex,
    };
    let payload = Payload::SreMatch(Box::new(data));
    MATCH_TYPE.with(|t| Obj::new(t.get_or_init(create_type), payload))
}

/// `_sre.set_expand(f)`: the Python half of `Match.expand`.
pub(super) fn set_expand(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("set_expand", a.len(), 1, 1)?;
    EXPAND.with(|e| {
        let _ = e.set(a[0].clone());
    });
    Ok(builtin().none.clone())
}

fn this(a: &[Obj]) -> PyResult<&MatchData> {
    match a.first().map(Obj::payload) {
        Some(Payload::SreMatch(d)) => Ok(d),
        _ => type_error("descriptor requires a 're.Match' object"),
    }
}

impl MatchData {
    fn groups(&self) -> usize {
        self.spans.as_slice().len() / 2 - 1
    }

    /// CPython's `match_getindex`: a group number from an int-like or a
    /// group name.
    fn index(&self, g: &Obj) -> PyResult<usize> {
        let i = if let Payload::Str(s) = g.payload() {
            self.compiled
                .names
                .iter()
                .find(|(n, _)| types::str::as_str(n) == Some(s.as_str()))
                .map_or(-1, |&(_, i)| i as i64)
        } else if types::int::has_index(g) {
            types::int::as_index_i64_clamped(g)?
        } else {
            -1
        };
        if i < 0 || i as usize > self.groups() {
            return raise(Exc::IndexError, "no such group");
        }
        Ok(i as usize)
    }

    fn span_of(&self, i: usize) -> (usize, usize) {
        let s = self.spans.as_slice();
        (s[2 * i], s[2 * i + 1])
    }

    /// Group `i`, or `default` when it did not take part in the match.
    fn get(&self, i: usize, default: &Obj) -> Obj {
        match self.span_of(i) {
            (s, e) if s == NONE || e == NONE => default.clone(),
            (s, e) => self.subject.slice(s, e),
        }
    }

    fn group_of(&self, g: &Obj) -> PyResult<Obj> {
        Ok(self.get(self.index(g)?, &builtin().none))
    }
}

fn position(p: usize) -> Obj {
    new_int(if p == NONE { -1 } else { p as i64 })
}

fn m_group(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    match &a[1..] {
        [] => Ok(d.get(0, &builtin().none)),
        [g] => {
            if let Some(i) = g.small_int()
                && i >= 0
                && (i as usize) <= d.groups()
            {
                return Ok(d.get(i as usize, &builtin().none));
            }
            d.group_of(g)
        }
        gs => Ok(types::tuple::new_tuple(
            gs.iter().map(|g| d.group_of(g)).collect::<PyResult<_>>()?,
        )),
    }
}

/// The optional `default` argument of `groups()` / `groupdict()`.
fn default_arg(name: &str, a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    if a.len() > 2 {
        return type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            a.len() - 1 + kw.len()
        ));
    }
    let mut default = a.get(1).cloned();
    for (k, v) in kw {
        let key = types::str::as_str(k).unwrap_or("");
        if key != "default" {
            return type_error(format!(
                "'{key}' is an invalid keyword argument for {name}()"
            ));
        }
        if default.is_some() {
            return type_error(format!(
                "argument for {name}() given by name ('default') and position (1)"
            ));
        }
        default = Some(v.clone());
    }
    Ok(default.unwrap_or_else(|| builtin().none.clone()))
}

fn m_groups(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let d = this(a)?;
    let default = default_arg("groups", a, kw)?;
    Ok(types::tuple::new_tuple(
        (1..=d.groups()).map(|i| d.get(i, &default)).collect(),
    ))
}

fn m_groupdict(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    let d = this(a)?;
    let default = default_arg("groupdict", a, kw)?;
    let out = types::dict::new_dict();
    for (name, i) in &d.compiled.names {
        types::dict::set_item(&out, name, d.get(*i, &default))?;
    }
    Ok(out)
}

/// The group argument of `start` / `end` / `span`.
fn group_arg(name: &str, d: &MatchData, a: &[Obj]) -> PyResult<(usize, usize)> {
    let i = match a.len() {
        1 => 0,
        2 => d.index(&a[1])?,
        n => {
            return type_error(format!("{name} expected at most 1 argument, got {}", n - 1));
        }
    };
    Ok(d.span_of(i))
}

fn m_start(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    Ok(position(group_arg("start", d, a)?.0))
}

fn m_end(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    Ok(position(group_arg("end", d, a)?.1))
}

fn m_span(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    let (s, e) = group_arg("span", d, a)?;
    Ok(types::tuple::new_tuple(vec![position(s), position(e)]))
}

fn m_getitem(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("__getitem__", a.len(), 2, 2)?;
    this(a)?.group_of(&a[1])
}

fn m_expand(a: &[Obj], kw: &Kwargs) -> PyResult<Obj> {
    this(a)?;
    let template = match (&a[1..], kw) {
        ([t], []) => t.clone(),
        ([], [(k, v)]) if types::str::as_str(k) == Some("template") => v.clone(),
        ([], []) => return type_error("expand() missing required argument 'template' (pos 1)"),
        _ => {
            return type_error(format!(
                "expand() takes at most 1 argument ({} given)",
                a.len() - 1 + kw.len()
            ));
        }
    };
    let Some(f) = EXPAND.with(|e| e.get().cloned()) else {
        return type_error("Match.expand is unavailable before re is imported");
    };
    crate::ops::call::call(&f, &[a[0].clone(), template], None)
}

fn m_repr(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    let (s, e) = d.span_of(0);
    let text = crate::ops::repr_string(&d.get(0, &builtin().none))?;
    Ok(types::str::new_string(format!(
        "<re.Match object; span=({s}, {e}), match={text}>"
    )))
}

fn m_copy(a: &[Obj]) -> PyResult<Obj> {
    crate::builtins::check_count("__copy__", a.len(), 1, 1)?;
    this(a)?;
    Ok(a[0].clone())
}

fn m_deepcopy(a: &[Obj]) -> PyResult<Obj> {
    this(a)?;
    if a.len() != 2 {
        return type_error(format!(
            "Match.__deepcopy__() takes exactly one argument ({} given)",
            a.len() - 1
        ));
    }
    Ok(a[0].clone())
}

/// `re.Match()`: matches only come from searches.
fn m_new(_: &[Obj]) -> PyResult<Obj> {
    type_error("cannot create 're.Match' instances")
}

fn g_re(a: &[Obj]) -> PyResult<Obj> {
    Ok(this(a)?.pattern.clone())
}

fn g_string(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    Ok(match (&d.string, &d.subject) {
        (Some(s), _) => s.clone(),
        (None, Subject::Narrow(o)) => o.clone(),
        (None, Subject::Wide(_)) => unreachable!("a code-point subject keeps its string"),
    })
}

fn g_pos(a: &[Obj]) -> PyResult<Obj> {
    Ok(new_int(this(a)?.pos as i64))
}

fn g_endpos(a: &[Obj]) -> PyResult<Obj> {
    Ok(new_int(this(a)?.endpos as i64))
}

fn g_lastindex(a: &[Obj]) -> PyResult<Obj> {
    Ok(this(a)?
        .lastindex
        .map_or_else(|| builtin().none.clone(), |i| new_int(i as i64)))
}

fn g_lastgroup(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    let name = d
        .lastindex
        .and_then(|li| d.compiled.group_names[li].as_ref());
    Ok(name.map_or_else(|| builtin().none.clone(), Obj::clone))
}

fn g_regs(a: &[Obj]) -> PyResult<Obj> {
    let d = this(a)?;
    Ok(types::tuple::new_tuple(
        (0..=d.groups())
            .map(|i| {
                let (s, e) = d.span_of(i);
                types::tuple::new_tuple(vec![position(s), position(e)])
            })
            .collect(),
    ))
}

fn create_type() -> Obj {
    let t = new_native_type("Match", "re", None);
    types::typeobj::add_methods(
        &t,
        &[
            ("group", m_group),
            ("start", m_start),
            ("end", m_end),
            ("span", m_span),
            ("__getitem__", m_getitem),
            ("__repr__", m_repr),
            ("__copy__", m_copy),
            ("__deepcopy__", m_deepcopy),
            ("__new__", m_new),
        ],
    );
    types::typeobj::add_kw_methods(
        &t,
        &[
            ("groups", m_groups),
            ("groupdict", m_groupdict),
            ("expand", m_expand),
        ],
    );
    add_getters(
        &t,
        &[
            ("re", g_re),
            ("string", g_string),
            ("pos", g_pos),
            ("endpos", g_endpos),
            ("lastindex", g_lastindex),
            ("lastgroup", g_lastgroup),
            ("regs", g_regs),
        ],
    );
    // `re.Match[str]` (a PEP 585 generic alias).
    types::typeobj::add_classmethod(
        &t,
        "__class_getitem__",
        BuiltinImpl::Pos(types::list::util::class_getitem),
    );
    t
}
