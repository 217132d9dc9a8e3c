//! Call-site caches for module functions (`math.sqrt(x)`), each site's
//! words in this function's site data (layouts in `abi`):
//!
//! - `LOAD_METHOD` right after a `LOAD_GLOBAL`/`LOAD_NAME` first compares
//!   the receiver with the module its site holds and that module's dict
//!   version with the one the site was filled at; on a match it pushes NULL
//!   and the cached attribute (CPython 3.11's `LOAD_METHOD_MODULE`).
//!   Another exact module asks `rt_load_module_attr`, which fills the
//!   site; any other receiver takes the general path (`attrs`).
//! - `CALL` with one or two arguments and no method, whose callable a
//!   global, attribute or method load of a name in `abi::MATH_KERNEL_NAMES`
//!   or a local or closure variable (a function passed in) pushed,
//!   compares the callable with the math function its site holds, and
//!   calls that function's
//!   float kernel (`modules::math::Kernel`) on exact float (or small int)
//!   arguments. A finite result is the built-in's result; anything else
//!   (other arguments, a NaN or infinite result, which may be an error)
//!   goes on to the general call, which fills the site
//!   (`rt_call_kernel_site`; a math function without a kernel of that
//!   many arguments is cached with kernel 0). The result stays unboxed
//!   when a float operation reads it (`unboxed`).
//! - `CALL 1` whose callable a load of a name in `abi::INT_KERNEL_NAMES`
//!   pushed (`math.floor(x)`, `round(x)`) takes the same path with the
//!   site's rounding kernel (`modules::math::INT_KERNELS`): an integral
//!   result within the small ints is the built-in's result, tagged; any
//!   other (infinities, NaN, big ints) goes on to the general call.
//!   `round(x, n)` of an exact float and a small int calls `round`'s
//!   float kernel (`types::float::k_round_digits`). The site's kind word
//!   tells the runtime which kernels it caches.

use super::stack::trusted;
use super::unboxed::EXACT_INT_LIMIT;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::Instr;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, InstBuilder, Signature, Value,
    condcodes::{FloatCC, IntCC},
    types::{F64, I64},
};

impl<'a> FunctionTranslator<'a> {
    /// `LOAD_METHOD namei`: [o] -> [meth, o] or [NULL, o.name], with the
    /// module site first when a global pushed `o`.
    pub(super) fn op_load_method_site(&mut self, namei: u32) -> TResult {
        let pushed_by_name = self.pc.checked_sub(1).is_some_and(|j| {
            matches!(
                self.code.instrs[j].op,
                Opcode::LOAD_GLOBAL | Opcode::LOAD_NAME
            )
        });
        if !pushed_by_name || self.blocks[self.pc].is_some() || self.is_borrowed(self.below(1)?) {
            return self.op_load_method(namei);
        }
        let t = trusted();
        let base = self.below(1)?;
        let o = self.get(base)?;
        let site = self.new_site(abi::MODULE_SITE_WORDS)?;
        let done = self.builder.create_block();
        let first = self.builder.append_block_param(done, I64);
        let second = self.builder.append_block_param(done, I64);
        let same_module = self.builder.create_block();
        let hit = self.builder.create_block();
        let not_cached = self.builder.create_block();
        let fill = self.builder.create_block();
        let other = self.builder.create_block();

        let cached = self
            .builder
            .ins()
            .load(I64, t, site, abi::MODULE_SITE_MODULE);
        let same = self.builder.ins().icmp(IntCC::Equal, o, cached);
        self.builder
            .ins()
            .brif(same, same_module, &[], not_cached, &[]);

        self.builder.switch_to_block(same_module);
        let d = self.builder.ins().load(I64, t, site, abi::MODULE_SITE_DICT);
        let version = self.builder.ins().load(I64, t, d, abi::DICT_VERSION_OFFSET);
        let filled_at = self
            .builder
            .ins()
            .load(I64, t, site, abi::MODULE_SITE_VERSION);
        let unchanged = self.builder.ins().icmp(IntCC::Equal, version, filled_at);
        self.builder.ins().brif(unchanged, hit, &[], fill, &[]);

        // The stack's reference to the module is released; the attribute
        // gets one of its own.
        self.builder.switch_to_block(hit);
        let value = self
            .builder
            .ins()
            .load(I64, t, site, abi::MODULE_SITE_VALUE);
        self.incref(value);
        self.decref(o);
        let null = self.word(0);
        self.jump(done, &[null, value]);

        self.switch_to(not_cached);
        let ty = self.type_of_object(o, other);
        let module_type = self.singleton(abi::SINGLETON_MODULE_TYPE);
        let is_module = self.builder.ins().icmp(IntCC::Equal, ty, module_type);
        self.builder.ins().brif(is_module, fill, &[], other, &[]);

        self.switch_to(fill);
        let name = self.name_word(namei)?;
        let r = self.call_word(RuntimeFn::rt_load_module_attr, &[o, name, site])?;
        self.check_value(r);
        self.decref(o);
        let null = self.word(0);
        self.jump(done, &[null, r]);

        self.switch_to(other);
        self.op_load_method(namei)?;
        let (a, b) = (self.get(base)?, self.get(base + 1)?);
        self.jump(done, &[a, b]);

        self.switch_to(done);
        self.set(base, first)?;
        self.set(base + 1, second)
    }

