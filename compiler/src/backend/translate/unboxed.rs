//! Unboxed float temporaries: a float computed inline by `BINARY_OP` whose
//! only reader is a nearby float-capable instruction stays in a register.
//!
//! When the instruction that pops a `BINARY_OP`'s (or a float
//! `UNARY_NEGATIVE`'s) result is another float `BINARY_OP`, a
//! `UNARY_NEGATIVE`, a `COMPARE_OP`, a `STORE_FAST`, the value of a
//! `STORE_SUBSCR` or `STORE_ATTR`, or an argument of a `CALL` of one or two
//! arguments (a math function's float kernel, `int` or `abs` reads it), and the
//! instructions in between only work above it or move it (loads, operators
//! and `SWAP`s, no jumps into them, no handler that keeps the slot), the
//! inline float path leaves the slot's
//! word 0 and its value in the slot's F64 Variable instead of boxing it.
//! Word 0 is what the raise paths and `decref` already skip, so an
//! exception in between loses nothing. The reader then takes the value
//! from the register when the word is 0 (only its inline paths can see
//! that), and boxes it before any runtime call. `STORE_FAST` of an unboxed
//! value writes it into the local's old float when that float has no other
//! reference, so `x = x * y + z` allocates nothing; `STORE_SUBSCR` into an
//! exact list and `STORE_ATTR` into an inline instance value do the same
//! with the item's or attribute's old float (`b[3] -= dx * m`).
//!
//! Operands of the inline float paths may also be tagged small ints, which
//! Python converts to the nearest float as the machine does: for `/` (two
//! ints only when both are at most 2**53 in magnitude, where CPython
//! divides the converted values too), beside an unboxed operand, and in
//! comparisons (at most 2**53, where the conversion is exact).

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, Value,
    condcodes::IntCC,
    types::{F64, I8, I64},
};

/// Largest magnitude of an int that `int / int` may divide as floats.
pub(super) const EXACT_INT_LIMIT: i64 = 1 << 53;

/// The `BINARY_OP` operators with inline float paths.
pub(super) fn is_float_op(base_op: u64) -> bool {
    matches!(
        base_op,
        abi::NB_ADD | abi::NB_SUBTRACT | abi::NB_MULTIPLY | abi::NB_TRUE_DIVIDE | abi::NB_POWER
    )
}

/// How many stack slots an instruction that may sit between an unboxed
/// temporary and its reader pops (None: not allowed there). Each pushes
/// its results above what it pops and touches nothing below; a call's
/// raise path skips the temporary's word 0 like any other.
fn pops_between(op: Opcode, arg: u32) -> Option<u32> {
    use Opcode::*;
    Some(match op {
        LOAD_FAST | LOAD_CONST | LOAD_GLOBAL | LOAD_DEREF | PUSH_NULL | KW_NAMES => 0,
        LOAD_ATTR | LOAD_METHOD | UNARY_NEGATIVE => 1,
        BINARY_OP | BINARY_SUBSCR | COMPARE_OP | IS_OP | CONTAINS_OP => 2,
        BUILD_TUPLE | BUILD_LIST => arg,
        CALL => arg + 2,
        _ => return None,
    })
}

