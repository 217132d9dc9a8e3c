//! Calls and function objects: `CALL` (with its `KW_NAMES`),
//! `CALL_FUNCTION_EX`, `MAKE_FUNCTION`, `LOAD_BUILD_CLASS`.
//!
//! A `CALL` without keywords first tries a *direct call* (CPython 3.11's
//! `CALL_PY_EXACT_ARGS`, with the frame setup inline): when the callable
//! is a Python function whose `DirectCall` argument count equals the
//! number of arguments, and the recursion depth and native stack allow
//! another frame, the callee's frame is built in a stack slot of this
//! function — header from the function's data, the arguments moved in —
//! linked as the thread's innermost frame, and the native function called
//! directly. A closure without cell variables is called the same way, its
//! frame getting a reference to each of the closure's cells. A callee whose
//! whole body only reads (`inline`) may run in place instead. A class
//! whose metaclass is `type` is called the same way when calling it only
//! allocates a plain instance and runs a Python `__init__` taking the
//! arguments directly: the runtime allocates, and `__init__`'s frame is
//! entered inline (or an `__init__` that only stores attributes runs in
//! place). `len()` of an exact list, tuple
//! or str and `ord()` of an ASCII character are read inline,
//! `isinstance(obj, cls)` answers an
//! exact type match inline and asks `rt_isinstance` otherwise, and the
//! one-argument container methods of `INLINE_METHODS` (`xs.append(v)`,
//! `s.add(v)`, ...), `dict.get`, `dict.setdefault` and `list.pop` on
//! exact receivers call
//! their own runtime function. Calls of math functions with one or two
//! float arguments run the function's float kernel (`callsites`).
//! Everything else goes to `rt_call_method`.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, InstBuilder, Value,
    condcodes::{FloatCC, IntCC},
    types::I64,
};

/// One-argument methods that `CALL 1` runs through a runtime function of
/// their own when the receiver's type is exactly the method's (CPython's
/// `CALL_NO_KW_LIST_APPEND` and its kin): the method's name, the
/// descriptor's singleton, the type's singleton and the function, which
/// returns a status (the method returns None).
const INLINE_METHODS: [(&str, i32, i32, RuntimeFn); 4] = [
    (
        "append",
        abi::SINGLETON_LIST_APPEND,
        abi::SINGLETON_LIST_TYPE,
        RuntimeFn::rt_list_append,
    ),
    (
        "add",
        abi::SINGLETON_SET_ADD,
        abi::SINGLETON_SET_TYPE,
        RuntimeFn::rt_set_add,
    ),
    (
        "remove",
        abi::SINGLETON_SET_REMOVE,
        abi::SINGLETON_SET_TYPE,
        RuntimeFn::rt_set_remove,
    ),
    (
        "discard",
        abi::SINGLETON_SET_DISCARD,
        abi::SINGLETON_SET_TYPE,
        RuntimeFn::rt_set_discard,
    ),
];

/// Methods of exact dicts taking a key and an optional default that `CALL`
/// with one or two arguments runs through a runtime function of their own
/// (which returns the method's result): the method's name, the
/// descriptor's singleton and the function.
const DICT_KEY_METHODS: [(&str, i32, RuntimeFn); 2] = [
    ("get", abi::SINGLETON_DICT_GET, RuntimeFn::rt_dict_get),
    (
        "setdefault",
        abi::SINGLETON_DICT_SETDEFAULT,
        RuntimeFn::rt_dict_setdefault,
    ),
];

/// The method `list.pop`, which `CALL` with at most one argument runs
/// through `rt_list_pop`: its descriptor's and its type's singletons.
const LIST_POP: (i32, i32) = (abi::SINGLETON_LIST_POP, abi::SINGLETON_LIST_TYPE);

/// The descriptor and type singletons of the built-in method `name` that
/// `CALL` runs inline on an exact receiver (`INLINE_METHODS`,
/// `DICT_KEY_METHODS`, `list.pop`); each name has one.
pub(super) fn inline_method_descriptor(name: &str) -> Option<(i32, i32)> {
    if name == "pop" {
        return Some(LIST_POP);
    }
    INLINE_METHODS
        .iter()
        .find(|m| m.0 == name)
        .map(|&(_, descr, ty, _)| (descr, ty))
        .or_else(|| {
            DICT_KEY_METHODS
                .iter()
                .find(|m| m.0 == name)
                .map(|&(_, descr, _)| (descr, abi::SINGLETON_DICT_TYPE))
        })
}

/// Whether the plain call of the built-in `name` with `n` arguments has an
/// inline path that only reads its arguments (`len`, `ord`,
/// `isinstance`), which may then be borrowed (`call_takes_borrowed`).
pub(super) fn reads_arguments_inline(name: &str, n: u32) -> bool {
    matches!((name, n), ("len" | "ord", 1) | ("isinstance", 2))
}

/// Built-in types a small int is not an instance of, which `isinstance`
/// answers inline (their metaclass is `type`: no `__instancecheck__`).
const SMALL_INT_NOT_INSTANCE: [i32; 6] = [
    abi::SINGLETON_FLOAT_TYPE,
    abi::SINGLETON_STR_TYPE,
    abi::SINGLETON_LIST_TYPE,
    abi::SINGLETON_DICT_TYPE,
    abi::SINGLETON_TUPLE_TYPE,
    abi::SINGLETON_SET_TYPE,
];

/// Where exact sized built-ins keep their length (`len()` inline, and
/// their truth): each type's singleton and the length word's offset.
pub(super) const SIZED_TYPES: [(i32, i32); 4] = [
    (abi::SINGLETON_LIST_TYPE, abi::LIST_LEN_OFFSET),
    (abi::SINGLETON_TUPLE_TYPE, abi::TUPLE_LEN_OFFSET),
    (abi::SINGLETON_STR_TYPE, abi::STR_NCHARS_OFFSET),
    (abi::SINGLETON_DICT_TYPE, abi::DICT_LEN_OFFSET),
];

