//! Generators and coroutines: the resume dispatch, `YIELD_VALUE`, `SEND`
//! (`yield from` / `await`) and the iterator/awaitable helpers.
//!
//! A generator-like function is entered once per resumption. `frame.resume`
//! says where: 0 is the start, `k` the `k`-th `YIELD_VALUE`. Suspending
//! moves every local and the stack below the yielded value into the frame
//! (stack slot `j` at `localsplus[nlocalsplus + j]`; the slots above the
//! live depth that a deeper yield of the function may have filled are
//! zeroed, the rest were never written and are still zero), records the resume point and returns the value;
//! resuming moves them back. A resume with `frame.throw` set raises the
//! pending exception at the yield; otherwise `frame.sent` (a new reference
//! the runtime handed over, or 0 for None) becomes the result of the yield.
//!
//! A yield right after a `SEND` yields a sub-iterator's value on its
//! behalf: an exception thrown in then goes to the sub-iterator first
//! (`rt_gen_throw_into`), which either yields again, finishes (its result
//! continues after the `SEND` loop), or raises.

use super::stack::trusted;
use super::unwind::RaiseKey;
use super::{FunctionTranslator, ResumePoint, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    Block, InstBuilder, JumpTableData, SourceLoc, TrapCode, Value, types::I64,
};

