//! Which locals are certainly bound before each instruction, so that
//! `LOAD_FAST` and `DELETE_FAST` can skip the unbound check.
//!
//! A forward "definitely assigned" data flow over the instructions: the
//! arguments are bound on entry; `STORE_FAST` binds, `DELETE_FAST` unbinds,
//! and `LOAD_FAST` leaves its local bound (it raises otherwise). A join
//! keeps only what every predecessor binds. Exception edges carry the state
//! before the raising instruction.

use crate::abi;
use crate::bytecode::code::CodeObject;
use crate::bytecode::opcode::Opcode;

/// A set of local slot indices.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct LocalSet(Vec<u64>);

impl LocalSet {
    fn new(n: usize) -> LocalSet {
        LocalSet(vec![0; n.div_ceil(64)])
    }

    pub(super) fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn insert(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    fn remove(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }

    /// Intersects with `other`; returns whether `self` changed.
    fn intersect(&mut self, other: &LocalSet) -> bool {
        let mut changed = false;
        for (w, o) in self.0.iter_mut().zip(&other.0) {
            let new = *w & o;
            changed |= new != *w;
            *w = new;
        }
        changed
    }
}

/// The number of `localsplus` slots that hold arguments (bound by the
/// caller): positional, keyword-only, `*args`, `**kwargs`.
pub(super) fn argument_slots(code: &CodeObject) -> usize {
    let flags = code.flags;
    (code.argcount
        + code.kwonlyargcount
        + u32::from(flags & abi::CO_VARARGS != 0)
        + u32::from(flags & abi::CO_VARKEYWORDS != 0)) as usize
}

/// For each instruction, whether it is a `LOAD_FAST`/`DELETE_FAST` whose
/// local may be unbound when it runs (so it needs the check).
pub(super) fn unbound_checks(code: &CodeObject) -> Vec<bool> {
    code.instrs
        .iter()
        .zip(&bound_before(code))
        .map(|(instr, state)| {
            matches!(instr.op, Opcode::LOAD_FAST | Opcode::DELETE_FAST)
                && !state
                    .as_ref()
                    .is_some_and(|s| s.contains(instr.arg as usize))
        })
        .collect()
}

/// For each reachable instruction, the locals certainly bound before it.
pub(super) fn bound_before(code: &CodeObject) -> Vec<Option<LocalSet>> {
    let n = code.instrs.len();
    let nlocals = code.localsplus.len();
    let nargs = argument_slots(code);

    let mut entry = LocalSet::new(nlocals);
    for i in 0..nargs.min(nlocals) {
        entry.insert(i);
    }
    let mut states: Vec<Option<LocalSet>> = vec![None; n];
    let mut work = Vec::new();
    if n > 0 {
        states[0] = Some(entry);
        work.push(0);
    }

    // Merges `state` into instruction `to`, queueing it when it changed.
    let flow =
        |states: &mut Vec<Option<LocalSet>>, work: &mut Vec<usize>, to: usize, state: &LocalSet| {
            let Some(slot) = states.get_mut(to) else {
                return;
            };
            let changed = match slot {
                Some(existing) => existing.intersect(state),
                None => {
                    *slot = Some(state.clone());
                    true
                }
            };
            if changed {
                work.push(to);
            }
        };

    while let Some(pc) = work.pop() {
        let Some(before) = states[pc].clone() else {
            continue;
        };
        let instr = code.instrs[pc];
        if let Some(h) = code.handlers[pc] {
            flow(&mut states, &mut work, h.target as usize, &before);
        }
        let mut after = before;
        let local = instr.arg as usize;
        match instr.op {
            Opcode::STORE_FAST | Opcode::LOAD_FAST => after.insert(local),
            Opcode::DELETE_FAST => after.remove(local),
            _ => {}
        }
        if instr.op.is_jump() {
            flow(&mut states, &mut work, instr.arg as usize, &after);
        }
        if !instr.op.is_terminator() {
            flow(&mut states, &mut work, pc + 1, &after);
        }
    }

    states
}
