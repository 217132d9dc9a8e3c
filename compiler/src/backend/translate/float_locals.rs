//! Float locals (tier 4): a function whose float arithmetic runs on locals
//! (`zr = zr2 - zi2 + cr`, `s += a * b`) is translated twice into one
//! native function. The *float body* keeps each such local as an `f64`
//! register beside its word: arithmetic and comparisons read the register
//! (no type check, no box); a store puts its value's float in the register
//! and its object in the word (0 for an unboxed result), releasing the old
//! one; any other reader gets the word's object, made from the register
//! the first time and kept, so `y = x; x is y` and reflected methods see
//! one object as in CPython. The *generic body* is the usual translation.
//!
//! Nothing is proven, everything is checked: on entry, the float
//! parameters must be exact floats, and each store of a float local must
//! be given an exact float; otherwise the function leaves the float body
//! for the generic one (a *deopt*): at entry before anything ran, at a
//! store right after it (the stored value goes to the local's word, every
//! other float local that is certainly bound there gets its object, and
//! execution continues at the generic body's block for the next
//! instruction). Both bodies have blocks at the same instructions, so no
//! stack slot holds a borrowed or unboxed word where a deopt leaves; the
//! operand stack's words and the locals' words are the same Variables in
//! both. Exceptions caught inside the float body go to its own handlers
//! (`RaiseKey` names the body).
//!
//! Which locals: a small abstract interpretation over the bytecode gives
//! each stack slot a kind (float, int, likely float, arithmetic, unknown)
//! within straight-line code; a float constant, a float local, and
//! arithmetic with a float operand make floats (`float op unknown` is only
//! *likely* a float: a reflected dunder may return anything, which the
//! store's check catches; `**` may make a complex), and so do calls of
//! `float` and of the math functions with float kernels (likely: the name
//! may be rebound). The candidates grow from evidence (a store of a float
//! or likely float; being an arithmetic operand beside one) and then
//! shrink to the locals all of whose stores are floats or likely floats,
//! or all of whose stores are arithmetic (`dx = b[0] - c[0]`) when they
//! are also operands beside floats. A wrong guess costs one deopt per
//! call. Functions without such a non-parameter local, generator code,
//! and code that keeps its locals in the frame (`locals()`) have no float
//! body; nor do cell variables, deleted locals, and locals read where they
//! may be unbound.

use super::analysis::{LocalSet, argument_slots, bound_before};
use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::bytecode::code::{CO_FAST_CELL, CO_FAST_FREE, CodeObject, Const};
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, Value,
    condcodes::IntCC,
    types::{F64, I64},
};
use cranelift_frontend::Variable;

/// What the abstract interpretation knows about a stack slot's value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Unknown,
    Int,
    /// Arithmetic on operands neither of which is known to be a float
    /// (`b[0] - c[0]`): a float only if they are.
    Arithmetic,
    /// Arithmetic with a float operand and an unknown one.
    LikelyFloat,
    Float,
}

impl Kind {
    fn floatish(self) -> bool {
        matches!(self, Kind::Float | Kind::LikelyFloat)
    }
}

/// A stack slot: its kind, the local a `LOAD_FAST` pushed it from, and
/// whether a global, attribute or method load of a function that returns
/// floats pushed it (`float`, `math.sqrt`).
#[derive(Clone, Copy)]
struct Slot {
    kind: Kind,
    local: Option<usize>,
    float_function: bool,
}

const UNKNOWN: Slot = Slot {
    kind: Kind::Unknown,
    local: None,
    float_function: false,
};

/// Whether a callable loaded under `name` usually returns a float: the
/// built-in `float` and the math functions with float kernels.
fn returns_float(name: Option<&String>) -> bool {
    name.is_some_and(|n| n == "float" || abi::MATH_KERNEL_NAMES.contains(&n.as_str()))
}

