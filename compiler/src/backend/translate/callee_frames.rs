//! The frames of direct calls (`calls`): whether a Python function can
//! be entered directly with these arguments and the thread has room for
//! another frame, and building the callee's frame in a stack slot of the
//! caller — header words from the function's data, closure cells, the
//! link into the thread's frame chain — around the call of its native
//! code.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::object::code_signature;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, StackSlot, StackSlotData, StackSlotKind, Value,
    condcodes::IntCC,
    types::{I32, I64, I64X2},
};

// `enter_direct` moves these header words in pairs.
const _: () = assert!(
    abi::FUNC_GLOBALS == abi::FUNC_CODE + 8
        && abi::FRAME_GLOBALS == abi::FRAME_CODE + 8
        && abi::FUNC_DIRECT_NAMES == abi::FUNC_DIRECT_CONSTS + 8
        && abi::FRAME_NAMES == abi::FRAME_CONSTS + 8
);

impl FunctionTranslator<'_> {
    /// For the Python function `func` about to be called directly with
    /// `argc` arguments: continues at `enter` when it takes exactly those
    /// (`FUNC_DIRECT_ARGC`) and the thread has room for its frame, else
    /// branches to `generic`. Returns its data and `frame_room`'s words.
    pub(super) fn direct_callee(
        &mut self,
        func: Value,
        argc: Value,
        enter: Block,
        generic: Block,
    ) -> (Value, Value, Value) {
        let fd = self.taking_exactly(func, argc, generic);
        let (ts, depth) = self.frame_room(enter, generic);
        (fd, ts, depth)
    }

    /// Continues in a new block with the data of the Python function
    /// `func` when it can be called directly with `argc` arguments
    /// (`FUNC_DIRECT_ARGC`); otherwise branches to `generic`.
    fn taking_exactly(&mut self, func: Value, argc: Value, generic: Block) -> Value {
        let fd = self
            .builder
            .ins()
            .load(I64, trusted(), func, abi::FUNC_DATA_OFFSET);
        self.takes_exactly(fd, argc, generic);
        fd
    }

    /// Continues in a new block when the Python function with data `fd`
    /// can be called directly with `argc` arguments; otherwise branches
    /// to `generic`.
    pub(super) fn takes_exactly(&mut self, fd: Value, argc: Value, generic: Block) {
        let want = self
            .builder
            .ins()
            .load(I64, trusted(), fd, abi::FUNC_DIRECT_ARGC);
        let same = self.builder.ins().icmp(IntCC::Equal, want, argc);
        let matching = self.builder.create_block();
        self.builder.ins().brif(same, matching, &[], generic, &[]);
        self.switch_to(matching);
    }

    /// Continues at `ok` when the thread has room for another frame
    /// (`state::enter_frame`'s checks; the runtime raises the
    /// RecursionError on the generic path), else branches to `generic`.
    /// Returns the thread state's address and its current depth.
    pub(super) fn frame_room(&mut self, ok: Block, generic: Block) -> (Value, Value) {
        let (ts, depth, shallow) = self.below_recursion_limit();
        // Two branches rather than one on both answers: each compare then
        // feeds its jump directly.
        let below_limit = self.builder.create_block();
        self.builder
            .ins()
            .brif(shallow, below_limit, &[], generic, &[]);
        self.switch_to(below_limit);
        self.stack_room(ts, ok, generic);
        (ts, depth)
    }

    /// Continues at `ok` when the native stack has room for another frame
    /// (the thread state `ts`'s limit), else branches to `generic`.
    pub(super) fn stack_room(&mut self, ts: Value, ok: Block, generic: Block) {
        let sp = self.builder.ins().get_stack_pointer(I64);
        let stack_limit = self
            .builder
            .ins()
            .load(I64, trusted(), ts, abi::TS_STACK_LIMIT);
        let room = self
            .builder
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, sp, stack_limit);
        self.builder.ins().brif(room, ok, &[], generic, &[]);
    }

    /// The thread state, its recursion depth and whether that is below
    /// the limit (one more Python call may start).
    pub(super) fn below_recursion_limit(&mut self) -> (Value, Value, Value) {
        let t = trusted();
        let ts = self.thread_state();
        let depth = self.builder.ins().load(I32, t, ts, abi::TS_DEPTH);
        let limit = self.builder.ins().load(I32, t, ts, abi::TS_LIMIT);
        let shallow = self
            .builder
            .ins()
            .icmp(IntCC::UnsignedLessThan, depth, limit);
        (ts, depth, shallow)
    }

    /// Builds the frame of the Python function `func` (its data `fd`) in
    /// the callee frame slot, `store_args` moving the arguments in from
    /// the address of its first local; links it as the thread's innermost
    /// frame (`ts_depth`: from `frame_room`), calls its native code and
    /// unlinks it. Returns the callee's result word.
    pub(super) fn enter_direct(
        &mut self,
        func: Value,
        fd: Value,
        (ts, depth): (Value, Value),
        store_args: impl FnOnce(&mut Self, Value),
    ) -> TResult<Value> {
        let t = trusted();
        let slot = self.callee_frame()?;
        let f = self.builder.ins().stack_addr(I64, slot, 0);
        let zero = self.word(0);
        // The function data keeps code and globals, and constants and
        // names, side by side as the frame does: each pair moves as one
        // 16-byte word.
        for (field, offset, ty) in [
            (abi::FUNC_CODE, abi::FRAME_CODE, I64X2),
            (abi::FUNC_BUILTINS, abi::FRAME_BUILTINS, I64),
            (abi::FUNC_DIRECT_CONSTS, abi::FRAME_CONSTS, I64X2),
        ] {
            let w = self.builder.ins().load(ty, t, fd, field);
            self.builder.ins().store(t, w, f, offset);
        }
        self.builder.ins().store(t, func, f, abi::FRAME_FUNC);
        // `locals`, then `lasti`+`resume`, `state`+`throw` and `sent`.
        for offset in [
            abi::FRAME_LOCALS,
            abi::FRAME_LASTI,
            abi::FRAME_STATE,
            abi::FRAME_SENT,
        ] {
            self.builder.ins().store(t, zero, f, offset);
        }
        let at = self
            .builder
            .ins()
            .iadd_imm_s(f, i64::from(abi::FRAME_LOCALSPLUS));
        store_args(self, at);
        self.bind_cells(f, fd);
        let prev = self.builder.ins().load(I64, t, ts, abi::TS_FRAME);
        self.builder.ins().store(t, prev, f, abi::FRAME_PREV);
        self.builder.ins().store(t, f, ts, abi::TS_FRAME);
        let deeper = self.builder.ins().iadd_imm_s(depth, 1);
        self.builder.ins().store(t, deeper, ts, abi::TS_DEPTH);
        let native = self.builder.ins().load(I64, t, fd, abi::FUNC_DIRECT_NATIVE);
        let sig = self.code_sig();
        let call = self.builder.ins().call_indirect(sig, native, &[f]);
        let r = self.builder.inst_results(call)[0];
        self.builder.ins().store(t, prev, ts, abi::TS_FRAME);
        self.builder.ins().store(t, depth, ts, abi::TS_DEPTH);
        Ok(r)
    }

    /// Copies the closure cells of a direct callee (its data `fd`) into
    /// its frame `f`, each with a reference of its own: nothing for a
    /// function that is not a closure.
    fn bind_cells(&mut self, f: Value, fd: Value) {
        let t = trusted();
        let cells = self.builder.ins().load(I64, t, fd, abi::FUNC_DIRECT_CELLS);
        let first = self.builder.create_block();
        let step = self.builder.create_block();
        let i = self.builder.append_block_param(step, I64);
        let bound = self.builder.create_block();
        self.builder.ins().brif(cells, first, &[], bound, &[]);

        self.builder.switch_to_block(first);
        let words = self
            .builder
            .ins()
            .load(I64, t, fd, abi::FUNC_DIRECT_CELL_WORDS);
        let at = self
            .builder
            .ins()
            .load(I64, t, fd, abi::FUNC_DIRECT_CELLS_AT);
        let to_cells = self.builder.ins().iadd(f, at);
        let zero = self.word(0);
        self.builder.ins().jump(step, &[BlockArg::Value(zero)]);

        self.builder.switch_to_block(step);
        let from = self.item_address(words, i);
        // (A cell is a heap object.)
        let cell = self.builder.ins().load(I64, t, from, 0);
        self.add_to_refcount(cell, 1);
        let to = self.item_address(to_cells, i);
        self.builder.ins().store(t, cell, to, 0);
        let next = self.builder.ins().iadd_imm_s(i, 1);
        let more = self
            .builder
            .ins()
            .icmp(IntCC::UnsignedLessThan, next, cells);
        self.builder
            .ins()
            .brif(more, step, &[BlockArg::Value(next)], bound, &[]);

        self.builder.switch_to_block(bound);
    }

    /// After a direct call of `CALL n` (stack slots from `base`): the
    /// callee owns the arguments, so only `callable` stays, at `base`.
    pub(super) fn moved_into_callee(&mut self, base: u32, n: u32, callable: Value) -> TResult {
        let zero = self.word(0);
        self.set(base, callable)?;
        for pos in base + 1..base + 2 + n {
            self.set(pos, zero)?;
        }
        Ok(())
    }

    /// The stack slot direct callees' frames live in: a frame header and
    /// room for the arguments of this function's largest `CALL`, and at
    /// least `abi::DIRECT_FRAME_SLOTS` (a closure's locals and cells).
    fn callee_frame(&mut self) -> TResult<StackSlot> {
        if let Some(slot) = self.callee_frame {
            return Ok(slot);
        }
        let max_args = self
            .code
            .instrs
            .iter()
            .filter(|i| i.op == Opcode::CALL)
            .map(|i| i.arg + 1)
            .max()
            .unwrap_or(1);
        let slots = (max_args as usize).max(abi::DIRECT_FRAME_SLOTS);
        let bytes = self.localsplus_offset(slots)?;
        let data = StackSlotData::new(StackSlotKind::ExplicitSlot, bytes as u32, 3);
        let slot = self.builder.create_sized_stack_slot(data);
        self.callee_frame = Some(slot);
        Ok(slot)
    }

    /// The signature of compiled code, imported into this function.
    fn code_sig(&mut self) -> cranelift_codegen::ir::SigRef {
        match self.code_sig {
            Some(sig) => sig,
            None => {
                let sig = self.builder.import_signature(code_signature(&*self.module));
                self.code_sig = Some(sig);
                sig
            }
        }
    }
}
