//! `eval(source, globals=None, locals=None)` for the expressions a compiled
//! program can evaluate without a compiler: literals (str and bytes with
//! every escape, ints, floats, imaginary numbers, None/True/False/...),
//! tuples, lists, dicts and sets of them, unary `+`/`-`, binary `+`/`-`
//! (for complex literals) and names looked up in the given or current
//! globals and the builtins. Anything else raises `NotImplementedError`
//! naming the limitation (there is no compiler at run time).

use super::check_count;
use crate::abi::{NB_ADD, NB_SUBTRACT, UNARY_NEGATIVE, UNARY_POSITIVE};
use crate::errors::{Exc, PyErr, PyResult, raise, type_error};
use crate::object::{Obj, Payload};
use crate::ops;
use crate::types::{self, builtin, dict};

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
    globals: Option<Obj>,
    locals: Option<Obj>,
}

fn unsupported<T>() -> PyResult<T> {
    raise(
        Exc::NotImplementedError,
        "eval() of non-literal expressions is not supported in compiled programs",
    )
}

fn syntax<T>(msg: &str) -> PyResult<T> {
    let i = crate::errors::EXCEPTION_TABLE
        .iter()
        .position(|(n, _)| *n == "SyntaxError")
        .unwrap_or(Exc::Exception as usize);
    let e = crate::errors::new_exception(&builtin().exceptions[i], vec![types::str::new_str(msg)]);
    Err(PyErr(e))
}

