//! cranepy: an ahead-of-time compiler from Python 3.11 to native executables.
//!
//! Pipeline: `frontend` (parse with ruff, symbol table, code generation to
//! code objects) → `bytecode` (control-flow passes, `dis` listings,
//! serialization of code objects into the executable) → `backend` (Cranelift
//! translation of each code object to a native function, object file,
//! linking with the embedded runtime). `driver` runs the stages.
#![forbid(unsafe_code)]

#[path = "../../runtime/src/abi.rs"]
pub mod abi;
pub mod backend;
pub mod bytecode;
pub mod diagnostics;
pub mod driver;
pub mod frontend;
pub mod stdlib;
