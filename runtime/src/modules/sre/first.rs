//! The first-character filter of unanchored searches (the role of
//! CPython's `INFO` charset): the set of characters that can start a match
//! of a program, computed by walking the program from its entry through
//! zero-width instructions. A search skips the positions whose character is
//! not in the set instead of running the matcher there. Programs that can
//! match the empty string (or start with a back-reference or `.`) get no
//! filter.

use super::compile::{Inst, Single, fold};

/// A set of code points: exact below 256, "maybe" above.
pub(crate) struct FirstSet {
    low: [u64; 4],
    /// Whether some code point >= 256 may start a match.
    high: bool,
}

impl FirstSet {
    #[inline]
    pub(crate) fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c / 64) as usize] & (1 << (c % 64)) != 0
        } else {
            self.high
        }
    }

    fn add_matching(&mut self, f: impl Fn(u32) -> bool) {
        for c in 0..256 {
            if f(c) {
                self.low[(c / 64) as usize] |= 1 << (c % 64);
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
    let mut set = FirstSet {
        low: [0; 4],
        high: false,
    };
    let mut seen = vec![false; code.len()];
    walk(code, 0, &mut set, &mut seen, 0).then_some(set)
}

/// Adds the characters that can be consumed first from `pc` on; false when
/// the program can reach the end (or an unknown instruction) from `pc`
/// without consuming a character.
fn walk(code: &[Inst], mut pc: usize, set: &mut FirstSet, seen: &mut [bool], depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    loop {
        if seen[pc] {
            // A loop back to a visited instruction adds nothing new.
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
            Inst::AtomicEnd => pc += 1,
            Inst::Jmp(t) => pc = *t,
            Inst::Split(alt) => {
                if !walk(code, *alt, set, seen, depth + 1) {
                    return false;
                }
                pc += 1;
            }
            Inst::RepLoop { min, exit, .. } => {
                if *min == 0 && !walk(code, *exit, set, seen, depth + 1) {
                    return false;
                }
                pc += 1;
            }
            Inst::GroupExists { no, .. } => {
                if !walk(code, *no, set, seen, depth + 1) {
                    return false;
                }
                pc += 1;
            }
            // Lookarounds consume nothing: the match starts with what follows.
            Inst::LookStart { end, .. } => pc = *end,
            Inst::BackRef { .. } | Inst::LookEnd { .. } | Inst::Match => return false,
        }
    }
}
