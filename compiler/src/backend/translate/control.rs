//! Control flow: truth tests and conditional jumps, iteration, return.

use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use cranelift_codegen::ir::{BlockArg, InstBuilder, Value, condcodes::IntCC, types::I8};

impl FunctionTranslator<'_> {
    /// The truth of `v` as an I8 (0 or 1). True, False, None and tagged
    /// ints are decided inline; other objects ask the runtime (which may
    /// raise, at the current instruction). With `consume`, the reference in
    /// `v` is released — only the runtime path has anything to release,
    /// since the inline cases are immortal or not objects.
    pub(super) fn truth(&mut self, v: Value, consume: bool) -> TResult<Value> {
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I8);
        let one = self.builder.ins().iconst(I8, 1);
        let zero = self.builder.ins().iconst(I8, 0);

        let t = self.singleton(abi::SINGLETON_TRUE);
        let not_true = self.builder.create_block();
        let is_true = self.builder.ins().icmp(IntCC::Equal, v, t);
        self.builder
            .ins()
            .brif(is_true, done, &[BlockArg::Value(one)], not_true, &[]);

        self.switch_to(not_true);
        let f = self.singleton(abi::SINGLETON_FALSE);
        let none = self.none_word();
        let is_false = self.builder.ins().icmp(IntCC::Equal, v, f);
        let is_none = self.builder.ins().icmp(IntCC::Equal, v, none);
        let falsy = self.builder.ins().bor(is_false, is_none);
        let other = self.builder.create_block();
        self.builder
            .ins()
            .brif(falsy, done, &[BlockArg::Value(zero)], other, &[]);

        self.switch_to(other);
        let int = self.builder.create_block();
        let object = self.builder.create_block();
        let tag = self.builder.ins().band_imm_s(v, abi::INT_TAG as i64);
        self.branch(tag, int, object);

        // Tagged 0 is the word 1.
        self.switch_to(int);
        let nonzero = self.builder.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.jump(done, &[nonzero]);

        self.switch_to(object);
        let s = self.call_status(RuntimeFn::rt_is_true, &[v])?;
        if consume {
            self.decref(v);
        }
        let truthy = self.builder.ins().icmp_imm_s(IntCC::NotEqual, s, 0);
        self.jump(done, &[truthy]);

        self.switch_to(done);
        Ok(result)
    }

    /// `POP_JUMP_IF_TRUE/FALSE target`: [v] -> [], jumps if `truth(v) == jump_if`.
    pub(super) fn op_pop_jump_if(&mut self, jump_if: bool, target: u32) -> TResult {
        let v = self.peek(1)?;
        let target = self.target_block(target)?;
        let truth = self.truth(v, true)?;
        let next = self.pc + 1;
        let cont = self.continuation(next);
        if jump_if {
            self.branch(truth, target, cont);
        } else {
            self.branch(truth, cont, target);
        }
        self.enter_continuation(next, cont);
        Ok(())
    }

    /// `POP_JUMP_IF_NONE/NOT_NONE target`: [v] -> [], jumps if
    /// `(v is None) == jump_if_none`.
    pub(super) fn op_pop_jump_if_none(&mut self, jump_if_none: bool, target: u32) -> TResult {
        let v = self.peek(1)?;
        let target = self.target_block(target)?;
        let next = self.pc + 1;
        let cont = self.continuation(next);
        let none = self.none_word();
        let is_none = self.builder.ins().icmp(IntCC::Equal, v, none);
        // None needs no release; anything else is released on its way.
        let release = self.builder.create_block();
        let (if_none, if_other) = if jump_if_none {
            (target, cont)
        } else {
            (cont, target)
        };
        self.branch(is_none, if_none, release);
        self.switch_to(release);
        self.decref(v);
        self.jump(if_other, &[]);
        self.enter_continuation(next, cont);
        Ok(())
    }

    /// `JUMP_IF_TRUE/FALSE_OR_POP target`: jumps keeping `v` if
    /// `truth(v) == jump_if`, else pops it.
    pub(super) fn op_jump_if_or_pop(&mut self, jump_if: bool, target: u32) -> TResult {
        let v = self.peek(1)?;
        let target = self.target_block(target)?;
        let truth = self.truth(v, false)?;
        let next = self.pc + 1;
        let cont = self.continuation(next);
        let pop = self.builder.create_block();
        if jump_if {
            self.branch(truth, target, pop);
        } else {
            self.branch(truth, pop, target);
        }
        self.switch_to(pop);
        self.decref(v);
        self.jump(cont, &[]);
        self.enter_continuation(next, cont);
        Ok(())
    }

    /// `GET_ITER`: [o] -> [iter(o)]
    pub(super) fn op_get_iter(&mut self) -> TResult {
        let o = self.peek(1)?;
        let it = self.call_value(RuntimeFn::rt_get_iter, &[o])?;
        self.replace_top(1, it)
    }

    /// `FOR_ITER target`: [it] -> [it, next]; when exhausted [it] -> [] and
    /// jump.
    pub(super) fn op_for_iter(&mut self, target: u32) -> TResult {
        let it = self.peek(1)?;
        let target = self.target_block(target)?;
        let v = self.call_value(RuntimeFn::rt_for_iter, &[it])?;
        let exhausted = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, v, abi::ITER_EXHAUSTED as i64);
        let done = self.builder.create_block();
        let next = self.pc + 1;
        let cont = self.continuation(next);
        self.set(self.depth, v)?;
        self.branch(exhausted, done, cont);

        self.switch_to(done);
        self.decref(it);
        self.jump(target, &[]);

        self.enter_continuation(next, cont);
        Ok(())
    }

    /// `RETURN_VALUE`: [.., v] -> return v (releasing anything below it).
    pub(super) fn op_return_value(&mut self) -> TResult {
        let v = self.peek(1)?;
        let base = self.below(1)?;
        self.decref_slots(0..base)?;
        self.return_value(v);
        Ok(())
    }
}
