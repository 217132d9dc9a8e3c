//! `for` loops without iterator objects: a `GET_ITER` whose `FOR_ITER`
//! follows it (a `for` statement's loop head) over an exact list, tuple or
//! ASCII str keeps the sequence itself in the iterator's stack slot and
//! the position in a Variable of the loop, instead of allocating a
//! `list_iterator` (or tuple / str iterator) per loop and freeing it at
//! the end. Nothing else can
//! see a `for` statement's iterator: only its `FOR_ITER` reads the slot,
//! and `break`, `return` and unwinding release it like any word (now the
//! sequence's reference the iterator would have held). Each step reads the
//! list's current length, as `list_iterator` does, so a loop that appends
//! to its list sees the new items.
//!
//! `for i in range(...)` goes further (a counted loop, CPython's
//! `FOR_ITER_RANGE` without the objects): when the `CALL` right before the
//! `GET_ITER` calls the built-in `range` with one to three tagged ints, no
//! range and no iterator is made at all: the loop counts in Variables (the
//! next value, the values remaining, the step) and its slot holds NULL.
//! Any other callable or argument takes the general call.
//!
//! `for i, x in enumerate(seq)` (the pair unpacked at once) over an exact
//! list or tuple does the same: no enumerate object, no iterator and no
//! pair; the slot holds the sequence, the count is a Variable.
//!
//! A dict (`for k in d`, `d.keys()`, `d.values()`, `d.items()` with the
//! pair unpacked) is walked entry by entry the same way, with its size at
//! the start and the entries left to see in Variables, raising CPython's
//! RuntimeErrors when the dict changes size (or keys) under the loop.
//!
//! A loop over an iterator object that unpacks pairs (`for a, b in it`,
//! also a comprehension's loop over its `.0`) steps an exact `enumerate`
//! or two-iterator `zip` over list and tuple iterators inline, without the
//! pair.
//!
//! Generators and coroutines keep real iterators: their stack lives in the
//! frame across a `yield`, the loop's Variables would not.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{Block, InstBuilder, Value, condcodes::IntCC, types::I64};
use cranelift_frontend::Variable;

/// The state of a loop with a virtual iterator: what its iterator slot
/// holds (`kind`: one of the `KIND_*`), and for a sequence the position of
/// the next item.
#[derive(Clone, Copy)]
pub(super) struct LoopVars {
    kind: Variable,
    pos: Variable,
    /// A counted loop's values remaining and step (`pos`: the next value).
    remaining: Variable,
    step: Variable,
    /// An enumerate loop's next count.
    count: Variable,
}

/// The slot holds an iterator object (the general path).
const KIND_ITERATOR: i64 = 0;
/// The slot holds an exact list / tuple, `pos` is the next index.
const KIND_LIST: i64 = 1;
const KIND_TUPLE: i64 = 2;
/// A counted `range` loop: the slot holds NULL.
const KIND_RANGE: i64 = 3;
/// An enumerate loop over an exact list / tuple (set only by its `CALL`:
/// a list that another callable bound to `enumerate` returns is a
/// `KIND_LIST` of `GET_ITER`, whose items are not counted).
const KIND_ENUMERATE_LIST: i64 = 4;
const KIND_ENUMERATE_TUPLE: i64 = 5;
/// An exact ASCII str (one byte a character), `pos` the next byte.
const KIND_STR: i64 = 6;
/// An exact dict's keys, values or items (the last set only by its
/// `CALL`): `pos` the next entry index, `step` the size the loop started
/// with, `remaining` the entries it has not seen.
const KIND_DICT_KEYS: i64 = 7;
const KIND_DICT_VALUES: i64 = 8;
const KIND_DICT_ITEMS: i64 = 9;

/// The call in front of a virtual loop's `GET_ITER` that the loop may
/// replace (checked at run time: the callable must be the built-in).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum LoopCall {
    Range,
    Enumerate,
    /// `d.keys()`, `d.values()`, `d.items()`: the loop's kind.
    DictView(i64),
}

/// The sequences a loop walks without an iterator: kind, enumerate kind,
/// type singleton, offsets of the item pointer and of the length.
const SEQUENCES: [(i64, i64, i32, i32, i32); 2] = [
    (
        KIND_LIST,
        KIND_ENUMERATE_LIST,
        abi::SINGLETON_LIST_TYPE,
        abi::LIST_ITEMS_OFFSET,
        abi::LIST_LEN_OFFSET,
    ),
    (
        KIND_TUPLE,
        KIND_ENUMERATE_TUPLE,
        abi::SINGLETON_TUPLE_TYPE,
        abi::TUPLE_ITEMS_OFFSET,
        abi::TUPLE_LEN_OFFSET,
    ),
];

