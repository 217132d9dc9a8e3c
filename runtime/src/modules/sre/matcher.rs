//! The backtracking matcher: runs a compiled `Program` over a text of code
//! points (`u32`, str) or bytes (`u8`, bytes and ASCII str) with CPython
//! `_sre`'s leftmost-first semantics. Choice points live on an explicit
//! `Vec` stack (never the native stack), together with the undo records of
//! capture and repeat registers, so deep inputs cannot overflow. Lookaround
//! and atomic groups push a barrier and cut the choice points above it on
//! success. This file knows nothing about Python objects.

use super::compile::{Inst, Program, Run, Single, fold, in_category};
use super::first::SplitGuard;
use super::parse::{At, Category, RepeatKind};
use crate::types::str::text::find_byte;

/// A text unit: a byte or a code point.
pub(crate) trait Unit: Copy {
    fn cp(self) -> u32;

    /// The index of the first unit of `text` equal to `c`.
    fn find(text: &[Self], c: u32) -> Option<usize>;
}
impl Unit for u8 {
    #[inline]
    fn cp(self) -> u32 {
        self as u32
    }

    fn find(text: &[u8], c: u32) -> Option<usize> {
        let b = u8::try_from(c).ok()?;
        find_byte(text, b)
    }
}
impl Unit for u32 {
    #[inline]
    fn cp(self) -> u32 {
        self
    }

    fn find(text: &[u32], c: u32) -> Option<usize> {
        text.iter().position(|&t| t == c)
    }
}

/// The first position from `from` on where `text` continues with `prefix`
/// (not empty).
fn find_prefix<T: Unit>(text: &[T], from: usize, prefix: &[u32]) -> Option<usize> {
    let (&head, rest) = prefix.split_first()?;
    let mut at = from;
    loop {
        let hay = text.get(at..)?;
        let p = at + T::find(hay, head)?;
        let tail = text.get(p + 1..p + prefix.len())?;
        if tail.iter().zip(rest).all(|(t, &c)| t.cp() == c) {
            return Some(p);
        }
        at = p + 1;
    }
}

/// How the match must be anchored.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Mode {
    Match,
    FullMatch,
    Search,
}

/// "No position" in capture and repeat registers.
pub(crate) const NONE: usize = usize::MAX;

enum Frame {
    Alt {
        pc: usize,
        pos: usize,
    },
    Cap {
        slot: usize,
        old: usize,
        /// (`NONE`: no group closed yet.)
        lastindex: usize,
    },
    Rep {
        r: usize,
        count: u32,
        last: usize,
    },
    /// A greedy single-character repeat that may give back characters
    /// down to `min`; resumes at `pc`.
    Greedy {
        pc: usize,
        min: usize,
        pos: usize,
    },
    /// A lazy single-character repeat (instruction `ipc`) that may take
    /// one more character at `pos`, having taken `count`.
    Lazy {
        ipc: usize,
        pos: usize,
        count: u32,
    },
    /// A lazy general repeat that may enter its body (loop head `pc`).
    LazyEnter {
        pc: usize,
        pos: usize,
    },
    /// Lookaround / atomic group start; a negative lookaround resumes at
    /// `resume` with `pos` when its body fails.
    Barrier {
        pos: usize,
        negate: bool,
        resume: usize,
    },
}

/// The fewest capture registers `Scratch::slots` holds: clearing them for
/// an attempt is then a fixed-size store for programs of up to 9 groups,
/// not a call of `memset`, and a match object copies a fixed-size prefix.
pub(crate) const MIN_SLOTS: usize = 20;

/// The matcher's registers and backtracking stack, reused across searches
/// so that iterating over many matches does not allocate per match.
/// After a successful search, `slots` holds the match: 2 per group
/// (group 0 first; at least `MIN_SLOTS` registers, those past the
/// program's unset), and `lastindex` CPython's `Match.lastindex`.
#[derive(Default)]
pub(crate) struct Scratch {
    pub slots: Vec<usize>,
    pub lastindex: Option<usize>,
    reps: Vec<(u32, usize)>,
    stack: Vec<Frame>,
}

