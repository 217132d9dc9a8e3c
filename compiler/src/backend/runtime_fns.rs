//! The runtime functions generated code calls.
//!
//! `abi::for_each_runtime_fn!` lists every `rt_*` function once; expanding it
//! here gives the `RuntimeFn` enum (one variant per function, named like the
//! symbol) and the `RUNTIME_FNS` table of signatures, indexed by the enum.
//! Each object module declares every function once as an import
//! (`declare_runtime_fns`); the translator then imports the ones it uses into
//! each function lazily.

use crate::abi;
use cranelift_codegen::ir::{
    AbiParam, InstBuilder, MemFlagsData, Signature, UserFuncName, types::I64,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataId, FuncId, FuncOrDataId, Linkage, Module};

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

/// Runtime functions that the generic paths of common operations call
/// (from cold blocks) often enough in dynamic code, such as str, dict and
/// generator heavy programs, that saving every register around each call
/// would cost more than keeping the hot path's registers saves. They are
/// called directly even from cold blocks. Measured: the trampoline calls of
/// each benchmark with no function exempt.
const WARM_FNS: &[RuntimeFn] = &[
    RuntimeFn::rt_dealloc,
    RuntimeFn::rt_call_method,
    RuntimeFn::rt_for_iter,
    RuntimeFn::rt_for_iter_unpack,
    RuntimeFn::rt_binary_op_site,
    RuntimeFn::rt_unary_op,
    RuntimeFn::rt_subscr,
    RuntimeFn::rt_store_subscr,
    RuntimeFn::rt_contains,
    RuntimeFn::rt_is_true,
    RuntimeFn::rt_compare_bool,
    RuntimeFn::rt_list_append,
    RuntimeFn::rt_get_awaitable,
    RuntimeFn::rt_load_attr_cached,
    RuntimeFn::rt_load_method_cached,
    RuntimeFn::rt_float_from_bits,
];

impl RuntimeFn {
    /// Whether calls from cold blocks skip the trampoline (`WARM_FNS`).
    pub fn is_warm(self) -> bool {
        WARM_FNS.contains(&self)
    }
}

/// Declares (once per module) the *cold-path trampoline* of `f`: a local
/// function with `f`'s parameters and the `preserve_all` convention that
/// calls `f` and leaves its result in `abi::COUNTER_COLD_RESULT`. A call
/// from a cold block (an error, a cache refill, an overflow) then clobbers
/// no register, so the register allocator need not spill the hot path's
/// values around it; `preserve_all` can't return a value, hence the word.
/// `define_cold_trampolines` gives the declared ones their bodies.
pub fn declare_cold(module: &mut dyn Module, f: RuntimeFn) -> Result<FuncId, String> {
    let name = cold_name(f.info());
    module
        .declare_function(&name, Linkage::Local, &cold_signature(f.info()))
        .map_err(|e| format!("declaring {name}: {e}"))
}

fn cold_name(info: &RuntimeFnInfo) -> String {
    format!("__cranepy_cold_{}", info.name)
}

fn cold_signature(info: &RuntimeFnInfo) -> Signature {
    let mut sig = Signature::new(CallConv::PreserveAll);
    sig.params
        .extend(info.params.iter().map(|_| AbiParam::new(I64)));
    sig
}

/// Defines the body of every trampoline `declare_cold` declared in
/// `module`: the call of the runtime function (`imports`: the ids of
/// `declare_runtime_fns`) and the store of its result through `counters`.
pub fn define_cold_trampolines(
    module: &mut dyn Module,
    runtime_fns: &[FuncId],
    counters: DataId,
) -> Result<(), String> {
    let mut ctx = module.make_context();
    let mut func_ctx = FunctionBuilderContext::new();
    for (&f, &import) in RuntimeFn::ALL.iter().zip(runtime_fns) {
        let info = f.info();
        let name = cold_name(info);
        let Some(FuncOrDataId::Func(id)) = module.declarations().get_name(&name) else {
            continue;
        };
        ctx.func.signature = cold_signature(info);
        ctx.func.name = UserFuncName::user(1, id.as_u32());
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut func_ctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let args = b.block_params(entry).to_vec();
        let callee = module.declare_func_in_func(import, b.func);
        let call = b.ins().call(callee, &args);
        if info.ret != Ret::Unit {
            let r = b.inst_results(call)[0];
            let gv = module.declare_data_in_func(counters, b.func);
            let addr = b.ins().symbol_value(I64, gv);
            b.ins()
                .store(MemFlagsData::trusted(), r, addr, abi::COUNTER_COLD_RESULT);
        }
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(module.isa().frontend_config());
        module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("defining {name}: {e}"))?;
        module.clear_context(&mut ctx);
    }
    Ok(())
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
