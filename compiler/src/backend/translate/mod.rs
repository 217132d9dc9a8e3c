//! Translation of one code object into one native function
//! `extern "C" fn(frame: *mut Frame) -> u64`.
//!
//! The structure follows wasmtime's Cranelift translator: a
//! `FunctionTranslator` holds the `FunctionBuilder` and the translation
//! state, and `translate_instr` is one `match` over the opcodes (grouped by
//! banner comments) that emits each instruction's CLIF, delegating the
//! longer sequences to methods in the sibling modules:
//!
//! - `analysis`: which locals are certainly bound where they are read;
//! - `stack`: operand stack and local Variables, constants, names, scratch
//!   arrays, singletons and runtime calls;
//! - `refcount`: inline incref/decref;
//! - `unwind`: error checks, the shared out-of-line raise paths, the epilogue;
//! - `names`, `operators`, `control`, `calls`, `collections`, `exceptions`,
//!   `generators`: the instructions of each group;
//! - `callsites`: the module-attribute and math-kernel call-site caches;
//! - `loops`: `for` loops over lists and tuples without iterator objects;
//! - `slice_copy`: `dst[a:b] = src[c:d:e]` without the temporary list;
//! - `dict_count`: `d[k] = d.get(k, c) + n` in one probe;
//! - `inline`: trivial Python functions run in place at direct calls;
//! - `cold`: the out-of-line layout of slow paths;
//! - `frame_locals`: locals written through to the frame for introspection;
//! - `annotate`: the CLIF listing with bytecode comments.
//!
//! Model: every operand stack slot and every `localsplus` slot is a
//! Cranelift `Variable` holding one I64 word; slot `i` of the operand stack
//! is the Variable for depth `i`. The depth before each instruction is known
//! statically (`CodeObject::depths`), so every stack access names a fixed
//! Variable and SSA construction does the rest. Each slot owns one reference
//! (or holds 0); runtime functions borrow their arguments and return new
//! references, so an instruction decrefs its inputs only after its runtime
//! call succeeded — on failure the inputs are still on the stack, and the
//! raise path releases them.
//!
//! Ownership at the frame boundary: on entry the function takes over the
//! references in `frame.localsplus` (the runtime must not release them after
//! the call) and releases every local before it returns. Generator-like code
//! moves the locals and the live operand stack back into the frame when it
//! suspends: a suspended frame owns `localsplus[0..nlocalsplus]` and the
//! spilled stack `localsplus[nlocalsplus..nlocalsplus + stacksize]`, where
//! the slots above the live depth hold 0.

mod analysis;
mod annotate;
mod attrs;
mod borrow;
use borrow::Borrow;
mod callee_frames;
mod calls;
mod callsites;
mod cold;
mod collections;
mod control;
mod dict_count;
mod dict_probe;
mod exceptions;
mod float_locals;
mod frame_locals;
mod generators;
mod genexpr;
mod inline;
mod loops;
mod names;
mod operators;
mod refcount;
mod slice_copy;
mod stack;
mod str_constants;
#[cfg(test)]
mod tests;
mod unboxed;
mod unwind;

pub use annotate::function_text;
pub use inline::InlineTable;

use crate::abi;
use crate::backend::object::ModuleImports;
use crate::backend::runtime_fns::{RUNTIME_FNS, RuntimeFn};
use crate::bytecode::code::{CodeObject, Instr};
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, FuncRef, Function, GlobalValue, InstBuilder, SigRef, SourceLoc, StackSlot, Value,
    types::{F64, I64},
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, Module};
use std::collections::HashMap;

/// Translation failures are messages for the driver (invalid code objects,
/// unsupported instructions).
type TResult<T = ()> = Result<T, String>;

