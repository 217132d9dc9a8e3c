//! Access to the function's state: operand stack slots and locals (each a
//! Variable), the frame, constants and names, the singletons, the scratch
//! array for runtime calls that take or return words by pointer, and the
//! calls themselves. Also the small block-management helpers every
//! instruction uses.

use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::{Ret, RuntimeFn, declare_cold};
use crate::bytecode::code::{CO_FAST_CELL, CO_FAST_FREE, Const};
use cranelift_codegen::ir::{
    Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind,
    Value,
    condcodes::IntCC,
    types::{I32, I64},
};
use cranelift_frontend::Variable;

/// Memory the generated code owns or the runtime guarantees valid and
/// aligned: frames, object headers, the scratch array.
pub(super) fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Memory that never changes while compiled code runs: the constants and
/// names arrays, and the singletons (filled before any compiled code runs).
pub(super) fn immutable() -> MemFlagsData {
    MemFlagsData::trusted().with_readonly()
}

/// The runtime's data symbols that generated code reads.
#[derive(Clone, Copy)]
pub(super) enum RuntimeData {
    /// `abi::SYM_SINGLETONS`.
    Singletons,
    /// `abi::SYM_COUNTERS`.
    Counters,
    /// `abi::SYM_THREAD_STATE`.
    ThreadState,
}

/// `-n` when it is a small int too (the negation of the smallest is not).
pub(super) fn small_neg(n: i64) -> Option<i64> {
    n.checked_neg()
        .filter(|m| (abi::SMALL_INT_MIN..=abi::SMALL_INT_MAX).contains(m))
}

/// How many `RuntimeData` symbols there are.
pub(super) const RUNTIME_DATA_COUNT: usize = 3;

