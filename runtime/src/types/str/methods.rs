//! The Python-visible str methods other than operators and formatting:
//! argument checking with CPython's messages, then the algorithms in
//! `text` and `unicode`.

use super::args::{
    Arity, alloc_check, arity, as_ssize, index_value, is_none, parse_kw, split_self, start_end,
};
use super::{PyStr, new_string, pystr, text, this, unicode};
use crate::errors::{Exc, PyResult, type_error, value_error};
use crate::object::{Obj, Payload};
use crate::types::function::{BuiltinImpl, Kwargs};
use crate::types::typeobj::{add_classmethod, add_kw_methods, add_methods};
use crate::types::{self, Builtins, builtin, dict, int, list, tuple};
use std::collections::HashMap;

/// The receiver and the remaining arguments, checked against `a`.
fn recv(args: &[Obj], a: Arity) -> PyResult<(&Obj, &PyStr, &[Obj])> {
    let (s, rest) = split_self(args)?;
    arity(rest, a)?;
    Ok((s, this(s)?, rest))
}

/// Returns `s` itself when it is an exact str whose text is unchanged.
fn same_or_new(s: &Obj, p: &PyStr, out: &str) -> Obj {
    if super::is_exact_str(s) && out.len() == p.s.len() && *out == *p.s {
        s.clone()
    } else {
        super::new_str(out)
    }
}

fn str_list(items: Vec<&str>) -> Obj {
    list::new_list(items.into_iter().map(super::new_str).collect())
}

/// A str argument: "must be str, not int" (with an optional prefix).
fn str_of<'a>(v: &'a Obj, prefix: &str) -> PyResult<&'a PyStr> {
    match pystr(v) {
        Some(p) => Ok(p),
        None => type_error(format!(
            "{prefix}must be str, not {}",
            types::type_name_of(v)
        )),
    }
}

fn bool_obj(b: bool) -> PyResult<Obj> {
    Ok(int::new_bool(b))
}

// --- case mapping -----------------------------------------------------------

macro_rules! case_method {
    ($fname:ident, $qual:literal, $f:path, $ascii:expr) => {
        fn $fname(args: &[Obj]) -> PyResult<Obj> {
            let (_, p, _) = recv(args, Arity::NoArgs($qual))?;
            if p.is_ascii() {
                return Ok(ascii_case_map(&p.s, $ascii));
            }
            Ok(new_string($f(&p.s)))
        }
    };
}
case_method!(m_upper, "str.upper", unicode::upper, |_, _, c: u8| c
    .to_ascii_uppercase());
case_method!(m_lower, "str.lower", unicode::lower, |_, _, c: u8| c
    .to_ascii_lowercase());
case_method!(
    m_casefold,
    "str.casefold",
    unicode::casefold,
    |_, _, c: u8| c.to_ascii_lowercase()
);
case_method!(
    m_swapcase,
    "str.swapcase",
    unicode::swapcase,
    |_, _, c: u8| { c ^ (u8::from(c.is_ascii_alphabetic()) << 5) }
);
case_method!(
    m_title,
    "str.title",
    unicode::title,
    |_, prev: u8, c: u8| {
        if prev.is_ascii_alphabetic() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    }
);
case_method!(
    m_capitalize,
    "str.capitalize",
    unicode::capitalize,
    |i, _, c: u8| {
        if i == 0 {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        }
    }
);

/// A case mapping of ASCII text, byte by byte: `f(index, previous byte,
/// byte)` (the previous byte of the first is 0, uncased like every
/// non-letter). The bytes are mapped straight into the new str's text
/// (its object's block when short).
fn ascii_case_map(s: &str, f: impl Fn(usize, u8, u8) -> u8) -> Obj {
    // (ASCII in, ASCII out: as many code points as bytes.)
    super::new_exact_with(s.len(), s.len(), |w| w.push_ascii_mapped(s.as_bytes(), f))
}

// --- predicates -------------------------------------------------------------