/// Translates `code` into `func`, whose signature and name the caller has
/// set. `module` resolves the imports in `imports`. With `push`, `code` (a
/// generator expression) becomes its *push variant* (`generators::push_item`).
/// Direct calls may inline the functions of `inline`.
pub fn translate_function(
    module: &mut dyn Module,
    imports: &ModuleImports,
    (code, inline): (&CodeObject, &InlineTable),
    push: bool,
    func: &mut Function,
    func_ctx: &mut FunctionBuilderContext,
) -> TResult {
    let builder = FunctionBuilder::new(func, func_ctx);
    let mut translator = FunctionTranslator::new(builder, module, imports, (code, inline))?;
    translator.push = push;
    translator.translate()?;
    translator.define_sites()?;
    let config = translator.module.isa().frontend_config();
    translator.builder.seal_all_blocks();
    translator.builder.finalize(config);
    cold::spread_cold(func);
    Ok(())
}

/// Whether any reachable instruction reads the constants array (small int
/// constants are materialized instead).
fn uses_consts(code: &CodeObject) -> bool {
    use crate::bytecode::code::Const;
    use crate::bytecode::opcode::ArgKind;
    code.instrs.iter().zip(&code.depths).any(|(instr, depth)| {
        depth.is_some()
            && instr.op.arg_kind() == ArgKind::Const
            && !matches!(
                code.consts.get(instr.arg as usize),
                Some(Const::Int(n)) if (abi::SMALL_INT_MIN..=abi::SMALL_INT_MAX).contains(n)
            )
    })
}

/// Where a suspended generator continues: one per `YIELD_VALUE`.
#[derive(Clone, Copy, Debug)]
struct ResumePoint {
    /// The value stored in `frame.resume` (1-based; 0 is the first entry).
    index: u32,
    /// The block the entry dispatch jumps to for this resume point.
    block: Block,
    /// The yield follows a `SEND`: it yields a sub-iterator's value, and an
    /// exception thrown in must be thrown into that sub-iterator first.
    delegating: bool,
}

