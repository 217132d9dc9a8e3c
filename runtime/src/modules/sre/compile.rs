//! The regular-expression compiler: a parsed `Node` tree to a flat program
//! of `Inst`s for the backtracking matcher (`matcher.rs`). Jumps are
//! program indices; repeats of a single character become one `Repeat`
//! instruction (no backtracking stack per character), general repeats use
//! a counter register (`RepInit`/`RepLoop`). After the analyses of
//! `first.rs`, fixed-width straight lines of tests and captures are fused
//! into `Run` instructions and jumps are threaded. Also owns the fixed-width
//! check of look-behind assertions and the case-folding helpers.

use super::parse::{At, Category, ClassItem, ClassSet, MAXREPEAT, Node, ReError, RepeatKind};

/// A matcher of exactly one character.
#[derive(Clone, Debug)]
pub(crate) enum Single {
    Char(u32),
    /// Case-insensitive: compares `fold(c)` with the stored folded char.
    CharI {
        folded: u32,
        ascii: bool,
    },
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    Set(Box<SetMatcher>),
}

impl Single {
    /// Does this single-character test match the character `c`?
    #[inline]
    pub(crate) fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => c == *x,
            Single::CharI { folded, ascii } => c == *folded || fold(c, *ascii) == *folded,
            Single::Any => c != '\n' as u32,
            Single::AnyAll => true,
            Single::Set(set) => set.matches(c),
        }
    }
}

/// The answers of a test for the code points below 256, one byte each:
/// a test is one compare with memory, where a bitmap needs a shift, a load
/// and a bit test.
pub(crate) type LowTable = [bool; 256];

/// The `LowTable` of `f`.
pub(crate) fn low_table(f: impl Fn(u32) -> bool) -> LowTable {
    std::array::from_fn(|c| f(c as u32))
}

/// A character class with its answers for the code points below 256
/// precomputed (the common case of every match step).
#[derive(Clone, Debug)]
pub(crate) struct SetMatcher {
    low: LowTable,
    set: ClassSet,
}

impl SetMatcher {
    fn new(set: ClassSet) -> SetMatcher {
        let low = low_table(|c| set_matches(&set, c));
        SetMatcher { low, set }
    }

