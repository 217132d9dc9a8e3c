//! Speculative inlining of trivial Python functions at direct call sites.
//!
//! Many methods only read their object — `def output(self): return self.v2
//! if self.direction == FORWARD else self.v1`, `def is_input(self): return
//! False`, `return len(self.inbox) > 0 or not self.waiting` — and entering
//! a frame for them costs more than their body. `InlineTable` lists the
//! program's functions whose whole body is such a read; a `CALL` whose
//! callable was loaded by one of their names (a method or a global) gets,
//! once the direct call's first checks have passed (a Python function
//! taking exactly these arguments) and while the recursion depth is below
//! the limit (at the limit the call raises), a comparison of the callee's
//! native code with each candidate's (the same native code means the same
//! code object, so the same bytecode), and on a match runs the body in
//! place:
//!
//! - every instruction of the body only reads: parameters, constants, the
//!   callee's globals and builtins through sites of their own, attribute
//!   values held inline in instances, small-int comparisons, identity, the
//!   truth of bools, None, small ints and exact sized containers, `len()`
//!   of exact containers. Running it changes nothing and runs no Python
//!   code;
//! - any check that fails (a site miss, another type, a global that is not
//!   the built-in `len`) abandons the inlined body for the real call, which
//!   does everything the normal way. A site that missed is filled first
//!   (`rt_attr_site_prime`, `rt_global_site_prime`: no Python code runs,
//!   nothing is loaded), so the next call can hit;
//! - nothing in the body can raise, so no traceback ever needs its frame.
//!
//! The body reads the callee's own globals, builtins, constants and names
//! (`FUNC_GLOBALS`, `FUNC_BUILTINS`, `FUNC_DIRECT_CONSTS`,
//! `FUNC_DIRECT_NAMES`), so a function made from the same code elsewhere
//! is handled too.

use super::calls::SIZED_TYPES;
use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::{CO_FAST_LOCAL, CodeObject, Const};
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, InstBuilder, Value,
    condcodes::IntCC,
    types::{I8, I64},
};
use cranelift_module::FuncId;
use std::collections::HashMap;

/// The most instructions one inlined body may translate, counting each
/// path through it separately (a branch's continuation is translated once
/// per path).
const MAX_INSTRS: usize = 40;

/// A call site inlines at most this many candidates of its name.
const MAX_CANDIDATES: usize = 3;

/// The program's inlinable functions, by name.
pub struct InlineTable<'a> {
    codes: &'a [CodeObject],
    functions: &'a [FuncId],
    by_name: HashMap<&'a str, Vec<usize>>,
}

impl<'a> InlineTable<'a> {
    /// The inlinable code objects of `codes` (whose functions are
    /// `functions`, in the same order).
    pub fn new(codes: &'a [CodeObject], functions: &'a [FuncId]) -> Self {
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        for (index, code) in codes.iter().enumerate() {
            if inlinable(code) {
                by_name.entry(code.name.as_str()).or_default().push(index);
            }
        }
        InlineTable {
            codes,
            functions,
            by_name,
        }
    }

    /// A table with no candidates (for translating one code object alone).
    #[cfg(test)]
    pub fn empty() -> Self {
        InlineTable {
            codes: &[],
            functions: &[],
            by_name: HashMap::new(),
        }
    }

    /// The candidates for a call of a callable loaded by `name` with
    /// `argc` arguments: none when there are more than `MAX_CANDIDATES`
    /// (the guess would mostly fail).
    fn candidates(&self, name: &str, argc: u32) -> Vec<usize> {
        let found: Vec<usize> = self
            .by_name
            .get(name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| self.codes[i].argcount == argc)
            .collect();
        if found.len() > MAX_CANDIDATES {
            return Vec::new();
        }
        found
    }
}

/// Where a pushed value comes from.
#[derive(Clone, Copy)]
enum Source {
    Param(u32),
    Const(u32),
    /// A global by name index, after a NULL when the flag is set.
    Global(u32, bool),
}

