//! Printing exceptions the way CPython 3.11's default `sys.excepthook` does:
//! chained exceptions (`__cause__` / `__context__`), traceback entries with
//! source lines and carets (with binary-operator / subscript anchors),
//! "[Previous line repeated N more times]", the `Type: message` line with
//! "Did you mean" suggestions for NameError / AttributeError, and notes.

use crate::errors::{PyResult, exc_data};
use crate::eval::anchors;
use crate::eval::util::{get_exc_attr, str_of};
use crate::object::{Obj, Payload};
use crate::types::{self, builtin};

const RECURSIVE_CUTOFF: usize = 3;
const TRACEBACK_LIMIT: usize = 1000;

/// Prints `exc` (with its chain) to stderr like an uncaught exception.
pub fn print_exception(exc: &Obj) {
    let s = format_exception(exc);
    crate::eval::io::write_exception_report(&s);
}

/// The full text CPython prints for an uncaught exception `exc`.
pub fn format_exception(exc: &Obj) -> String {
    let mut out = String::new();
    let mut seen: Vec<u64> = Vec::new();
    format_recursive(exc, &mut seen, &mut out, 0);
    out
}

/// One exception's traceback and message line, without its cause or
/// context (CPython's default unraisable hook prints no chain).
pub fn format_exception_unchained(exc: &Obj) -> String {
    let mut out = String::new();
    format_single(exc, &mut out);
    out
}

