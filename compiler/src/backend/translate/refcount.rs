//! Inline reference counting.
//!
//! Only heap objects are counted: a word is a heap pointer when its tag bits
//! are 0 and it is not NULL. Tagged ints and NULL slots are skipped by a
//! test on the word; words known at translation time (materialized
//! constants) skip the test too.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode as BcOpcode;
use cranelift_codegen::ir::{
    Block, InstBuilder, InstructionData, Opcode, Value, ValueDef, condcodes::IntCC, types::I64,
};
use std::ops::Range;

impl FunctionTranslator<'_> {
    /// The word `v` holds if it is a constant of this function.
    pub(super) fn known_word(&self, v: Value) -> Option<i64> {
        let dfg = &self.builder.func.dfg;
        let ValueDef::Result(inst, 0) = dfg.value_def(dfg.resolve_aliases(v)) else {
            return None;
        };
        match dfg.insts[inst] {
            InstructionData::UnaryImm {
                opcode: Opcode::Iconst,
                imm,
            } => Some(imm.bits()),
            _ => None,
        }
    }

    /// Whether `v` may be a heap object (false for known tagged ints and 0).
    fn may_be_object(&self, v: Value) -> bool {
        match self.known_word(v) {
            Some(w) => w != 0 && (w as u64) & abi::TAG_MASK == 0,
            None => true,
        }
    }

    /// Branches to `object` if `v` is a heap object (`(v & TAG_MASK) == 0 &&
    /// v != 0`), else to `other`. Two plain branches: ints leave at the
    /// first, NULL at the second.
    pub(super) fn branch_if_object(&mut self, v: Value, object: Block, other: Block) {
        let untagged = self.builder.create_block();
        let tag = self.builder.ins().band_imm_s(v, abi::TAG_MASK as i64);
        self.builder.ins().brif(tag, other, &[], untagged, &[]);
        self.builder.switch_to_block(untagged);
        self.builder.ins().brif(v, object, &[], other, &[]);
    }

    /// Branches to `object` if the word `v`, known not to be NULL, is a
    /// heap object (no tag bits), else to `other`.
    fn branch_if_untagged(&mut self, v: Value, object: Block, other: Block) {
        let tag = self.builder.ins().band_imm_s(v, abi::TAG_MASK as i64);
        self.builder.ins().brif(tag, other, &[], object, &[]);
    }

    /// Adds `delta` to the reference count of the heap object `v` (no
    /// checks: the caller knows `v` is one); returns the new count.
    pub(super) fn add_to_refcount(&mut self, v: Value, delta: i64) -> Value {
        let count = self.builder.ins().load(I64, trusted(), v, abi::OB_REFCNT);
        let count = self.builder.ins().iadd_imm_s(count, delta);
        self.builder
            .ins()
            .store(trusted(), count, v, abi::OB_REFCNT);
        count
    }

    /// Takes a new reference to `v`.
    pub(super) fn incref(&mut self, v: Value) {
        if !self.may_be_object(v) {
            return;
        }
        let inc = self.builder.create_block();
        let done = self.builder.create_block();
        self.branch_if_object(v, inc, done);

        self.builder.switch_to_block(inc);
        self.add_to_refcount(v, 1);
        self.builder.ins().jump(done, &[]);

        self.builder.switch_to_block(done);
    }

    /// Takes a new reference to `v`, known not to be NULL (a value just
    /// tested): only the tag decides.
    pub(super) fn incref_nonnull(&mut self, v: Value) {
        if !self.may_be_object(v) {
            return;
        }
        let inc = self.builder.create_block();
        let done = self.builder.create_block();
        self.branch_if_untagged(v, inc, done);

        self.builder.switch_to_block(inc);
        self.add_to_refcount(v, 1);
        self.builder.ins().jump(done, &[]);

        self.builder.switch_to_block(done);
    }

    /// Releases a reference to `v`, deallocating the object at zero.
    pub(super) fn decref(&mut self, v: Value) {
        self.release_word(v, false);
    }

    /// Releases a reference to `v`, known not to be NULL: only the tag
    /// decides.
    pub(super) fn decref_nonnull(&mut self, v: Value) {
        self.release_word(v, true);
    }

    /// `POP_TOP`: [v] -> []. A statement's call mostly returns None,
    /// which is immortal: its release is skipped at the cost of one test.
    pub(super) fn op_pop_top(&mut self) -> TResult {
        let v = self.peek(1)?;
        let after_call = self.pc > 0 && self.code.instrs[self.pc - 1].op == BcOpcode::CALL;
        if !after_call || !self.may_be_object(v) {
            self.decref(v);
            return Ok(());
        }
        let none = self.none_word();
        let is_none = self.builder.ins().icmp(IntCC::Equal, v, none);
        let release = self.builder.create_block();
        let done = self.builder.create_block();
        self.builder.ins().brif(is_none, done, &[], release, &[]);
        self.switch_to(release);
        self.decref(v);
        self.jump(done, &[]);
        self.switch_to(done);
        Ok(())
    }

    /// `decref`, or with `nonnull` `decref_nonnull`.
    fn release_word(&mut self, v: Value, nonnull: bool) {
        if !self.may_be_object(v) {
            return;
        }
        let dec = self.builder.create_block();
        let done = self.builder.create_block();
        if nonnull {
            self.branch_if_untagged(v, dec, done);
        } else {
            self.branch_if_object(v, dec, done);
        }

        self.builder.switch_to_block(dec);
        self.release_object(v, done);

        self.builder.switch_to_block(done);
    }

    /// Releases a reference to the heap object `v` (no checks: the caller
    /// knows `v` is one, e.g. from a type check), deallocating it at zero.
    pub(super) fn decref_object(&mut self, v: Value) {
        let done = self.builder.create_block();
        self.release_object(v, done);
        self.builder.switch_to_block(done);
    }

    /// Drops the count of heap object `v`, deallocates it at zero, and
    /// jumps to `done`.
    fn release_object(&mut self, v: Value, done: Block) {
        let free = self.cold_block();
        let count = self.add_to_refcount(v, -1);
        self.builder.ins().brif(count, done, &[], free, &[]);

        self.builder.switch_to_block(free);
        self.call_unit(RuntimeFn::rt_dealloc, &[v]);
        self.builder.ins().jump(done, &[]);
    }

    /// Releases the words in stack slots `range` (borrowed ones own
    /// nothing; one that may be read in place is released by its flag).
    pub(super) fn decref_slots(&mut self, range: Range<u32>) -> TResult {
        for pos in range {
            let v = self.get(pos)?;
            self.release_operand(pos, v);
        }
        Ok(())
    }

    /// Releases the words in stack slots `range` except those in the mask
    /// `borrowed`.
    pub(super) fn decref_slots_except(&mut self, range: Range<u32>, borrowed: u64) -> TResult {
        for pos in range {
            if pos < 64 && borrowed & (1 << pos) != 0 {
                continue;
            }
            let v = self.get(pos)?;
            self.decref(v);
        }
        Ok(())
    }

    /// Releases every local. Arguments that no `DELETE_FAST` unbinds and
    /// that are no float local (whose word may be 0 beside an unboxed
    /// value) are never NULL: only their tag is tested.
    pub(super) fn decref_locals(&mut self) {
        let code = self.code;
        let nargs = super::analysis::argument_slots(code);
        let deleted = |i: usize| {
            code.instrs
                .iter()
                .any(|instr| instr.op == BcOpcode::DELETE_FAST && instr.arg as usize == i)
        };
        for i in 0..self.locals.len() {
            let v = self.builder.use_var(self.locals[i]);
            let float_local = self
                .float_plan
                .as_ref()
                .is_some_and(|plan| plan.vars.get(i).is_some_and(Option::is_some));
            if i < nargs && !float_local && !deleted(i) {
                self.decref_nonnull(v);
            } else {
                self.decref(v);
            }
        }
    }
}