/// How an instruction branches: on the truth of the popped value, or on
/// whether it is None; `keep` leaves it on the stack at the target.
#[derive(Clone, Copy)]
enum Test {
    Truth { jump_if: bool, keep: bool },
    IsNone { jump_if: bool },
}

/// What one instruction of an inlinable body does.
#[derive(Clone, Copy)]
enum Step {
    Skip,
    Push(Source),
    Attr(u32),
    Compare(IntCC),
    Is {
        negate: bool,
    },
    Not,
    Branch(Test, usize),
    Jump(usize),
    /// `CALL 1` of what must be the built-in `len`.
    Len,
    Return,
}

/// The step of instruction `pc`, or None when it can't be inlined.
fn step(code: &CodeObject, pc: usize) -> Option<Step> {
    use Opcode::*;
    let instr = code.instrs.get(pc)?;
    let arg = instr.arg;
    let forward = |target: u32| (target as usize > pc).then_some(target as usize);
    let truth = |jump_if, keep| Some(Step::Branch(Test::Truth { jump_if, keep }, forward(arg)?));
    Some(match instr.op {
        NOP => Step::Skip,
        LOAD_FAST if arg < code.argcount => Step::Push(Source::Param(arg)),
        LOAD_CONST if (arg as usize) < code.consts.len() => Step::Push(Source::Const(arg)),
        LOAD_GLOBAL if ((arg >> 1) as usize) < code.names.len() => {
            Step::Push(Source::Global(arg >> 1, arg & 1 != 0))
        }
        LOAD_ATTR if (arg as usize) < code.names.len() => Step::Attr(arg),
        COMPARE_OP => Step::Compare(match u64::from(arg) {
            abi::CMP_LT => IntCC::SignedLessThan,
            abi::CMP_LE => IntCC::SignedLessThanOrEqual,
            abi::CMP_EQ => IntCC::Equal,
            abi::CMP_NE => IntCC::NotEqual,
            abi::CMP_GT => IntCC::SignedGreaterThan,
            abi::CMP_GE => IntCC::SignedGreaterThanOrEqual,
            _ => return None,
        }),
        IS_OP => Step::Is { negate: arg != 0 },
        UNARY_NOT => Step::Not,
        POP_JUMP_IF_FALSE => return truth(false, false),
        POP_JUMP_IF_TRUE => return truth(true, false),
        JUMP_IF_FALSE_OR_POP => return truth(false, true),
        JUMP_IF_TRUE_OR_POP => return truth(true, true),
        POP_JUMP_IF_NONE => Step::Branch(Test::IsNone { jump_if: true }, forward(arg)?),
        POP_JUMP_IF_NOT_NONE => Step::Branch(Test::IsNone { jump_if: false }, forward(arg)?),
        JUMP_FORWARD => Step::Jump(forward(arg)?),
        CALL if arg == 1 => Step::Len,
        RETURN_VALUE => Step::Return,
        _ => return None,
    })
}

/// What the plan knows of a stack item.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// An object word (a global's: with its name index).
    Word(Option<u32>),
    /// A comparison's outcome, not yet an object.
    Cond,
    Null,
}

/// Whether `code`'s whole body can run inlined (every path checked, within
/// `MAX_INSTRS`).
fn inlinable(code: &CodeObject) -> bool {
    let flags = abi::CO_VARARGS | abi::CO_VARKEYWORDS | abi::CO_LOCALS_IN_FRAME;
    code.flags & flags == 0
        && !code.is_generator_like()
        && code.kwonlyargcount == 0
        && code
            .localsplus
            .iter()
            .all(|&(_, kind)| kind == CO_FAST_LOCAL)
        && code.handlers.iter().all(Option::is_none)
        && plan_path(code, 0, Vec::new(), &mut { MAX_INSTRS })
}

