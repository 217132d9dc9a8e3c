//! Control flow: truth tests and conditional jumps, iteration, return.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, Value,
    condcodes::IntCC,
    types::{I8, I64},
};

/// Where a sequence iterator stepped inline keeps its sequence and
/// position, and where that sequence keeps its length and its data.
#[derive(Clone, Copy)]
struct SeqIter {
    seq: i32,
    pos: i32,
    len: i32,
    data: i32,
    /// The data is UTF-8 text (an ASCII str: one byte an item), not words.
    bytes: bool,
    /// What exhaustion leaves in the iterator (as the runtime's step).
    at_end: AtEnd,
}

/// An exhausted sequence iterator's state: its sequence word cleared
/// (list iterators), or an empty sequence (the singleton at this offset)
/// and position 0 (tuple and str iterators).
#[derive(Clone, Copy)]
enum AtEnd {
    Cleared,
    Empty(i32),
}

const LIST_ITER: SeqIter = SeqIter {
    seq: abi::LIST_ITER_SEQ_OFFSET,
    pos: abi::LIST_ITER_INDEX_OFFSET,
    len: abi::LIST_LEN_OFFSET,
    data: abi::LIST_ITEMS_OFFSET,
    bytes: false,
    at_end: AtEnd::Cleared,
};
const TUPLE_ITER: SeqIter = SeqIter {
    seq: abi::TUPLE_ITER_SEQ_OFFSET,
    pos: abi::TUPLE_ITER_INDEX_OFFSET,
    len: abi::TUPLE_LEN_OFFSET,
    data: abi::TUPLE_ITEMS_OFFSET,
    bytes: false,
    at_end: AtEnd::Empty(abi::SINGLETON_EMPTY_TUPLE),
};
const STR_ITER: SeqIter = SeqIter {
    seq: abi::STR_ITER_SEQ_OFFSET,
    pos: abi::STR_ITER_POS_OFFSET,
    len: abi::STR_TEXT_LEN_OFFSET,
    data: abi::STR_TEXT_PTR_OFFSET,
    bytes: true,
    at_end: AtEnd::Empty(abi::SINGLETON_EMPTY_STR),
};