/// The arithmetic operators whose result with float operands is usually
/// a float (`**` of a negative base and a fractional exponent is not).
fn is_arithmetic(base_op: u64) -> bool {
    matches!(
        base_op,
        abi::NB_ADD
            | abi::NB_SUBTRACT
            | abi::NB_MULTIPLY
            | abi::NB_TRUE_DIVIDE
            | abi::NB_FLOOR_DIVIDE
            | abi::NB_REMAINDER
            | abi::NB_POWER
    )
}

/// The kind of `a op b` (`op` a `BINARY_OP` operator).
fn binary_kind(op: u64, a: Kind, b: Kind) -> Kind {
    use Kind::*;
    let base_op = op % abi::NB_INPLACE_OFFSET;
    if !is_arithmetic(base_op) {
        return Unknown;
    }
    match (a, b) {
        (Int, Int) if base_op == abi::NB_POWER => Unknown,
        (Int, Int) if base_op == abi::NB_TRUE_DIVIDE => Float,
        (Int, Int) => Int,
        (a, b) if a.floatish() || b.floatish() => {
            let exact = matches!((a, b), (Float, Float | Int) | (Int, Float));
            if exact && base_op != abi::NB_POWER {
                Float
            } else {
                LikelyFloat
            }
        }
        _ => Arithmetic,
    }
}

/// How many slots a common instruction inside an expression pops and
/// pushes (what it pushes is unknown; loads of names and calls are
/// interpreted on their own); None for the others, after which nothing is
/// known about the stack.
fn stack_use(op: Opcode, arg: u32) -> Option<(u32, u32)> {
    use Opcode::*;
    Some(match op {
        NOP | KW_NAMES | JUMP_FORWARD => (0, 0),
        LOAD_DEREF | PUSH_NULL => (0, 1),
        POP_TOP | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE
        | POP_JUMP_IF_NOT_NONE => (1, 0),
        UNARY_NOT | UNARY_INVERT | UNARY_POSITIVE | GET_ITER => (1, 1),
        BINARY_SUBSCR | COMPARE_OP | IS_OP | CONTAINS_OP => (2, 1),
        STORE_ATTR => (2, 0),
        STORE_SUBSCR => (3, 0),
        BUILD_TUPLE | BUILD_LIST => (arg, 1),
        _ => return None,
    })
}

/// What one pass of the interpretation saw, given the float locals.
struct Facts {
    /// Per local: the kinds of the values stored to it.
    all_stores_floatish: Vec<bool>,
    all_stores_arithmetic: Vec<bool>,
    some_store_floatish: Vec<bool>,
    /// Per local: read as an arithmetic operand beside a (likely) float,
    /// and as an operand of `+` or `-` beside one.
    beside_float: Vec<bool>,
    added_to_float: Vec<bool>,
}

/// The kind of a value that is `a` on one path and `b` on another.
fn merge_kind(a: Kind, b: Kind) -> Kind {
    if a == b {
        a
    } else if a.floatish() && b.floatish() {
        Kind::LikelyFloat
    } else {
        Kind::Unknown
    }
}

/// The stack at a join: slot by slot, what both paths agree on.
fn merge_stacks(a: &[Slot], b: &[Slot]) -> Vec<Slot> {
    a.iter()
        .zip(b)
        .map(|(x, y)| Slot {
            kind: merge_kind(x.kind, y.kind),
            local: if x.local == y.local { x.local } else { None },
            float_function: x.float_function && y.float_function,
        })
        .collect()
}

/// Where control joins: per instruction, how many jumps go there
/// (`u32::MAX` for a handler's target, where nothing is known).
fn jumps_in(code: &CodeObject) -> Vec<u32> {
    let mut edges = vec![0u32; code.instrs.len()];
    for (pc, instr) in code.instrs.iter().enumerate() {
        if instr.op.is_jump()
            && let Some(e) = edges.get_mut(instr.arg as usize)
        {
            *e = e.saturating_add(1);
        }
        if let Some(h) = code.handlers[pc]
            && let Some(e) = edges.get_mut(h.target as usize)
        {
            *e = u32::MAX;
        }
    }
    edges
}

