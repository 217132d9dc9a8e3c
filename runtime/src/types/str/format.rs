//! `str.format` and `str.format_map`: CPython 3.11's `string_format.h`
//! (MarkupIterator, field-name parsing, automatic/manual numbering, `!r`
//! `!s` `!a` conversions, nested `{}` in format specs) with its exact
//! error messages. Each field is rendered with `ops::format(value, spec)`.

use super::args::{Arity, arity, split_self};
use super::{new_string, this};
use crate::errors::{Exc, PyResult, key_error, raise, value_error};
use crate::object::Obj;
use crate::types::function::Kwargs;
use crate::types::typeobj::{add_kw_methods, add_methods};
use crate::types::{Builtins, int};

/// Where replacement fields take their values from.
pub enum Source<'a> {
    /// `str.format(*args, **kwargs)`.
    Args(&'a [Obj], &'a Kwargs),
    /// `str.format_map(mapping)`: no positional values.
    Map(&'a Obj),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

/// Automatic field numbering state, shared with nested format specs.
struct AutoNumber {
    state: Numbering,
    next: usize,
}

/// `fmt.format(*args, **kwargs)` / `fmt.format_map(m)` as a Rust string.
pub fn format_string(fmt: &str, src: &Source) -> PyResult<String> {
    let mut auto = AutoNumber {
        state: Numbering::Init,
        next: 0,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    build(fmt, src, 2, &mut auto, &mut out)?;
    Ok(out)
}

fn verr<T>(msg: &str) -> PyResult<T> {
    value_error(msg)
}

/// One parsed replacement field.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_nested: bool,
}

fn build(
    fmt: &str,
    src: &Source,
    depth: i32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    if depth <= 0 {
        return verr("Max string recursion exceeded");
    }
    let b = fmt.as_bytes();
    let len = b.len();
    let mut pos = 0;
    while pos < len {
        let start = pos;
        let mut c = 0u8;
        let mut markup = false;
        while pos < len {
            c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= len;
        let mut lit_end = pos;
        if markup && c == b'}' && (at_end || b[pos] != b'}') {
            return verr("Single '}' encountered in format string");
        }
        if markup && at_end && c == b'{' {
            return verr("Single '{' encountered in format string");
        }
        if markup && !at_end {
            if b[pos] == c {
                // An escaped brace: keep one, skip the other.
                pos += 1;
                markup = false;
            } else {
                lit_end -= 1;
            }
        }
        out.push_str(&fmt[start..lit_end]);
        if !markup {
            continue;
        }
        let (field, next) = parse_field(fmt, pos)?;
        pos = next;
        render_field(&field, src, depth, auto, out)?;
    }
    Ok(())
}

/// `parse_field`: the text after a `{`; returns the field and the position
/// after its closing `}`.
fn parse_field(fmt: &str, mut pos: usize) -> PyResult<(Field<'_>, usize)> {
    let b = fmt.as_bytes();
    let len = b.len();
    let name_start = pos;
    let mut c = 0u8;
    while pos < len {
        c = b[pos];
        pos += 1;
        match c {
            b'{' => return verr("unexpected '{' in field name"),
            b'[' => {
                while pos < len && b[pos] != b']' {
                    pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    if !matches!(c, b'}' | b'!' | b':') {
        return verr("expected '}' before end of string");
    }
    // `c` is the ASCII terminator just consumed, so `pos - 1` is a boundary.
    let mut field = Field {
        name: &fmt[name_start..pos - 1],
        conversion: None,
        spec: "",
        spec_nested: false,
    };
    if c == b'}' {
        return Ok((field, pos));
    }
    if c == b'!' {
        let Some(conv) = fmt[pos..].chars().next() else {
            return verr("end of string while looking for conversion specifier");
        };
        field.conversion = Some(conv);
        pos += conv.len_utf8();
        if pos < len {
            let c2 = b[pos];
            pos += 1;
            if c2 == b'}' {
                return Ok((field, pos));
            }
            if c2 != b':' {
                return verr("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = pos;
    let mut count = 1;
    while pos < len {
        let c = b[pos];
        pos += 1;
        if c == b'{' {
            field.spec_nested = true;
            count += 1;
        } else if c == b'}' {
            count -= 1;
            if count == 0 {
                field.spec = &fmt[spec_start..pos - 1];
                return Ok((field, pos));
            }
        }
    }
    verr("unmatched '{' in format spec")
}

/// `get_integer`: the value of an all-decimal-digits name, None otherwise.
fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = super::unicode::decimal_value(c) else {
            return Ok(None);
        };
        match acc.checked_mul(10).and_then(|v| v.checked_add(d as usize)) {
            Some(v) if v <= isize::MAX as usize => acc = v,
            _ => return verr("Too many decimal digits in format string"),
        }
    }
    Ok(Some(acc))
}

fn render_field(
    field: &Field,
    src: &Source,
    depth: i32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = get_field_object(field.name, src, auto)?;
    if let Some(conv) = field.conversion {
        obj = match conv {
            'r' => crate::ops::repr(&obj)?,
            's' => crate::ops::str_(&obj)?,
            'a' => crate::ops::ascii(&obj)?,
            c => {
                let cp = c as u32;
                return if cp > 32 && cp < 127 {
                    value_error(format!("Unknown conversion specifier {c}"))
                } else {
                    value_error(format!("Unknown conversion specifier \\x{cp:x}"))
                };
            }
        };
    }
    let nested;
    let spec = if field.spec_nested {
        let mut s = String::new();
        build(field.spec, src, depth - 1, auto, &mut s)?;
        nested = s;
        nested.as_str()
    } else {
        field.spec
    };
    if spec.is_empty() && super::is_exact_str(&obj) {
        out.push_str(super::as_str(&obj).unwrap_or(""));
        return Ok(());
    }
    let r = crate::ops::format(&obj, &super::new_str(spec))?;
    out.push_str(super::as_str(&r).unwrap_or(""));
    Ok(())
}

fn get_field_object(name: &str, src: &Source, auto: &mut AutoNumber) -> PyResult<Obj> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if auto.state == Numbering::Init {
            auto.state = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if auto.state == Numbering::Manual && empty {
            return verr(
                "cannot switch from manual field specification to automatic field numbering",
            );
        }
        if auto.state == Numbering::Auto && !empty {
            return verr(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
    }
    let index = if empty {
        let i = auto.next;
        auto.next += 1;
        Some(i)
    } else {
        index
    };
    let mut obj = match (index, src) {
        (None, Source::Args(_, kwargs)) => {
            let found = kwargs
                .iter()
                .find(|(k, _)| super::as_str(k) == Some(first))
                .map(|(_, v)| v.clone());
            match found {
                Some(v) => v,
                None => return key_error(&super::new_str(first)),
            }
        }
        (None, Source::Map(m)) => crate::ops::getitem(m, &super::new_str(first))?,
        (Some(_), Source::Map(_)) => return verr("Format string contains positional fields"),
        (Some(i), Source::Args(args, _)) => match args.get(i) {
            Some(v) => v.clone(),
            None => {
                return raise(
                    Exc::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                );
            }
        },
    };
    // The rest of the field name: `.attr` and `[key]` accessors.
    let b = rest.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let c = b[pos];
        pos += 1;
        match c {
            b'.' => {
                let start = pos;
                while pos < b.len() && b[pos] != b'.' && b[pos] != b'[' {
                    pos += 1;
                }
                let attr = &rest[start..pos];
                if attr.is_empty() {
                    return verr("Empty attribute in format string");
                }
                obj = crate::ops::getattr(&obj, &super::new_str(attr))?;
            }
            b'[' => {
                let start = pos;
                while pos < b.len() && b[pos] != b']' {
                    pos += 1;
                }
                if pos >= b.len() {
                    return verr("Missing ']' in format string");
                }
                let key = &rest[start..pos];
                pos += 1;
                let idx = get_integer(key)?;
                if key.is_empty() {
                    return verr("Empty attribute in format string");
                }
                obj = match idx {
                    Some(i) => crate::ops::getitem(&obj, &int::new_int(i as i64))?,
                    None => crate::ops::getitem(&obj, &super::new_str(key))?,
                };
            }
            _ => return verr("Only '.' or '[' may follow ']' in format field specifier"),
        }
    }
    Ok(obj)
}

fn m_format(args: &[Obj], kwargs: &Kwargs) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    let p = this(s)?;
    Ok(new_string(format_string(
        &p.s,
        &Source::Args(rest, kwargs),
    )?))
}

fn m_format_map(args: &[Obj]) -> PyResult<Obj> {
    let (s, rest) = split_self(args)?;
    arity(rest, Arity::One("str.format_map"))?;
    let p = this(s)?;
    Ok(new_string(format_string(&p.s, &Source::Map(&rest[0]))?))
}

pub(super) fn register(b: &Builtins) {
    add_kw_methods(&b.str_, &[("format", m_format)]);
    add_methods(&b.str_, &[("format_map", m_format_map)]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err_msg(fmt: &str) -> String {
        crate::types::init();
        match format_string(fmt, &Source::Args(&[], &[])) {
            Ok(s) => format!("ok:{s}"),
            Err(e) => {
                let args = crate::errors::exc_data(e.value()).map(|d| d.args.borrow().clone());
                let msg = args
                    .and_then(|a| {
                        crate::types::tuple::as_slice(&a).and_then(|t| t.first().cloned())
                    })
                    .and_then(|m| super::super::as_str(&m).map(str::to_string));
                msg.unwrap_or_default()
            }
        }
    }

    fn run(fmt: &str, args: &[&str], kwargs: &[(&str, &str)]) -> String {
        crate::types::init();
        let args: Vec<Obj> = args.iter().map(|a| super::super::new_str(a)).collect();
        let kwargs: Vec<(Obj, Obj)> = kwargs
            .iter()
            .map(|(k, v)| (super::super::new_str(k), super::super::new_str(v)))
            .collect();
        format_string(fmt, &Source::Args(&args, &kwargs)).unwrap_or_else(|_| "<error>".into())
    }

    #[test]
    fn fields() {
        assert_eq!(run("{} {}", &["a", "b"], &[]), "a b");
        assert_eq!(run("{1}{0}{1}", &["a", "b"], &[]), "bab");
        assert_eq!(run("{x}-{0}", &["a"], &[("x", "y")]), "y-a");
        assert_eq!(run("{0[1]}", &["xyz"], &[]), "y");
        assert_eq!(run("{{{0}}}", &["a"], &[]), "{a}");
        assert_eq!(run("{:{}}", &["a", ">3"], &[]), "  a");
        assert_eq!(run("{!r:^7}", &["a"], &[]), "  'a'  ");
        assert_eq!(run("{0!a}", &["é"], &[]), "'\\xe9'");
        assert_eq!(run("{:{:{}}}", &["a", "b", "c"], &[]), "<error>");
        assert_eq!(run("{} {0}", &["a"], &[]), "<error>");
    }

    #[test]
    fn literal_text_and_errors() {
        assert_eq!(err_msg("a{{b}}c"), "ok:a{b}c");
        assert_eq!(err_msg("x}}y{{"), "ok:x}y{");
        assert_eq!(err_msg("{"), "Single '{' encountered in format string");
        assert_eq!(err_msg("}"), "Single '}' encountered in format string");
        assert_eq!(err_msg("{0!}"), "unmatched '{' in format spec");
        assert_eq!(err_msg("{0!rr}"), "expected ':' after conversion specifier");
        assert_eq!(err_msg("{0[}"), "expected '}' before end of string");
        assert_eq!(err_msg("{a.b"), "expected '}' before end of string");
        assert_eq!(err_msg("{é"), "expected '}' before end of string");
        assert_eq!(err_msg("{0!é"), "unmatched '{' in format spec");
        assert_eq!(err_msg("{:{}"), "unmatched '{' in format spec");
        assert_eq!(
            err_msg("{} {1}"),
            "Replacement index 0 out of range for positional args tuple"
        );
        assert_eq!(
            err_msg("{0} {}"),
            "Replacement index 0 out of range for positional args tuple"
        );
    }
}