impl FunctionTranslator<'_> {
    /// Jumps to the start or to a resume point according to `frame.resume`.
    pub(super) fn emit_resume_dispatch(&mut self) -> TResult {
        let mut points: Vec<ResumePoint> = self.resume_points.values().copied().collect();
        points.sort_by_key(|p| p.index);

        let start = self.builder.create_block();
        let invalid = self.cold_block();
        let dfg = &mut self.builder.func.dfg;
        let default = dfg.block_call(invalid, &[]);
        let mut targets = vec![dfg.block_call(start, &[])];
        targets.extend(points.iter().map(|p| dfg.block_call(p.block, &[])));
        let table = self
            .builder
            .create_jump_table(JumpTableData::new(default, &targets));
        let resume = self.load_frame_u32(abi::FRAME_RESUME);
        self.builder.ins().br_table(resume, table);

        // The runtime only stores resume points this function recorded.
        self.switch_to(invalid);
        self.builder.ins().trap(TrapCode::unwrap_user(1));

        // First entry: a throw into a just-created generator raises before
        // the body runs, outside any handler.
        self.switch_to(start);
        self.load_locals(true);
        let throw = self.load_frame_u32(abi::FRAME_THROW);
        let thrown = self.cold_block();
        let body = self.builder.create_block();
        self.branch(throw, thrown, body);

        self.switch_to(thrown);
        self.store_frame_u32(abi::FRAME_THROW, 0);
        self.jump_to_raise(RaiseKey {
            live: 0,
            borrowed: 0,
            receivers: 0,
            handler: None,
            traceback: true,
            float_body: false,
        });

        self.switch_to(body);
        Ok(())
    }

    /// Moves the locals and stack slots `0..below` into the frame, records
    /// resume point `index` and returns `value`.
    fn emit_suspend(&mut self, index: u32, below: u32, value: Value) -> TResult {
        let nlocals = self.locals.len();
        for i in 0..nlocals {
            let v = self.builder.use_var(self.locals[i]);
            let offset = self.localsplus_offset(i)?;
            self.store_frame_word(offset, v);
        }
        // Slots at or above the deepest yield's live depth are never
        // stored, so they stay zero from the frame's creation; only those
        // an earlier, deeper suspension may have left behind need zeroing.
        for pos in 0..below.max(self.deepest_suspension()) {
            let v = if pos < below {
                self.get(pos)?
            } else {
                self.word(0)
            };
            let offset = self.localsplus_offset(nlocals + pos as usize)?;
            self.store_frame_word(offset, v);
        }
        self.store_frame_u32(abi::FRAME_RESUME, index);
        self.store_frame_u32(abi::FRAME_STATE, abi::FRAME_STATE_SUSPENDED);
        self.store_frame_u32(abi::FRAME_LASTI, self.pc as u32);
        self.builder.ins().return_(&[value]);
        self.reachable = false;
        Ok(())
    }

    /// The most stack slots any suspension of this function stores: the
    /// largest depth below the yielded value over its `YIELD_VALUE`s.
    fn deepest_suspension(&self) -> u32 {
        self.code
            .instrs
            .iter()
            .zip(&self.code.depths)
            .filter(|(i, _)| i.op == Opcode::YIELD_VALUE)
            .filter_map(|(_, d)| d.map(|d| d.saturating_sub(1)))
            .max()
            .unwrap_or(0)
    }

    /// Takes back the locals and stack slots `0..below` from the frame.
    fn reload_frame(&mut self, below: u32) -> TResult {
        self.load_locals(false);
        let nlocals = self.locals.len();
        for pos in 0..below {
            let offset = self.localsplus_offset(nlocals + pos as usize)?;
            let v = self.builder.ins().load(I64, trusted(), self.frame, offset);
            self.set(pos, v)?;
        }
        Ok(())
    }

    /// `YIELD_VALUE`: [v] -> [sent]
    pub(super) fn op_yield_value(&mut self) -> TResult {
        if self.push {
            return self.push_item();
        }
        if !self.is_generator_like() {
            return Err("YIELD_VALUE outside a generator or coroutine".to_string());
        }
        let point = *self
            .resume_points
            .get(&self.pc)
            .ok_or("YIELD_VALUE without a resume point")?;
        let below = self.below(1)?;
        let v = self.get(below)?;
        self.emit_suspend(point.index, below, v)?;

        self.switch_to(point.block);
        self.reload_frame(below)?;
        let throw = self.load_frame_u32(abi::FRAME_THROW);
        let thrown = self.cold_block();
        let sent = self.builder.create_block();
        self.branch(throw, thrown, sent);

        // The yielded value is gone: the raise path sees `below` live slots.
        self.switch_to(thrown);
        self.store_frame_u32(abi::FRAME_THROW, 0);
        let key = RaiseKey {
            live: below,
            ..self.raise_key()
        };
        if point.delegating && below >= 1 {
            self.throw_into_delegate(point, below, key)?;
        } else {
            self.jump_to_raise(key);
        }

        self.switch_to(sent);
        let v = self
            .builder
            .ins()
            .load(I64, trusted(), self.frame, abi::FRAME_SENT);
        let null = self.word(0);
        self.store_frame_word(abi::FRAME_SENT, null);
        // 0 is None sent without a reference (`next()`): a `POP_TOP` or
        // the `SEND` of a delegating yield takes it as it is.
        let v = if point.delegating || self.result_popped() {
            v
        } else {
            self.none_if_null(v)
        };
        self.set(below, v)
    }

    /// Whether the instruction after this one is a `POP_TOP` nothing
    /// jumps to (`yield x` as a statement).
    fn result_popped(&self) -> bool {
        let next = self.pc + 1;
        self.code
            .instrs
            .get(next)
            .is_some_and(|i| i.op == Opcode::POP_TOP && self.blocks[next].is_none())
    }

    /// `v`, or None when `v` is 0 (singletons are pushed without
    /// references, as `LOAD_CONST` pushes None).
    fn none_if_null(&mut self, v: Value) -> Value {
        let is_null = self.builder.create_block();
        let done = self.builder.create_block();
        let r = self.builder.append_block_param(done, I64);
        self.builder.ins().brif(v, done, &[v.into()], is_null, &[]);

        self.switch_to(is_null);
        let none = self.singleton(abi::SINGLETON_NONE);
        self.builder.ins().jump(done, &[none.into()]);

        self.switch_to(done);
        r
    }

    /// Throws the pending exception into the sub-iterator in slot
    /// `below - 1` (`yield from` / `await` being thrown into).
    fn throw_into_delegate(&mut self, point: ResumePoint, below: u32, key: RaiseKey) -> TResult {
        let send_target = self.code.instrs[self.pc - 1].arg;
        let finished_target = self.target_block(send_target)?;
        let receiver = self.get(below - 1)?;
        let out = self.scratch_addr(1)?;
        let s = self.call_word(RuntimeFn::rt_gen_throw_into, &[receiver, out])?;
        self.check_status_with(s, key);
        let result = self.scratch_word(0)?;
        let yielded = self.builder.create_block();
        let finished = self.builder.create_block();
        self.branch(s, yielded, finished);

        // The sub-iterator yielded a value: suspend again at the same point.
        self.switch_to(yielded);
        self.emit_suspend(point.index, below, result)?;

        // It returned: its value is the result of the whole delegation.
        self.switch_to(finished);
        self.decref(receiver);
        self.set(below - 1, result)?;
        self.jump(finished_target, &[]);
        Ok(())
    }

    /// `SEND target`: [recv, v] -> [recv, yielded]; when the receiver is
    /// done [recv, v] -> [result] and jump (`rt_send` then took over the
    /// reference to `recv`: it frees a finished coroutine nothing else
    /// holds without the generic deallocation).
    pub(super) fn op_send(&mut self, target: u32) -> TResult {
        let target = self.target_block(target)?;
        let (receiver, v) = (self.peek(2)?, self.peek(1)?);
        let out = self.scratch_addr(1)?;
        let s = self.call_status(RuntimeFn::rt_send, &[receiver, v, out])?;
        let result = self.scratch_word(0)?;
        let yielded = self.builder.create_block();
        let finished = self.builder.create_block();
        self.branch(s, yielded, finished);

        self.switch_to(finished);
        self.decref(v);
        let base = self.below(2)?;
        self.set(base, result)?;
        self.jump(target, &[]);

        self.switch_to(yielded);
        self.decref(v);
        self.set(base + 1, result)
    }

    /// Whether the `CALL` at `pc` starts `await f(args)`: `GET_AWAITABLE`,
    /// `LOAD_CONST None` and `SEND` follow (only the `SEND` a jump target:
    /// the loop's), none under another handler, and a `YIELD_VALUE`
    /// after them.
    pub(super) fn is_await_call(&self, pc: usize) -> bool {
        let code = self.code;
        self.is_generator_like()
            && code.instrs.get(pc + 1).map(|x| x.op) == Some(Opcode::GET_AWAITABLE)
            && self.blocks[pc + 1].is_none()
            && code.depths[pc + 1].is_some()
            && code.handlers[pc + 1] == code.handlers[pc]
            && self.await_tail_at(pc + 1)
    }

    /// Whether `LOAD_CONST None`, `SEND` (only it a jump target: the
    /// loop's) and `YIELD_VALUE` follow the instruction at `pc`, none under
    /// another handler than it: the delegation loop of an await.
    fn await_tail_at(&self, pc: usize) -> bool {
        let code = self.code;
        let op = |i: usize| code.instrs.get(i).map(|x| x.op);
        op(pc + 1) == Some(Opcode::LOAD_CONST)
            && matches!(
                code.consts.get(code.instrs[pc + 1].arg as usize),
                Some(Const::None)
            )
            && op(pc + 2) == Some(Opcode::SEND)
            && op(pc + 3) == Some(Opcode::YIELD_VALUE)
            && [pc + 1, pc + 3]
                .iter()
                .all(|&i| self.blocks[i].is_none() && code.depths[i].is_some())
            && code.depths[pc + 2].is_some()
            && (pc + 1..=pc + 2).all(|i| code.handlers[i] == code.handlers[pc])
    }

    /// `CALL n; GET_AWAITABLE; LOAD_CONST None; SEND` of `await f(args)`
    /// (`is_await_call`): [m|NULL, self|callable, a1..an] -> [coro, yielded]
    /// at the `YIELD_VALUE` that follows, or [result] at the `SEND`'s
    /// target. `rt_await_call` runs a coroutine function's new frame at
    /// once and makes its coroutine object only if it suspends; for any
    /// other callable (its answer 2) the four instructions are translated
    /// as usual. An exception it raises is the `SEND`'s.
    pub(super) fn op_await_call(&mut self, n: u32) -> TResult {
        let (pc, depth) = (self.pc, self.depth);
        let base = self.below(n + 2)?;
        for pos in base..base + n + 2 {
            if let Some(raw) = self.take_unboxed(pos) {
                let x = self.get(pos)?;
                self.box_if_unboxed(x, raw, pos)?;
            }
        }
        let code = self.code;
        let send = &code.instrs[pc + 3];
        let target = self.target_block(send.arg)?;
        let args = self.scratch_from_stack(base, n + 2)?;
        let nargs = self.word(i64::from(n));
        let s = self.call_word(RuntimeFn::rt_await_call, &[args, nargs, args])?;
        let other = self.builder.create_block();
        let ran = self.builder.create_block();
        let is_other = self.builder.ins().icmp_imm_s(IntCC::Equal, s, 2);
        self.branch(is_other, other, ran);

        self.switch_to(ran);
        let join =
            self.await_step_outcome(s, (pc + 3, base), target, |t| t.decref_slots(base..depth))?;

        // Any other callable: the instructions one by one.
        self.switch_to(other);
        self.op_call(n, None)?;
        self.await_rest(pc + 1..=pc + 3)?;
        self.jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// After the one runtime step of an await (`rt_await_call`,
    /// `rt_await_value`) that answered status `s` (scratch words: the
    /// result, then the awaitable when it suspended): an exception is the
    /// `SEND` at `send_pc`'s; `release` drops the stack's inputs; a
    /// finished await leaves its result at `base` for the `SEND`'s
    /// `target`, a suspended one [awaitable, yielded] at `base` for the
    /// returned block, which the caller switches to.
    fn await_step_outcome(
        &mut self,
        s: Value,
        (send_pc, base): (usize, u32),
        target: Block,
        release: impl FnOnce(&mut Self) -> TResult,
    ) -> TResult<Block> {
        let pc = self.pc;
        self.pc = send_pc;
        let key = self.raise_key();
        self.check_status_with(s, key);
        self.pc = pc;
        let (result, awaitable) = (self.scratch_word(0)?, self.scratch_word(1)?);
        release(self)?;
        let yielded = self.builder.create_block();
        let finished = self.builder.create_block();
        self.branch(s, yielded, finished);

        self.switch_to(finished);
        self.set(base, result)?;
        self.jump(target, &[]);

        let join = self.builder.create_block();
        self.switch_to(yielded);
        self.set(base, awaitable)?;
        self.set(base + 1, result)?;
        self.jump(join, &[]);
        Ok(join)
    }

    /// The instructions `range` of an await whose one-step path declined,
    /// translated one by one (and marked fused, so the main loop skips
    /// them).
    fn await_rest(&mut self, range: std::ops::RangeInclusive<usize>) -> TResult {
        let code = self.code;
        for i in range {
            let instr = &code.instrs[i];
            self.fused[i] = true;
            self.pc = i;
            self.depth = code.depths[i].ok_or("await without a stack depth")?;
            if let Some(block) = self.blocks[i] {
                self.check_no_borrowed()?;
                self.jump(block, &[]);
                self.switch_to(block);
            }
            self.builder.set_srcloc(SourceLoc::new(i as u32));
            self.record_call_site(instr.op);
            match instr.op {
                Opcode::GET_AWAITABLE => self.get_awaitable_iter(instr.arg)?,
                Opcode::LOAD_CONST => self.op_load_const(instr.arg)?,
                _ => self.op_send(instr.arg)?,
            }
        }
        Ok(())
    }

    /// `GET_YIELD_FROM_ITER`: [o] -> [iter]
    pub(super) fn op_get_yield_from_iter(&mut self) -> TResult {
        let o = self.peek(1)?;
        let r = self.call_value(RuntimeFn::rt_get_yield_from_iter, &[o])?;
        self.replace_top(1, r)
    }

    /// `GET_AWAITABLE where`: [o] -> [awaitable iterator]; the first step
    /// of `await o` in one runtime call when the `SEND` of the await
    /// follows (`is_await_value`).
    pub(super) fn op_get_awaitable(&mut self, where_: u32) -> TResult {
        if self.is_await_value(self.pc) {
            return self.op_await_value(where_);
        }
        self.get_awaitable_iter(where_)
    }

    /// Whether the `GET_AWAITABLE` at `pc` starts the delegation of
    /// `await o`: `LOAD_CONST None`, `SEND` (the loop's jump target) and a
    /// `YIELD_VALUE` follow, none under another handler.
    fn is_await_value(&self, pc: usize) -> bool {
        !self.push && self.is_generator_like() && self.await_tail_at(pc)
    }

    /// `GET_AWAITABLE; LOAD_CONST None; SEND` of `await o`
    /// (`is_await_value`): [o] -> [iter, yielded] at the `YIELD_VALUE`
    /// that follows, or [result] at the `SEND`'s target. A coroutine that
    /// delegates to nothing is its own awaitable (as `get_awaitable_iter`
    /// checks inline) and is sent to by the `SEND`; for anything else
    /// `rt_await_value` runs the first step of a generator `__await__` at
    /// once (its object made only if it suspends), and for what it does
    /// not take (its answer 2) the instructions are translated as usual.
    /// An exception of the first step is the `SEND`'s.
    fn op_await_value(&mut self, where_: u32) -> TResult {
        let pc = self.pc;
        let code = self.code;
        let o = self.peek(1)?;
        let base = self.below(1)?;
        let target = self.target_block(code.instrs[pc + 2].arg)?;

        let awaitable = self.builder.create_block();
        let r = self.builder.append_block_param(awaitable, I64);
        let other = self.builder.create_block();
        self.own_awaitable(o, awaitable, other);

        self.switch_to(other);
        let out = self.scratch_addr(2)?;
        let s = self.call_word(RuntimeFn::rt_await_value, &[o, out])?;
        let fallback = self.builder.create_block();
        let ran = self.builder.create_block();
        let is_other = self.builder.ins().icmp_imm_s(IntCC::Equal, s, 2);
        self.branch(is_other, fallback, ran);

        self.switch_to(ran);
        let join = self.await_step_outcome(s, (pc + 2, base), target, |t| {
            t.decref(o);
            Ok(())
        })?;

        // Any other awaitable: made by the runtime, then sent to.
        self.switch_to(fallback);
        let where_ = self.word(i64::from(where_));
        let made = self.call_value(RuntimeFn::rt_get_awaitable, &[o, where_])?;
        self.decref(o);
        self.jump(awaitable, &[made]);

        self.switch_to(awaitable);
        self.set(base, r)?;
        self.await_rest(pc + 1..=pc + 2)?;
        self.jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// Jumps to `itself` with `o` when `o` is a coroutine (exact type: no
    /// subclasses exist) that delegates to nothing, its own awaitable
    /// iterator; otherwise branches to `other`.
    fn own_awaitable(&mut self, o: Value, itself: Block, other: Block) {
        let coro = self.builder.create_block();
        let ty = self.type_of_object(o, other);
        let want = self.singleton(abi::SINGLETON_COROUTINE_TYPE);
        let is_coro = self.builder.ins().icmp(IntCC::Equal, ty, want);
        self.builder.ins().brif(is_coro, coro, &[], other, &[]);
        self.switch_to(coro);
        let yf = self
            .builder
            .ins()
            .load(I64, trusted(), o, abi::GEN_YIELDFROM_OFFSET);
        self.builder.ins().brif(yf, other, &[], itself, &[o.into()]);
    }

    /// `GET_AWAITABLE where`: [o] -> [awaitable iterator]. A coroutine
    /// (exact type: no subclasses exist) that delegates to nothing is its
    /// own awaitable iterator and stays in its slot (`await coro()`); the
    /// runtime checks everything else, including "coroutine is being
    /// awaited already".
    fn get_awaitable_iter(&mut self, where_: u32) -> TResult {
        let o = self.peek(1)?;
        let done = self.builder.create_block();
        let r = self.builder.append_block_param(done, I64);
        let slow = self.cold_block();
        self.own_awaitable(o, done, slow);

        self.switch_to(slow);
        let where_ = self.word(i64::from(where_));
        let awaitable = self.call_value(RuntimeFn::rt_get_awaitable, &[o, where_])?;
        self.decref(o);
        self.jump(done, &[awaitable]);

        self.switch_to(done);
        let base = self.below(1)?;
        self.set(base, r)
    }

    /// `GET_AITER`: [o] -> [o.__aiter__()]
    pub(super) fn op_get_aiter(&mut self) -> TResult {
        let o = self.peek(1)?;
        let r = self.call_value(RuntimeFn::rt_get_aiter, &[o])?;
        self.replace_top(1, r)
    }

    /// `GET_ANEXT`: [aiter] -> [aiter, awaitable]
    pub(super) fn op_get_anext(&mut self) -> TResult {
        let aiter = self.peek(1)?;
        let r = self.call_value(RuntimeFn::rt_get_anext, &[aiter])?;
        self.set(self.depth, r)
    }

    /// `BEFORE_ASYNC_WITH`: [mgr] -> [aexit, mgr.__aenter__()]
    pub(super) fn op_before_async_with(&mut self) -> TResult {
        let mgr = self.peek(1)?;
        let out = self.scratch_addr(2)?;
        self.call_status(RuntimeFn::rt_before_async_with, &[mgr, out])?;
        let (exit, entered) = (self.scratch_word(0)?, self.scratch_word(1)?);
        self.decref(mgr);
        let base = self.below(1)?;
        self.set(base, exit)?;
        self.set(base + 1, entered)
    }

    /// `END_ASYNC_FOR`: [aiter, exc] -> [] when `exc` is StopAsyncIteration;
    /// otherwise re-raises `exc` (no new traceback entry).
    pub(super) fn op_end_async_for(&mut self) -> TResult {
        let (aiter, exc) = (self.peek(2)?, self.peek(1)?);
        let s = self.call_word(RuntimeFn::rt_end_async_for, &[exc])?;
        let mut key = self.raise_key();
        key.traceback = false;
        self.check_status_with(s, key);
        self.decref(exc);
        self.decref(aiter);
        Ok(())
    }

    /// `ASYNC_GEN_WRAP`: [v] -> [wrapped v]
    pub(super) fn op_async_gen_wrap(&mut self) -> TResult {
        let v = self.peek(1)?;
        let r = self.call_value(RuntimeFn::rt_wrap_async_gen_value, &[v])?;
        self.replace_top(1, r)
    }

    /// `YIELD_VALUE` in a push variant: [v] -> [None]. A generator
    /// expression that a consumer such as `sum` or `any` takes right after
    /// its creation (its only reference, not started) runs its push variant
    /// on its frame instead of being resumed once per item: the body runs
    /// as a plain function (loops with virtual iterators, no suspension),
    /// and each yield hands the item to the consumer (`rt_push_item`, the
    /// reference moves), whose answer says go on, stop (the consumer has
    /// its result: every slot is released and the body returns as if
    /// exhausted), or fail (the consumer's own exception: released the
    /// same way, without a traceback entry here, as CPython's consumer
    /// raises it outside the generator).
    fn push_item(&mut self) -> TResult {
        let below = self.below(1)?;
        let v = self.get(below)?;
        let more = self.builder.create_block();
        let call = self.builder.create_block();
        self.push_item_inline(v, more, call);

        self.switch_to(call);
        let status = self.call_word(RuntimeFn::rt_push_item, &[self.frame, v])?;
        let zero = self.word(0);
        self.set(below, zero)?;
        let stop = self.cold_block();
        self.branch(status, stop, more);

        self.switch_to(stop);
        let failed = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::SignedLessThan, status, 0);
        let key = RaiseKey {
            live: below,
            traceback: false,
            ..self.raise_key()
        };
        self.raise_if(failed, key);
        self.decref_slots(0..below)?;
        let none = self.none_word();
        self.return_value(none);

        // A generator expression's `yield` result is only ever popped
        // (`yield` can't appear inside one): there, the tagged int 0 stands
        // for the None, and the `POP_TOP` right after has nothing to release.
        self.switch_to(more);
        let popped = self
            .code
            .instrs
            .get(self.pc + 1)
            .is_some_and(|next| next.op == Opcode::POP_TOP)
            && self.blocks.get(self.pc + 1).is_some_and(Option::is_none);
        let result = if popped {
            self.word(abi::INT_TAG as i64)
        } else {
            self.none_word()
        };
        self.set(below, result)
    }

    /// The consumers a push run's sink (`frame.sent`, `abi::PUSH_SINK_*`)
    /// lets `YIELD_VALUE` feed inline: `sum` adds a tagged-int item to its
    /// tagged-int total while the sum fits; collecting consumers store the
    /// item (the reference moves) in their items' spare capacity; `any`
    /// and `all` pass over the items that don't decide them. Each
    /// continues at `done`; anything else at `call` (`rt_push_item`).
    fn push_item_inline(&mut self, v: Value, done: Block, call: Block) {
        let t = trusted();
        let sink = self.builder.ins().load(I64, t, self.frame, abi::FRAME_SENT);
        let fast = self
            .builder
            .ins()
            .load(I64, t, sink, abi::PUSH_SINK_FAST_OFFSET);
        let not_sum = self.builder.create_block();
        let sum = self.builder.create_block();
        let is_sum = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, fast, abi::PUSH_FAST_SUM as i64);
        self.builder.ins().brif(is_sum, sum, &[], not_sum, &[]);

        self.switch_to(sum);
        let tag = self.builder.ins().band_imm_s(v, abi::INT_TAG as i64);
        let add = self.builder.create_block();
        self.builder.ins().brif(tag, add, &[], call, &[]);
        self.switch_to(add);
        let total = self
            .builder
            .ins()
            .load(I64, t, sink, abi::PUSH_SINK_TOTAL_OFFSET);
        let untagged = self.builder.ins().iadd_imm_s(v, -1);
        let (r, overflow) = self.builder.ins().sadd_overflow(total, untagged);
        let added = self.builder.create_block();
        self.builder.ins().brif(overflow, call, &[], added, &[]);
        self.switch_to(added);
        self.builder
            .ins()
            .store(t, r, sink, abi::PUSH_SINK_TOTAL_OFFSET);
        self.builder.ins().jump(done, &[]);

        self.switch_to(not_sum);
        let is_collect =
            self.builder
                .ins()
                .icmp_imm_s(IntCC::Equal, fast, abi::PUSH_FAST_COLLECT as i64);
        let collect = self.builder.create_block();
        let not_collect = self.builder.create_block();
        self.builder
            .ins()
            .brif(is_collect, collect, &[], not_collect, &[]);

        // `any` passes over False and `all` over True (immortal: nothing
        // to release).
        self.switch_to(not_collect);
        let is_any = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, fast, abi::PUSH_FAST_ANY as i64);
        let is_all = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, fast, abi::PUSH_FAST_ALL as i64);
        let false_word = self.singleton(abi::SINGLETON_FALSE);
        let true_word = self.singleton(abi::SINGLETON_TRUE);
        let none_such = self.word(0);
        let for_all = self.builder.ins().select(is_all, true_word, none_such);
        let passed_over = self.builder.ins().select(is_any, false_word, for_all);
        let same = self.builder.ins().icmp(IntCC::Equal, v, passed_over);
        self.builder.ins().brif(same, done, &[], call, &[]);

        self.switch_to(collect);
        let len = self
            .builder
            .ins()
            .load(I64, t, sink, abi::PUSH_SINK_ITEMS_LEN_OFFSET);
        let cap = self
            .builder
            .ins()
            .load(I64, t, sink, abi::PUSH_SINK_ITEMS_CAP_OFFSET);
        let room = self.builder.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        let store = self.builder.create_block();
        self.builder.ins().brif(room, store, &[], call, &[]);
        self.switch_to(store);
        let items = self
            .builder
            .ins()
            .load(I64, t, sink, abi::PUSH_SINK_ITEMS_PTR_OFFSET);
        let offset = self.builder.ins().ishl_imm_s(len, 3);
        let addr = self.builder.ins().iadd(items, offset);
        self.builder.ins().store(t, v, addr, 0);
        let longer = self.builder.ins().iadd_imm_s(len, 1);
        self.builder
            .ins()
            .store(t, longer, sink, abi::PUSH_SINK_ITEMS_LEN_OFFSET);
        self.builder.ins().jump(done, &[]);
    }
}
