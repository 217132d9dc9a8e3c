//! `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD` through per-site caches
//! (`ops::attr::site` in the runtime fills them). Generated code first tries
//! CPython 3.11's specialised forms inline, reading the site the runtime
//! filled: a receiver whose type matches one of the site's entries (the
//! runtime retires every entry when the type-lookup epoch changes), and
//! then
//! - `LOAD_ATTR` (`LOAD_ATTR_INSTANCE_VALUE`): when the site knows the
//!   name's inline value word (`types::instance` in the runtime) and the
//!   receiver's word is set, that value; else (`LOAD_ATTR_WITH_HINT`) the
//!   instance dict's entry at the site's hint holds the very name object:
//!   its value;
//! - `STORE_ATTR` (`STORE_ATTR_INSTANCE_VALUE`): a set inline word gets the
//!   value; an unset one too when the receiver has no dict and holds the
//!   previous key's value (the next attribute in insertion order);
//!   otherwise (`STORE_ATTR_WITH_HINT`) the dict entry at the hint gets the
//!   value, and the dict a new version; when the hint is the dict's next
//!   entry (a new instance's `__init__` storing in the order the last one
//!   did), the name and value are appended if the tables have room;
//! - `LOAD_METHOD` (`LOAD_METHOD_WITH_DICT`/`_NO_DICT`): the type holds a
//!   Python function or a built-in method under the name, and the receiver
//!   has no instance dict or the name's probe sequence in it reaches a free
//!   slot before any key that could equal the name (so the dict can't
//!   shadow it): the method, with the receiver as its first argument.
//!
//! Anything else calls the runtime's cached entry points, which also
//! (re)fill the site.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, Value,
    condcodes::IntCC,
    types::{I8, I64},
};

