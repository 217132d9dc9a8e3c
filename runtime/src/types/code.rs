//! Code objects as the runtime sees them: CPython's `co_*` metadata,
//! positions for tracebacks, and the native entry of the compiled body.

use crate::object::Obj;

/// The native function compiled for a code object: it runs (or resumes) the
/// body over `frame` and returns the result, or 0 with an exception pending.
pub type NativeFn = unsafe extern "C" fn(frame: *mut crate::eval::frame::Frame) -> u64;

/// Source positions of one instruction: (line, end_line, col, end_col), 0 = unknown.
#[derive(Clone, Copy, Default, Debug)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// The payload of code objects.
pub struct CodeData {
    pub name: Obj,
    pub qualname: Obj,
    pub filename: Obj,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    /// `co_varnames`, `co_cellvars`, `co_freevars` (tuples of str).
    pub varnames: Obj,
    pub cellvars: Obj,
    pub freevars: Obj,
    /// Names of all `localsplus` slots with their `CO_FAST_*` kinds.
    pub localsplus_names: Vec<Obj>,
    pub localsplus_kinds: Vec<u8>,
    /// For each cell variable that is also an argument: its argument index.
    pub cell2arg: Vec<Option<u32>>,
    pub names: Obj,
    pub consts: Obj,
    /// `co_consts` / `co_names` as raw words for generated code.
    pub const_words: Box<[u64]>,
    pub name_words: Box<[u64]>,
    pub code_bytes: Obj,
    pub positions: Box<[Position]>,
    /// Index of the module this code belongs to (for source lines).
    pub module_index: u32,
    pub native: NativeFn,
    /// The `dis` listing produced at compile time (for `dis.dis`).
    pub dis: Option<Box<str>>,
}
