//! Error checks, the raise paths and the epilogue.
//!
//! When a runtime call fails, control leaves the instruction through a
//! *raise block*: it adds a traceback entry for the instruction (the
//! instruction index arrives as the block's parameter), releases the stack
//! slots above the handler's depth, and either pushes the exception and
//! enters the handler, or releases everything and returns 0. Raise blocks
//! depend only on the live stack depth, the handler and whether a traceback
//! entry is added, so instructions that agree on those share one block;
//! they are cold and emitted after the body.
//!
//! Every return goes through one epilogue block that releases the locals,
//! marks a generator frame completed and returns its parameter (0 after an
//! uncaught exception).

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value, condcodes::IntCC, types::I64};

/// What a raise path does; instructions with equal keys share it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) struct RaiseKey {
    /// Stack slots `0..live` hold owned words when the exception is raised.
    pub live: u32,
    /// The mask of slots below `live` that hold borrowed words.
    pub borrowed: u64,
    /// The mask of those that hold a receiver borrowed only beside a
    /// method (`Borrow::BesideMethod`): owned when the slot below is NULL.
    pub receivers: u64,
    /// The handler `(target, depth)`, or None to leave the function.
    pub handler: Option<(u32, u32)>,
    /// Whether to add a traceback entry for the raising instruction.
    pub traceback: bool,
    /// Whether the handler is the float body's (see `float_locals`).
    pub float_body: bool,
}

impl FunctionTranslator<'_> {
    /// The raise path of the current instruction: its inputs are live, and
    /// it adds a traceback entry.
    pub(super) fn raise_key(&self) -> RaiseKey {
        RaiseKey {
            live: self.depth,
            borrowed: self.borrowed_mask(self.depth),
            receivers: self.receiver_mask(self.depth),
            handler: self.code.handlers[self.pc].map(|h| (h.target, h.depth)),
            traceback: true,
            float_body: self.float_body && self.code.handlers[self.pc].is_some(),
        }
    }

    /// The raise block for `key`, created on first use.
    fn raise_block(&mut self, key: RaiseKey) -> Block {
        if let Some(&i) = self.raise_index.get(&key) {
            return self.raises[i].1;
        }
        let block = self.cold_block();
        if key.traceback {
            self.builder.append_block_param(block, I64);
        }
        self.raise_index.insert(key, self.raises.len());
        self.raises.push((key, block));
        block
    }

    /// The arguments passed to a raise block: the raising instruction.
    fn raise_args(&mut self, key: RaiseKey) -> Vec<BlockArg> {
        if key.traceback {
            vec![BlockArg::Value(self.word(self.pc as i64))]
        } else {
            Vec::new()
        }
    }

    /// Leaves the current instruction through the raise path `key`.
    pub(super) fn jump_to_raise(&mut self, key: RaiseKey) {
        let block = self.raise_block(key);
        let args = self.raise_args(key);
        self.builder.ins().jump(block, &args);
        self.reachable = false;
    }

    /// Raises through `key` if `cond` is nonzero; continues in a new block.
    pub(super) fn raise_if(&mut self, cond: Value, key: RaiseKey) {
        let block = self.raise_block(key);
        let args = self.raise_args(key);
        let cont = self.builder.create_block();
        self.builder.ins().brif(cond, block, &args, cont, &[]);
        self.switch_to(cont);
    }

    /// Raises (current instruction) if the `Value` result `v` is 0.
    pub(super) fn check_value(&mut self, v: Value) {
        let key = self.raise_key();
        self.check_value_with(v, key);
    }

    pub(super) fn check_value_with(&mut self, v: Value, key: RaiseKey) {
        let failed = self.builder.ins().icmp_imm_s(IntCC::Equal, v, 0);
        self.raise_if(failed, key);
    }

    /// Raises (current instruction) if the `Status` result `s` is negative.
    pub(super) fn check_status(&mut self, s: Value) {
        let key = self.raise_key();
        self.check_status_with(s, key);
    }

    pub(super) fn check_status_with(&mut self, s: Value, key: RaiseKey) {
        let failed = self.builder.ins().icmp_imm_s(IntCC::SignedLessThan, s, 0);
        self.raise_if(failed, key);
    }

    /// The shared epilogue, created on first use.
    fn epilogue_block(&mut self) -> Block {
        match self.epilogue {
            Some(block) => block,
            None => {
                let block = self.builder.create_block();
                self.builder.append_block_param(block, I64);
                self.epilogue = Some(block);
                block
            }
        }
    }

    /// Returns `v` from the function (through the epilogue).
    pub(super) fn return_value(&mut self, v: Value) {
        let block = self.epilogue_block();
        self.jump(block, &[v]);
    }

    /// Emits the bodies of the raise blocks and of the epilogue.
    pub(super) fn finish_unwind_paths(&mut self) -> TResult {
        // Raise blocks never create new raise blocks, so the list is final.
        let raises = std::mem::take(&mut self.raises);
        for &(key, block) in &raises {
            self.switch_to(block);
            if key.traceback {
                let lasti = self.builder.block_params(block)[0];
                self.call_unit(RuntimeFn::rt_traceback_add, &[self.frame, lasti]);
            }
            match key.handler {
                Some((target, depth)) => {
                    self.release_receivers(depth..key.live.max(depth), key.receivers)?;
                    self.decref_slots_except(depth..key.live.max(depth), key.borrowed)?;
                    let exc = self.call_word(RuntimeFn::rt_fetch_exception, &[])?;
                    self.set(depth, exc)?;
                    let handler = match &self.float_plan {
                        Some(plan) if key.float_body => plan
                            .float_blocks
                            .get(target as usize)
                            .copied()
                            .flatten()
                            .ok_or_else(|| format!("handler {target} has no float block"))?,
                        _ => self.target_block(target)?,
                    };
                    self.jump(handler, &[]);
                }
                None => {
                    self.release_receivers(0..key.live, key.receivers)?;
                    self.decref_slots_except(0..key.live, key.borrowed)?;
                    if self.is_generator_like() {
                        // Turns a StopIteration escaping the body into a
                        // RuntimeError (PEP 479).
                        self.call_unit(RuntimeFn::rt_gen_check_stop, &[self.frame]);
                    }
                    let null = self.word(0);
                    self.return_value(null);
                }
            }
        }
        self.raises = raises;

        if let Some(block) = self.epilogue {
            self.switch_to(block);
            let result = self.builder.block_params(block)[0];
            self.clear_frame_locals()?;
            self.decref_locals();
            if self.is_generator_like() {
                self.store_frame_u32(abi::FRAME_STATE, abi::FRAME_STATE_COMPLETED);
            }
            self.builder.ins().return_(&[result]);
            self.reachable = false;
        }
        Ok(())
    }

    /// The frame field store used by suspension and completion.
    pub(super) fn store_frame_word(&mut self, offset: i32, v: Value) {
        self.builder.ins().store(trusted(), v, self.frame, offset);
    }
}