macro_rules! all_chars {
    ($fname:ident, $qual:literal, $pred:path) => {
        fn $fname(args: &[Obj]) -> PyResult<Obj> {
            let (_, p, _) = recv(args, Arity::NoArgs($qual))?;
            bool_obj(!p.s.is_empty() && p.s.chars().all($pred))
        }
    };
}
all_chars!(m_isalpha, "str.isalpha", unicode::is_alpha);
all_chars!(m_isalnum, "str.isalnum", unicode::is_alnum);
all_chars!(m_isdecimal, "str.isdecimal", unicode::is_decimal);
all_chars!(m_isdigit, "str.isdigit", unicode::is_digit);
all_chars!(m_isnumeric, "str.isnumeric", unicode::is_numeric);
all_chars!(m_isspace, "str.isspace", unicode::is_space);

fn m_isprintable(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, _) = recv(args, Arity::NoArgs("str.isprintable"))?;
    bool_obj(p.s.chars().all(unicode::is_printable))
}

fn m_isascii(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, _) = recv(args, Arity::NoArgs("str.isascii"))?;
    bool_obj(p.is_ascii())
}

fn m_isidentifier(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, _) = recv(args, Arity::NoArgs("str.isidentifier"))?;
    bool_obj(unicode::is_identifier(&p.s))
}

fn m_isupper(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, _) = recv(args, Arity::NoArgs("str.isupper"))?;
    bool_obj(unicode::isupper(&p.s))
}

fn m_islower(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, _) = recv(args, Arity::NoArgs("str.islower"))?;
    bool_obj(unicode::islower(&p.s))
}

fn m_istitle(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, _) = recv(args, Arity::NoArgs("str.istitle"))?;
    bool_obj(unicode::istitle(&p.s))
}

// --- searching --------------------------------------------------------------

fn find_impl(args: &[Obj], name: &'static str, rev: bool, raises: bool) -> PyResult<Obj> {
    let (_, p, rest) = recv(args, Arity::Tuple(name, 1, 3))?;
    let (start, end) = start_end(rest, 1, p.nchars)?;
    let sub = str_of(&rest[0], "")?;
    let r = text::find(p, &sub.s, sub.nchars, start, end, rev);
    if r < 0 && raises {
        return value_error("substring not found");
    }
    Ok(int::new_int(r as i64))
}

fn m_find(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "find", false, false)
}
fn m_rfind(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "rfind", true, false)
}
fn m_index(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "index", false, true)
}
fn m_rindex(args: &[Obj]) -> PyResult<Obj> {
    find_impl(args, "rindex", true, true)
}

fn m_count(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, rest) = recv(args, Arity::Tuple("count", 1, 3))?;
    let (start, end) = start_end(rest, 1, p.nchars)?;
    let sub = str_of(&rest[0], "")?;
    Ok(int::new_int(
        text::count(p, &sub.s, sub.nchars, start, end) as i64
    ))
}

fn affix_impl(args: &[Obj], name: &'static str, suffix: bool) -> PyResult<Obj> {
    let (_, p, rest) = recv(args, Arity::Tuple(name, 1, 3))?;
    // One str and no bounds (`name.endswith("7")`): a byte comparison,
    // as the UTF-8 of a whole str matches only at a code point boundary.
    if let [arg] = rest
        && let Some(sub) = pystr(arg)
    {
        let (s, sub) = (p.s.as_bytes(), sub.s.as_bytes());
        return bool_obj(if suffix {
            s.ends_with(sub)
        } else {
            s.starts_with(sub)
        });
    }
    let (start, end) = start_end(rest, 1, p.nchars)?;
    let arg = &rest[0];
    if let Some(items) = tuple::as_slice(arg) {
        for it in items {
            let Some(sub) = pystr(it) else {
                return type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    types::type_name_of(it)
                ));
            };
            if text::tailmatch(p, &sub.s, sub.nchars, start, end, suffix) {
                return bool_obj(true);
            }
        }
        return bool_obj(false);
    }
    match pystr(arg) {
        Some(sub) => bool_obj(text::tailmatch(p, &sub.s, sub.nchars, start, end, suffix)),
        None => type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            types::type_name_of(arg)
        )),
    }
}

fn m_startswith(args: &[Obj]) -> PyResult<Obj> {
    affix_impl(args, "startswith", false)
}
fn m_endswith(args: &[Obj]) -> PyResult<Obj> {
    affix_impl(args, "endswith", true)
}