/// Interprets `code` once, with `floats` as the float locals. The stack
/// flows through forward jumps (`4.0 if odd else 2.0` is a float); at a
/// join some other jump reaches (a loop's head, a handler) nothing is
/// known.
fn interpret(code: &CodeObject, joins: &[u32], floats: &[bool]) -> Facts {
    let nlocals = code.localsplus.len();
    let mut facts = Facts {
        all_stores_floatish: vec![true; nlocals],
        all_stores_arithmetic: vec![true; nlocals],
        some_store_floatish: vec![false; nlocals],
        beside_float: vec![false; nlocals],
        added_to_float: vec![false; nlocals],
    };
    let mut stack: Vec<Slot> = Vec::new();
    let mut flows_in = false;
    // Per join: the forward jumps seen so far and their merged stack.
    let mut arriving: Vec<(u32, Option<Vec<Slot>>)> = vec![(0, None); code.instrs.len()];
    for (pc, instr) in code.instrs.iter().enumerate() {
        let Some(depth) = code.depths[pc] else {
            flows_in = false;
            continue;
        };
        let depth = depth as usize;
        let falls_in = flows_in && stack.len() == depth;
        if joins[pc] > 0 {
            stack = match std::mem::take(&mut arriving[pc]) {
                (n, Some(jumped)) if n == joins[pc] && jumped.len() == depth => {
                    if falls_in {
                        merge_stacks(&stack, &jumped)
                    } else {
                        jumped
                    }
                }
                _ => vec![UNKNOWN; depth],
            };
        } else if !falls_in {
            stack = vec![UNKNOWN; depth];
        }
        flows_in = !instr.op.is_terminator();
        let arg = instr.arg;
        let local = arg as usize;
        match instr.op {
            Opcode::LOAD_FAST => stack.push(Slot {
                kind: if floats.get(local) == Some(&true) {
                    Kind::Float
                } else {
                    Kind::Unknown
                },
                local: Some(local),
                float_function: false,
            }),
            // (The callable of `LOAD_GLOBAL` with NULL is above the NULL;
            // `LOAD_METHOD`'s is below the receiver.)
            Opcode::LOAD_GLOBAL => {
                if arg & 1 != 0 {
                    stack.push(UNKNOWN);
                }
                stack.push(Slot {
                    float_function: returns_float(code.names.get(local >> 1)),
                    ..UNKNOWN
                });
            }
            Opcode::LOAD_ATTR | Opcode::LOAD_METHOD if depth >= 1 => {
                stack.pop();
                stack.push(Slot {
                    float_function: returns_float(code.names.get(local)),
                    ..UNKNOWN
                });
                if instr.op == Opcode::LOAD_METHOD {
                    stack.push(UNKNOWN);
                }
            }
            Opcode::CALL if depth >= arg as usize + 2 => {
                let base = depth - arg as usize - 2;
                let called = stack[base].float_function || stack[base + 1].float_function;
                stack.truncate(base);
                stack.push(Slot {
                    kind: if called {
                        Kind::LikelyFloat
                    } else {
                        Kind::Unknown
                    },
                    ..UNKNOWN
                });
            }
            Opcode::LOAD_CONST => stack.push(Slot {
                kind: match code.consts.get(local) {
                    Some(Const::Float(_)) => Kind::Float,
                    Some(Const::Int(_) | Const::BigInt(_) | Const::True | Const::False) => {
                        Kind::Int
                    }
                    _ => Kind::Unknown,
                },
                ..UNKNOWN
            }),
            Opcode::STORE_FAST if depth >= 1 && local < nlocals => {
                let kind = stack.pop().map_or(Kind::Unknown, |s| s.kind);
                facts.all_stores_floatish[local] &= kind.floatish();
                facts.all_stores_arithmetic[local] &= kind.floatish() || kind == Kind::Arithmetic;
                facts.some_store_floatish[local] |= kind.floatish();
            }
            Opcode::BINARY_OP if depth >= 2 => {
                let b = stack.pop().unwrap_or(UNKNOWN);
                let a = stack.pop().unwrap_or(UNKNOWN);
                let base_op = u64::from(arg) % abi::NB_INPLACE_OFFSET;
                if is_arithmetic(base_op) {
                    let additive = matches!(base_op, abi::NB_ADD | abi::NB_SUBTRACT);
                    for (x, other) in [(a, b), (b, a)] {
                        if let Some(l) = x.local
                            && other.kind.floatish()
                        {
                            facts.beside_float[l] = true;
                            facts.added_to_float[l] |= additive;
                        }
                    }
                }
                stack.push(Slot {
                    kind: binary_kind(u64::from(arg), a.kind, b.kind),
                    ..UNKNOWN
                });
            }
            Opcode::UNARY_NEGATIVE if depth >= 1 => {
                let kind = stack.pop().map_or(Kind::Unknown, |s| s.kind);
                stack.push(Slot { kind, ..UNKNOWN });
            }
            Opcode::COPY if arg >= 1 && depth >= arg as usize => {
                stack.push(stack[depth - arg as usize]);
            }
            Opcode::SWAP if arg >= 2 && depth >= arg as usize => {
                stack.swap(depth - 1, depth - arg as usize);
            }
            op => match stack_use(op, arg) {
                Some((pops, pushes)) if depth >= pops as usize => {
                    stack.truncate(depth - pops as usize);
                    stack.extend((0..pushes).map(|_| UNKNOWN));
                }
                _ => flows_in = false,
            },
        }
        let forward = instr.op.is_jump() && instr.arg as usize > pc;
        let recorded = matches!(
            instr.op,
            Opcode::JUMP_FORWARD
                | Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE
        );
        if forward && recorded && (flows_in || instr.op == Opcode::JUMP_FORWARD) {
            let (n, merged) = &mut arriving[instr.arg as usize];
            *n += 1;
            *merged = Some(match merged.take() {
                Some(m) if m.len() == stack.len() => merge_stacks(&m, &stack),
                Some(_) => Vec::new(),
                None => stack.clone(),
            });
        }
    }
    facts
}

