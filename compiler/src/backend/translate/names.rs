//! Constants, locals, cells, globals and names; attributes, subscripts and
//! slices; imports.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, InstBuilder, SourceLoc, Value,
    condcodes::IntCC,
    types::{I8, I64},
};

/// Where generated code finds the items of exact lists and tuples: the
/// type's singleton, the item pointer's and the length's offsets.
pub(super) const LIST_ITEMS: (i32, i32, i32) = (
    abi::SINGLETON_LIST_TYPE,
    abi::LIST_ITEMS_OFFSET,
    abi::LIST_LEN_OFFSET,
);
pub(super) const TUPLE_ITEMS: (i32, i32, i32) = (
    abi::SINGLETON_TUPLE_TYPE,
    abi::TUPLE_ITEMS_OFFSET,
    abi::TUPLE_LEN_OFFSET,
);

impl FunctionTranslator<'_> {
    // --- constants and locals ---------------------------------------------------

    /// `LOAD_CONST i`: [] -> [consts[i]]
    pub(super) fn op_load_const(&mut self, i: u32) -> TResult {
        // The None that starts a `yield from` / `await` (`SEND` next) goes
        // as 0, None without a word: `rt_send` resumes generators and
        // coroutines with it directly.
        let next = self.code.instrs.get(self.pc + 1).map(|n| n.op);
        if matches!(self.code.consts.get(i as usize), Some(Const::None))
            && next == Some(Opcode::SEND)
        {
            let null = self.word(0);
            return self.set(self.depth, null);
        }
        // A float constant that arithmetic or a comparison reads is known
        // to its reader (`static_float`), which then needs no type check;
        // the word stays the constant's object for every other path.
        if let Some(Const::Float(f)) = self.code.consts.get(i as usize)
            && self.read_as_number(self.depth)
        {
            let v = self.const_word(i)?;
            let borrowed = self.borrow_is_safe(self.depth);
            if !borrowed {
                self.incref(v);
            }
            self.float_consts.insert(v, *f);
            self.set(self.depth, v)?;
            return self.mark_borrowed(self.depth, borrowed);
        }
        // The code object's constants live as long as the program: a
        // reader that only reads may get the word without a reference.
        let v = self.const_word(i)?;
        if let Some(Const::Str(_)) = self.code.consts.get(i as usize) {
            self.str_consts.insert(v, i);
        }
        let borrowed = self.borrow_is_safe(self.depth);
        if !borrowed && !self.const_is_immortal(i) {
            self.incref(v);
        }
        self.set(self.depth, v)?;
        self.mark_borrowed(self.depth, borrowed)
    }

    /// Raises UnboundLocalError (through `unbound`, e.g. `rt_unbound_local`)
    /// for local `i` unless `v` is nonzero; continues in a new block.
    pub(super) fn check_bound(&mut self, v: Value, unbound: RuntimeFn, i: u32) {
        let error = self.cold_block();
        let ok = self.builder.create_block();
        self.branch(v, ok, error);

        self.switch_to(error);
        let index = self.word(i64::from(i));
        self.call_rt(unbound, &[self.frame, index]);
        let key = self.raise_key();
        self.jump_to_raise(key);

        self.switch_to(ok);
    }

    /// `LOAD_FAST i`: [] -> [local i]
    pub(super) fn op_load_fast(&mut self, i: u32) -> TResult {
        let v = self.get_local(i)?;
        if self.unbound_checks[self.pc] {
            self.check_bound(v, RuntimeFn::rt_unbound_local, i);
        }
        let borrowed = self.borrow_is_safe(self.depth);
        if !borrowed {
            // (Bound, so not NULL.)
            self.incref_nonnull(v);
        }
        self.set(self.depth, v)?;
        self.mark_borrowed(self.depth, borrowed)
    }

    /// `STORE_FAST i` as the instruction: into a float local's register,
    /// of a value that may be an unboxed float, or `op_store_fast`.
    pub(super) fn store_fast_instr(&mut self, i: u32) -> TResult {
        match self.float_local(i) {
            Some(var) => self.store_float_local(i, var),
            None => match self.take_unboxed(self.below(1)?) {
                Some(raw) => self.store_fast_unboxed(i, raw),
                None => self.op_store_fast(i),
            },
        }
    }

    /// `STORE_FAST i`: [v] -> []
    pub(super) fn op_store_fast(&mut self, i: u32) -> TResult {
        let v = self.peek(1)?;
        let var = self.local(i)?;
        let old = self.builder.use_var(var);
        self.builder.def_var(var, v);
        self.write_through_local(i, v)?;
        self.decref(old);
        Ok(())
    }

    /// `DELETE_FAST i`
    pub(super) fn op_delete_fast(&mut self, i: u32) -> TResult {
        let var = self.local(i)?;
        let old = self.builder.use_var(var);
        if self.unbound_checks[self.pc] {
            self.check_bound(old, RuntimeFn::rt_unbound_local, i);
        }
        let null = self.word(0);
        self.builder.def_var(var, null);
        self.write_through_local(i, null)?;
        self.decref(old);
        Ok(())
    }

    // --- cells -----------------------------------------------------------------

    /// `LOAD_DEREF i`: [] -> [contents of cell i]
    pub(super) fn op_load_deref(&mut self, i: u32) -> TResult {
        let cell = self.get_local(i)?;
        // The contents word (0 when empty) at `abi::CELL_CONTENTS_OFFSET`.
        let v = self
            .builder
            .ins()
            .load(I64, trusted(), cell, abi::CELL_CONTENTS_OFFSET);
        self.check_bound(v, RuntimeFn::rt_unbound_deref, i);
        if self.value_read_in_place(self.depth) {
            self.set(self.depth, v)?;
            let borrowed = self.builder.ins().iconst(I8, 0);
            return self.mark_maybe_owned(self.depth, borrowed);
        }
        self.incref_nonnull(v);
        self.set(self.depth, v)
    }

    /// `STORE_DEREF i`: [v] -> []
    pub(super) fn op_store_deref(&mut self, i: u32) -> TResult {
        let cell = self.get_local(i)?;
        let v = self.peek(1)?;
        // The stack's reference moves into the cell; the old contents are
        // released after the store.
        let t = trusted();
        let old = self
            .builder
            .ins()
            .load(I64, t, cell, abi::CELL_CONTENTS_OFFSET);
        self.builder
            .ins()
            .store(t, v, cell, abi::CELL_CONTENTS_OFFSET);
        self.decref(old);
        Ok(())
    }

    /// `DELETE_DEREF i`: empties cell i (an error if already empty).
    pub(super) fn op_delete_deref(&mut self, i: u32) -> TResult {
        let cell = self.get_local(i)?;
        let v = self.call_word(RuntimeFn::rt_cell_get, &[cell])?;
        self.check_bound(v, RuntimeFn::rt_unbound_deref, i);
        self.decref(v);
        let null = self.word(0);
        self.call_unit(RuntimeFn::rt_cell_set, &[cell, null]);
        Ok(())
    }

    /// `LOAD_CLASSDEREF i`: the class namespace first, then cell i. The
    /// runtime needs the variable's name; code generation guarantees it is
    /// also in `co_names`.
    pub(super) fn op_load_classderef(&mut self, i: u32) -> TResult {
        let (name, _) = self
            .code
            .localsplus
            .get(i as usize)
            .ok_or_else(|| format!("local slot {i} out of range"))?;
        let name_index = self
            .code
            .names
            .iter()
            .position(|n| n == name)
            .ok_or_else(|| format!("LOAD_CLASSDEREF: {name:?} is not in co_names"))?;
        let name = self.name_word(name_index as u32)?;
        let cell = self.get_local(i)?;
        let v = self.call_value(RuntimeFn::rt_load_classderef, &[self.frame, name, cell])?;
        self.set(self.depth, v)
    }

    // --- globals and names ---------------------------------------------------------

    /// `LOAD_GLOBAL (namei << 1) | push_null`: [] -> [NULL?, global]
    pub(super) fn op_load_global(&mut self, arg: u32) -> TResult {
        let mut pos = self.depth;
        if arg & 1 != 0 {
            let null = self.word(0);
            self.set(pos, null)?;
            pos += 1;
        }
        // (A value read in place owns a reference only from the runtime.)
        let in_place =
            arg & 1 == 0 && (self.value_read_in_place(pos) || self.receiver_read_in_place(pos));
        let (v, owned) = self.cached_global(arg >> 1, in_place)?;
        self.set(pos, v)?;
        match owned {
            Some(owned) => self.mark_maybe_owned(pos, owned),
            None => Ok(()),
        }
    }

    /// The value of global `namei` through this site's cache (CPython's
    /// `LOAD_GLOBAL_MODULE`/`_BUILTIN`): a hit (both dicts' keys versions
    /// as recorded) loads the value from the entry the site points to and
    /// increfs it; a miss asks the runtime, which refills the site. With
    /// `in_place`, a hit takes no reference, and the I8 flag returned says
    /// whether the value owns one.
    fn cached_global(&mut self, namei: u32, in_place: bool) -> TResult<(Value, Option<Value>)> {
        let site = self.new_global_site()?;
        let (done, result, owned) = self.flagged_join(in_place);
        let exit =
            |this: &mut Self, v: Value, owns: bool| this.jump_flagged((done, in_place), v, owns);
        let miss = self.cold_block();

        // (A live entry's value word is not 0: removing the key changes
        // the keys version.)
        let (addr, _) = self.global_site_entry(site, self.frame_dicts(), true, miss);
        let value = self.builder.ins().load(I64, trusted(), addr, 0);
        if !in_place {
            self.incref_nonnull(value);
        }
        exit(self, value, !in_place);

        self.switch_to(miss);
        let name = self.name_word(namei)?;
        let v = self.call_value(RuntimeFn::rt_load_global_cached, &[self.frame, name, site])?;
        exit(self, v, true);

        self.switch_to(done);
        Ok((result, owned))
    }

    /// Where the frame keeps its globals and builtins dicts (for
    /// `global_site_entry`).
    fn frame_dicts(&self) -> (Value, i32, i32) {
        (self.frame, abi::FRAME_GLOBALS, abi::FRAME_BUILTINS)
    }

    /// Continues in a new block with the address of the value word global
    /// site `site` points to while the globals' keys version (and, with
    /// `builtins`, for a site filled from the builtins, the builtins') is
    /// the one it recorded; otherwise branches to `miss`. Also returns the
    /// globals dict. The dicts are the words at two offsets of `holder`
    /// (the frame's, or an inlined callee's: `frame_dicts`). (A site filled
    /// from the globals records no builtins keys version: the name's entry
    /// there doesn't depend on them.)
    pub(super) fn global_site_entry(
        &mut self,
        site: Value,
        (holder, globals_at, builtins_at): (Value, i32, i32),
        builtins: bool,
        miss: Block,
    ) -> (Value, Value) {
        let t = trusted();
        let keys_version = |s: &mut Self, field: i32, then: Value| {
            let d = s.builder.ins().load(I64, t, holder, field);
            let now = s
                .builder
                .ins()
                .load(I64, t, d, abi::DICT_KEYS_VERSION_OFFSET);
            (d, s.builder.ins().icmp(IntCC::NotEqual, now, then))
        };
        let site_word = |s: &mut Self, at: i32| s.builder.ins().load(I64, t, site, at);
        // A function's own sites have their words read up front, in one
        // block: a site address kept in a stack slot is then reloaded once,
        // not once per block. (An inlined body's, whose callee data is at
        // hand, fare better read where needed.)
        let up_front = holder == self.frame;
        let globals_then = site_word(self, abi::GLOBAL_SITE_GLOBALS_KEYS);
        let (globals, differs) = keys_version(self, globals_at, globals_then);
        // (A site that hits is filled: `new_global_site`.)
        let early_addr = up_front.then(|| site_word(self, abi::GLOBAL_SITE_VALUE_ADDR));
        let filled = self.builder.create_block();
        if builtins {
            let early = up_front.then(|| site_word(self, abi::GLOBAL_SITE_BUILTINS_KEYS));
            let globals_hold = self.builder.create_block();
            let in_builtins = self.builder.create_block();
            self.branch(differs, miss, globals_hold);
            self.switch_to(globals_hold);
            let recorded = early.unwrap_or_else(|| site_word(self, abi::GLOBAL_SITE_BUILTINS_KEYS));
            self.branch(recorded, in_builtins, filled);
            self.switch_to(in_builtins);
            let (_, b_differs) = keys_version(self, builtins_at, recorded);
            self.branch(b_differs, miss, filled);
        } else {
            self.branch(differs, miss, filled);
        }

        self.switch_to(filled);
        let addr = early_addr.unwrap_or_else(|| site_word(self, abi::GLOBAL_SITE_VALUE_ADDR));
        (addr, globals)
    }

    /// Branches to `yes` when the frame's locals are its globals (module
    /// code; not a class body), else to `no`.
    fn branch_if_module_namespace(&mut self, yes: Block, no: Block) {
        let t = trusted();
        let locals = self
            .builder
            .ins()
            .load(I64, t, self.frame, abi::FRAME_LOCALS);
        let globals = self
            .builder
            .ins()
            .load(I64, t, self.frame, abi::FRAME_GLOBALS);
        let same = self.builder.ins().icmp(IntCC::Equal, locals, globals);
        self.branch(same, yes, no);
    }

    /// `LOAD_NAME namei`: [] -> [value]. In module code (locals are the
    /// globals) a `LOAD_GLOBAL` site; elsewhere the runtime's lookup.
    pub(super) fn op_load_name(&mut self, namei: u32) -> TResult {
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let module = self.builder.create_block();
        let other = self.cold_block();
        self.branch_if_module_namespace(module, other);

        self.switch_to(module);
        let (v, _) = self.cached_global(namei, false)?;
        self.jump(done, &[v]);

        self.switch_to(other);
        let name = self.name_word(namei)?;
        let v = self.call_value(RuntimeFn::rt_load_name, &[self.frame, name])?;
        self.jump(done, &[v]);

        self.switch_to(done);
        self.set(self.depth, result)
    }

    /// `STORE_NAME` / `STORE_GLOBAL namei`: [v] -> []. `STORE_GLOBAL`, and
    /// `STORE_NAME` in module code, go through a global store site.
    pub(super) fn op_store_name(&mut self, namei: u32, f: RuntimeFn) -> TResult {
        let v = self.peek(1)?;
        if f == RuntimeFn::rt_store_global {
            return self.cached_store_global(namei, v);
        }
        let done = self.builder.create_block();
        let module = self.builder.create_block();
        let other = self.cold_block();
        self.branch_if_module_namespace(module, other);

        self.switch_to(module);
        self.cached_store_global(namei, v)?;
        self.jump(done, &[]);

        self.switch_to(other);
        let name = self.name_word(namei)?;
        self.call_status(f, &[self.frame, name, v])?;
        self.decref(v);
        self.jump(done, &[]);

        self.switch_to(done);
        Ok(())
    }

    /// Stores `v` (the stack's reference) as global `namei` through a store
    /// site: a hit (the globals' keys version as recorded, so the name's
    /// entry is where the site points) replaces the value in place, gives
    /// the dict a new version (not a new keys version) and releases the
    /// old value afterwards (its finalizer sees the new state); a miss
    /// stores through the runtime, which refills the site.
    fn cached_store_global(&mut self, namei: u32, v: Value) -> TResult {
        let site = self.new_global_site()?;
        let done = self.builder.create_block();
        let miss = self.cold_block();

        let t = trusted();
        let (addr, globals) = self.global_site_entry(site, self.frame_dicts(), false, miss);
        let old = self.builder.ins().load(I64, t, addr, 0);
        self.builder.ins().store(t, v, addr, 0);
        self.new_dict_version(globals);
        self.decref(old);
        self.jump(done, &[]);

        self.switch_to(miss);
        let name = self.name_word(namei)?;
        self.call_status(RuntimeFn::rt_store_global, &[self.frame, name, v, site])?;
        self.decref(v);
        self.jump(done, &[]);

        self.switch_to(done);
        Ok(())
    }

    /// `DELETE_NAME` / `DELETE_GLOBAL namei`
    pub(super) fn op_delete_name(&mut self, namei: u32, f: RuntimeFn) -> TResult {
        let name = self.name_word(namei)?;
        self.call_status(f, &[self.frame, name])?;
        Ok(())
    }

    // --- attributes ----------------------------------------------------------------

    /// `DELETE_ATTR namei`: [o] -> []
    pub(super) fn op_delete_attr(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let o = self.peek(1)?;
        self.call_status(RuntimeFn::rt_delete_attr, &[o, name])?;
        self.decref(o);
        Ok(())
    }

    // --- subscripts and slices -----------------------------------------------------------

    /// The index `k` (a tagged int) of a sequence of `len` items, negative
    /// ones counting from the end: continues in a new block when it is in
    /// range, returning it untagged; otherwise branches to `other`.
    fn index_in_range(&mut self, k: Value, len: Value, other: Block) -> Value {
        let in_range = self.builder.create_block();
        let i = self.builder.ins().sshr_imm_s(k, 1);
        let wrapped = self.builder.ins().iadd(i, len);
        let negative = self.builder.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let i = self.builder.ins().select(negative, wrapped, i);
        let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.builder.ins().brif(inside, in_range, &[], other, &[]);
        self.switch_to(in_range);
        i
    }

    /// Continues in a new block when `k` is a small int and `o` a heap
    /// object, returning `o`'s type; otherwise branches to `other`.
    fn indexed_type(&mut self, o: Value, k: Value, other: Block) -> Value {
        let heap = self.builder.create_block();
        // `k` tagged (low bit 1) and `o` untagged (low bits 0): no bit of
        // `(k & 1 ^ 1) | (o & 7)` set (one test for a constant `k`).
        let k_tag = self.builder.ins().band_imm_s(k, abi::INT_TAG as i64);
        let k_untagged = self.builder.ins().bxor_imm_s(k_tag, abi::INT_TAG as i64);
        let o_tag = self.builder.ins().band_imm_s(o, abi::TAG_MASK as i64);
        let wrong = self.builder.ins().bor(k_untagged, o_tag);
        self.builder.ins().brif(wrong, other, &[], heap, &[]);
        self.builder.switch_to_block(heap);
        self.builder.ins().load(I64, trusted(), o, abi::OB_TYPE)
    }

    /// Continues in a new block when `o` is an exact list (`list_type`
    /// singleton; or tuple) and `k` a small int indexing one of its items
    /// (negative indexes count from the end), returning the items pointer
    /// and the index; otherwise branches to `other`.
    fn inline_item(
        &mut self,
        o: Value,
        k: Value,
        container: (i32, i32, i32),
        other: Block,
    ) -> (Value, Value) {
        let (type_singleton, items_offset, len_offset) = container;
        let typed = self.builder.create_block();
        let ty = self.indexed_type(o, k, other);
        let want = self.singleton(type_singleton);
        let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
        self.builder.ins().brif(same, typed, &[], other, &[]);

        self.builder.switch_to_block(typed);
        self.items_at(o, k, (items_offset, len_offset), other)
    }

    /// The items pointer of the list or tuple `o` (its fields at the two
    /// offsets) and the index `k` of one of its items (`index_in_range`;
    /// out of range branches to `other`).
    fn items_at(
        &mut self,
        o: Value,
        k: Value,
        offsets: (i32, i32),
        other: Block,
    ) -> (Value, Value) {
        let (items_offset, len_offset) = offsets;
        // Both words are read in the block that knows the type: `o` is then
        // reloaded once when it lives in a stack slot.
        let len = self.builder.ins().load(I64, trusted(), o, len_offset);
        let items = self.builder.ins().load(I64, trusted(), o, items_offset);
        let i = self.index_in_range(k, len, other);
        (items, i)
    }

    /// The address of word `i` of the item array `items`.
    pub(super) fn item_address(&mut self, items: Value, i: Value) -> Value {
        let byte_offset = self.builder.ins().ishl_imm_s(i, 3);
        self.builder.ins().iadd(items, byte_offset)
    }

    /// Word `i` of the item array `items`, without a reference of its own.
    pub(super) fn item_word(&mut self, items: Value, i: Value) -> Value {
        let addr = self.item_address(items, i);
        self.builder.ins().load(I64, trusted(), addr, 0)
    }

    /// `BINARY_SUBSCR`: [o, k] -> [o[k]]; exact lists and tuples indexed by
    /// a small int in range are read inline, and so are the characters of
    /// exact ASCII strs (the runtime's shared one-character strs). The
    /// container's type is read once and compared with the three.
    pub(super) fn op_binary_subscr(&mut self) -> TResult {
        let t = trusted();
        let base = self.below(2)?;
        let (o, k) = (self.peek(2)?, self.peek(1)?);
        // A list's or tuple's item read in place: whether the result owns
        // its word (`Borrow::MaybeOwned`).
        let in_place = self.item_read_in_place(base);
        let (done, result, owned) = self.flagged_join(in_place);
        let exit =
            |this: &mut Self, v: Value, owns: bool| this.jump_flagged((done, in_place), v, owns);
        let slow = self.cold_block();

        let ty = self.indexed_type(o, k, slow);

        for (type_singleton, items_offset, len_offset) in [LIST_ITEMS, TUPLE_ITEMS] {
            let typed = self.builder.create_block();
            let other = self.builder.create_block();
            let want = self.singleton(type_singleton);
            let same = self.builder.ins().icmp(IntCC::Equal, ty, want);
            self.builder.ins().brif(same, typed, &[], other, &[]);
            self.builder.switch_to_block(typed);
            let (items, i) = self.items_at(o, k, (items_offset, len_offset), slow);
            let v = if in_place {
                self.item_word(items, i)
            } else {
                self.indexed_item(items, i)
            };
            self.release_object_operand(base, o);
            exit(self, v, !in_place);
            self.switch_to(other);
        }

        // An ASCII str: as many code points as bytes.
        let typed = self.builder.create_block();
        let ascii = self.builder.create_block();
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let is_str = self.builder.ins().icmp(IntCC::Equal, ty, str_type);
        self.builder.ins().brif(is_str, typed, &[], slow, &[]);
        self.builder.switch_to_block(typed);
        let len = self.builder.ins().load(I64, t, o, abi::STR_TEXT_LEN_OFFSET);
        let nchars = self.builder.ins().load(I64, t, o, abi::STR_NCHARS_OFFSET);
        let is_ascii = self.builder.ins().icmp(IntCC::Equal, len, nchars);
        self.builder.ins().brif(is_ascii, ascii, &[], slow, &[]);
        self.builder.switch_to_block(ascii);
        let i = self.index_in_range(k, len, slow);
        let bytes = self.builder.ins().load(I64, t, o, abi::STR_TEXT_PTR_OFFSET);
        let addr = self.builder.ins().iadd(bytes, i);
        let byte = self.builder.ins().uload8(I64, t, addr, 0);
        let v = self.one_char_str(byte);
        self.release_object_operand(base, o);
        exit(self, v, true);
        self.switch_to(slow);

        self.own_items_read_in_place(base..base + 2)?;
        let v = self.call_value(RuntimeFn::rt_subscr, &[o, k])?;
        self.release_operand(base, o);
        self.release_operand(base + 1, k);
        exit(self, v, true);

        self.switch_to(done);
        self.end_borrows(base);
        self.set(base, result)?;
        match owned {
            Some(owned) => self.mark_maybe_owned(base, owned),
            None => Ok(()),
        }
    }

    /// `STORE_SUBSCR`: [v, o, k] -> []; an in-range small-int index of an
    /// exact list is stored inline (the stack's reference to `v` moves into
    /// the list; the old item is released afterwards, as CPython does).
    pub(super) fn op_store_subscr(&mut self) -> TResult {
        let base = self.below(3)?;
        let done = self.builder.create_block();
        if let Some(raw) = self.take_unboxed(base) {
            self.store_item_unboxed(raw, done)?;
        }
        let (v, o, k) = (self.peek(3)?, self.peek(2)?, self.peek(1)?);
        let slow = self.cold_block();
        let (items, i) = self.inline_item(o, k, LIST_ITEMS, slow);
        let addr = self.item_address(items, i);
        let old = self.builder.ins().load(I64, trusted(), addr, 0);
        self.builder.ins().store(trusted(), v, addr, 0);
        // (A list's items are never NULL.)
        self.decref_nonnull(old);
        self.release_object_operand(base + 1, o);
        self.jump(done, &[]);

        self.switch_to(slow);
        self.call_status(RuntimeFn::rt_store_subscr, &[o, k, v])?;
        self.decref_slots(base..self.depth)?;
        self.jump(done, &[]);

        self.switch_to(done);
        self.end_borrows(base);
        Ok(())
    }

    /// `STORE_SUBSCR`'s path for a value that may be an unboxed float
    /// (`raw`): written into the old item of an exact list
    /// (`store_unboxed_in_place`).
    fn store_item_unboxed(&mut self, raw: Value, done: Block) -> TResult {
        let base = self.below(3)?;
        let (o, k) = (self.peek(2)?, self.peek(1)?);
        let place = |this: &mut Self, none: Block| {
            let (items, i) = this.inline_item(o, k, LIST_ITEMS, none);
            Ok(this.item_address(items, i))
        };
        // (The key is a tagged int: nothing to release.)
        let release = |this: &mut Self| {
            this.release_object_operand(base + 1, o);
            Ok(())
        };
        self.store_unboxed_in_place(base, raw, done, place, release)
    }

    /// `DELETE_SUBSCR`: [o, k] -> []
    pub(super) fn op_delete_subscr(&mut self) -> TResult {
        let (o, k) = (self.peek(2)?, self.peek(1)?);
        self.call_status(RuntimeFn::rt_delete_subscr, &[o, k])?;
        let base = self.below(2)?;
        self.decref_slots(base..self.depth)
    }

    /// `BUILD_SLICE n`: [start, stop] or [start, stop, step] -> [slice].
    /// When a `BINARY_SUBSCR` or `STORE_SUBSCR` follows (and nothing jumps
    /// to it), the two are translated together: the runtime slices exact
    /// lists and tuples without making the slice object.
    pub(super) fn op_build_slice(&mut self, n: u32) -> TResult {
        let (start, stop, step) = match n {
            2 => (self.peek(2)?, self.peek(1)?, self.word(0)),
            3 => (self.peek(3)?, self.peek(2)?, self.peek(1)?),
            _ => return Err(format!("BUILD_SLICE with {n} items")),
        };
        let next = self.pc + 1;
        let fusable = |op| matches!(op, Opcode::BINARY_SUBSCR | Opcode::STORE_SUBSCR);
        if let Some(next_instr) = self.code.instrs.get(next)
            && fusable(next_instr.op)
            && self.blocks[next].is_none()
            && self.code.depths[next].is_some()
            && self.code.handlers[next] == self.code.handlers[self.pc]
        {
            self.fused[next] = true;
            // Errors are the subscript's (its line in the traceback); the
            // bounds stay on the stack until the call succeeded.
            self.pc = next;
            self.builder.set_srcloc(SourceLoc::new(next as u32));
            self.record_call_site(next_instr.op);
            let o = self.peek(n + 1)?;
            if next_instr.op == Opcode::BINARY_SUBSCR {
                let r = self.call_value(RuntimeFn::rt_subscr_slice, &[o, start, stop, step])?;
                return self.replace_top(n + 1, r);
            }
            let v = self.peek(n + 2)?;
            self.call_status(RuntimeFn::rt_store_subscr_slice, &[o, start, stop, step, v])?;
            let base = self.below(n + 2)?;
            return self.decref_slots(base..self.depth);
        }
        let v = self.call_value(RuntimeFn::rt_build_slice, &[start, stop, step])?;
        self.replace_top(n, v)
    }

    // --- imports ------------------------------------------------------------------------

    /// `IMPORT_NAME namei`: [level, fromlist] -> [module]
    pub(super) fn op_import_name(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let (level, fromlist) = (self.peek(2)?, self.peek(1)?);
        let v = self.call_value(
            RuntimeFn::rt_import_name,
            &[self.frame, name, fromlist, level],
        )?;
        self.replace_top(2, v)
    }

    /// `IMPORT_FROM namei`: [module] -> [module, module.name]
    pub(super) fn op_import_from(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let module = self.peek(1)?;
        let v = self.call_value(RuntimeFn::rt_import_from, &[module, name])?;
        self.set(self.depth, v)
    }

    /// `IMPORT_STAR`: [module] -> []
    pub(super) fn op_import_star(&mut self) -> TResult {
        let module = self.peek(1)?;
        self.call_status(RuntimeFn::rt_import_star, &[self.frame, module])?;
        self.decref(module);
        Ok(())
    }

    /// `SETUP_ANNOTATIONS`
    pub(super) fn op_setup_annotations(&mut self) -> TResult {
        self.call_status(RuntimeFn::rt_setup_annotations, &[self.frame])?;
        Ok(())
    }
}
