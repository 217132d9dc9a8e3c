//! The back end: translates every code object into a native function with
//! Cranelift, writes them into one object file together with the
//! serialized program and the table of function addresses, and links that
//! with the embedded runtime into an executable.
//!
//! - `runtime_fns`: the ABI's runtime functions as imports;
//! - `translate`: one code object to one Cranelift function;
//! - `object`: target settings, symbols, data;
//! - `link`: the `cc` invocation.

pub mod link;
mod object;
mod runtime_fns;
mod translate;

pub use link::link_executable;

use crate::bytecode::code::CodeObject;
use cranelift_codegen::CodegenError;
use cranelift_codegen::ir::UserFuncName;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{Linkage, Module, ModuleError};
use std::fmt::Write as _;
use std::process::Command;

/// What to produce besides the object file.
pub struct BackendOptions {
    /// The Cranelift IR of every function, as translated.
    pub emit_clif: bool,
    /// The x86-64 assembly of the object file.
    pub emit_asm: bool,
}

/// The compiled program.
pub struct BackendOutput {
    /// An ELF relocatable object defining the program's symbols.
    pub object: Vec<u8>,
    pub clif: Option<String>,
    pub asm: Option<String>,
}

/// Compiles the program's code objects (`codes[i]` becomes the function at
/// index `i` of the code table) and embeds `blob`, the serialized program.
pub fn compile_program(
    codes: &[CodeObject],
    blob: &[u8],
    opts: &BackendOptions,
) -> Result<BackendOutput, String> {
    let mut module = object::new_module()?;
    let imports = object::declare_imports(&mut module)?;
    let functions = object::declare_code_functions(&mut module, codes.len())?;
    let signature = object::code_signature(&module);

    let mut ctx = module.make_context();
    let mut func_ctx = FunctionBuilderContext::new();
    let mut clif = opts.emit_clif.then(String::new);
    // Every code object's function, then the push variants of generator
    // expressions (`translate::generators`).
    let mut push = vec![None; codes.len()];
    for (index, code) in codes.iter().enumerate() {
        if code.is_generator_expression() {
            let name = object::push_symbol(index);
            let id = module
                .declare_function(&name, Linkage::Local, &signature)
                .map_err(|e| format!("declaring {name}: {e}"))?;
            push[index] = Some(id);
        }
    }
    let variants = codes
        .iter()
        .zip(&functions)
        .enumerate()
        .map(|(i, (c, &f))| (i, c, f, false));
    let pushed = codes
        .iter()
        .zip(&push)
        .enumerate()
        .filter_map(|(i, (c, p))| p.map(|f| (i, c, f, true)));
    for (index, code, func_id, is_push) in variants.chain(pushed) {
        let what = || {
            let variant = if is_push { " (push variant)" } else { "" };
            format!("code {index} ({}){variant}", code.qualname)
        };
        ctx.func.signature = signature.clone();
        ctx.func.name = UserFuncName::user(0, func_id.as_u32());
        translate::translate_function(
            &mut module,
            &imports,
            code,
            is_push,
            &mut ctx.func,
            &mut func_ctx,
        )
        .map_err(|e| format!("{}: {e}", what()))?;
        if let Some(text) = clif.as_mut() {
            let variant = if is_push { " (push variant)" } else { "" };
            let _ = writeln!(text, "; code {index}: {}{variant}", code.qualname);
            text.push_str(&translate::function_text(
                code,
                &ctx.func,
                module.declarations(),
            ));
            text.push('\n');
        }
        module
            .define_function(func_id, &mut ctx)
            .map_err(|e| format!("{}: {}", what(), describe_module_error(e, &ctx.func)))?;
        module.clear_context(&mut ctx);
    }

    runtime_fns::define_cold_trampolines(&mut module, &imports.runtime_fns, imports.counters)?;
    object::define_program_data(&mut module, blob, &functions, &push)?;
    let object = module
        .finish()
        .emit()
        .map_err(|e| format!("writing the object file: {e}"))?;
    let asm = if opts.emit_asm {
        Some(disassemble(&object)?)
    } else {
        None
    };
    Ok(BackendOutput { object, clif, asm })
}

/// A module error as text; verifier errors come with the annotated function.
fn describe_module_error(error: ModuleError, func: &cranelift_codegen::ir::Function) -> String {
    match error {
        ModuleError::Compilation(CodegenError::Verifier(errors)) => {
            let text = cranelift_codegen::print_errors::pretty_verifier_error(func, None, errors);
            format!("Cranelift verifier errors:\n{text}")
        }
        other => format!("code generation failed: {other}"),
    }
}

/// Disassembles an object file with `objdump` (Intel syntax, relocations
/// inline).
fn disassemble(object: &[u8]) -> Result<String, String> {
    let dir = link::TempDir::new("asm")?;
    let path = dir.path().join("prog.o");
    std::fs::write(&path, object).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let output = Command::new("objdump")
        .args(["-d", "-r", "--no-show-raw-insn", "-M", "intel"])
        .arg(&path)
        .output()
        .map_err(|e| format!("--emit asm needs objdump (from binutils): {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "objdump failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
