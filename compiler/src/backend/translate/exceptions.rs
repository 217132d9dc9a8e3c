//! Raising and handling exceptions, and the `with` statement.

use super::{FunctionTranslator, TResult};
use crate::backend::runtime_fns::{Ret, RuntimeFn};

impl FunctionTranslator<'_> {
    /// `RAISE_VARARGS n`: [exc?, cause?] -> raise. The inputs stay on the
    /// stack for the raise path to release. A bare `raise` re-raises the
    /// handled exception, whose traceback already has this frame's entry.
    pub(super) fn op_raise_varargs(&mut self, n: u32) -> TResult {
        let (exc, cause) = match n {
            0 => (self.word(0), self.word(0)),
            1 => (self.peek(1)?, self.word(0)),
            2 => (self.peek(2)?, self.peek(1)?),
            _ => return Err(format!("RAISE_VARARGS with {n} operands")),
        };
        let kind = self.word(i64::from(n));
        self.call_rt(RuntimeFn::rt_raise, &[exc, cause, kind]);
        let mut key = self.raise_key();
        key.traceback = n != 0;
        self.jump_to_raise(key);
        Ok(())
    }

    /// `RERAISE`: [exc] -> re-raise `exc` (no new traceback entry).
    pub(super) fn op_reraise(&mut self) -> TResult {
        let exc = self.peek(1)?;
        self.call_rt(RuntimeFn::rt_reraise, &[exc]);
        let mut key = self.raise_key();
        key.traceback = false;
        self.jump_to_raise(key);
        Ok(())
    }

    /// `PUSH_EXC_INFO`: [exc] -> [prev, exc]; `exc` becomes the handled
    /// exception, `prev` (a new reference) is restored by `POP_EXCEPT`.
    pub(super) fn op_push_exc_info(&mut self) -> TResult {
        let exc = self.peek(1)?;
        let prev = self.call_word(RuntimeFn::rt_push_exc_info, &[exc])?;
        let base = self.below(1)?;
        self.set(base, prev)?;
        self.set(base + 1, exc)
    }

    /// `POP_EXCEPT`: [prev] -> []
    pub(super) fn op_pop_except(&mut self) -> TResult {
        let prev = self.peek(1)?;
        self.call_unit(RuntimeFn::rt_pop_except, &[prev]);
        self.decref(prev);
        Ok(())
    }

    /// `CHECK_EXC_MATCH`: [exc, type] -> [exc, bool]
    pub(super) fn op_check_exc_match(&mut self) -> TResult {
        let (exc, ty) = (self.peek(2)?, self.peek(1)?);
        let s = self.call_status(RuntimeFn::rt_check_exc_match, &[exc, ty])?;
        let r = self.status_bool_word(s, false);
        self.replace_top(1, r)
    }

    /// `LOAD_ASSERTION_ERROR`: [] -> [AssertionError]
    pub(super) fn op_load_assertion_error(&mut self) -> TResult {
        let v = self.call_value(RuntimeFn::rt_load_assertion_error, &[])?;
        self.set(self.depth, v)
    }

    /// `BEFORE_WITH`: [mgr] -> [exit, mgr.__enter__()]
    pub(super) fn op_before_with(&mut self) -> TResult {
        let mgr = self.peek(1)?;
        let out = self.scratch_addr(2)?;
        self.call_status(RuntimeFn::rt_before_with, &[mgr, out])?;
        let (exit, entered) = (self.scratch_word(0)?, self.scratch_word(1)?);
        self.decref(mgr);
        let base = self.below(1)?;
        self.set(base, exit)?;
        self.set(base + 1, entered)
    }

    /// `rt_call_exit(exit, exc)`: calls a context manager's `__exit__`.
    fn rt_call_exit(&self) -> TResult<RuntimeFn> {
        self.optional_rt("rt_call_exit", 2, Ret::Value)
    }

    /// `WITH_EXCEPT_START`: [exit, prev, exc] -> [exit, prev, exc, res]
    pub(super) fn op_with_except_start(&mut self) -> TResult {
        let f = self.rt_call_exit()?;
        let (exit, exc) = (self.peek(3)?, self.peek(1)?);
        let r = self.call_value(f, &[exit, exc])?;
        self.set(self.depth, r)
    }

    /// `CALL_EXIT`: [exit] -> [exit(None, None, None)]
    pub(super) fn op_call_exit(&mut self) -> TResult {
        let f = self.rt_call_exit()?;
        let exit = self.peek(1)?;
        let null = self.word(0);
        let r = self.call_value(f, &[exit, null])?;
        self.replace_top(1, r)
    }
}