impl FunctionTranslator<'_> {
    /// `CALL n`: [m|NULL, self|callable, a1..an] -> [result]. The n + 2
    /// words go to the runtime as one array; `kwnames` (from a preceding
    /// `KW_NAMES`) names the last arguments.
    pub(super) fn op_call(&mut self, n: u32, kwnames: Option<u32>) -> TResult {
        match self.genexpr_call() {
            super::genexpr::GenexprCall::Deferred => return Ok(()),
            super::genexpr::GenexprCall::Consume(code) => return self.op_genexpr_consume(code),
            super::genexpr::GenexprCall::No => {}
        }
        let base = self.below(n + 2)?;
        let Some(kw) = kwnames else {
            let join = self.builder.create_block();
            self.builder.append_block_param(join, I64);
            let checked = self.builder.create_block();
            self.builder.append_block_param(checked, I64);
            let generic = self.cold_block();
            // Borrowed receiver and arguments (`call_takes_borrowed`) stay
            // so in an inlined body; every other path owns them first, and
            // those paths go on to `generic_owned`.
            let borrows = (base..self.depth).any(|pos| self.is_borrowed(pos));
            let generic_owned = if borrows { self.cold_block() } else { generic };
            // The direct path and the calls a loop replaces (`loops`:
            // `range`, `enumerate`, dict views) release their stack
            // references themselves and continue at `after`.
            let after = self.builder.create_block();
            self.builder.append_block_param(after, I64);
            if let Some(call) = self.loop_call_at(self.pc) {
                self.loop_call(call, base, n, after)?;
            }
            let kernel = self.may_call_kernel(self.pc);
            let name = self.callable_name(self.pc);
            let abs_call = !kernel && n == 1 && name == Some("abs");
            // (An inlined body may return a float unboxed, `inline`.)
            let inlined = name.is_some_and(|name| self.inline.may_return_float(name, n));
            // (Stored, an unboxed result would only be boxed there.)
            let defer = ((kernel || abs_call) && self.result_may_stay_unboxed(base))
                || (inlined && self.read_as_number(base));
            let raws = (base + 2..base + 2 + n)
                .map(|pos| self.take_unboxed(pos))
                .collect::<Vec<_>>();
            if defer {
                // Every path defines the result's float register (see
                // `op_binary_op`).
                let zero = self.builder.ins().f64const(0.0);
                self.builder.def_var(self.raw_floats[base as usize], zero);
            }
            let kernel_site = if kernel {
                Some(self.kernel_call(base, n, (&raws, defer), checked)?)
            } else {
                // (Their callables are immortal: nothing left to release.)
                match name {
                    Some("int") if n == 1 => self.inline_int_call(base, raws[0], after)?,
                    Some("abs") if n == 1 => {
                        self.inline_abs_call(base, raws[0], (after, defer))?;
                    }
                    _ => {}
                }
                // (Only the kernel, `int` and `abs` paths take arguments
                // unboxed.)
                for (pos, raw) in (base + 2..).zip(raws) {
                    if let Some(raw) = raw {
                        let x = self.get(pos)?;
                        self.box_if_unboxed(x, raw, pos)?;
                    }
                }
                None
            };
            if n <= 2 {
                self.inline_builtin_call(base, n, generic, after)?;
            }
            self.inline_float_result = defer.then(|| self.raw_floats[base as usize]);
            self.direct_call(base, n, (generic, generic_owned, join, after))?;
            self.inline_float_result = None;
            self.builder.switch_to_block(generic);
            if borrows {
                let m = self.get(base)?;
                self.own_borrowed(base, Some(m))?;
                self.jump(generic_owned, &[]);
                self.switch_to(generic_owned);
            }
            let r = match kernel_site {
                Some(site) => {
                    let args = self.scratch_from_stack(base, n + 2)?;
                    let nargs = self.word(i64::from(n));
                    self.call_word(RuntimeFn::rt_call_kernel_site, &[args, nargs, site])?
                }
                None => self.call_method_word(base, n, None)?,
            };
            self.builder.ins().jump(join, &[r.into()]);
            self.builder.switch_to_block(join);
            let r = self.builder.block_params(join)[0];
            self.check_value(r);
            self.builder.ins().jump(checked, &[r.into()]);
            self.switch_to(checked);
            let r = self.builder.block_params(checked)[0];
            self.decref_slots(base..self.depth)?;
            self.builder.ins().jump(after, &[r.into()]);
            self.switch_to(after);
            let r = self.builder.block_params(after)[0];
            self.set(base, r)?;
            if defer {
                let raw = self.builder.use_var(self.raw_floats[base as usize]);
                self.set_unboxed(base, raw)?;
            }
            return Ok(());
        };
        let r = self.call_method_word(base, n, Some(kw))?;
        self.check_value(r);
        self.replace_top(n + 2, r)
    }

    /// The inline paths of a `CALL` with at most two arguments: with a NULL
    /// method slot (a plain call) `len`, `ord` and `isinstance`, with a
    /// method `list.pop` and those of `INLINE_METHODS` and
    /// `DICT_KEY_METHODS`. Each releases the stack itself and jumps to
    /// `after` with the result, or goes to `generic`; other calls continue
    /// in the current block. When the
    /// callable was loaded by a name (`callable_name`), only the paths of
    /// that name are emitted; a callable in a variable gets none.
    ///
    /// A call by a name that has an inline path most likely takes it: the
    /// paths for other callables (`other`) are then laid out of line.
    fn inline_builtin_call(&mut self, base: u32, n: u32, generic: Block, after: Block) -> TResult {
        let name = self.callable_name(self.pc);
        // (A callable in a variable is hardly ever one of these built-ins.)
        let variable = self.callable_is_variable(self.pc);
        let named = |want: &str| !variable && name.is_none_or(|name| name == want);
        if n == 0 && !named("pop") {
            // (`xs.pop()` is the only inline call without arguments.)
            return Ok(());
        }
        let method = self.get(base)?;
        let plain = self.builder.create_block();
        let other = self.builder.create_block();
        // (Each path leaves the borrowed flags as it found them: see
        // `drop_method_descriptor`.)
        let flags = self.borrowed.clone();
        // Whether a path of the callable's name was emitted.
        let mut inline = false;
        if self.known_word(method) == Some(0) {
            self.builder.ins().jump(plain, &[]);
        } else {
            let bound = self.builder.create_block();
            self.builder.ins().brif(method, bound, &[], plain, &[]);
            self.builder.switch_to_block(bound);
            if n <= 1 && named("pop") {
                let not_pop = self.builder.create_block();
                self.inline_list_pop(base, n, not_pop, after)?;
                self.borrowed.clone_from(&flags);
                self.builder.switch_to_block(not_pop);
                inline = true;
            }
            if n == 1 {
                let not_listed = self.builder.create_block();
                inline |= self.inline_methods(base, name, not_listed, after)?;
                self.borrowed.clone_from(&flags);
                self.builder.switch_to_block(not_listed);
            }
            if n >= 1 {
                for (method_name, descr, f) in DICT_KEY_METHODS {
                    if named(method_name) {
                        let not_it = self.builder.create_block();
                        self.inline_dict_method(base, n, (descr, f), not_it, after)?;
                        self.borrowed.clone_from(&flags);
                        self.builder.switch_to_block(not_it);
                        inline = true;
                    }
                }
            }
            self.builder.ins().jump(other, &[]);
        }
        self.builder.switch_to_block(plain);
        match n {
            1 if named("len") || named("ord") => {
                let not_len = self.builder.create_block();
                if named("len") {
                    self.inline_len(base, not_len, generic, after)?;
                } else {
                    self.builder.ins().jump(not_len, &[]);
                }
                self.builder.switch_to_block(not_len);
                if named("ord") {
                    self.inline_ord(base, other, generic, after)?;
                } else {
                    self.builder.ins().jump(other, &[]);
                }
                inline = true;
            }
            2 if named("isinstance") => {
                self.inline_isinstance(base, other, after)?;
                inline = true;
            }
            _ => {
                self.builder.ins().jump(other, &[]);
            }
        }
        if inline && name.is_some() {
            self.builder.set_cold_block(other);
        }
        self.builder.switch_to_block(other);
        Ok(())
    }

    /// `xs.pop()` / `xs.pop(i)` (`n` arguments) when the method in stack
    /// slot `base` is `list.pop` and the receiver an exact list: jumps to
    /// `after` with `rt_list_pop`'s result, the stack released; otherwise
    /// branches to `other`.
    fn inline_list_pop(&mut self, base: u32, n: u32, other: Block, after: Block) -> TResult {
        let index = if n == 1 {
            self.get(base + 2)?
        } else {
            self.word(0)
        };
        let f = RuntimeFn::rt_list_pop;
        self.exact_method_call(base, LIST_POP, f, &[index], other, after)
    }

    /// When the method in stack slot `base` is the descriptor singleton
    /// `descr` and the receiver (slot `base + 1`) an exact instance of the
    /// type singleton `ty`: jumps to `after` with `f(receiver, args..)`
    /// (checked), the stack released; otherwise branches to `other`. (A
    /// built-in method descriptor only binds instances of its type and of
    /// subclasses.)
    fn exact_method_call(
        &mut self,
        base: u32,
        (descr, ty): (i32, i32),
        f: RuntimeFn,
        args: &[Value],
        other: Block,
        after: Block,
    ) -> TResult {
        self.exact_method_receiver(base, (descr, ty), other)?;
        self.exact_method_finish(base, f, args, after)
    }

    /// The checks of `exact_method_call`: continues in a new block when
    /// the method in stack slot `base` is `descr` and the receiver an exact
    /// instance of `ty`, else branches to `other`.
    fn exact_method_receiver(
        &mut self,
        base: u32,
        (descr, ty): (i32, i32),
        other: Block,
    ) -> TResult {
        let method = self.get(base)?;
        let receiver = self.get(base + 1)?;
        let want = self.singleton(descr);
        let is_descr = self.builder.ins().icmp(IntCC::Equal, method, want);
        let typed = self.builder.create_block();
        let exact = self.builder.create_block();
        self.builder.ins().brif(is_descr, typed, &[], other, &[]);
        self.builder.switch_to_block(typed);
        let actual = self
            .builder
            .ins()
            .load(I64, trusted(), receiver, abi::OB_TYPE);
        let want = self.singleton(ty);
        let same = self.builder.ins().icmp(IntCC::Equal, actual, want);
        self.builder.ins().brif(same, exact, &[], other, &[]);
        self.switch_to(exact);
        Ok(())
    }

    /// The call of `exact_method_call` once its checks passed.
    fn exact_method_finish(
        &mut self,
        base: u32,
        f: RuntimeFn,
        args: &[Value],
        after: Block,
    ) -> TResult {
        let method = self.get(base)?;
        let receiver = self.get(base + 1)?;
        self.drop_method_descriptor(base, method)?;
        // (The function may run Python code: `__eq__`, `__hash__`.)
        self.own_items_read_in_place(base + 1..base + 2)?;
        let mut call_args = vec![receiver];
        call_args.extend_from_slice(args);
        let r = self.call_word(f, &call_args)?;
        self.check_value(r);
        self.finish_inline_method(base, r, after)
    }

    /// On an inline method path: releases the method descriptor `d` in
    /// stack slot `base`, which its built-in type's dict keeps alive
    /// forever (so no test for zero), and leaves the slot empty. A
    /// receiver borrowed beside it stays borrowed beside the empty slot
    /// (the caller restores the flags for its other paths).
    pub(super) fn drop_method_descriptor(&mut self, base: u32, d: Value) -> TResult {
        self.add_to_refcount(d, -1);
        let zero = self.word(0);
        self.settle_beside_method(base + 1)?;
        self.set(base, zero)
    }

    /// The end of an inline method path whose result is None
    /// (`INLINE_METHODS`): `finish_inline_method` with None, or, when a
    /// `POP_TOP` that nothing jumps to drops the result
    /// (`result_dropped`), the stack released and on to the instruction
    /// after it, the None never made.
    fn finish_inline_method_none(&mut self, base: u32, after: Block) -> TResult {
        if !self.result_dropped() {
            let none = self.none_word();
            return self.finish_inline_method(base, none, after);
        }
        self.decref_slots(base..self.depth)?;
        let popped = self.block_after_statement(self.pc + 1);
        self.builder.ins().jump(popped, &[]);
        Ok(())
    }

    /// Whether the instruction after this one is a `POP_TOP` that nothing
    /// jumps to, followed by an instruction that can take a block.
    fn result_dropped(&self) -> bool {
        let next = self.pc + 1;
        self.code.instrs.get(next).map(|i| i.op) == Some(Opcode::POP_TOP)
            && self.statement_unbroken(self.pc, next)
            && self.code.depths.get(next + 1).copied().flatten().is_some()
    }

    /// The end of an inline method path with the result `r` (checked):
    /// releases the receiver and the arguments (the descriptor's slot is
    /// empty) and jumps to `after` with `r`.
    pub(super) fn finish_inline_method(&mut self, base: u32, r: Value, after: Block) -> TResult {
        self.decref_slots(base..self.depth)?;
        self.builder.ins().jump(after, &[r.into()]);
        Ok(())
    }

    /// `rt_call_method` on the stack slots `base..base + n + 2`.
    fn call_method_word(&mut self, base: u32, n: u32, kwnames: Option<u32>) -> TResult<Value> {
        let args = self.scratch_from_stack(base, n + 2)?;
        let kwnames = match kwnames {
            Some(i) => self.const_word(i)?,
            None => self.word(0),
        };
        let nargs = self.word(i64::from(n));
        self.call_word(RuntimeFn::rt_call_method, &[args, nargs, kwnames])
    }

    /// Continues in a new block when the callable of a plain one-argument
    /// call (stack slot `base + 1`) is the built-in at `singleton` and its
    /// argument a heap object, returning the argument and its type; another
    /// callable branches to `other`, a tagged int to `generic`.
    fn builtin_called(
        &mut self,
        base: u32,
        singleton: i32,
        other: Block,
        generic: Block,
    ) -> TResult<(Value, Value)> {
        let callable = self.get(base + 1)?;
        let arg = self.get(base + 2)?;
        let builtin = self.singleton(singleton);
        let is_it = self.builder.ins().icmp(IntCC::Equal, callable, builtin);
        let called = self.builder.create_block();
        self.builder.ins().brif(is_it, called, &[], other, &[]);
        self.builder.switch_to_block(called);
        let ty = self.type_of_object(arg, generic);
        Ok((arg, ty))
    }

    /// Jumps to `after` with the int `n` (tagged) as the result of a plain
    /// one-argument call of an immortal built-in (`builtin_called`): the
    /// argument (a heap object) is released here, the callable needs no
    /// release.
    fn builtin_int_result(&mut self, base: u32, n: Value, after: Block) -> TResult {
        let arg = self.get(base + 2)?;
        let doubled = self.builder.ins().ishl_imm_s(n, 1);
        let tagged = self.builder.ins().bor_imm_s(doubled, abi::INT_TAG as i64);
        self.release_object_operand(base + 2, arg);
        self.builder.ins().jump(after, &[tagged.into()]);
        Ok(())
    }

    /// Whether the `CALL` at `pc` gets the inline path of `int(x)` or
    /// `abs(x)`, which read a float argument unboxed: one argument, and the
    /// callable loaded by one of those names.
    pub(super) fn may_call_float_builtin(&self, pc: usize) -> bool {
        self.code.instrs[pc].arg == 1 && matches!(self.callable_name(pc), Some("int" | "abs"))
    }

    /// The start of the inline path of `CALL 1` to the built-in at
    /// `singleton` (`int`, `abs`), which reads a float argument unboxed:
    /// when the callable (stack slot `base + 1`, with a NULL method slot) is
    /// that built-in, branches on the argument `x`'s int tag to the two
    /// blocks returned (small int, else float or other); another callable
    /// goes to `other`. (An unboxed argument's word is 0: no int tag.)
    fn float_builtin_called(
        &mut self,
        base: u32,
        (singleton, x): (i32, Value),
        other: Block,
    ) -> TResult<(Block, Block)> {
        let method = self.get(base)?;
        let callable = self.get(base + 1)?;
        let called = self.builder.create_block();
        let small = self.builder.create_block();
        let float = self.builder.create_block();
        let want = self.singleton(singleton);
        let mut is_it = self.builder.ins().icmp(IntCC::Equal, callable, want);
        if self.known_word(method) != Some(0) {
            let plain = self.builder.ins().icmp_imm_s(IntCC::Equal, method, 0);
            is_it = self.builder.ins().band(is_it, plain);
        }
        self.builder.ins().brif(is_it, called, &[], other, &[]);
        self.builder.switch_to_block(called);
        let tag = self.builder.ins().band_imm_s(x, abi::INT_TAG as i64);
        self.builder.ins().brif(tag, small, &[], float, &[]);
        Ok((small, float))
    }

    /// Jumps to `after` with `r` as the result of a one-argument call of
    /// an immortal built-in whose argument (stack slot `base + 2`) was
    /// moved into it or released: nothing else to release.
    fn argument_gone(&mut self, base: u32, r: Value, after: Block) -> TResult {
        let zero = self.word(0);
        self.set(base + 2, zero)?;
        self.builder.ins().jump(after, &[r.into()]);
        Ok(())
    }

    /// `abs(x)` of a small int (but the smallest, whose absolute value is
    /// not one) or a float when the callable (stack slot `base + 1`) is the
    /// built-in `abs`: jumps to `after` with the result, releasing the
    /// argument; with `unboxed`, a float result stays unboxed (in the
    /// result slot's float register, word 0). `raw` as for
    /// `inline_int_call`; anything else continues in a new block, with the
    /// argument as it was.
    fn inline_abs_call(
        &mut self,
        base: u32,
        raw: Option<Value>,
        (after, unboxed): (Block, bool),
    ) -> TResult {
        let x = self.get(base + 2)?;
        let other = self.builder.create_block();
        let (small, float) = self.float_builtin_called(base, (abi::SINGLETON_ABS, x), other)?;

        // A tagged word's sign is its int's; -(2n + 1) + 2 tags -n.
        self.builder.switch_to_block(small);
        let negate = self.builder.create_block();
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let smallest = (abi::SMALL_INT_MIN << 1) | abi::INT_TAG as i64;
        let is_smallest = self.builder.ins().icmp_imm_s(IntCC::Equal, x, smallest);
        let negative = self.builder.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
        let ok = self.builder.create_block();
        self.builder.ins().brif(is_smallest, other, &[], ok, &[]);
        self.builder.switch_to_block(ok);
        self.builder
            .ins()
            .brif(negative, negate, &[], done, &[x.into()]);
        self.builder.switch_to_block(negate);
        let two = self.word(2);
        let negated = self.builder.ins().isub(two, x);
        self.builder.ins().jump(done, &[negated.into()]);
        self.builder.switch_to_block(done);
        self.argument_gone(base, result, after)?;

        self.builder.switch_to_block(float);
        let (f, is_float) = self.float_value(x, raw, None, other);
        let magnitude = self.builder.ins().fabs(f);
        if unboxed {
            self.release_float_operand(base + 2, x, is_float);
            self.builder
                .def_var(self.raw_floats[base as usize], magnitude);
            let zero = self.word(0);
            self.argument_gone(base, zero, after)?;
        } else {
            let boxed = self.box_float(magnitude);
            self.release_float_operand(base + 2, x, is_float);
            self.argument_gone(base, boxed, after)?;
        }

        self.switch_to(other);
        Ok(())
    }

    /// `int(x)` of a small int (which is the result) or a float within the
    /// small-int range (truncated, as `float.__trunc__` does) when the
    /// callable (stack slot `base + 1`) is the `int` type: jumps to `after`
    /// with the result, releasing the argument. `raw` is the argument's
    /// float register when it may be unboxed (word 0). Anything else
    /// continues in a new block, with the argument as it was.
    fn inline_int_call(&mut self, base: u32, raw: Option<Value>, after: Block) -> TResult {
        let x = self.get(base + 2)?;
        let other = self.builder.create_block();
        let truncate = self.builder.create_block();
        let (small, float) =
            self.float_builtin_called(base, (abi::SINGLETON_INT_TYPE, x), other)?;

        // The small int moves from the argument slot to the result.
        self.builder.switch_to_block(small);
        self.argument_gone(base, x, after)?;

        self.builder.switch_to_block(float);
        let (f, is_float) = self.float_value(x, raw, None, other);

        // Within (-2**62, 2**62) the truncation is a small int; NaN fails
        // both comparisons (and the general call raises its ValueError).
        let bound = (abi::SMALL_INT_MAX as f64 + 1.0).to_bits();
        let hi = self.builder.ins().f64const(f64::from_bits(bound));
        let lo = self.builder.ins().fneg(hi);
        let below = self.builder.ins().fcmp(FloatCC::LessThan, f, hi);
        let above = self.builder.ins().fcmp(FloatCC::GreaterThan, f, lo);
        let inside = self.builder.ins().band(below, above);
        self.builder.ins().brif(inside, truncate, &[], other, &[]);

        self.builder.switch_to_block(truncate);
        let n = self.builder.ins().fcvt_to_sint(I64, f);
        let doubled = self.builder.ins().ishl_imm_s(n, 1);
        let tagged = self.builder.ins().bor_imm_s(doubled, abi::INT_TAG as i64);
        self.release_float_operand(base + 2, x, is_float);
        self.argument_gone(base, tagged, after)?;

        self.switch_to(other);
        Ok(())
    }

    /// `len(x)` of an exact list, tuple, str or dict when the callable (stack slot
    /// `base + 1`, below the argument) is the built-in `len`: jumps to
    /// `after` with the length, the stack released; another callable goes
    /// to `other`, another argument to `generic`.
    fn inline_len(&mut self, base: u32, other: Block, generic: Block, after: Block) -> TResult {
        let (arg, ty) = self.builtin_called(base, abi::SINGLETON_LEN, other, generic)?;
        let length = self.exact_sized_len(arg, ty, generic);
        self.builtin_int_result(base, length, after)
    }

    /// Continues in a new block with the length of `x` (of type `ty`)
    /// when it is an exact list, tuple, str or dict (`SIZED_TYPES`);
    /// otherwise branches to `other`.
    pub(super) fn exact_sized_len(&mut self, x: Value, ty: Value, other: Block) -> Value {
        let t = trusted();
        let sized = self.builder.create_block();
        let length = self.builder.append_block_param(sized, I64);
        for (singleton, len_offset) in SIZED_TYPES {
            let next = self.builder.create_block();
            let want = self.singleton(singleton);
            let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
            let len = self.builder.ins().load(I64, t, x, len_offset);
            self.builder
                .ins()
                .brif(same, sized, &[len.into()], next, &[]);
            self.builder.switch_to_block(next);
        }
        self.builder.ins().jump(other, &[]);
        self.builder.switch_to_block(sized);
        length
    }

    /// `ord(c)` of an exact one-byte (ASCII) str when the callable (stack
    /// slot `base + 1`) is the built-in `ord`: jumps to `after` with the code
    /// point, the stack released; another callable goes to `other`, another
    /// argument to `generic`.
    fn inline_ord(&mut self, base: u32, other: Block, generic: Block, after: Block) -> TResult {
        let (arg, ty) = self.builtin_called(base, abi::SINGLETON_ORD, other, generic)?;
        let byte = self.ascii_char_byte(arg, ty, generic);
        self.builtin_int_result(base, byte, after)
    }

    /// `isinstance(obj, cls)` when the callable (stack slot `base + 1`) is
    /// the built-in `isinstance` (CPython's `PRECALL_NO_KW_ISINSTANCE`):
    /// True at once when `cls` is the exact type of `obj` (for a small int,
    /// also False for the types of `SMALL_INT_NOT_INSTANCE`), else the
    /// answer of `rt_isinstance` (checked); jumps to `after` with it, the arguments
    /// released (the immortal callable needs no release). Another callable
    /// goes to `other`.
    fn inline_isinstance(&mut self, base: u32, other: Block, after: Block) -> TResult {
        let callable = self.get(base + 1)?;
        let obj = self.get(base + 2)?;
        let cls = self.get(base + 3)?;
        let isinstance_fn = self.singleton(abi::SINGLETON_ISINSTANCE);
        let is_isinstance = self
            .builder
            .ins()
            .icmp(IntCC::Equal, callable, isinstance_fn);
        let called = self.builder.create_block();
        let exact = self.builder.create_block();
        let ask = self.builder.create_block();
        self.builder
            .ins()
            .brif(is_isinstance, called, &[], other, &[]);

        let tagged = self.builder.create_block();
        self.builder.switch_to_block(called);
        let ty = self.type_of_object(obj, tagged);
        let same = self.builder.ins().icmp(IntCC::Equal, ty, cls);
        self.builder.ins().brif(same, exact, &[], ask, &[]);
        self.builder.switch_to_block(exact);
        // (Both are heap objects: `cls` is the object's type.)
        let true_word = self.singleton(abi::SINGLETON_TRUE);
        self.release_object_operand(base + 2, obj);
        self.release_object_operand(base + 3, cls);
        self.builder.ins().jump(after, &[true_word.into()]);

        // A small int: an instance of `int`, not of the other built-in
        // types of `SMALL_INT_NOT_INSTANCE` (whose metaclass is `type`).
        self.builder.switch_to_block(tagged);
        let answered = self.builder.create_block();
        let answer = self.builder.append_block_param(answered, I64);
        let true_word = self.singleton(abi::SINGLETON_TRUE);
        let false_word = self.singleton(abi::SINGLETON_FALSE);
        let answers = std::iter::once((abi::SINGLETON_INT_TYPE, true_word))
            .chain(SMALL_INT_NOT_INSTANCE.map(|ty| (ty, false_word)));
        self.branch_on_singletons(cls, answers, answered);
        self.builder.ins().jump(ask, &[]);
        self.builder.switch_to_block(answered);
        // (The class is a heap object; the small int owns nothing.)
        self.release_object_operand(base + 3, cls);
        self.builder.ins().jump(after, &[answer.into()]);

        self.switch_to(ask);
        let r = self.call_word(RuntimeFn::rt_isinstance, &[obj, cls])?;
        self.check_value(r);
        self.release_operand(base + 2, obj);
        self.release_operand(base + 3, cls);
        self.builder.ins().jump(after, &[r.into()]);
        Ok(())
    }

    /// `xs.append(v)`, `s.add(v)`, ... (`INLINE_METHODS`): when the method
    /// in stack slot `base` is one of those descriptors and the receiver's
    /// type exactly its type, calls the method's runtime function and jumps
    /// to `after` with None, the stack released; otherwise branches to
    /// `other`. With the name the method was loaded by, only the methods of
    /// that name are tried. Returns whether any was.
    fn inline_methods(
        &mut self,
        base: u32,
        name: Option<&str>,
        other: Block,
        after: Block,
    ) -> TResult<bool> {
        let t = trusted();
        let method = self.get(base)?;
        let receiver = self.get(base + 1)?;
        let arg = self.get(base + 2)?;
        let methods: Vec<_> = INLINE_METHODS
            .into_iter()
            .filter(|(method_name, ..)| name.is_none_or(|name| name == *method_name))
            .collect();
        for (i, &(_, descriptor, ty, f)) in methods.iter().enumerate() {
            let next = if i + 1 == methods.len() {
                other
            } else {
                self.builder.create_block()
            };
            let d = self.singleton(descriptor);
            let is_method = self.builder.ins().icmp(IntCC::Equal, method, d);
            let typed = self.builder.create_block();
            let exact = self.builder.create_block();
            self.builder.ins().brif(is_method, typed, &[], next, &[]);
            // (A descriptor only binds instances of its type and subclasses:
            // the receiver is a heap object.)
            self.builder.switch_to_block(typed);
            let receiver_ty = self.builder.ins().load(I64, t, receiver, abi::OB_TYPE);
            let want = self.singleton(ty);
            let same = self.builder.ins().icmp(IntCC::Equal, receiver_ty, want);
            self.builder.ins().brif(same, exact, &[], other, &[]);
            self.switch_to(exact);
            // (Each path leaves the borrowed flags as it found them.)
            let flags = self.borrowed.clone();
            self.drop_method_descriptor(base, method)?;
            if f == RuntimeFn::rt_list_append {
                // The argument's reference moves into the list (a borrowed
                // one gets its own).
                let full = self.builder.create_block();
                self.append_if_room(receiver, arg, full);
                if self.is_borrowed(base + 2) {
                    self.incref(arg);
                }
                let zero = self.word(0);
                self.set(base + 2, zero)?;
                self.finish_inline_method_none(base, after)?;
                self.borrowed.clone_from(&flags);
                self.switch_to(full);
            }
            self.own_items_read_in_place(base + 1..base + 2)?;
            self.call_status(f, &[receiver, arg])?;
            self.finish_inline_method_none(base, after)?;
            self.borrowed = flags;
            if next != other {
                self.builder.switch_to_block(next);
            }
        }
        if methods.is_empty() {
            self.builder.ins().jump(other, &[]);
        }
        Ok(!methods.is_empty())
    }

    /// `d.get(key)`, `d.setdefault(key, default)`, ... (`DICT_KEY_METHODS`,
    /// `n` arguments) when the method in stack slot `base` is the
    /// descriptor singleton `descr` and the receiver an exact dict: jumps to
    /// `after` with the result of `f(dict, key, default or 0)`, the stack
    /// released; otherwise
    /// branches to `other`.
    fn inline_dict_method(
        &mut self,
        base: u32,
        n: u32,
        (descr, f): (i32, RuntimeFn),
        other: Block,
        after: Block,
    ) -> TResult {
        let key = self.get(base + 2)?;
        let default = if n == 2 {
            self.get(base + 3)?
        } else {
            self.word(0)
        };
        let ty = abi::SINGLETON_DICT_TYPE;
        if descr == abi::SINGLETON_DICT_GET {
            let call = self.builder.create_block();
            self.exact_method_receiver(base, (descr, ty), other)?;
            self.inline_dict_get(base, (key, default), call, after)?;
            self.switch_to(call);
            return self.exact_method_finish(base, f, &[key, default], after);
        }
        self.exact_method_call(base, (descr, ty), f, &[key, default], other, after)
    }

    /// Emits the direct call of `CALL n` (stack slots from `base`), which
    /// checks the callee's result, releases the callable (the callee owns
    /// the arguments) and jumps to `after` with the result; every check
    /// that fails branches to `generic`. A class whose metaclass is `type`
    /// may be called the same way (`ctor_call`), jumping to `join` with
    /// the callable left on the stack. After a `LOAD_METHOD` (a method
    /// slot not known to be NULL) the method and plain calls are two
    /// paths, each with its callable and argument count fixed.
    ///
    /// `exits` are `(generic, generic_owned, join, after)`: a path that has
    /// taken references to the stack's borrowed words (`own_borrowed`)
    /// goes on to `generic_owned`. Each path restores the borrowed flags
    /// it changed, and a borrowed receiver is one only beside a method.
    fn direct_call(&mut self, base: u32, n: u32, exits: (Block, Block, Block, Block)) -> TResult {
        let m = self.get(base)?;
        let flags = self.borrowed.clone();
        if self.known_word(m) != Some(0) {
            let method = self.builder.create_block();
            let plain = self.builder.create_block();
            self.branch(m, method, plain);
            self.switch_to(method);
            self.direct_call_path(base, n, true, exits)?;
            self.borrowed.clone_from(&flags);
            self.switch_to(plain);
        }
        // (The callable above a NULL is owned.)
        self.mark_borrowed(base + 1, false)?;
        self.direct_call_path(base, n, false, exits)?;
        self.borrowed = flags;
        Ok(())
    }

    /// One path of `direct_call`: with `has_method`, the method in slot
    /// `base` called with the receiver in slot `base + 1` first; without,
    /// the callable in slot `base + 1`.
    fn direct_call_path(
        &mut self,
        base: u32,
        n: u32,
        has_method: bool,
        exits: (Block, Block, Block, Block),
    ) -> TResult {
        let (generic, generic_owned, join, after) = exits;
        let t = trusted();
        let m = self.get(base)?;
        let first = self.get(base + 1)?;
        let args = (base + 2..base + 2 + n)
            .map(|pos| self.get(pos))
            .collect::<TResult<Vec<_>>>()?;
        let (callable, argc) = if has_method {
            (m, self.word(i64::from(n) + 1))
        } else {
            (first, self.word(i64::from(n)))
        };

        // A Python function taking exactly these arguments directly.
        let function = self.builder.create_block();
        let not_function = self.cold_block();
        let enter = self.builder.create_block();
        // (A method beside its receiver is a heap object.)
        let ty = if has_method {
            self.builder.ins().load(I64, t, callable, abi::OB_TYPE)
        } else {
            self.type_of_object(callable, generic)
        };
        let function_type = self.singleton(abi::SINGLETON_FUNCTION_TYPE);
        let is_function = self.builder.ins().icmp(IntCC::Equal, ty, function_type);
        self.builder
            .ins()
            .brif(is_function, function, &[], not_function, &[]);

        self.switch_to(not_function);
        if has_method {
            self.jump(generic, &[]);
        } else {
            let flags = self.borrowed.clone();
            self.own_borrowed(base, None)?;
            self.ctor_call(ty, base, n, generic_owned, (join, after))?;
            self.borrowed = flags;
        }

        self.switch_to(function);
        let fd = self
            .builder
            .ins()
            .load(I64, t, callable, abi::FUNC_DATA_OFFSET);
        let candidates = self.inline_candidates(n + u32::from(has_method));
        let (ts, depth) = if candidates.is_empty() {
            self.takes_exactly(fd, argc, generic);
            self.own_borrowed(base, None)?;
            self.frame_room(enter, generic_owned)
        } else {
            // At the recursion limit the call raises (on the generic path).
            let at_limit = self.cold_block();
            let (ts, depth, shallow) = self.below_recursion_limit();
            let room = self.builder.create_block();
            self.builder.ins().brif(shallow, room, &[], at_limit, &[]);
            self.switch_to(at_limit);
            let flags = self.borrowed.clone();
            self.own_borrowed(base, None)?;
            self.jump(generic_owned, &[]);
            self.borrowed = flags;

            // (A candidate takes exactly these arguments: its native code
            // being the callee's answers `takes_exactly` too.)
            self.switch_to(room);
            let real = self.builder.create_block();
            let params: Vec<Value> = has_method
                .then_some(first)
                .into_iter()
                .chain(args.iter().copied())
                .collect();
            self.inline_calls(
                &candidates,
                (callable, fd, has_method),
                &params,
                (base, real, after),
            )?;
            self.switch_to(real);
            self.takes_exactly(fd, argc, generic);
            self.own_borrowed(base, None)?;
            self.stack_room(ts, enter, generic_owned);
            (ts, depth)
        };

        self.switch_to(enter);
        // The arguments move into the frame, the receiver first.
        let r = self.enter_direct(callable, fd, (ts, depth), |s, at| {
            let receiver = usize::from(has_method);
            if has_method {
                s.builder.ins().store(t, first, at, 0);
            }
            for (i, &a) in args.iter().enumerate() {
                s.builder.ins().store(t, a, at, 8 * (i + receiver) as i32);
            }
        })?;
        self.moved_into_callee(base, n, callable)?;
        self.check_value(r);
        self.decref_object(callable);
        self.jump(after, &[r]);
        Ok(())
    }

    /// The direct call of a class (the callable of a call without a method,
    /// of type `ty`; CPython 3.12's `CALL_ALLOC_AND_ENTER_INIT`): when its
    /// metaclass is `type` and `rt_ctor_enter` finds that calling it only
    /// makes a plain instance and runs a Python `__init__` taking the
    /// instance and these `n` arguments directly, `__init__` is entered
    /// like a direct callee and the instance is the result (`rt_ctor_done`
    /// raises for an error or a result other than None); other classes are
    /// called by `rt_ctor_enter`. Any other callable, or no room for a
    /// frame, branches to `generic`.
    fn ctor_call(
        &mut self,
        ty: Value,
        base: u32,
        n: u32,
        generic: Block,
        (join, after): (Block, Block),
    ) -> TResult {
        let t = trusted();
        let cls = self.get(base + 1)?;
        let args = (base + 2..base + 2 + n)
            .map(|pos| self.get(pos))
            .collect::<TResult<Vec<_>>>()?;
        let room = self.builder.create_block();
        let alloc = self.builder.create_block();
        let enter = self.builder.create_block();
        let declined = self.builder.create_block();
        let fast_end = self.builder.create_block();
        let slow_end = self.cold_block();
        let type_type = self.singleton(abi::SINGLETON_TYPE_TYPE);
        let is_class = self.builder.ins().icmp(IntCC::Equal, ty, type_type);
        self.builder.ins().brif(is_class, room, &[], generic, &[]);

        self.switch_to(room);
        let (ts, depth) = self.frame_room(alloc, generic);

        // The class the site names again: `rt_ctor_new` makes the
        // instance and the site's `__init__` is entered.
        self.switch_to(alloc);
        let site = self.new_site(abi::CTOR_SITE_WORDS)?;
        let cached = self.builder.create_block();
        let made = self.builder.create_block();
        let filling = self.builder.create_block();
        let obj = self.builder.append_block_param(enter, I64);
        let init = self.builder.append_block_param(enter, I64);
        let site_class = self.builder.ins().load(I64, t, site, abi::CTOR_SITE_CLASS);
        let same = self.builder.ins().icmp(IntCC::Equal, site_class, cls);
        self.builder.ins().brif(same, cached, &[], filling, &[]);
        self.switch_to(cached);
        let argc = self.word(i64::from(n) + 1);
        let new = self.call_word(RuntimeFn::rt_ctor_new, &[cls, site, argc])?;
        self.builder.ins().brif(new, made, &[], filling, &[]);
        // (`enter` borrows `__init__` from the class, which holds it while
        // no code runs.)
        self.switch_to(made);
        let site_init = self.builder.ins().load(I64, t, site, abi::CTOR_SITE_INIT);
        self.jump(enter, &[new, site_init]);

        // Otherwise `rt_ctor_enter` fills the site, or calls a class that
        // `__init__` can't be entered for itself, as `rt_call_method` would.
        self.switch_to(filling);
        let array = self.scratch_from_stack(base, n + 2)?;
        let nargs = self.word(i64::from(n));
        let entered = self.call_word(RuntimeFn::rt_ctor_enter, &[array, nargs, site])?;
        let first = self.builder.ins().load(I64, t, array, 0);
        let borrow = self.builder.create_block();
        self.builder.ins().brif(entered, borrow, &[], declined, &[]);
        self.switch_to(borrow);
        self.add_to_refcount(entered, -1);
        self.jump(enter, &[first, entered]);

        self.switch_to(declined);
        self.jump(join, &[first]);

        self.switch_to(enter);
        let fd = self.builder.ins().load(I64, t, init, abi::FUNC_DATA_OFFSET);
        let candidates = self.init_candidates(n + 1);
        if !candidates.is_empty() {
            let real = self.builder.create_block();
            let params: Vec<Value> = std::iter::once(obj).chain(args.iter().copied()).collect();
            let owners: Vec<Option<u32>> = std::iter::once(None)
                .chain((base + 2..base + 2 + n).map(Some))
                .collect();
            let inlined = self.builder.create_block();
            let made = self.builder.append_block_param(inlined, I64);
            self.inline_init(&candidates, fd, (&params, &owners), (real, inlined))?;
            // The instance (never NULL) is the result; the stack keeps the
            // class and the arguments no store moved into the instance
            // (their slots are 0 on the paths that moved them).
            self.switch_to(inlined);
            for pos in base + 2..base + 2 + n {
                if !self.is_borrowed(pos) {
                    let v = self.get(pos)?;
                    self.decref(v);
                }
            }
            self.release_class(base + 1, cls);
            self.jump(after, &[made]);
            self.switch_to(real);
        }
        // One reference for `__init__`'s frame, one for the result; the
        // frame holds `__init__` too.
        self.add_to_refcount(obj, 1);
        self.add_to_refcount(init, 1);
        let r = self.enter_direct(init, fd, (ts, depth), |s, at| {
            s.builder.ins().store(t, obj, at, 0);
            for (i, &a) in args.iter().enumerate() {
                s.builder.ins().store(t, a, at, 8 * (i as i32 + 1));
            }
        })?;
        self.decref(init);
        self.moved_into_callee(base, n, cls)?;
        // `__init__` returned None and filled no dict: the instance (None
        // is immortal: its count only drops). Else `rt_ctor_done`.
        let none = self.singleton(abi::SINGLETON_NONE);
        let is_none = self.builder.ins().icmp(IntCC::Equal, r, none);
        let dict = self.builder.ins().load(I64, t, obj, abi::OB_DICT);
        let no_dict = self.builder.ins().icmp_imm_s(IntCC::Equal, dict, 0);
        let plain = self.builder.ins().band(is_none, no_dict);
        self.builder.ins().brif(plain, fast_end, &[], slow_end, &[]);

        // (The callee owns the arguments: only the class stays.)
        self.switch_to(fast_end);
        self.add_to_refcount(r, -1);
        self.release_class(base + 1, cls);
        self.jump(after, &[obj]);

        self.switch_to(slow_end);
        let done = self.call_word(RuntimeFn::rt_ctor_done, &[obj, r])?;
        self.jump(join, &[done]);
        Ok(())
    }

    /// `a op b` (`op` below `NB_INPLACE_OFFSET`, maybe with `NB_OWNS_*`
    /// flags; the operands in stack slots `base` and `base + 1`, not both
    /// ints or floats) through the
    /// instruction's `BINARY_OP` site: while the operand types are the
    /// ones the runtime filled it with (in the current type-lookup epoch:
    /// the runtime retires older sites), the left
    /// type's `__op__` — a Python function taking the two operands
    /// directly — is entered like a direct callee (its own references to
    /// the operands), and a NotImplemented result continues in
    /// `rt_binary_op_after_left`; anything else is `rt_binary_op_site`,
    /// which (re)fills the site. Returns the result (errors raise).
    pub(super) fn binary_op_via_site(&mut self, op: u64, (a, b): (Value, Value)) -> TResult<Value> {
        let t = trusted();
        let site = self.new_site(abi::BINOP_SITE_WORDS)?;
        let join = self.builder.create_block();
        let r = self.builder.append_block_param(join, I64);
        let generic = self.cold_block();
        let right_type = self.builder.create_block();
        let rt = self.builder.append_block_param(right_type, I64);
        let typed = self.builder.create_block();
        let function = self.builder.create_block();
        let enter = self.builder.create_block();
        let returned = self.builder.create_block();
        let not_implemented = self.cold_block();

        let ta = self.type_of_object(a, generic);
        let want_a = self.builder.ins().load(I64, t, site, abi::BINOP_SITE_LEFT);
        let same_a = self.builder.ins().icmp(IntCC::Equal, ta, want_a);
        let heap_b = self.builder.create_block();
        let tagged_b = self.builder.create_block();
        self.builder.ins().brif(same_a, heap_b, &[], generic, &[]);
        self.switch_to(heap_b);
        let tb = self.type_of_object(b, tagged_b);
        self.builder.ins().jump(right_type, &[tb.into()]);
        self.switch_to(tagged_b);
        let int_type = self.singleton(abi::SINGLETON_INT_TYPE);
        self.builder.ins().jump(right_type, &[int_type.into()]);

        self.switch_to(right_type);
        // (A site filled before the epoch last changed has a retired left
        // type word, which no type matches.)
        let want_b = self.builder.ins().load(I64, t, site, abi::BINOP_SITE_RIGHT);
        let same_b = self.builder.ins().icmp(IntCC::Equal, rt, want_b);
        self.builder.ins().brif(same_b, typed, &[], generic, &[]);

        self.switch_to(typed);
        let func = self.builder.ins().load(I64, t, site, abi::BINOP_SITE_FUNC);
        let fty = self.builder.ins().load(I64, t, func, abi::OB_TYPE);
        let function_type = self.singleton(abi::SINGLETON_FUNCTION_TYPE);
        let is_function = self.builder.ins().icmp(IntCC::Equal, fty, function_type);
        self.builder
            .ins()
            .brif(is_function, function, &[], generic, &[]);

        self.switch_to(function);
        let two = self.word(2);
        let (fd, ts, depth) = self.direct_callee(func, two, enter, generic);

        self.switch_to(enter);
        self.store_frame_u32(abi::FRAME_LASTI, self.pc as u32);
        self.incref(a);
        self.incref(b);
        // The frame borrows the function, which the site may drop while
        // it runs (a refill): it holds a reference of its own meanwhile.
        self.add_to_refcount(func, 1);
        let result = self.enter_direct(func, fd, (ts, depth), |s, at| {
            s.builder.ins().store(t, a, at, 0);
            s.builder.ins().store(t, b, at, 8);
        })?;
        self.decref_object(func);
        self.check_value(result);
        let not_impl = self.singleton(abi::SINGLETON_NOT_IMPLEMENTED);
        let is_not_impl = self.builder.ins().icmp(IntCC::Equal, result, not_impl);
        self.builder
            .ins()
            .brif(is_not_impl, not_implemented, &[], returned, &[]);
        self.switch_to(returned);
        self.jump(join, &[result]);

        // (NotImplemented is immortal: dropping the result is nothing.)
        self.switch_to(not_implemented);
        let op_word = self.word((op & abi::NB_OP_MASK) as i64);
        let rest = self.call_value(RuntimeFn::rt_binary_op_after_left, &[a, b, op_word])?;
        self.jump(join, &[rest]);

        self.switch_to(generic);
        let op_word = self.word(op as i64);
        let r_generic = self.call_value(RuntimeFn::rt_binary_op_site, &[a, b, op_word, site])?;
        self.jump(join, &[r_generic]);

        self.switch_to(join);
        Ok(r)
    }

    /// Releases the class a class call called (a heap object), which the
    /// stack held in slot `pos` unless borrowed.
    fn release_class(&mut self, pos: u32, cls: Value) {
        if !self.is_borrowed(pos) {
            self.decref_object(cls);
        }
    }

    /// `CALL_FUNCTION_EX flags`: [NULL, f, args_tuple, kwargs?] -> [result]
    pub(super) fn op_call_function_ex(&mut self, flags: u32) -> TResult {
        let has_kwargs = flags & 1 != 0;
        let inputs = if has_kwargs { 4 } else { 3 };
        let base = self.below(inputs)?;
        let f = self.get(base + 1)?;
        let args = self.get(base + 2)?;
        let kwargs = if has_kwargs {
            self.get(base + 3)?
        } else {
            self.word(0)
        };
        let r = self.call_value(RuntimeFn::rt_call_ex, &[f, args, kwargs])?;
        self.replace_top(inputs, r)
    }

    /// `MAKE_FUNCTION flags`: [defaults?, kwdefaults?, annotations?,
    /// closure?, code] -> [function]; the extras present (per flag bit) go
    /// to the runtime as an array, in that order.
    pub(super) fn op_make_function(&mut self, flags: u32) -> TResult {
        if self.op_genexpr_make_function(flags)? {
            return Ok(());
        }
        let extras = (flags & 0xf).count_ones();
        let base = self.below(extras + 1)?;
        let code = self.peek(1)?;
        let array = self.scratch_from_stack(base, extras)?;
        let flags = self.word(i64::from(flags));
        let r = self.call_value(
            RuntimeFn::rt_make_function,
            &[self.frame, code, flags, array],
        )?;
        self.replace_top(extras + 1, r)
    }

    /// `LOAD_BUILD_CLASS`: [] -> [__build_class__]
    pub(super) fn op_load_build_class(&mut self) -> TResult {
        let v = self.call_value(RuntimeFn::rt_load_build_class, &[])?;
        self.set(self.depth, v)
    }
}