/// Checks the path from `pc` with `stack` (see `emit_path`).
fn plan_path(code: &CodeObject, mut pc: usize, mut stack: Vec<Kind>, budget: &mut usize) -> bool {
    let word = |k: Option<Kind>| matches!(k, Some(Kind::Word(_)));
    let testable = |k: Option<Kind>| matches!(k, Some(Kind::Word(_) | Kind::Cond));
    loop {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        let Some(s) = step(code, pc) else {
            return false;
        };
        match s {
            Step::Skip => {}
            Step::Push(Source::Global(namei, null)) => {
                if null {
                    stack.push(Kind::Null);
                }
                stack.push(Kind::Word(Some(namei)));
            }
            Step::Push(_) => stack.push(Kind::Word(None)),
            Step::Attr(_) => {
                if !word(stack.pop()) {
                    return false;
                }
                stack.push(Kind::Word(None));
            }
            Step::Compare(_) | Step::Is { .. } => {
                if !(word(stack.pop()) && word(stack.pop())) {
                    return false;
                }
                stack.push(Kind::Cond);
            }
            Step::Not => {
                if !testable(stack.pop()) {
                    return false;
                }
                stack.push(Kind::Cond);
            }
            Step::Branch(test, target) => {
                let top = stack.pop();
                let ok = match test {
                    Test::Truth { .. } => testable(top),
                    Test::IsNone { .. } => word(top),
                };
                let mut at_target = stack.clone();
                if let (Test::Truth { keep: true, .. }, Some(k)) = (test, top) {
                    at_target.push(k);
                }
                if !ok || !plan_path(code, target, at_target, budget) {
                    return false;
                }
            }
            Step::Jump(target) => {
                pc = target;
                continue;
            }
            Step::Len => {
                let arg = stack.pop();
                let callable = stack.pop();
                let null = stack.pop();
                let is_len = matches!(callable, Some(Kind::Word(Some(namei)))
                    if code.names[namei as usize] == "len");
                if !(word(arg) && is_len && null == Some(Kind::Null)) {
                    return false;
                }
                stack.push(Kind::Word(None));
            }
            Step::Return => return testable(stack.pop()),
        }
        pc += 1;
    }
}

/// A stack item of a body being emitted.
#[derive(Clone, Copy)]
enum Item {
    /// A borrowed object word (the body's values are all alive while it
    /// runs: nothing it does releases anything).
    Word(Value),
    /// An I8 condition.
    Cond(Value),
    Null,
}

