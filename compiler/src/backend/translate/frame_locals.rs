//! Locals kept current in the frame, for functions that may read their own
//! variables by name (`locals()`, `vars()`, `dir()`, `eval`, frame
//! `f_locals`): code flagged `CO_LOCALS_IN_FRAME` writes every store to a
//! local through to `frame.localsplus[i]` (a borrowed copy of the word the
//! Variable owns) and clears the slots before releasing its locals on
//! return, so the runtime never reads a released word; the epilogue also
//! releases the dict `locals()` keeps in `frame.locals`. Other functions keep
//! their locals only in registers and pay nothing. Such code also records
//! each call site in `frame.lasti` (for `f_lineno`).

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{InstBuilder, Value, types::I64};

impl FunctionTranslator<'_> {
    fn records_call_sites(&self) -> bool {
        self.code.flags & abi::CO_LOCALS_IN_FRAME != 0
    }

    /// Only functions have fast locals (module code and class bodies keep
    /// their names in `frame.locals`, which they do not own).
    fn locals_in_frame(&self) -> bool {
        self.records_call_sites() && self.code.flags & abi::CO_OPTIMIZED != 0
    }

    /// After local `i` was set to `v`: mirrors it into the frame.
    pub(super) fn write_through_local(&mut self, i: u32, v: Value) -> TResult {
        if self.locals_in_frame() {
            let offset = self.localsplus_offset(i as usize)?;
            self.builder.ins().store(trusted(), v, self.frame, offset);
        }
        Ok(())
    }

    /// Before an instruction that may run Python code: records it in
    /// `frame.lasti`, so a frame object of this frame knows its line. Calls
    /// always record it (one store), so the runtime can tell where each
    /// caller on the frame chain is (`warnings.warn`,
    /// `traceback.extract_stack`); the other instructions only in code
    /// compiled for `sys._getframe`.
    pub(super) fn record_call_site(&mut self, op: Opcode) {
        use Opcode::*;
        if matches!(op, CALL | CALL_FUNCTION_EX) {
            self.store_frame_u32(abi::FRAME_LASTI, self.pc as u32);
            return;
        }
        let calls_out = matches!(
            op,
            CALL | CALL_FUNCTION_EX
                | LOAD_ATTR
                | LOAD_METHOD
                | STORE_ATTR
                | BINARY_SUBSCR
                | STORE_SUBSCR
                | BINARY_OP
                | COMPARE_OP
                | GET_ITER
                | FOR_ITER
                | IMPORT_NAME
        );
        if calls_out && self.records_call_sites() {
            self.store_frame_u32(abi::FRAME_LASTI, self.pc as u32);
        }
    }

    /// Before the locals are released on return: the frame stops showing
    /// them, and the dict `locals()` filled (kept in `frame.locals`) is
    /// released.
    pub(super) fn clear_frame_locals(&mut self) -> TResult {
        if self.locals_in_frame() {
            let zero = self.word(0);
            for i in 0..self.locals.len() {
                let offset = self.localsplus_offset(i)?;
                self.builder
                    .ins()
                    .store(trusted(), zero, self.frame, offset);
            }
            let dict = self
                .builder
                .ins()
                .load(I64, trusted(), self.frame, abi::FRAME_LOCALS);
            self.builder
                .ins()
                .store(trusted(), zero, self.frame, abi::FRAME_LOCALS);
            self.decref(dict);
        }
        Ok(())
    }
}