fn format_recursive(exc: &Obj, seen: &mut Vec<u64>, out: &mut String, depth: usize) {
    seen.push(exc.word());
    if let Some(d) = exc_data(exc)
        && depth < 200
    {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if let Some(c) = cause {
            if !seen.contains(&c.word()) {
                format_recursive(&c, seen, out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Some(c) = context
            && !d.suppress_context.get()
            && !seen.contains(&c.word())
        {
            format_recursive(&c, seen, out, depth + 1);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_single(exc, out);
}

/// One exception: its traceback (if any) and its message line.
/// The traceback entries of `exc` in display order (outermost first).
///
/// `ExcData.traceback` holds them in the order the frames were unwound
/// (innermost first), so that adding an entry is O(1) even for very deep
/// recursion.
pub fn entries(exc: &Obj) -> Vec<(Obj, u32)> {
    match exc_data(exc) {
        Some(d) => d.traceback.borrow().iter().rev().cloned().collect(),
        None => Vec::new(),
    }
}

fn format_single(exc: &Obj, out: &mut String) {
    if exc_data(exc).is_some() {
        let tb = entries(exc);
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format_tb(&tb));
        }
    }
    out.push_str(&format_exception_only(exc));
}

/// The traceback entries (outermost first), as CPython's `tb_printinternal`.
pub fn format_tb(entries: &[(Obj, u32)]) -> String {
    let mut out = String::new();
    let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
    let mut last: Option<(String, u32, String)> = None;
    let mut cnt = 0usize;
    for (code, lasti) in &entries[skip..] {
        let Some(cd) = types::code::as_code(code) else {
            continue;
        };
        let key = (
            str_of(&cd.filename).to_string(),
            cd.line_of(*lasti),
            str_of(&cd.name).to_string(),
        );
        if last.as_ref() != Some(&key) {
            if cnt > RECURSIVE_CUTOFF {
                push_repeated(&mut out, cnt);
            }
            last = Some(key);
            cnt = 0;
        }
        cnt += 1;
        if cnt <= RECURSIVE_CUTOFF {
            format_entry(code, *lasti, &mut out);
        }
    }
    if cnt > RECURSIVE_CUTOFF {
        push_repeated(&mut out, cnt);
    }
    out
}

fn push_repeated(out: &mut String, cnt: usize) {
    let n = cnt - RECURSIVE_CUTOFF;
    out.push_str(&format!(
        "  [Previous line repeated {} more time{}]\n",
        n,
        if n > 1 { "s" } else { "" }
    ));
}

/// The source line `lineno` of the module code `cd` belongs to.
pub fn source_line(cd: &types::code::CodeData, lineno: u32) -> Option<String> {
    let p = crate::eval::loader::program()?;
    let m = p.modules.get(cd.module_index as usize)?;
    m.line(lineno).map(str::to_string)
}

/// Characters in the UTF-8 prefix of `line` of `col` bytes (CPython's
/// `_PyPegen_byte_offset_to_character_offset`).
fn byte_to_char(line: &str, col: usize) -> usize {
    let b = line.as_bytes();
    if col > b.len() {
        return line.chars().count() + 1;
    }
    String::from_utf8_lossy(&b[..col]).chars().count()
}

/// One entry as text (for the `_traceback` module).
pub(crate) fn format_entry_text(code: &Obj, lasti: u32) -> String {
    let mut out = String::new();
    format_entry(code, lasti, &mut out);
    out
}

fn format_entry(code: &Obj, lasti: u32, out: &mut String) {
    let cd = types::code::code_data(code);
    let lineno = cd.line_of(lasti);
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        str_of(&cd.filename),
        lineno,
        str_of(&cd.name)
    ));
    let Some(line) = source_line(cd, lineno) else {
        return;
    };
    let indent = line
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let stripped: String = line.chars().skip(indent).collect();
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    if let Some(c) = carets(cd, lasti, &line, indent) {
        out.push_str(&c);
    }
}

/// The caret line for instruction `lasti` on `line`, if CPython shows one.
fn carets(cd: &types::code::CodeData, lasti: u32, line: &str, indent: usize) -> Option<String> {
    let p = cd.position(lasti)?;
    if p.line == 0 || p.end_line == 0 || p.end_col == 0 {
        return None;
    }
    let start = byte_to_char(line, p.col as usize) as i64;
    let mut end = byte_to_char(line, p.end_col as usize) as i64;
    let mut anchor: Option<(i64, i64)> = None;
    if p.line == p.end_line {
        let chars: Vec<char> = line.chars().collect();
        let (s, e) = (start as usize, (end as usize).min(chars.len()));
        if s <= e {
            let segment: String = chars[s..e].iter().collect();
            if let Some((l, r)) = anchors::anchors(&segment) {
                let l = byte_to_char(&segment, l) as i64 + start;
                let r = byte_to_char(&segment, r) as i64 + start;
                anchor = Some((l, r));
            }
        }
    } else {
        // Multi-line expression: highlight to the last non-blank byte.
        let b = line.as_bytes();
        let mut i = b.len() as i64;
        loop {
            i -= 1;
            if i < 0 || !matches!(b[i as usize], b' ' | b'\t' | 0x0c) {
                break;
            }
        }
        end = i + 1;
    }
    let stripped_len = line.chars().count() as i64 - indent as i64;
    if end - start == stripped_len && anchor.is_none() {
        return None;
    }
    let (primary, secondary) = if anchor.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let mut s = String::new();
    let mut offset = indent as i64 - 4;
    loop {
        offset += 1;
        if offset > end {
            break;
        }
        if offset <= start {
            s.push(' ');
        } else if let Some((l, r)) = anchor
            && l < offset
            && offset <= r
        {
            s.push(secondary);
        } else {
            s.push(primary);
        }
    }
    s.push('\n');
    Some(s)
}

/// The name CPython prints for an exception's type: `module.Qualname`, the
/// module omitted for `builtins` and `__main__`.
pub fn exception_type_name(ty: &Obj) -> String {
    let td = types::type_data(ty);
    let qualname = td.qualname.borrow().clone();
    let module = types::dict::get_str(td.dict(), "__module__");
    match module.as_ref().and_then(|m| types::str::as_str(m)) {
        Some("builtins") | Some("__main__") | None => qualname,
        Some(m) => format!("{m}.{qualname}"),
    }
}

/// The last line(s): `Type: message`, a suggestion, then the notes.
pub fn format_exception_only(exc: &Obj) -> String {
    let mut out = exception_type_name(&exc.ty());
    match crate::ops::str_string(exc) {
        Ok(s) => {
            if !s.is_empty() {
                out.push_str(": ");
                out.push_str(&s);
            }
        }
        Err(_) => out.push_str(": <exception str() failed>"),
    }
    if let Some(s) = offer_suggestions(exc) {
        out.push_str(". Did you mean: '");
        out.push_str(&s);
        out.push_str("'?");
    }
    out.push('\n');
    if let Some(notes) = exception_notes(exc) {
        match notes.payload() {
            Payload::List(_) | Payload::Tuple(_) => {
                let items = crate::ops::iterate(&notes).unwrap_or_default();
                for n in items {
                    let s = match types::str::as_str(&n) {
                        Some(s) => s.to_string(),
                        None => crate::ops::str_string(&n)
                            .unwrap_or_else(|_| "<note str() failed>".into()),
                    };
                    out.push_str(&s);
                    out.push('\n');
                }
            }
            _ => {
                let s = crate::ops::repr_string(&notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

fn exception_notes(exc: &Obj) -> Option<Obj> {
    if let Some(d) = exc_data(exc)
        && let Some(n) = d.notes.borrow().clone()
    {
        return Some(n);
    }
    get_exc_attr(exc, "__notes__")
}

// --- "Did you mean" ---------------------------------------------------------------

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` from Python/suggestions.c.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer = [0usize; MAX_STRING_SIZE];
    let mut tmp = MOVE_COST;
    for slot in buffer.iter_mut().take(a.len()) {
        *slot = tmp;
        tmp += MOVE_COST;
    }
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            if result < minimum {
                minimum = result;
            }
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the closest candidate to `name`.
pub fn calculate_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_dist = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_dist.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(item);
            best_dist = d;
        }
    }
    best.cloned()
}

fn str_keys(d: &Obj) -> Vec<String> {
    types::dict::items(d)
        .iter()
        .filter_map(|(k, _)| types::str::as_str(k).map(str::to_string))
        .collect()
}

fn offer_suggestions(exc: &Obj) -> Option<String> {
    let b = builtin();
    let ty = exc.ty();
    let name = get_exc_attr(exc, "name")?;
    let name = types::str::as_str(&name)?.to_string();
    if ty.is(&b.exceptions[crate::errors::Exc::NameError as usize]) {
        let d = exc_data(exc)?;
        // The innermost entry was added first.
        let (code, _) = d.traceback.borrow().first()?.clone();
        let cd = types::code::as_code(&code)?;
        let varnames: Vec<String> = types::tuple::as_slice(&cd.varnames)?
            .iter()
            .map(|s| str_of(s).to_string())
            .collect();
        if let Some(s) = calculate_suggestion(&varnames, &name) {
            return Some(s);
        }
        if let Some(g) = crate::eval::import::globals_for_code(cd)
            && let Some(s) = calculate_suggestion(&str_keys(&g), &name)
        {
            return Some(s);
        }
        let bd = crate::eval::state::builtins_dict();
        return calculate_suggestion(&str_keys(&bd), &name);
    }
    if ty.is(&b.exceptions[crate::errors::Exc::AttributeError as usize]) {
        let obj = get_exc_attr(exc, "obj")?;
        let dir = types::dict::get_str(&crate::eval::state::builtins_dict(), "dir")?;
        let listing = crate::ops::call(&dir, &[obj], None).ok()?;
        let items = crate::ops::iterate(&listing).ok()?;
        let names: Vec<String> = items
            .iter()
            .filter_map(|s| types::str::as_str(s).map(str::to_string))
            .collect();
        return calculate_suggestion(&names, &name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            calculate_suggestion(&c(&["print", "len", "range"]), "prnt"),
            Some("print".into())
        );
        assert_eq!(
            calculate_suggestion(&c(&["print", "len", "range"]), "xyz"),
            None
        );
        assert_eq!(
            calculate_suggestion(&c(&["Counter", "counter2"]), "counter"),
            Some("Counter".into())
        );
    }

    #[test]
    fn byte_offsets() {
        assert_eq!(byte_to_char("héllo", 3), 2);
        assert_eq!(byte_to_char("abc", 5), 4);
    }
}

// --- traceback objects ------------------------------------------------------------

thread_local! {
    static TB_TYPES: std::mem::ManuallyDrop<std::cell::RefCell<Option<(Obj, Obj)>>> =
        const { std::mem::ManuallyDrop::new(std::cell::RefCell::new(None)) };
}

fn tb_repr(args: &[Obj]) -> crate::errors::PyResult<Obj> {
    let a = args.first().map_or(0, Obj::word);
    Ok(types::str::new_string(format!(
        "<traceback object at {a:#x}>"
    )))
}

fn frame_repr(args: &[Obj]) -> crate::errors::PyResult<Obj> {
    let Some(f) = args.first() else {
        return crate::errors::type_error("missing self");
    };
    let attr = |n: &str| f.dict().and_then(|d| types::dict::get_str(&d, n));
    let (file, name) = match attr("f_code")
        .as_ref()
        .and_then(|c| types::code::as_code(c))
    {
        Some(cd) => (
            str_of(&cd.filename).to_string(),
            str_of(&cd.name).to_string(),
        ),
        None => (String::new(), String::new()),
    };
    let line = crate::ops::getattr_opt(f, "f_lineno")?
        .and_then(|l| types::int::as_i64(&l))
        .unwrap_or(0);
    Ok(types::str::new_string(format!(
        "<frame at {:#x}, file '{file}', line {line}, code {name}>",
        f.word()
    )))
}

/// Is `v` a traceback object?
pub fn is_traceback(v: &Obj) -> bool {
    v.ty().is(&tb_types().0)
}

/// The `frame` type (of traceback frames and `sys._getframe` results).
pub fn frame_type() -> Obj {
    tb_types().1
}

/// The `traceback` and `frame` types of traceback objects.
fn tb_types() -> (Obj, Obj) {
    if let Some(t) = TB_TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let tb = crate::eval::util::new_native_type("traceback", "builtins", None);
    let frame = crate::eval::util::new_native_type("frame", "builtins", None);
    types::typeobj::add_methods(&tb, &[("__repr__", tb_repr)]);
    types::typeobj::add_methods(&frame, &[("__repr__", frame_repr)]);
    crate::eval::frameobj::init_frame_type(&frame);
    let r = (tb, frame);
    TB_TYPES.with(|t| *t.borrow_mut() = Some(r.clone()));
    r
}

/// A snapshot frame object for a traceback entry: `f_code`, `f_lineno`,
/// `f_lasti`, `f_globals` (the module's namespace), `f_locals` (empty),
/// `f_back` (None).
pub fn frame_object(code: &Obj, lasti: u32) -> Obj {
    let (_, frame_t) = tb_types();
    let b = builtin();
    let d = types::dict::new_dict();
    let lineno = types::code::as_code(code).map_or(0, |cd| cd.line_of(lasti));
    types::dict::set_str(&d, "f_code", code.clone());
    types::dict::set_str(&d, "f_lineno", types::int::new_int(lineno as i64));
    types::dict::set_str(&d, "f_lasti", types::int::new_int(2 * lasti as i64));
    let globals = types::code::as_code(code)
        .and_then(crate::eval::import::globals_for_code)
        .unwrap_or_else(types::dict::new_dict);
    types::dict::set_str(&d, "f_globals", globals);
    types::dict::set_str(&d, "f_locals", types::dict::new_dict());
    types::dict::set_str(&d, "f_back", b.none.clone());
    let f = Obj::new(&frame_t, Payload::Instance(Default::default()));
    f.set_dict(Some(d));
    f
}

/// The entries of a traceback chain as exceptions store them (innermost
/// first); None when `tb` is not a traceback object.
pub fn traceback_entries(tb: &Obj) -> PyResult<Option<Vec<(Obj, u32)>>> {
    let (tb_t, _) = tb_types();
    let mut out = Vec::new();
    let mut t = tb.clone();
    while !t.is(&builtin().none) {
        if !t.ty().is(&tb_t) {
            return Ok(None);
        }
        let frame = crate::ops::getattr_str(&t, "tb_frame")?;
        let code = crate::ops::getattr_str(&frame, "f_code")?;
        let lasti = crate::ops::getattr_str(&t, "tb_lasti")?;
        let lasti = types::int::as_i64(&lasti).unwrap_or(0) / 2;
        out.push((code, u32::try_from(lasti).unwrap_or(0)));
        t = crate::ops::getattr_str(&t, "tb_next")?;
    }
    out.reverse();
    Ok(Some(out))
}

/// The `__traceback__` of `exc`: a chain of traceback objects (outermost
/// first, linked by `tb_next`) with `tb_frame`, `tb_lineno`, `tb_lasti`;
/// None when the exception has no traceback entries.
pub fn traceback_object(exc: &Obj) -> Obj {
    let (tb_t, _) = tb_types();
    let mut next = builtin().none.clone();
    for (code, lasti) in exc_data(exc)
        .map(|d| d.traceback.borrow().clone())
        .unwrap_or_default()
    {
        // Stored innermost first: build the chain from the inside out.
        let d = types::dict::new_dict();
        let lineno = types::code::as_code(&code).map_or(0, |cd| cd.line_of(lasti));
        types::dict::set_str(&d, "tb_frame", frame_object(&code, lasti));
        types::dict::set_str(&d, "tb_lineno", types::int::new_int(lineno as i64));
        types::dict::set_str(&d, "tb_lasti", types::int::new_int(2 * lasti as i64));
        types::dict::set_str(&d, "tb_next", next);
        let t = Obj::new(&tb_t, Payload::Instance(Default::default()));
        t.set_dict(Some(d));
        next = t;
    }
    next
}
