//! The back end: Cranelift translation of code objects into native
//! functions, the object file, and linking with the embedded runtime.
//!
//! Not landed yet: this placeholder keeps the pipeline's interface and
//! reports a clear error instead of producing an executable. The front end
//! (`cranepy dis`) is complete without it.

use crate::bytecode::code::CodeObject;

pub struct BackendOptions {
    pub emit_clif: bool,
    pub emit_asm: bool,
}

pub struct BackendOutput {
    pub object: Vec<u8>,
    pub clif: Option<String>,
    pub asm: Option<String>,
}

const NOT_YET: &str = "native code generation is not available in this build of cranepy yet \
                       (the Cranelift back end has not landed); `cranepy dis` works";

pub fn compile_program(
    codes: &[CodeObject],
    blob: &[u8],
    opts: &BackendOptions,
) -> Result<BackendOutput, String> {
    let _ = (codes, blob, opts.emit_clif, opts.emit_asm);
    Err(NOT_YET.to_string())
}

pub mod link {
    /// Links an object file with the runtime into an executable.
    pub fn link_executable(object: &[u8], out: &std::path::Path, static_link: bool) -> Result<(), String> {
        let _ = (object, out, static_link);
        Err(super::NOT_YET.to_string())
    }
}