// --- splitting and joining ----------------------------------------------------

fn split_args(name: &str, rest: &[Obj], kwargs: &Kwargs) -> PyResult<(Option<Obj>, isize)> {
    // Positional arguments only (the usual call): no argument vector.
    if kwargs.is_empty() && rest.len() <= 2 {
        let sep = rest.first().filter(|v| !is_none(v)).cloned();
        let maxsplit = match rest.get(1) {
            Some(v) => as_ssize(v)?,
            None => -1,
        };
        return Ok((sep, maxsplit));
    }
    let a = parse_kw(name, rest, kwargs, &["sep", "maxsplit"], 0)?;
    let sep = a[0].clone().filter(|v| !is_none(v));
    let maxsplit = match &a[1] {
        Some(v) => as_ssize(v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split_impl(args: &[Obj], kwargs: &Kwargs, name: &str, rev: bool) -> PyResult<Obj> {
    let (_, rest) = split_self(args)?;
    let p = this(&args[0])?;
    let (sep, maxsplit) = split_args(name, rest, kwargs)?;
    let sep = match &sep {
        None => None,
        Some(sep) => {
            let Some(sep) = super::as_str(sep) else {
                return type_error(format!(
                    "must be str or None, not {}",
                    types::type_name_of(sep)
                ));
            };
            if sep.is_empty() {
                return value_error("empty separator");
            }
            Some(sep)
        }
    };
    // Each piece becomes a str as it is found, so no vector of slices
    // lives beside the list (splitting a large text into many pieces
    // would hold both). The pieces of ASCII text are ASCII: nothing to
    // count.
    let ascii = p.is_ascii();
    // A one-byte separator or whitespace in ASCII text: the pieces are
    // counted first, so the list is allocated once at its size. Short
    // text keeps the masks of its separators from the count for the cuts
    // (one scan); longer text is scanned twice (a fast byte count, then
    // the cuts), holding nothing beside the list.
    let seps = sep.map(str::as_bytes);
    let one_byte = match (seps, maxsplit) {
        (Some(&[c]), -1) => Some(Some(c)),
        (None, -1) if ascii => Some(None),
        _ => None,
    };
    if let Some(sep) = one_byte
        && text::ByteMasks::fits(p.s.len())
    {
        // (`rsplit` without a limit makes the same pieces as `split`.)
        return Ok(text::ByteMasks::with(&p.s, sep, |m| {
            let mut items = Vec::with_capacity(m.fields());
            let pieces = super::AsciiPieces::new();
            m.split(
                &p.s,
                #[inline(always)]
                |piece: &str| {
                    items.push(if ascii {
                        pieces.piece(piece)
                    } else {
                        super::new_str(piece)
                    })
                },
            );
            list::new_list(items)
        }));
    }
    let mut items = match one_byte {
        Some(Some(c)) => Vec::with_capacity(text::count_byte(p.s.as_bytes(), c) + 1),
        Some(None) => Vec::with_capacity(text::count_fields_ascii(&p.s)),
        None => Vec::new(),
    };
    let pieces = super::AsciiPieces::new();
    let mut push = |piece: &str| {
        items.push(if ascii {
            pieces.piece(piece)
        } else {
            super::new_str(piece)
        })
    };
    match (sep, rev) {
        (None, true) => text::rsplit_whitespace(&p.s, maxsplit)
            .into_iter()
            .for_each(push),
        (None, false) => text::split_whitespace(&p.s, maxsplit, &mut push),
        (Some(sep), true) => text::rsplit_sep(&p.s, sep, maxsplit)
            .into_iter()
            .for_each(push),
        (Some(sep), false) => text::split_sep(&p.s, sep, maxsplit, &mut push),
    }
    Ok(list::new_list(items))
}

fn m_split(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    split_impl(args, kwargs, "split", false)
}
fn m_rsplit(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    split_impl(args, kwargs, "rsplit", true)
}

/// A `keepends`-style flag: any int (through `__index__`), nonzero = true.
pub fn int_flag(v: Option<&Obj>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match index_value(v)? {
            Some(b) => Ok(b != num_bigint::BigInt::from(0)),
            None => super::args::not_integer(v),
        },
    }
}

fn m_splitlines(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let p = this(s)?;
    let a = parse_kw("splitlines", rest, kwargs, &["keepends"], 0)?;
    let keep = int_flag(a[0].as_ref())?;
    Ok(str_list(text::splitlines(&p.s, keep)))
}

/// The items of an iterable for `join`: "can only join an iterable".
pub fn join_items(v: &Obj) -> PyResult<Vec<Obj>> {
    match v.payload() {
        Payload::List(l) => return Ok(l.borrow().clone()),
        Payload::Tuple(t) => return Ok(t.to_vec()),
        _ => {}
    }
    if let Some(items) = types::iter::take_list_reverse(v) {
        return Ok(items);
    }
    if let Some(items) = crate::eval::rt::push::collect(v) {
        return items;
    }
    let it = match crate::ops::get_iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(Exc::TypeError) => return type_error("can only join an iterable"),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = crate::ops::next(&it)? {
        out.push(x);
    }
    Ok(out)
}

fn m_join(args: &[Obj]) -> PyResult<Obj> {
    let (_, p, rest) = recv(args, Arity::One("str.join"))?;
    // Lists and tuples are joined in place: checking and copying strs runs
    // no Python code, so the list cannot change meanwhile.
    // So is the list under a `reversed(list)` iterator, back to front.
    match rest[0].payload() {
        Payload::List(l) => join_slice(p, &l.borrow()),
        Payload::Tuple(t) => join_slice(p, t),
        _ => match types::iter::with_list_reverse(&rest[0], |items| {
            join_iter(p, items.iter().rev(), items.len())
        }) {
            Some(r) => r,
            None => join_slice(p, &join_items(&rest[0])?),
        },
    }
}

/// `sep.join(items)` where `p` is the separator.
fn join_slice(p: &PyStr, items: &[Obj]) -> PyResult<Obj> {
    join_iter(p, items.iter(), items.len())
}

/// `join_slice` over `len` items in the order `items` gives them (walked
/// twice: sizes, then text).
fn join_iter<'a>(
    p: &PyStr,
    items: impl Iterator<Item = &'a Obj> + Clone,
    len: usize,
) -> PyResult<Obj> {
    if len == 1
        && let Some(only) = items.clone().next()
        && super::is_exact_str(only)
    {
        return Ok(only.clone());
    }
    let mut total = 0usize;
    let mut n = 0usize;
    for (i, it) in items.clone().enumerate() {
        let Some(q) = pystr(it) else {
            return type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                types::type_name_of(it)
            ));
        };
        total += q.s.len();
        n += q.nchars;
    }
    let seps = len.saturating_sub(1);
    let size = seps.saturating_mul(p.s.len()).saturating_add(total);
    alloc_check(size)?;
    // The pieces are written once, at the size just computed (into the
    // new object's block when short; short pieces without a copy call).
    Ok(super::new_exact_with(size, n + seps * p.nchars, |out| {
        out.push_joined(&p.s, items.map(|it| super::as_str(it).unwrap_or("")));
    }))
}

