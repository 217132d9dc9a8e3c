//! Probes of exact dicts in generated code: CPython's probe sequence over
//! the index table for an exact str key whose hash is cached, which finds
//! the key (the same object, or an equal exact str) or proves it absent
//! without calling the runtime. Instance dicts use it to prove a name
//! absent (`attrs`), `d.get(key)` to answer in place (`calls`).

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value, condcodes::IntCC, types::I64};

impl FunctionTranslator<'_> {
    /// The address of entry `ix` of a dict whose entries start at
    /// `entries`.
    pub(super) fn dict_entry_address(&mut self, entries: Value, ix: Value) -> Value {
        let at = self
            .builder
            .ins()
            .imul_imm_s(ix, i64::from(abi::DICT_ENTRY_SIZE));
        self.builder.ins().iadd(entries, at)
    }

    /// `d.get(key[, default])` on the exact dict in stack slot `base + 1`
    /// (its method descriptor in `base`) when `key` is an exact str with
    /// its hash cached: the dict's probe sequence for the hash, in place
    /// (`probe_str_key`) finds the key or proves it absent, and jumps to
    /// `after` with the value or the default (None without one: `default`
    /// is 0), the stack released. Anything else (a key of the same hash
    /// that is no exact str) branches to `call`.
    pub(super) fn inline_dict_get(
        &mut self,
        base: u32,
        (key, default): (Value, Value),
        call: Block,
        after: Block,
    ) -> TResult {
        let t = trusted();
        let d = self.get(base + 1)?;
        let heap = self.builder.create_block();
        let str_key = self.builder.create_block();
        let probe = self.builder.create_block();
        let found = self.builder.create_block();
        let e = self.builder.append_block_param(found, I64);
        let absent = self.builder.create_block();
        self.builder.append_block_param(absent, I64);
        let done = self.builder.create_block();
        let r = self.builder.append_block_param(done, I64);

        let tag = self.builder.ins().band_imm_s(key, abi::TAG_MASK as i64);
        self.builder.ins().brif(tag, call, &[], heap, &[]);
        self.switch_to(heap);
        let ty = self.builder.ins().load(I64, t, key, abi::OB_TYPE);
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let is_str = self.builder.ins().icmp(IntCC::Equal, ty, str_type);
        self.builder.ins().brif(is_str, str_key, &[], call, &[]);
        self.switch_to(str_key);
        // (A hash not computed yet is -1. Computing it here and probing
        // cost more than the runtime's lookup: dicts +1.1% instructions.)
        let hash = self.builder.ins().load(I64, t, key, abi::STR_HASH_OFFSET);
        let cached = self.builder.ins().icmp_imm_s(IntCC::NotEqual, hash, -1);
        let empty = self.builder.create_block();
        let hashed = self.builder.create_block();
        self.builder.ins().brif(cached, hashed, &[], call, &[]);
        self.switch_to(hashed);
        let slots = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_INDICES_LEN_OFFSET);
        self.builder.ins().brif(slots, probe, &[], empty, &[]);
        self.switch_to(empty);
        let zero = self.word(0);
        self.jump(absent, &[zero]);
        self.switch_to(probe);
        self.probe_str_key(d, slots, (key, hash), true, (absent, Some(found)), call)?;

        self.switch_to(found);
        let v = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_VALUE);
        self.incref(v);
        self.jump(done, &[v]);

        self.switch_to(absent);
        let fallback = if self.known_word(default) == Some(0) {
            self.singleton(abi::SINGLETON_NONE)
        } else {
            default
        };
        self.incref(fallback);
        self.jump(done, &[fallback]);

        self.switch_to(done);
        let method = self.get(base)?;
        self.drop_method_descriptor(base, method)?;
        self.finish_inline_method(base, r, after)
    }

    /// Walks the probe sequence of the str `name` (whose hash is `hash`) in
    /// the dict `d`, whose index table has `slots` (> 0) slots: branches to
    /// `absent` with the index of the first free slot, which proves the
    /// dict can't hold the name; to `found` (when given) with the address
    /// of the entry whose key is the name or an exact str equal to it
    /// (`rt_str_key_eq`); to `other` at any other key with the same hash
    /// (an equal string would match too), at the name without `found`, or
    /// at a deleted slot unless `skip_dummies`. The walk ends, as the
    /// runtime's does: an index table always has a free slot (its live and
    /// deleted entries stay below the usable fraction), and once the
    /// perturbation is spent the sequence visits every slot.
    pub(super) fn probe_str_key(
        &mut self,
        d: Value,
        slots: Value,
        (name, hash): (Value, Value),
        skip_dummies: bool,
        (absent, found): (Block, Option<Block>),
        other: Block,
    ) -> TResult {
        let t = trusted();
        let step = self.builder.create_block();
        let used = self.builder.create_block();
        let live = self.builder.create_block();
        let next = self.builder.create_block();
        let mask = self.builder.ins().iadd_imm_s(slots, -1);
        let indices = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_INDICES_PTR_OFFSET);
        let entries = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_ENTRIES_PTR_OFFSET);
        let first = self.builder.ins().band(hash, mask);
        let args = [first, hash].map(BlockArg::Value);
        self.builder.ins().jump(step, &args);

        // step(slot, perturb): one slot of the sequence.
        self.builder.switch_to_block(step);
        let slot = self.builder.append_block_param(step, I64);
        let perturb = self.builder.append_block_param(step, I64);
        let offset = self.builder.ins().ishl_imm_s(slot, 2);
        let addr = self.builder.ins().iadd(indices, offset);
        let ix = self.builder.ins().uload32(t, addr, 0);
        let free =
            self.builder
                .ins()
                .icmp_imm_s(IntCC::Equal, ix, i64::from(abi::DICT_INDEX_EMPTY));
        self.builder
            .ins()
            .brif(free, absent, &[BlockArg::Value(slot)], used, &[]);

        self.builder.switch_to_block(used);
        let dummy =
            self.builder
                .ins()
                .icmp_imm_s(IntCC::Equal, ix, i64::from(abi::DICT_INDEX_DUMMY));
        let at_dummy = if skip_dummies { next } else { other };
        self.builder.ins().brif(dummy, at_dummy, &[], live, &[]);

        self.builder.switch_to_block(live);
        let e = self.dict_entry_address(entries, ix);
        let key = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_KEY);
        let key_hash = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_HASH);
        let same_key = self.builder.ins().icmp(IntCC::Equal, key, name);
        let same_hash = self.builder.ins().icmp(IntCC::Equal, key_hash, hash);
        if let Some(found) = found {
            // (An equal key ends the walk: nothing is live across the call
            // into the next step.)
            let other_key = self.builder.create_block();
            let compare = self.builder.create_block();
            self.builder
                .ins()
                .brif(same_key, found, &[BlockArg::Value(e)], other_key, &[]);
            self.builder.switch_to_block(other_key);
            self.builder.ins().brif(same_hash, compare, &[], next, &[]);
            self.builder.switch_to_block(compare);
            let eq = self.call_word(RuntimeFn::rt_str_key_eq, &[name, key])?;
            let equal = self.builder.ins().icmp_imm_s(IntCC::Equal, eq, 1);
            self.builder
                .ins()
                .brif(equal, found, &[BlockArg::Value(e)], other, &[]);
        } else {
            let may_match = self.builder.ins().bor(same_key, same_hash);
            self.builder.ins().brif(may_match, other, &[], next, &[]);
        }

        self.builder.switch_to_block(next);
        let perturb = self
            .builder
            .ins()
            .ushr_imm_s(perturb, abi::DICT_PERTURB_SHIFT);
        let five = self.builder.ins().imul_imm_s(slot, 5);
        let sum = self.builder.ins().iadd(five, perturb);
        let sum = self.builder.ins().iadd_imm_s(sum, 1);
        let slot = self.builder.ins().band(sum, mask);
        let args = [slot, perturb].map(BlockArg::Value);
        self.builder.ins().jump(step, &args);
        Ok(())
    }
}
