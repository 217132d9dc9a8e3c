//! The compiler's code object: instructions plus CPython's `co_*` metadata,
//! per-instruction source positions and exception handlers, and the
//! constants table. Produced by `frontend::codegen`, finished by `cfg`,
//! printed by `dis`, serialized by `serialize` and translated by `backend`.

use super::opcode::Opcode;
use num_bigint::BigInt;

/// A source span of one instruction (CPython's `co_positions`): 1-based
/// lines, 0-based UTF-8 byte columns; 0 lines mean "no position".
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One instruction. For jumps, `arg` is the target instruction index.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
    pub pos: Position,
}

/// Where control goes when an instruction raises: the handler's instruction
/// index and the stack depth to unwind to before pushing the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub target: u32,
    pub depth: u32,
}

/// A constant in `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    /// A nested code object, by index into the program's code list.
    Code(u32),
}

/// `localsplus` slot kinds (CPython's `CO_FAST_*`).
pub use crate::abi::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL};

/// A finished code object.
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Maximum operand stack depth.
    pub stacksize: u32,
    /// `localsplus` names and kinds: locals (arguments first), then cells
    /// that are not arguments, then free variables.
    pub localsplus: Vec<(String, u8)>,
    pub names: Vec<String>,
    pub consts: Vec<Const>,
    pub instrs: Vec<Instr>,
    /// Operand stack depth before each instruction (None: unreachable).
    pub depths: Vec<Option<u32>>,
    /// Exception handler of each instruction.
    pub handlers: Vec<Option<Handler>>,
    /// Index of the module this code belongs to.
    pub module_index: u32,
}

impl CodeObject {
    /// Whether this is a generator expression's body, which also gets a
    /// push variant (`backend::translate::generators`).
    pub fn is_generator_expression(&self) -> bool {
        self.name == "<genexpr>" && self.flags & crate::abi::CO_GENERATOR != 0
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags
            & (crate::abi::CO_GENERATOR | crate::abi::CO_COROUTINE | crate::abi::CO_ASYNC_GENERATOR)
            != 0
    }

    /// `co_varnames`: the names of plain local slots.
    pub fn varnames(&self) -> impl Iterator<Item = &str> {
        self.localsplus
            .iter()
            .filter(|(_, k)| k & CO_FAST_LOCAL != 0)
            .map(|(n, _)| n.as_str())
    }

    /// `co_code`: two bytes per instruction (opcode, low byte of the argument;
    /// larger arguments are shown in `dis` but truncated here).
    pub fn co_code(&self) -> Vec<u8> {
        self.instrs
            .iter()
            .flat_map(|i| [i.op as u8, (i.arg & 0xff) as u8])
            .collect()
    }
}
