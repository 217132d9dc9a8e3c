//! Constants, locals, cells, globals and names; attributes, subscripts and
//! slices; imports.

use super::{FunctionTranslator, TResult};
use crate::backend::runtime_fns::RuntimeFn;
use cranelift_codegen::ir::Value;

impl FunctionTranslator<'_> {
    // --- constants and locals ---------------------------------------------------

    /// `LOAD_CONST i`: [] -> [consts[i]]
    pub(super) fn op_load_const(&mut self, i: u32) -> TResult {
        let v = self.const_word(i)?;
        if !self.const_is_immortal(i) {
            self.incref(v);
        }
        self.set(self.depth, v)
    }

    /// Raises UnboundLocalError (through `unbound`, e.g. `rt_unbound_local`)
    /// for local `i` unless `v` is nonzero; continues in a new block.
    fn check_bound(&mut self, v: Value, unbound: RuntimeFn, i: u32) {
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
        self.incref(v);
        self.set(self.depth, v)
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
        // `rt_cell_get` returns a new reference to the contents, or 0 when
        // the cell is empty (without raising).
        let v = self.call_word(RuntimeFn::rt_cell_get, &[cell])?;
        self.check_bound(v, RuntimeFn::rt_unbound_deref, i);
        self.set(self.depth, v)
    }

    /// `STORE_DEREF i`: [v] -> []
    pub(super) fn op_store_deref(&mut self, i: u32) -> TResult {
        let cell = self.get_local(i)?;
        let v = self.peek(1)?;
        self.call_unit(RuntimeFn::rt_cell_set, &[cell, v]);
        self.decref(v);
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
        let name = self.name_word(arg >> 1)?;
        let v = self.call_value(RuntimeFn::rt_load_global, &[self.frame, name])?;
        self.set(pos, v)
    }

    /// `LOAD_NAME namei`: [] -> [value]
    pub(super) fn op_load_name(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let v = self.call_value(RuntimeFn::rt_load_name, &[self.frame, name])?;
        self.set(self.depth, v)
    }

    /// `STORE_NAME` / `STORE_GLOBAL namei`: [v] -> []
    pub(super) fn op_store_name(&mut self, namei: u32, f: RuntimeFn) -> TResult {
        let name = self.name_word(namei)?;
        let v = self.peek(1)?;
        self.call_status(f, &[self.frame, name, v])?;
        self.decref(v);
        Ok(())
    }

    /// `DELETE_NAME` / `DELETE_GLOBAL namei`
    pub(super) fn op_delete_name(&mut self, namei: u32, f: RuntimeFn) -> TResult {
        let name = self.name_word(namei)?;
        self.call_status(f, &[self.frame, name])?;
        Ok(())
    }

    // --- attributes ----------------------------------------------------------------

    /// `LOAD_ATTR namei`: [o] -> [o.name]
    pub(super) fn op_load_attr(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let o = self.peek(1)?;
        let v = self.call_value(RuntimeFn::rt_load_attr, &[o, name])?;
        self.replace_top(1, v)
    }

    /// `STORE_ATTR namei`: [v, o] -> []
    pub(super) fn op_store_attr(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let (v, o) = (self.peek(2)?, self.peek(1)?);
        self.call_status(RuntimeFn::rt_store_attr, &[o, name, v])?;
        self.decref(o);
        self.decref(v);
        Ok(())
    }

    /// `DELETE_ATTR namei`: [o] -> []
    pub(super) fn op_delete_attr(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let o = self.peek(1)?;
        self.call_status(RuntimeFn::rt_delete_attr, &[o, name])?;
        self.decref(o);
        Ok(())
    }

    /// `LOAD_METHOD namei`: [o] -> [meth, o] or [NULL, o.name]. The runtime
    /// writes the two new words in stack order.
    pub(super) fn op_load_method(&mut self, namei: u32) -> TResult {
        let name = self.name_word(namei)?;
        let o = self.peek(1)?;
        let out = self.scratch_addr(2)?;
        self.call_status(RuntimeFn::rt_load_method, &[o, name, out])?;
        let (first, second) = (self.scratch_word(0)?, self.scratch_word(1)?);
        self.decref(o);
        let base = self.below(1)?;
        self.set(base, first)?;
        self.set(base + 1, second)
    }

    // --- subscripts and slices -----------------------------------------------------------

    /// `BINARY_SUBSCR`: [o, k] -> [o[k]]
    pub(super) fn op_binary_subscr(&mut self) -> TResult {
        let (o, k) = (self.peek(2)?, self.peek(1)?);
        let v = self.call_value(RuntimeFn::rt_subscr, &[o, k])?;
        self.replace_top(2, v)
    }

    /// `STORE_SUBSCR`: [v, o, k] -> []
    pub(super) fn op_store_subscr(&mut self) -> TResult {
        let (v, o, k) = (self.peek(3)?, self.peek(2)?, self.peek(1)?);
        self.call_status(RuntimeFn::rt_store_subscr, &[o, k, v])?;
        let base = self.below(3)?;
        self.decref_slots(base..self.depth)
    }

    /// `DELETE_SUBSCR`: [o, k] -> []
    pub(super) fn op_delete_subscr(&mut self) -> TResult {
        let (o, k) = (self.peek(2)?, self.peek(1)?);
        self.call_status(RuntimeFn::rt_delete_subscr, &[o, k])?;
        let base = self.below(2)?;
        self.decref_slots(base..self.depth)
    }

    /// `BUILD_SLICE n`: [start, stop] or [start, stop, step] -> [slice]
    pub(super) fn op_build_slice(&mut self, n: u32) -> TResult {
        let (start, stop, step) = match n {
            2 => (self.peek(2)?, self.peek(1)?, self.word(0)),
            3 => (self.peek(3)?, self.peek(2)?, self.peek(1)?),
            _ => return Err(format!("BUILD_SLICE with {n} items")),
        };
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