/// The float locals of `code` (None when it gets no float body).
pub(super) fn float_locals(code: &CodeObject, unbound_checks: &[bool]) -> Option<Vec<bool>> {
    if code.is_generator_like()
        || code.flags & abi::CO_OPTIMIZED == 0
        || code.flags & abi::CO_LOCALS_IN_FRAME != 0
    {
        return None;
    }
    let nlocals = code.localsplus.len();
    let params = (code.argcount + code.kwonlyargcount) as usize;
    let nargs = argument_slots(code);
    // Plain locals, never deleted, read only where certainly bound.
    let mut eligible: Vec<bool> = (0..nlocals)
        .map(|i| {
            code.localsplus[i].1 & (CO_FAST_CELL | CO_FAST_FREE) == 0 && (i < params || i >= nargs)
        })
        .collect();
    for (pc, instr) in code.instrs.iter().enumerate() {
        let local = instr.arg as usize;
        match instr.op {
            Opcode::DELETE_FAST if local < nlocals => eligible[local] = false,
            Opcode::LOAD_FAST if local < nlocals && unbound_checks[pc] => eligible[local] = false,
            _ => {}
        }
    }
    let joins = jumps_in(code);
    // A parameter qualifies by being added to or subtracted from a float
    // (one only multiplied or divided by floats is as often an int,
    // which would leave the float body at every call); another
    // local by a (likely) float stored to it or, when all its stores are
    // arithmetic, by being an operand beside a float (`dx = b[0] - c[0]`
    // where `dx * m` and `m` is a float).
    let qualifies = |i: usize, facts: &Facts, growing: bool| {
        eligible[i]
            && if i < params {
                facts.added_to_float[i] && facts.all_stores_floatish[i]
            } else if growing {
                facts.some_store_floatish[i] || facts.beside_float[i]
            } else {
                facts.all_stores_floatish[i]
                    || (facts.all_stores_arithmetic[i] && facts.beside_float[i])
            }
    };
    // Grow from evidence, then keep the locals whose stores all qualify.
    let mut floats = vec![false; nlocals];
    loop {
        let facts = interpret(code, &joins, &floats);
        let next: Vec<bool> = (0..nlocals)
            .map(|i| floats[i] || qualifies(i, &facts, true))
            .collect();
        if next == floats {
            break;
        }
        floats = next;
    }
    loop {
        let facts = interpret(code, &joins, &floats);
        let next: Vec<bool> = (0..nlocals)
            .map(|i| floats[i] && qualifies(i, &facts, false))
            .collect();
        if next == floats {
            break;
        }
        floats = next;
    }
    (params..nlocals).any(|i| floats[i]).then_some(floats)
}