struct Vm<'a, T: Unit> {
    prog: &'a Program,
    text: &'a [T],
    /// (Slices, not the `Scratch` vectors: their pointers and lengths stay
    /// in registers instead of being reloaded after every store.)
    slots: &'a mut [usize],
    /// The last group closed (`NONE`: none yet).
    lastindex: usize,
    reps: &'a mut [(u32, usize)],
    stack: &'a mut Vec<Frame>,
    /// The search start (for `must_advance`).
    start: usize,
    full: bool,
    must_advance: bool,
    /// Where the run of the program's leading repeat (`Program::lead`)
    /// ended in this attempt (`NONE`: not reached).
    lead_end: usize,
    /// Whether a capture register was set since the registers were last
    /// cleared (a failed attempt that set none needs no clearing).
    dirty: bool,
}

/// Do the characters of `seg` (as many as the run tests) pass the run's
/// tests?
#[inline]
fn run_matches<T: Unit>(r: &Run, seg: &[T]) -> bool {
    let low = &r.low[..seg.len()];
    for (i, t) in seg.iter().enumerate() {
        let c = t.cp();
        let ok = if c < 256 {
            low[i][c as usize]
        } else {
            r.tests[i].matches(c)
        };
        if !ok {
            return false;
        }
    }
    true
}

fn is_word<T: Unit>(text: &[T], i: usize, ascii: bool) -> bool {
    in_category(Category::Word, text[i].cp(), ascii)
}