fn partition_impl(args: &[Obj], qual: &'static str, rev: bool) -> PyResult<Obj> {
    let (s, p, rest) = recv(args, Arity::One(qual))?;
    let sep_obj = &rest[0];
    let sep = str_of(sep_obj, "")?;
    if sep.s.is_empty() {
        return value_error("empty separator");
    }
    let found = if rev {
        p.s.rfind(&*sep.s)
    } else {
        p.s.find(&*sep.s)
    };
    let empty = builtin().empty_str.clone();
    let parts = match found {
        Some(i) => vec![
            super::new_str(&p.s[..i]),
            sep_obj.clone(),
            super::new_str(&p.s[i + sep.s.len()..]),
        ],
        None if rev => vec![empty.clone(), empty, same_or_new(s, p, &p.s)],
        None => vec![same_or_new(s, p, &p.s), empty.clone(), empty],
    };
    Ok(tuple::new_tuple(parts))
}

fn m_partition(args: &[Obj]) -> PyResult<Obj> {
    partition_impl(args, "str.partition", false)
}
fn m_rpartition(args: &[Obj]) -> PyResult<Obj> {
    partition_impl(args, "str.rpartition", true)
}

// --- stripping, padding, replacing --------------------------------------------

fn strip_impl(args: &[Obj], name: &'static str, left: bool, right: bool) -> PyResult<Obj> {
    let (s, p, rest) = recv(args, Arity::Clinic(name, 0, 1))?;
    let chars = match rest.first() {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => match super::as_str(v) {
            Some(c) => Some(c),
            None => return type_error(format!("{name} arg must be None or str")),
        },
    };
    Ok(same_or_new(s, p, text::strip(&p.s, chars, left, right)))
}

