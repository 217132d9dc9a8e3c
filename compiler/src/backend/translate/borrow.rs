//! Borrowed stack slots: a `LOAD_FAST` whose word is only read by the
//! instruction that pops it pushes the local's word without a new
//! reference, and that reader skips the release.
//!
//! Only this function's own `STORE_FAST`/`DELETE_FAST` can change a local
//! (cell variables go through `LOAD_DEREF`), so while the local holds its
//! reference the object stays alive, whatever Python code the
//! instructions in between run. `borrow_is_safe` walks forward from the
//! load through the instructions of `stack_use` (loads, attributes,
//! operators and subscripts; no jumps into them, no handler that keeps
//! the slot); `COPY` and `SWAP` may duplicate or move the borrowed word,
//! and every copy must end as an input its reader only reads: the
//! receiver of `LOAD_ATTR`/`STORE_ATTR` (`self.x`, `self.x = v`,
//! `self.x += 1`), the operands of `BINARY_OP`, `COMPARE_OP`, `IS_OP` and
//! `CONTAINS_OP`, the container and key of a subscript, the iterable of
//! `GET_ITER`, the tested word of a conditional jump (which must be the
//! last reader: no borrowed word reaches a jump target). A `CALL` of a
//! name with inlinable candidates or of a built-in method it runs inline
//! (`call_takes_borrowed`) may get its receiver (through `LOAD_METHOD`,
//! `Borrow::BesideMethod`) and arguments borrowed: an inlined body and
//! those methods' runtime functions only read them, and every other path
//! of the call takes their references first (`own_borrowed`). Other
//! readers that move their input elsewhere (a stored value, other calls'
//! arguments) never get a borrowed word, and a float
//! `BINARY_OP` writes its result into an operand's box only when that
//! operand owns the box. Runtime functions see no difference: they borrow
//! their arguments anyway (and must not take a reference count of 1 as
//! proof that nothing else holds the object, unless the operator word's
//! `NB_OWNS_*` flags say that the stack owns that operand: a generic
//! `BINARY_OP` sets them for its owned slots).
//!
//! The raise paths skip borrowed slots: a `RaiseKey` carries their mask.

use super::{FunctionTranslator, TResult};
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, InstBuilder, Value,
    types::{I8, I64},
};
use std::ops::Range;

/// Borrowed slots are tracked in a 64-bit mask; deeper slots always own.
const MAX_BORROWED_SLOT: u32 = 63;

/// Whether a stack slot owns its word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Borrow {
    Owned,
    Borrowed,
    /// `LOAD_METHOD`'s receiver slot: borrowed beside a method, while the
    /// attribute beside a NULL method slot is owned.
    BesideMethod,
    /// A word read in place: owned when the I8 flag is nonzero (the
    /// runtime's result), else one that something else holds until Python
    /// code runs: a `BINARY_SUBSCR` result's container
    /// (`item_read_in_place`), a cell or a global's dict
    /// (`value_read_in_place`). Its reader takes a reference
    /// (`own_items_read_in_place`) before code that may run Python code.
    MaybeOwned(Value),
}