impl FunctionTranslator<'_> {
    /// The inlining candidates of the current `CALL` with `argc`
    /// arguments (the receiver included).
    pub(super) fn inline_candidates(&self, argc: u32) -> Vec<usize> {
        match self.callable_name(self.pc) {
            Some(name) => self.inline.candidates(name, argc),
            None => Vec::new(),
        }
    }

    /// Emits the inlined bodies of `candidates` for a direct call of the
    /// function with data `fd` and arguments `args` (borrowed from the
    /// stack, from `base`): each candidate whose native code the callee's
    /// is runs in place, then the stack is released and control goes to
    /// `after` with the result; anything else continues at `real`.
    pub(super) fn inline_calls(
        &mut self,
        candidates: &[usize],
        fd: Value,
        args: &[Value],
        (base, real, after): (u32, Block, Block),
    ) -> TResult {
        let t = trusted();
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        // The call would raise a RecursionError at the limit: it does.
        let room = self.builder.create_block();
        let (_, _, shallow) = self.below_recursion_limit();
        self.builder.ins().brif(shallow, room, &[], real, &[]);
        self.switch_to(room);
        let native = self.builder.ins().load(I64, t, fd, abi::FUNC_DIRECT_NATIVE);
        for (k, &index) in candidates.iter().enumerate() {
            let body = self.builder.create_block();
            let next = if k + 1 == candidates.len() {
                real
            } else {
                self.builder.create_block()
            };
            let id = self.inline.functions[index];
            let fref = self.module.declare_func_in_func(id, self.builder.func);
            let addr = self.builder.ins().func_addr(I64, fref);
            let same = self.builder.ins().icmp(IntCC::Equal, native, addr);
            self.builder.ins().brif(same, body, &[], next, &[]);
            self.switch_to(body);
            let code = &self.inline.codes[index];
            let mut budget = MAX_INSTRS;
            self.emit_path(code, (fd, args), (0, Vec::new()), (real, done), &mut budget)?;
            if next != real {
                self.switch_to(next);
            }
        }

        // The callee's frame would have released its arguments, then the
        // function.
        self.switch_to(done);
        self.decref_slots(base + 1..self.depth)?;
        self.decref_slots(base..base + 1)?;
        self.jump(after, &[result]);
        Ok(())
    }

    /// Emits the path of inlined `code` from `pc` with `stack`: jumps to
    /// `done` with a new reference to the result, or to `real` when a
    /// check fails. `plan_path` accepted it, so every step fits.
    fn emit_path(
        &mut self,
        code: &CodeObject,
        (fd, params): (Value, &[Value]),
        (mut pc, mut stack): (usize, Vec<Item>),
        (real, done): (Block, Block),
        budget: &mut usize,
    ) -> TResult {
        let bad = || format!("inlined {} does not fit its plan", code.qualname);
        loop {
            *budget = budget.checked_sub(1).ok_or_else(bad)?;
            let s = step(code, pc).ok_or_else(bad)?;
            let pop = |stack: &mut Vec<Item>| stack.pop().ok_or_else(bad);
            match s {
                Step::Skip => {}
                Step::Push(Source::Param(i)) => stack.push(Item::Word(params[i as usize])),
                Step::Push(Source::Const(k)) => {
                    let w = self.inlined_const(code, fd, k);
                    stack.push(Item::Word(w));
                }
                Step::Push(Source::Global(namei, null)) => {
                    if null {
                        stack.push(Item::Null);
                    }
                    let w = self.inlined_global(fd, namei, real)?;
                    stack.push(Item::Word(w));
                }
                Step::Attr(namei) => {
                    let Item::Word(o) = pop(&mut stack)? else {
                        return Err(bad());
                    };
                    let w = self.inlined_attr(o, fd, namei, real)?;
                    stack.push(Item::Word(w));
                }
                Step::Compare(cc) => {
                    let (Item::Word(b), Item::Word(a)) = (pop(&mut stack)?, pop(&mut stack)?)
                    else {
                        return Err(bad());
                    };
                    // Small ints only: their words order as they do.
                    let ints = self.builder.create_block();
                    let both = self.builder.ins().band(a, b);
                    let tag = self.builder.ins().band_imm_s(both, 1);
                    self.builder.ins().brif(tag, ints, &[], real, &[]);
                    self.switch_to(ints);
                    let c = self.builder.ins().icmp(cc, a, b);
                    stack.push(Item::Cond(c));
                }
                Step::Is { negate } => {
                    let (Item::Word(b), Item::Word(a)) = (pop(&mut stack)?, pop(&mut stack)?)
                    else {
                        return Err(bad());
                    };
                    let cc = if negate {
                        IntCC::NotEqual
                    } else {
                        IntCC::Equal
                    };
                    let c = self.builder.ins().icmp(cc, a, b);
                    stack.push(Item::Cond(c));
                }
                Step::Not => {
                    let x = pop(&mut stack)?;
                    let c = self.inlined_truth(x, real)?;
                    let not = self.builder.ins().icmp_imm_s(IntCC::Equal, c, 0);
                    stack.push(Item::Cond(not));
                }
                Step::Branch(test, target) => {
                    let x = pop(&mut stack)?;
                    let (c, jump_if) = match (test, x) {
                        (Test::Truth { jump_if, .. }, _) => (self.inlined_truth(x, real)?, jump_if),
                        (Test::IsNone { jump_if }, Item::Word(w)) => {
                            let none = self.none_word();
                            (self.builder.ins().icmp(IntCC::Equal, w, none), jump_if)
                        }
                        _ => return Err(bad()),
                    };
                    let (taken, fall) = (self.builder.create_block(), self.builder.create_block());
                    let (yes, no) = if jump_if {
                        (taken, fall)
                    } else {
                        (fall, taken)
                    };
                    self.builder.ins().brif(c, yes, &[], no, &[]);
                    let mut at_target = stack.clone();
                    if let Test::Truth { keep: true, .. } = test {
                        at_target.push(x);
                    }
                    self.switch_to(taken);
                    self.emit_path(
                        code,
                        (fd, params),
                        (target, at_target),
                        (real, done),
                        budget,
                    )?;
                    self.switch_to(fall);
                }
                Step::Jump(target) => {
                    pc = target;
                    continue;
                }
                Step::Len => {
                    let (x, f) = (pop(&mut stack)?, pop(&mut stack)?);
                    pop(&mut stack)?;
                    let (Item::Word(x), Item::Word(f)) = (x, f) else {
                        return Err(bad());
                    };
                    let n = self.inlined_len(f, x, real);
                    stack.push(Item::Word(n));
                }
                Step::Return => {
                    let r = match pop(&mut stack)? {
                        Item::Word(w) => {
                            self.incref(w);
                            w
                        }
                        Item::Cond(c) => self.bool_word(c),
                        Item::Null => return Err(bad()),
                    };
                    self.jump(done, &[r]);
                    return Ok(());
                }
            }
            pc += 1;
        }
    }

    /// Constant `k` of inlined `code` (the callee's, with data `fd`).
    fn inlined_const(&mut self, code: &CodeObject, fd: Value, k: u32) -> Value {
        match code.consts[k as usize] {
            Const::None => self.none_word(),
            Const::True => self.singleton(abi::SINGLETON_TRUE),
            Const::False => self.singleton(abi::SINGLETON_FALSE),
            Const::Int(n) if (abi::SMALL_INT_MIN..=abi::SMALL_INT_MAX).contains(&n) => {
                self.word((n << 1) | 1)
            }
            _ => {
                let t = trusted();
                let consts = self.builder.ins().load(I64, t, fd, abi::FUNC_DIRECT_CONSTS);
                self.builder.ins().load(I64, t, consts, 8 * k as i32)
            }
        }
    }

    /// The name object `namei` of the inlined callee (data `fd`).
    fn inlined_name(&mut self, fd: Value, namei: u32) -> Value {
        let t = trusted();
        let names = self.builder.ins().load(I64, t, fd, abi::FUNC_DIRECT_NAMES);
        self.builder.ins().load(I64, t, names, 8 * namei as i32)
    }

    /// Global `namei` of the inlined callee (data `fd`), borrowed, through
    /// a site of its own; a miss primes the site and goes to `real`.
    fn inlined_global(&mut self, fd: Value, namei: u32, real: Block) -> TResult<Value> {
        let site = self.new_site(abi::GLOBAL_SITE_WORDS)?;
        let miss = self.cold_block();
        let hit = self.builder.create_block();
        let value = self.builder.append_block_param(hit, I64);
        let dicts = (fd, abi::FUNC_GLOBALS, abi::FUNC_BUILTINS);
        let (addr, globals) = self.global_site_entry(site, dicts, true, miss);
        let v = self.builder.ins().load(I64, trusted(), addr, 0);
        self.jump(hit, &[v]);

        self.switch_to(miss);
        let name = self.inlined_name(fd, namei);
        let builtins = self
            .builder
            .ins()
            .load(I64, trusted(), fd, abi::FUNC_BUILTINS);
        self.call_unit(
            RuntimeFn::rt_global_site_prime,
            &[globals, builtins, name, site],
        );
        self.jump(real, &[]);

        self.switch_to(hit);
        Ok(value)
    }

    /// Attribute `namei` of `o` held inline in the instance (borrowed),
    /// through a site of its own; anything else primes the site and goes
    /// to `real`.
    fn inlined_attr(&mut self, o: Value, fd: Value, namei: u32, real: Block) -> TResult<Value> {
        let site = self.new_site(abi::ATTR_SITE_WORDS)?;
        let miss = self.cold_block();
        let set = self.builder.create_block();
        let (entry, _) = self.valid_site_entry(o, site, miss);
        let addr = self.inline_value_addr(o, entry, miss);
        let value = self.builder.ins().load(I64, trusted(), addr, 0);
        self.builder.ins().brif(value, set, &[], miss, &[]);

        self.switch_to(miss);
        let name = self.inlined_name(fd, namei);
        self.call_unit(RuntimeFn::rt_attr_site_prime, &[o, name, site]);
        self.jump(real, &[]);

        self.switch_to(set);
        Ok(value)
    }

    /// The truth of `x` as an I8 when it is a bool, None, a small int or an
    /// exact sized container; anything else goes to `real`.
    fn inlined_truth(&mut self, x: Item, real: Block) -> TResult<Value> {
        let w = match x {
            Item::Cond(c) => return Ok(c),
            Item::Word(w) => w,
            Item::Null => return Err("inlined truth of NULL".into()),
        };
        let t = trusted();
        let known = self.builder.create_block();
        let truth = self.builder.append_block_param(known, I8);
        let heap = self.builder.create_block();
        let tag = self.builder.ins().band_imm_s(w, abi::TAG_MASK as i64);
        let tagged = self.builder.create_block();
        self.builder.ins().brif(tag, tagged, &[], heap, &[]);

        self.switch_to(tagged);
        // (The small int 0 is the word 1.)
        let nonzero = self.builder.ins().icmp_imm_s(IntCC::NotEqual, w, 1);
        self.builder.ins().jump(known, &[nonzero.into()]);

        self.switch_to(heap);
        let yes = self.builder.ins().iconst(I8, 1);
        let no = self.builder.ins().iconst(I8, 0);
        let singletons = [
            (abi::SINGLETON_TRUE, yes),
            (abi::SINGLETON_FALSE, no),
            (abi::SINGLETON_NONE, no),
        ];
        for (singleton, answer) in singletons {
            let next = self.builder.create_block();
            let s = self.singleton(singleton);
            let is = self.builder.ins().icmp(IntCC::Equal, w, s);
            self.builder
                .ins()
                .brif(is, known, &[answer.into()], next, &[]);
            self.switch_to(next);
        }
        let ty = self.builder.ins().load(I64, t, w, abi::OB_TYPE);
        for (singleton, len_offset) in SIZED_TYPES {
            let next = self.builder.create_block();
            let sized = self.builder.create_block();
            let want = self.singleton(singleton);
            let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
            self.builder.ins().brif(same, sized, &[], next, &[]);
            self.switch_to(sized);
            let len = self.builder.ins().load(I64, t, w, len_offset);
            let nonempty = self.builder.ins().icmp_imm_s(IntCC::NotEqual, len, 0);
            self.builder.ins().jump(known, &[nonempty.into()]);
            self.switch_to(next);
        }
        self.jump(real, &[]);

        self.switch_to(known);
        Ok(truth)
    }

    /// `f(x)` where `f` must be the built-in `len` and `x` an exact sized
    /// container: the length as a small int; anything else goes to `real`.
    fn inlined_len(&mut self, f: Value, x: Value, real: Block) -> Value {
        let t = trusted();
        let known = self.builder.create_block();
        let length = self.builder.append_block_param(known, I64);
        let is_len_block = self.builder.create_block();
        let len_fn = self.singleton(abi::SINGLETON_LEN);
        let is_len = self.builder.ins().icmp(IntCC::Equal, f, len_fn);
        self.builder
            .ins()
            .brif(is_len, is_len_block, &[], real, &[]);
        self.switch_to(is_len_block);
        let ty = self.type_of_object(x, real);
        for (singleton, len_offset) in SIZED_TYPES {
            let next = self.builder.create_block();
            let want = self.singleton(singleton);
            let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
            let len = self.builder.ins().load(I64, t, x, len_offset);
            self.builder
                .ins()
                .brif(same, known, &[len.into()], next, &[]);
            self.switch_to(next);
        }
        self.jump(real, &[]);

        self.switch_to(known);
        let shifted = self.builder.ins().ishl_imm_u(length, 1);
        self.builder.ins().bor_imm_u(shifted, 1)
    }
}
