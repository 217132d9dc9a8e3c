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
use std::collections::HashMap;
use std::fmt::Write as _;
use std::process::Command;

/// The bytecode instruction each stretch of a function's machine code was
/// translated from: by the function's symbol, its code object's index and
/// `(start, end, instruction index)` with offsets from the function's start.
type SourceMap = HashMap<String, (usize, Vec<(u32, u32, u32)>)>;

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
    let inline = translate::InlineTable::new(codes, &functions);

    let mut ctx = module.make_context();
    let mut func_ctx = FunctionBuilderContext::new();
    let mut clif = opts.emit_clif.then(String::new);
    let mut source_map = opts.emit_asm.then(SourceMap::new);
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
            (code, &inline),
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
        if let (Some(map), Some(compiled)) = (source_map.as_mut(), ctx.compiled_code()) {
            let ranges = compiled
                .buffer
                .get_srclocs_sorted()
                .iter()
                .filter(|r| !r.loc.is_default())
                .map(|r| (r.start, r.end, r.loc.bits()))
                .collect();
            let decl = module.declarations().get_function_decl(func_id);
            map.insert(decl.linkage_name(func_id).into_owned(), (index, ranges));
        }
        module.clear_context(&mut ctx);
    }

    runtime_fns::define_cold_trampolines(&mut module, &imports.runtime_fns, imports.counters)?;
    object::define_program_data(&mut module, blob, &functions, &push)?;
    let object = module
        .finish()
        .emit()
        .map_err(|e| format!("writing the object file: {e}"))?;
    let asm = match source_map {
        Some(map) => Some(annotate_asm(&disassemble(&object)?, &map, codes)),
        None => None,
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

/// Marks in `objdump`'s listing where the code of each bytecode instruction
/// starts: a `; <index> <OPNAME> <arg>` line before the first machine
/// instruction of each stretch (`map`), so the assembly reads beside the
/// bytecode and the CLIF (whose `@xxxx` locations are the same indexes).
fn annotate_asm(listing: &str, map: &SourceMap, codes: &[CodeObject]) -> String {
    let mut out = String::with_capacity(listing.len() + listing.len() / 4);
    // The current function: its ranges, its start address, its code object.
    let mut current: Option<(&[(u32, u32, u32)], u64, Option<&CodeObject>)> = None;
    let mut last = None;
    for line in listing.lines() {
        if let Some((start, name)) = line
            .strip_suffix(">:")
            .and_then(|l| l.split_once(" <"))
            .and_then(|(addr, name)| Some((u64::from_str_radix(addr, 16).ok()?, name)))
        {
            current = map
                .get(name)
                .map(|(i, ranges)| (ranges.as_slice(), start, codes.get(*i)));
            last = None;
        } else if let Some((ranges, start, code)) = current
            && let Some(addr) = line
                .trim_start()
                .split_once(':')
                .and_then(|(a, _)| u64::from_str_radix(a, 16).ok())
        {
            let offset = addr.saturating_sub(start) as u32;
            let index = ranges
                .iter()
                .find(|r| r.0 <= offset && offset < r.1)
                .map(|r| r.2);
            if index.is_some() && index != last {
                let i = index.unwrap_or_default();
                let instr = code.and_then(|c| c.instrs.get(i as usize));
                match instr {
                    Some(instr) => {
                        let _ = writeln!(out, "                ; {i} {:?} {}", instr.op, instr.arg);
                    }
                    None => {
                        let _ = writeln!(out, "                ; {i}");
                    }
                }
            }
            if index.is_some() {
                last = index;
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
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

#[cfg(test)]
mod tests {
    use super::{SourceMap, annotate_asm};

    /// A marker goes before the first instruction of each stretch, once per
    /// stretch, and only inside functions the map knows.
    #[test]
    fn asm_markers_follow_the_source_map() {
        let listing = "\
0000000000000010 <f>:
      10:\tpush   rbp
      14:\tmov    rax,rdi
      18:\tadd    rax,0x2
      1c:\tret
0000000000000020 <g>:
      20:\tret
";
        let map = SourceMap::from([("f".to_string(), (7, vec![(4, 12, 3), (12, 13, 5)]))]);
        let out = annotate_asm(listing, &map, &[]);
        let markers: Vec<&str> = out
            .lines()
            .filter(|l| l.trim_start().starts_with(';'))
            .collect();
        assert_eq!(markers, ["                ; 3", "                ; 5"]);
        let before = |m: &str, next: &str| out.contains(&format!("{m}\n{next}"));
        assert!(before("; 3", "      14:"));
        assert!(before("; 5", "      1c:"));
    }
}