fn m_strip(args: &[Obj]) -> PyResult<Obj> {
    strip_impl(args, "strip", true, true)
}
fn m_lstrip(args: &[Obj]) -> PyResult<Obj> {
    strip_impl(args, "lstrip", true, false)
}
fn m_rstrip(args: &[Obj]) -> PyResult<Obj> {
    strip_impl(args, "rstrip", false, true)
}

/// The fill character argument of center/ljust/rjust.
fn fill_char(v: Option<&Obj>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(p) = pystr(v) else {
        return type_error(format!(
            "The fill character must be a unicode character, not {}",
            types::type_name_of(v)
        ));
    };
    match (p.nchars, p.s.chars().next()) {
        (1, Some(c)) => Ok(c),
        _ => type_error("The fill character must be exactly one character long"),
    }
}

fn justify(args: &[Obj], name: &'static str, how: char) -> PyResult<Obj> {
    let (s, p, rest) = recv(args, Arity::Clinic(name, 1, 2))?;
    let width = as_ssize(&rest[0])?;
    let fill = fill_char(rest.get(1))?;
    if width <= p.nchars as isize {
        return Ok(same_or_new(s, p, &p.s));
    }
    let width = width as usize;
    alloc_check(
        width
            .saturating_mul(fill.len_utf8())
            .saturating_add(p.s.len()),
    )?;
    let marg = width - p.nchars;
    let (l, r) = match how {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => text::center_margins(p.nchars, width),
    };
    Ok(super::new_string_counted(
        text::pad(&p.s, l, r, fill),
        width,
    ))
}

fn m_center(args: &[Obj]) -> PyResult<Obj> {
    justify(args, "center", '^')
}
fn m_ljust(args: &[Obj]) -> PyResult<Obj> {
    justify(args, "ljust", '<')
}
fn m_rjust(args: &[Obj]) -> PyResult<Obj> {
    justify(args, "rjust", '>')
}

fn m_zfill(args: &[Obj]) -> PyResult<Obj> {
    let (s, p, rest) = recv(args, Arity::One("str.zfill"))?;
    let width = as_ssize(&rest[0])?;
    if width <= p.nchars as isize {
        return Ok(same_or_new(s, p, &p.s));
    }
    alloc_check((width as usize).saturating_add(p.s.len()))?;
    Ok(new_string(text::zfill(&p.s, p.nchars, width as usize)))
}

fn m_expandtabs(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let p = this(s)?;
    let a = parse_kw("expandtabs", rest, kwargs, &["tabsize"], 0)?;
    let tabsize = match &a[0] {
        Some(v) => as_ssize(v)?,
        None => 8,
    };
    if !p.s.contains('\t') {
        return Ok(same_or_new(s, p, &p.s));
    }
    let Some(n) = text::expandtabs_len(p.s.chars(), tabsize) else {
        return crate::errors::overflow_error("new string is too long");
    };
    alloc_check(n.saturating_mul(4))?;
    Ok(new_string(text::expandtabs(&p.s, tabsize)))
}

