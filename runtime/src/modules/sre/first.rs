//! The first-character filter of unanchored searches (the role of
//! CPython's `INFO` charset): the set of characters that can start a match
//! of a program, computed by walking the program from its entry through
//! zero-width instructions. A search skips the positions whose character is
//! not in the set instead of running the matcher there. Programs that can
//! match the empty string (or start with a back-reference or `.`) get no
//! filter.
//!
//! When every match starts with the same literal text (`literal_prefix`),
//! a search looks for that text instead, a byte at a time through eight
//! bytes per step for byte subjects, the way CPython's `INFO` literal
//! prefix is used.
//!
//! The same walk from the two continuations of every `Split` (and the
//! body and exit of every general repeat) gives the matcher's split
//! guards: a branch whose first character cannot be the one at the
//! current position is skipped without a choice point.
//!
//! From the continuation of every greedy single-character repeat it gives
//! the repeat's follow set: backtracking into the repeat gives characters
//! back only down to a position whose character can start the rest, and a
//! repeat whose characters can never start the rest (`[\w.]+@`, `\w+\]`),
//! or after which the match only captures and ends, is made possessive,
//! keeping no choice point at all (the auto-possessification of PCRE;
//! CPython's `REPEAT_ONE` only checks a literal that follows).
//!
//! `lead_run` finds the unbounded greedy repeat a program starts with
//! (`[\w.]+@…`): an attempt that ran it from `p` to the end `q` of the run
//! and failed rules out every start up to `q` (see `search`).

use super::compile::{Inst, LowTable, Single, fold};
use super::parse::{MAXREPEAT, RepeatKind};

/// A set of code points: exact below 256, "maybe" above.
pub(crate) struct FirstSet {
    low: LowTable,
    /// Whether some code point >= 256 may start a match.
    high: bool,
}

impl FirstSet {
    #[inline]
    pub(crate) fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[c as usize]
        } else {
            self.high
        }
    }

    /// Whether no character that `s` matches is in the set.
    fn disjoint(&self, s: &Single) -> bool {
        let high_free = match s {
            Single::Char(x) => *x < 256,
            _ => false,
        };
        if self.high && !high_free {
            return false;
        }
        (0..256).all(|c| !(self.contains(c) && s.matches(c)))
    }

    /// The only character in the set, if there is exactly one.
    fn single(&self) -> Option<u32> {
        let ones = self.low.iter().filter(|&&b| b).count();
        if self.high || ones != 1 {
            return None;
        }
        let c = self.low.iter().position(|&b| b)?;
        Some(c as u32)
    }

    fn add_matching(&mut self, f: impl Fn(u32) -> bool) {
        for c in 0..256 {
            if f(c) {
                self.low[c as usize] = true;
            }
        }
    }

    /// Adds the characters `s` matches; false when that is (nearly) all.
    fn add_single(&mut self, s: &Single) -> bool {
        match s {
            Single::Char(x) => {
                if *x < 256 {
                    self.add_matching(|c| c == *x);
                } else {
                    self.high = true;
                }
            }
            Single::CharI { folded, ascii } => {
                self.add_matching(|c| c == *folded || fold(c, *ascii) == *folded);
                self.high = true;
            }
            Single::Set(set) => {
                self.add_matching(|c| set.matches(c));
                self.high = true;
            }
            Single::Any | Single::AnyAll => return false,
        }
        true
    }
}

/// How deep the walk may follow branches before giving up on a filter.
const MAX_DEPTH: usize = 64;

/// The first-character set of `code`, or None when a match may be empty or
/// the set would not help.
pub(crate) fn first_set(code: &[Inst]) -> Option<FirstSet> {
    branch_set(code, 0, true)
}

/// The characters that can be consumed first from `pc` on (None: maybe
/// none). `entry`: `pc` is the program's entry, where every repeat counter
/// is fresh; elsewhere a general repeat may have met its minimum already.
fn branch_set(code: &[Inst], pc: usize, entry: bool) -> Option<FirstSet> {
    let mut set = FirstSet {
        low: [false; 256],
        high: false,
    };
    let mut seen = vec![false; code.len()];
    let w = Walk { code, entry };
    w.walk(pc, &mut set, &mut seen, 0).then_some(set)
}

/// Most characters of a literal prefix used.
const MAX_PREFIX: usize = 32;