impl<T: Unit> Vm<'_, T> {
    #[inline]
    fn single(&self, s: &Single, pos: usize) -> bool {
        let Some(&t) = self.text.get(pos) else {
            return false;
        };
        s.matches(t.cp())
    }

    /// How many characters from `pos` on `s` matches, at most `limit`
    /// (one dispatch on `s` per run, not per character).
    fn count(&self, s: &Single, pos: usize, limit: usize) -> usize {
        let text = self.text.get(pos..).unwrap_or(&[]);
        let text = &text[..limit.min(text.len())];
        match s {
            Single::Char(x) => text.iter().take_while(|t| t.cp() == *x).count(),
            Single::CharI { folded, ascii } => text
                .iter()
                .take_while(|t| {
                    let c = t.cp();
                    c == *folded || fold(c, *ascii) == *folded
                })
                .count(),
            Single::Any => T::find(text, '\n' as u32).unwrap_or(text.len()),
            Single::AnyAll => text.len(),
            Single::Set(set) => text.iter().take_while(|t| set.matches(t.cp())).count(),
        }
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let end = self.text.len();
        let nl = |i: usize| self.text[i].cp() == '\n' as u32;
        match a {
            At::Beginning | At::BeginningString => pos == 0,
            At::BeginningLine => pos == 0 || nl(pos - 1),
            At::End => pos == end || (pos + 1 == end && nl(pos)),
            At::EndLine => pos == end || nl(pos),
            At::EndString => pos == end,
            At::Boundary { ascii } | At::NonBoundary { ascii } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.text, pos - 1, ascii);
                let after = pos < end && is_word(self.text, pos, ascii);
                (before != after) == matches!(a, At::Boundary { .. })
            }
        }
    }

    /// Sets a capture register, keeping its old value for backtracking.
    /// With nothing on the stack there is nothing to backtrack to (a
    /// failure ends the attempt, and the next one starts from clear
    /// registers), so no undo record is kept.
    fn set_slot(&mut self, slot: usize, pos: usize) {
        if !self.stack.is_empty() {
            self.stack.push(Frame::Cap {
                slot,
                old: self.slots[slot],
                lastindex: self.lastindex,
            });
        }
        self.slots[slot] = pos;
        self.dirty = true;
        if slot % 2 == 1 {
            self.lastindex = slot / 2;
        }
    }

    /// Sets a repeat register (as `set_slot`: undo records only above a
    /// choice point; every attempt initializes a repeat's register with
    /// `RepInit` before reading it).
    fn set_rep(&mut self, r: usize, count: u32, last: usize) {
        if !self.stack.is_empty() {
            let (oc, ol) = self.reps[r];
            self.stack.push(Frame::Rep {
                r,
                count: oc,
                last: ol,
            });
        }
        self.reps[r] = (count, last);
    }

    /// Removes the choice points above the topmost barrier, keeping undo
    /// records; returns the barrier's position.
    fn cut(&mut self) -> usize {
        let b = self
            .stack
            .iter()
            .rposition(|f| matches!(f, Frame::Barrier { .. }))
            .expect("a barrier for every open lookaround");
        let Frame::Barrier { pos, .. } = self.stack[b] else {
            unreachable!()
        };
        let mut w = b;
        for r in b + 1..self.stack.len() {
            if matches!(self.stack[r], Frame::Cap { .. } | Frame::Rep { .. }) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
        pos
    }

    /// Compares the text at `pos` with group `g`; the end position on success.
    fn backref(&self, g: usize, icase: bool, ascii: bool, pos: usize) -> Option<usize> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let n = e - s;
        if pos + n > self.text.len() {
            return None;
        }
        for i in 0..n {
            let (a, b) = (self.text[s + i].cp(), self.text[pos + i].cp());
            if a != b && !(icase && fold(a, ascii) == fold(b, ascii)) {
                return None;
            }
        }
        Some(pos + n)
    }

    /// Runs the program from `pos`; true on a match (registers hold it).
    fn run(&mut self, mut pc: usize, mut pos: usize) -> bool {
        let code = &self.prog.code;
        'next: loop {
            // Execute until failure.
            let ok = loop {
                match &code[pc] {
                    Inst::One(s) => {
                        if !self.single(s, pos) {
                            break false;
                        }
                        pos += 1;
                        pc += 1;
                    }
                    Inst::Repeat { s, min, max, kind } => {
                        let (min, max) = (*min as usize, *max as usize);
                        let limit = if *kind == RepeatKind::Lazy { min } else { max };
                        let n = self.count(s, pos, limit);
                        if pc == self.prog.lead {
                            self.lead_end = pos + n;
                        }
                        if n < min {
                            break false;
                        }
                        if *kind == RepeatKind::Greedy && n > min {
                            self.stack.push(Frame::Greedy {
                                pc: pc + 1,
                                min: pos + min,
                                pos: pos + n,
                            });
                        } else if *kind == RepeatKind::Lazy && min < max {
                            self.stack.push(Frame::Lazy {
                                ipc: pc,
                                pos: pos + n,
                                count: n as u32,
                            });
                        }
                        pos += n;
                        pc += 1;
                    }
                    Inst::At(a) => {
                        if !self.at(*a, pos) {
                            break false;
                        }
                        pc += 1;
                    }
                    Inst::Save(slot) => {
                        self.set_slot(*slot, pos);
                        pc += 1;
                    }
                    Inst::Split(alt) => {
                        // A branch that cannot start with the character
                        // here is not tried (nor kept as a choice point).
                        if let Some(g) = &self.prog.guards[pc] {
                            let may = g.may_start(self.text.get(pos).map(|t| t.cp()));
                            if may & SplitGuard::THEN == 0 {
                                pc = *alt;
                                continue;
                            }
                            if may & SplitGuard::ALT == 0 {
                                pc += 1;
                                continue;
                            }
                        }
                        self.stack.push(Frame::Alt { pc: *alt, pos });
                        pc += 1;
                    }
                    Inst::Jmp(t) => pc = *t,
                    Inst::RepInit(r) => {
                        self.set_rep(*r, 0, NONE);
                        pc += 1;
                    }
                    Inst::RepLoop {
                        r,
                        min,
                        max,
                        lazy,
                        exit,
                    } => {
                        let (count, last) = self.reps[*r];
                        if count < *min {
                            self.set_rep(*r, count + 1, pos);
                            pc += 1;
                        } else if count >= *max || pos == last {
                            pc = *exit;
                        } else {
                            // Either way on may be ruled out by the
                            // character here: take the other without a
                            // choice point.
                            let may = match &self.prog.guards[pc] {
                                Some(g) => g.may_start(self.text.get(pos).map(|t| t.cp())),
                                None => SplitGuard::THEN | SplitGuard::ALT,
                            };
                            let (enter, leave) =
                                (may & SplitGuard::THEN != 0, may & SplitGuard::ALT != 0);
                            if !enter {
                                pc = *exit;
                            } else if !leave {
                                self.set_rep(*r, count + 1, pos);
                                pc += 1;
                            } else if *lazy {
                                self.stack.push(Frame::LazyEnter { pc, pos });
                                pc = *exit;
                            } else {
                                self.stack.push(Frame::Alt { pc: *exit, pos });
                                self.set_rep(*r, count + 1, pos);
                                pc += 1;
                            }
                        }
                    }
                    Inst::BackRef {
                        group,
                        icase,
                        ascii,
                    } => match self.backref(*group, *icase, *ascii, pos) {
                        Some(p) => {
                            pos = p;
                            pc += 1;
                        }
                        None => break false,
                    },
                    Inst::GroupExists { group, no } => {
                        let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                        pc = if s != NONE && e != NONE { pc + 1 } else { *no };
                    }
                    Inst::LookStart {
                        negate,
                        behind,
                        end,
                    } => {
                        let start = match behind {
                            Some(w) if *w > pos => None,
                            Some(w) => Some(pos - w),
                            None => Some(pos),
                        };
                        match start {
                            None if *negate => pc = *end,
                            None => break false,
                            Some(s) => {
                                self.stack.push(Frame::Barrier {
                                    pos,
                                    negate: *negate,
                                    resume: *end,
                                });
                                pos = s;
                                pc += 1;
                            }
                        }
                    }
                    Inst::LookEnd { negate } => {
                        if *negate {
                            // The body matched: undo it and fail past the barrier.
                            loop {
                                match self.stack.pop() {
                                    Some(Frame::Barrier { .. }) | None => break,
                                    Some(f) => self.undo(f),
                                }
                            }
                            break false;
                        }
                        pos = self.cut();
                        pc += 1;
                    }
                    Inst::AtomicStart => {
                        self.stack.push(Frame::Barrier {
                            pos,
                            negate: false,
                            resume: 0,
                        });
                        pc += 1;
                    }
                    Inst::AtomicEnd => {
                        self.cut();
                        pc += 1;
                    }
                    Inst::Run(r) => {
                        let n = r.low.len();
                        let Some(seg) = self.text.get(pos..pos + n) else {
                            break false;
                        };
                        if !run_matches(r, seg) {
                            break false;
                        }
                        if self.stack.is_empty() {
                            // Nothing to undo (see `set_slot`).
                            for &(offset, slot) in r.saves.iter() {
                                self.slots[slot] = pos + offset;
                            }
                            self.dirty |= !r.saves.is_empty();
                            if let Some(g) = r.last_closed {
                                self.lastindex = g;
                            }
                        } else {
                            for &(offset, slot) in r.saves.iter() {
                                self.set_slot(slot, pos + offset);
                            }
                        }
                        pos += n;
                        pc = r.next;
                    }
                    Inst::Match => {
                        if (self.full && pos != self.text.len())
                            || (self.must_advance && pos == self.start)
                        {
                            break false;
                        }
                        self.slots[1] = pos;
                        break true;
                    }
                }
            };
            if ok {
                return true;
            }
            // Backtrack to the most recent choice point.
            loop {
                let Some(f) = self.stack.pop() else {
                    return false;
                };
                match f {
                    Frame::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        continue 'next;
                    }
                    Frame::Greedy { pc: p, min, pos: q } => {
                        let mut q = q - 1;
                        // Give back characters until the rest can match.
                        if let Inst::One(Single::Char(c)) = &code[p] {
                            while q > min && self.text[q].cp() != *c {
                                q -= 1;
                            }
                        } else if let Some(f) = &self.prog.follows[p - 1] {
                            while q > min && !f.contains(self.text[q].cp()) {
                                q -= 1;
                            }
                        }
                        if q > min {
                            self.stack.push(Frame::Greedy { pc: p, min, pos: q });
                        }
                        pc = p;
                        pos = q;
                        continue 'next;
                    }
                    Frame::Lazy { ipc, pos: q, count } => {
                        let Inst::Repeat { s, max, .. } = &code[ipc] else {
                            unreachable!("Lazy frames point at Repeat")
                        };
                        if !self.single(s, q) {
                            continue;
                        }
                        if count + 1 < *max {
                            self.stack.push(Frame::Lazy {
                                ipc,
                                pos: q + 1,
                                count: count + 1,
                            });
                        }
                        pc = ipc + 1;
                        pos = q + 1;
                        continue 'next;
                    }
                    Frame::LazyEnter { pc: p, pos: q } => {
                        let Inst::RepLoop { r, .. } = &code[p] else {
                            unreachable!("LazyEnter frames point at RepLoop")
                        };
                        let (count, _) = self.reps[*r];
                        self.set_rep(*r, count + 1, q);
                        pc = p + 1;
                        pos = q;
                        continue 'next;
                    }
                    Frame::Barrier {
                        pos: q,
                        negate,
                        resume,
                    } => {
                        if negate {
                            pc = resume;
                            pos = q;
                            continue 'next;
                        }
                    }
                    f => self.undo(f),
                }
            }
        }
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Cap {
                slot,
                old,
                lastindex,
            } => {
                self.slots[slot] = old;
                self.lastindex = lastindex;
            }
            Frame::Rep { r, count, last } => self.reps[r] = (count, last),
            _ => {}
        }
    }
}