/// Where list and tuple iterators keep their sequence and position (the
/// same words in both).
const SEQ_ITER_SEQ_OFFSET: i32 = abi::LIST_ITER_SEQ_OFFSET;
const SEQ_ITER_INDEX_OFFSET: i32 = abi::LIST_ITER_INDEX_OFFSET;
const _: () = assert!(
    abi::TUPLE_ITER_SEQ_OFFSET == SEQ_ITER_SEQ_OFFSET
        && abi::TUPLE_ITER_INDEX_OFFSET == SEQ_ITER_INDEX_OFFSET
);

/// Counts an enumerate loop may start at: far enough from the tagged-int
/// limits that no list can count past them.
const ENUMERATE_START_LIMIT: i64 = 1 << 61;

impl FunctionTranslator<'_> {
    /// Whether the `FOR_ITER` at `pc` heads a loop whose iterator may be
    /// virtual: the `GET_ITER` of a `for` statement is right before it,
    /// and the code never suspends.
    pub(super) fn virtual_loop_at(&self, pc: usize) -> bool {
        let instrs = &self.code.instrs;
        pc >= 1
            && instrs.get(pc).is_some_and(|i| i.op == Opcode::FOR_ITER)
            && instrs[pc - 1].op == Opcode::GET_ITER
            && !self.is_generator_like()
    }

    /// The Variables of the loop headed by the `FOR_ITER` at `pc`.
    fn loop_vars(&mut self, pc: usize) -> LoopVars {
        if let Some(vars) = self.loop_vars.get(&pc) {
            return *vars;
        }
        let vars = LoopVars {
            kind: self.builder.declare_var(I64),
            pos: self.builder.declare_var(I64),
            remaining: self.builder.declare_var(I64),
            step: self.builder.declare_var(I64),
            count: self.builder.declare_var(I64),
        };
        self.loop_vars.insert(pc, vars);
        vars
    }

    /// The loop the `CALL` at `pc` (no keywords) may start: a virtual
    /// loop's `GET_ITER` follows, and its callable was loaded as `range`
    /// (one to three arguments) or as `enumerate` (one or two, the loop
    /// unpacking pairs).
    pub(super) fn loop_call_at(&self, pc: usize) -> Option<LoopCall> {
        let instrs = &self.code.instrs;
        let instr = instrs.get(pc)?;
        if instr.op != Opcode::CALL
            || self.blocks.get(pc + 1).is_none_or(Option::is_some)
            || !self.virtual_loop_at(pc + 2)
        {
            return None;
        }
        let unpacks_pairs = instrs
            .get(pc + 3)
            .is_some_and(|i| i.op == Opcode::UNPACK_SEQUENCE && i.arg == 2)
            && self.blocks.get(pc + 3).is_some_and(Option::is_none);
        match (self.callable_name(pc)?, instr.arg) {
            ("range", 1..=3) => Some(LoopCall::Range),
            ("enumerate", 1..=2) if unpacks_pairs => Some(LoopCall::Enumerate),
            ("keys", 0) => Some(LoopCall::DictView(KIND_DICT_KEYS)),
            ("values", 0) => Some(LoopCall::DictView(KIND_DICT_VALUES)),
            ("items", 0) if unpacks_pairs => Some(LoopCall::DictView(KIND_DICT_ITEMS)),
            _ => None,
        }
    }

    /// The call the loop of the `FOR_ITER` at `pc` may replace.
    fn loop_call_of(&self, for_pc: usize) -> Option<LoopCall> {
        for_pc.checked_sub(2).and_then(|pc| self.loop_call_at(pc))
    }

    /// `CALL n` (stack slots from `base`) where `loop_call_at`: the loop
    /// starts without the call's objects when it can (jumping to `after`
    /// with the word for the iterator slot), else continues in a new block
    /// with the loop's kind "an iterator object".
    pub(super) fn loop_call(&mut self, call: LoopCall, base: u32, n: u32, after: Block) -> TResult {
        // (An argument held as a raw float has no word to check yet: the
        // general call boxes it.)
        if (base + 2..base + 2 + n).any(|pos| self.unboxed[pos as usize]) {
            let vars = self.loop_vars(self.pc + 2);
            let kind = self.builder.ins().iconst(I64, KIND_ITERATOR);
            self.builder.def_var(vars.kind, kind);
            return Ok(());
        }
        match call {
            LoopCall::Range => self.counted_range_call(base, n, after),
            LoopCall::Enumerate => self.enumerate_call(base, n, after),
            LoopCall::DictView(kind) => self.dict_view_call(base, kind, after),
        }
    }

    /// `d.keys()`, `d.values()` or `d.items()` of a dict loop (`kind`):
    /// when the method is the built-in one of an exact dict, the loop
    /// walks the dict (whose reference moves into the slot).
    fn dict_view_call(&mut self, base: u32, kind: i64, after: Block) -> TResult {
        let vars = self.loop_vars(self.pc + 2);
        let general = self.builder.create_block();
        let method = self.get(base)?;
        let d = self.get(base + 1)?;
        let descriptor = match kind {
            KIND_DICT_KEYS => abi::SINGLETON_DICT_KEYS,
            KIND_DICT_VALUES => abi::SINGLETON_DICT_VALUES,
            _ => abi::SINGLETON_DICT_ITEMS,
        };
        let want = self.singleton(descriptor);
        let same = self.builder.ins().icmp(IntCC::Equal, method, want);
        let bound = self.builder.create_block();
        self.builder.ins().brif(same, bound, &[], general, &[]);

        self.switch_to(bound);
        let ty = self.type_of_object(d, general);
        let dict_type = self.singleton(abi::SINGLETON_DICT_TYPE);
        let is_dict = self.builder.ins().icmp(IntCC::Equal, ty, dict_type);
        let start = self.builder.create_block();
        self.builder.ins().brif(is_dict, start, &[], general, &[]);

        self.switch_to(start);
        self.start_dict_loop(vars, kind, d);
        self.decref_object(method);
        self.jump(after, &[d]);

        self.switch_to(general);
        let kind = self.builder.ins().iconst(I64, KIND_ITERATOR);
        self.builder.def_var(vars.kind, kind);
        Ok(())
    }

    /// Starts a loop of `kind` over the exact dict `d` at its first entry.
    fn start_dict_loop(&mut self, vars: LoopVars, kind: i64, d: Value) {
        let len = self
            .builder
            .ins()
            .load(I64, trusted(), d, abi::DICT_LEN_OFFSET);
        self.def_loop_state(vars, kind);
        self.builder.def_var(vars.step, len);
        self.builder.def_var(vars.remaining, len);
    }

    /// `enumerate(seq[, start])` of an enumerate loop: when the callable is
    /// the built-in, without a method, `seq` an exact list or tuple and
    /// `start` a tagged int within `ENUMERATE_START_LIMIT`, the loop counts
    /// from `start` over `seq` (whose reference moves into the slot).
    fn enumerate_call(&mut self, base: u32, n: u32, after: Block) -> TResult {
        let vars = self.loop_vars(self.pc + 2);
        let general = self.builder.create_block();
        let m = self.get(base)?;
        let callable = self.get(base + 1)?;
        let seq = self.get(base + 2)?;
        let enumerate_type = self.singleton(abi::SINGLETON_ENUMERATE_TYPE);
        let mut ok = self
            .builder
            .ins()
            .icmp(IntCC::Equal, callable, enumerate_type);
        if self.known_word(m) != Some(0) {
            let no_method = self.builder.ins().icmp_imm_s(IntCC::Equal, m, 0);
            ok = self.builder.ins().band(ok, no_method);
        }
        let start = if n == 2 {
            let w = self.get(base + 3)?;
            let tag = self.builder.ins().band_imm_s(w, abi::INT_TAG as i64);
            let tagged = self.builder.ins().icmp_imm_s(IntCC::NotEqual, tag, 0);
            let start = self.builder.ins().sshr_imm_s(w, 1);
            let shifted = self.builder.ins().iadd_imm_s(start, ENUMERATE_START_LIMIT);
            let near = self.builder.ins().icmp_imm_s(
                IntCC::UnsignedLessThan,
                shifted,
                2 * ENUMERATE_START_LIMIT,
            );
            let fits = self.builder.ins().band(tagged, near);
            ok = self.builder.ins().band(ok, fits);
            start
        } else {
            self.word(0)
        };
        let checked = self.builder.create_block();
        self.builder.ins().brif(ok, checked, &[], general, &[]);

        self.switch_to(checked);
        let ty = self.type_of_object(seq, general);
        for (_, kind, type_singleton, _, _) in SEQUENCES {
            let next = self.enter_type(ty, type_singleton);
            self.def_loop_state(vars, kind);
            self.builder.def_var(vars.count, start);
            self.decref_object(callable);
            self.jump(after, &[seq]);
            self.switch_to(next);
        }
        self.jump(general, &[]);

        self.switch_to(general);
        let kind = self.builder.ins().iconst(I64, KIND_ITERATOR);
        self.builder.def_var(vars.kind, kind);
        Ok(())
    }

    /// The counted loop of `CALL n` (stack slots from `base`): when the
    /// callable is the built-in `range`, without a method, and the
    /// arguments are tagged ints with a nonzero step, sets the loop's Variables, releases the callable and jumps to
    /// `after` with NULL (the arguments are tagged: nothing to release);
    /// otherwise continues in a new block, the loop's kind set to "an
    /// iterator object".
    fn counted_range_call(&mut self, base: u32, n: u32, after: Block) -> TResult {
        let vars = self.loop_vars(self.pc + 2);
        let general = self.builder.create_block();
        let m = self.get(base)?;
        let callable = self.get(base + 1)?;
        let args = (base + 2..base + 2 + n)
            .map(|pos| self.get(pos))
            .collect::<TResult<Vec<_>>>()?;

        let range_type = self.singleton(abi::SINGLETON_RANGE_TYPE);
        let mut ok = self.builder.ins().icmp(IntCC::Equal, callable, range_type);
        if self.known_word(m) != Some(0) {
            let no_method = self.builder.ins().icmp_imm_s(IntCC::Equal, m, 0);
            ok = self.builder.ins().band(ok, no_method);
        }
        let mut tags = args[0];
        for &a in &args[1..] {
            tags = self.builder.ins().band(tags, a);
        }
        let tagged = self.builder.ins().band_imm_s(tags, abi::INT_TAG as i64);
        let tagged = self.builder.ins().icmp_imm_s(IntCC::NotEqual, tagged, 0);
        ok = self.builder.ins().band(ok, tagged);
        let ints: Vec<Value> = args
            .iter()
            .map(|&a| self.builder.ins().sshr_imm_s(a, 1))
            .collect();
        let (start, stop, step) = match ints[..] {
            [stop] => (self.word(0), stop, self.word(1)),
            [start, stop] => (start, stop, self.word(1)),
            [start, stop, step] => {
                let nonzero = self.builder.ins().icmp_imm_s(IntCC::NotEqual, step, 0);
                ok = self.builder.ins().band(ok, nonzero);
                (start, stop, step)
            }
            _ => return Err(format!("range with {n} arguments")),
        };
        let counted = self.builder.create_block();
        self.builder.ins().brif(ok, counted, &[], general, &[]);

        // The length as `range` computes it: values from the lower bound
        // below the upper one, one per step (the bounds are tagged ints,
        // so the span fits a word).
        self.switch_to(counted);
        let up = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let lo = self.builder.ins().select(up, start, stop);
        let hi = self.builder.ins().select(up, stop, start);
        let neg_step = self.builder.ins().ineg(step);
        let stride = self.builder.ins().select(up, step, neg_step);
        let span = self.builder.ins().isub(hi, lo);
        let last = self.builder.ins().iadd_imm_s(span, -1);
        let steps = self.builder.ins().udiv(last, stride);
        let count = self.builder.ins().iadd_imm_s(steps, 1);
        let some = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThan, span, 0);
        let zero = self.word(0);
        let remaining = self.builder.ins().select(some, count, zero);
        let kind = self.builder.ins().iconst(I64, KIND_RANGE);
        self.builder.def_var(vars.kind, kind);
        self.builder.def_var(vars.pos, start);
        self.builder.def_var(vars.remaining, remaining);
        self.builder.def_var(vars.step, step);
        self.decref_object(callable);
        let null = self.word(0);
        self.jump(after, &[null]);

        self.switch_to(general);
        let kind = self.builder.ins().iconst(I64, KIND_ITERATOR);
        self.builder.def_var(vars.kind, kind);
        Ok(())
    }

    /// `GET_ITER` before a virtual loop's `FOR_ITER`: an exact list or
    /// tuple stays in the slot (owned), starting at position 0; the word of
    /// a loop its call started stays as it is; anything else gets its iterator from
    /// `rt_get_iter`.
    pub(super) fn get_iter_virtual(&mut self) -> TResult {
        let vars = self.loop_vars(self.pc + 1);
        let pos = self.below(1)?;
        let o = self.get(pos)?;
        let borrowed = self.is_borrowed(pos);
        let join = self.builder.create_block();
        let w = self.builder.append_block_param(join, I64);
        let other = self.builder.create_block();

        // A loop its call started already has its slot word.
        if self.loop_call_of(self.pc + 1).is_some() {
            let object = self.builder.create_block();
            let kind = self.builder.use_var(vars.kind);
            let started = self
                .builder
                .ins()
                .icmp_imm_s(IntCC::NotEqual, kind, KIND_ITERATOR);
            self.builder
                .ins()
                .brif(started, join, &[o.into()], object, &[]);
            self.switch_to(object);
        }
        let ty = self.type_of_object(o, other);
        for (kind, _, type_singleton, _, _) in SEQUENCES {
            let next = self.enter_type(ty, type_singleton);
            if borrowed {
                self.add_to_refcount(o, 1);
            }
            self.def_loop_state(vars, kind);
            self.jump(join, &[o]);
            self.switch_to(next);
        }
        // A dict: its keys.
        let not_dict = self.enter_type(ty, abi::SINGLETON_DICT_TYPE);
        if borrowed {
            self.add_to_refcount(o, 1);
        }
        self.start_dict_loop(vars, KIND_DICT_KEYS, o);
        self.jump(join, &[o]);
        self.switch_to(not_dict);
        // An ASCII str: as many characters as bytes.
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let is_str = self.builder.ins().icmp(IntCC::Equal, ty, str_type);
        let text = self.builder.create_block();
        self.builder.ins().brif(is_str, text, &[], other, &[]);
        self.switch_to(text);
        let t = trusted();
        let nchars = self.builder.ins().load(I64, t, o, abi::STR_NCHARS_OFFSET);
        let nbytes = self.builder.ins().load(I64, t, o, abi::STR_TEXT_LEN_OFFSET);
        let ascii = self.builder.ins().icmp(IntCC::Equal, nchars, nbytes);
        let ascii_text = self.builder.create_block();
        self.builder.ins().brif(ascii, ascii_text, &[], other, &[]);
        self.switch_to(ascii_text);
        if borrowed {
            self.add_to_refcount(o, 1);
        }
        self.def_loop_state(vars, KIND_STR);
        self.jump(join, &[o]);

        self.switch_to(other);
        let it = self.call_value(RuntimeFn::rt_get_iter, &[o])?;
        self.release_operand(pos, o);
        self.def_loop_state(vars, KIND_ITERATOR);
        self.jump(join, &[it]);

        self.switch_to(join);
        self.set(pos, w)?;
        self.end_borrows(self.depth);
        Ok(())
    }

    fn def_loop_state(&mut self, vars: LoopVars, kind: i64) {
        let kind = self.builder.ins().iconst(I64, kind);
        let zero = self.builder.ins().iconst(I64, 0);
        self.builder.def_var(vars.kind, kind);
        self.builder.def_var(vars.pos, zero);
    }

    /// The step of a virtual loop's `FOR_ITER` (its slot word `it`): a
    /// sequence's item at the position (a new reference) goes to `got`
    /// and the position advances; past the end, `exhausted`. A loop whose
    /// slot holds an iterator object continues at `iterator`.
    pub(super) fn virtual_step(
        &mut self,
        it: Value,
        (got, exhausted): (Block, Block),
        iterator: Block,
    ) -> TResult {
        let vars = self.loop_vars(self.pc);
        let kind = self.builder.use_var(vars.kind);
        if self.loop_call_of(self.pc) == Some(LoopCall::Range) {
            self.counted_step(vars, kind, (got, exhausted));
        }
        for (k, _, _, items_offset, len_offset) in SEQUENCES {
            let next = self.enter_kind(kind, k);
            let layout = (items_offset, len_offset, false);
            let item = self.seq_next_item(it, vars, layout, exhausted);
            self.jump(got, &[item]);
            self.switch_to(next);
        }
        // (Only `d.values()` starts a values loop.)
        self.dict_step(it, (vars, KIND_DICT_KEYS), exhausted, DictOut::One(got))?;
        if self.loop_call_of(self.pc) == Some(LoopCall::DictView(KIND_DICT_VALUES)) {
            self.dict_step(it, (vars, KIND_DICT_VALUES), exhausted, DictOut::One(got))?;
        }
        // An ASCII str's character: the runtime's immortal one-char str.
        let next = self.enter_kind(kind, KIND_STR);
        let text = (abi::STR_TEXT_PTR_OFFSET, abi::STR_TEXT_LEN_OFFSET, true);
        let item = self.seq_next_item(it, vars, text, exhausted);
        self.jump(got, &[item]);
        self.switch_to(next);
        self.jump(iterator, &[]);
        Ok(())
    }

    /// The step of a loop's `FOR_ITER` with the `UNPACK_SEQUENCE 2` after
    /// it (slot word `it`, stack depth `depth`) when its call started it
    /// with pairs to unpack: an enumerate loop's item and count, a dict's
    /// key and value go to the two slots the unpacking fills, then to
    /// `after`; past the end, `exhausted`. Other loops continue in a new
    /// block.
    pub(super) fn pair_step(
        &mut self,
        it: Value,
        depth: u32,
        (after, exhausted): (Block, Block),
    ) -> TResult {
        match self.loop_call_of(self.pc) {
            Some(LoopCall::Enumerate) => {}
            Some(LoopCall::DictView(KIND_DICT_ITEMS)) => {
                let vars = self.loop_vars(self.pc);
                let out = DictOut::Pair(after, depth);
                return self.dict_step(it, (vars, KIND_DICT_ITEMS), exhausted, out);
            }
            _ => return Ok(()),
        }
        let vars = self.loop_vars(self.pc);
        let kind = self.builder.use_var(vars.kind);
        for (_, k, _, items_offset, len_offset) in SEQUENCES {
            let next = self.enter_kind(kind, k);
            let layout = (items_offset, len_offset, false);
            let item = self.seq_next_item(it, vars, layout, exhausted);
            let count = self.builder.use_var(vars.count);
            let shifted = self.builder.ins().ishl_imm_s(count, 1);
            let index = self.builder.ins().bor_imm_s(shifted, abi::INT_TAG as i64);
            let counted = self.builder.ins().iadd_imm_s(count, 1);
            self.builder.def_var(vars.count, counted);
            self.set(depth, item)?;
            self.set(depth + 1, index)?;
            self.jump(after, &[]);
            self.switch_to(next);
        }
        Ok(())
    }

    /// The step of a `FOR_ITER` with the `UNPACK_SEQUENCE 2` after it over
    /// an iterator object (slot word `it`, stack depth `depth`): an exact
    /// `enumerate` over a list or tuple iterator, or an exact `zip` of two,
    /// whose inner iterators have an item left, gives the pair's parts to
    /// the two slots the unpacking fills, then `after` (CPython builds the
    /// pair and unpacks it; nothing else can see it). Anything else — other
    /// iterators, an exhausted one, a count past the tagged ints — continues
    /// in a new block, where the general step handles it.
    pub(super) fn iter_pair_step(&mut self, it: Value, depth: u32, after: Block) -> TResult {
        let t = trusted();
        let other = self.builder.create_block();
        let ty = self.type_of_object(it, other);

        // `enumerate`: the item, and the count while it is a tagged int
        // (a count past i64 is a big int, its word i64::MAX then).
        let not_enumerate = self.enter_type(ty, abi::SINGLETON_ENUMERATE_TYPE);
        let inner = self
            .builder
            .ins()
            .load(I64, t, it, abi::ENUMERATE_IT_OFFSET);
        let count = self
            .builder
            .ins()
            .load(I64, t, it, abi::ENUMERATE_COUNT_OFFSET);
        let shifted = self.builder.ins().ishl_imm_s(count, 1);
        let back = self.builder.ins().sshr_imm_s(shifted, 1);
        let fits = self.builder.ins().icmp(IntCC::Equal, back, count);
        let counted = self.builder.create_block();
        self.builder.ins().brif(fits, counted, &[], other, &[]);
        self.switch_to(counted);
        let (data, pos) = self.seq_iter_peek(inner, other);
        let item = self.take_seq_iter_item(inner, data, pos);
        let next = self.builder.ins().iadd_imm_s(count, 1);
        self.builder
            .ins()
            .store(t, next, it, abi::ENUMERATE_COUNT_OFFSET);
        let index = self.builder.ins().bor_imm_s(shifted, abi::INT_TAG as i64);
        self.set(depth, item)?;
        self.set(depth + 1, index)?;
        self.jump(after, &[]);

        // `zip` of two: both items, or neither taken (the general step then
        // stops at the first iterator without one, as `zip` does).
        self.switch_to(not_enumerate);
        let not_zip = self.enter_type(ty, abi::SINGLETON_ZIP_TYPE);
        let n = self
            .builder
            .ins()
            .load(I64, t, it, abi::ZIP_ITERS_LEN_OFFSET);
        let two = self.builder.ins().icmp_imm_s(IntCC::Equal, n, 2);
        let pair = self.builder.create_block();
        self.builder.ins().brif(two, pair, &[], other, &[]);
        self.switch_to(pair);
        let iters = self
            .builder
            .ins()
            .load(I64, t, it, abi::ZIP_ITERS_PTR_OFFSET);
        let first = self.builder.ins().load(I64, t, iters, 0);
        let second = self.builder.ins().load(I64, t, iters, 8);
        // (`zip(it, it)` pairs consecutive items: the general step.)
        let distinct = self.builder.ins().icmp(IntCC::NotEqual, first, second);
        let apart = self.builder.create_block();
        self.builder.ins().brif(distinct, apart, &[], other, &[]);
        self.switch_to(apart);
        let (data_a, pos_a) = self.seq_iter_peek(first, other);
        let (data_b, pos_b) = self.seq_iter_peek(second, other);
        let a = self.take_seq_iter_item(first, data_a, pos_a);
        let b = self.take_seq_iter_item(second, data_b, pos_b);
        self.set(depth, b)?;
        self.set(depth + 1, a)?;
        self.jump(after, &[]);

        self.switch_to(not_zip);
        self.jump(other, &[]);
        self.switch_to(other);
        Ok(())
    }

    /// Continues in a new block with the item array and the position of
    /// the exact list or tuple iterator `x` when it has an item left;
    /// otherwise (another iterator, or exhausted) branches to `other`.
    fn seq_iter_peek(&mut self, x: Value, other: Block) -> (Value, Value) {
        let t = trusted();
        let ready = self.builder.create_block();
        let data = self.builder.append_block_param(ready, I64);
        let pos = self.builder.append_block_param(ready, I64);
        let ty = self.type_of_object(x, other);
        let iterators = [
            (
                abi::SINGLETON_LIST_ITER_TYPE,
                abi::LIST_ITEMS_OFFSET,
                abi::LIST_LEN_OFFSET,
            ),
            (
                abi::SINGLETON_TUPLE_ITER_TYPE,
                abi::TUPLE_ITEMS_OFFSET,
                abi::TUPLE_LEN_OFFSET,
            ),
        ];
        for (iter_type, items_offset, len_offset) in iterators {
            let next = self.enter_type(ty, iter_type);
            // (An exhausted list iterator has released its list: 0.)
            let seq = self.builder.ins().load(I64, t, x, SEQ_ITER_SEQ_OFFSET);
            let live = self.builder.create_block();
            self.builder.ins().brif(seq, live, &[], other, &[]);
            self.switch_to(live);
            let len = self.builder.ins().load(I64, t, seq, len_offset);
            let items = self.builder.ins().load(I64, t, seq, items_offset);
            let p = self.builder.ins().load(I64, t, x, SEQ_ITER_INDEX_OFFSET);
            let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, p, len);
            let step = self.builder.create_block();
            self.builder.ins().brif(inside, step, &[], other, &[]);
            self.switch_to(step);
            self.builder.ins().jump(ready, &[items.into(), p.into()]);
            self.switch_to(next);
        }
        self.jump(other, &[]);
        self.switch_to(ready);
        (data, pos)
    }

    /// A new reference to the item at `pos` of `data` that `seq_iter_peek`
    /// found for the sequence iterator `x`, whose position advances.
    fn take_seq_iter_item(&mut self, x: Value, data: Value, pos: Value) -> Value {
        let item = self.indexed_item(data, pos);
        let advanced = self.builder.ins().iadd_imm_s(pos, 1);
        self.builder
            .ins()
            .store(trusted(), advanced, x, SEQ_ITER_INDEX_OFFSET);
        item
    }

    /// A counted loop's step (its kind in `kind`): the next value, tagged,
    /// goes to `got` while values remain, else `exhausted`; other kinds
    /// continue in a new block.
    fn counted_step(&mut self, vars: LoopVars, kind: Value, (got, exhausted): (Block, Block)) {
        let next = self.enter_kind(kind, KIND_RANGE);
        let remaining = self.builder.use_var(vars.remaining);
        let step = self.builder.create_block();
        self.builder
            .ins()
            .brif(remaining, step, &[], exhausted, &[]);
        self.switch_to(step);
        let value = self.builder.use_var(vars.pos);
        let left = self.builder.ins().iadd_imm_s(remaining, -1);
        let stride = self.builder.use_var(vars.step);
        let advanced = self.builder.ins().iadd(value, stride);
        self.builder.def_var(vars.remaining, left);
        self.builder.def_var(vars.pos, advanced);
        let shifted = self.builder.ins().ishl_imm_s(value, 1);
        let tagged = self.builder.ins().bor_imm_s(shifted, abi::INT_TAG as i64);
        self.jump(got, &[tagged]);
        self.switch_to(next);
    }

    /// The step of a dict loop of kind `k` (slot word `it`, the dict):
    /// the next live entry's key, value or both (`out`); past the last
    /// entry `exhausted`. A dict whose size is not the one the loop started
    /// with raises "changed size", one with more entries than it had
    /// "keys changed" (CPython's checks). Other kinds continue in a new
    /// block.
    fn dict_step(
        &mut self,
        it: Value,
        (vars, k): (LoopVars, i64),
        exhausted: Block,
        out: DictOut,
    ) -> TResult {
        let t = trusted();
        let kind = self.builder.use_var(vars.kind);
        let next = self.enter_kind(kind, k);
        let started = self.builder.use_var(vars.step);
        let len = self.builder.ins().load(I64, t, it, abi::DICT_LEN_OFFSET);
        let resized = self.builder.ins().icmp(IntCC::NotEqual, len, started);
        self.raise_dict_changed_if(resized, 0);

        // The first live entry from `pos` on (a deleted entry has 0 in its
        // key or its value word).
        let entries = self
            .builder
            .ins()
            .load(I64, t, it, abi::DICT_ENTRIES_PTR_OFFSET);
        let n = self
            .builder
            .ins()
            .load(I64, t, it, abi::DICT_ENTRIES_LEN_OFFSET);
        let pos = self.builder.use_var(vars.pos);
        let scan = self.builder.create_block();
        let p = self.builder.append_block_param(scan, I64);
        let probe = self.builder.create_block();
        let found = self.builder.create_block();
        self.builder.ins().jump(scan, &[pos.into()]);
        self.switch_to(scan);
        let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, p, n);
        self.builder.ins().brif(inside, probe, &[], exhausted, &[]);
        self.switch_to(probe);
        let e = self.dict_entry_address(entries, p);
        let key = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_KEY);
        let value = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_VALUE);
        let has_key = self.builder.ins().icmp_imm_s(IntCC::NotEqual, key, 0);
        let has_value = self.builder.ins().icmp_imm_s(IntCC::NotEqual, value, 0);
        let live = self.builder.ins().band(has_key, has_value);
        let following = self.builder.ins().iadd_imm_s(p, 1);
        self.builder
            .ins()
            .brif(live, found, &[], scan, &[following.into()]);

        self.switch_to(found);
        let remaining = self.builder.use_var(vars.remaining);
        let none_left = self.builder.ins().icmp_imm_s(IntCC::Equal, remaining, 0);
        self.raise_dict_changed_if(none_left, 1);
        let left = self.builder.ins().iadd_imm_s(remaining, -1);
        self.builder.def_var(vars.remaining, left);
        self.builder.def_var(vars.pos, following);
        match out {
            DictOut::One(got) => {
                let word = if k == KIND_DICT_VALUES { value } else { key };
                self.incref_nonnull(word);
                self.jump(got, &[word]);
            }
            DictOut::Pair(after, depth) => {
                self.incref_nonnull(key);
                self.incref_nonnull(value);
                self.set(depth, value)?;
                self.set(depth + 1, key)?;
                self.jump(after, &[]);
            }
        }
        self.switch_to(next);
        Ok(())
    }

    /// Continues in a new block when the loop's `kind` is `k`; returns the
    /// block for the other kinds.
    fn enter_kind(&mut self, kind: Value, k: i64) -> Block {
        let same = self.builder.ins().icmp_imm_s(IntCC::Equal, kind, k);
        self.enter_if(same)
    }

    /// Continues in a new block when the type `ty` is the singleton at
    /// `type_singleton`; returns the block for other types.
    fn enter_type(&mut self, ty: Value, type_singleton: i32) -> Block {
        let want = self.singleton(type_singleton);
        let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
        self.enter_if(same)
    }

    /// Continues in a new block when `cond` holds; returns the other one.
    fn enter_if(&mut self, cond: Value) -> Block {
        let this = self.builder.create_block();
        let next = self.builder.create_block();
        self.builder.ins().brif(cond, this, &[], next, &[]);
        self.switch_to(this);
        next
    }

    /// The item at a sequence loop's position (a new reference) of the
    /// list, tuple or ASCII str `it` (offsets of its item pointer or text
    /// and of its length, and whether the items are a str's bytes), the
    /// position advanced; past the end, `exhausted`. A str's item is the
    /// runtime's one-character str.
    fn seq_next_item(
        &mut self,
        it: Value,
        vars: LoopVars,
        (items_offset, len_offset, bytes): (i32, i32, bool),
        exhausted: Block,
    ) -> Value {
        let t = trusted();
        let pos = self.builder.use_var(vars.pos);
        // (Both words read in one block: see `items_at`.)
        let len = self.builder.ins().load(I64, t, it, len_offset);
        let items = self.builder.ins().load(I64, t, it, items_offset);
        let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, pos, len);
        let step = self.builder.create_block();
        self.builder.ins().brif(inside, step, &[], exhausted, &[]);
        self.switch_to(step);
        let item = if bytes {
            let addr = self.builder.ins().iadd(items, pos);
            let byte = self.builder.ins().uload8(I64, t, addr, 0);
            self.one_char_str(byte)
        } else {
            self.indexed_item(items, pos)
        };
        let advanced = self.builder.ins().iadd_imm_s(pos, 1);
        self.builder.def_var(vars.pos, advanced);
        item
    }

    /// Raises a dict loop's RuntimeError (`keys` 0: the size changed, 1:
    /// the keys did) at the current instruction when `changed` holds (out
    /// of line); otherwise continues in a new block.
    fn raise_dict_changed_if(&mut self, changed: Value, keys: i64) {
        let raise = self.cold_block();
        let unchanged = self.builder.create_block();
        self.builder.ins().brif(changed, raise, &[], unchanged, &[]);
        self.switch_to(raise);
        let which = self.word(keys);
        self.call_rt(RuntimeFn::rt_dict_changed_in_loop, &[which]);
        let key = self.raise_key();
        self.jump_to_raise(key);
        self.switch_to(unchanged);
    }
}

/// Where a dict loop's step puts what it takes: one word to a block (keys
/// or values), or the key and value into the unpacked slots from a depth.
#[derive(Clone, Copy)]
enum DictOut {
    One(Block),
    Pair(Block, u32),
}