/// The text every match of `code` starts with: its leading literal
/// characters (captures' `Save`s in between are zero-width), or else the
/// single character of a one-character first set (the start of a match
/// holds it even after a lookaround). Empty when there is none.
pub(crate) fn literal_prefix(code: &[Inst], first: Option<&FirstSet>) -> Vec<u32> {
    let mut prefix = Vec::new();
    let mut pc = 0;
    while prefix.len() < MAX_PREFIX {
        match &code[pc] {
            Inst::Save(_) => {}
            Inst::One(Single::Char(c)) => prefix.push(*c),
            Inst::Repeat {
                s: Single::Char(c),
                min,
                max,
                ..
            } => {
                let n = (*min as usize).min(MAX_PREFIX - prefix.len());
                prefix.extend(std::iter::repeat_n(*c, n));
                if min != max {
                    break;
                }
            }
            _ => break,
        }
        pc += 1;
    }
    if prefix.is_empty()
        && let Some(c) = first.and_then(FirstSet::single)
    {
        prefix.push(c);
    }
    prefix
}

/// The instruction of the repeat every match starts with, when an attempt
/// that ran it and failed rules out the starts inside its run (`NONE`
/// otherwise): the program begins with position tests and captures, then
/// an unbounded greedy (or possessive) repeat of at least one character,
/// and has no back-references. An attempt from a later start `p'` inside
/// the run `p..q` reaches the repeat's end `q` too and gives back at most
/// down to `p' + min`, so it tries a subset of the continuations of the
/// failed attempt from `p`, in the same state: only the captures' start
/// positions differ, and only back-references could see them. A start at
/// `q` fails as its character is not the repeat's.
pub(crate) fn lead_run(code: &[Inst]) -> usize {
    if code.iter().any(|i| matches!(i, Inst::BackRef { .. })) {
        return super::matcher::NONE;
    }
    for (pc, inst) in code.iter().enumerate() {
        match inst {
            Inst::Save(_) | Inst::At(_) => {}
            Inst::Repeat {
                min,
                max: MAXREPEAT,
                kind: RepeatKind::Greedy | RepeatKind::Possessive,
                ..
            } if *min >= 1 => return pc,
            _ => break,
        }
    }
    super::matcher::NONE
}

/// The follow sets of greedy single-character repeats (None for every
/// other instruction, and where the rest may start without consuming);
/// makes possessive the greedy repeats that nothing can backtrack into.
pub(crate) fn follow_sets(code: &mut [Inst]) -> Vec<Option<Box<FirstSet>>> {
    let mut follows = Vec::with_capacity(code.len());
    for pc in 0..code.len() {
        let Inst::Repeat {
            s,
            min,
            max,
            kind: RepeatKind::Greedy,
        } = &code[pc]
        else {
            follows.push(None);
            continue;
        };
        if min == max {
            follows.push(None);
            continue;
        }
        let follow = branch_set(code, pc + 1, false);
        if ends_match(code, pc + 1) || follow.as_ref().is_some_and(|f| f.disjoint(s)) {
            if let Inst::Repeat { kind, .. } = &mut code[pc] {
                *kind = RepeatKind::Possessive;
            }
            follows.push(None);
            continue;
        }
        follows.push(follow.map(Box::new));
    }
    follows
}

/// Whether the program from `pc` on reaches `Match` through captures and
/// jumps only. A greedy repeat followed by that never gains from giving
/// characters back: the longest run matches unless `Match` itself fails
/// (fullmatch short of the end, or an empty match that must advance), and
/// then every shorter run fails too.
fn ends_match(code: &[Inst], mut pc: usize) -> bool {
    for _ in 0..code.len() {
        match &code[pc] {
            Inst::Save(_) => pc += 1,
            Inst::Jmp(t) => pc = *t,
            Inst::Match => return true,
            _ => return false,
        }
    }
    false
}

/// The first-character sets of the two continuations of a `Split`, as
/// one table of answers per character (one load per test).
pub(crate) struct SplitGuard {
    /// Per character below 256: `THEN` if the next instruction (the
    /// branch tried first) may start with it, `ALT` if the split's target
    /// (the branch kept as a choice point) may.
    low: [u8; 256],
    /// The answer for characters from 256 on.
    high: u8,
    /// The answer at the end of the text.
    end: u8,
}

impl SplitGuard {
    pub(crate) const THEN: u8 = 1;
    pub(crate) const ALT: u8 = 2;

