//! Calls and function objects: `CALL` (with its `KW_NAMES`),
//! `CALL_FUNCTION_EX`, `MAKE_FUNCTION`, `LOAD_BUILD_CLASS`.

use super::{FunctionTranslator, TResult};
use crate::backend::runtime_fns::RuntimeFn;

impl FunctionTranslator<'_> {
    /// `CALL n`: [m|NULL, self|callable, a1..an] -> [result]. The n + 2
    /// words go to the runtime as one array; `kwnames` (from a preceding
    /// `KW_NAMES`) names the last arguments.
    pub(super) fn op_call(&mut self, n: u32, kwnames: Option<u32>) -> TResult {
        let base = self.below(n + 2)?;
        let args = self.scratch_from_stack(base, n + 2)?;
        let kwnames = match kwnames {
            Some(i) => self.const_word(i)?,
            None => self.word(0),
        };
        let nargs = self.word(i64::from(n));
        let r = self.call_value(RuntimeFn::rt_call_method, &[args, nargs, kwnames])?;
        self.replace_top(n + 2, r)
    }

    /// `CALL_FUNCTION_EX flags`: [NULL, f, args_tuple, kwargs?] -> [result]
    pub(super) fn op_call_function_ex(&mut self, flags: u32) -> TResult {
        let has_kwargs = flags & 1 != 0;
        let inputs = if has_kwargs { 4 } else { 3 };
        let base = self.below(inputs)?;
        let f = self.get(base + 1)?;
        let args = self.get(base + 2)?;
        let kwargs = if has_kwargs {
            self.get(base + 3)?
        } else {
            self.word(0)
        };
        let r = self.call_value(RuntimeFn::rt_call_ex, &[f, args, kwargs])?;
        self.replace_top(inputs, r)
    }

    /// `MAKE_FUNCTION flags`: [defaults?, kwdefaults?, annotations?,
    /// closure?, code] -> [function]; the extras present (per flag bit) go
    /// to the runtime as an array, in that order.
    pub(super) fn op_make_function(&mut self, flags: u32) -> TResult {
        let extras = (flags & 0xf).count_ones();
        let base = self.below(extras + 1)?;
        let code = self.peek(1)?;
        let array = self.scratch_from_stack(base, extras)?;
        let flags = self.word(i64::from(flags));
        let r = self.call_value(
            RuntimeFn::rt_make_function,
            &[self.frame, code, flags, array],
        )?;
        self.replace_top(extras + 1, r)
    }

    /// `LOAD_BUILD_CLASS`: [] -> [__build_class__]
    pub(super) fn op_load_build_class(&mut self) -> TResult {
        let v = self.call_value(RuntimeFn::rt_load_build_class, &[])?;
        self.set(self.depth, v)
    }
}
