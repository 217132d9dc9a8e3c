//! The regular-expression parser: Python `re` syntax (CPython 3.11's
//! `sre_parse`) to a `Node` tree, with CPython's `re.error` messages and
//! positions. Patterns are sequences of code points (str) or bytes values;
//! flags that inline groups scope (`(?i:…)`) are baked into the nodes, so
//! the compiler (`compile.rs`) needs no flag state. This file does not
//! match anything.

use super::Flags;

/// The largest repeat count (`MAXREPEAT`); also "unbounded".
pub(crate) const MAXREPEAT: u32 = u32::MAX;

/// Deepest group nesting accepted (CPython's recursive parser runs out of
/// Python stack at a similar depth).
const MAX_NESTING: usize = 800;

/// The message of the error reported for too deep nesting (raised as
/// RecursionError, like CPython's parser).
pub(crate) const RECURSION: &str = "\u{1}maximum recursion depth exceeded";

/// A parse error: CPython's message and the position in the pattern.
pub(crate) struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
}

/// Character categories of `\d \s \w` (and their negations via `negate`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Category {
    Digit,
    Space,
    Word,
}

/// One member of a character class.
#[derive(Clone, Debug)]
pub(crate) enum ClassItem {
    Range(u32, u32),
    Cat(Category, bool),
}

/// A character class `[...]` (or a lone `\d`), with the flags in effect.
#[derive(Clone, Debug)]
pub(crate) struct ClassSet {
    pub negate: bool,
    pub items: Vec<ClassItem>,
    pub icase: bool,
    pub ascii: bool,
}

