//! `d[k] = d.get(k, c) + n` in one probe, when `d` and `k` are locals and
//! `c` and `n` small int constants: the counting idiom
//! (`counts[w] = counts.get(w, 0) + 1`).
//!
//! Before the statement's first instruction the translator emits one
//! `rt_dict_add_int` call with the dict, the key and the two constants.
//! When the dict is exact, the key a small int or an exact str, and the
//! value (or `c` when the key is absent) plus `n` a small int, the
//! runtime updates or inserts the entry in one walk of the probe sequence
//! and the statement is done: none of its three steps (the lookup, the
//! `+` of two small ints, the store) could run Python code. In every
//! other case it does nothing and the instructions run as written.
//!
//! This module owns the recognition of the pattern and the fused call;
//! the runtime side is `types::dict::counter`.

use super::stack::small_neg;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;

/// A recognised `d[k] = d.get(k, c) + n` statement.
struct DictCount {
    dict: u32,
    key: u32,
    default: i64,
    delta: i64,
    /// The `STORE_SUBSCR` that ends the statement.
    end: usize,
}

impl FunctionTranslator<'_> {
    /// At the first instruction of a `d[k] = d.get(k, c) + n` statement:
    /// the fused update, continuing after the statement when the runtime
    /// did it and in a new block, for the instructions as written,
    /// otherwise (see the module header). Does nothing elsewhere.
    pub(super) fn dict_count_fast_path(&mut self) -> TResult {
        let Some(count) = self.dict_count_at(self.pc) else {
            return Ok(());
        };
        let dict = self.get_local(count.dict)?;
        let key = self.get_local(count.key)?;
        let default = self.small_int_word(count.default);
        let delta = self.small_int_word(count.delta);
        let done = self.call_word(RuntimeFn::rt_dict_add_int, &[dict, key, default, delta])?;
        let after = self.block_after_statement(count.end);
        let written = self.builder.create_block();
        self.branch(done, after, written);
        self.switch_to(written);
        Ok(())
    }

    /// The statement starting at instruction `pc`, when it is a
    /// `d[k] = d.get(k, c) + n` (or `- n`) of plain locals and small int
    /// constants with no jump into its middle.
    fn dict_count_at(&self, pc: usize) -> Option<DictCount> {
        let code = self.code;
        let ops: Vec<(Opcode, u32)> = code
            .instrs
            .get(pc..pc + 10)?
            .iter()
            .map(|i| (i.op, i.arg))
            .collect();
        let small = |c: u32| self.small_int_const(c);
        use Opcode::*;
        let [
            (LOAD_FAST, dict),
            (LOAD_METHOD, get),
            (LOAD_FAST, key),
            (LOAD_CONST, default),
            (CALL, 2),
            (LOAD_CONST, delta),
            (BINARY_OP, op),
            (LOAD_FAST, dict2),
            (LOAD_FAST, key2),
            (STORE_SUBSCR, _),
        ] = ops[..]
        else {
            return None;
        };
        let delta = match u64::from(op) {
            abi::NB_ADD => small(delta)?,
            abi::NB_SUBTRACT => small(delta).and_then(small_neg)?,
            _ => return None,
        };
        let end = pc + 9;
        let plain = |i: u32| self.float_local(i).is_none();
        (code.names.get(get as usize).is_some_and(|n| n == "get")
            && dict == dict2
            && key == key2
            && dict != key
            && plain(dict)
            && plain(key)
            && self.statement_unbroken(pc, end))
        .then_some(DictCount {
            dict,
            key,
            default: small(default)?,
            delta,
            end,
        })
    }
}