/// The state of one function's translation.
pub(super) struct FunctionTranslator<'a> {
    builder: FunctionBuilder<'a>,
    module: &'a mut dyn Module,
    imports: &'a ModuleImports,
    code: &'a CodeObject,
    /// The program's functions that direct calls may run in place.
    inline: &'a InlineTable<'a>,

    /// The `frame` parameter, and the constants array it points to (loaded
    /// in the entry block, so it dominates every use; only when some
    /// instruction uses it). Names are read where needed (`name_word`):
    /// mostly on slow paths.
    frame: Value,
    consts: Option<Value>,
    /// Operand stack slot `i` (depth `i`).
    stack: Vec<Variable>,
    /// `localsplus` slot `i`.
    locals: Vec<Variable>,
    /// Per operand stack slot: the F64 Variable of an unboxed float, and
    /// whether the slot may hold one now (see `unboxed`).
    raw_floats: Vec<Variable>,
    unboxed: Vec<bool>,
    /// Per operand stack slot: the float local an unboxed value was read
    /// from (see `float_locals`), which gives it its object if it must be
    /// boxed.
    unboxed_local: Vec<Option<u32>>,
    /// Per operand stack slot: whether it holds a local's word without a
    /// reference of its own (see `borrow`).
    borrowed: Vec<Borrow>,
    /// Per instruction: a `LOAD_FAST`/`DELETE_FAST` whose local may be
    /// unbound (see `analysis`).
    unbound_checks: Vec<bool>,

    /// The block starting each instruction that needs one (jump targets,
    /// handler entries, code after a terminator).
    blocks: Vec<Option<Block>>,
    /// Resume points, by the index of their `YIELD_VALUE`.
    resume_points: HashMap<usize, ResumePoint>,
    /// Runtime functions imported into this function so far.
    func_refs: Vec<Option<FuncRef>>,
    /// Whether this is a generator expression's push variant.
    push: bool,
    /// Cold-path trampolines imported into this function so far.
    cold_refs: Vec<Option<FuncRef>>,
    /// The runtime's data symbols declared in this function so far.
    runtime_data: [Option<GlobalValue>; stack::RUNTIME_DATA_COUNT],
    /// The signature of compiled code (for direct calls), once imported.
    code_sig: Option<SigRef>,
    /// The frame of direct calls' callees (see `calls`), once created.
    callee_frame: Option<StackSlot>,
    /// While an inlined body is emitted (`inline`), the types of the
    /// receivers its attribute sites have checked on the current path.
    inline_types: Vec<(Value, Value)>,
    /// While the bodies inlined for a `CALL` whose result may stay unboxed
    /// are emitted: the result slot's float register, where a body
    /// returning an unboxed float leaves it (with word 0).
    inline_float_result: Option<Variable>,
    /// This function's inline-cache sites: one writable data object of
    /// zeros but for the unfilled marks of `global_sites` (declared at the
    /// first site), and the words used so far.
    sites: Option<(DataId, GlobalValue)>,
    site_words: u32,
    /// The first words of this function's global sites
    /// (`new_global_site`), which start unfilled.
    global_sites: Vec<u32>,
    /// One array shared by all instructions that pass words by pointer.
    scratch: Option<StackSlot>,
    /// The shared raise paths, in creation order, and their index by key.
    raises: Vec<(unwind::RaiseKey, Block)>,
    raise_index: HashMap<unwind::RaiseKey, usize>,
    /// The shared return path (block parameter: the returned word).
    epilogue: Option<Block>,

    /// The instruction being translated and the stack depth before it.
    pc: usize,
    depth: u32,
    /// The `KW_NAMES` constant for the next `CALL`.
    kwnames: Option<u32>,
    /// Whether the builder is positioned in an open block.
    reachable: bool,
    /// Instructions already translated as part of an earlier one (fusion).
    fused: Vec<bool>,
    /// The float body's plan when the function has one, and whether the
    /// float body is being translated (see `float_locals`).
    float_plan: Option<float_locals::FloatPlan>,
    float_body: bool,
    /// Words known to be float constants' objects, with their values.
    float_consts: HashMap<Value, f64>,
    /// Words known to be str constants' objects, with their indexes.
    str_consts: HashMap<Value, u32>,
    /// True/False words made from a condition (`bool_word`), with it: a
    /// conditional jump on one branches on the condition.
    bool_conds: HashMap<Value, Value>,
    /// The Variables of loops with virtual iterators, by `FOR_ITER`.
    loop_vars: HashMap<usize, loops::LoopVars>,
}

