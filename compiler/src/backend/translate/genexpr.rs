//! Generator expressions consumed on the spot: `sum(x * y for x, y in
//! pairs)`, `any(...)`, `all(...)`, `sep.join(...)`.
//!
//! The bytecode of such a call makes the function (`MAKE_FUNCTION`),
//! evaluates the first iterable (`GET_ITER`), calls the function with it
//! (`CALL 1`, the generator) and calls the consumer with the generator
//! (`CALL 1`). The two calls become one `rt_genexpr_consume`, emitted at
//! the consumer's `CALL` (whose line a traceback shows while the
//! consumer runs): when the consumer is the built-in it names, the runtime
//! runs the expression's push variant in a frame of its own, with no
//! generator object; otherwise it makes the generator and calls the
//! consumer as the two `CALL`s would. The generator's `CALL` emits nothing:
//! its inputs stay in their stack slots, above the consumer's depth, for
//! the consumer's `CALL` to pass on.
//!
//! This module owns the recognition of the pattern and the fused call;
//! the runtime side is `eval::rt::push`.

use super::{FunctionTranslator, TResult};
use crate::backend::runtime_fns::RuntimeFn;
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
    /// The consumer's call: the fused call.
    Consume,
}

impl FunctionTranslator<'_> {
    /// The part the `CALL` at the current instruction plays in a generator
    /// expression consumed on the spot (see the module header).
    pub(super) fn genexpr_call(&self) -> GenexprCall {
        let pc = self.pc;
        if self.is_genexpr_call(pc) {
            GenexprCall::Deferred
        } else if pc > 0 && self.is_genexpr_call(pc - 1) {
            GenexprCall::Consume
        } else {
            GenexprCall::No
        }
    }

    /// Whether the `CALL` at `pc` calls a function made by `MAKE_FUNCTION`
    /// with an iterator from `GET_ITER`, and the instruction after it
    /// is the `CALL 1` of a consumer named in `CONSUMERS` taking the
    /// result, with no jump between them.
    fn is_genexpr_call(&self, pc: usize) -> bool {
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
            return false;
        }
        let (Some(depth), Some(after)) = (code.depths[pc], code.depths[pc + 1]) else {
            return false;
        };
        // [NULL, function, iterator] above the consumer's [method, callable].
        if depth != after + 2 {
            return false;
        }
        let function_at = depth - 2;
        // The function's slot is untouched from the `MAKE_FUNCTION` that
        // filled it to the call: the iterable's instructions run above it.
        for j in (0..pc).rev() {
            let Some(d) = code.depths[j] else {
                return false;
            };
            let instr = &code.instrs[j];
            if instr.op == Opcode::MAKE_FUNCTION {
                // (Its inputs: the extras of its flags and the code.)
                return d == function_at + 1 + (instr.arg & 0xf).count_ones();
            }
            // (An iterable with control flow inside would do as well, but
            // is rare: left to the ordinary calls.)
            if d <= function_at || self.blocks[j].is_some() {
                return false;
            }
        }
        false
    }

    /// The consumer's `CALL 1` of a fused generator expression: [method,
    /// callable] at the consumer's depth, [NULL, function, iterator] above
    /// it -> [result]. The runtime takes over the function and the
    /// iterator; the raise path releases the consumer's slots.
    pub(super) fn op_genexpr_consume(&mut self) -> TResult {
        let base = self.below(3)?;
        if (base..self.depth).any(|pos| self.is_borrowed(pos)) {
            let m = self.get(base)?;
            self.own_borrowed(base, Some(m))?;
        }
        let args = self.scratch_from_stack(base, 5)?;
        let r = self.call_word(RuntimeFn::rt_genexpr_consume, &[args])?;
        self.check_value(r);
        self.replace_top(3, r)
    }
}