impl FunctionTranslator<'_> {
    /// The truth of `v` as an I8 (0 or 1). True, False, None, tagged ints
    /// (first after arithmetic) and exact sized built-ins (`calls::SIZED_TYPES`: their length) are
    /// decided inline; other objects ask the runtime (which may raise, at
    /// the current instruction). With `consume`, the reference in `v` is
    /// released — only objects have anything to release, since True,
    /// False and None are immortal.
    pub(super) fn truth(&mut self, v: Value, consume: bool) -> TResult<Value> {
        // A bool made from a condition here (True and False are immortal:
        // nothing to release) is that condition; the select that made the
        // word goes away when nothing else reads it.
        if let Some(&cond) = self.bool_conds.get(&v) {
            return Ok(cond);
        }
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I8);
        let one = self.builder.ins().iconst(I8, 1);
        let zero = self.builder.ins().iconst(I8, 0);
        let int = self.builder.create_block();
        let object = self.builder.create_block();

        // The result of arithmetic just before (`if k % 2:`) is most
        // likely a tagged int: tested first.
        let int_first = self.pc > 0
            && self.blocks[self.pc].is_none()
            && self.code.instrs[self.pc - 1].op == Opcode::BINARY_OP;
        if int_first {
            let not_int = self.builder.create_block();
            let tag = self.builder.ins().band_imm_s(v, abi::INT_TAG as i64);
            self.branch(tag, int, not_int);
            self.switch_to(not_int);
        }

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
        if int_first {
            self.jump(object, &[]);
        } else {
            let tag = self.builder.ins().band_imm_s(v, abi::INT_TAG as i64);
            self.branch(tag, int, object);
        }

        // Tagged 0 is the word 1.
        self.switch_to(int);
        let nonzero = self.builder.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.jump(done, &[nonzero]);

        // An exact sized built-in is true when its length is not 0.
        self.switch_to(object);
        let ty = self.builder.ins().load(I64, trusted(), v, abi::OB_TYPE);
        let general = self.cold_block();
        let length = self.exact_sized_len(v, ty, general);
        if consume {
            self.decref(v);
        }
        let nonempty = self.builder.ins().icmp_imm_s(IntCC::NotEqual, length, 0);
        self.jump(done, &[nonempty]);

        self.switch_to(general);
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
        let pos = self.below(1)?;
        let target = self.target_block(target)?;
        let truth = self.truth(v, !self.is_borrowed(pos))?;
        self.end_borrows(pos);
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
        let pos = self.below(1)?;
        self.release_operand(pos, v);
        self.end_borrows(pos);
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
        if self.virtual_loop_at(self.pc + 1) {
            return self.get_iter_virtual();
        }
        let o = self.peek(1)?;
        let it = self.call_value(RuntimeFn::rt_get_iter, &[o])?;
        self.replace_top(1, it)?;
        self.end_borrows(self.depth);
        Ok(())
    }

    /// `FOR_ITER target`: [it] -> [it, next]; when exhausted [it] -> [] and
    /// jump.
    pub(super) fn op_for_iter(&mut self, target: u32) -> TResult {
        let it = self.peek(1)?;
        let target = self.target_block(target)?;
        let got = self.builder.create_block();
        let v = self.builder.append_block_param(got, I64);
        let slow = self.cold_block();
        let exhausted = self.builder.create_block();
        let unpack = self.fusable_unpack();
        // Where a fused `UNPACK_SEQUENCE` continues.
        let unpacked = self.builder.create_block();
        if unpack == Some(2) {
            self.pair_step(it, self.depth, (unpacked, exhausted))?;
        }
        if self.virtual_loop_at(self.pc) {
            let iterator = self.builder.create_block();
            self.virtual_step(it, (got, exhausted), iterator)?;
            self.switch_to(iterator);
        }
        if unpack == Some(2) {
            self.iter_pair_step(it, self.depth, unpacked)?;
        }
        self.inline_iter_step(it, (got, exhausted), slow);
        self.switch_to(exhausted);
        self.decref(it);
        self.jump(target, &[]);
        self.switch_to(slow);
        if let Some(n) = unpack {
            return self.for_iter_unpack(it, target, (got, v), n, unpacked);
        }
        // (Only the runtime's answer may be the exhausted marker: the
        // inline steps branch to `exhausted` themselves.)
        let w = self.call_value(RuntimeFn::rt_for_iter, &[it])?;
        let ended = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, w, abi::ITER_EXHAUSTED as i64);
        self.builder
            .ins()
            .brif(ended, exhausted, &[], got, &[BlockArg::Value(w)]);
        self.switch_to(got);
        self.set(self.depth, v)
    }

    /// The `n` of an `UNPACK_SEQUENCE n` right after this instruction that
    /// nothing jumps to (`for a, b in ...`).
    fn fusable_unpack(&self) -> Option<u32> {
        let next = self.pc + 1;
        let instr = self.code.instrs.get(next)?;
        (instr.op == Opcode::UNPACK_SEQUENCE
            && self.blocks[next].is_none()
            && self.code.depths[next].is_some())
        .then_some(instr.arg)
    }

    /// `FOR_ITER` and the `UNPACK_SEQUENCE n` after it, translated together
    /// (the main loop skips the unpack), continuing at `after` (where the
    /// step of an enumerate or dict items loop also arrives). Items of the inline iterator
    /// paths arrive at `got` (parameter `v`) and are unpacked as usual; other
    /// iterators go to `rt_for_iter_unpack` (current block), which unpacks
    /// in the same call — dict items and `enumerate` without building the
    /// pair. Errors of the unpacking are raised at the unpack instruction.
    fn for_iter_unpack(
        &mut self,
        it: Value,
        target: Block,
        (got, v): (Block, Value),
        n: u32,
        after: Block,
    ) -> TResult {
        let (pc, depth) = (self.pc, self.depth);
        let unpack = pc + 1;
        self.fused[unpack] = true;
        let done = self.builder.create_block();
        let fetched = self.builder.create_block();

        let out = self.scratch_addr(n)?;
        let count = self.word(i64::from(n));
        let s = self.call_word(RuntimeFn::rt_for_iter_unpack, &[it, count, out])?;
        // -2: the unpacking raised, with the item consumed.
        let zero = self.word(0);
        self.set(depth, zero)?;
        let unpack_failed = self.builder.ins().icmp_imm_s(IntCC::Equal, s, -2);
        (self.pc, self.depth) = (unpack, depth + 1);
        let key = self.raise_key();
        self.raise_if(unpack_failed, key);
        (self.pc, self.depth) = (pc, depth);
        self.check_status(s);
        let exhausted = self.builder.ins().icmp_imm_s(IntCC::Equal, s, 0);
        self.branch(exhausted, done, fetched);
        self.switch_to(fetched);
        for j in 0..n {
            let item = self.scratch_word(j)?;
            self.set(depth + n - 1 - j, item)?;
        }
        self.jump(after, &[]);

        // An item of an inline path: the usual `UNPACK_SEQUENCE`.
        self.switch_to(got);
        self.set(depth, v)?;
        (self.pc, self.depth) = (unpack, depth + 1);
        let r = self.op_unpack_sequence(n);
        (self.pc, self.depth) = (pc, depth);
        r?;
        self.jump(after, &[]);

        self.switch_to(done);
        self.decref(it);
        self.jump(target, &[]);
        self.switch_to(after);
        Ok(())
    }

    /// The next item of an exact `range_iterator`, `list_iterator`,
    /// `tuple_iterator` (CPython's `FOR_ITER_RANGE` / `_LIST` / `_TUPLE`) or
    /// `str_ascii_iterator`, passed to `got`. An exhausted range or
    /// sequence iterator (left as the runtime's step leaves it) goes to
    /// `exhausted`; any other iterator and a range value too big for a
    /// tagged int go to `slow` (the runtime's `rt_for_iter`).
    fn inline_iter_step(&mut self, it: Value, (got, exhausted): (Block, Block), slow: Block) {
        let t = trusted();
        let range = self.builder.create_block();
        let range_step = self.builder.create_block();
        let not_range = self.builder.create_block();

        let ty = self.type_of_object(it, slow);
        let range_ty = self.singleton(abi::SINGLETON_RANGE_ITER_TYPE);
        let is_range = self.builder.ins().icmp(IntCC::Equal, ty, range_ty);
        self.builder
            .ins()
            .brif(is_range, range, &[], not_range, &[]);

        // A range: `remaining` values left, the next one tagged if it fits.
        self.builder.switch_to_block(range);
        let remaining = self
            .builder
            .ins()
            .load(I64, t, it, abi::RANGE_ITER_REMAINING_OFFSET);
        let next = self
            .builder
            .ins()
            .load(I64, t, it, abi::RANGE_ITER_NEXT_OFFSET);
        let shifted = self.builder.ins().ishl_imm_s(next, 1);
        let back = self.builder.ins().sshr_imm_s(shifted, 1);
        let fits = self.builder.ins().icmp(IntCC::Equal, back, next);
        let some_left = self.builder.create_block();
        self.builder
            .ins()
            .brif(remaining, some_left, &[], exhausted, &[]);
        self.builder.switch_to_block(some_left);
        self.builder.ins().brif(fits, range_step, &[], slow, &[]);

        self.builder.switch_to_block(range_step);
        let remaining = self.builder.ins().iadd_imm_s(remaining, -1);
        self.builder
            .ins()
            .store(t, remaining, it, abi::RANGE_ITER_REMAINING_OFFSET);
        // As the runtime: `next` only advances while values remain.
        let step = self
            .builder
            .ins()
            .load(I64, t, it, abi::RANGE_ITER_STEP_OFFSET);
        let advanced = self.builder.ins().iadd(next, step);
        let more = self.builder.ins().icmp_imm_s(IntCC::NotEqual, remaining, 0);
        let new_next = self.builder.ins().select(more, advanced, next);
        self.builder
            .ins()
            .store(t, new_next, it, abi::RANGE_ITER_NEXT_OFFSET);
        let tagged = self.builder.ins().bor_imm_s(shifted, abi::INT_TAG as i64);
        self.builder.ins().jump(got, &[BlockArg::Value(tagged)]);

        // A list, a tuple or an ASCII str (checked in this order): the item
        // at the iterator's position while it is inside the sequence.
        self.builder.switch_to_block(not_range);
        let steps: [(i32, SeqIter); 3] = [
            (abi::SINGLETON_LIST_ITER_TYPE, LIST_ITER),
            (abi::SINGLETON_TUPLE_ITER_TYPE, TUPLE_ITER),
            (abi::SINGLETON_STR_ASCII_ITER_TYPE, STR_ITER),
        ];
        for (iter_type, layout) in steps {
            let want = self.singleton(iter_type);
            let is_it = self.builder.ins().icmp(IntCC::Equal, ty, want);
            let this = self.builder.create_block();
            let next = self.builder.create_block();
            self.builder.ins().brif(is_it, this, &[], next, &[]);
            self.switch_to(this);
            self.seq_iter_step(it, layout, (got, exhausted), slow);
            self.switch_to(next);
        }
        self.jump(slow, &[]);
    }

    /// One step of a sequence iterator of layout `l`: the item at its
    /// position (a new reference) goes to `got` and the position advances,
    /// while the sequence word is set (if exhaustion may clear it) and the
    /// position is inside the sequence; at the end `exhausted`, the
    /// iterator left as the runtime's step leaves it (`AtEnd`).
    fn seq_iter_step(
        &mut self,
        it: Value,
        l: SeqIter,
        (got, exhausted): (Block, Block),
        slow: Block,
    ) {
        let t = trusted();
        let step = self.builder.create_block();
        let seq = self.builder.ins().load(I64, t, it, l.seq);
        if let AtEnd::Cleared = l.at_end {
            let live = self.builder.create_block();
            self.builder.ins().brif(seq, live, &[], slow, &[]);
            self.switch_to(live);
        }
        // (Both of the sequence's words read in one block: see `items_at`.)
        let len = self.builder.ins().load(I64, t, seq, l.len);
        let data = self.builder.ins().load(I64, t, seq, l.data);
        let pos = self.builder.ins().load(I64, t, it, l.pos);
        let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, pos, len);
        let outside = self.builder.create_block();
        self.builder.ins().brif(inside, step, &[], outside, &[]);

        // As the runtime: the iterator's end state is stored, then the
        // sequence released (a comprehension's iterator is also its `.0`
        // argument, which sees that state).
        self.switch_to(outside);
        let zero = self.word(0);
        match l.at_end {
            AtEnd::Cleared => self.builder.ins().store(t, zero, it, l.seq),
            AtEnd::Empty(singleton) => {
                let empty = self.singleton(singleton);
                self.add_to_refcount(empty, 1);
                self.builder.ins().store(t, empty, it, l.seq);
                self.builder.ins().store(t, zero, it, l.pos)
            }
        };
        self.decref_object(seq);
        self.jump(exhausted, &[]);

        self.switch_to(step);
        let item = if l.bytes {
            let addr = self.builder.ins().iadd(data, pos);
            let byte = self.builder.ins().uload8(I64, t, addr, 0);
            self.one_char_str(byte)
        } else {
            self.indexed_item(data, pos)
        };
        let pos = self.builder.ins().iadd_imm_s(pos, 1);
        self.builder.ins().store(t, pos, it, l.pos);
        self.jump(got, &[item]);
    }

    /// A new reference to the runtime's one-character str of the code
    /// point `byte` (below 256). These strs are immortal (their count
    /// starts at `IMMORTAL`, which no run releases its way down from), so
    /// the reference is handed out without an increment: loops over text
    /// then do not write the same few counters once per character.
    pub(super) fn one_char_str(&mut self, byte: Value) -> Value {
        let table = self.singleton(abi::SINGLETON_LATIN1);
        let byte_offset = self.builder.ins().ishl_imm_s(byte, 3);
        let addr = self.builder.ins().iadd(table, byte_offset);
        self.builder.ins().load(I64, trusted(), addr, 0)
    }

    /// A new reference to word `index` of the item array `items`.
    pub(super) fn indexed_item(&mut self, items: Value, index: Value) -> Value {
        let item = self.item_word(items, index);
        self.incref(item);
        item
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