/// Zero-width position assertions.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum At {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary { ascii: bool },
    NonBoundary { ascii: bool },
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// The parsed pattern.
#[derive(Clone, Debug)]
pub(crate) enum Node {
    Char {
        c: u32,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Class(Box<ClassSet>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    /// A group; `Some(n)` captures as group n.
    Group(Option<usize>, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    At(At),
    BackRef {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// The result of parsing: the tree, the number of groups, the group names
/// and the final flags (including global inline flags).
pub(crate) struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

/// A token: a plain character, or a backslash escape (`\` and the next char).
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Ch(u32),
    Esc(u32),
}

impl Tok {
    fn width(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    fn is(self, c: char) -> bool {
        self == Tok::Ch(c as u32)
    }
    /// The token as text, for messages.
    fn text(self) -> String {
        match self {
            Tok::Ch(c) => ch(c).to_string(),
            Tok::Esc(c) => format!("\\{}", ch(c)),
        }
    }
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

struct Source<'a> {
    p: &'a [u32],
    /// Index of the next token.
    i: usize,
    is_text: bool,
}

type PResult<T> = Result<T, ReError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ReError {
        msg: msg.into(),
        pos: Some(pos),
    })
}

impl Source<'_> {
    fn peek(&self) -> PResult<Option<Tok>> {
        let Some(&c) = self.p.get(self.i) else {
            return Ok(None);
        };
        if c == '\\' as u32 {
            match self.p.get(self.i + 1) {
                Some(&n) => Ok(Some(Tok::Esc(n))),
                None => err("bad escape (end of pattern)", self.p.len() - 1),
            }
        } else {
            Ok(Some(Tok::Ch(c)))
        }
    }
    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.peek()?;
        if let Some(t) = t {
            self.i += t.width();
        }
        Ok(t)
    }
    fn next_is(&self, c: char) -> bool {
        matches!(self.peek(), Ok(Some(t)) if t.is(c))
    }
    fn eat(&mut self, c: char) -> bool {
        if self.next_is(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn tell(&self) -> usize {
        self.i
    }
    /// An error at `tell() - offset`.
    fn error<T>(&self, msg: impl Into<String>, offset: usize) -> PResult<T> {
        err(msg, self.i.saturating_sub(offset))
    }
    /// Up to `n` more characters accepted by `ok` (`getwhile`).
    fn get_while(&mut self, n: usize, ok: impl Fn(u32) -> bool) -> Vec<u32> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.p.get(self.i) {
                Some(&c) if ok(c) => {
                    out.push(c);
                    self.i += 1;
                }
                _ => break,
            }
        }
        out
    }
    /// The text up to `term` (`getuntil`), consuming the terminator.
    fn get_until(&mut self, term: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if out.is_empty() {
                        return self.error(format!("missing {name}"), 0);
                    }
                    let n = out.chars().count();
                    return self.error(format!("missing {term}, unterminated name"), n);
                }
                Some(t) if t.is(term) => {
                    if out.is_empty() {
                        return self.error(format!("missing {name}"), 1);
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }
}

struct State {
    flags: u32,
    /// Number of groups opened so far plus one (`state.groups`).
    groups: usize,
    open: Vec<usize>,
    names: Vec<(String, usize)>,
    /// Group widths, for fixed-width checks of look-behinds.
    /// Conditional group references, with their positions.
    condrefs: Vec<(usize, usize)>,
}

impl State {
    fn name_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
    fn check_group(&self, g: usize) -> bool {
        g < self.groups && !self.open.contains(&g)
    }
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_hex(c: u32) -> bool {
    ch(c).is_ascii_hexdigit()
}
fn is_ascii_letter(c: u32) -> bool {
    ch(c).is_ascii_alphabetic()
}
fn is_identifier(s: &str) -> bool {
    crate::types::str::unicode::is_identifier(s)
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => Flags::IGNORECASE,
        'L' => Flags::LOCALE,
        'm' => Flags::MULTILINE,
        's' => Flags::DOTALL,
        'x' => Flags::VERBOSE,
        'a' => Flags::ASCII,
        't' => Flags::TEMPLATE,
        'u' => Flags::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = Flags::ASCII | Flags::LOCALE | Flags::UNICODE;
const GLOBAL_FLAGS: u32 = Flags::DEBUG | Flags::TEMPLATE;

/// Parses `pattern` with the initial `flags`.
pub(crate) fn parse(pattern: &[u32], is_text: bool, flags: u32) -> PResult<Parsed> {
    let mut src = Source {
        p: pattern,
        i: 0,
        is_text,
    };
    let mut st = State {
        flags,
        groups: 1,
        open: Vec::new(),
        names: Vec::new(),
        condrefs: Vec::new(),
    };
    let verbose = flags & Flags::VERBOSE != 0;
    let node = parse_sub(&mut src, &mut st, verbose, 0, flags)?;
    let flags = fix_flags(is_text, st.flags)?;
    if src.peek()?.is_some() {
        return src.error("unbalanced parenthesis", 0);
    }
    for &(g, pos) in &st.condrefs {
        if g >= st.groups {
            return err(format!("invalid group reference {g}"), pos);
        }
    }
    Ok(Parsed {
        node,
        groups: st.groups - 1,
        names: st.names,
        flags,
    })
}

/// `fix_flags`: checks the type flags and adds UNICODE to str patterns.
fn fix_flags(is_text: bool, mut flags: u32) -> PResult<u32> {
    let fail = |msg: &str| {
        Err(ReError {
            msg: msg.to_string(),
            pos: None,
        })
    };
    if is_text {
        if flags & Flags::LOCALE != 0 {
            return fail("cannot use LOCALE flag with a str pattern");
        }
        if flags & Flags::ASCII == 0 {
            flags |= Flags::UNICODE;
        } else if flags & Flags::UNICODE != 0 {
            return fail("ASCII and UNICODE flags are incompatible");
        }
    } else {
        if flags & Flags::UNICODE != 0 {
            return fail("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & Flags::LOCALE != 0 && flags & Flags::ASCII != 0 {
            return fail("ASCII and LOCALE flags are incompatible");
        }
    }
    Ok(flags)
}

fn parse_sub(
    src: &mut Source,
    st: &mut State,
    verbose: bool,
    nested: usize,
    flags: u32,
) -> PResult<Node> {
    if nested > MAX_NESTING {
        return Err(ReError {
            msg: RECURSION.into(),
            pos: None,
        });
    }
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        // Global inline flags (only allowed first, at the top level) apply
        // to every top-level branch.
        let (flags, verbose) = if nested == 0 {
            (flags | st.flags, verbose || st.flags & Flags::VERBOSE != 0)
        } else {
            (flags, verbose)
        };
        items.push(parse_seq(src, st, verbose, nested + 1, first, flags)?);
        if !src.eat('|') {
            break;
        }
    }
    Ok(if items.len() == 1 {
        items.pop().expect("one item")
    } else {
        Node::Alt(items)
    })
}

fn is_ascii_mode(src: &Source, f: u32) -> bool {
    !src.is_text || f & Flags::ASCII != 0
}

fn parse_seq(
    src: &mut Source,
    st: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
    mut flags: u32,
) -> PResult<Node> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.peek()? {
        if this.is('|') || this.is(')') {
            break;
        }
        src.get()?;
        let f = flags;
        if verbose && let Tok::Ch(c) = this {
            if matches!(ch(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                continue;
            }
            if ch(c) == '#' {
                while let Some(t) = src.get()? {
                    if t.is('\n') {
                        break;
                    }
                }
                continue;
            }
        }
        let icase = f & Flags::IGNORECASE != 0;
        let ascii = is_ascii_mode(src, f);
        let c = match this {
            Tok::Esc(_) => {
                seq.push(escape(src, st, this, f)?);
                continue;
            }
            Tok::Ch(c) => c,
        };
        match ch(c) {
            '[' => seq.push(parse_class(src, f)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match ch(c) {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.next_is('}') {
                            seq.push(literal(c, icase, ascii));
                            continue;
                        }
                        let lo = src.get_while(usize::MAX, is_digit);
                        let hi = if src.eat(',') {
                            Some(src.get_while(usize::MAX, is_digit))
                        } else {
                            None
                        };
                        if !src.eat('}') {
                            seq.push(literal(c, icase, ascii));
                            src.i = here;
                            continue;
                        }
                        let hi = hi.unwrap_or_else(|| lo.clone());
                        let min = if lo.is_empty() { 0 } else { number(&lo)? };
                        let max = if hi.is_empty() {
                            MAXREPEAT
                        } else {
                            number(&hi)?
                        };
                        if max < min {
                            return src
                                .error("min repeat greater than max repeat", src.tell() - here);
                        }
                        (min, max)
                    }
                };
                let offset = src.tell() - here + 1;
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => return src.error("nothing to repeat", offset),
                    Some(Node::Repeat { .. }) => return src.error("multiple repeat", offset),
                    Some(Node::Group(None, inner)) => *inner,
                    Some(n) => n,
                };
                let kind = if src.eat('?') {
                    RepeatKind::Lazy
                } else if src.eat('+') {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat {
                    node: Box::new(item),
                    min,
                    max,
                    kind,
                });
            }
            '.' => seq.push(Node::Any {
                dotall: f & Flags::DOTALL != 0,
            }),
            '^' => seq.push(Node::At(if f & Flags::MULTILINE != 0 {
                At::BeginningLine
            } else {
                At::Beginning
            })),
            '$' => seq.push(Node::At(if f & Flags::MULTILINE != 0 {
                At::EndLine
            } else {
                At::End
            })),
            '(' => {
                if let Some(n) = parse_paren(src, st, &mut verbose, nested, first, &seq, flags)? {
                    seq.push(n);
                }
                flags |= st.flags;
            }
            _ => seq.push(literal(c, icase, ascii)),
        }
    }
    Ok(if seq.len() == 1 {
        seq.pop().expect("one item")
    } else {
        Node::Cat(seq)
    })
}

fn number(digits: &[u32]) -> PResult<u32> {
    let mut v: u64 = 0;
    for &d in digits {
        v = v * 10 + u64::from(d - b'0' as u32);
        if v >= u64::from(MAXREPEAT) {
            return Err(ReError {
                msg: "\u{0}the repetition number is too large".into(),
                pos: None,
            });
        }
    }
    Ok(v as u32)
}

fn literal(c: u32, icase: bool, ascii: bool) -> Node {
    Node::Char { c, icase, ascii }
}

/// Everything after `(`. Returns None for comments and global flags.
fn parse_paren(
    src: &mut Source,
    st: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    seq: &[Node],
    flags: u32,
) -> PResult<Option<Node>> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut sub_flags = flags;
    let mut sub_verbose = *verbose;
    if src.eat('?') {
        let Some(c) = src.get()? else {
            return src.error("unexpected end of pattern", 0);
        };
        let cc = match c {
            Tok::Ch(x) => ch(x),
            Tok::Esc(_) => '\\',
        };
        match cc {
            'P' => {
                if src.eat('<') {
                    let n = src.get_until('>', "group name")?;
                    if !is_identifier(&n) {
                        let len = n.chars().count();
                        return src.error(format!("bad character in group name '{n}'"), len + 1);
                    }
                    name = Some(n);
                } else if src.eat('=') {
                    let n = src.get_until(')', "group name")?;
                    let len = n.chars().count();
                    if !is_identifier(&n) {
                        return src.error(format!("bad character in group name '{n}'"), len + 1);
                    }
                    let Some(g) = st.name_index(&n) else {
                        return src.error(format!("unknown group name '{n}'"), len + 1);
                    };
                    if !st.check_group(g) {
                        return src.error("cannot refer to an open group", len + 1);
                    }
                    let f = flags;
                    return Ok(Some(Node::BackRef {
                        group: g,
                        icase: f & Flags::IGNORECASE != 0,
                        ascii: is_ascii_mode(src, f),
                    }));
                } else {
                    let Some(t) = src.get()? else {
                        return src.error("unexpected end of pattern", 0);
                    };
                    let s = t.text();
                    return src.error(format!("unknown extension ?P{s}"), s.chars().count() + 2);
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if src.peek()?.is_none() {
                        return src.error("missing ), unterminated comment", src.tell() - start);
                    }
                    if src.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut negate = cc == '!';
                let behind = cc == '<';
                if behind {
                    let Some(t) = src.get()? else {
                        return src.error("unexpected end of pattern", 0);
                    };
                    if !(t.is('=') || t.is('!')) {
                        let s = t.text();
                        return src
                            .error(format!("unknown extension ?<{s}"), s.chars().count() + 2);
                    }
                    negate = t.is('!');
                }
                let p = parse_sub(src, st, *verbose, nested + 1, flags)?;
                if !src.eat(')') {
                    return src.error("missing ), unterminated subpattern", src.tell() - start);
                }
                return Ok(Some(Node::Look {
                    behind,
                    negate,
                    node: Box::new(p),
                }));
            }
            '(' => {
                let cond = src.get_until(')', "group name")?;
                let len = cond.chars().count();
                let group = if is_identifier(&cond) {
                    match st.name_index(&cond) {
                        Some(g) => g,
                        None => {
                            return src.error(format!("unknown group name '{cond}'"), len + 1);
                        }
                    }
                } else {
                    let g = if !cond.is_empty() && cond.bytes().all(|b| b.is_ascii_digit()) {
                        cond.parse::<usize>().ok()
                    } else {
                        None
                    };
                    let Some(g) = g else {
                        return src.error(format!("bad character in group name '{cond}'"), len + 1);
                    };
                    if g == 0 {
                        return src.error("bad group number", len + 1);
                    }
                    st.condrefs.push((g, src.tell() - len - 1));
                    g
                };
                let yes = parse_seq(src, st, *verbose, nested + 1, false, flags)?;
                let no = if src.eat('|') {
                    let no = parse_seq(src, st, *verbose, nested + 1, false, flags)?;
                    if src.next_is('|') {
                        return src.error("conditional backref with more than two branches", 0);
                    }
                    no
                } else {
                    Node::Cat(Vec::new())
                };
                if !src.eat(')') {
                    return src.error("missing ), unterminated subpattern", src.tell() - start);
                }
                return Ok(Some(Node::Cond {
                    group,
                    yes: Box::new(yes),
                    no: Box::new(no),
                }));
            }
            '>' => {
                capture = false;
                atomic = true;
            }
            _ if matches!(c, Tok::Ch(x) if flag_of(x).is_some()) || cc == '-' => {
                let Tok::Ch(x) = c else { unreachable!() };
                match parse_flags(src, st, x)? {
                    None => {
                        if !first || !seq.is_empty() {
                            return src.error(
                                "global flags not at the start of the expression",
                                src.tell() - start,
                            );
                        }
                        *verbose = st.flags & Flags::VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        sub_flags = (flags | add) & !del;
                        sub_verbose =
                            (*verbose || add & Flags::VERBOSE != 0) && del & Flags::VERBOSE == 0;
                        capture = false;
                    }
                }
            }
            _ => {
                let s = c.text();
                return src.error(format!("unknown extension ?{s}"), s.chars().count() + 1);
            }
        }
    }
    let group = if capture {
        let g = st.groups;
        st.groups += 1;
        if let Some(n) = &name {
            if let Some(old) = st.name_index(n) {
                return src.error(
                    format!("redefinition of group name '{n}' as group {g}; was group {old}"),
                    n.chars().count() + 1,
                );
            }
            st.names.push((n.clone(), g));
        }
        st.open.push(g);
        Some(g)
    } else {
        None
    };
    let p = parse_sub(src, st, sub_verbose, nested + 1, sub_flags)?;
    if !src.eat(')') {
        return src.error("missing ), unterminated subpattern", src.tell() - start);
    }
    if let Some(g) = group {
        st.open.retain(|&x| x != g);
    }
    Ok(Some(if atomic {
        Node::Atomic(Box::new(p))
    } else {
        Node::Group(group, Box::new(p))
    }))
}

/// `(?aiLmsux)` / `(?aiLmsux-imsx:`: None for global flags, else (add, del).
fn parse_flags(src: &mut Source, st: &mut State, first: u32) -> PResult<Option<(u32, u32)>> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut c = Tok::Ch(first);
    if first != '-' as u32 {
        loop {
            let Tok::Ch(x) = c else { unreachable!() };
            let flag = flag_of(x).expect("checked by the caller");
            if src.is_text && ch(x) == 'L' {
                return src.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                );
            }
            if !src.is_text && ch(x) == 'u' {
                return src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                );
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                );
            }
            let Some(t) = src.get()? else {
                return src.error("missing -, : or )", 0);
            };
            if t.is(')') || t.is('-') || t.is(':') {
                c = t;
                break;
            }
            match t {
                Tok::Ch(y) if flag_of(y).is_some() => c = t,
                _ => {
                    let alpha = matches!(t, Tok::Ch(y) if ch(y).is_alphabetic());
                    let msg = if alpha {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return src.error(msg, t.width());
                }
            }
        }
    }
    if c.is(')') {
        st.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return src.error("bad inline flags: cannot turn on global flag", 1);
    }
    if c.is('-') {
        let Some(t) = src.get()? else {
            return src.error("missing flag", 0);
        };
        let mut t = t;
        match t {
            Tok::Ch(y) if flag_of(y).is_some() => {}
            _ => {
                let alpha = matches!(t, Tok::Ch(y) if ch(y).is_alphabetic());
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return src.error(msg, t.width());
            }
        }
        loop {
            let Tok::Ch(y) = t else { unreachable!() };
            let flag = flag_of(y).expect("checked above");
            if flag & TYPE_FLAGS != 0 {
                return src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                );
            }
            del |= flag;
            let Some(n) = src.get()? else {
                return src.error("missing :", 0);
            };
            if n.is(':') {
                break;
            }
            match n {
                Tok::Ch(z) if flag_of(z).is_some() => t = n,
                _ => {
                    let alpha = matches!(n, Tok::Ch(z) if ch(z).is_alphabetic());
                    let msg = if alpha { "unknown flag" } else { "missing :" };
                    return src.error(msg, n.width());
                }
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return src.error("bad inline flags: cannot turn off global flag", 1);
    }
    if add & del != 0 {
        return src.error("bad inline flags: flag turned on and off", 1);
    }
    Ok(Some((add, del)))
}