    #[inline]
    pub(crate) fn matches(&self, c: u32) -> bool {
        if c < 256 {
            self.low[c as usize]
        } else {
            set_matches(&self.set, c)
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) enum Inst {
    One(Single),
    /// A single-character repeat; the continuation is the next instruction.
    Repeat {
        s: Single,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    At(At),
    Save(usize),
    /// Try the next instruction; on failure resume at the target.
    Split(usize),
    Jmp(usize),
    /// Resets repeat register `r` (count 0, no last position).
    RepInit(usize),
    /// The head of a general repeat: the body follows, `exit` continues.
    RepLoop {
        r: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    BackRef {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    /// `(?(group)…)`: continue if the group matched, else jump to `no`.
    GroupExists {
        group: usize,
        no: usize,
    },
    /// Starts a lookaround; `behind` is the look-behind width; `end` is the
    /// instruction after the matching `LookEnd`.
    LookStart {
        negate: bool,
        behind: Option<usize>,
        end: usize,
    },
    LookEnd {
        negate: bool,
    },
    AtomicStart,
    AtomicEnd,
    Match,
    /// A straight line of the instructions from here to `Run::next` (see
    /// `fuse_runs`), run with one dispatch.
    Run(Box<Run>),
}

/// A fixed-width straight line of single-character tests (`One`s and
/// exact `Repeat`s) and captures: no choice points, every capture at a
/// known offset from the start. The matcher tests the characters in one
/// loop (a table load each below 256) and then sets the captures, instead
/// of dispatching on every instruction.
#[derive(Clone, Debug)]
pub(crate) struct Run {
    /// Per character, the answers of its test below 256.
    pub low: Box<[LowTable]>,
    /// Per character, its test (for code points from 256 on).
    pub tests: Box<[Single]>,
    /// The captures, as (offset from the start, slot), in program order.
    pub saves: Box<[(usize, usize)]>,
    /// The group of the last capture that closes a group (`Match.lastindex`
    /// after the run), if any.
    pub last_closed: Option<usize>,
    /// The instruction after the run.
    pub next: usize,
}

/// Most characters one `Run` tests.
const MAX_RUN: usize = 64;

/// Replaces the first instruction of every straight line of at least two
/// `One`s, exact `Repeat`s and `Save`s (with at least one test) by a `Run`
/// of the line. The other instructions stay where they are, so a jump or a
/// resumed choice point into the middle of the line still finds them, and
/// the program's analyses (`first.rs`), made before, keep their indices.
/// The leading repeat (`lead`) is not fused: the matcher watches its run.
fn fuse_runs(code: &mut [Inst], lead: usize) {
    let mut start = 0;
    while start < code.len() {
        let mut tests: Vec<Single> = Vec::new();
        let mut saves = Vec::new();
        let mut pc = start;
        while pc < code.len() {
            match &code[pc] {
                Inst::One(s) if tests.len() < MAX_RUN => tests.push(s.clone()),
                Inst::Repeat { s, min, max, .. }
                    if min == max && pc != lead && tests.len() + *min as usize <= MAX_RUN =>
                {
                    tests.extend(std::iter::repeat_n(s.clone(), *min as usize));
                }
                Inst::Save(slot) => saves.push((tests.len(), *slot)),
                _ => break,
            }
            pc += 1;
        }
        if pc - start >= 2 && !tests.is_empty() {
            let low = tests.iter().map(|s| low_table(|c| s.matches(c))).collect();
            let last_closed = saves
                .iter()
                .rev()
                .find(|(_, slot)| slot % 2 == 1)
                .map(|(_, slot)| slot / 2);
            code[start] = Inst::Run(Box::new(Run {
                low,
                tests: tests.into(),
                saves: saves.into(),
                last_closed,
                next: pc,
            }));
        }
        start = pc.max(start + 1);
    }
}

/// Points every `Jmp` at the end of its chain of jumps, and turns a jump
/// to `Match` into `Match` (the end of every branch of a top-level
/// alternation): one dispatch less per branch taken.
fn thread_jumps(code: &mut [Inst]) {
    for pc in 0..code.len() {
        let Inst::Jmp(mut t) = code[pc] else {
            continue;
        };
        for _ in 0..code.len() {
            match code[t] {
                Inst::Jmp(u) if u != t => t = u,
                _ => break,
            }
        }
        code[pc] = match code[t] {
            Inst::Match => Inst::Match,
            _ => Inst::Jmp(t),
        };
    }
}

/// A compiled pattern.
pub(crate) struct Program {
    pub code: Vec<Inst>,
    pub groups: usize,
    pub repeats: usize,
    /// The characters that can start a match (for unanchored searches).
    pub first: Option<super::first::FirstSet>,
    /// The text every match starts with (empty: unknown), which
    /// unanchored searches look for before running the matcher.
    pub prefix: Vec<u32>,
    /// Per instruction, the first characters of a `Split`'s branches.
    pub guards: Vec<Option<Box<super::first::SplitGuard>>>,
    /// Per instruction, the characters that can follow a greedy `Repeat`.
    pub follows: Vec<Option<Box<super::first::FirstSet>>>,
    /// The leading repeat whose run a failed attempt skips (`first::lead_run`;
    /// `matcher::NONE`: none).
    pub lead: usize,
    /// Whether every match starts at the beginning of the text (`^`/`\A`
    /// first): a search tries one position.
    pub anchored: bool,
}

struct Compiler {
    code: Vec<Inst>,
    repeats: usize,
    /// Widths of the groups compiled so far (for look-behind checks).
    group_widths: Vec<Option<(usize, usize)>>,
}

/// Compiles a parsed pattern with `groups` capturing groups.
pub(crate) fn compile(node: &Node, groups: usize) -> Result<Program, ReError> {
    let mut c = Compiler {
        code: Vec::new(),
        repeats: 0,
        group_widths: vec![None; groups + 1],
    };
    c.emit(node)?;
    c.code.push(Inst::Match);
    let follows = super::first::follow_sets(&mut c.code);
    let first = super::first::first_set(&c.code);
    let guards = super::first::split_guards(&c.code);
    let prefix = super::first::literal_prefix(&c.code, first.as_ref());
    let lead = super::first::lead_run(&c.code);
    let anchored = matches!(
        c.code.first(),
        Some(Inst::At(At::Beginning | At::BeginningString))
    );
    fuse_runs(&mut c.code, lead);
    thread_jumps(&mut c.code);
    Ok(Program {
        code: c.code,
        groups,
        repeats: c.repeats,
        first,
        prefix,
        guards,
        follows,
        lead,
        anchored,
    })
}

/// Case folding of one character: ASCII-only in ASCII mode, else the
/// simple lowercase of the simple uppercase.
pub(crate) fn fold(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let up = single(ch.to_uppercase()).unwrap_or(ch);
    single(up.to_lowercase()).unwrap_or(up) as u32
}

/// The simple lowercase and uppercase of `c` (itself when not single).
pub(crate) fn lower_upper(c: u32) -> (u32, u32) {
    match char::from_u32(c) {
        Some(ch) => (
            single(ch.to_lowercase()).unwrap_or(ch) as u32,
            single(ch.to_uppercase()).unwrap_or(ch) as u32,
        ),
        None => (c, c),
    }
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    if it.next().is_some() { None } else { Some(c) }
}

fn lookbehind_error() -> ReError {
    ReError {
        msg: "look-behind requires fixed-width pattern".into(),
        pos: None,
    }
}

impl Compiler {
    fn here(&self) -> usize {
        self.code.len()
    }

    /// Patches the jump target of the instruction at `at`.
    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.code[at] {
            Inst::Split(t) | Inst::Jmp(t) => *t = target,
            Inst::RepLoop { exit, .. } => *exit = target,
            Inst::GroupExists { no, .. } => *no = target,
            Inst::LookStart { end, .. } => *end = target,
            _ => unreachable!("patched a non-jump"),
        }
    }

    fn emit(&mut self, node: &Node) -> Result<(), ReError> {
        match node {
            Node::Char { .. } | Node::Any { .. } | Node::Class(_) => {
                let s = single_of(node).expect("a single-character node");
                self.code.push(Inst::One(s));
            }
            Node::Cat(items) => {
                for n in items {
                    self.emit(n)?;
                }
            }
            Node::Alt(items) if common_first_char(items).is_some() => {
                // `ab|ac` as `a(?:b|c)`, as CPython's parser does: the
                // shared character is tested once, and the branches left
                // are told apart by the guard of their split.
                let first = common_first_char(items).expect("checked");
                self.emit(first)?;
                let rest = items.iter().map(without_first).collect();
                self.emit(&Node::Alt(rest))?;
            }
            Node::Alt(items) => {
                let mut ends = Vec::new();
                for (i, n) in items.iter().enumerate() {
                    if i + 1 < items.len() {
                        let split = self.here();
                        self.code.push(Inst::Split(0));
                        self.emit(n)?;
                        ends.push(self.here());
                        self.code.push(Inst::Jmp(0));
                        let next = self.here();
                        self.patch(split, next);
                    } else {
                        self.emit(n)?;
                    }
                }
                let end = self.here();
                for e in ends {
                    self.patch(e, end);
                }
            }
            Node::Group(g, inner) => match g {
                Some(g) => {
                    self.code.push(Inst::Save(2 * g));
                    self.emit(inner)?;
                    self.code.push(Inst::Save(2 * g + 1));
                    self.group_widths[*g] = self.width(inner);
                }
                None => self.emit(inner)?,
            },
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => self.emit_repeat(node, *min, *max, *kind)?,
            Node::At(a) => self.code.push(Inst::At(*a)),
            Node::BackRef {
                group,
                icase,
                ascii,
            } => self.code.push(Inst::BackRef {
                group: *group,
                icase: *icase,
                ascii: *ascii,
            }),
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let width = if *behind {
                    match self.width(node) {
                        Some((lo, hi)) if lo == hi && lo > u32::MAX as usize => {
                            return Err(ReError {
                                msg: "looks too much behind".into(),
                                pos: None,
                            });
                        }
                        Some((lo, hi)) if lo == hi => Some(lo),
                        _ => return Err(lookbehind_error()),
                    }
                } else {
                    None
                };
                let start = self.here();
                self.code.push(Inst::LookStart {
                    negate: *negate,
                    behind: width,
                    end: 0,
                });
                self.emit(node)?;
                self.code.push(Inst::LookEnd { negate: *negate });
                let end = self.here();
                self.patch(start, end);
            }
            Node::Atomic(inner) => {
                self.code.push(Inst::AtomicStart);
                self.emit(inner)?;
                self.code.push(Inst::AtomicEnd);
            }
            Node::Cond { group, yes, no } => {
                let test = self.here();
                self.code.push(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.emit(yes)?;
                let jmp = self.here();
                self.code.push(Inst::Jmp(0));
                let no_at = self.here();
                self.patch(test, no_at);
                self.emit(no)?;
                let end = self.here();
                self.patch(jmp, end);
            }
        }
        Ok(())
    }

    fn emit_repeat(
        &mut self,
        node: &Node,
        min: u32,
        max: u32,
        kind: RepeatKind,
    ) -> Result<(), ReError> {
        if let Some(s) = single_of(node) {
            self.code.push(Inst::Repeat { s, min, max, kind });
            return Ok(());
        }
        if kind == RepeatKind::Possessive {
            self.code.push(Inst::AtomicStart);
            self.emit_repeat(node, min, max, RepeatKind::Greedy)?;
            self.code.push(Inst::AtomicEnd);
            return Ok(());
        }
        if min == 0 && max == 1 {
            // `x?` / `x??` need no counter.
            if kind == RepeatKind::Greedy {
                let split = self.here();
                self.code.push(Inst::Split(0));
                self.emit(node)?;
                let end = self.here();
                self.patch(split, end);
            } else {
                // Try skipping first: Split to the body, jump over it.
                let split = self.here();
                self.code.push(Inst::Split(0));
                let jmp = self.here();
                self.code.push(Inst::Jmp(0));
                let body = self.here();
                self.patch(split, body);
                self.emit(node)?;
                let end = self.here();
                self.patch(jmp, end);
            }
            return Ok(());
        }
        let r = self.repeats;
        self.repeats += 1;
        self.code.push(Inst::RepInit(r));
        let head = self.here();
        self.code.push(Inst::RepLoop {
            r,
            min,
            max,
            lazy: kind == RepeatKind::Lazy,
            exit: 0,
        });
        self.emit(node)?;
        self.code.push(Inst::Jmp(head));
        let exit = self.here();
        self.patch(head, exit);
        Ok(())
    }

    /// The (min, max) width of a node in characters; None when unbounded.
    fn width(&self, node: &Node) -> Option<(usize, usize)> {
        Some(match node {
            Node::Char { .. } | Node::Any { .. } | Node::Class(_) => (1, 1),
            Node::Cat(items) => {
                let mut w: (usize, usize) = (0, 0);
                for n in items {
                    let (a, b) = self.width(n)?;
                    w = (w.0.saturating_add(a), w.1.saturating_add(b));
                }
                w
            }
            Node::Alt(items) => {
                let mut w: Option<(usize, usize)> = None;
                for n in items {
                    let (a, b) = self.width(n)?;
                    w = Some(match w {
                        None => (a, b),
                        Some((x, y)) => (x.min(a), y.max(b)),
                    });
                }
                w.unwrap_or((0, 0))
            }
            Node::Group(_, n) | Node::Atomic(n) => self.width(n)?,
            Node::Repeat { node, min, max, .. } => {
                let (a, b) = self.width(node)?;
                if *max == MAXREPEAT && b > 0 {
                    return None;
                }
                let max = if *max == MAXREPEAT { 0 } else { *max };
                (
                    a.saturating_mul(*min as usize),
                    b.saturating_mul(max as usize),
                )
            }
            Node::At(_) | Node::Look { .. } => (0, 0),
            Node::BackRef { group, .. } => self.group_widths.get(*group).copied().flatten()?,
            Node::Cond { yes, no, .. } => {
                let (a, b) = self.width(yes)?;
                let (c, d) = self.width(no)?;
                (a.min(c), b.max(d))
            }
        })
    }
}

/// The literal character every branch of an alternation starts with.
fn common_first_char(items: &[Node]) -> Option<&Node> {
    fn first(n: &Node) -> Option<&Node> {
        match n {
            Node::Char { .. } => Some(n),
            Node::Cat(v) => v.first().filter(|f| matches!(f, Node::Char { .. })),
            _ => None,
        }
    }
    let head = first(items.first()?)?;
    let Node::Char { c, icase, ascii } = head else {
        return None;
    };
    items
        .iter()
        .all(|n| {
            matches!(first(n), Some(Node::Char { c: c2, icase: i2, ascii: a2 })
                if c2 == c && i2 == icase && a2 == ascii)
        })
        .then_some(head)
}

/// A branch after its first character (see `common_first_char`).
fn without_first(n: &Node) -> Node {
    match n {
        Node::Cat(v) => Node::Cat(v[1..].to_vec()),
        _ => Node::Cat(Vec::new()),
    }
}

/// The single-character matcher of a node, if it is one.
fn single_of(node: &Node) -> Option<Single> {
    Some(match node {
        Node::Char { c, icase, ascii } => {
            if *icase && has_case(*c, *ascii) {
                Single::CharI {
                    folded: fold(*c, *ascii),
                    ascii: *ascii,
                }
            } else {
                Single::Char(*c)
            }
        }
        Node::Any { dotall } => {
            if *dotall {
                Single::AnyAll
            } else {
                Single::Any
            }
        }
        Node::Class(set) => Single::Set(Box::new(SetMatcher::new((**set).clone()))),
        _ => return None,
    })
}

/// Whether case-insensitive matching of `c` differs from exact matching.
fn has_case(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return (c as u8 as u32 == c) && (c as u8).is_ascii_alphabetic() && c < 128;
    }
    let (l, u) = lower_upper(c);
    l != c || u != c || fold(c, false) != c
}

/// Is `c` in the category (`ascii` selects the ASCII definitions)?
pub(crate) fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    // ASCII definitions, except that Unicode `\s` also has \x1c-\x1f.
    if ascii || (c < 128 && cat != Category::Space) {
        if c >= 128 {
            return false;
        }
        let b = c as u8;
        return match cat {
            Category::Digit => b.is_ascii_digit(),
            Category::Space => matches!(b, b' ' | b'\t'..=b'\r'),
            Category::Word => b.is_ascii_alphanumeric() || b == b'_',
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    use crate::types::str::unicode;
    match cat {
        Category::Digit => unicode::is_decimal(ch),
        Category::Space => unicode::is_space(ch),
        Category::Word => unicode::is_alnum(ch),
    }
}

fn set_contains_exact(set: &ClassSet, c: u32) -> bool {
    set.items.iter().any(|it| match *it {
        ClassItem::Range(lo, hi) => lo <= c && c <= hi,
        ClassItem::Cat(cat, neg) => in_category(cat, c, set.ascii) != neg,
    })
}

/// Does the class match `c` (honouring IGNORECASE and negation)?
pub(crate) fn set_matches(set: &ClassSet, c: u32) -> bool {
    let mut hit = set_contains_exact(set, c);
    if !hit && set.icase {
        if set.ascii || c < 128 {
            if c < 128 {
                let b = c as u8;
                hit = set_contains_exact(set, b.to_ascii_lowercase() as u32)
                    || set_contains_exact(set, b.to_ascii_uppercase() as u32);
            }
        } else {
            let (l, u) = lower_upper(c);
            let f = fold(c, false);
            hit = set_contains_exact(set, l)
                || set_contains_exact(set, u)
                || set_contains_exact(set, f);
        }
    }
    hit != set.negate
}