    /// Whether the `CALL` at `pc` (one or two arguments, no keywords)
    /// gets the kernel path: its callable was loaded by a name in
    /// `abi::MATH_KERNEL_NAMES` (`callable_name`), or from a variable
    /// (`callable_is_variable`). A guess: the site checks the callable
    /// itself.
    pub(super) fn may_call_kernel(&self, pc: usize) -> bool {
        let instr = &self.code.instrs[pc];
        instr.op == Opcode::CALL
            && matches!(instr.arg, 1 | 2)
            && (self.callable_is_variable(pc)
                || self
                    .callable_name(pc)
                    .is_some_and(|n| abi::MATH_KERNEL_NAMES.contains(&n))
                || self.kernel_kind(pc) != abi::KERNEL_KIND_FLOAT)
    }

    /// The kind of kernel site of the `CALL` at `pc` (`abi::KERNEL_KIND_*`)
    /// by the name its callable was loaded by: a rounding kernel for one
    /// argument and a name in `abi::INT_KERNEL_NAMES`, `round`'s kernel
    /// for `round(x, n)`, float kernels otherwise.
    fn kernel_kind(&self, pc: usize) -> i64 {
        match (self.callable_name(pc), self.code.instrs[pc].arg) {
            (Some(name), 1) if abi::INT_KERNEL_NAMES.contains(&name) => abi::KERNEL_KIND_INT,
            (Some("round"), 2) => abi::KERNEL_KIND_ROUND_DIGITS,
            _ => abi::KERNEL_KIND_FLOAT,
        }
    }

