//! Borrowed stack slots: a `LOAD_FAST` whose word is only read by the
//! instruction that pops it pushes the local's word without a new
//! reference, and that reader skips the release.
//!
//! Only this function's own `STORE_FAST`/`DELETE_FAST` can change a local
//! (cell variables go through `LOAD_DEREF`), so while the local holds its
//! reference the object stays alive, whatever Python code the
//! instructions in between run. `borrow_is_safe` walks forward from the
//! load: the instructions in between must only work above the slot (loads
//! and operators, no jumps into them, no handler that keeps the slot),
//! `COPY 1` and `SWAP` may duplicate or move the borrowed word, and every
//! copy must end in a reader that only reads it: the receiver of
//! `LOAD_ATTR` or `STORE_ATTR` (`self.x`, `self.x = v`, `self.x += 1`).
//! Readers that move their input elsewhere (a call's arguments, a stored
//! value, `LOAD_METHOD`'s receiver) or may reuse it in place (a float
//! `BINARY_OP` whose left operand has no other reference) never get a
//! borrowed word.
//!
//! The raise paths skip borrowed slots: a `RaiseKey` carries their mask.

use super::{FunctionTranslator, TResult};
use crate::bytecode::opcode::Opcode;

/// Borrowed slots are tracked in a 64-bit mask; deeper slots always own.
const MAX_BORROWED_SLOT: u32 = 63;

/// How many stack slots an instruction that may sit between a borrowed
/// load and its reader pops (None: not allowed there). Each pushes one
/// result and touches nothing below its inputs.
fn pops_between(op: Opcode) -> Option<u32> {
    use Opcode::*;
    Some(match op {
        LOAD_FAST | LOAD_CONST | LOAD_GLOBAL | LOAD_DEREF => 0,
        LOAD_ATTR | UNARY_NEGATIVE => 1,
        BINARY_OP | BINARY_SUBSCR => 2,
        _ => return None,
    })
}

impl FunctionTranslator<'_> {
    /// Whether the word the current `LOAD_FAST` pushes at stack slot `pos`
    /// may be borrowed: every copy of it ends in a reader that only reads.
    pub(super) fn borrow_is_safe(&self, pos: u32) -> bool {
        let code = self.code;
        if pos > MAX_BORROWED_SLOT {
            return false;
        }
        // The slots holding the borrowed word, as a mask.
        let mut slots: u64 = 1 << pos;
        for j in self.pc + 1..code.instrs.len() {
            let Some(depth) = code.depths[j] else {
                return false;
            };
            if self.blocks[j].is_some() || self.fused[j] {
                return false;
            }
            let lowest = slots.trailing_zeros();
            if code.handlers[j].is_some_and(|h| h.depth > lowest) {
                return false;
            }
            let top = depth.checked_sub(1);
            let is_slot =
                |p: Option<u32>| p.is_some_and(|p| p <= MAX_BORROWED_SLOT && slots & (1 << p) != 0);
            let instr = &code.instrs[j];
            // Inputs at or above this position are popped.
            let popped_from = |n: u32| depth.checked_sub(n);
            match instr.op {
                Opcode::LOAD_ATTR if is_slot(top) => {
                    slots &= !(1 << (depth - 1));
                }
                Opcode::STORE_ATTR if is_slot(top) && !is_slot(depth.checked_sub(2)) => {
                    slots &= !(1 << (depth - 1));
                }
                Opcode::COPY if instr.arg == 1 && is_slot(top) => {
                    if depth > MAX_BORROWED_SLOT {
                        return false;
                    }
                    slots |= 1 << depth;
                }
                Opcode::SWAP => {
                    let (Some(a), Some(b)) = (top, depth.checked_sub(instr.arg)) else {
                        return false;
                    };
                    let (in_a, in_b) = (is_slot(Some(a)), is_slot(Some(b)));
                    if in_a != in_b {
                        slots ^= (1 << a) | (1 << b);
                    }
                }
                op => match (pops_between(op), popped_from(pops_between(op).unwrap_or(0))) {
                    (Some(_), Some(from)) if slots >> from == 0 => {}
                    _ => return false,
                },
            }
            if slots == 0 {
                return true;
            }
        }
        false
    }

    /// Whether stack slot `pos` holds a borrowed word now.
    pub(super) fn is_borrowed(&self, pos: u32) -> bool {
        self.borrowed.get(pos as usize).copied().unwrap_or(false)
    }

    /// Marks stack slot `pos` (just set) as borrowed or owned.
    pub(super) fn mark_borrowed(&mut self, pos: u32, borrowed: bool) -> TResult {
        let flag = self
            .borrowed
            .get_mut(pos as usize)
            .ok_or_else(|| format!("stack slot {pos} out of range"))?;
        *flag = borrowed;
        Ok(())
    }

    /// The mask of borrowed slots below `live`, for a raise path.
    pub(super) fn borrowed_mask(&self, live: u32) -> u64 {
        (0..live.min(MAX_BORROWED_SLOT + 1))
            .filter(|&p| self.is_borrowed(p))
            .fold(0, |mask, p| mask | (1 << p))
    }

    /// At the start of a block every slot must own its word: the analysis
    /// never lets a borrowed word cross a jump.
    pub(super) fn check_no_borrowed(&self) -> TResult {
        match self.borrowed.iter().position(|&b| b) {
            Some(pos) => Err(format!("stack slot {pos} is borrowed at a block start")),
            None => Ok(()),
        }
    }
}