/// The float body's plan, kept by the translator.
pub(super) struct FloatPlan {
    /// Per local: the F64 Variable of a float local.
    pub vars: Vec<Option<Variable>>,
    /// The locals certainly bound before each instruction.
    bound: Vec<Option<LocalSet>>,
    /// The generic body's blocks (the float body's are the translator's
    /// while it translates the float body), and its entry.
    pub generic_blocks: Vec<Option<Block>>,
    pub generic_entry: Block,
    /// The float body's blocks, once the generic body is translated (for
    /// the handlers of the float body's raise paths).
    pub float_blocks: Vec<Option<Block>>,
}

impl FloatPlan {
    pub(super) fn new(code: &CodeObject, vars: Vec<Option<Variable>>, entry: Block) -> Self {
        FloatPlan {
            vars,
            bound: bound_before(code),
            generic_blocks: Vec::new(),
            generic_entry: entry,
            float_blocks: Vec::new(),
        }
    }
}

impl FunctionTranslator<'_> {
    /// The F64 Variable of local `i` while the float body is translated.
    pub(super) fn float_local(&self, i: u32) -> Option<Variable> {
        if !self.float_body {
            return None;
        }
        self.float_plan
            .as_ref()?
            .vars
            .get(i as usize)
            .copied()
            .flatten()
    }

    /// Whether `x` is the constant word 0 and `raw` is given: a value the
    /// float body left unboxed where the reader can see it statically.
    pub(super) fn known_unboxed(&self, x: Value, raw: Option<Value>) -> bool {
        raw.is_some() && self.known_word(x) == Some(0)
    }

    /// The float value of operand `x` (`raw`: its float register if it
    /// may be unboxed) when it is known statically: an unboxed value, or a
    /// float constant's object.
    pub(super) fn static_float(&mut self, x: Value, raw: Option<Value>) -> Option<Value> {
        if self.known_unboxed(x, raw) {
            return raw;
        }
        let f = *self.float_consts.get(&x)?;
        Some(self.builder.ins().f64const(f))
    }

    /// Whether `static_float` knows `x`'s value.
    pub(super) fn is_static_float(&self, x: Value, raw: Option<Value>) -> bool {
        self.known_unboxed(x, raw) || self.float_consts.contains_key(&x)
    }

    /// Branches to `yes` when the word `v` (not 0) is an exact float, else
    /// to `no`.
    fn branch_if_exact_float(&mut self, v: Value, yes: Block, no: Block) {
        let heap = self.builder.create_block();
        let tag = self.builder.ins().band_imm_s(v, abi::TAG_MASK as i64);
        self.builder.ins().brif(tag, no, &[], heap, &[]);
        self.switch_to(heap);
        let float_type = self.singleton(abi::SINGLETON_FLOAT_TYPE);
        let ty = self.builder.ins().load(I64, trusted(), v, abi::OB_TYPE);
        let is_float = self.builder.ins().icmp(IntCC::Equal, ty, float_type);
        self.builder.ins().brif(is_float, yes, &[], no, &[]);
        self.reachable = false;
    }

    /// The float body's entry, in the prologue's block: the float
    /// parameters must be exact floats (else the generic body runs); their
    /// values are loaded into their registers.
    pub(super) fn enter_float_body(&mut self) -> TResult {
        let plan = self.float_plan.as_ref().ok_or("no float plan")?;
        let generic = plan.generic_entry;
        let vars = plan.vars.clone();
        let params = (self.code.argcount + self.code.kwonlyargcount) as usize;
        for (i, var) in vars.iter().enumerate().take(params) {
            if var.is_some() {
                let v = self.get_local(i as u32)?;
                let next = self.builder.create_block();
                self.branch_if_exact_float(v, next, generic);
                self.switch_to(next);
            }
        }
        let zero = self.builder.ins().f64const(0.0);
        for (i, var) in vars.iter().enumerate() {
            let Some(var) = *var else { continue };
            let f = if i < params {
                let v = self.get_local(i as u32)?;
                self.builder
                    .ins()
                    .load(F64, trusted(), v, abi::FLOAT_VALUE_OFFSET)
            } else {
                zero
            };
            self.builder.def_var(var, f);
        }
        Ok(())
    }

    /// `LOAD_FAST i` of float local `var` in the float body: its register
    /// for arithmetic and comparisons, else its object (made now if the
    /// local has none yet, and kept).
    pub(super) fn load_float_local(&mut self, i: u32, var: Variable) -> TResult {
        let raw = self.builder.use_var(var);
        if self.read_as_number(self.depth) {
            let zero = self.word(0);
            self.set(self.depth, zero)?;
            self.set_unboxed(self.depth, raw)?;
            self.unboxed_local[self.depth as usize] = Some(i);
            return self.mark_borrowed(self.depth, false);
        }
        self.materialize_float_local(i, raw)?;
        self.op_load_fast(i)
    }

    /// The object of float local `i` (value `raw`), made now if it has
    /// none (borrowed from the local).
    pub(super) fn float_local_object(&mut self, i: u32, raw: Value) -> TResult<Value> {
        self.materialize_float_local(i, raw)?;
        self.get_local(i)
    }

    /// Gives float local `i` (value `raw`) an object when its word is 0.
    fn materialize_float_local(&mut self, i: u32, raw: Value) -> TResult {
        let w = self.get_local(i)?;
        let boxing = self.builder.create_block();
        let join = self.builder.create_block();
        self.builder.ins().brif(w, join, &[], boxing, &[]);
        self.switch_to(boxing);
        let boxed = self.box_float(raw);
        self.builder.def_var(self.local(i)?, boxed);
        self.jump(join, &[]);
        self.switch_to(join);
        Ok(())
    }

    /// `STORE_FAST i` of float local `var` in the float body: the value's
    /// float goes to the register, and its object (0 for an unboxed
    /// result) to the local's word; a value that is not an exact float
    /// leaves the float body.
    pub(super) fn store_float_local(&mut self, i: u32, var: Variable) -> TResult {
        let pos = self.below(1)?;
        let raw = self.take_unboxed(pos);
        let v = self.get(pos)?;
        let local = self.local(i)?;
        if let Some(raw) = raw
            && self.known_unboxed(v, Some(raw))
        {
            self.builder.def_var(var, raw);
            let zero = self.word(0);
            return self.replace_float_local_word(local, (raw, zero));
        }
        let done = self.builder.create_block();
        let value = self.builder.append_block_param(done, F64);
        let word = self.builder.append_block_param(done, I64);
        let zero = self.word(0);
        let boxed = self.builder.create_block();
        let float = self.builder.create_block();
        let deopt = self.cold_block();
        match raw {
            Some(raw) => {
                self.builder.ins().brif(
                    v,
                    boxed,
                    &[],
                    done,
                    &[BlockArg::Value(raw), BlockArg::Value(zero)],
                );
            }
            None => self.jump(boxed, &[]),
        }
        self.switch_to(boxed);
        self.branch_if_exact_float(v, float, deopt);
        self.switch_to(float);
        let f = self
            .builder
            .ins()
            .load(F64, trusted(), v, abi::FLOAT_VALUE_OFFSET);
        self.jump(done, &[f, v]);

        self.switch_to(deopt);
        self.deopt_after_store(i, v)?;

        self.switch_to(done);
        self.builder.def_var(var, value);
        self.replace_float_local_word(local, (value, word))
    }

    /// Makes `word` (an exact float's object, or 0 for an unboxed float
    /// `value`) the word of the float local whose word is `local`. When
    /// the old word is an object nothing else holds and the value is
    /// unboxed, the value goes into that object, which stays the local's
    /// (`x = x * y` in a loop whose `x` is also passed to calls allocates
    /// nothing); else the old object is released.
    fn replace_float_local_word(
        &mut self,
        local: Variable,
        (value, word): (Value, Value),
    ) -> TResult {
        let t = trusted();
        let old = self.builder.use_var(local);
        let held = self.builder.create_block();
        let fresh = self.builder.create_block();
        let reuse = self.builder.create_block();
        let replace = self.builder.create_block();
        let stored = self.builder.create_block();
        self.builder.ins().brif(old, held, &[], fresh, &[]);
        self.switch_to(fresh);
        // (A 0 stays.)
        if self.known_word(word) != Some(0) {
            self.builder.def_var(local, word);
        }
        self.jump(stored, &[]);

        self.switch_to(held);
        let count = self.builder.ins().load(I64, t, old, 0);
        let alone = self.builder.ins().icmp_imm_s(IntCC::Equal, count, 1);
        let unboxed = self.builder.ins().icmp_imm_s(IntCC::Equal, word, 0);
        let both = self.builder.ins().band(alone, unboxed);
        self.builder.ins().brif(both, reuse, &[], replace, &[]);
        self.switch_to(reuse);
        self.builder
            .ins()
            .store(t, value, old, abi::FLOAT_VALUE_OFFSET);
        self.jump(stored, &[]);
        self.switch_to(replace);
        self.builder.def_var(local, word);
        self.decref_object(old);
        self.jump(stored, &[]);
        self.switch_to(stored);
        Ok(())
    }

    /// Leaves the float body after `STORE_FAST i` of the non-float `v`:
    /// `v` becomes local `i`'s word, the other float locals bound here get
    /// objects if they have none, and the generic body goes on after the
    /// store.
    fn deopt_after_store(&mut self, i: u32, v: Value) -> TResult {
        self.check_no_borrowed()?;
        let plan = self.float_plan.as_ref().ok_or("no float plan")?;
        let next = plan
            .generic_blocks
            .get(self.pc + 1)
            .copied()
            .flatten()
            .ok_or_else(|| format!("no generic block after the store at {}", self.pc))?;
        let bound = plan.bound[self.pc].clone();
        let vars = plan.vars.clone();
        let local = self.local(i)?;
        let old = self.builder.use_var(local);
        self.builder.def_var(local, v);
        self.decref(old);
        for (j, var) in vars.iter().enumerate() {
            let Some(var) = *var else { continue };
            if j == i as usize || !bound.as_ref().is_some_and(|b| b.contains(j)) {
                continue;
            }
            let raw = self.builder.use_var(var);
            self.materialize_float_local(j as u32, raw)?;
        }
        self.jump(next, &[]);
        Ok(())
    }
}
