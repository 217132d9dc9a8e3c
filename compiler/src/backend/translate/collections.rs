//! Building and updating collections, string formatting, unpacking and the
//! pattern-matching instructions.

use super::names::{LIST_ITEMS, TUPLE_ITEMS};
use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{Block, InstBuilder, SourceLoc, Value, condcodes::IntCC, types::I64};

/// `UNPACK_SEQUENCE` of at most this many items is inlined.
const INLINE_UNPACK_MAX: u32 = 8;

impl FunctionTranslator<'_> {
    // --- building ------------------------------------------------------------

    /// `BUILD_TUPLE/LIST/SET/STRING n`: [x1..xn] -> [collection]
    pub(super) fn op_build_sequence(&mut self, op: Opcode, n: u32) -> TResult {
        let f = match op {
            Opcode::BUILD_TUPLE => RuntimeFn::rt_build_tuple,
            Opcode::BUILD_LIST => RuntimeFn::rt_build_list,
            Opcode::BUILD_SET => RuntimeFn::rt_build_set,
            _ => RuntimeFn::rt_build_string,
        };
        if op == Opcode::BUILD_TUPLE && n == 2 && self.fuse_pair_lookup()? {
            return Ok(());
        }
        let base = self.below(n)?;
        let next = self.pc + 1;
        if op == Opcode::BUILD_TUPLE
            && let Some(next_instr) = self.code.instrs.get(next)
            && next_instr.op == Opcode::UNPACK_SEQUENCE
            && next_instr.arg == n
            && self.blocks[next].is_none()
            && self.code.depths[next].is_some()
        {
            // `a, b, c, d = b, c, d, a`: the tuple would be unpacked right
            // away, so the items only change places (x1 ends on top).
            self.fused[next] = true;
            let items = (base..base + n)
                .map(|pos| self.get(pos))
                .collect::<TResult<Vec<_>>>()?;
            for (j, item) in items.into_iter().enumerate() {
                self.set(base + n - 1 - j as u32, item)?;
            }
            return Ok(());
        }
        let items = self.scratch_from_stack(base, n)?;
        let count = self.word(i64::from(n));
        if matches!(op, Opcode::BUILD_TUPLE | Opcode::BUILD_LIST) {
            // These cannot fail and take over the items' references.
            let r = self.call_word(f, &[items, count])?;
            return self.set(base, r);
        }
        let r = self.call_value(f, &[items, count])?;
        self.replace_top(n, r)
    }

    /// `BUILD_TUPLE 2` translated together with the lookup it feeds, when
    /// nothing jumps in between: `d[a, b]` (`BINARY_SUBSCR` next) asks
    /// `rt_subscr_pair`, `(a, b) in d` (`LOAD_FAST d` and `CONTAINS_OP`
    /// next; the local is passed as it is) asks `rt_contains_pair`; for an exact dict they find the key without
    /// making the tuple. Errors are the lookup's (its line). Returns
    /// whether it did.
    fn fuse_pair_lookup(&mut self) -> TResult<bool> {
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let code = self.code;
        let start = self.pc;
        let plain = |this: &Self, j: usize| {
            this.blocks[j].is_none()
                && code.depths[j].is_some()
                && code.handlers[j] == code.handlers[start]
        };
        let at = |j: usize| code.instrs.get(j).filter(|_| plain(self, j));
        match (at(start + 1), at(start + 2)) {
            (Some(subscr), _) if subscr.op == Opcode::BINARY_SUBSCR => {
                let next = start + 1;
                self.enter_fused(next);
                let o = self.peek(3)?;
                let r = self.call_value(RuntimeFn::rt_subscr_pair, &[o, a, b])?;
                let base = self.below(3)?;
                self.replace_top(3, r)?;
                self.end_borrows(base);
                Ok(true)
            }
            (Some(load), Some(test))
                if load.op == Opcode::LOAD_FAST
                    && test.op == Opcode::CONTAINS_OP
                    && self.float_local(load.arg).is_none() =>
            {
                let (local, invert) = (load.arg, test.arg != 0);
                self.enter_fused(start + 1);
                // The local's word itself, borrowed (no stack slot): only
                // this function's own stores can change a local.
                let d = self.get_local(local)?;
                if self.unbound_checks[self.pc] {
                    self.check_bound(d, RuntimeFn::rt_unbound_local, local);
                }
                self.enter_fused(start + 2);
                let s = self.call_word(RuntimeFn::rt_contains_pair, &[d, a, b])?;
                self.check_status(s);
                let r = self.status_bool_word(s, invert);
                let base = self.below(2)?;
                self.replace_top(2, r)?;
                self.end_borrows(base);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Continues with instruction `j` as part of the current one: it is
    /// not translated on its own, and errors from here on are its.
    fn enter_fused(&mut self, j: usize) {
        self.fused[j] = true;
        self.pc = j;
        self.builder.set_srcloc(SourceLoc::new(j as u32));
        self.record_call_site(self.code.instrs[j].op);
    }

    /// `BUILD_MAP n`: [k1, v1, .. kn, vn] -> [dict]
    pub(super) fn op_build_map(&mut self, n: u32) -> TResult {
        let words = n.checked_mul(2).ok_or("BUILD_MAP size overflows")?;
        let base = self.below(words)?;
        let items = self.scratch_from_stack(base, words)?;
        let count = self.word(i64::from(n));
        let r = self.call_value(RuntimeFn::rt_build_map, &[items, count])?;
        self.replace_top(words, r)
    }

    /// `BUILD_CONST_KEY_MAP n`: [v1..vn, keys] -> [dict]
    pub(super) fn op_build_const_key_map(&mut self, n: u32) -> TResult {
        let base = self.below(n + 1)?;
        let values = self.scratch_from_stack(base, n)?;
        let keys = self.peek(1)?;
        let count = self.word(i64::from(n));
        let r = self.call_value(RuntimeFn::rt_build_const_key_map, &[values, count, keys])?;
        self.replace_top(n + 1, r)
    }

    // --- updating ----------------------------------------------------------------

    /// `LIST_APPEND/SET_ADD/LIST_EXTEND/SET_UPDATE/DICT_UPDATE i`:
    /// [c, .., v] -> [c, ..] where `c` is the i-th item after popping `v`.
    pub(super) fn op_collection_update(&mut self, op: Opcode, i: u32) -> TResult {
        let f = match op {
            Opcode::LIST_APPEND => RuntimeFn::rt_list_append,
            Opcode::SET_ADD => RuntimeFn::rt_set_add,
            Opcode::LIST_EXTEND => RuntimeFn::rt_list_extend,
            Opcode::SET_UPDATE => RuntimeFn::rt_set_update,
            _ => RuntimeFn::rt_dict_update,
        };
        let v = self.peek(1)?;
        let collection = self.peek(i + 1)?;
        if op == Opcode::LIST_APPEND {
            // (A comprehension's own list: exact, but checked.)
            let done = self.builder.create_block();
            let slow = self.cold_block();
            let ty = self.type_of_object(collection, slow);
            let list_type = self.singleton(abi::SINGLETON_LIST_TYPE);
            let is_list = self.builder.ins().icmp(IntCC::Equal, ty, list_type);
            let exact = self.builder.create_block();
            self.builder.ins().brif(is_list, exact, &[], slow, &[]);
            self.switch_to(exact);
            self.append_if_room(collection, v, slow);
            self.jump(done, &[]);
            self.switch_to(slow);
            self.call_status(f, &[collection, v])?;
            self.decref(v);
            self.jump(done, &[]);
            self.switch_to(done);
            return Ok(());
        }
        self.call_status(f, &[collection, v])?;
        self.decref(v);
        Ok(())
    }

    /// Appends `item` to the exact list `l` inline when its buffer has
    /// room (the reference moves into the list), continuing in a new
    /// block; a full buffer branches to `full` with nothing done.
    pub(super) fn append_if_room(&mut self, l: Value, item: Value, full: Block) {
        let t = trusted();
        let len = self.builder.ins().load(I64, t, l, abi::LIST_LEN_OFFSET);
        let cap = self.builder.ins().load(I64, t, l, abi::LIST_CAP_OFFSET);
        let room = self.builder.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        let fits = self.builder.create_block();
        self.builder.ins().brif(room, fits, &[], full, &[]);
        self.switch_to(fits);
        let items = self.builder.ins().load(I64, t, l, abi::LIST_ITEMS_OFFSET);
        let offset = self.builder.ins().ishl_imm_s(len, 3);
        let addr = self.builder.ins().iadd(items, offset);
        self.builder.ins().store(t, item, addr, 0);
        let longer = self.builder.ins().iadd_imm_s(len, 1);
        self.builder.ins().store(t, longer, l, abi::LIST_LEN_OFFSET);
    }

    /// `MAP_ADD i`: [map, .., k, v] -> [map, ..] (`map` is the i-th item
    /// after popping `k` and `v`).
    pub(super) fn op_map_add(&mut self, i: u32) -> TResult {
        let (k, v) = (self.peek(2)?, self.peek(1)?);
        let map = self.peek(i + 2)?;
        self.call_status(RuntimeFn::rt_map_add, &[map, k, v])?;
        self.decref(k);
        self.decref(v);
        Ok(())
    }

    /// `DICT_MERGE i`: like `DICT_UPDATE`, for `f(**kw)`; the callable (for
    /// error messages) is two items below the dict: [NULL, f, args, dict, kw].
    pub(super) fn op_dict_merge(&mut self, i: u32) -> TResult {
        let other = self.peek(1)?;
        let map = self.peek(i + 1)?;
        let callable = match self.below(i + 3) {
            Ok(pos) => self.get(pos)?,
            Err(_) => self.word(0),
        };
        self.call_status(RuntimeFn::rt_dict_merge, &[map, other, callable])?;
        self.decref(other);
        Ok(())
    }

    /// `LIST_TO_TUPLE`: [list] -> [tuple]
    pub(super) fn op_list_to_tuple(&mut self) -> TResult {
        let list = self.peek(1)?;
        let r = self.call_value(RuntimeFn::rt_list_to_tuple, &[list])?;
        self.replace_top(1, r)
    }

    /// `FORMAT_VALUE flags`: [v, spec?] -> [str]; `flags & 3` is the
    /// conversion, `flags & 4` says a spec is on top.
    pub(super) fn op_format_value(&mut self, flags: u32) -> TResult {
        let has_spec = flags & 4 != 0;
        let inputs = if has_spec { 2 } else { 1 };
        let v = self.peek(inputs)?;
        let spec = if has_spec {
            self.peek(1)?
        } else {
            self.word(0)
        };
        let conversion = self.word(i64::from(flags & 3));
        let r = self.call_value(RuntimeFn::rt_format_value, &[v, conversion, spec])?;
        self.replace_top(inputs, r)
    }

    // --- unpacking ------------------------------------------------------------------

    /// Replaces the sequence on top with `count` words the runtime wrote
    /// into the scratch array in natural order; the first ends on top.
    fn push_unpacked(&mut self, seq: Value, count: u32) -> TResult {
        let base = self.below(1)?;
        let items = (0..count)
            .map(|j| self.scratch_word(j))
            .collect::<TResult<Vec<_>>>()?;
        for (j, item) in items.into_iter().enumerate() {
            self.set(base + count - 1 - j as u32, item)?;
        }
        self.decref(seq);
        Ok(())
    }

    /// `UNPACK_SEQUENCE n`: [seq] -> [xn..x1] (x1 on top). Exact tuples and
    /// lists of `n` items (up to `INLINE_UNPACK_MAX`) are copied into the
    /// scratch array inline; other sequences by the runtime. Either way the
    /// items are read back after the paths join, which keeps them out of
    /// registers across the join.
    pub(super) fn op_unpack_sequence(&mut self, n: u32) -> TResult {
        let seq = self.peek(1)?;
        let out = self.scratch_addr(n)?;
        if n == 0 || n > INLINE_UNPACK_MAX {
            let count = self.word(i64::from(n));
            self.call_status(RuntimeFn::rt_unpack_sequence, &[seq, count, out])?;
            return self.push_unpacked(seq, n);
        }
        let done = self.builder.create_block();
        let not_tuple = self.builder.create_block();
        let slow = self.cold_block();
        for (container, other) in [(TUPLE_ITEMS, not_tuple), (LIST_ITEMS, slow)] {
            let items = self.inline_items(seq, n, container, other);
            for j in 0..n as i32 {
                let w = self.builder.ins().load(I64, trusted(), items, 8 * j);
                self.incref(w);
                self.builder.ins().store(trusted(), w, out, 8 * j);
            }
            self.jump(done, &[]);
            self.switch_to(other);
        }

        let count = self.word(i64::from(n));
        self.call_status(RuntimeFn::rt_unpack_sequence, &[seq, count, out])?;
        self.jump(done, &[]);

        self.switch_to(done);
        self.push_unpacked(seq, n)
    }

    /// Continues in a new block when `seq` is an exact list (`container`'s
    /// type singleton; or tuple) of exactly `n` items, returning the address
    /// of its items; otherwise branches to `other`.
    fn inline_items(
        &mut self,
        seq: Value,
        n: u32,
        container: (i32, i32, i32),
        other: Block,
    ) -> Value {
        let (type_singleton, items_offset, len_offset) = container;
        let heap = self.builder.create_block();
        let typed = self.builder.create_block();
        let sized = self.builder.create_block();
        let tag = self.builder.ins().band_imm_s(seq, abi::TAG_MASK as i64);
        self.builder.ins().brif(tag, other, &[], heap, &[]);

        self.builder.switch_to_block(heap);
        let ty = self.builder.ins().load(I64, trusted(), seq, abi::OB_TYPE);
        let want = self.singleton(type_singleton);
        let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
        self.builder.ins().brif(same, typed, &[], other, &[]);

        self.builder.switch_to_block(typed);
        let len = self.builder.ins().load(I64, trusted(), seq, len_offset);
        let right = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, len, i64::from(n));
        self.builder.ins().brif(right, sized, &[], other, &[]);

        self.switch_to(sized);
        self.builder.ins().load(I64, trusted(), seq, items_offset)
    }

    /// `UNPACK_EX before | (after << 8)`: [seq] -> [after.., list, before..]
    /// (the first item on top).
    pub(super) fn op_unpack_ex(&mut self, arg: u32) -> TResult {
        let (before, after) = (arg & 0xff, arg >> 8);
        let total = before + 1 + after;
        let seq = self.peek(1)?;
        let out = self.scratch_addr(total)?;
        let (before_w, after_w) = (self.word(i64::from(before)), self.word(i64::from(after)));
        self.call_status(RuntimeFn::rt_unpack_ex, &[seq, before_w, after_w, out])?;
        self.push_unpacked(seq, total)
    }

    // --- pattern matching ----------------------------------------------------------------

    /// `GET_LEN`: [o] -> [o, len(o)]
    pub(super) fn op_get_len(&mut self) -> TResult {
        let o = self.peek(1)?;
        let n = self.call_value(RuntimeFn::rt_get_len, &[o])?;
        self.set(self.depth, n)
    }

    /// `MATCH_MAPPING` / `MATCH_SEQUENCE`: [o] -> [o, bool]
    pub(super) fn op_match_kind(&mut self, f: RuntimeFn) -> TResult {
        let o = self.peek(1)?;
        let s = self.call_status(f, &[o])?;
        let r = self.status_bool_word(s, false);
        self.set(self.depth, r)
    }

    /// `MATCH_KEYS`: [o, keys] -> [o, keys, values_tuple|None]
    pub(super) fn op_match_keys(&mut self) -> TResult {
        let (o, keys) = (self.peek(2)?, self.peek(1)?);
        let r = self.call_value(RuntimeFn::rt_match_keys, &[o, keys])?;
        self.set(self.depth, r)
    }

    /// `MATCH_CLASS n`: [o, cls, names] -> [attrs_tuple|None]
    pub(super) fn op_match_class(&mut self, n: u32) -> TResult {
        let (o, cls, names) = (self.peek(3)?, self.peek(2)?, self.peek(1)?);
        let count = self.word(i64::from(n));
        let r = self.call_value(RuntimeFn::rt_match_class, &[o, cls, count, names])?;
        self.replace_top(3, r)
    }

    /// `COPY_DICT_WITHOUT_KEYS`: [o, keys] -> [o, rest]
    pub(super) fn op_copy_dict_without_keys(&mut self) -> TResult {
        let (o, keys) = (self.peek(2)?, self.peek(1)?);
        let r = self.call_value(RuntimeFn::rt_copy_dict_without_keys, &[o, keys])?;
        self.replace_top(1, r)
    }
}
