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
//!   values held inline in instances, locals stored and read again,
//!   `+ - * // %` of small ints (no overflow, no zero divisor), `+ - * /`
//!   with a float operand (the other a float or a small int; a result
//!   stays unboxed until returned, and past the return when the caller's
//!   reader of the call's result takes it unboxed, `unboxed`; an
//!   operation on two objects of unknown
//!   type continues on one path for two small ints and on another for
//!   floats), comparisons of small ints and floats, identity, the
//!   truth of bools, None, small ints, floats and exact sized containers,
//!   `len()` of exact containers. Running it changes nothing and runs no
//!   Python code;
//! - any check that fails (a site miss, another type, an int overflow, a
//!   zero divisor, a global that is not the built-in `len`) abandons the
//!   inlined body for the real call, which does everything the normal way.
//!   A site that missed is filled first (`rt_attr_site_prime`,
//!   `rt_global_site_prime`: no Python code runs, nothing is loaded), so
//!   the next call can hit;
//! - nothing in the body can raise, so no traceback ever needs its frame.
//!
//! A class call that enters a Python `__init__` directly (`ctor_call`)
//! runs an `__init__` in place the same way when its body only stores such
//! values into attributes of the new instance (`self.x = x`): the stores
//! wait until every one of them is known to go into the instance's inline
//! value words in order (fresh words, no instance dict), so a failed check
//! still finds the instance untouched for the real call.
//!
//! The body reads the callee's own globals, builtins, constants and names
//! (`FUNC_GLOBALS`, `FUNC_BUILTINS`, `FUNC_DIRECT_CONSTS`,
//! `FUNC_DIRECT_NAMES`), so a function made from the same code elsewhere
//! is handled too.

use super::operators::{float_cc, int_cc};
use super::stack::trusted;
use super::unboxed;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::{CO_FAST_LOCAL, CodeObject, Const};
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, InstBuilder, Value,
    condcodes::{FloatCC, IntCC},
    types::{F64, I8, I64},
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
    /// Inlinable `__init__`s that only store attributes, by qualified name.
    inits: HashMap<&'a str, Vec<usize>>,
    /// How each inlinable code object's body is translated.
    modes: HashMap<usize, Mode>,
}

/// How a body is inlined: as an `__init__` (its stores deferred), and
/// whether an operation on two objects of unknown type also gets a
/// small-int path (`arith_kinds`; without, two small ints make the real
/// call). Paths multiply with each such operation: a body that doesn't
/// fit `MAX_INSTRS` with them is planned again without.
#[derive(Clone, Copy)]
struct Mode {
    init: bool,
    split_ints: bool,
}

impl<'a> InlineTable<'a> {
    /// The inlinable code objects of `codes` (whose functions are
    /// `functions`, in the same order).
    pub fn new(codes: &'a [CodeObject], functions: &'a [FuncId]) -> Self {
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut inits: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut modes = HashMap::new();
        for (index, code) in codes.iter().enumerate() {
            // (An `__init__` is inlined at class calls only.)
            let init = code.name == "__init__";
            let Some(mode) = inlinable(code, init) else {
                continue;
            };
            modes.insert(index, mode);
            if init {
                inits.entry(code.qualname.as_str()).or_default().push(index);
            } else {
                by_name.entry(code.name.as_str()).or_default().push(index);
            }
        }
        InlineTable {
            codes,
            functions,
            by_name,
            inits,
            modes,
        }
    }