/// What an instruction that may sit between a borrowed load and its
/// last reader does with the stack: how many slots it pops, and the mask
/// of those inputs (bit 0: the deepest) it only reads and so may receive
/// borrowed. None: not allowed there. Each pushes at most one result and
/// touches nothing below its inputs; the inputs it reads are released
/// through `release_operand`, and it ends with `end_borrows`.
fn stack_use(op: Opcode) -> Option<(u32, u32)> {
    use Opcode::*;
    Some(match op {
        LOAD_FAST | LOAD_CONST | LOAD_GLOBAL | LOAD_DEREF => (0, 0),
        LOAD_ATTR | GET_ITER => (1, 0b1),
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => (1, 0b1),
        UNARY_NEGATIVE => (1, 0),
        BINARY_OP | BINARY_SUBSCR | COMPARE_OP | IS_OP | CONTAINS_OP => (2, 0b11),
        // [v, o, k]: `v` moves into the object.
        STORE_SUBSCR => (3, 0b110),
        // [v, o]: `v` moves into the object.
        STORE_ATTR => (2, 0b10),
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
        // A receiver moved up by `LOAD_METHOD` and not yet called with
        // (`COPY`/`SWAP` would make a plain borrowed word of it).
        let mut beside_method = false;
        for j in self.pc + 1..code.instrs.len() {
            let Some(depth) = code.depths[j] else {
                return false;
            };
            // (Every slot an instruction touches is below its depth.)
            if depth > MAX_BORROWED_SLOT || self.blocks[j].is_some() || self.fused[j] {
                return false;
            }
            let lowest = slots.trailing_zeros();
            if code.handlers[j].is_some_and(|h| h.depth > lowest) {
                return false;
            }
            let instr = &code.instrs[j];
            let n = instr.arg;
            match instr.op {
                // [o] -> [meth, o]: a borrowed receiver moves up a slot.
                Opcode::LOAD_METHOD if depth > 0 && slots >> (depth - 1) & 1 == 1 => {
                    // (The walk goes on to the `CALL`, which must take
                    // borrowed words.)
                    if depth > MAX_BORROWED_SLOT {
                        return false;
                    }
                    slots = slots & !(1 << (depth - 1)) | 1 << depth;
                    beside_method = true;
                }
                Opcode::CALL if self.call_takes_borrowed(j) => {
                    let Some(from) = depth.checked_sub(n + 2) else {
                        return false;
                    };
                    // (A call above the receiver leaves it waiting.)
                    if slots >> from != 0 {
                        beside_method = false;
                    }
                    slots &= (1u64 << from) - 1;
                }
                Opcode::COPY | Opcode::SWAP if beside_method => return false,
                Opcode::COPY => {
                    let (Some(from), true) = (depth.checked_sub(n), depth <= MAX_BORROWED_SLOT)
                    else {
                        return false;
                    };
                    slots |= (slots >> from & 1) << depth;
                }
                Opcode::SWAP => {
                    let (Some(a), Some(b)) = (depth.checked_sub(1), depth.checked_sub(n)) else {
                        return false;
                    };
                    if (slots >> a & 1) != (slots >> b & 1) {
                        slots ^= (1 << a) | (1 << b);
                    }
                }
                op => {
                    let Some((pops, reads)) = stack_use(op) else {
                        return false;
                    };
                    let Some(from) = depth.checked_sub(pops) else {
                        return false;
                    };
                    let inputs = slots >> from;
                    if inputs & !u64::from(reads) != 0 {
                        return false;
                    }
                    slots &= (1u64 << from) - 1;
                    // No borrowed word may reach a jump's target.
                    if op.is_jump() {
                        return slots == 0;
                    }
                }
            }
            if slots == 0 {
                return true;
            }
        }
        false
    }

    /// Whether the `CALL` at `pc` may get borrowed receiver and arguments:
    /// a call without keywords of a name with inlinable candidates
    /// (`inline`), of a built-in method `CALL` runs inline
    /// (`xs.append(v)`, `d.get(k)`: their runtime functions only read
    /// them) or of `len`, `ord` and `isinstance` (whose inline paths only
    /// read them), and none of the other inline paths (loops, math
    /// kernels, `int` and `abs`, which may take a float unboxed). Only
    /// those paths keep them borrowed; every other path takes its
    /// references first (`own_borrowed`).
    pub(super) fn call_takes_borrowed(&self, pc: usize) -> bool {
        let code = self.code;
        let instr = &code.instrs[pc];
        let Some(name) = self.callable_name(pc) else {
            return false;
        };
        instr.op == Opcode::CALL
            && pc > 0
            && code.instrs[pc - 1].op != Opcode::KW_NAMES
            && !matches!(name, "int" | "abs")
            && !self.is_await_call(pc)
            && !self.may_call_kernel(pc)
            && self.loop_call_at(pc).is_none()
            && (self.inline.has_candidates(name, instr.arg)
                || super::calls::inline_method_descriptor(name).is_some()
                || super::calls::reads_arguments_inline(name, instr.arg))
    }

    /// Before a path of the `CALL` with stack slots from `base` that does
    /// not keep borrowed words (anything but an inlined body): takes a
    /// reference to each borrowed word, which the slots then own. A
    /// borrowed receiver (`base + 1`) is one only when the method slot
    /// holds a method: with `method` given (the slot's word) its reference
    /// is taken when that is not NULL.
    pub(super) fn own_borrowed(&mut self, base: u32, method: Option<Value>) -> TResult {
        for pos in base..self.depth {
            let flag = self.borrow_of(pos);
            if flag == Borrow::Owned {
                continue;
            }
            let v = self.get(pos)?;
            match (method, flag) {
                (Some(m), Borrow::BesideMethod) => self.when(m, true, |t| t.incref(v)),
                // (A receiver read in place owns its word beside a NULL
                // method slot: `op_load_method`.)
                (_, Borrow::MaybeOwned(owned)) => self.when(owned, false, |t| t.incref(v)),
                _ => self.incref(v),
            }
            self.mark_borrowed(pos, false)?;
        }
        Ok(())
    }

    /// On a raise path: releases the attributes that the receiver slots of
    /// the mask `receivers` (`Borrow::BesideMethod`) within `range` hold
    /// beside a NULL method slot.
    pub(super) fn release_receivers(&mut self, range: Range<u32>, receivers: u64) -> TResult {
        for pos in range.filter(|&p| p > 0 && p < 64 && receivers >> p & 1 == 1) {
            let (m, v) = (self.get(pos - 1)?, self.get(pos)?);
            self.when(m, false, |t| t.decref(v));
        }
        Ok(())
    }

    /// Emits `f` on a path taken when the word `w` is nonzero (`nonzero`)
    /// or zero, and continues after it in a new block.
    pub(super) fn when(&mut self, w: Value, nonzero: bool, f: impl FnOnce(&mut Self)) {
        let taken = self.builder.create_block();
        let next = self.builder.create_block();
        if nonzero {
            self.builder.ins().brif(w, taken, &[], next, &[]);
        } else {
            self.builder.ins().brif(w, next, &[], taken, &[]);
        }
        self.switch_to(taken);
        f(self);
        self.jump(next, &[]);
        self.switch_to(next);
    }

    /// Releases the input `v` in stack slot `pos` unless it is borrowed.
    pub(super) fn release_operand(&mut self, pos: u32, v: Value) {
        match self.borrow_of(pos) {
            Borrow::Owned => self.decref(v),
            Borrow::MaybeOwned(owned) => self.when(owned, true, |t| t.decref(v)),
            Borrow::Borrowed | Borrow::BesideMethod => {}
        }
    }

    /// `release_operand` for an input known to be a heap object (its type
    /// was just checked): no test of the word.
    pub(super) fn release_object_operand(&mut self, pos: u32, v: Value) {
        match self.borrow_of(pos) {
            Borrow::Owned => self.decref_object(v),
            Borrow::MaybeOwned(owned) => self.when(owned, true, |t| t.decref_object(v)),
            Borrow::Borrowed | Borrow::BesideMethod => {}
        }
    }

    /// The I8 flag of a stack slot that owns its word only when the flag
    /// is nonzero (`Borrow::MaybeOwned`).
    pub(super) fn ownership_flag(&self, pos: u32) -> Option<Value> {
        match self.borrow_of(pos) {
            Borrow::MaybeOwned(owned) => Some(owned),
            _ => None,
        }
    }

    /// Before code that may run Python code (an operator's runtime call):
    /// the slots of `range` that may hold an item read in place take a
    /// reference to it, which they then own (the code could remove the
    /// item from its container, or rebind the cell or global).
    pub(super) fn own_items_read_in_place(&mut self, range: Range<u32>) -> TResult {
        for pos in range {
            if let Some(owned) = self.ownership_flag(pos) {
                let v = self.get(pos)?;
                self.when(owned, false, |t| t.incref(v));
                self.mark_borrowed(pos, false)?;
            }
        }
        Ok(())
    }

    /// A block taking an instruction's result word and, when `flagged`
    /// (a word that may be read in place), its I8 ownership flag
    /// (`Borrow::MaybeOwned`): the block and its parameters.
    pub(super) fn flagged_join(&mut self, flagged: bool) -> (Block, Value, Option<Value>) {
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let owned = flagged.then(|| self.builder.append_block_param(done, I8));
        (done, result, owned)
    }

    /// Jumps to a `flagged_join` block with `v`, which owns its reference
    /// when `owns`.
    pub(super) fn jump_flagged(&mut self, (done, flagged): (Block, bool), v: Value, owns: bool) {
        let mut args = vec![v];
        if flagged {
            args.push(self.builder.ins().iconst(I8, i64::from(owns)));
        }
        self.jump(done, &args);
    }

    /// Marks `BINARY_SUBSCR`'s result slot `pos` as owning its word only
    /// when the I8 flag `owned` is nonzero.
    pub(super) fn mark_maybe_owned(&mut self, pos: u32, owned: Value) -> TResult {
        self.set_borrow(pos, Borrow::MaybeOwned(owned))
    }

    /// Whether `BINARY_SUBSCR`'s item from the container in stack slot
    /// `base` may stay in place, without a reference of its own, for its
    /// reader: the container is a borrowed local (alive, and only Python
    /// code could change it), and the item's reader is a `BINARY_OP` after
    /// nothing but constants and bound locals, whose inline paths only read it and whose
    /// runtime path takes a reference first (`own_items_read_in_place`).
    /// The item must be one of that operator's operands: after two loads
    /// the first `BINARY_OP` combines them, and could run code while the
    /// item waits below.
    pub(super) fn item_read_in_place(&self, base: u32) -> bool {
        if self.borrow_of(base) != Borrow::Borrowed {
            return false;
        }
        // (Small ints own nothing: only a float operator gains.)
        self.reader_after_loads(base)
            .is_some_and(|(reader, loads, _)| {
                let instr = &self.code.instrs[reader];
                let base_op = u64::from(instr.arg) % crate::abi::NB_INPLACE_OFFSET;
                instr.op == Opcode::BINARY_OP && loads <= 1 && super::unboxed::is_float_op(base_op)
            })
    }

    /// The first instruction after the current one that is not a constant
    /// or a bound local's load (no float local's object to make), with the
    /// number of loads before it and its stack depth; None when something
    /// jumps into that stretch, is fused or has no depth, or a handler
    /// there would pop stack slot `pos`.
    fn reader_after_loads(&self, pos: u32) -> Option<(usize, u32, u32)> {
        self.reader_after_loads_from(self.pc + 1, pos)
            .map(|(j, _, depth)| (j, (j - self.pc - 1) as u32, depth))
    }

    /// `reader_after_loads` from instruction `start` on (the count is of
    /// the loads from `start`).
    fn reader_after_loads_from(&self, start: usize, pos: u32) -> Option<(usize, u32, u32)> {
        let code = self.code;
        for j in start..code.instrs.len() {
            let depth = code.depths[j]?;
            if self.blocks[j].is_some()
                || self.fused[j]
                || code.handlers[j].is_some_and(|h| h.depth > pos)
            {
                return None;
            }
            let instr = &code.instrs[j];
            match instr.op {
                Opcode::LOAD_CONST => {}
                Opcode::LOAD_FAST
                    if !self.unbound_checks[j] && self.float_local(instr.arg).is_none() => {}
                // (Every instruction before it was a load.)
                _ => return Some((j, (j - start) as u32, depth)),
            }
        }
        None
    }

    /// Whether the word the current `LOAD_DEREF` or `LOAD_GLOBAL` (no NULL)
    /// pushes at stack slot `pos` may go without a reference of its own
    /// (`Borrow::MaybeOwned`): its reader is the container of a
    /// `CONTAINS_OP` or `BINARY_SUBSCR` after nothing but constants and
    /// bound locals, whose inline paths only read it and whose runtime
    /// paths take a reference first. No Python code runs before that, so
    /// the cell or dict still holds the word.
    pub(super) fn value_read_in_place(&self, pos: u32) -> bool {
        self.reader_after_loads(pos)
            .is_some_and(|(reader, _, depth)| match self.code.instrs[reader].op {
                Opcode::CONTAINS_OP => depth == pos + 1,
                Opcode::BINARY_SUBSCR => depth == pos + 2,
                _ => false,
            })
    }

    /// Whether the word the current `LOAD_GLOBAL` (no NULL) pushes at stack
    /// slot `pos` may go without a reference of its own
    /// (`Borrow::MaybeOwned`) as the receiver of a built-in method that
    /// `CALL` runs inline (`ESCAPES.get(ch)`, `SEEN.add(x)`): a
    /// `LOAD_METHOD` follows at once, then nothing but constants and bound
    /// locals up to a `CALL` of that receiver that takes borrowed words
    /// and has no inlined body (`call_takes_borrowed`). No Python code
    /// runs before the call; `LOAD_METHOD`'s runtime path, the method's
    /// runtime function and the call's other paths take a reference first
    /// (`own_items_read_in_place`, `own_borrowed`), since they may run
    /// code that rebinds the global.
    pub(super) fn receiver_read_in_place(&self, pos: u32) -> bool {
        let code = self.code;
        let at = self.pc + 1;
        let Some(load_method) = code.instrs.get(at) else {
            return false;
        };
        if load_method.op != Opcode::LOAD_METHOD
            || code.depths[at] != Some(pos + 1)
            || self.blocks[at].is_some()
            || self.fused[at]
            || code.handlers[at].is_some_and(|h| h.depth > pos)
        {
            return false;
        }
        let Some((reader, _, depth)) = self.reader_after_loads_from(at + 1, pos) else {
            return false;
        };
        let call = &code.instrs[reader];
        let n = call.arg;
        call.op == Opcode::CALL
            && depth == pos + 2 + n
            && self.call_takes_borrowed(reader)
            && self.callable_name(reader).is_some_and(|name| {
                super::calls::inline_method_descriptor(name).is_some()
                    && !self.inline.has_candidates(name, n)
            })
    }

    /// After an instruction whose inputs started at slot `base`: those
    /// slots are gone (or hold its result), none is borrowed any more.
    pub(super) fn end_borrows(&mut self, base: u32) {
        for flag in self.borrowed.iter_mut().skip(base as usize) {
            *flag = Borrow::Owned;
        }
    }

    /// A receiver borrowed only beside a method (`Borrow::BesideMethod`)
    /// whose method slot was just emptied on an inline method path: plain
    /// borrowed there. (A receiver read in place keeps its flag.)
    pub(super) fn settle_beside_method(&mut self, pos: u32) -> TResult {
        if self.borrow_of(pos) == Borrow::BesideMethod {
            self.mark_borrowed(pos, true)?;
        }
        Ok(())
    }

    /// How stack slot `pos` holds its word now.
    fn borrow_of(&self, pos: u32) -> Borrow {
        self.borrowed
            .get(pos as usize)
            .copied()
            .unwrap_or(Borrow::Owned)
    }

    /// Whether stack slot `pos` holds a borrowed word now.
    pub(super) fn is_borrowed(&self, pos: u32) -> bool {
        self.borrow_of(pos) != Borrow::Owned
    }

    /// Marks stack slot `pos` (just set) as borrowed or owned.
    pub(super) fn mark_borrowed(&mut self, pos: u32, borrowed: bool) -> TResult {
        let flag = if borrowed {
            Borrow::Borrowed
        } else {
            Borrow::Owned
        };
        self.set_borrow(pos, flag)
    }

    /// Marks `LOAD_METHOD`'s receiver slot `pos` as `Borrow::BesideMethod`.
    pub(super) fn mark_beside_method(&mut self, pos: u32) -> TResult {
        self.set_borrow(pos, Borrow::BesideMethod)
    }

    fn set_borrow(&mut self, pos: u32, borrow: Borrow) -> TResult {
        let flag = self
            .borrowed
            .get_mut(pos as usize)
            .ok_or_else(|| format!("stack slot {pos} out of range"))?;
        *flag = borrow;
        Ok(())
    }

    /// The mask of slots below `live` whose flag is `want`.
    fn mask_of(&self, live: u32, want: impl Fn(Borrow) -> bool) -> u64 {
        (0..live.min(MAX_BORROWED_SLOT + 1))
            .filter(|&p| want(self.borrow_of(p)))
            .fold(0, |mask, p| mask | (1 << p))
    }

    /// The mask of borrowed slots below `live`, for a raise path.
    pub(super) fn borrowed_mask(&self, live: u32) -> u64 {
        self.mask_of(live, |b| b != Borrow::Owned)
    }

    /// The mask of receiver slots below `live` borrowed only beside a
    /// method, for a raise path.
    pub(super) fn receiver_mask(&self, live: u32) -> u64 {
        self.mask_of(live, |b| b == Borrow::BesideMethod)
    }

    /// At the start of a block every slot must own its word: the analysis
    /// never lets a borrowed word cross a jump.
    pub(super) fn check_no_borrowed(&self) -> TResult {
        match self.borrowed.iter().position(|&b| b != Borrow::Owned) {
            Some(pos) => Err(format!("stack slot {pos} is borrowed at a block start")),
            None => Ok(()),
        }
    }
}