fn category(c: u32) -> Option<(Category, bool)> {
    Some(match ch(c) {
        'd' => (Category::Digit, false),
        'D' => (Category::Digit, true),
        's' => (Category::Space, false),
        'S' => (Category::Space, true),
        'w' => (Category::Word, false),
        'W' => (Category::Word, true),
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// The code point of a `\x`, `\u`, `\U` escape (`c` is the letter).
fn hex_escape(src: &mut Source, c: u32) -> PResult<Option<u32>> {
    let n = match ch(c) {
        'x' => 2,
        'u' if src.is_text => 4,
        'U' if src.is_text => 8,
        _ => return Ok(None),
    };
    let digits = src.get_while(n, is_hex);
    if digits.len() != n {
        let text: String = digits.iter().map(|&d| ch(d)).collect();
        let esc = format!("\\{}{text}", ch(c));
        return src.error(format!("incomplete escape {esc}"), esc.chars().count());
    }
    let v = digits.iter().fold(0u64, |v, &d| {
        v * 16 + u64::from(ch(d).to_digit(16).unwrap_or(0))
    });
    if v > 0x10ffff {
        let text: String = digits.iter().map(|&d| ch(d)).collect();
        let esc = format!("\\{}{text}", ch(c));
        return src.error(format!("bad escape {esc}"), esc.chars().count());
    }
    Ok(Some(v as u32))
}

fn class_node(cat: Category, negate: bool, f: u32, ascii: bool) -> Node {
    Node::Class(Box::new(ClassSet {
        negate: false,
        items: vec![ClassItem::Cat(cat, negate)],
        icase: f & Flags::IGNORECASE != 0,
        ascii,
    }))
}

/// An escape outside a class (`_escape`).
fn escape(src: &mut Source, st: &mut State, tok: Tok, f: u32) -> PResult<Node> {
    let Tok::Esc(c) = tok else {
        unreachable!("escape() gets escape tokens")
    };
    let icase = f & Flags::IGNORECASE != 0;
    let ascii = is_ascii_mode(src, f);
    if let Some((cat, neg)) = category(c) {
        return Ok(class_node(cat, neg, f, ascii));
    }
    let at = match ch(c) {
        'A' => Some(At::BeginningString),
        'Z' => Some(At::EndString),
        'b' => Some(At::Boundary { ascii }),
        'B' => Some(At::NonBoundary { ascii }),
        _ => None,
    };
    if let Some(at) = at {
        return Ok(Node::At(at));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(literal(v, icase, ascii));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(literal(v, icase, ascii));
    }
    if ch(c) == '0' {
        let d = src.get_while(2, is_octal);
        let v = d.iter().fold(0, |v, &x| v * 8 + (x - b'0' as u32));
        return Ok(literal(v, icase, ascii));
    }
    if is_digit(c) {
        let mut digits = vec![c];
        if src.p.get(src.i).is_some_and(|&n| is_digit(n)) {
            digits.push(src.p[src.i]);
            src.i += 1;
            if is_octal(digits[0])
                && is_octal(digits[1])
                && src.p.get(src.i).is_some_and(|&n| is_octal(n))
            {
                digits.push(src.p[src.i]);
                src.i += 1;
                let v = digits.iter().fold(0, |v, &x| v * 8 + (x - b'0' as u32));
                if v > 0o377 {
                    let text: String = digits.iter().map(|&d| ch(d)).collect();
                    return src.error(
                        format!("octal escape value \\{text} outside of range 0-0o377"),
                        text.len() + 1,
                    );
                }
                return Ok(literal(v, icase, ascii));
            }
        }
        let group = digits
            .iter()
            .fold(0usize, |v, &x| v * 10 + (x - b'0' as u32) as usize);
        let len = digits.len() + 1;
        if group < st.groups {
            if !st.check_group(group) {
                return src.error("cannot refer to an open group", len);
            }
            return Ok(Node::BackRef {
                group,
                icase,
                ascii,
            });
        }
        return src.error(format!("invalid group reference {group}"), len - 1);
    }
    if is_ascii_letter(c) {
        return src.error(format!("bad escape \\{}", ch(c)), 2);
    }
    Ok(literal(c, icase, ascii))
}

/// An escape inside a class (`_class_escape`): a code point or a category.
fn class_escape(src: &mut Source, c: u32) -> PResult<ClassItem> {
    if ch(c) == 'b' {
        return Ok(ClassItem::Range(8, 8));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(ClassItem::Range(v, v));
    }
    if let Some((cat, neg)) = category(c) {
        return Ok(ClassItem::Cat(cat, neg));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(ClassItem::Range(v, v));
    }
    if is_octal(c) {
        let mut digits = vec![c];
        digits.extend(src.get_while(2, is_octal));
        let v = digits.iter().fold(0, |v, &x| v * 8 + (x - b'0' as u32));
        if v > 0o377 {
            let text: String = digits.iter().map(|&d| ch(d)).collect();
            return src.error(
                format!("octal escape value \\{text} outside of range 0-0o377"),
                text.len() + 1,
            );
        }
        return Ok(ClassItem::Range(v, v));
    }
    if is_digit(c) || is_ascii_letter(c) {
        return src.error(format!("bad escape \\{}", ch(c)), 2);
    }
    Ok(ClassItem::Range(c, c))
}

fn parse_class(src: &mut Source, f: u32) -> PResult<Node> {
    let here = src.tell() - 1;
    let negate = src.eat('^');
    let mut items: Vec<ClassItem> = Vec::new();
    loop {
        let Some(this) = src.get()? else {
            return src.error("unterminated character set", src.tell() - here);
        };
        if this.is(']') && !items.is_empty() {
            break;
        }
        let code1 = match this {
            Tok::Esc(c) => class_escape(src, c)?,
            Tok::Ch(c) => ClassItem::Range(c, c),
        };
        if src.eat('-') {
            let Some(that) = src.get()? else {
                return src.error("unterminated character set", src.tell() - here);
            };
            if that.is(']') {
                items.push(code1);
                items.push(ClassItem::Range('-' as u32, '-' as u32));
                break;
            }
            let code2 = match that {
                Tok::Esc(c) => class_escape(src, c)?,
                Tok::Ch(c) => ClassItem::Range(c, c),
            };
            let msg = format!("bad character range {}-{}", this.text(), that.text());
            let offset = this.text().chars().count() + 1 + that.text().chars().count();
            match (code1, code2) {
                (ClassItem::Range(lo, _), ClassItem::Range(hi, _)) if hi >= lo => {
                    items.push(ClassItem::Range(lo, hi));
                }
                _ => return src.error(msg, offset),
            }
        } else {
            items.push(code1);
        }
    }
    Ok(Node::Class(Box::new(ClassSet {
        negate,
        items,
        icase: f & Flags::IGNORECASE != 0,
        ascii: is_ascii_mode(src, f),
    })))
}