impl FunctionTranslator<'_> {
    /// Continues in a new block with the address of the site entry for the
    /// receiver `o` when one is valid (same type, not retired) and has
    /// `kind`; otherwise branches to `slow`.
    pub(super) fn site_entry(&mut self, o: Value, site: Value, kind: u64, slow: Block) -> Value {
        let entry = self.valid_site_entry(o, site, slow);
        let entry_kind = self.entry_kind(entry);
        self.require_kind(entry_kind, kind, slow);
        entry
    }

    /// The kind of the site entry at `entry`.
    pub(super) fn entry_kind(&mut self, entry: Value) -> Value {
        self.builder
            .ins()
            .load(I64, trusted(), entry, abi::ATTR_ENTRY_KIND)
    }

    /// Continues in a new block when a site entry's kind `entry_kind` is
    /// `kind`; otherwise branches to `slow`.
    pub(super) fn require_kind(&mut self, entry_kind: Value, kind: u64, slow: Block) {
        let current = self.builder.create_block();
        let kind_ok = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, entry_kind, kind as i64);
        self.builder.ins().brif(kind_ok, current, &[], slow, &[]);
        self.builder.switch_to_block(current);
    }

    /// Continues in a new block with the address of the site entry for the
    /// receiver `o` when one is valid (same type, not retired); otherwise
    /// branches to `slow`. The first entry is checked on
    /// its own (a site that saw one type, the common case, needs one load
    /// and compare), the others by a chain of selects.
    pub(super) fn valid_site_entry(&mut self, o: Value, site: Value, slow: Block) -> Value {
        let ty = self.type_of_object(o, slow);
        self.valid_site_entry_of_type(ty, site, slow)
    }

    /// `valid_site_entry` for a receiver whose type `ty` is known.
    pub(super) fn valid_site_entry_of_type(
        &mut self,
        ty: Value,
        site: Value,
        slow: Block,
    ) -> Value {
        let t = trusted();
        let typed = self.builder.create_block();
        let entry = self.builder.append_block_param(typed, I64);
        let others = self.builder.create_block();
        let first_ty = self.builder.ins().load(I64, t, site, abi::ATTR_ENTRY_TYPE);
        let first = self.builder.ins().icmp(IntCC::Equal, ty, first_ty);
        self.builder
            .ins()
            .brif(first, typed, &[BlockArg::Value(site)], others, &[]);

        // The entry whose type is `ty` (else the last one, which the check
        // below then rejects): a chain of selects, no branches.
        self.builder.switch_to_block(others);
        let last = (abi::ATTR_SITE_ENTRIES - 1) as i64 * i64::from(abi::ATTR_ENTRY_SIZE);
        let mut other = self.builder.ins().iadd_imm_s(site, last);
        for i in (1..abi::ATTR_SITE_ENTRIES as i32 - 1).rev() {
            let at = i * abi::ATTR_ENTRY_SIZE;
            let entry_ty = self
                .builder
                .ins()
                .load(I64, t, site, at + abi::ATTR_ENTRY_TYPE);
            let is_it = self.builder.ins().icmp(IntCC::Equal, ty, entry_ty);
            let here = self.builder.ins().iadd_imm_s(site, i64::from(at));
            other = self.builder.ins().select(is_it, here, other);
        }
        let entry_ty = self.builder.ins().load(I64, t, other, abi::ATTR_ENTRY_TYPE);
        let same = self.builder.ins().icmp(IntCC::Equal, entry_ty, ty);
        self.builder
            .ins()
            .brif(same, typed, &[BlockArg::Value(other)], slow, &[]);

        // (An entry filled before the epoch last changed has a retired type
        // word, which no type matches.)
        self.builder.switch_to_block(typed);
        entry
    }

    /// Continues in a new block with the address of `o`'s inline value
    /// word for the site entry's name when the entry knows it; otherwise
    /// branches to `miss`.
    pub(super) fn inline_value_addr(&mut self, o: Value, entry: Value, miss: Block) -> Value {
        let known = self.builder.create_block();
        let slot = self
            .builder
            .ins()
            .load(I64, trusted(), entry, abi::ATTR_ENTRY_SLOT);
        self.builder.ins().brif(slot, known, &[], miss, &[]);
        self.builder.switch_to_block(known);
        self.builder.ins().iadd(o, slot)
    }

    /// Continues in a new block with `o`'s instance dict when it is an
    /// exact dict; 0 (no dict) goes to `none`, anything else to `slow`.
    fn exact_instance_dict(&mut self, o: Value, none: Block, slow: Block) -> Value {
        let t = trusted();
        let present = self.builder.create_block();
        let exact = self.builder.create_block();
        let d = self.builder.ins().load(I64, t, o, abi::OB_DICT);
        self.builder.ins().brif(d, present, &[], none, &[]);

        self.builder.switch_to_block(present);
        let ty = self.builder.ins().load(I64, t, d, abi::OB_TYPE);
        let dict_ty = self.singleton(abi::SINGLETON_DICT_TYPE);
        let is_dict = self.builder.ins().icmp(IntCC::Equal, ty, dict_ty);
        self.builder.ins().brif(is_dict, exact, &[], slow, &[]);

        self.builder.switch_to_block(exact);
        d
    }

    /// Continues in a new block with the address of dict `d`'s entry at
    /// the site entry's hint when that entry is live and its key is the
    /// object `name`; otherwise branches to `slow`.
    fn hinted_entry(&mut self, d: Value, entry: Value, name: Value, slow: Block) -> Value {
        let t = trusted();
        let in_range = self.builder.create_block();
        let found = self.builder.create_block();
        let hint = self.builder.ins().load(I64, t, entry, abi::ATTR_ENTRY_HINT);
        let len = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_ENTRIES_LEN_OFFSET);
        let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, hint, len);
        self.builder.ins().brif(inside, in_range, &[], slow, &[]);

        self.builder.switch_to_block(in_range);
        let entries = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_ENTRIES_PTR_OFFSET);
        let e = self.dict_entry_address(entries, hint);
        let key = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_KEY);
        let value = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_VALUE);
        // A deleted entry has 0 in its key or its value word.
        let same = self.builder.ins().icmp(IntCC::Equal, key, name);
        let live = self.builder.ins().icmp_imm_s(IntCC::NotEqual, value, 0);
        let ok = self.builder.ins().band(same, live);
        self.builder.ins().brif(ok, found, &[], slow, &[]);

        self.builder.switch_to_block(found);
        e
    }

    /// Gives dict `d` a version never handed out before (returned).
    pub(super) fn new_dict_version(&mut self, d: Value) -> Value {
        let t = trusted();
        let counters = self.counters();
        let version = self
            .builder
            .ins()
            .load(I64, t, counters, abi::COUNTER_DICT_VERSION);
        let next = self.builder.ins().iadd_imm_s(version, 1);
        self.builder
            .ins()
            .store(t, next, counters, abi::COUNTER_DICT_VERSION);
        self.builder
            .ins()
            .store(t, version, d, abi::DICT_VERSION_OFFSET);
        version
    }

    /// The first store of `name` into an instance dict `d` (a new instance
    /// in `__init__`): when the site entry's hint is the next entry index,
    /// the entries vector and the index table have room, and the name's
    /// probe sequence reaches a free slot, appends the entry (taking the
    /// stack's reference to `v`) and continues in a new block; otherwise
    /// branches to `slow`.
    fn append_entry(
        &mut self,
        d: Value,
        entry: Value,
        (name, v): (Value, Value),
        slow: Block,
    ) -> TResult {
        let t = trusted();
        let roomy = self.builder.create_block();
        let hashed = self.builder.create_block();
        let absent = self.builder.create_block();
        let slot = self.builder.append_block_param(absent, I64);
        let hint = self.builder.ins().load(I64, t, entry, abi::ATTR_ENTRY_HINT);
        let n = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_ENTRIES_LEN_OFFSET);
        let next = self.builder.ins().icmp(IntCC::Equal, hint, n);
        self.builder.ins().brif(next, roomy, &[], slow, &[]);

        // Room without growing: `n < capacity` and `n < usable()`, where
        // usable = 2 * slots / 3, that is 3 * (n + 1) <= 2 * slots.
        self.builder.switch_to_block(roomy);
        let cap = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_ENTRIES_CAP_OFFSET);
        let slots = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_INDICES_LEN_OFFSET);
        let below_cap = self.builder.ins().icmp(IntCC::UnsignedLessThan, n, cap);
        let n1 = self.builder.ins().iadd_imm_s(n, 1);
        let need = self.builder.ins().imul_imm_s(n1, 3);
        let have = self.builder.ins().ishl_imm_s(slots, 1);
        let fits = self
            .builder
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, need, have);
        let ok = self.builder.ins().band(below_cap, fits);
        self.builder.ins().brif(ok, hashed, &[], slow, &[]);

        self.builder.switch_to_block(hashed);
        let hash = self.builder.ins().load(I64, t, name, abi::STR_HASH_OFFSET);
        let unknown = self.builder.ins().icmp_imm_s(IntCC::Equal, hash, -1);
        let probe = self.builder.create_block();
        self.builder.ins().brif(unknown, slow, &[], probe, &[]);
        self.builder.switch_to_block(probe);
        self.probe_str_key(d, slots, (name, hash), false, (absent, None), slow)?;

        self.switch_to(absent);
        let entries = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_ENTRIES_PTR_OFFSET);
        let e = self.dict_entry_address(entries, n);
        self.builder.ins().store(t, name, e, abi::DICT_ENTRY_KEY);
        self.builder.ins().store(t, hash, e, abi::DICT_ENTRY_HASH);
        self.builder.ins().store(t, v, e, abi::DICT_ENTRY_VALUE);
        self.incref(name);
        self.builder
            .ins()
            .store(t, n1, d, abi::DICT_ENTRIES_LEN_OFFSET);
        let indices = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_INDICES_PTR_OFFSET);
        let offset = self.builder.ins().ishl_imm_s(slot, 2);
        let addr = self.builder.ins().iadd(indices, offset);
        self.builder.ins().istore32(t, n, addr, 0);
        let live = self.builder.ins().load(I64, t, d, abi::DICT_LEN_OFFSET);
        let live = self.builder.ins().iadd_imm_s(live, 1);
        self.builder.ins().store(t, live, d, abi::DICT_LEN_OFFSET);
        // A key was added: a new keys version too (`LOAD_GLOBAL` sites).
        let version = self.new_dict_version(d);
        self.builder
            .ins()
            .store(t, version, d, abi::DICT_KEYS_VERSION_OFFSET);
        Ok(())
    }

    /// `LOAD_ATTR namei`: [o] -> [o.name]
    pub(super) fn op_load_attr(&mut self, namei: u32) -> TResult {
        let o = self.peek(1)?;
        let o_pos = self.below(1)?;
        // Each path releases an owned receiver: the inline ones know it is
        // a heap object.
        let release_o = !self.is_borrowed(o_pos);
        let site = self.new_site(abi::ATTR_SITE_WORDS)?;
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let slow = self.cold_block();

        let t = trusted();
        let entry = self.valid_site_entry(o, site, slow);
        // Instances keep up to `abi::INSTANCE_VALUES` attributes inline:
        // their dicts are the exception. (The runtime records an inline
        // slot only in an entry of a plain attribute, so a slot needs no
        // check of the kind.)
        let in_dict = self.cold_block();
        let inline = self.builder.create_block();
        let addr = self.inline_value_addr(o, entry, in_dict);
        let v = self.builder.ins().load(I64, t, addr, 0);
        self.builder.ins().brif(v, inline, &[], in_dict, &[]);
        self.builder.switch_to_block(inline);
        self.incref_nonnull(v);
        if release_o {
            self.decref_object(o);
        }
        self.jump(done, &[v]);

        self.builder.switch_to_block(in_dict);
        let kind = self.entry_kind(entry);
        self.require_kind(kind, abi::ATTR_KIND_PLAIN, slow);
        let d = self.exact_instance_dict(o, slow, slow);
        let name = self.name_word(namei)?;
        let e = self.hinted_entry(d, entry, name, slow);
        let v = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_VALUE);
        self.incref_nonnull(v);
        if release_o {
            self.decref_object(o);
        }
        self.jump(done, &[v]);

        self.switch_to(slow);
        let name = self.name_word(namei)?;
        let v = self.call_value(RuntimeFn::rt_load_attr_cached, &[o, name, site])?;
        if release_o {
            self.decref(o);
        }
        self.jump(done, &[v]);

        self.switch_to(done);
        self.set(o_pos, result)?;
        self.end_borrows(self.depth);
        Ok(())
    }

    /// `STORE_ATTR namei`: [v, o] -> []
    pub(super) fn op_store_attr(&mut self, namei: u32) -> TResult {
        let o = self.peek(1)?;
        // A borrowed receiver (`self.x = v`) owns no reference to release.
        let o_pos = self.below(1)?;
        let release_o = !self.is_borrowed(o_pos);
        let site = self.new_site(abi::ATTR_SITE_WORDS)?;
        let done = self.builder.create_block();
        if let Some(raw) = self.take_unboxed(o_pos - 1) {
            self.store_attr_unboxed(site, raw, (release_o, done))?;
        }
        let v = self.peek(2)?;
        let slow = self.cold_block();

        let t = trusted();
        // (Instance dicts are the exception, as in `op_load_attr`.)
        let append = self.cold_block();
        // (As for `LOAD_ATTR`: only an entry for stores into instances
        // records a slot.)
        let entry = self.valid_site_entry(o, site, slow);
        let in_dict = self.cold_block();
        self.store_inline_value(o, entry, v, (release_o, done), in_dict);

        self.builder.switch_to_block(in_dict);
        let kind = self.entry_kind(entry);
        self.require_kind(kind, abi::ATTR_KIND_STORE_DICT, slow);
        let d = self.exact_instance_dict(o, slow, slow);
        let name = self.name_word(namei)?;
        let e = self.hinted_entry(d, entry, name, append);
        // The stack's reference to `v` moves into the dict; the old value
        // is released afterwards (its finalizer sees the new state).
        let old = self.builder.ins().load(I64, t, e, abi::DICT_ENTRY_VALUE);
        self.builder.ins().store(t, v, e, abi::DICT_ENTRY_VALUE);
        self.new_dict_version(d);
        self.decref_nonnull(old);
        if release_o {
            self.decref_object(o);
        }
        self.jump(done, &[]);

        self.switch_to(append);
        self.append_entry(d, entry, (name, v), slow)?;
        if release_o {
            self.decref_object(o);
        }
        self.jump(done, &[]);

        self.switch_to(slow);
        let name = self.name_word(namei)?;
        self.call_status(RuntimeFn::rt_store_attr_cached, &[o, name, v, site])?;
        if release_o {
            self.decref(o);
        }
        self.decref(v);
        self.jump(done, &[]);

        self.switch_to(done);
        self.end_borrows(o_pos - 1);
        Ok(())
    }

    /// `STORE_ATTR`'s path for a value that may be an unboxed float (`raw`):
    /// written into the attribute's old float when the site knows the
    /// name's inline value word in the receiver (`store_unboxed_in_place`);
    /// a reuse releases the receiver with `release_o`.
    fn store_attr_unboxed(
        &mut self,
        site: Value,
        raw: Value,
        (release_o, done): (bool, Block),
    ) -> TResult {
        let o = self.peek(1)?;
        let pos = self.below(2)?;
        let place = |this: &mut Self, none: Block| {
            let entry = this.site_entry(o, site, abi::ATTR_KIND_STORE_DICT, none);
            Ok(this.inline_value_addr(o, entry, none))
        };
        // (Only a receiver that has the word is released here.)
        let release = |this: &mut Self| {
            if release_o {
                this.decref_object(o);
            }
            Ok(())
        };
        self.store_unboxed_in_place(pos, raw, done, place, release)
    }

    /// `STORE_ATTR`'s inline-value path: when the site entry knows the
    /// name's word in `o`, and the word is set, or `o` has no dict and the
    /// word is the next one to fill, stores `v` there (taking the stack's
    /// reference; releasing the old value and, with `release_o`, `o`) and
    /// jumps to `done`; otherwise branches to `in_dict`.
    fn store_inline_value(
        &mut self,
        o: Value,
        entry: Value,
        v: Value,
        (release_o, done): (bool, Block),
        in_dict: Block,
    ) {
        let t = trusted();
        let replace = self.builder.create_block();
        let unset = self.builder.create_block();
        let values_mode = self.builder.create_block();
        let append = self.builder.create_block();
        let addr = self.inline_value_addr(o, entry, in_dict);
        let old = self.builder.ins().load(I64, t, addr, 0);
        self.builder.ins().brif(old, replace, &[], unset, &[]);

        // The old value is released after the store (its finalizer sees
        // the new state).
        self.builder.switch_to_block(replace);
        self.builder.ins().store(t, v, addr, 0);
        self.decref_nonnull(old);
        if release_o {
            self.decref_object(o);
        }
        self.builder.ins().jump(done, &[]);

        // Words after the last value are zero, so the word is next to fill
        // when it is the first or the one before it is set.
        self.builder.switch_to_block(unset);
        let d = self.builder.ins().load(I64, t, o, abi::OB_DICT);
        self.builder.ins().brif(d, in_dict, &[], values_mode, &[]);
        self.builder.switch_to_block(values_mode);
        let first = self
            .builder
            .ins()
            .iadd_imm_s(o, i64::from(abi::INSTANCE_VALUES_OFFSET));
        let is_first = self.builder.ins().icmp(IntCC::Equal, addr, first);
        let prev = self.builder.ins().load(I64, t, addr, -8);
        let prev_set = self.builder.ins().icmp_imm_s(IntCC::NotEqual, prev, 0);
        let next = self.builder.ins().bor(is_first, prev_set);
        self.builder.ins().brif(next, append, &[], in_dict, &[]);

        self.builder.switch_to_block(append);
        self.builder.ins().store(t, v, addr, 0);
        if release_o {
            self.decref_object(o);
        }
        self.builder.ins().jump(done, &[]);
    }

    /// `LOAD_METHOD namei`: [o] -> [meth, o] or [NULL, o.name]. The runtime
    /// writes the two new words in stack order.
    ///
    /// A borrowed receiver (`Borrow::BesideMethod`) stays borrowed beside
    /// a method; the attribute beside a NULL is owned. A receiver read in
    /// place (`receiver_read_in_place`) keeps its ownership flag beside a
    /// method found without the runtime, and owns its word on the other
    /// paths (the runtime's lookup may run Python code).
    pub(super) fn op_load_method(&mut self, namei: u32) -> TResult {
        let o = self.peek(1)?;
        let pos = self.below(1)?;
        let in_place = self.ownership_flag(pos);
        let borrowed = in_place.is_none() && self.is_borrowed(pos);
        let site = self.new_site(abi::ATTR_SITE_WORDS)?;
        let done = self.builder.create_block();
        let first = self.builder.append_block_param(done, I64);
        let second = self.builder.append_block_param(done, I64);
        let owned = in_place.map(|_| self.builder.append_block_param(done, I8));
        // The flag passed to `done` with the receiver as it came, and with
        // an owned word.
        let kept: Vec<BlockArg> = in_place.map(BlockArg::Value).into_iter().collect();
        let owns: Vec<BlockArg> = in_place
            .map(|_| BlockArg::Value(self.builder.ins().iconst(I8, 1)))
            .into_iter()
            .collect();
        let slow = self.cold_block();
        let hit = self.builder.create_block();
        // (Instance dicts are the exception, as in `op_load_attr`.)
        let probe = self.cold_block();

        let t = trusted();
        self.inline_method_receiver(namei, o, done, &kept)?;
        let entry = self.valid_site_entry(o, site, slow);
        let kind = self.entry_kind(entry);
        let method = self.builder.create_block();
        let not_method = self.cold_block();
        let is_method =
            self.builder
                .ins()
                .icmp_imm_s(IntCC::Equal, kind, abi::ATTR_KIND_METHOD as i64);
        self.builder
            .ins()
            .brif(is_method, method, &[], not_method, &[]);

        // An attribute the instance holds inline (`self.callback(x)`): the
        // value, called without `self`.
        self.builder.switch_to_block(not_method);
        let plain = self.builder.create_block();
        let inline = self.builder.create_block();
        let is_plain =
            self.builder
                .ins()
                .icmp_imm_s(IntCC::Equal, kind, abi::ATTR_KIND_PLAIN as i64);
        self.builder.ins().brif(is_plain, plain, &[], slow, &[]);
        self.builder.switch_to_block(plain);
        let addr = self.inline_value_addr(o, entry, slow);
        let v = self.builder.ins().load(I64, t, addr, 0);
        self.builder.ins().brif(v, inline, &[], slow, &[]);
        self.builder.switch_to_block(inline);
        self.incref_nonnull(v);
        if !borrowed {
            self.release_object_operand(pos, o);
        }
        let null = self.builder.ins().iconst(I64, 0);
        let args = [BlockArg::Value(null), BlockArg::Value(v)];
        self.builder.ins().jump(done, &[&args[..], &owns].concat());

        self.builder.switch_to_block(method);
        let d = self.exact_instance_dict(o, hit, slow);
        // An empty table has no slots at all.
        let slots = self
            .builder
            .ins()
            .load(I64, t, d, abi::DICT_INDICES_LEN_OFFSET);
        self.builder.ins().brif(slots, probe, &[], hit, &[]);

        self.builder.switch_to_block(probe);
        let name = self.name_word(namei)?;
        let hash = self.builder.ins().load(I64, t, entry, abi::ATTR_ENTRY_HINT);
        let absent = self.builder.create_block();
        self.builder.append_block_param(absent, I64);
        self.probe_str_key(d, slots, (name, hash), true, (absent, None), slow)?;
        self.builder.switch_to_block(absent);
        self.builder.ins().jump(hit, &[]);

        // The stack's reference to `o` becomes the method's first argument.
        self.builder.switch_to_block(hit);
        let f = self
            .builder
            .ins()
            .load(I64, t, entry, abi::ATTR_ENTRY_DESCR);
        // (A method is a function or method descriptor: a heap object.)
        self.add_to_refcount(f, 1);
        let args = [BlockArg::Value(f), BlockArg::Value(o)];
        self.builder.ins().jump(done, &[&args[..], &kept].concat());

        self.switch_to(slow);
        self.own_items_read_in_place(pos..pos + 1)?;
        let name = self.name_word(namei)?;
        let out = self.scratch_addr(2)?;
        self.call_status(RuntimeFn::rt_load_method_cached, &[o, name, out, site])?;
        let (a, b) = (self.scratch_word(0)?, self.scratch_word(1)?);
        if borrowed {
            // Beside a method the runtime gave `o` a reference of its own.
            let extra = self.builder.create_block();
            self.builder
                .ins()
                .brif(a, extra, &[], done, &[a.into(), b.into()]);
            self.switch_to(extra);
            self.decref(o);
        } else {
            self.decref(o);
        }
        let args = [BlockArg::Value(a), BlockArg::Value(b)];
        self.builder.ins().jump(done, &[&args[..], &owns].concat());

        self.switch_to(done);
        self.set(pos, first)?;
        self.set(pos + 1, second)?;
        match owned {
            Some(owned) => self.mark_maybe_owned(pos + 1, owned)?,
            None if borrowed => self.mark_beside_method(pos + 1)?,
            None => {}
        }
        Ok(())
    }

    /// `LOAD_METHOD` of a built-in method that `CALL` runs inline
    /// (`calls::inline_method_descriptor`: `xs.append`, `d.get`, ...):
    /// when the receiver `o` is an exact instance of the method's type,
    /// jumps to `done` with the descriptor (a new reference) and `o`
    /// without looking at a site — a built-in type's methods never change
    /// and its instances have no dict. Otherwise (and for other names)
    /// continues in a new block.
    fn inline_method_receiver(
        &mut self,
        namei: u32,
        o: Value,
        done: Block,
        flag: &[BlockArg],
    ) -> TResult {
        let name = self.code.names.get(namei as usize).map(String::as_str);
        let Some((descr, ty)) = name.and_then(super::calls::inline_method_descriptor) else {
            return Ok(());
        };
        let exact = self.builder.create_block();
        let other = self.builder.create_block();
        let actual = self.type_of_object(o, other);
        let want = self.singleton(ty);
        let same = self.builder.ins().icmp(IntCC::Equal, actual, want);
        self.builder.ins().brif(same, exact, &[], other, &[]);
        self.builder.switch_to_block(exact);
        let d = self.singleton(descr);
        self.add_to_refcount(d, 1);
        let args = [BlockArg::Value(d), BlockArg::Value(o)];
        self.builder.ins().jump(done, &[&args[..], flag].concat());
        self.builder.switch_to_block(other);
        Ok(())
    }
}