impl<'a> FunctionTranslator<'a> {
    fn new(
        mut builder: FunctionBuilder<'a>,
        module: &'a mut dyn Module,
        imports: &'a ModuleImports,
        (code, inline): (&'a CodeObject, &'a InlineTable<'a>),
    ) -> TResult<Self> {
        let n = code.instrs.len();
        if code.depths.len() != n || code.handlers.len() != n {
            return Err(format!(
                "code object has {n} instructions but {} depths and {} handlers",
                code.depths.len(),
                code.handlers.len()
            ));
        }
        let entry = builder.create_block();
        builder.append_block_params_for_function_params(entry);
        builder.switch_to_block(entry);
        builder.seal_block(entry);
        let frame = builder.block_params(entry)[0];
        let consts = uses_consts(code).then(|| {
            builder
                .ins()
                .load(I64, stack::immutable(), frame, abi::FRAME_CONSTS)
        });
        let stack = (0..code.stacksize)
            .map(|_| builder.declare_var(I64))
            .collect();
        let locals = (0..code.localsplus.len())
            .map(|_| builder.declare_var(I64))
            .collect();
        let raw_floats = (0..code.stacksize)
            .map(|_| builder.declare_var(F64))
            .collect();
        let unbound_checks = analysis::unbound_checks(code);
        let float_plan = float_locals::float_locals(code, &unbound_checks).map(|floats| {
            let vars = floats
                .iter()
                .map(|&f| f.then(|| builder.declare_var(F64)))
                .collect();
            let generic_entry = builder.create_block();
            float_locals::FloatPlan::new(code, vars, generic_entry)
        });

        let mut translator = FunctionTranslator {
            builder,
            module,
            imports,
            code,
            inline,
            frame,
            consts,
            stack,
            locals,
            raw_floats,
            unboxed: vec![false; code.stacksize as usize],
            unboxed_local: vec![None; code.stacksize as usize],
            borrowed: vec![Borrow::Owned; code.stacksize as usize],
            unbound_checks,
            blocks: vec![None; n],
            resume_points: HashMap::new(),
            func_refs: vec![None; RUNTIME_FNS.len()],
            push: false,
            cold_refs: vec![None; RUNTIME_FNS.len()],
            runtime_data: [None; stack::RUNTIME_DATA_COUNT],
            code_sig: None,
            callee_frame: None,
            inline_types: Vec::new(),
            inline_float_result: None,
            sites: None,
            site_words: 0,
            global_sites: Vec::new(),
            scratch: None,
            raises: Vec::new(),
            raise_index: HashMap::new(),
            epilogue: None,
            pc: 0,
            depth: 0,
            kwnames: None,
            reachable: true,
            fused: vec![false; n],
            float_plan,
            float_body: false,
            float_consts: HashMap::new(),
            str_consts: HashMap::new(),
            bool_conds: HashMap::new(),
            loop_vars: HashMap::new(),
        };
        // Every frame offset used later is below this one.
        translator.localsplus_offset(code.localsplus.len() + code.stacksize as usize)?;
        translator.plan_blocks()?;
        Ok(translator)
    }

    fn is_generator_like(&self) -> bool {
        self.code.is_generator_like() && !self.push
    }

    /// Creates the blocks for jump targets, handler entries and resume
    /// points, and checks that they land on reachable instructions.
    fn plan_blocks(&mut self) -> TResult {
        let code = self.code;
        let n = code.instrs.len();
        let mut needs_block = vec![false; n];
        // A target must be a reachable instruction.
        let check = |target: u32, what: &str, from: usize| -> TResult<usize> {
            match code.depths.get(target as usize) {
                Some(Some(_)) => Ok(target as usize),
                Some(None) => Err(format!("{what} of instruction {from} is unreachable")),
                None => Err(format!(
                    "{what} of instruction {from} is out of range ({target})"
                )),
            }
        };
        let mut resume_index = 0;
        for (i, instr) in code.instrs.iter().enumerate() {
            if code.depths[i].is_none() {
                continue;
            }
            if instr.op.is_jump() {
                needs_block[check(instr.arg, "jump target", i)?] = true;
            }
            if let Some(h) = code.handlers[i] {
                needs_block[check(h.target, "exception handler", i)?] = true;
            }
            // Code reached neither by fall-through nor by a jump still gets
            // a block of its own (it is dead, but must be well-formed).
            if i > 0 && (code.depths[i - 1].is_none() || code.instrs[i - 1].op.is_terminator()) {
                needs_block[i] = true;
            }
            // A deopt from the float body continues after the store.
            if instr.op == Opcode::STORE_FAST
                && let Some(plan) = &self.float_plan
                && plan
                    .vars
                    .get(instr.arg as usize)
                    .is_some_and(Option::is_some)
            {
                needs_block[check(i as u32 + 1, "deopt target", i)?] = true;
            }
            if instr.op == Opcode::YIELD_VALUE && !self.push {
                resume_index += 1;
                let delegating = i > 0 && code.instrs[i - 1].op == Opcode::SEND;
                let block = self.builder.create_block();
                self.resume_points.insert(
                    i,
                    ResumePoint {
                        index: resume_index,
                        block,
                        delegating,
                    },
                );
            }
        }
        for (i, needed) in needs_block.into_iter().enumerate() {
            if needed {
                self.blocks[i] = Some(self.builder.create_block());
            }
        }
        if let Some(plan) = &mut self.float_plan {
            plan.generic_blocks = self
                .blocks
                .iter()
                .map(|b| b.map(|_| self.builder.create_block()))
                .collect();
        }
        Ok(())
    }

    /// Translates the whole function: the float body and then the generic
    /// body when it has one, else the generic body alone.
    fn translate(&mut self) -> TResult {
        self.emit_prologue()?;
        if self.float_plan.is_some() {
            self.float_body = true;
            self.enter_float_body()?;
            self.translate_body()?;
            self.float_body = false;
            let plan = self.float_plan.as_mut().ok_or("no float plan")?;
            let generic = std::mem::take(&mut plan.generic_blocks);
            plan.float_blocks = std::mem::replace(&mut self.blocks, generic);
            let entry = plan.generic_entry;
            self.fused.fill(false);
            self.unboxed.fill(false);
            self.unboxed_local.fill(None);
            self.borrowed.fill(Borrow::Owned);
            self.kwnames = None;
            self.switch_to(entry);
        }
        self.translate_body()?;
        self.builder.set_srcloc(SourceLoc::default());
        self.finish_unwind_paths()
    }

    /// Translates every instruction once, starting in the current block.
    fn translate_body(&mut self) -> TResult {
        let code = self.code;
        for (pc, instr) in code.instrs.iter().enumerate() {
            let Some(depth) = code.depths[pc] else {
                continue;
            };
            if self.fused[pc] {
                continue;
            }
            if let Some(block) = self.blocks[pc] {
                self.check_no_borrowed()
                    .map_err(|e| format!("instruction {pc}: {e}"))?;
                if self.reachable {
                    self.jump(block, &[]);
                }
                self.switch_to(block);
            } else if !self.reachable {
                return Err(format!("instruction {pc} has a depth but no predecessor"));
            }
            self.pc = pc;
            self.depth = depth;
            self.builder.set_srcloc(SourceLoc::new(pc as u32));
            self.record_call_site(instr.op);
            self.translate_instr(instr)
                .map_err(|e| format!("instruction {pc} ({}): {e}", instr.op.name()))?;
        }
        if self.reachable {
            return Err("control falls off the end of the code".to_string());
        }
        Ok(())
    }

    /// The entry: stack slots start empty; plain functions take over their
    /// locals, generator-like ones dispatch on `frame.resume`.
    fn emit_prologue(&mut self) -> TResult {
        let zero = self.builder.ins().iconst(I64, 0);
        for &var in &self.stack {
            self.builder.def_var(var, zero);
        }
        if self.is_generator_like() {
            self.emit_resume_dispatch()
        } else {
            self.load_locals(true);
            Ok(())
        }
    }

    /// Emits one bytecode instruction.
    fn translate_instr(&mut self, instr: &Instr) -> TResult {
        use Opcode::*;
        let arg = instr.arg;
        // A KW_NAMES applies to the CALL right after it only.
        let kwnames = self.kwnames.take();
        match instr.op {
            // --- stack manipulation ------------------------------------------
            NOP => {}
            POP_TOP => self.op_pop_top()?,
            PUSH_NULL => {
                let null = self.builder.ins().iconst(I64, 0);
                self.set(self.depth, null)?;
            }
            COPY => {
                let v = self.peek(arg)?;
                let borrowed = self.is_borrowed(self.below(arg)?);
                if !borrowed {
                    self.incref(v);
                }
                self.set(self.depth, v)?;
                self.mark_borrowed(self.depth, borrowed)?;
            }
            SWAP => {
                let (top, other) = (self.below(1)?, self.below(arg)?);
                let (a, b) = (self.get(top)?, self.get(other)?);
                let (a_borrowed, b_borrowed) = (self.is_borrowed(top), self.is_borrowed(other));
                self.set(top, b)?;
                self.set(other, a)?;
                self.mark_borrowed(top, b_borrowed)?;
                self.mark_borrowed(other, a_borrowed)?;
                self.swap_unboxed(top, other)?;
            }

            // --- locals, globals, names ----------------------------------------
            LOAD_CONST => self.op_load_const(arg)?,
            LOAD_FAST => {
                // (Statements fused at their first instruction.)
                self.dict_count_fast_path()?;
                self.slice_copy_fast_path()?;
                match self.float_local(arg) {
                    Some(var) => self.load_float_local(arg, var)?,
                    None => self.op_load_fast(arg)?,
                }
            }
            STORE_FAST => self.store_fast_instr(arg)?,
            DELETE_FAST => self.op_delete_fast(arg)?,
            LOAD_GLOBAL => self.op_load_global(arg)?,
            STORE_GLOBAL => self.op_store_name(arg, RuntimeFn::rt_store_global)?,
            DELETE_GLOBAL => self.op_delete_name(arg, RuntimeFn::rt_delete_global)?,
            LOAD_NAME => self.op_load_name(arg)?,
            STORE_NAME => self.op_store_name(arg, RuntimeFn::rt_store_name)?,
            DELETE_NAME => self.op_delete_name(arg, RuntimeFn::rt_delete_name)?,
            LOAD_DEREF => self.op_load_deref(arg)?,
            STORE_DEREF => self.op_store_deref(arg)?,
            DELETE_DEREF => self.op_delete_deref(arg)?,
            LOAD_CLOSURE => {
                let cell = self.get_local(arg)?;
                self.incref(cell);
                self.set(self.depth, cell)?;
            }
            LOAD_CLASSDEREF => self.op_load_classderef(arg)?,

            // --- attributes and subscripts ---------------------------------------
            LOAD_ATTR => self.op_load_attr(arg)?,
            STORE_ATTR => self.op_store_attr(arg)?,
            DELETE_ATTR => self.op_delete_attr(arg)?,
            LOAD_METHOD => self.op_load_method_site(arg)?,
            BINARY_SUBSCR => self.op_binary_subscr()?,
            STORE_SUBSCR => self.op_store_subscr()?,
            DELETE_SUBSCR => self.op_delete_subscr()?,
            BUILD_SLICE => self.op_build_slice(arg)?,

            // --- operators ---------------------------------------------------------
            BINARY_OP => self.op_binary_op(arg)?,
            COMPARE_OP => self.op_compare_op(arg)?,
            IS_OP => self.op_is_op(arg)?,
            CONTAINS_OP => self.op_contains_op(arg)?,
            UNARY_NEGATIVE => self.op_unary(abi::UNARY_NEGATIVE)?,
            UNARY_POSITIVE => self.op_unary(abi::UNARY_POSITIVE)?,
            UNARY_INVERT => self.op_unary(abi::UNARY_INVERT)?,
            UNARY_NOT => self.op_unary_not()?,

            // --- building ------------------------------------------------------------
            BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => {
                self.op_build_sequence(instr.op, arg)?
            }
            BUILD_MAP => self.op_build_map(arg)?,
            BUILD_CONST_KEY_MAP => self.op_build_const_key_map(arg)?,
            LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE => {
                self.op_collection_update(instr.op, arg)?
            }
            MAP_ADD => self.op_map_add(arg)?,
            DICT_MERGE => self.op_dict_merge(arg)?,
            LIST_TO_TUPLE => self.op_list_to_tuple()?,
            FORMAT_VALUE => self.op_format_value(arg)?,

            // --- control flow -----------------------------------------------------------
            JUMP_FORWARD | JUMP_BACKWARD => {
                let target = self.target_block(arg)?;
                self.jump(target, &[]);
            }
            POP_JUMP_IF_FALSE => self.op_pop_jump_if(false, arg)?,
            POP_JUMP_IF_TRUE => self.op_pop_jump_if(true, arg)?,
            POP_JUMP_IF_NONE => self.op_pop_jump_if_none(true, arg)?,
            POP_JUMP_IF_NOT_NONE => self.op_pop_jump_if_none(false, arg)?,
            JUMP_IF_FALSE_OR_POP => self.op_jump_if_or_pop(false, arg)?,
            JUMP_IF_TRUE_OR_POP => self.op_jump_if_or_pop(true, arg)?,
            GET_ITER => self.op_get_iter()?,
            FOR_ITER => self.op_for_iter(arg)?,
            RETURN_VALUE => self.op_return_value()?,

            // --- calls and functions -------------------------------------------------------
            KW_NAMES => {
                if arg as usize >= self.code.consts.len() {
                    return Err(format!("KW_NAMES constant {arg} out of range"));
                }
                self.kwnames = Some(arg);
            }
            CALL if kwnames.is_none() && self.is_await_call(self.pc) => self.op_await_call(arg)?,
            CALL => self.op_call(arg, kwnames)?,
            CALL_FUNCTION_EX => self.op_call_function_ex(arg)?,
            MAKE_FUNCTION => self.op_make_function(arg)?,
            LOAD_BUILD_CLASS => self.op_load_build_class()?,

            // --- exceptions -------------------------------------------------------------------
            RAISE_VARARGS => self.op_raise_varargs(arg)?,
            RERAISE => self.op_reraise()?,
            PUSH_EXC_INFO => self.op_push_exc_info()?,
            POP_EXCEPT => self.op_pop_except()?,
            CHECK_EXC_MATCH => self.op_check_exc_match()?,
            LOAD_ASSERTION_ERROR => self.op_load_assertion_error()?,
            BEFORE_WITH => self.op_before_with()?,
            WITH_EXCEPT_START => self.op_with_except_start()?,
            CALL_EXIT => self.op_call_exit()?,

            // --- imports and annotations ---------------------------------------------------------
            IMPORT_NAME => self.op_import_name(arg)?,
            IMPORT_FROM => self.op_import_from(arg)?,
            IMPORT_STAR => self.op_import_star()?,
            SETUP_ANNOTATIONS => self.op_setup_annotations()?,

            // --- unpacking ---------------------------------------------------------------------------
            UNPACK_SEQUENCE => self.op_unpack_sequence(arg)?,
            UNPACK_EX => self.op_unpack_ex(arg)?,

            // --- generators and coroutines ---------------------------------------------------------
            YIELD_VALUE => self.op_yield_value()?,
            SEND => self.op_send(arg)?,
            GET_YIELD_FROM_ITER => self.op_get_yield_from_iter()?,
            GET_AWAITABLE => self.op_get_awaitable(arg)?,
            GET_AITER => self.op_get_aiter()?,
            GET_ANEXT => self.op_get_anext()?,
            ASYNC_GEN_WRAP => self.op_async_gen_wrap()?,
            BEFORE_ASYNC_WITH => self.op_before_async_with()?,
            END_ASYNC_FOR => self.op_end_async_for()?,

            // --- pattern matching ------------------------------------------------------------------------
            GET_LEN => self.op_get_len()?,
            MATCH_MAPPING => self.op_match_kind(RuntimeFn::rt_match_mapping)?,
            MATCH_SEQUENCE => self.op_match_kind(RuntimeFn::rt_match_sequence)?,
            MATCH_KEYS => self.op_match_keys()?,
            MATCH_CLASS => self.op_match_class(arg)?,
            COPY_DICT_WITHOUT_KEYS => self.op_copy_dict_without_keys()?,

            // --- pseudo-instructions ------------------------------------------------------------------------
            SETUP_FINALLY | SETUP_CLEANUP | SETUP_WITH | POP_BLOCK | JUMP => {
                return Err("pseudo-instruction left in a finished code object".to_string());
            }
        }
        Ok(())
    }
}