    fn new(then: Option<FirstSet>, alt: Option<FirstSet>) -> SplitGuard {
        let bits = |c: Option<u32>| {
            let may = |s: &Option<FirstSet>| match (s, c) {
                (None, _) => true,
                (Some(s), Some(c)) => s.contains(c),
                (Some(_), None) => false,
            };
            u8::from(may(&then)) * Self::THEN + u8::from(may(&alt)) * Self::ALT
        };
        let mut low = [0u8; 256];
        for (c, b) in low.iter_mut().enumerate() {
            *b = bits(Some(c as u32));
        }
        SplitGuard {
            low,
            high: bits(Some(256)),
            end: bits(None),
        }
    }

    /// May the first branch (`THEN`) or the second (`ALT`) match from a
    /// position whose character is `c` (None: the end of the text)?
    #[inline]
    pub(crate) fn may_start(&self, c: Option<u32>) -> u8 {
        match c {
            Some(c) if c < 256 => self.low[c as usize],
            Some(_) => self.high,
            None => self.end,
        }
    }
}

/// The guard of every instruction (None but for `Split`s and `RepLoop`s
/// with at least one way on that must consume a character first; a
/// `RepLoop`'s `then` is its body, `alt` its exit).
pub(crate) fn split_guards(code: &[Inst]) -> Vec<Option<Box<SplitGuard>>> {
    code.iter()
        .enumerate()
        .map(|(pc, inst)| {
            let alt = match inst {
                Inst::Split(alt) => *alt,
                Inst::RepLoop { exit, .. } => *exit,
                _ => return None,
            };
            let then = branch_set(code, pc + 1, false);
            let alt = branch_set(code, alt, false);
            (then.is_some() || alt.is_some()).then(|| Box::new(SplitGuard::new(then, alt)))
        })
        .collect()
}

/// One first-character walk over `code`.
struct Walk<'a> {
    code: &'a [Inst],
    /// Started at the program's entry (see `branch_set`).
    entry: bool,
}

impl Walk<'_> {
    /// Adds the characters that can be consumed first from `pc` on; false
    /// when the program can reach the end (or an unknown instruction) from
    /// `pc` without consuming a character.
    fn walk(&self, mut pc: usize, set: &mut FirstSet, seen: &mut [bool], depth: usize) -> bool {
        let code = self.code;
        if depth > MAX_DEPTH {
            return false;
        }
        loop {
            if seen[pc] {
                // A loop back to a visited instruction adds nothing new,
                // except that a general repeat whose body matched empty
                // may leave now (its count grew to its minimum).
                if let Inst::RepLoop { exit, .. } = &code[pc]
                    && !seen[*exit]
                {
                    pc = *exit;
                    continue;
                }
                return true;
            }
            seen[pc] = true;
            match &code[pc] {
                Inst::One(s) => return set.add_single(s),
                Inst::Repeat { s, min, .. } => {
                    if !set.add_single(s) {
                        return false;
                    }
                    if *min > 0 {
                        return true;
                    }
                    pc += 1;
                }
                Inst::At(_) | Inst::Save(_) | Inst::RepInit(_) | Inst::AtomicStart => pc += 1,
                // Past the end of an atomic group the way back into it is
                // cut: a branch that reaches it without consuming commits
                // there even if what follows cannot match here, so a guard
                // must not skip it for what follows. (The entry's set may
                // look past it: it only has to hold every first character.)
                Inst::AtomicEnd if self.entry => pc += 1,
                Inst::AtomicEnd => return false,
                Inst::Jmp(t) => pc = *t,
                Inst::Split(alt) => {
                    if !self.walk(*alt, set, seen, depth + 1) {
                        return false;
                    }
                    pc += 1;
                }
                Inst::RepLoop { min, exit, .. } => {
                    if (*min == 0 || !self.entry) && !self.walk(*exit, set, seen, depth + 1) {
                        return false;
                    }
                    pc += 1;
                }
                Inst::GroupExists { no, .. } => {
                    if !self.walk(*no, set, seen, depth + 1) {
                        return false;
                    }
                    pc += 1;
                }
                // Lookarounds consume nothing: the match starts with what follows.
                Inst::LookStart { end, .. } => pc = *end,
                // (Runs are fused after the analyses.)
                Inst::BackRef { .. } | Inst::LookEnd { .. } | Inst::Match | Inst::Run(_) => {
                    return false;
                }
            }
        }
    }
}