impl<'a> Parser<'a> {
    fn skip_ws(&mut self) {
        while let Some(&c) = self.s.get(self.pos) {
            if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' || c == b'\x0c' {
                self.pos += 1;
            } else if c == b'\\' && self.s.get(self.pos + 1) == Some(&b'\n') {
                self.pos += 2;
            } else {
                break;
            }
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.s.get(self.pos).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expr(&mut self) -> PyResult<Obj> {
        let mut v = self.unary()?;
        loop {
            match self.peek() {
                Some(b'+') => {
                    self.pos += 1;
                    let r = self.unary()?;
                    v = ops::binary_op(&v, &r, NB_ADD)?;
                }
                Some(b'-') => {
                    self.pos += 1;
                    let r = self.unary()?;
                    v = ops::binary_op(&v, &r, NB_SUBTRACT)?;
                }
                _ => return Ok(v),
            }
        }
    }

    fn unary(&mut self) -> PyResult<Obj> {
        match self.peek() {
            Some(b'-') => {
                self.pos += 1;
                let v = self.unary()?;
                ops::unary_op(&v, UNARY_NEGATIVE)
            }
            Some(b'+') => {
                self.pos += 1;
                let v = self.unary()?;
                ops::unary_op(&v, UNARY_POSITIVE)
            }
            _ => self.atom(),
        }
    }

    /// Comma-separated expressions up to `close`; returns (items, trailing comma).
    fn items(&mut self, close: u8) -> PyResult<(Vec<Obj>, bool)> {
        let mut v = Vec::new();
        let mut trailing = false;
        loop {
            if self.eat(close) {
                return Ok((v, trailing));
            }
            v.push(self.expr()?);
            trailing = false;
            if self.eat(b',') {
                trailing = true;
                continue;
            }
            if self.eat(close) {
                return Ok((v, trailing));
            }
            return syntax("invalid syntax");
        }
    }

    fn atom(&mut self) -> PyResult<Obj> {
        let Some(c) = self.peek() else {
            return syntax("unexpected EOF while parsing");
        };
        match c {
            b'(' => {
                self.pos += 1;
                let (v, trailing) = self.items(b')')?;
                if v.len() == 1 && !trailing {
                    return Ok(v
                        .into_iter()
                        .next()
                        .unwrap_or_else(|| builtin().none.clone()));
                }
                Ok(types::tuple::new_tuple(v))
            }
            b'[' => {
                self.pos += 1;
                let (v, _) = self.items(b']')?;
                Ok(types::list::new_list(v))
            }
            b'{' => {
                self.pos += 1;
                self.brace()
            }
            b'.' if self.s[self.pos..].starts_with(b"...") => {
                self.pos += 3;
                Ok(builtin().ellipsis.clone())
            }
            b'0'..=b'9' | b'.' => self.number(),
            _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.name_or_string(),
            b'\'' | b'"' => self.strings(),
            _ => syntax("invalid syntax"),
        }
    }

    fn brace(&mut self) -> PyResult<Obj> {
        if self.eat(b'}') {
            return Ok(dict::new_dict());
        }
        let first = self.expr()?;
        if self.eat(b':') {
            let d = dict::new_dict();
            let v = self.expr()?;
            dict::set_item(&d, &first, v)?;
            loop {
                if self.eat(b'}') {
                    return Ok(d);
                }
                if !self.eat(b',') {
                    return syntax("invalid syntax");
                }
                if self.eat(b'}') {
                    return Ok(d);
                }
                let k = self.expr()?;
                if !self.eat(b':') {
                    return syntax("invalid syntax");
                }
                let v = self.expr()?;
                dict::set_item(&d, &k, v)?;
            }
        }
        let mut items = vec![first];
        if self.eat(b',') {
            let (rest, _) = self.items(b'}')?;
            items.extend(rest);
        } else if !self.eat(b'}') {
            return syntax("invalid syntax");
        }
        let set = ops::call(&builtin().set, &[types::list::new_list(items)], None)?;
        Ok(set)
    }

    fn number(&mut self) -> PyResult<Obj> {
        let start = self.pos;
        let s = self.s;
        let is_prefixed = s.get(start) == Some(&b'0')
            && matches!(
                s.get(start + 1),
                Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
            );
        let mut end = start;
        if is_prefixed {
            end += 2;
            while end < s.len() && (s[end].is_ascii_alphanumeric() || s[end] == b'_') {
                end += 1;
            }
        } else {
            while end < s.len() {
                let c = s[end];
                let exp_sign =
                    (c == b'+' || c == b'-') && end > start && matches!(s[end - 1], b'e' | b'E');
                if c.is_ascii_digit()
                    || c == b'_'
                    || c == b'.'
                    || c == b'e'
                    || c == b'E'
                    || exp_sign
                {
                    end += 1;
                } else {
                    break;
                }
            }
        }
        let text = &self.text[start..end];
        self.pos = end;
        let imag = matches!(s.get(end), Some(b'j' | b'J'));
        if imag {
            self.pos += 1;
            return match crate::fmt::float::parse_float(text) {
                Some(f) => Ok(types::complex::new_complex(0.0, f)),
                None => syntax("invalid imaginary literal"),
            };
        }
        let is_float = !is_prefixed && text.bytes().any(|c| matches!(c, b'.' | b'e' | b'E'));
        if is_float {
            return match crate::fmt::float::parse_float(text) {
                Some(f) => Ok(types::float::new_float(f)),
                None => syntax("invalid decimal literal"),
            };
        }
        match crate::fmt::int::parse_int(text, 0) {
            Some(n) => Ok(types::int::new_bigint(n)),
            None => syntax("invalid decimal literal"),
        }
    }

    fn name_or_string(&mut self) -> PyResult<Obj> {
        let start = self.pos;
        let mut end = start;
        while end < self.s.len()
            && (self.s[end] == b'_' || self.s[end].is_ascii_alphanumeric() || self.s[end] >= 0x80)
        {
            end += 1;
        }
        let word = &self.text[start..end];
        if matches!(self.s.get(end), Some(b'\'' | b'"'))
            && word.len() <= 2
            && word
                .chars()
                .all(|c| matches!(c, 'r' | 'R' | 'b' | 'B' | 'u' | 'U'))
        {
            return self.strings();
        }
        self.pos = end;
        let b = builtin();
        match word {
            "None" => return Ok(b.none.clone()),
            "True" => return Ok(b.true_.clone()),
            "False" => return Ok(b.false_.clone()),
            _ => {}
        }
        let key = types::str::new_str(word);
        for scope in [self.locals.clone(), self.globals.clone()]
            .into_iter()
            .flatten()
        {
            if let Ok(v) = ops::getitem(&scope, &key) {
                return Ok(v);
            }
        }
        let builtins = crate::eval::state::builtins_dict();
        match dict::get_str(&builtins, word) {
            Some(v) => Ok(v),
            None => raise(Exc::NameError, format!("name '{word}' is not defined")),
        }
    }

    /// One or more adjacent string (or bytes) literals.
    fn strings(&mut self) -> PyResult<Obj> {
        let mut text = String::new();
        let mut bytes: Vec<u8> = Vec::new();
        let mut kind: Option<bool> = None;
        while let Some(c) = self.peek() {
            let start = self.pos;
            let mut end = start;
            if c != b'\'' && c != b'"' {
                while end < self.s.len() && self.s[end].is_ascii_alphabetic() {
                    end += 1;
                }
                if !matches!(self.s.get(end), Some(b'\'' | b'"')) {
                    break;
                }
            }
            let prefix = self.text[start..end].to_ascii_lowercase();
            if prefix.contains('f') || prefix.len() > 2 {
                return unsupported();
            }
            let is_bytes = prefix.contains('b');
            let raw = prefix.contains('r');
            match kind {
                None => kind = Some(is_bytes),
                Some(k) if k != is_bytes => {
                    return syntax("cannot mix bytes and nonbytes literals");
                }
                _ => {}
            }
            self.pos = end;
            let body = self.quoted()?;
            if is_bytes {
                bytes.extend(decode_bytes(&body, raw)?);
            } else {
                text.push_str(&decode_str(&body, raw)?);
            }
        }
        Ok(match kind {
            Some(true) => types::bytes::new_bytes(bytes),
            _ => types::str::new_string(text),
        })
    }

    /// The raw text between the quotes of one literal.
    fn quoted(&mut self) -> PyResult<String> {
        let q = self.s[self.pos];
        let triple = self.s[self.pos..].starts_with(&[q, q, q]);
        let qlen = if triple { 3 } else { 1 };
        let start = self.pos + qlen;
        let mut i = start;
        while i < self.s.len() {
            let c = self.s[i];
            if c == b'\\' {
                i += 2;
                continue;
            }
            if !triple && c == b'\n' {
                return syntax("unterminated string literal");
            }
            if c == q && (!triple || self.s[i..].starts_with(&[q, q, q])) {
                let body = self.text[start..i].to_string();
                self.pos = i + qlen;
                return Ok(body);
            }
            i += 1;
        }
        syntax("unterminated string literal")
    }
}

fn hex_value(s: &str) -> Option<u32> {
    u32::from_str_radix(s, 16).ok()
}

/// Decodes the escapes of a str literal body.
fn decode_str(body: &str, raw: bool) -> PyResult<String> {
    if raw {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = it.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut n = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match it.peek() {
                        Some(d @ '0'..='7') => {
                            n = n * 8 + (*d as u32 - '0' as u32);
                            it.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(n).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = (0..n).filter_map(|_| it.next()).collect();
                match hex_value(&digits).filter(|_| digits.len() == n) {
                    Some(v) => out.push(char::from_u32(v).unwrap_or('\u{FFFD}')),
                    None => return syntax("(unicode error) truncated escape"),
                }
            }
            'N' => return unsupported(),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a bytes literal body.
fn decode_bytes(body: &str, raw: bool) -> PyResult<Vec<u8>> {
    if !body.is_ascii() {
        return syntax("bytes can only contain ASCII literal characters");
    }
    if raw {
        return Ok(body.as_bytes().to_vec());
    }
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut n = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            n = n * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((n & 0xff) as u8);
            }
            b'x' => {
                let digits = body.get(i..i + 2).unwrap_or("");
                match hex_value(digits).filter(|_| digits.len() == 2) {
                    Some(v) => out.push(v as u8),
                    None => {
                        return raise(
                            Exc::ValueError,
                            format!("invalid \\x escape at position {}", i - 2),
                        );
                    }
                }
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// `eval(source, globals=None, locals=None)` (literal expressions only).
pub fn eval(a: &[Obj]) -> PyResult<Obj> {
    check_count("eval", a.len(), 1, 3)?;
    let src = &a[0];
    let text = match src.payload() {
        Payload::Str(p) => p.s.to_string(),
        Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return type_error("eval() arg 1 must be a string, bytes or code object");
        }
    };
    let opt = |i: usize| {
        a.get(i)
            .filter(|v| !matches!(v.payload(), Payload::None))
            .cloned()
    };
    let globals = opt(1).or_else(crate::eval::current_globals);
    if let Some(g) = &globals
        && !matches!(g.payload(), Payload::Dict(_))
    {
        return type_error("globals must be a dict");
    }
    // Without globals, names resolve in the caller's scope.
    let locals = opt(2).or_else(|| {
        opt(1)
            .is_none()
            .then(crate::builtins::introspect::current_locals)
            .flatten()
    });
    let trimmed = text.trim_start_matches([' ', '\t']);
    let mut p = Parser {
        s: trimmed.as_bytes(),
        text: trimmed,
        pos: 0,
        globals,
        locals,
    };
    let first = p.expr()?;
    let v = if p.peek() == Some(b',') {
        let mut items = vec![first];
        while p.eat(b',') {
            if p.peek().is_none() {
                break;
            }
            items.push(p.expr()?);
        }
        types::tuple::new_tuple(items)
    } else {
        first
    };
    if p.peek().is_some() {
        return unsupported();
    }
    Ok(v)
}