fn m_replace(args: &[Obj]) -> PyResult<Obj> {
    let (s, p, rest) = recv(args, Arity::Clinic("replace", 2, 3))?;
    let old = str_of(&rest[0], "replace() argument 1 ")?;
    let new = str_of(&rest[1], "replace() argument 2 ")?;
    let count = match rest.get(2) {
        Some(v) => as_ssize(v)?,
        None => -1,
    };
    // (CPython returns the text unchanged when both are one object.)
    if count == 0 || rest[0].is(&rest[1]) {
        return Ok(same_or_new(s, p, &p.s));
    }
    // One ASCII byte for another: the text keeps its length and code
    // points, and is written once, byte by byte, into the new str.
    if let (&[from], &[to]) = (old.s.as_bytes(), new.s.as_bytes()) {
        let b = p.s.as_bytes();
        let Some(first) = text::find_byte(b, from) else {
            return Ok(same_or_new(s, p, &p.s));
        };
        let limit = usize::try_from(count).unwrap_or(usize::MAX);
        return Ok(super::new_exact_with(b.len(), p.nchars, |w| {
            w.push_byte_replaced(&p.s, first, from, to, limit)
        }));
    }
    if !old.s.is_empty() && !p.s.contains(&*old.s) {
        return Ok(same_or_new(s, p, &p.s));
    }
    if new.s.len() > old.s.len() {
        let found = if old.s.is_empty() {
            p.nchars + 1
        } else {
            p.s.matches(&*old.s).count()
        };
        let m = if count < 0 {
            found
        } else {
            found.min(count as usize)
        };
        alloc_check(
            m.saturating_mul(new.s.len() - old.s.len())
                .saturating_add(p.s.len()),
        )?;
    }
    Ok(new_string(text::replace(&p.s, &old.s, &new.s, count)))
}

fn affix_remove(args: &[Obj], qual: &'static str, suffix: bool) -> PyResult<Obj> {
    let (s, p, rest) = recv(args, Arity::One(qual))?;
    let name = qual.trim_start_matches("str.");
    let Some(a) = super::as_str(&rest[0]) else {
        return type_error(format!(
            "{name}() argument must be str, not {}",
            types::type_name_of(&rest[0])
        ));
    };
    let out = if suffix {
        p.s.strip_suffix(a)
    } else {
        p.s.strip_prefix(a)
    };
    Ok(match out {
        Some(o) if !a.is_empty() => super::new_str(o),
        _ => same_or_new(s, p, &p.s),
    })
}

fn m_removeprefix(args: &[Obj]) -> PyResult<Obj> {
    affix_remove(args, "str.removeprefix", false)
}
fn m_removesuffix(args: &[Obj]) -> PyResult<Obj> {
    affix_remove(args, "str.removesuffix", true)
}

// --- encode, translate, maketrans -------------------------------------------------

fn m_encode(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let p = this(s)?;
    let a = parse_kw("encode", rest, kwargs, &["encoding", "errors"], 0)?;
    let enc = super::dunder::opt_str_arg("encode", "encoding", a[0].as_ref())?;
    let errors = super::dunder::opt_str_arg("encode", "errors", a[1].as_ref())?;
    let data = super::codecs::encode(&p.s, enc.unwrap_or("utf-8"), errors.unwrap_or("strict"))?;
    Ok(crate::types::bytes::new_bytes(data))
}

/// What `table[ord(c)]` maps a character to in `str.translate`.
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

