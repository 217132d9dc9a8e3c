//! cranepy's runtime: the object model, builtins and standard modules, and the
//! entry points generated code calls. It is linked as a static library into
//! every executable cranepy builds, together with the compiled program.
//!
//! Layout: `object` (header, payloads, `Obj`), `types/` (one module per kind
//! of object), `ops/` (the generic object protocol), `eval/` (frames, calls
//! into compiled code, the `rt_*` functions, tracebacks, startup),
//! `modules/` (built-in modules), `builtins` (the `builtins` namespace),
//! `fmt/` (number formatting).

pub mod abi;
pub mod builtins;
pub mod errors;
pub mod eval;
pub mod fmt;
pub mod modules;
pub mod object;
pub mod ops;
pub mod types;