/// Unsets the first `n` capture registers (and, for a small `n`, the rest
/// of the first `MIN_SLOTS`).
#[inline]
fn clear_slots(slots: &mut [usize], n: usize) {
    match <&mut [usize; MIN_SLOTS]>::try_from(&mut slots[..MIN_SLOTS]) {
        Ok(head) if n <= MIN_SLOTS => *head = [NONE; MIN_SLOTS],
        _ => clear_many_slots(&mut slots[..n]),
    }
}

/// (Out of line, so that the fixed-size store above is not merged with
/// this fill into one call of `memset`.)
#[inline(never)]
fn clear_many_slots(slots: &mut [usize]) {
    slots.fill(NONE);
}

/// Matches `prog` against `text` (already cut at `endpos`) from `pos`.
/// `must_advance` rejects an empty match at `pos` (for iterating matches).
pub(crate) fn search<T: Unit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    mode: Mode,
    must_advance: bool,
    scratch: &mut Scratch,
) -> bool {
    let nslots = 2 * (prog.groups + 1);
    // (Every attempt clears the capture registers, and initializes a
    // repeat's register with `RepInit` before reading it: only the lengths
    // are set here.)
    scratch.reps.resize(prog.repeats, (0, NONE));
    scratch.slots.resize(nslots.max(MIN_SLOTS), NONE);
    scratch.lastindex = None;
    let mut vm = Vm {
        prog,
        text,
        slots: &mut scratch.slots,
        lastindex: NONE,
        reps: &mut scratch.reps,
        stack: &mut scratch.stack,
        start: pos,
        full: mode == Mode::FullMatch,
        must_advance,
        lead_end: NONE,
        dirty: true,
    };
    let end = text.len();
    if pos > end {
        // `pos` past `endpos`: CPython still lets the empty pattern match.
        let empty = matches!(prog.code[..], [Inst::Match]);
        if mode == Mode::Match && empty && !must_advance {
            vm.slots.fill(NONE);
            vm.slots[0] = pos;
            vm.slots[1] = pos;
            return true;
        }
        return false;
    }
    // Searches for a pattern anchored at the start try one position; the
    // first-character set lets the search skip positions that cannot match.
    let anchored = mode != Mode::Search || prog.anchored;
    let first = if anchored { None } else { prog.first.as_ref() };
    let prefix = if anchored { &[][..] } else { &prog.prefix[..] };
    let mut start = pos;
    loop {
        if !prefix.is_empty() {
            match find_prefix(text, start, prefix) {
                Some(p) => start = p,
                None => return false,
            }
        } else if let Some(f) = first {
            while start < end && !f.contains(text[start].cp()) {
                start += 1;
            }
            if start == end {
                return false;
            }
        }
        if vm.dirty {
            clear_slots(vm.slots, nslots);
            vm.dirty = false;
        }
        vm.lastindex = NONE;
        vm.stack.clear();
        vm.slots[0] = start;
        if vm.run(0, start) {
            vm.slots[0] = start;
            vm.stack.clear();
            scratch.lastindex = (vm.lastindex != NONE).then_some(vm.lastindex);
            return true;
        }
        if anchored || start >= end {
            vm.stack.clear();
            return false;
        }
        // A failed attempt that ran the leading repeat rules out every
        // start up to the end of its run (`first::lead_run`).
        start = if vm.lead_end == NONE {
            start + 1
        } else {
            std::mem::replace(&mut vm.lead_end, NONE) + 1
        };
        if start > end {
            vm.stack.clear();
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::sre::{compile, parse};

    fn find(pattern: &str, text: &str) -> Option<(usize, usize)> {
        let p: Vec<u32> = pattern.chars().map(|c| c as u32).collect();
        let Ok(parsed) = parse::parse(&p, true, 0) else {
            panic!("invalid pattern {pattern}")
        };
        let Ok(prog) = compile::compile(&parsed.node, parsed.groups) else {
            panic!("pattern {pattern} does not compile")
        };
        let t: Vec<u32> = text.chars().map(|c| c as u32).collect();
        let mut scratch = Scratch::default();
        search(&prog, &t, 0, Mode::Search, false, &mut scratch)
            .then(|| (scratch.slots[0], scratch.slots[1]))
    }

    /// Backtracking state lives on the heap: a million-character input
    /// through a general repeat does not touch the native stack.
    #[test]
    fn long_inputs_do_not_recurse() {
        let text = "ab".repeat(500_000) + "c";
        assert_eq!(find("(?:a|b)*c", &text), Some((0, 1_000_001)));
        assert_eq!(find("(a|b)*?c", &text), Some((0, 1_000_001)));
    }

    /// The eight-bytes-per-step byte search agrees with a plain scan at
    /// every offset and alignment, including bytes that differ from the
    /// target only in their high bit or by one (the zero-byte test's
    /// false positives above a match).
    #[test]
    fn find_byte_agrees_with_position() {
        let text: Vec<u8> = (0..200u32).map(|i| (i * 37 % 251) as u8).collect();
        for b in [0u8, 1, 0x7f, 0x80, 0x81, 0xff, 36, 37, 38] {
            for from in 0..40 {
                let hay = &text[from..];
                assert_eq!(find_byte(hay, b), hay.iter().position(|&t| t == b));
            }
        }
        assert_eq!(find_byte(&[0x01, 0x00, 0x00], 0), Some(1));
        assert_eq!(find_byte(&[0x01; 9], 0), None);
        assert_eq!(find_byte(&[0x80, 0x00, 0, 0, 0, 0, 0, 0, 0], 0), Some(1));
    }

    /// Literal prefixes send the search to their occurrences only.
    #[test]
    fn prefix_search() {
        assert_eq!(find("abc", "xxabxabcab"), Some((5, 8)));
        assert_eq!(find("ab+c", "abbbd abbc"), Some((6, 10)));
        assert_eq!(find("(?<=a)b", "bbbab"), Some((4, 5)));
        assert_eq!(find("abc", "ab"), None);
        assert_eq!(find("a{3}b", "aaaaab"), Some((2, 6)));
    }

    /// A failed attempt through a leading repeat skips the starts inside
    /// its run, never a start the position tests before it would allow.
    #[test]
    fn lead_run_skip() {
        assert_eq!(find(r"[ab]+c", "abXbac"), Some((3, 6)));
        assert_eq!(find(r"\w+@", "ab cd@"), Some((3, 6)));
        assert_eq!(find(r"\B\w+X", "abX"), Some((1, 3)));
        assert_eq!(find(r"\b[\w.]+@\w", "a.b c.d@e"), Some((4, 9)));
        assert_eq!(find(r"x+y", "xxxx"), None);
        assert_eq!(find(r"(\w)\w*\1", "abc abca"), Some((4, 8)));
    }

    /// Fused runs, entered at their start or (by a jump) in their middle,
    /// and branches that share their first character.
    #[test]
    fn runs_and_shared_prefixes() {
        assert_eq!(find(r"(\d\d)-(\d\d)", "1-23-45"), Some((2, 7)));
        assert_eq!(find(r"(?:x|y)bc", "ybc"), Some((0, 3)));
        assert_eq!(find(r"a{3}b", "aaab"), Some((0, 4)));
        assert_eq!(find(r"(?:ab|ac)d", "acd"), Some((0, 3)));
        assert_eq!(find(r"(?:a|ab)c", "abc"), Some((0, 3)));
    }

    /// Guards do not look past an atomic group's end; an empty body lets
    /// a repeat with a minimum end without consuming.
    #[test]
    fn atomic_groups_and_empty_bodies() {
        assert_eq!(find(r"(?>|b)c", "bc"), Some((1, 2)));
        assert_eq!(find(r"(?>a|ab)c", "abc"), None);
        assert_eq!(find(r"(?:|b)++c", "c"), Some((0, 1)));
    }

    /// Leftmost-first: the first alternative that leads to a match wins.
    #[test]
    fn leftmost_first() {
        assert_eq!(find("a|ab", "ab"), Some((0, 1)));
        assert_eq!(find("(?:a|ab)c", "abc"), Some((0, 3)));
        assert_eq!(find("(?>a|ab)c", "abc"), None);
    }
}
