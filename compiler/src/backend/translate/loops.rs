//! `for` loops without iterator objects: a `GET_ITER` whose `FOR_ITER`
//! follows it (a `for` statement's loop head) over an exact list or tuple
//! keeps the sequence itself in the iterator's stack slot and the position
//! in a Variable of the loop, instead of allocating a `list_iterator` or
//! `tuple_iterator` per loop and freeing it at the end. Nothing else can
//! see a `for` statement's iterator: only its `FOR_ITER` reads the slot,
//! and `break`, `return` and unwinding release it like any word (now the
//! sequence's reference the iterator would have held). Each step reads the
//! list's current length, as `list_iterator` does, so a loop that appends
//! to its list sees the new items.
//!
//! Generators and coroutines keep real iterators: their stack lives in the
//! frame across a `yield`, the loop's Variables would not.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{Block, InstBuilder, Value, condcodes::IntCC, types::I64};
use cranelift_frontend::Variable;

/// The state of a loop with a virtual iterator: what its iterator slot
/// holds (`kind`: one of the `KIND_*`), and for a sequence the position of
/// the next item.
#[derive(Clone, Copy)]
pub(super) struct LoopVars {
    kind: Variable,
    pos: Variable,
}

/// The slot holds an iterator object (the general path).
const KIND_ITERATOR: i64 = 0;
/// The slot holds an exact list / tuple, `pos` is the next index.
const KIND_LIST: i64 = 1;
const KIND_TUPLE: i64 = 2;

/// The sequences a loop walks without an iterator: kind, type singleton,
/// offsets of the item pointer and of the length.
const SEQUENCES: [(i64, i32, i32, i32); 2] = [
    (
        KIND_LIST,
        abi::SINGLETON_LIST_TYPE,
        abi::LIST_ITEMS_OFFSET,
        abi::LIST_LEN_OFFSET,
    ),
    (
        KIND_TUPLE,
        abi::SINGLETON_TUPLE_TYPE,
        abi::TUPLE_ITEMS_OFFSET,
        abi::TUPLE_LEN_OFFSET,
    ),
];

impl FunctionTranslator<'_> {
    /// Whether the `FOR_ITER` at `pc` heads a loop whose iterator may be
    /// virtual: the `GET_ITER` of a `for` statement is right before it,
    /// and the code never suspends.
    pub(super) fn virtual_loop_at(&self, pc: usize) -> bool {
        let instrs = &self.code.instrs;
        pc >= 1
            && instrs.get(pc).is_some_and(|i| i.op == Opcode::FOR_ITER)
            && instrs[pc - 1].op == Opcode::GET_ITER
            && !self.is_generator_like()
    }

    /// The Variables of the loop headed by the `FOR_ITER` at `pc`.
    fn loop_vars(&mut self, pc: usize) -> LoopVars {
        if let Some(vars) = self.loop_vars.get(&pc) {
            return *vars;
        }
        let vars = LoopVars {
            kind: self.builder.declare_var(I64),
            pos: self.builder.declare_var(I64),
        };
        self.loop_vars.insert(pc, vars);
        vars
    }

    /// `GET_ITER` before a virtual loop's `FOR_ITER`: an exact list or
    /// tuple stays in the slot (owned), starting at position 0; anything
    /// else gets its iterator from `rt_get_iter`.
    pub(super) fn get_iter_virtual(&mut self) -> TResult {
        let vars = self.loop_vars(self.pc + 1);
        let pos = self.below(1)?;
        let o = self.get(pos)?;
        let borrowed = self.is_borrowed(pos);
        let join = self.builder.create_block();
        let w = self.builder.append_block_param(join, I64);
        let other = self.builder.create_block();

        let ty = self.type_of_object(o, other);
        for (kind, type_singleton, _, _) in SEQUENCES {
            let this = self.builder.create_block();
            let next = self.builder.create_block();
            let want = self.singleton(type_singleton);
            let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
            self.builder.ins().brif(same, this, &[], next, &[]);
            self.switch_to(this);
            if borrowed {
                self.add_to_refcount(o, 1);
            }
            self.def_loop_state(vars, kind);
            self.jump(join, &[o]);
            self.switch_to(next);
        }
        self.jump(other, &[]);

        self.switch_to(other);
        let it = self.call_value(RuntimeFn::rt_get_iter, &[o])?;
        self.release_operand(pos, o);
        self.def_loop_state(vars, KIND_ITERATOR);
        self.jump(join, &[it]);

        self.switch_to(join);
        self.set(pos, w)?;
        self.end_borrows(self.depth);
        Ok(())
    }

    fn def_loop_state(&mut self, vars: LoopVars, kind: i64) {
        let kind = self.builder.ins().iconst(I64, kind);
        let zero = self.builder.ins().iconst(I64, 0);
        self.builder.def_var(vars.kind, kind);
        self.builder.def_var(vars.pos, zero);
    }

    /// The step of a virtual loop's `FOR_ITER` (its slot word `it`): a
    /// sequence's item at the position (a new reference) goes to `got`
    /// and the position advances; past the end, `exhausted`. A loop whose
    /// slot holds an iterator object continues at `iterator`.
    pub(super) fn virtual_step(
        &mut self,
        it: Value,
        (got, exhausted): (Block, Block),
        iterator: Block,
    ) {
        let t = trusted();
        let vars = self.loop_vars(self.pc);
        let kind = self.builder.use_var(vars.kind);
        let pos = self.builder.use_var(vars.pos);
        for (k, _, items_offset, len_offset) in SEQUENCES {
            let this = self.builder.create_block();
            let next = self.builder.create_block();
            let same = self.builder.ins().icmp_imm_s(IntCC::Equal, kind, k);
            self.builder.ins().brif(same, this, &[], next, &[]);
            self.switch_to(this);
            let len = self.builder.ins().load(I64, t, it, len_offset);
            let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, pos, len);
            let step = self.builder.create_block();
            self.builder.ins().brif(inside, step, &[], exhausted, &[]);
            self.switch_to(step);
            let items = self.builder.ins().load(I64, t, it, items_offset);
            let item = self.indexed_item(items, pos);
            let advanced = self.builder.ins().iadd_imm_s(pos, 1);
            self.builder.def_var(vars.pos, advanced);
            self.jump(got, &[item]);
            self.switch_to(next);
        }
        self.jump(iterator, &[]);
    }
}