    /// The instruction that pushed the callable of the `CALL` at `pc`: the
    /// last one before the call that started below the callable's slot.
    fn callable_producer(&self, pc: usize) -> Option<&'a Instr> {
        let code: &'a _ = self.code;
        let instr = &code.instrs[pc];
        if instr.op != Opcode::CALL {
            return None;
        }
        let base = code.depths[pc]?.checked_sub(instr.arg + 2)?;
        let producer = (0..pc)
            .rev()
            .find(|&j| code.depths[j].is_some_and(|d| d <= base + 1))?;
        Some(&code.instrs[producer])
    }

    /// Whether the callable of the `CALL` at `pc` is a local or closure
    /// variable (`f(x)` with `f` a parameter): a function passed around,
    /// often a math function (`integrate(math.sin, ...)`) and hardly ever
    /// `len` or `isinstance`.
    pub(super) fn callable_is_variable(&self, pc: usize) -> bool {
        self.callable_producer(pc)
            .is_some_and(|p| matches!(p.op, Opcode::LOAD_FAST | Opcode::LOAD_DEREF))
    }

    /// The name the callable of the `CALL` at `pc` was loaded by: the
    /// instruction that pushed it (the last one before the call that
    /// started below the callable's slot) loads a global, name, attribute
    /// or method. None when another instruction pushed it. Inline paths
    /// for particular built-ins use it as a guess (each still checks the
    /// callable), so a built-in bound to another name just takes the
    /// general path.
    pub(super) fn callable_name(&self, pc: usize) -> Option<&'a str> {
        let code: &'a _ = self.code;
        let p = self.callable_producer(pc)?;
        let namei = match p.op {
            Opcode::LOAD_METHOD | Opcode::LOAD_ATTR | Opcode::LOAD_NAME => p.arg,
            Opcode::LOAD_GLOBAL => p.arg >> 1,
            _ => return None,
        };
        code.names.get(namei as usize).map(String::as_str)
    }

    /// The float-kernel path of `CALL n` (one or two arguments, stack slots
    /// from `base`): jumps to `join` with the result, boxed unless `defer`
    /// (then the word is 0 and the result in the slot's float register);
    /// otherwise continues in a new block. Returns the site, for the
    /// general call.
    ///
    /// `raws` are the float registers of arguments that may be unboxed
    /// (word 0); every other path gets them boxed here.
    pub(super) fn kernel_call(
        &mut self,
        base: u32,
        n: u32,
        (raws, defer): (&[Option<Value>], bool),
        join: Block,
    ) -> TResult<Value> {
        let t = trusted();
        let m = self.get(base)?;
        let callable = self.get(base + 1)?;
        let args = (base + 2..base + 2 + n)
            .map(|pos| self.get(pos))
            .collect::<TResult<Vec<_>>>()?;
        let site = self.new_site(abi::KERNEL_SITE_WORDS)?;
        let other = self.builder.create_block();
        let plain = self.builder.create_block();
        let kernel = self.builder.create_block();
        let known = self.builder.create_block();
        let finite = self.builder.create_block();
        let kind = self.kernel_kind(self.pc);
        if self.known_word(m) == Some(0) {
            self.builder.ins().jump(plain, &[]);
        } else {
            self.builder.ins().brif(m, other, &[], plain, &[]);
        }

        self.builder.switch_to_block(plain);
        let cached = self
            .builder
            .ins()
            .load(I64, t, site, abi::KERNEL_SITE_CALLABLE);
        let same = self.builder.ins().icmp(IntCC::Equal, callable, cached);
        self.builder.ins().brif(same, kernel, &[], other, &[]);

        self.builder.switch_to_block(kernel);
        let f = self
            .builder
            .ins()
            .load(I64, t, site, abi::KERNEL_SITE_KERNEL);
        self.builder.ins().brif(f, known, &[], other, &[]);

        self.builder.switch_to_block(known);
        let mut xs = Vec::with_capacity(args.len());
        if kind == abi::KERNEL_KIND_ROUND_DIGITS {
            // `round(x, n)`: an exact float (an int rounds to an int) and
            // a small int, passed as a float.
            let (x, _) = self.float_value(args[0], raws[0], None, other);
            let digits = self.builder.create_block();
            let small = self.builder.ins().band_imm_s(args[1], abi::INT_TAG as i64);
            self.builder.ins().brif(small, digits, &[], other, &[]);
            self.builder.switch_to_block(digits);
            let nd = self.builder.ins().sshr_imm_s(args[1], 1);
            xs.extend([x, self.builder.ins().fcvt_from_sint(F64, nd)]);
        } else {
            for (&a, &raw) in args.iter().zip(raws) {
                let (x, _) = self.float_value(a, raw, Some(Some(EXACT_INT_LIMIT)), other);
                xs.push(x);
            }
        }
        let mut sig = Signature::new(self.module.isa().default_call_conv());
        sig.params.extend(xs.iter().map(|_| AbiParam::new(F64)));
        sig.returns.push(AbiParam::new(F64));
        let sig = self.builder.import_signature(sig);
        let call = self.builder.ins().call_indirect(sig, f, &xs);
        let r = self.builder.inst_results(call)[0];
        if kind == abi::KERNEL_KIND_INT {
            // Within (-2**62, 2**62) the integral result is a small int;
            // NaN fails both comparisons.
            let bound = (abi::SMALL_INT_MAX as f64 + 1.0).to_bits();
            let hi = self.builder.ins().f64const(f64::from_bits(bound));
            let lo = self.builder.ins().fneg(hi);
            let below = self.builder.ins().fcmp(FloatCC::LessThan, r, hi);
            let above = self.builder.ins().fcmp(FloatCC::GreaterThan, r, lo);
            let inside = self.builder.ins().band(below, above);
            self.builder.ins().brif(inside, finite, &[], other, &[]);

            // (A deferred result reads the word first: a tagged int is
            // never 0.)
            self.builder.switch_to_block(finite);
            let n = self.builder.ins().fcvt_to_sint(I64, r);
            let doubled = self.builder.ins().ishl_imm_s(n, 1);
            let tagged = self.builder.ins().bor_imm_s(doubled, abi::INT_TAG as i64);
            self.builder.ins().jump(join, &[BlockArg::Value(tagged)]);

            self.builder.switch_to_block(other);
            return self.kernel_site_other(base, (&args, raws), kind, site);
        }
        let magnitude = self.builder.ins().fabs(r);
        let inf = self.builder.ins().f64const(f64::INFINITY);
        let is_finite = self.builder.ins().fcmp(FloatCC::LessThan, magnitude, inf);
        self.builder.ins().brif(is_finite, finite, &[], other, &[]);

        self.builder.switch_to_block(finite);
        let word = if defer {
            let var = self.raw_floats[base as usize];
            self.builder.def_var(var, r);
            self.word(0)
        } else {
            self.box_float(r)
        };
        self.builder.ins().jump(join, &[BlockArg::Value(word)]);

        self.builder.switch_to_block(other);
        self.kernel_site_other(base, (&args, raws), kind, site)
    }

    /// The start of `kernel_call`'s other paths: stores the site's kind
    /// (other than float) for the general call, which fills the site with
    /// kernels of that kind, and boxes the arguments that may be unboxed.
    /// Returns the site.
    fn kernel_site_other(
        &mut self,
        base: u32,
        (args, raws): (&[Value], &[Option<Value>]),
        kind: i64,
        site: Value,
    ) -> TResult<Value> {
        if kind != abi::KERNEL_KIND_FLOAT {
            let kind = self.word(kind);
            self.builder
                .ins()
                .store(trusted(), kind, site, abi::KERNEL_SITE_KIND);
        }
        for (pos, (&a, &raw)) in (base + 2..).zip(args.iter().zip(raws)) {
            if let Some(raw) = raw {
                self.box_if_unboxed(a, raw, pos)?;
            }
        }
        Ok(site)
    }
}