impl FunctionTranslator<'_> {
    // --- operand stack ------------------------------------------------------

    /// The Variable of stack slot `pos` (depth `pos`).
    pub(super) fn slot(&self, pos: u32) -> TResult<Variable> {
        self.stack.get(pos as usize).copied().ok_or_else(|| {
            format!(
                "stack slot {pos} exceeds the stack size {}",
                self.stack.len()
            )
        })
    }

    /// The position of the `n`-th item from the top before the current
    /// instruction (`n` = 1 is TOS).
    pub(super) fn below(&self, n: u32) -> TResult<u32> {
        self.depth
            .checked_sub(n)
            .ok_or_else(|| format!("stack underflow: needs {n} items, depth is {}", self.depth))
    }

    /// The word in stack slot `pos`.
    pub(super) fn get(&mut self, pos: u32) -> TResult<Value> {
        let var = self.slot(pos)?;
        Ok(self.builder.use_var(var))
    }

    /// The `n`-th item from the top (`n` = 1 is TOS).
    pub(super) fn peek(&mut self, n: u32) -> TResult<Value> {
        let pos = self.below(n)?;
        self.get(pos)
    }

    /// Stores `v` into stack slot `pos` (the slot's old word is not
    /// released); the slot owns `v`.
    pub(super) fn set(&mut self, pos: u32, v: Value) -> TResult {
        let var = self.slot(pos)?;
        self.builder.def_var(var, v);
        self.mark_borrowed(pos, false)
    }

    /// Releases the top `n` inputs and stores `result` where the first of
    /// them was: the common end of an instruction `[x1..xn] -> [result]`.
    pub(super) fn replace_top(&mut self, n: u32, result: Value) -> TResult {
        let base = self.below(n)?;
        self.decref_slots(base..self.depth)?;
        self.set(base, result)
    }

    // --- locals and the frame -------------------------------------------------

    /// The Variable of `localsplus` slot `i`.
    pub(super) fn local(&self, i: u32) -> TResult<Variable> {
        self.locals
            .get(i as usize)
            .copied()
            .ok_or_else(|| format!("local slot {i} out of range ({} slots)", self.locals.len()))
    }

    pub(super) fn get_local(&mut self, i: u32) -> TResult<Value> {
        let var = self.local(i)?;
        Ok(self.builder.use_var(var))
    }

    /// Byte offset from the frame of `localsplus[i]`.
    pub(super) fn localsplus_offset(&self, i: usize) -> TResult<i32> {
        i32::try_from(i)
            .ok()
            .and_then(|i| i.checked_mul(8))
            .and_then(|off| off.checked_add(abi::FRAME_LOCALSPLUS))
            .ok_or_else(|| format!("localsplus slot {i} is too far from the frame"))
    }

    /// Takes over the references in `frame.localsplus[0..nlocalsplus]`.
    /// On the first entry (`at_start`), plain locals that are not arguments
    /// are known to be 0: the runtime binds only arguments and cells.
    pub(super) fn load_locals(&mut self, at_start: bool) {
        let code = self.code;
        let nargs = super::analysis::argument_slots(code);
        let zero = self.word(0);
        for (i, &var) in self.locals.iter().enumerate() {
            let kind = code.localsplus[i].1;
            let v = if at_start && i >= nargs && kind & (CO_FAST_CELL | CO_FAST_FREE) == 0 {
                zero
            } else {
                // In range: `new` checked the frame layout's size.
                let offset = abi::FRAME_LOCALSPLUS + 8 * i as i32;
                self.builder.ins().load(I64, trusted(), self.frame, offset)
            };
            self.builder.def_var(var, v);
        }
    }

    /// Loads a 32-bit frame field.
    pub(super) fn load_frame_u32(&mut self, offset: i32) -> Value {
        self.builder.ins().load(I32, trusted(), self.frame, offset)
    }

    /// Stores a 32-bit frame field.
    pub(super) fn store_frame_u32(&mut self, offset: i32, value: u32) {
        let v = self.builder.ins().iconst(I32, i64::from(value));
        self.builder.ins().store(trusted(), v, self.frame, offset);
    }

    // --- constants, names, singletons -------------------------------------------

    /// The word of constant `i` (borrowed from the constants array). Small
    /// int constants are materialized directly: the runtime always encodes
    /// them as tagged words.
    pub(super) fn const_word(&mut self, i: u32) -> TResult<Value> {
        if self.code.consts.get(i as usize).is_none() {
            return Err(format!(
                "constant {i} out of range ({})",
                self.code.consts.len()
            ));
        }
        if let Some(n) = self.small_int_const(i) {
            return Ok(self.small_int_word(n));
        }
        let consts = self.consts.ok_or("constants array not loaded")?;
        Ok(self
            .builder
            .ins()
            .load(I64, immutable(), consts, 8 * i as i32))
    }

    /// Constant `i` when it is an int in the small-int range (one the
    /// runtime encodes as a tagged word).
    pub(super) fn small_int_const(&self, i: u32) -> Option<i64> {
        match self.code.consts.get(i as usize) {
            Some(&Const::Int(n)) if (abi::SMALL_INT_MIN..=abi::SMALL_INT_MAX).contains(&n) => {
                Some(n)
            }
            _ => None,
        }
    }

    /// The tagged word of the small int `n`.
    pub(super) fn small_int_word(&mut self, n: i64) -> Value {
        self.word((n << 1) | abi::INT_TAG as i64)
    }

    /// Whether constant `i` needs no reference counting: an immortal
    /// singleton, a str (the runtime loads str constants as interned strs,
    /// which are immortal) or a code object (immortal too).
    pub(super) fn const_is_immortal(&self, i: u32) -> bool {
        matches!(
            self.code.consts.get(i as usize),
            Some(Const::None | Const::True | Const::False | Const::Str(_) | Const::Code(_))
        )
    }

    /// The word of name `i` (a borrowed str), read from the frame's names
    /// array here: names are mostly read on slow paths, which is where
    /// callers ask for them, so no register holds the array.
    pub(super) fn name_word(&mut self, i: u32) -> TResult<Value> {
        if i as usize >= self.code.names.len() {
            return Err(format!("name {i} out of range ({})", self.code.names.len()));
        }
        let names = self
            .builder
            .ins()
            .load(I64, immutable(), self.frame, abi::FRAME_NAMES);
        Ok(self
            .builder
            .ins()
            .load(I64, immutable(), names, 8 * i as i32))
    }

    /// The word of a singleton (`abi::SINGLETON_*` offset). Singletons are
    /// immortal: their words are pushed and dropped without refcounting.
    pub(super) fn singleton(&mut self, offset: i32) -> Value {
        let base = self.runtime_data(RuntimeData::Singletons);
        self.builder.ins().load(I64, immutable(), base, offset)
    }

    /// For each `(singleton, arg)` in turn: branches to `found` with `arg`
    /// when the word `w` is that singleton object. Continues in a new block
    /// when it is none of them.
    pub(super) fn branch_on_singletons(
        &mut self,
        w: Value,
        cases: impl IntoIterator<Item = (i32, Value)>,
        found: Block,
    ) {
        for (singleton, arg) in cases {
            let next = self.builder.create_block();
            let s = self.singleton(singleton);
            let is = self.builder.ins().icmp(IntCC::Equal, w, s);
            self.builder.ins().brif(is, found, &[arg.into()], next, &[]);
            self.builder.switch_to_block(next);
        }
    }

    /// Branches to `tagged` when the word `v` (never 0) is a tagged int;
    /// otherwise continues in a new block and returns the object's type.
    pub(super) fn type_of_object(&mut self, v: Value, tagged: Block) -> Value {
        let heap = self.builder.create_block();
        let tag = self.builder.ins().band_imm_s(v, abi::TAG_MASK as i64);
        self.builder.ins().brif(tag, tagged, &[], heap, &[]);
        self.builder.switch_to_block(heap);
        self.builder.ins().load(I64, trusted(), v, abi::OB_TYPE)
    }

    /// Continues in a new block when the heap object `v` (of type `ty`) is
    /// an exact str of one byte — an ASCII character — returning that
    /// byte; otherwise branches to `other`.
    pub(super) fn ascii_char_byte(&mut self, v: Value, ty: Value, other: Block) -> Value {
        let t = trusted();
        let one_byte = self.builder.create_block();
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let is_str = self.builder.ins().icmp(IntCC::Equal, ty, str_type);
        // (Every heap object's block is large enough for this read.)
        let len = self.builder.ins().load(I64, t, v, abi::STR_TEXT_LEN_OFFSET);
        let single = self.builder.ins().icmp_imm_s(IntCC::Equal, len, 1);
        let ok = self.builder.ins().band(is_str, single);
        self.builder.ins().brif(ok, one_byte, &[], other, &[]);
        self.builder.switch_to_block(one_byte);
        let bytes = self.builder.ins().load(I64, t, v, abi::STR_TEXT_PTR_OFFSET);
        self.builder.ins().uload8(I64, t, bytes, 0)
    }

    /// The address of the runtime's counters (`abi::SYM_COUNTERS`).
    pub(super) fn counters(&mut self) -> Value {
        self.runtime_data(RuntimeData::Counters)
    }

    /// The address of the program thread's state (`abi::TS_*` fields).
    pub(super) fn thread_state(&mut self) -> Value {
        let addr = self.runtime_data(RuntimeData::ThreadState);
        self.builder.ins().load(I64, trusted(), addr, 0)
    }

    /// The address of a data symbol the runtime defines, declared in this
    /// function at its first use.
    pub(super) fn runtime_data(&mut self, which: RuntimeData) -> Value {
        let gv = match self.runtime_data[which as usize] {
            Some(gv) => gv,
            None => {
                let id = match which {
                    RuntimeData::Singletons => self.imports.singletons,
                    RuntimeData::Counters => self.imports.counters,
                    RuntimeData::ThreadState => self.imports.thread_state,
                };
                let gv = self.module.declare_data_in_func(id, self.builder.func);
                self.runtime_data[which as usize] = Some(gv);
                gv
            }
        };
        self.builder.ins().symbol_value(I64, gv)
    }

    /// The address of a new inline-cache site of `words` words (zero until
    /// the runtime fills it) in this function's site data.
    pub(super) fn new_site(&mut self, words: u32) -> TResult<Value> {
        let gv = match self.sites {
            Some((_, gv)) => gv,
            None => {
                let id = self
                    .module
                    .declare_anonymous_data(true, false)
                    .map_err(|e| format!("declaring inline-cache sites: {e}"))?;
                let gv = self.module.declare_data_in_func(id, self.builder.func);
                self.sites = Some((id, gv));
                gv
            }
        };
        let offset = i64::from(self.site_words) * 8;
        self.site_words += words;
        let base = self.builder.ins().symbol_value(I64, gv);
        Ok(self.builder.ins().iadd_imm_s(base, offset))
    }

    /// A new `LOAD_GLOBAL`-style site (`abi::GLOBAL_SITE_*`), unfilled: its
    /// globals keys version is `u64::MAX`, which no dict reaches (versions
    /// count up one change at a time), so it misses until the runtime
    /// fills it, and a site that hits always has a value address.
    pub(super) fn new_global_site(&mut self) -> TResult<Value> {
        self.global_sites.push(self.site_words);
        self.new_site(abi::GLOBAL_SITE_WORDS)
    }

    /// Defines the site data object once all sites are known: zeros, but
    /// for the unfilled marks of global sites.
    pub(super) fn define_sites(&mut self) -> TResult {
        let Some((id, _)) = self.sites else {
            return Ok(());
        };
        let mut data = cranelift_module::DataDescription::new();
        let mut bytes = vec![0u8; self.site_words as usize * 8];
        for &word in &self.global_sites {
            let at = word as usize * 8 + abi::GLOBAL_SITE_GLOBALS_KEYS as usize;
            bytes[at..at + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        }
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        self.module
            .define_data(id, &data)
            .map_err(|e| format!("defining inline-cache sites: {e}"))
    }

    pub(super) fn none_word(&mut self) -> Value {
        self.singleton(abi::SINGLETON_NONE)
    }

    /// True or False for a Cranelift boolean (an I8 0/1, or any int).
    pub(super) fn bool_word(&mut self, cond: Value) -> Value {
        let t = self.singleton(abi::SINGLETON_TRUE);
        let f = self.singleton(abi::SINGLETON_FALSE);
        let word = self.builder.ins().select(cond, t, f);
        self.bool_conds.insert(word, cond);
        word
    }

    /// True or False for a runtime status (> 0 is true), optionally negated.
    pub(super) fn status_bool_word(&mut self, status: Value, negate: bool) -> Value {
        let cc = if negate {
            IntCC::Equal
        } else {
            IntCC::NotEqual
        };
        let cond = self.builder.ins().icmp_imm_s(cc, status, 0);
        self.bool_word(cond)
    }

    // --- scratch array ------------------------------------------------------------

    /// The stack slot shared by every instruction that passes words to the
    /// runtime by pointer (call arguments, build items, unpack results).
    /// Every such array mirrors operand stack slots, so the stack size
    /// bounds it.
    pub(super) fn scratch(&mut self, words: u32) -> TResult<StackSlot> {
        let capacity = self.code.stacksize.max(4);
        if words > capacity {
            return Err(format!(
                "{words} words exceed the scratch array ({capacity})"
            ));
        }
        Ok(match self.scratch {
            Some(slot) => slot,
            None => {
                let data = StackSlotData::new(StackSlotKind::ExplicitSlot, capacity * 8, 3);
                let slot = self.builder.create_sized_stack_slot(data);
                self.scratch = Some(slot);
                slot
            }
        })
    }

    /// The address of the scratch array, for `words` output words.
    pub(super) fn scratch_addr(&mut self, words: u32) -> TResult<Value> {
        let slot = self.scratch(words)?;
        Ok(self.builder.ins().stack_addr(I64, slot, 0))
    }

    /// Writes `values` into the scratch array and returns its address.
    pub(super) fn scratch_array(&mut self, values: &[Value]) -> TResult<Value> {
        let slot = self.scratch(values.len() as u32)?;
        for (i, &v) in values.iter().enumerate() {
            self.builder.ins().stack_store(I64, v, slot, 8 * i as i32);
        }
        Ok(self.builder.ins().stack_addr(I64, slot, 0))
    }

    /// Writes stack slots `base..base + n` into the scratch array and
    /// returns its address.
    pub(super) fn scratch_from_stack(&mut self, base: u32, n: u32) -> TResult<Value> {
        let values = (base..base + n)
            .map(|pos| self.get(pos))
            .collect::<TResult<Vec<_>>>()?;
        self.scratch_array(&values)
    }

    /// Reads word `i` of the scratch array (after a runtime call filled it).
    pub(super) fn scratch_word(&mut self, i: u32) -> TResult<Value> {
        let slot = self.scratch(i + 1)?;
        Ok(self.builder.ins().stack_load(I64, I64, slot, 8 * i as i32))
    }

    // --- runtime calls --------------------------------------------------------------

    /// Calls a runtime function; returns its result (None for `Unit`).
    pub(super) fn call_rt(&mut self, f: RuntimeFn, args: &[Value]) -> Option<Value> {
        let info = f.info();
        debug_assert_eq!(info.params.len(), args.len(), "arguments of {}", info.name);
        if !f.is_warm()
            && self.in_cold_block()
            && let Some(trampoline) = self.cold_trampoline(f)
        {
            // The result comes back through `abi::COUNTER_COLD_RESULT`.
            self.builder.ins().call(trampoline, args);
            return (info.ret != Ret::Unit).then(|| {
                let counters = self.counters();
                self.builder
                    .ins()
                    .load(I64, trusted(), counters, abi::COUNTER_COLD_RESULT)
            });
        }
        let func_ref = match self.func_refs[f as usize] {
            Some(r) => r,
            None => {
                let id = self.imports.runtime_fns[f as usize];
                let r = self.module.declare_func_in_func(id, self.builder.func);
                self.func_refs[f as usize] = Some(r);
                r
            }
        };
        let call = self.builder.ins().call(func_ref, args);
        (info.ret != Ret::Unit).then(|| self.builder.inst_results(call)[0])
    }

    /// Whether code is being emitted into a block made by `cold_block`.
    fn in_cold_block(&self) -> bool {
        self.builder
            .current_block()
            .is_some_and(|b| self.builder.func.layout.is_cold(b))
    }

    /// The cold-path trampoline of `f` (`runtime_fns::declare_cold`),
    /// imported into this function at its first use. It preserves every
    /// register, so the values the hot path keeps in registers stay there
    /// across a call from a cold block. None if it can't be declared: the
    /// caller then calls `f` itself.
    fn cold_trampoline(&mut self, f: RuntimeFn) -> Option<FuncRef> {
        if let Some(r) = self.cold_refs[f as usize] {
            return Some(r);
        }
        let id = declare_cold(self.module, f).ok()?;
        let r = self.module.declare_func_in_func(id, self.builder.func);
        self.cold_refs[f as usize] = Some(r);
        Some(r)
    }

    /// Calls a runtime function that cannot fail.
    pub(super) fn call_unit(&mut self, f: RuntimeFn, args: &[Value]) {
        self.call_rt(f, args);
    }

    /// Calls a function returning a `Value`; raises (current instruction)
    /// if it returned 0.
    pub(super) fn call_value(&mut self, f: RuntimeFn, args: &[Value]) -> TResult<Value> {
        let v = self.call_word(f, args)?;
        self.check_value(v);
        Ok(v)
    }

    /// Calls a function returning a `Status`; raises (current instruction)
    /// if it was negative.
    pub(super) fn call_status(&mut self, f: RuntimeFn, args: &[Value]) -> TResult<Value> {
        let s = self.call_word(f, args)?;
        self.check_status(s);
        Ok(s)
    }

    /// Calls a function with a result, without checking it.
    pub(super) fn call_word(&mut self, f: RuntimeFn, args: &[Value]) -> TResult<Value> {
        self.call_rt(f, args)
            .ok_or_else(|| format!("{} returns nothing", f.info().name))
    }

    /// Looks up a runtime function that may be missing from the ABI table
    /// and checks its arity.
    pub(super) fn optional_rt(&self, name: &str, arity: usize, ret: Ret) -> TResult<RuntimeFn> {
        match RuntimeFn::by_name(name) {
            Some(f) if f.info().params.len() == arity && f.info().ret == ret => Ok(f),
            Some(_) => Err(format!(
                "runtime function {name} has an unexpected signature"
            )),
            None => Err(format!("the runtime ABI has no {name} yet")),
        }
    }

    /// `iconst.i64`.
    pub(super) fn word(&mut self, n: i64) -> Value {
        self.builder.ins().iconst(I64, n)
    }

    // --- blocks ------------------------------------------------------------------

    pub(super) fn switch_to(&mut self, block: Block) {
        self.builder.switch_to_block(block);
        self.reachable = true;
    }

    pub(super) fn jump(&mut self, block: Block, args: &[Value]) {
        let args: Vec<BlockArg> = args.iter().map(|&v| BlockArg::Value(v)).collect();
        self.builder.ins().jump(block, &args);
        self.reachable = false;
    }

    /// Whether the statement from instruction `pc` to `end` (a fusion
    /// candidate) has no jump into its middle, nothing fused yet, and an
    /// instruction after it.
    pub(super) fn statement_unbroken(&self, pc: usize, end: usize) -> bool {
        end + 1 < self.code.instrs.len()
            && (pc + 1..=end).all(|k| self.blocks[k].is_none() && !self.fused[k])
    }

    /// The block of the instruction after `end`, made now when no jump
    /// targets it: where a statement fused at its first instruction
    /// continues when its fast path did the whole statement.
    pub(super) fn block_after_statement(&mut self, end: usize) -> Block {
        match self.blocks[end + 1] {
            Some(block) => block,
            None => {
                let block = self.builder.create_block();
                self.blocks[end + 1] = Some(block);
                block
            }
        }
    }

    /// `brif cond, then, else` without block arguments; ends the block.
    pub(super) fn branch(&mut self, cond: Value, then_block: Block, else_block: Block) {
        self.builder
            .ins()
            .brif(cond, then_block, &[], else_block, &[]);
        self.reachable = false;
    }

    /// A new block marked cold (laid out at the end of the function).
    pub(super) fn cold_block(&mut self) -> Block {
        let block = self.builder.create_block();
        self.builder.set_cold_block(block);
        block
    }

    /// The block of jump target `target`.
    pub(super) fn target_block(&self, target: u32) -> TResult<Block> {
        self.blocks
            .get(target as usize)
            .copied()
            .flatten()
            .ok_or_else(|| format!("jump target {target} has no block"))
    }

    /// The block where execution continues at instruction `next` after a
    /// branch: its own block if it has one, else a fresh block that
    /// `enter_continuation` then switches to.
    pub(super) fn continuation(&mut self, next: usize) -> Block {
        match self.blocks.get(next) {
            Some(Some(block)) => *block,
            _ => self.builder.create_block(),
        }
    }

    /// Continues translating in `block` (from `continuation(next)`); the main
    /// loop enters blocks of their own instructions by itself.
    pub(super) fn enter_continuation(&mut self, next: usize, block: Block) {
        if self.blocks.get(next).copied().flatten() != Some(block) {
            self.switch_to(block);
        }
    }
}