    /// The program's code object `index` (none in a table for one code
    /// object alone).
    pub(super) fn code(&self, index: u32) -> Option<&'a CodeObject> {
        self.codes.get(index as usize)
    }

    /// A table with no candidates (for translating one code object alone).
    #[cfg(test)]
    pub fn empty() -> Self {
        InlineTable {
            codes: &[],
            functions: &[],
            by_name: HashMap::new(),
            inits: HashMap::new(),
            modes: HashMap::new(),
        }
    }

    /// The candidates for a call of a callable loaded by `name` with
    /// `argc` arguments.
    fn candidates(&self, name: &str, argc: u32) -> Vec<usize> {
        Self::matching(&self.by_name, self.codes, name, argc)
    }

    /// Whether a call by `name` with `n` arguments may run an inlined
    /// body: as a method (the receiver first) or as a plain function.
    pub(super) fn has_candidates(&self, name: &str, n: u32) -> bool {
        !self.candidates(name, n).is_empty() || !self.candidates(name, n + 1).is_empty()
    }

    /// Whether a call by `name` with `n` arguments may run an inlined body
    /// that does arithmetic (the only way one returns an unboxed float).
    pub(super) fn may_return_float(&self, name: &str, n: u32) -> bool {
        let arith = |index: &usize| {
            let code = &self.codes[*index];
            code.instrs.iter().any(|i| i.op == Opcode::BINARY_OP)
        };
        self.candidates(name, n).iter().any(arith) || self.candidates(name, n + 1).iter().any(arith)
    }

    /// The `__init__` candidates for a call of the class loaded by `name`
    /// with `argc` arguments (the instance included).
    fn init_candidates(&self, class: &str, argc: u32) -> Vec<usize> {
        let qualname = format!("{class}.__init__");
        Self::matching(&self.inits, self.codes, &qualname, argc)
    }

    /// `table`'s entries for `name` taking `argc` arguments, unless there
    /// are more than `MAX_CANDIDATES` (the guess would mostly fail).
    fn matching(
        table: &HashMap<&str, Vec<usize>>,
        codes: &[CodeObject],
        name: &str,
        argc: u32,
    ) -> Vec<usize> {
        let found: Vec<usize> = table
            .get(name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| codes[i].argcount == argc)
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
    Local(u32),
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

/// The operators an inlined body computes on floats (an operand a float,
/// the other a float or a small int).
const FLOAT_OPS: [u64; 4] = [
    abi::NB_ADD,
    abi::NB_SUBTRACT,
    abi::NB_MULTIPLY,
    abi::NB_TRUE_DIVIDE,
];

/// The operators an inlined body computes on two small ints.
const INT_OPS: [u64; 5] = [
    abi::NB_ADD,
    abi::NB_SUBTRACT,
    abi::NB_MULTIPLY,
    abi::NB_FLOOR_DIVIDE,
    abi::NB_REMAINDER,
];

/// What one instruction of an inlinable body does.
#[derive(Clone, Copy)]
enum Step {
    Skip,
    Push(Source),
    StoreLocal(u32),
    Attr(u32),
    /// `STORE_ATTR` (only into the instance an `__init__` initializes).
    StoreAttr(u32),
    /// `BINARY_OP` of floats (`abi::NB_*`).
    Arith(u64),
    /// `COMPARE_OP` (`abi::CMP_*`).
    Compare(u32),
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
        LOAD_FAST if (arg as usize) < code.localsplus.len() => Step::Push(Source::Local(arg)),
        STORE_FAST if (arg as usize) < code.localsplus.len() => Step::StoreLocal(arg),
        LOAD_CONST if (arg as usize) < code.consts.len() => Step::Push(Source::Const(arg)),
        LOAD_GLOBAL if ((arg >> 1) as usize) < code.names.len() => {
            Step::Push(Source::Global(arg >> 1, arg & 1 != 0))
        }
        LOAD_ATTR if (arg as usize) < code.names.len() => Step::Attr(arg),
        STORE_ATTR if (arg as usize) < code.names.len() => Step::StoreAttr(arg),
        COMPARE_OP if int_cc(arg).is_some() => Step::Compare(arg),
        BINARY_OP if FLOAT_OPS.contains(&u64::from(arg)) || INT_OPS.contains(&u64::from(arg)) => {
            Step::Arith(u64::from(arg))
        }
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
    /// A float result, not yet an object.
    Float,
    /// A small int (a tagged word).
    Int,
    Null,
    /// (An `__init__`'s) the instance, which is only stored into.
    Receiver,
}

/// How `code`'s whole body can run inlined (every path checked, within
/// `MAX_INSTRS`), if it can; with `init`, as an `__init__` that stores
/// attributes of its first parameter and returns None.
fn inlinable(code: &CodeObject, init: bool) -> Option<Mode> {
    let flags = abi::CO_VARARGS | abi::CO_VARKEYWORDS | abi::CO_LOCALS_IN_FRAME;
    let plain = code.flags & flags == 0
        && !code.is_generator_like()
        && code.kwonlyargcount == 0
        && code
            .localsplus
            .iter()
            .all(|&(_, kind)| kind == CO_FAST_LOCAL)
        && code.handlers.iter().all(Option::is_none)
        && (!init || code.argcount > 0);
    if !plain {
        return None;
    }
    [true, false]
        .into_iter()
        .map(|split_ints| Mode { init, split_ints })
        .find(|&mode| {
            let start = (0, Vec::new(), plan_locals(code, init));
            plan_path(code, start, mode, &mut { MAX_INSTRS })
        })
}

/// The kinds of `code`'s locals on entry: its parameters are objects (an
/// `__init__`'s first is the instance), the others unbound.
fn plan_locals(code: &CodeObject, init: bool) -> Vec<Option<Kind>> {
    (0..code.localsplus.len() as u32)
        .map(|i| match i {
            0 if init => Some(Kind::Receiver),
            i if i < code.argcount => Some(Kind::Word(None)),
            _ => None,
        })
        .collect()
}

/// What `BINARY_OP op` makes of operands of kinds `a` and `b`: the kinds
/// its result may have, each on a path of its own (none: it always makes
/// the real call).
fn arith_kinds(op: u64, a: Kind, b: Kind, split_ints: bool) -> Vec<Kind> {
    let ints = INT_OPS.contains(&op);
    let floats = FLOAT_OPS.contains(&op);
    match (a, b) {
        (Kind::Float, _) | (_, Kind::Float) => {
            if floats {
                vec![Kind::Float]
            } else {
                Vec::new()
            }
        }
        (Kind::Int, Kind::Int) => {
            if ints {
                vec![Kind::Int]
            } else {
                Vec::new()
            }
        }
        _ => {
            let mut kinds = Vec::new();
            if ints && (split_ints || !floats) {
                kinds.push(Kind::Int);
            }
            if floats {
                kinds.push(Kind::Float);
            }
            kinds
        }
    }
}

/// Checks the path from `pc` with `stack` and `locals` (see `emit_path`).
fn plan_path(
    code: &CodeObject,
    (mut pc, mut stack, mut locals): (usize, Vec<Kind>, Vec<Option<Kind>>),
    mode: Mode,
    budget: &mut usize,
) -> bool {
    let init = mode.init;
    let word = |k: Option<Kind>| matches!(k, Some(Kind::Word(_) | Kind::Int));
    let number = |k: Option<Kind>| matches!(k, Some(Kind::Word(_) | Kind::Int | Kind::Float));
    let testable = |k: Option<Kind>| {
        matches!(
            k,
            Some(Kind::Word(_) | Kind::Int | Kind::Cond | Kind::Float)
        )
    };
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
            Step::Push(Source::Local(i)) => match locals[i as usize] {
                Some(k) => stack.push(k),
                None => return false,
            },
            Step::Push(Source::Const(k)) => stack.push(match code.consts[k as usize] {
                Const::Int(n) if (abi::SMALL_INT_MIN..=abi::SMALL_INT_MAX).contains(&n) => {
                    Kind::Int
                }
                _ => Kind::Word(None),
            }),
            Step::StoreLocal(i) => match stack.pop() {
                Some(k) if k != Kind::Null => locals[i as usize] = Some(k),
                _ => return false,
            },
            Step::StoreAttr(_) => {
                if !(init && stack.pop() == Some(Kind::Receiver) && testable(stack.pop())) {
                    return false;
                }
            }
            Step::Attr(_) => {
                if !word(stack.pop()) {
                    return false;
                }
                stack.push(Kind::Word(None));
            }
            Step::Is { .. } => {
                if !(word(stack.pop()) && word(stack.pop())) {
                    return false;
                }
                stack.push(Kind::Cond);
            }
            Step::Compare(_) => {
                if !(number(stack.pop()) && number(stack.pop())) {
                    return false;
                }
                stack.push(Kind::Cond);
            }
            Step::Arith(op) => {
                let (b, a) = (stack.pop(), stack.pop());
                let (Some(a), Some(b)) = (a, b) else {
                    return false;
                };
                if !(number(Some(a)) && number(Some(b))) {
                    return false;
                }
                let mut kinds = arith_kinds(op, a, b, mode.split_ints);
                let Some(last) = kinds.pop() else {
                    // (Always the real call.)
                    return true;
                };
                for k in kinds {
                    let mut other = stack.clone();
                    other.push(k);
                    if !plan_path(code, (pc + 1, other, locals.clone()), mode, budget) {
                        return false;
                    }
                }
                stack.push(last);
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
                if !ok || !plan_path(code, (target, at_target, locals.clone()), mode, budget) {
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
            Step::Return if init => {
                // (`return None`, the constant.)
                let none = pc > 0
                    && code.instrs[pc - 1].op == Opcode::LOAD_CONST
                    && matches!(
                        code.consts.get(code.instrs[pc - 1].arg as usize),
                        Some(Const::None)
                    );
                return none && word(stack.pop());
            }
            Step::Return => return testable(stack.pop()),
        }
        pc += 1;
    }
}

/// The state of one path through a body being emitted: the instruction,
/// the stack, the locals, and (an `__init__`'s) the attribute stores it
/// has deferred.
type PathState = (usize, Vec<Item>, Vec<Option<Item>>, Vec<(u32, Item)>);

/// The arguments of an inlined body (the receiver or new instance first),
/// and per argument the caller's stack slot owning it when the body may
/// take that reference (an `__init__`'s stored argument moves from its
/// slot into the instance).
type Params<'a> = (&'a [Value], &'a [Option<u32>]);

/// A stack item of a body being emitted.
#[derive(Clone, Copy)]
enum Item {
    /// A borrowed object word (the body's values are all alive while it
    /// runs: nothing it does releases anything).
    Word(Value),
    /// An I8 condition.
    Cond(Value),
    /// An unboxed float.
    Float(Value),
    /// A small int (a tagged word).
    Int(Value),
    Null,
}

impl Item {
    /// The object word of an item that has one.
    fn word(self) -> Option<Value> {
        match self {
            Item::Word(w) | Item::Int(w) => Some(w),
            _ => None,
        }
    }

    /// The plan's kind of the item.
    fn kind(self) -> Kind {
        match self {
            Item::Word(_) => Kind::Word(None),
            Item::Cond(_) => Kind::Cond,
            Item::Float(_) => Kind::Float,
            Item::Int(_) => Kind::Int,
            Item::Null => Kind::Null,
        }
    }
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
    /// function `callable` (data `fd`, in stack slot `base` after a
    /// `LOAD_METHOD`, else in `base + 1` above a NULL) with arguments
    /// `args` (borrowed from the stack): each candidate whose native code
    /// the callee's is runs in place, then the stack is released and
    /// control goes to `after` with the result; anything else continues
    /// at `real`. (The caller checked the recursion depth: at the limit
    /// the call raises a RecursionError, as the real call would.)
    pub(super) fn inline_calls(
        &mut self,
        candidates: &[usize],
        (callable, fd, has_method): (Value, Value, bool),
        args: &[Value],
        (base, real, after): (u32, Block, Block),
    ) -> TResult {
        let (done, result) = self.inline_bodies(candidates, (fd, (args, &[])), false, real)?;

        // The callee's frame would have released its arguments (none of
        // them NULL), then the function (a heap object).
        self.switch_to(done);
        let first_arg = base + 1 + u32::from(!has_method);
        for pos in first_arg..self.depth {
            if !self.is_borrowed(pos) {
                let v = self.get(pos)?;
                self.decref_nonnull(v);
            }
        }
        let callable_pos = if has_method { base } else { base + 1 };
        if !self.is_borrowed(callable_pos) {
            self.decref_object(callable);
        }
        self.jump(after, &[result]);
        Ok(())
    }

    /// The `__init__` candidates of the current `CALL` (a class call) with
    /// `argc` arguments (the instance included).
    pub(super) fn init_candidates(&self, argc: u32) -> Vec<usize> {
        match self.callable_name(self.pc) {
            Some(name) => self.inline.init_candidates(name, argc),
            None => Vec::new(),
        }
    }

    /// Emits the inlined bodies of `candidates` for the call of `__init__`
    /// (a function borrowed from its class, with data `fd`) with
    /// `args`: the new instance and the call's arguments, owned by the
    /// stack slots `owners` (an argument a body stores moves into the
    /// instance, and its slot becomes 0). A body that ran jumps to `join`
    /// with the instance; anything else continues at `real`.
    pub(super) fn inline_init(
        &mut self,
        candidates: &[usize],
        fd: Value,
        args: Params<'_>,
        (real, join): (Block, Block),
    ) -> TResult {
        let (done, _none) = self.inline_bodies(candidates, (fd, args), true, real)?;
        self.switch_to(done);
        self.jump(join, &[args.0[0]]);
        Ok(())
    }

    /// Compares the native code of the callee (data `fd`) with each
    /// candidate's and emits the body of the one it is (as an `__init__`
    /// with `init`), the others going on to `real`. Returns the block the
    /// bodies end in and its parameter, the result.
    fn inline_bodies(
        &mut self,
        candidates: &[usize],
        (fd, args): (Value, Params<'_>),
        init: bool,
        real: Block,
    ) -> TResult<(Block, Value)> {
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let native = self
            .builder
            .ins()
            .load(I64, trusted(), fd, abi::FUNC_DIRECT_NATIVE);
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
            let mode = self.inline.modes[&index];
            debug_assert_eq!(mode.init, init, "an __init__ inlined as a call or back");
            let mut budget = MAX_INSTRS;
            let locals = (0..code.localsplus.len())
                .map(|i| args.0.get(i).map(|&w| Item::Word(w)))
                .collect();
            let start = (0, Vec::new(), locals, Vec::new());
            self.emit_path(code, (fd, args, mode), start, (real, done), &mut budget)?;
            if next != real {
                self.switch_to(next);
            }
        }
        Ok((done, result))
    }

    /// Emits the path of inlined `code` from `pc` with `stack` (and, with
    /// `init`, the deferred stores `stores`): jumps to `done` with a new
    /// reference to the result (or with 0 and the float in
    /// `inline_float_result`), or to `real` when a check fails.
    /// `plan_path` accepted it, so every step fits.
    fn emit_path(
        &mut self,
        code: &CodeObject,
        (fd, params, mode): (Value, Params<'_>, Mode),
        (pc, stack, locals, stores): PathState,
        (real, done): (Block, Block),
        budget: &mut usize,
    ) -> TResult {
        // (The types this path learns hold only on it.)
        let known = self.inline_types.len();
        let emitted = self.emit_steps(
            code,
            (fd, params, mode),
            (pc, stack, locals, stores),
            (real, done),
            budget,
        );
        self.inline_types.truncate(known);
        emitted
    }

    /// `emit_path`'s steps.
    fn emit_steps(
        &mut self,
        code: &CodeObject,
        (fd, params, mode): (Value, Params<'_>, Mode),
        (mut pc, mut stack, mut locals, mut stores): PathState,
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
                Step::Push(Source::Local(i)) => {
                    stack.push(locals[i as usize].ok_or_else(bad)?);
                }
                Step::StoreLocal(i) => {
                    let v = pop(&mut stack)?;
                    locals[i as usize] = Some(v);
                }
                Step::Push(Source::Const(k)) => {
                    let w = self.inlined_const(code, fd, k);
                    stack.push(match code.consts[k as usize] {
                        Const::Int(n) if (abi::SMALL_INT_MIN..=abi::SMALL_INT_MAX).contains(&n) => {
                            Item::Int(w)
                        }
                        _ => Item::Word(w),
                    });
                }
                Step::Push(Source::Global(namei, null)) => {
                    if null {
                        stack.push(Item::Null);
                    }
                    let w = self.inlined_global(fd, namei, real)?;
                    stack.push(Item::Word(w));
                }
                Step::Attr(namei) => {
                    let o = pop(&mut stack)?.word().ok_or_else(bad)?;
                    let w = self.inlined_attr(o, fd, namei, real)?;
                    stack.push(Item::Word(w));
                }
                Step::StoreAttr(namei) => {
                    pop(&mut stack)?;
                    let v = pop(&mut stack)?;
                    stores.push((namei, v));
                }
                Step::Compare(op) => {
                    let (b, a) = (pop(&mut stack)?, pop(&mut stack)?);
                    let c = self.inlined_compare(op, (a, b), real)?;
                    stack.push(Item::Cond(c));
                }
                Step::Arith(op) => {
                    let (b, a) = (pop(&mut stack)?, pop(&mut stack)?);
                    let mut kinds = arith_kinds(op, a.kind(), b.kind(), mode.split_ints);
                    let Some(last) = kinds.pop() else {
                        self.jump(real, &[]);
                        return Ok(());
                    };
                    if !kinds.is_empty() {
                        // Two objects of unknown type: small ints first.
                        let (ints, other) =
                            (self.builder.create_block(), self.builder.create_block());
                        let (wa, wb) = (a.word().ok_or_else(bad)?, b.word().ok_or_else(bad)?);
                        let tagged = self.both_tagged(wa, wb);
                        self.builder.ins().brif(tagged, ints, &[], other, &[]);
                        self.switch_to(ints);
                        let r = self.inlined_int_arith(op, (wa, wb), real);
                        let mut at_ints = stack.clone();
                        at_ints.push(Item::Int(r));
                        let state = (pc + 1, at_ints, locals.clone(), stores.clone());
                        self.emit_path(code, (fd, params, mode), state, (real, done), budget)?;
                        self.switch_to(other);
                    }
                    let r = match last {
                        Kind::Int => {
                            let (wa, wb) = (a.word().ok_or_else(bad)?, b.word().ok_or_else(bad)?);
                            if !matches!((a, b), (Item::Int(_), Item::Int(_))) {
                                let ints = self.builder.create_block();
                                let tagged = self.both_tagged(wa, wb);
                                self.builder.ins().brif(tagged, ints, &[], real, &[]);
                                self.switch_to(ints);
                            }
                            Item::Int(self.inlined_int_arith(op, (wa, wb), real))
                        }
                        _ => Item::Float(self.inlined_arith(op, (a, b), real)?),
                    };
                    stack.push(r);
                }
                Step::Is { negate } => {
                    let (b, a) = (pop(&mut stack)?, pop(&mut stack)?);
                    let (Some(b), Some(a)) = (b.word(), a.word()) else {
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
                        (Test::IsNone { jump_if }, x) => {
                            let w = x.word().ok_or_else(bad)?;
                            let none = self.none_word();
                            (self.builder.ins().icmp(IntCC::Equal, w, none), jump_if)
                        }
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
                        (fd, params, mode),
                        (target, at_target, locals.clone(), stores.clone()),
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
                    let (Some(x), Some(f)) = (x.word(), f.word()) else {
                        return Err(bad());
                    };
                    let n = self.inlined_len(f, x, real);
                    stack.push(Item::Word(n));
                }
                Step::Return if mode.init => {
                    let none = self.none_word();
                    self.inlined_stores(params, fd, &stores, real)?;
                    self.jump(done, &[none]);
                    return Ok(());
                }
                Step::Return => {
                    let r = match pop(&mut stack)? {
                        // (No word of a body is NULL: parameters,
                        // constants, and globals and attributes tested.)
                        Item::Word(w) | Item::Int(w) => {
                            self.incref_nonnull(w);
                            w
                        }
                        Item::Cond(c) => self.bool_word(c),
                        // (The caller's reader takes it from the register.)
                        Item::Float(x) if let Some(var) = self.inline_float_result => {
                            self.builder.def_var(var, x);
                            self.word(0)
                        }
                        Item::Float(x) => self.box_float(x),
                        Item::Null => return Err(bad()),
                    };
                    self.jump(done, &[r]);
                    return Ok(());
                }
            }
            pc += 1;
        }
    }

    /// An `__init__`'s deferred attribute stores into the new instance
    /// (`params`' first, owned by the caller), made when each goes into
    /// the next of its inline value words, all unset, and it has no dict;
    /// otherwise nothing is stored and control goes to `real` (a site that
    /// missed is filled first). A stored argument moves from the stack
    /// slot owning it, once; the other stored words are new references.
    fn inlined_stores(
        &mut self,
        (params, owners): Params<'_>,
        fd: Value,
        stores: &[(u32, Item)],
        real: Block,
    ) -> TResult {
        let t = trusted();
        let obj = params[0];
        let no_dict = self.builder.create_block();
        let dict = self.builder.ins().load(I64, t, obj, abi::OB_DICT);
        self.builder.ins().brif(dict, real, &[], no_dict, &[]);
        self.switch_to(no_dict);
        // (The instance is a heap object, and no code runs while the
        // stores are checked: one type for all.)
        let ty = self.builder.ins().load(I64, t, obj, abi::OB_TYPE);
        let mut words = Vec::with_capacity(stores.len());
        for (i, &(namei, _)) in stores.iter().enumerate() {
            let site = self.new_site(abi::ATTR_SITE_WORDS)?;
            let miss = self.cold_block();
            let fits = self.builder.create_block();
            let entry = self.valid_site_entry_of_type(ty, site, miss);
            let kind = self.entry_kind(entry);
            self.require_kind(kind, abi::ATTR_KIND_STORE_DICT, miss);
            let addr = self.inline_value_addr(obj, entry, miss);
            let offset = abi::INSTANCE_VALUES_OFFSET + 8 * i as i32;
            let want = self.builder.ins().iadd_imm_s(obj, i64::from(offset));
            let in_order = self.builder.ins().icmp(IntCC::Equal, addr, want);
            let old = self.builder.ins().load(I64, t, addr, 0);
            let unset = self.builder.ins().icmp_imm_s(IntCC::Equal, old, 0);
            let ok = self.builder.ins().band(in_order, unset);
            self.builder.ins().brif(ok, fits, &[], real, &[]);

            self.prime_attr_site(miss, (obj, fd, namei, site), true, real);

            self.switch_to(fits);
            words.push(want);
        }
        let mut owners = owners.to_vec();
        for (&(_, v), addr) in stores.iter().zip(words) {
            let w = match v {
                Item::Word(w) | Item::Int(w) => {
                    let owner = (0..owners.len()).find(|&j| params[j] == w && owners[j].is_some());
                    match owner.and_then(|j| owners[j].take()) {
                        Some(slot) => {
                            let zero = self.word(0);
                            self.set(slot, zero)?;
                        }
                        None => self.incref(w),
                    }
                    w
                }
                Item::Cond(c) => self.bool_word(c),
                Item::Float(x) => self.box_float(x),
                Item::Null => return Err("inlined store of NULL".into()),
            };
            self.builder.ins().store(t, w, addr, 0);
        }
        Ok(())
    }

    /// `a op b` (a `COMPARE_OP`) of small ints or floats (a small int
    /// beside a float converts as Python converts it), as an I8; anything
    /// else goes to `real`.
    fn inlined_compare(&mut self, op: u32, (a, b): (Item, Item), real: Block) -> TResult<Value> {
        let (Some(icc), Some(fcc)) = (int_cc(op), float_cc(op)) else {
            return Err(format!("inlined comparison {op}"));
        };
        let done = self.builder.create_block();
        let c = self.builder.append_block_param(done, I8);
        if let (Some(a), Some(b)) = (a.word(), b.word()) {
            // Small ints: their words order as they do.
            let ints = self.builder.create_block();
            let floats = self.builder.create_block();
            let both = self.builder.ins().band(a, b);
            let tag = self.builder.ins().band_imm_s(both, 1);
            self.builder.ins().brif(tag, ints, &[], floats, &[]);
            self.switch_to(ints);
            let c = self.builder.ins().icmp(icc, a, b);
            self.builder.ins().jump(done, &[c.into()]);
            self.switch_to(floats);
        }
        // (An int compares with a float exactly: converting is exact only
        // below 2**53.)
        let limit = Some(unboxed::EXACT_INT_LIMIT);
        let fa = self.inlined_float(a, limit, real)?;
        let fb = self.inlined_float(b, limit, real)?;
        let fc = self.builder.ins().fcmp(fcc, fa, fb);
        self.builder.ins().jump(done, &[fc.into()]);
        self.switch_to(done);
        Ok(c)
    }

    /// `a op b` (`+ - * /`) when one operand is a float and the other a
    /// float or a small int, unboxed; two ints, other types or a zero
    /// divisor go to `real`.
    fn inlined_arith(&mut self, op: u64, (a, b): (Item, Item), real: Block) -> TResult<Value> {
        if let (Some(a), Some(b)) = (a.word(), b.word()) {
            let not_ints = self.builder.create_block();
            let both = self.builder.ins().band(a, b);
            let tag = self.builder.ins().band_imm_s(both, 1);
            self.builder.ins().brif(tag, real, &[], not_ints, &[]);
            self.switch_to(not_ints);
        }
        let fa = self.inlined_float(a, None, real)?;
        let fb = self.inlined_float(b, None, real)?;
        self.float_arith(op, (fa, fb), real)
    }

    /// The float value of `x`: an unboxed float, an exact float or a small
    /// int (within `limit` in magnitude, when given); anything else goes
    /// to `real`.
    fn inlined_float(&mut self, x: Item, limit: Option<i64>, real: Block) -> TResult<Value> {
        match x {
            Item::Float(f) => Ok(f),
            Item::Word(w) | Item::Int(w) => Ok(self.float_value(w, None, Some(limit), real).0),
            _ => Err("inlined float of a non-number".into()),
        }
    }

    /// `a op b` (`INT_OPS`) of the small ints `a` and `b`, a small int; an
    /// overflow or a zero divisor goes to `real`.
    fn inlined_int_arith(&mut self, op: u64, (a, b): (Value, Value), real: Block) -> Value {
        if matches!(op, abi::NB_FLOOR_DIVIDE | abi::NB_REMAINDER) {
            return self.int_floor_div_mod(op, a, b, real);
        }
        let (r, overflow) = match op {
            abi::NB_MULTIPLY => {
                let a_even = self.builder.ins().iadd_imm_s(a, -1);
                let y = self.builder.ins().sshr_imm_s(b, 1);
                self.builder.ins().smul_overflow(a_even, y)
            }
            abi::NB_ADD => {
                let b_untagged = self.builder.ins().iadd_imm_s(b, -1);
                self.builder.ins().sadd_overflow(a, b_untagged)
            }
            _ => {
                let b_untagged = self.builder.ins().iadd_imm_s(b, -1);
                self.builder.ins().ssub_overflow(a, b_untagged)
            }
        };
        let ok = self.builder.create_block();
        self.builder.ins().brif(overflow, real, &[], ok, &[]);
        self.switch_to(ok);
        // (A product of an even word and an int is even: tag it.)
        self.builder.ins().bor_imm_s(r, abi::INT_TAG as i64)
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
        let site = self.new_global_site()?;
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
        // Nothing runs in an inlined body: a receiver's type, once read on
        // this path, holds for the rest of it.
        let ty = match self.inline_types.iter().find(|&&(w, _)| w == o) {
            Some(&(_, ty)) => ty,
            None => {
                let ty = self.type_of_object(o, miss);
                self.inline_types.push((o, ty));
                ty
            }
        };
        let entry = self.valid_site_entry_of_type(ty, site, miss);
        let addr = self.inline_value_addr(o, entry, miss);
        let value = self.builder.ins().load(I64, trusted(), addr, 0);
        self.builder.ins().brif(value, set, &[], miss, &[]);

        self.prime_attr_site(miss, (o, fd, namei, site), false, real);

        self.switch_to(set);
        Ok(value)
    }

    /// Emits the block `miss` of an attribute site of an inlined body: it
    /// fills `site` (for a store with `store`) for the receiver `o` and
    /// the callee's (data `fd`) name `namei`, then goes to `real`.
    fn prime_attr_site(
        &mut self,
        miss: Block,
        (o, fd, namei, site): (Value, Value, u32, Value),
        store: bool,
        real: Block,
    ) {
        self.switch_to(miss);
        let name = self.inlined_name(fd, namei);
        let store = self.word(i64::from(store));
        self.call_unit(RuntimeFn::rt_attr_site_prime, &[o, name, site, store]);
        self.jump(real, &[]);
    }

    /// The truth of `x` as an I8 when it is a bool, None, a small int, a
    /// float or an exact sized container; anything else goes to `real`.
    fn inlined_truth(&mut self, x: Item, real: Block) -> TResult<Value> {
        let w = match x {
            Item::Cond(c) => return Ok(c),
            Item::Int(w) => return Ok(self.builder.ins().icmp_imm_s(IntCC::NotEqual, w, 1)),
            Item::Float(f) => {
                // (NaN is true.)
                let zero = self.builder.ins().f64const(0.0);
                return Ok(self.builder.ins().fcmp(FloatCC::NotEqual, f, zero));
            }
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
        self.branch_on_singletons(w, singletons, known);
        let ty = self.builder.ins().load(I64, t, w, abi::OB_TYPE);
        let float = self.builder.create_block();
        let not_float = self.builder.create_block();
        let float_type = self.singleton(abi::SINGLETON_FLOAT_TYPE);
        let is_float = self.builder.ins().icmp(IntCC::Equal, ty, float_type);
        self.builder
            .ins()
            .brif(is_float, float, &[], not_float, &[]);
        self.switch_to(float);
        let f = self.builder.ins().load(F64, t, w, abi::FLOAT_VALUE_OFFSET);
        let zero = self.builder.ins().f64const(0.0);
        let nonzero = self.builder.ins().fcmp(FloatCC::NotEqual, f, zero);
        self.builder.ins().jump(known, &[nonzero.into()]);
        self.switch_to(not_float);
        let len = self.exact_sized_len(w, ty, real);
        let nonempty = self.builder.ins().icmp_imm_s(IntCC::NotEqual, len, 0);
        self.builder.ins().jump(known, &[nonempty.into()]);

        self.switch_to(known);
        Ok(truth)
    }

    /// `f(x)` where `f` must be the built-in `len` and `x` an exact sized
    /// container: the length as a small int; anything else goes to `real`.
    fn inlined_len(&mut self, f: Value, x: Value, real: Block) -> Value {
        let is_len_block = self.builder.create_block();
        let len_fn = self.singleton(abi::SINGLETON_LEN);
        let is_len = self.builder.ins().icmp(IntCC::Equal, f, len_fn);
        self.builder
            .ins()
            .brif(is_len, is_len_block, &[], real, &[]);
        self.switch_to(is_len_block);
        let ty = self.type_of_object(x, real);
        let length = self.exact_sized_len(x, ty, real);
        let shifted = self.builder.ins().ishl_imm_u(length, 1);
        self.builder.ins().bor_imm_u(shifted, 1)
    }
}