fn translate_one(table: &Obj, c: char) -> PyResult<Mapped> {
    let v = match crate::ops::getitem(table, &int::new_int(c as i64)) {
        Ok(v) => v,
        Err(e) if e.matches(Exc::LookupError) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if is_none(&v) {
        return Ok(Mapped::Delete);
    }
    if let Some(s) = super::as_str(&v) {
        return Ok(Mapped::Text(s.to_string()));
    }
    if v.is_small_int() || matches!(v.payload(), Payload::Int(_) | Payload::Bool(_)) {
        let cp = int::as_i64(&v).unwrap_or(-1);
        if !(0..=0x10ffff).contains(&cp) {
            return value_error("character mapping must be in range(0x110000)");
        }
        let ch = super::code_point(cp as u32)?;
        return Ok(Mapped::Text(ch.to_string()));
    }
    type_error("character mapping must return integer, None or str")
}

fn m_translate(args: &[Obj]) -> PyResult<Obj> {
    let (s, p, rest) = recv(args, Arity::One("str.translate"))?;
    let table = &rest[0];
    let mut cache: HashMap<char, Option<String>> = HashMap::new();
    let mut out = String::with_capacity(p.s.len());
    let mut changed = false;
    for c in p.s.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = match translate_one(table, c)? {
                    Mapped::Keep => Some(c.to_string()),
                    Mapped::Delete => None,
                    Mapped::Text(t) => Some(t),
                };
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Some(t) => {
                changed |= t.len() != c.len_utf8() || !t.starts_with(c);
                out.push_str(&t);
            }
            None => changed = true,
        }
    }
    if !changed {
        return Ok(same_or_new(s, p, &p.s));
    }
    Ok(new_string(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method; args[0] is ignored).
fn m_maketrans(args: &[Obj]) -> PyResult<Obj> {
    let (_, rest) = split_self(args)?;
    arity(rest, Arity::Clinic("maketrans", 1, 3))?;
    let out = dict::new_dict();
    if rest.len() == 1 {
        let x = &rest[0];
        if !matches!(x.payload(), Payload::Dict(_)) || !x.ty().is(&builtin().dict) {
            return type_error("if you give only one argument to maketrans it must be a dict");
        }
        for (k, v) in dict::items(x) {
            let key = if let Some(kp) = pystr(&k) {
                if kp.nchars != 1 {
                    return value_error("string keys in translate table must be of length 1");
                }
                int::new_int(kp.s.chars().next().map_or(0, |c| c as i64))
            } else if k.is_small_int() || matches!(k.payload(), Payload::Int(_) | Payload::Bool(_))
            {
                k.clone()
            } else {
                return type_error("keys in translate table must be strings or integers");
            };
            dict::set_item(&out, &key, v)?;
        }
        return Ok(out);
    }
    let Some(x) = pystr(&rest[0]) else {
        return type_error(
            "first maketrans argument must be a string if there is a second argument",
        );
    };
    let y = str_of(&rest[1], "maketrans() argument 2 ")?;
    if x.nchars != y.nchars {
        return value_error("the first two maketrans arguments must have equal length");
    }
    for (a, b) in x.s.chars().zip(y.s.chars()) {
        dict::set_item(&out, &int::new_int(a as i64), int::new_int(b as i64))?;
    }
    if let Some(z) = rest.get(2) {
        let z = str_of(z, "maketrans() argument 3 ")?;
        for c in z.s.chars() {
            dict::set_item(&out, &int::new_int(c as i64), builtin().none.clone())?;
        }
    }
    Ok(out)
}

pub(super) fn register(b: &Builtins) {
    let t = &b.str_;
    add_methods(
        t,
        &[
            ("upper", m_upper),
            ("lower", m_lower),
            ("casefold", m_casefold),
            ("swapcase", m_swapcase),
            ("title", m_title),
            ("capitalize", m_capitalize),
            ("isalpha", m_isalpha),
            ("isalnum", m_isalnum),
            ("isdecimal", m_isdecimal),
            ("isdigit", m_isdigit),
            ("isnumeric", m_isnumeric),
            ("isspace", m_isspace),
            ("isprintable", m_isprintable),
            ("isascii", m_isascii),
            ("isidentifier", m_isidentifier),
            ("isupper", m_isupper),
            ("islower", m_islower),
            ("istitle", m_istitle),
            ("find", m_find),
            ("rfind", m_rfind),
            ("index", m_index),
            ("rindex", m_rindex),
            ("count", m_count),
            ("startswith", m_startswith),
            ("endswith", m_endswith),
            ("join", m_join),
            ("partition", m_partition),
            ("rpartition", m_rpartition),
            ("strip", m_strip),
            ("lstrip", m_lstrip),
            ("rstrip", m_rstrip),
            ("center", m_center),
            ("ljust", m_ljust),
            ("rjust", m_rjust),
            ("zfill", m_zfill),
            ("replace", m_replace),
            ("removeprefix", m_removeprefix),
            ("removesuffix", m_removesuffix),
            ("translate", m_translate),
        ],
    );
    add_kw_methods(
        t,
        &[
            ("split", m_split),
            ("rsplit", m_rsplit),
            ("splitlines", m_splitlines),
            ("expandtabs", m_expandtabs),
            ("encode", m_encode),
        ],
    );
    add_classmethod(t, "maketrans", BuiltinImpl::Pos(m_maketrans));
}
