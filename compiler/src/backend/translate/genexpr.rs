//! Generator expressions consumed on the spot: `sum(x * y for x, y in
//! pairs)`, `any(...)`, `all(...)`, `sep.join(...)`.
//!
//! The bytecode of such a call makes the function (`LOAD_CONST code`,
//! `MAKE_FUNCTION` with at most a closure), evaluates the first iterable
//! (`GET_ITER`), calls the function with it (`CALL 1`, the generator) and
//! calls the consumer with the generator (`CALL 1`). The three become one
//! `rt_genexpr_consume`, emitted at the consumer's `CALL` (whose line a
//! traceback shows while the consumer runs): when the consumer is the
//! built-in it names, the runtime runs the expression's push variant in a
//! frame of its own, made from the closure's cells, with no function or
//! generator object; otherwise it makes both and calls the consumer as the
//! instructions would. `MAKE_FUNCTION` leaves the closure tuple (or 0) in
//! the function's slot and the generator's `CALL` emits nothing: their
//! words stay in their stack slots, above the consumer's depth, for the
//! consumer's `CALL` to pass on.
//!
//! This module owns the recognition of the pattern and the fused call;
//! the runtime side is `eval::rt::push`.

use super::{FunctionTranslator, TResult};
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::{CodeObject, Const};
use crate::bytecode::opcode::Opcode;

/// The consumers the runtime runs a generator expression into directly,
/// by the name their `CALL`'s callable was loaded by (a guess: the runtime
/// checks the object; any other callable takes the general way there).
const CONSUMERS: [&str; 4] = ["sum", "any", "all", "join"];

/// What `CALL` does at a fused generator expression.
pub(super) enum GenexprCall {
    /// Not part of the pattern: an ordinary call.
    No,
    /// The generator's call: nothing to emit.
    Deferred,
    /// The consumer's call: the fused call, with the index of the
    /// expression's code constant.
    Consume(u32),
}

/// Where the `MAKE_FUNCTION` of a fused generator expression is.
struct MadeAt {
    /// Its instruction.
    pc: usize,
    /// The index of the code constant it takes.
    code: u32,
}

/// How far from its `MAKE_FUNCTION` a fused generator expression's `CALL`
/// may be (its first iterable is short: a name, an attribute, a call).
const MAX_ITERABLE_INSTRS: usize = 64;

impl FunctionTranslator<'_> {
    /// The part the `CALL` at the current instruction plays in a generator
    /// expression consumed on the spot (see the module header).
    pub(super) fn genexpr_call(&self) -> GenexprCall {
        let pc = self.pc;
        if self.genexpr_made_at(pc).is_some() {
            GenexprCall::Deferred
        } else if let Some(made) = pc.checked_sub(1).and_then(|g| self.genexpr_made_at(g)) {
            GenexprCall::Consume(made.code)
        } else {
            GenexprCall::No
        }
    }

    /// Whether the `MAKE_FUNCTION` at the current instruction makes a
    /// fused generator expression's function: then it releases the code
    /// and leaves the closure tuple (or 0) in the function's slot.
    pub(super) fn op_genexpr_make_function(&mut self, flags: u32) -> TResult<bool> {
        let code = self.code;
        let pc = self.pc;
        let Some(depth) = code.depths[pc] else {
            return Ok(false);
        };
        let function_at = depth - 1 - (flags & 0xf).count_ones();
        // The generator's `CALL`: the first one right above the function's
        // slot, before anything reaches down to that slot.
        let mut fused = false;
        for j in pc + 1..code.instrs.len().min(pc + MAX_ITERABLE_INSTRS) {
            let Some(d) = code.depths[j] else {
                break;
            };
            if d <= function_at {
                break;
            }
            if code.instrs[j].op == Opcode::CALL && d == function_at + 2 {
                fused = self.genexpr_made_at(j).is_some_and(|made| made.pc == pc);
                break;
            }
        }
        if !fused {
            return Ok(false);
        }
        // [closure?, code] -> [closure or 0]
        self.decref_slots(depth - 1..depth)?;
        if flags == 0 {
            let null = self.word(0);
            self.set(function_at, null)?;
        }
        Ok(true)
    }

    /// The `MAKE_FUNCTION` of the function the `CALL` at `pc` calls, when
    /// that `CALL` is a fused generator expression's: its function was made
    /// by `MAKE_FUNCTION` (at most a closure) of a generator expression's
    /// code constant, its one
    /// argument comes from `GET_ITER`, and the instruction after it is the
    /// `CALL 1` of a consumer named in `CONSUMERS` taking the result, with
    /// no jump in between.
    fn genexpr_made_at(&self, pc: usize) -> Option<MadeAt> {
        let code = self.code;
        let at = |i: usize| code.instrs.get(i).map(|instr| (instr.op, instr.arg));
        if pc == 0
            || at(pc) != Some((Opcode::CALL, 1))
            || at(pc - 1).map(|(op, _)| op) != Some(Opcode::GET_ITER)
            || at(pc + 1) != Some((Opcode::CALL, 1))
            || self.blocks[pc].is_some()
            || self.blocks[pc + 1].is_some()
            || !self
                .callable_name(pc + 1)
                .is_some_and(|name| CONSUMERS.contains(&name))
        {
            return None;
        }
        let (depth, after) = (code.depths[pc]?, code.depths[pc + 1]?);
        // [NULL, function, iterator] above the consumer's [method, callable].
        if depth != after + 2 {
            return None;
        }
        let function_at = depth - 2;
        // The function's slot is untouched from the `MAKE_FUNCTION` that
        // filled it to the call: the iterable's instructions run above it.
        for j in (pc.saturating_sub(MAX_ITERABLE_INSTRS)..pc).rev() {
            let d = code.depths[j]?;
            let instr = &code.instrs[j];
            if instr.op == Opcode::MAKE_FUNCTION {
                // (Its inputs: the closure if any, and the code.)
                let closure = u32::from(instr.arg == 8);
                if (instr.arg != 0 && instr.arg != 8) || d != function_at + 1 + closure {
                    return None;
                }
                // (A list, set or dict comprehension's function is called
                // the same way: it is left to the ordinary calls.)
                let (op, i) = at(j.checked_sub(1)?)?;
                let made = match (op, code.consts.get(i as usize)) {
                    (Opcode::LOAD_CONST, Some(&Const::Code(made))) => self.inline.code(made),
                    _ => None,
                };
                return made
                    .is_some_and(CodeObject::is_generator_expression)
                    .then_some(MadeAt { pc: j, code: i });
            }
            // (An iterable with control flow inside would do as well, but
            // is rare: left to the ordinary calls.)
            if d <= function_at || self.blocks[j].is_some() {
                return None;
            }
        }
        None
    }

    /// The consumer's `CALL 1` of a fused generator expression (code
    /// constant `code`): [method, callable] at the consumer's depth,
    /// [NULL, closure or 0, iterator] above it -> [result]. The runtime
    /// takes over the closure and the iterator; the raise path releases
    /// the consumer's slots.
    pub(super) fn op_genexpr_consume(&mut self, code: u32) -> TResult {
        let base = self.below(3)?;
        if (base..self.depth).any(|pos| self.is_borrowed(pos)) {
            let m = self.get(base)?;
            self.own_borrowed(base, Some(m))?;
        }
        let args = self.scratch_from_stack(base, 5)?;
        let code = self.const_word(code)?;
        let r = self.call_word(RuntimeFn::rt_genexpr_consume, &[self.frame, args, code])?;
        self.check_value(r);
        self.replace_top(3, r)
    }
}
