//! The runtime functions generated code calls.
//!
//! `abi::for_each_runtime_fn!` lists every `rt_*` function once; expanding it
//! here gives the `RuntimeFn` enum (one variant per function, named like the
//! symbol) and the `RUNTIME_FNS` table of signatures, indexed by the enum.
//! Each object module declares every function once as an import
//! (`declare_runtime_fns`); the translator then imports the ones it uses into
//! each function lazily.

use cranelift_codegen::ir::{AbiParam, Signature, types::I64};
use cranelift_module::{FuncId, Linkage, Module};

/// What a parameter carries (both are one I64 word at the machine level).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Param {
    /// A borrowed object word.
    Value,
    /// A plain integer or pointer.
    Word,
}

/// What a runtime function returns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ret {
    /// Nothing.
    Unit,
    /// A new reference, or 0 with a pending exception.
    Value,
    /// A non-negative integer, or -1 with a pending exception.
    Status,
    /// A plain word (never an error).
    Word,
}

/// The signature of one runtime function.
#[derive(Debug)]
pub struct RuntimeFnInfo {
    pub name: &'static str,
    pub params: &'static [Param],
    pub ret: Ret,
}

macro_rules! runtime_fn_table {
    ($($name:ident($($param:ident: $kind:ident),* $(,)?) -> $ret:ident;)*) => {
        /// One runtime function; the discriminant indexes `RUNTIME_FNS`.
        #[allow(non_camel_case_types, dead_code)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum RuntimeFn {
            $($name,)*
        }

        /// Every runtime function's signature, in `RuntimeFn` order.
        pub const RUNTIME_FNS: &[RuntimeFnInfo] = &[
            $(RuntimeFnInfo {
                name: stringify!($name),
                params: &[$(Param::$kind),*],
                ret: Ret::$ret,
            },)*
        ];

        impl RuntimeFn {
            /// All functions, in table order.
            pub const ALL: &[RuntimeFn] = &[$(RuntimeFn::$name,)*];
        }
    };
}

crate::for_each_runtime_fn!(runtime_fn_table);

impl RuntimeFn {
    /// The function's signature and symbol name.
    pub fn info(self) -> &'static RuntimeFnInfo {
        &RUNTIME_FNS[self as usize]
    }

    /// Looks a function up by symbol name. Used for entries that may not be
    /// in the ABI table yet, so that the translator compiles either way and
    /// reports a clear error when an instruction needs a missing function.
    pub fn by_name(name: &str) -> Option<RuntimeFn> {
        RuntimeFn::ALL
            .iter()
            .copied()
            .find(|f| f.info().name == name)
    }
}

/// The native signature of a runtime function: every parameter and result
/// is one I64 word; `Unit` functions return nothing.
pub fn signature(info: &RuntimeFnInfo, module: &dyn Module) -> Signature {
    let mut sig = Signature::new(module.isa().default_call_conv());
    sig.params
        .extend(info.params.iter().map(|_| AbiParam::new(I64)));
    if info.ret != Ret::Unit {
        sig.returns.push(AbiParam::new(I64));
    }
    sig
}

/// Declares every runtime function as an import of `module`; the result is
/// indexed by `RuntimeFn as usize`.
pub fn declare_runtime_fns(module: &mut dyn Module) -> Result<Vec<FuncId>, String> {
    RUNTIME_FNS
        .iter()
        .map(|info| {
            let sig = signature(info, module);
            module
                .declare_function(info.name, Linkage::Import, &sig)
                .map_err(|e| format!("declaring runtime function {}: {e}", info.name))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_enum() {
        assert_eq!(RUNTIME_FNS.len(), RuntimeFn::ALL.len());
        let f = RuntimeFn::rt_binary_op;
        assert_eq!(f.info().name, "rt_binary_op");
        assert_eq!(f.info().params, &[Param::Value, Param::Value, Param::Word]);
        assert_eq!(f.info().ret, Ret::Value);
        assert_eq!(
            RuntimeFn::by_name("rt_dealloc"),
            Some(RuntimeFn::rt_dealloc)
        );
        assert_eq!(RuntimeFn::by_name("rt_no_such_function"), None);
    }
}