impl FunctionTranslator<'_> {
    /// Whether the result of the current instruction, pushed at stack slot
    /// `pos`, may stay unboxed: its reader is a float-capable instruction
    /// and nothing in between touches the slot or can observe it.
    ///
    /// A float `BINARY_OP` reader qualifies even when its own result is
    /// boxed: in `a*b + c*d` (a `return`ed dot product) only the sum is
    /// allocated, where boxed temporaries would allocate both products and
    /// free one of them.
    pub(super) fn result_may_stay_unboxed(&self, pos: u32) -> bool {
        self.unboxed_reader(pos).is_some()
    }

    /// Whether the value pushed at stack slot `pos` may stay unboxed
    /// because its reader consumes it in arithmetic or a comparison, where
    /// its identity can't be seen (a float local's or constant's object
    /// must stay the same object when it is stored or passed on).
    pub(super) fn read_as_number(&self, pos: u32) -> bool {
        matches!(
            self.unboxed_reader(pos),
            Some(Opcode::BINARY_OP | Opcode::COMPARE_OP | Opcode::UNARY_NEGATIVE)
        )
    }

    /// The float-capable reader of the value pushed at stack slot `pos`
    /// (see `result_may_stay_unboxed`), if it has one.
    ///
    /// The reader may sit after a conditional expression (`total += (4.0
    /// if odd else 2.0) * f(x)`): forward jumps in between are allowed
    /// when every block they start is entered only from inside the range,
    /// and the reader comes after all of their targets, so every path
    /// between the two passes through it and nothing else reads the slot.
    fn unboxed_reader(&self, mut pos: u32) -> Option<Opcode> {
        let code = self.code;
        let handler_ok = |j: usize, pos: u32| code.handlers[j].is_none_or(|h| h.depth <= pos);
        // Every forward jump seen so far lands at or before this.
        let mut merged_at = 0;
        for j in self.pc + 1..code.instrs.len() {
            let depth = code.depths[j]?;
            if self.fused[j] || !handler_ok(j, pos) {
                return None;
            }
            if self.blocks[j].is_some() && !self.entered_from_within(self.pc, j) {
                return None;
            }
            let instr = &code.instrs[j];
            let reads = |n: u32| depth >= n && depth - n <= pos;
            let target = instr.arg as usize;
            let forward_jump = instr.op.is_jump() && target > j;
            let ok = match instr.op {
                Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE
                    if forward_jump && !reads(1) =>
                {
                    merged_at = merged_at.max(target);
                    continue;
                }
                Opcode::JUMP_FORWARD if forward_jump => {
                    merged_at = merged_at.max(target);
                    continue;
                }
                // (`SWAP` moves the slot's word and its mark along.)
                Opcode::SWAP if instr.arg >= 2 && depth >= instr.arg => {
                    let (top, other) = (depth - 1, depth - instr.arg);
                    if j < merged_at && (pos == top || pos == other) {
                        // (On one branch only.)
                        return None;
                    }
                    if pos == top {
                        pos = other;
                    } else if pos == other {
                        pos = top;
                    }
                    continue;
                }
                Opcode::STORE_SUBSCR if reads(3) => depth - 3 == pos,
                Opcode::STORE_ATTR if reads(2) => depth - 2 == pos,
                Opcode::BINARY_OP if reads(2) => {
                    is_float_op(u64::from(instr.arg) % abi::NB_INPLACE_OFFSET)
                }
                Opcode::COMPARE_OP if reads(2) => u64::from(instr.arg) <= abi::CMP_GE,
                Opcode::STORE_FAST if reads(1) => depth - 1 == pos,
                Opcode::UNARY_NEGATIVE if reads(1) => depth - 1 == pos,
                // An argument of a call with one or two (`op_call` boxes it
                // on every path but a math kernel's, `callsites`, and
                // those of `int` and `abs`).
                Opcode::CALL if reads(instr.arg + 2) => {
                    depth - instr.arg <= pos
                        && (self.may_call_kernel(j) || self.may_call_float_builtin(j))
                }
                op => match pops_between(op, instr.arg) {
                    Some(n) if !reads(n) => continue,
                    _ => return None,
                },
            };
            return (ok && j >= merged_at).then_some(instr.op);
        }
        None
    }

    /// Whether the block starting at instruction `j` is entered only from
    /// instructions after `from` (jumps or the fall-through), and is no
    /// exception handler's target.
    fn entered_from_within(&self, from: usize, j: usize) -> bool {
        let code = self.code;
        let jumps_ok = code.instrs.iter().enumerate().all(|(i, instr)| {
            !(instr.op.is_jump() && instr.arg as usize == j) || (from < i && i < j)
        });
        jumps_ok
            && !code
                .handlers
                .iter()
                .any(|h| h.is_some_and(|h| h.target as usize == j))
    }

    /// Marks stack slot `pos` as possibly holding an unboxed float (word 0,
    /// value in its F64 Variable) until its reader takes it.
    pub(super) fn set_unboxed(&mut self, pos: u32, x: Value) -> TResult {
        let var = *self
            .raw_floats
            .get(pos as usize)
            .ok_or_else(|| format!("stack slot {pos} has no float register"))?;
        self.builder.def_var(var, x);
        self.unboxed[pos as usize] = true;
        self.unboxed_local[pos as usize] = None;
        Ok(())
    }

    /// `SWAP`'s exchange of the unboxed marks (and float registers) of
    /// stack slots `a` and `b`.
    pub(super) fn swap_unboxed(&mut self, a: u32, b: u32) -> TResult {
        let (ra, rb) = (self.take_unboxed(a), self.take_unboxed(b));
        if let Some(x) = ra {
            self.set_unboxed(b, x)?;
        }
        if let Some(x) = rb {
            self.set_unboxed(a, x)?;
        }
        Ok(())
    }

    /// Branches to `reused` after writing the float `raw` into `old` when
    /// `old` is an exact float that nothing else references (so no one can
    /// tell it from a new float at the same address), else to `fresh`.
    pub(super) fn reuse_float_box(&mut self, old: Value, raw: Value, reused: Block, fresh: Block) {
        let t = trusted();
        let float = self.builder.create_block();
        let reuse = self.builder.create_block();
        // (An unbound local or a deleted item is 0.)
        self.branch_if_object(old, float, fresh);
        self.builder.switch_to_block(float);
        let float_type = self.singleton(abi::SINGLETON_FLOAT_TYPE);
        let ty = self.builder.ins().load(I64, t, old, abi::OB_TYPE);
        let count = self.builder.ins().load(I64, t, old, abi::OB_REFCNT);
        let is_float = self.builder.ins().icmp(IntCC::Equal, ty, float_type);
        let alone = self.builder.ins().icmp_imm_s(IntCC::Equal, count, 1);
        let ok = self.builder.ins().band(is_float, alone);
        self.builder.ins().brif(ok, reuse, &[], fresh, &[]);

        self.builder.switch_to_block(reuse);
        self.builder
            .ins()
            .store(t, raw, old, abi::FLOAT_VALUE_OFFSET);
        self.builder.ins().jump(reused, &[]);
    }

    /// The store of stack slot `pos`'s value, which may be the unboxed
    /// float `raw` (word 0), into a place holding an old value: when it is
    /// unboxed, `place` gives the address of the old value's word (or
    /// branches to the block it is given), and an old float that nothing
    /// else references gets `raw` in place; then `release` drops the
    /// instruction's other operands and the store is done (`done`).
    /// Otherwise the value is boxed into its slot and the usual paths
    /// continue in a new block.
    pub(super) fn store_unboxed_in_place(
        &mut self,
        pos: u32,
        raw: Value,
        done: Block,
        place: impl FnOnce(&mut Self, Block) -> TResult<Value>,
        release: impl FnOnce(&mut Self) -> TResult,
    ) -> TResult {
        let v = self.get(pos)?;
        let unboxed = self.builder.create_block();
        let boxing = self.builder.create_block();
        let reused = self.builder.create_block();
        let join = self.builder.create_block();
        self.builder.ins().brif(v, join, &[], unboxed, &[]);

        self.builder.switch_to_block(unboxed);
        let addr = place(self, boxing)?;
        let old = self.builder.ins().load(I64, trusted(), addr, 0);
        self.reuse_float_box(old, raw, reused, boxing);

        self.builder.switch_to_block(reused);
        release(self)?;
        self.jump(done, &[]);

        self.builder.switch_to_block(boxing);
        let boxed = self.box_float(raw);
        self.set(pos, boxed)?;
        self.builder.ins().jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// If stack slot `pos` may hold an unboxed float, its float register's
    /// value (used when the slot's word is 0); the reader calling this takes
    /// it (the mark is cleared).
    pub(super) fn take_unboxed(&mut self, pos: u32) -> Option<Value> {
        if !std::mem::replace(&mut self.unboxed[pos as usize], false) {
            return None;
        }
        Some(self.builder.use_var(self.raw_floats[pos as usize]))
    }

    /// Continues in a new block with the float value of the operand `x`:
    /// an unboxed float (`raw`, when `x` may be one), an exact float, or —
    /// with `ints` — a tagged int within `limit` in magnitude (when given);
    /// anything else branches to `other`. Also returns whether `x` is a
    /// boxed float (an I8).
    pub(super) fn float_value(
        &mut self,
        x: Value,
        raw: Option<Value>,
        ints: Option<Option<i64>>,
        other: Block,
    ) -> (Value, Value) {
        if let Some(f) = self.static_float(x, raw) {
            // (A float constant's object is a boxed operand.)
            let boxed = i64::from(!self.known_unboxed(x, raw));
            let flag = self.builder.ins().iconst(I8, boxed);
            return (f, flag);
        }
        let t = trusted();
        let done = self.builder.create_block();
        let value = self.builder.append_block_param(done, F64);
        let boxed_flag = self.builder.append_block_param(done, I8);
        let no = self.builder.ins().iconst(I8, 0);
        let yes = self.builder.ins().iconst(I8, 1);
        let tagged = self.builder.create_block();
        if let Some(raw) = raw {
            let boxed = self.builder.create_block();
            self.builder.ins().brif(
                x,
                boxed,
                &[],
                done,
                &[BlockArg::Value(raw), BlockArg::Value(no)],
            );
            self.builder.switch_to_block(boxed);
        }
        let ty = self.type_of_object(x, tagged);
        let float_type = self.singleton(abi::SINGLETON_FLOAT_TYPE);
        let is_float = self.builder.ins().icmp(IntCC::Equal, ty, float_type);
        let load = self.builder.create_block();
        self.builder.ins().brif(is_float, load, &[], other, &[]);
        self.builder.switch_to_block(load);
        let f = self.builder.ins().load(F64, t, x, abi::FLOAT_VALUE_OFFSET);
        self.builder
            .ins()
            .jump(done, &[BlockArg::Value(f), BlockArg::Value(yes)]);

        self.builder.switch_to_block(tagged);
        match ints {
            None => {
                self.builder.ins().jump(other, &[]);
            }
            Some(limit) => {
                let n = self.builder.ins().sshr_imm_s(x, 1);
                if let Some(limit) = limit {
                    let convert = self.builder.create_block();
                    let biased = self.builder.ins().iadd_imm_s(n, limit);
                    let inside = self.builder.ins().icmp_imm_s(
                        IntCC::UnsignedLessThanOrEqual,
                        biased,
                        2 * limit,
                    );
                    self.builder.ins().brif(inside, convert, &[], other, &[]);
                    self.builder.switch_to_block(convert);
                }
                let f = self.builder.ins().fcvt_from_sint(F64, n);
                self.builder
                    .ins()
                    .jump(done, &[BlockArg::Value(f), BlockArg::Value(no)]);
            }
        }
        self.switch_to(done);
        (value, boxed_flag)
    }

    /// The operands of an inline float operation (`raws` as `float_value`'s
    /// `raw` for each, `ints` as there), each with whether it is a boxed
    /// float (an I8).
    pub(super) fn float_pair(
        &mut self,
        (a, b): (Value, Value),
        raws: (Option<Value>, Option<Value>),
        ints: Option<Option<i64>>,
        other: Block,
    ) -> ((Value, Value), (Value, Value)) {
        if ints.is_none()
            && raws.0.is_none()
            && raws.1.is_none()
            && !self.is_static_float(a, None)
            && !self.is_static_float(b, None)
        {
            let (fa, fb) = self.float_operands(a, b, other);
            let yes = self.builder.ins().iconst(I8, 1);
            return ((fa, yes), (fb, yes));
        }
        let fa = self.float_value(a, raws.0, ints, other);
        let fb = self.float_value(b, raws.1, ints, other);
        (fa, fb)
    }

    /// Boxes the float `raw` of stack slot `pos` if the slot's word `x` is
    /// 0 (unboxed) and returns the slot's word, which the slot then owns.
    /// A value read from a float local is that local's object (made now if
    /// it has none), so a method it is passed to sees the same object the
    /// local holds.
    pub(super) fn box_if_unboxed(&mut self, x: Value, raw: Value, pos: u32) -> TResult<Value> {
        let boxing = self.builder.create_block();
        let done = self.builder.create_block();
        let word = self.builder.append_block_param(done, I64);
        self.builder
            .ins()
            .brif(x, done, &[BlockArg::Value(x)], boxing, &[]);
        self.builder.switch_to_block(boxing);
        let boxed = match self.unboxed_local[pos as usize] {
            Some(i) if self.float_local(i).is_some() => {
                let object = self.float_local_object(i, raw)?;
                self.incref(object);
                object
            }
            _ => self.box_float(raw),
        };
        self.builder.ins().jump(done, &[BlockArg::Value(boxed)]);
        self.switch_to(done);
        self.set(pos, word)?;
        Ok(word)
    }

    /// A new float object holding `x`: a block popped from the program
    /// thread's float free list with the header and value written here
    /// (`new_exact_float`'s work), or `rt_float_from_bits` when the list
    /// is empty (neither can fail).
    pub(super) fn box_float(&mut self, x: Value) -> Value {
        let t = trusted();
        let bits = self.builder.ins().bitcast(I64, MemFlagsData::new(), x);
        let pop = self.builder.create_block();
        let slow = self.cold_block();
        let done = self.builder.create_block();
        let boxed = self.builder.append_block_param(done, I64);
        let ts = self.thread_state();
        let free = self.builder.ins().load(I64, t, ts, abi::TS_FLOAT_FREE);
        let head = self.builder.ins().load(I64, t, free, 0);
        self.builder.ins().brif(head, pop, &[], slow, &[]);

        self.builder.switch_to_block(pop);
        let next = self.builder.ins().load(I64, t, head, abi::FREE_BLOCK_NEXT);
        self.builder.ins().store(t, next, free, 0);
        self.add_to_pool_live(ts, 1);
        let one = self.word(1);
        let zero = self.word(0);
        let float_type = self.singleton(abi::SINGLETON_FLOAT_TYPE);
        self.builder.ins().store(t, one, head, abi::OB_REFCNT);
        self.builder.ins().store(t, float_type, head, abi::OB_TYPE);
        self.builder.ins().store(t, zero, head, abi::OB_DICT);
        let tag = self.word(i64::from(abi::FLOAT_PAYLOAD_TAG));
        self.builder
            .ins()
            .istore8(t, tag, head, abi::PAYLOAD_TAG_OFFSET);
        self.builder
            .ins()
            .store(t, bits, head, abi::FLOAT_VALUE_OFFSET);
        self.builder.ins().jump(done, &[head.into()]);

        self.builder.switch_to_block(slow);
        let fresh = self
            .call_rt(RuntimeFn::rt_float_from_bits, &[bits])
            .expect("rt_float_from_bits returns a value");
        self.builder.ins().jump(done, &[fresh.into()]);

        self.builder.switch_to_block(done);
        boxed
    }

    /// Releases the operand in stack slot `pos`, `v`, whose `boxed` flag
    /// (an I8, from `float_value`) says whether it is an exact float; a
    /// word that is not (a tagged int or an unboxed 0) owns nothing. A
    /// float whose last reference this is goes back on the program
    /// thread's float free list here (`pool::free_block`'s work: exact
    /// floats have no finalizer and hold no references).
    pub(super) fn release_float_operand(&mut self, pos: u32, v: Value, boxed: Value) {
        if self.known_word(boxed) == Some(0) {
            return;
        }
        // (An item read in place is released only when the slot owns it.)
        let boxed = match self.ownership_flag(pos) {
            Some(owned) => self.builder.ins().band(boxed, owned),
            None if self.is_borrowed(pos) => return,
            None => boxed,
        };
        let t = trusted();
        let dec = self.builder.create_block();
        let free = self.cold_block();
        let done = self.builder.create_block();
        self.builder.ins().brif(boxed, dec, &[], done, &[]);

        self.builder.switch_to_block(dec);
        let count = self.add_to_refcount(v, -1);
        self.builder.ins().brif(count, done, &[], free, &[]);

        // The refcount word is 0 now, as a free block's must be.
        self.builder.switch_to_block(free);
        let ts = self.thread_state();
        let list = self.builder.ins().load(I64, t, ts, abi::TS_FLOAT_FREE);
        let head = self.builder.ins().load(I64, t, list, 0);
        self.builder.ins().store(t, head, v, abi::FREE_BLOCK_NEXT);
        self.builder.ins().store(t, v, list, 0);
        self.add_to_pool_live(ts, -1);
        self.builder.ins().jump(done, &[]);

        self.builder.switch_to_block(done);
    }

    /// Adds `delta` to the live-block count of the program thread's pool
    /// (`ts`: the thread state), as the pool's own allocation and free do.
    fn add_to_pool_live(&mut self, ts: Value, delta: i64) {
        let t = trusted();
        let live_addr = self.builder.ins().load(I64, t, ts, abi::TS_POOL_LIVE);
        let live = self.builder.ins().load(I64, t, live_addr, 0);
        let live = self.builder.ins().iadd_imm_s(live, delta);
        self.builder.ins().store(t, live, live_addr, 0);
    }

    /// `STORE_FAST i` of a value that may be unboxed (`raw`): into the
    /// local's old float when nothing else references it, else boxed.
    pub(super) fn store_fast_unboxed(&mut self, i: u32, raw: Value) -> TResult {
        let pos = self.below(1)?;
        let v = self.get(pos)?;
        let var = self.local(i)?;
        let unboxed = self.builder.create_block();
        let store = self.builder.create_block();
        let done = self.builder.create_block();
        self.builder.ins().brif(v, store, &[], unboxed, &[]);

        // Unboxed: reuse the old value's box if it is an exact float with
        // no other reference.
        self.builder.switch_to_block(unboxed);
        let old = self.builder.use_var(var);
        let fresh = self.builder.create_block();
        self.reuse_float_box(old, raw, done, fresh);

        self.builder.switch_to_block(fresh);
        let boxed = self.box_float(raw);
        // (`store` takes the boxed word through the slot's Variable.)
        self.set(pos, boxed)?;
        self.builder.ins().jump(store, &[]);

        self.switch_to(store);
        self.op_store_fast(i)?;
        self.jump(done, &[]);
        self.switch_to(done);
        Ok(())
    }
}
