//! The object module: target settings, the symbols every compiled program
//! imports from the runtime, and the data symbols the runtime reads at
//! startup (the serialized program and the table of native functions).

use crate::abi;
use crate::backend::runtime_fns::declare_runtime_fns;
use cranelift_codegen::ir::{AbiParam, Signature, types::I64};
use cranelift_codegen::isa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};

/// The only target cranepy generates code for.
const TARGET_TRIPLE: &str = "x86_64-unknown-linux-gnu";

/// Everything a translated function may refer to outside itself.
pub struct ModuleImports {
    /// Every runtime function, indexed by `RuntimeFn as usize`.
    pub runtime_fns: Vec<FuncId>,
    /// `abi::SYM_SINGLETONS`: the words of None, True, False, NotImplemented.
    pub singletons: DataId,
    /// `abi::SYM_COUNTERS`: the type-lookup epoch and the next dict version.
    pub counters: DataId,
    /// `abi::SYM_THREAD_STATE`: the address of the program thread's state.
    pub thread_state: DataId,
}

/// Creates the object module with cranepy's code generation settings.
pub fn new_module() -> Result<ObjectModule, String> {
    let mut flags = settings::builder();
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    for (name, value) in [
        ("opt_level", "speed"),
        // Executables are PIEs by default; position-independent code keeps
        // the text section free of dynamic relocations.
        ("is_pic", "true"),
        // Frame pointers let debuggers and profilers walk through compiled
        // code without unwind tables.
        ("preserve_frame_pointers", "true"),
        // cranelift-object's .eh_frame carries absolute relocations that
        // turn into TEXTRELs in a PIE, and nothing unwinds through compiled
        // code (the runtime aborts on panic).
        ("unwind_info", "false"),
        ("enable_verifier", verify),
    ] {
        flags
            .set(name, value)
            .map_err(|e| format!("cranelift setting {name}={value}: {e}"))?;
    }
    let flags = settings::Flags::new(flags);
    let triple: target_lexicon::Triple = TARGET_TRIPLE
        .parse()
        .map_err(|e| format!("target triple {TARGET_TRIPLE}: {e}"))?;
    let isa = isa::lookup(triple)
        .map_err(|e| format!("no Cranelift backend for {TARGET_TRIPLE}: {e}"))?
        .finish(flags)
        .map_err(|e| format!("configuring the Cranelift backend: {e}"))?;
    let mut builder = ObjectBuilder::new(
        isa,
        "cranepy_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| format!("creating the object module: {e}"))?;
    builder.unwind_info(false);
    Ok(ObjectModule::new(builder))
}

/// The native signature of every compiled code object:
/// `extern "C" fn(frame: *mut Frame) -> u64`.
pub fn code_signature(module: &dyn Module) -> Signature {
    let mut sig = Signature::new(module.isa().default_call_conv());
    sig.params.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(I64));
    sig
}

/// The symbol of code object `index`'s native function.
pub fn code_symbol(index: usize) -> String {
    format!("__cranepy_code_{index}")
}

/// The symbol of the push variant of code object `index`.
pub fn push_symbol(index: usize) -> String {
    format!("__cranepy_push_{index}")
}

/// Declares the runtime functions and data the compiled code imports.
pub fn declare_imports(module: &mut dyn Module) -> Result<ModuleImports, String> {
    let runtime_fns = declare_runtime_fns(module)?;
    let singletons = module
        .declare_data(abi::SYM_SINGLETONS, Linkage::Import, true, false)
        .map_err(|e| format!("declaring {}: {e}", abi::SYM_SINGLETONS))?;
    let counters = module
        .declare_data(abi::SYM_COUNTERS, Linkage::Import, true, false)
        .map_err(|e| format!("declaring {}: {e}", abi::SYM_COUNTERS))?;
    let thread_state = module
        .declare_data(abi::SYM_THREAD_STATE, Linkage::Import, false, false)
        .map_err(|e| format!("declaring {}: {e}", abi::SYM_THREAD_STATE))?;
    Ok(ModuleImports {
        runtime_fns,
        singletons,
        counters,
        thread_state,
    })
}

/// Declares one local function per code object, in code index order.
pub fn declare_code_functions(
    module: &mut dyn Module,
    count: usize,
) -> Result<Vec<FuncId>, String> {
    let sig = code_signature(module);
    (0..count)
        .map(|index| {
            let name = code_symbol(index);
            module
                .declare_function(&name, Linkage::Local, &sig)
                .map_err(|e| format!("declaring {name}: {e}"))
        })
        .collect()
}

/// Defines the exported data symbols the runtime reads at startup: the
/// serialized program, its length, the table of native function addresses
/// (code index order) and that of push variants (0 where none).
pub fn define_program_data(
    module: &mut dyn Module,
    blob: &[u8],
    functions: &[FuncId],
    push: &[Option<FuncId>],
) -> Result<(), String> {
    define_bytes(module, abi::SYM_PROGRAM, blob.to_vec())?;
    define_bytes(
        module,
        abi::SYM_PROGRAM_LEN,
        (blob.len() as u64).to_le_bytes().to_vec(),
    )?;

    let mut table = DataDescription::new();
    // Explicit zeros, not `define_zeroinit`: a .bss object can't carry the
    // relocations that fill in the addresses.
    table.define(vec![0u8; functions.len().max(1) * 8].into_boxed_slice());
    table.set_align(8);
    for (index, &func) in functions.iter().enumerate() {
        let func_ref = module.declare_func_in_data(func, &mut table);
        table.write_function_addr((index * 8) as u32, func_ref);
    }
    define(module, abi::SYM_CODE_TABLE, &table)?;

    let mut push_table = DataDescription::new();
    push_table.define(vec![0u8; push.len().max(1) * 8].into_boxed_slice());
    push_table.set_align(8);
    for (index, func) in push.iter().enumerate() {
        if let Some(func) = *func {
            let func_ref = module.declare_func_in_data(func, &mut push_table);
            push_table.write_function_addr((index * 8) as u32, func_ref);
        }
    }
    define(module, abi::SYM_PUSH_TABLE, &push_table)
}

fn define_bytes(module: &mut dyn Module, name: &str, bytes: Vec<u8>) -> Result<(), String> {
    let mut data = DataDescription::new();
    // An empty object would have no address distinct from its neighbour's.
    data.define(if bytes.is_empty() { vec![0] } else { bytes }.into_boxed_slice());
    data.set_align(8);
    define(module, name, &data)
}

fn define(module: &mut dyn Module, name: &str, data: &DataDescription) -> Result<(), String> {
    let id = module
        .declare_data(name, Linkage::Export, false, false)
        .map_err(|e| format!("declaring {name}: {e}"))?;
    module
        .define_data(id, data)
        .map_err(|e| format!("defining {name}: {e}"))
}
