//! Code objects as the runtime sees them: CPython's `co_*` metadata,
//! positions for tracebacks, and the native entry of the compiled body.

use crate::abi::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};
use crate::errors::PyResult;
use crate::object::{Obj, Payload};

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
    /// Plain positional parameters only (no `*args`, `**kwargs` or
    /// keyword-only ones), no cell or free variables, not a generator: a
    /// call with exactly `argcount` positional arguments needs no binding.
    pub simple_positional: bool,
    /// The same parameter shape for a generator, coroutine or async
    /// generator: a call with exactly `argcount` positional arguments
    /// stores them and creates the generator object without binding.
    pub simple_generator: bool,
    /// The parameter shape of those two for a closure: free variables
    /// (the last `localsplus` slots, as many as the function's closure
    /// has cells) but no cell variables. A call with exactly `argcount`
    /// positional arguments stores them and the closure's cells.
    pub simple_closure: bool,
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
    /// A generator expression's push variant: its body as a plain function
    /// that hands each item to a consumer (`types::generator::run_pushed`).
    pub push_native: Option<NativeFn>,
    /// The `dis` listing produced at compile time (for `dis.dis`).
    pub dis: Option<Box<str>>,
}

/// The code data of a code object.
#[inline]
pub fn code_data(code: &Obj) -> &CodeData {
    match code.payload() {
        Payload::Code(d) => d,
        _ => not_code(),
    }
}

/// Kept out of line so that `code_data` inlines into hot paths.
#[cold]
#[inline(never)]
fn not_code() -> ! {
    panic!("code_data on a non-code object")
}

/// The code data when `v` is a code object.
pub fn as_code(v: &Obj) -> Option<&CodeData> {
    match v.payload() {
        Payload::Code(d) => Some(d),
        _ => None,
    }
}

impl CodeData {
    /// Number of `localsplus` slots (locals, cells, free variables).
    #[inline]
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_kinds.len()
    }

    /// Is this the code of a generator, coroutine or async generator?
    #[inline]
    pub fn is_generator_like(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }

    /// Number of frame slots a frame running this code needs: generator-like
    /// code spills its operand stack into the frame across suspensions.
    #[inline]
    pub fn frame_slots(&self) -> usize {
        if self.is_generator_like() {
            self.nlocalsplus() + self.stacksize as usize
        } else {
            self.nlocalsplus()
        }
    }

    /// Total number of argument slots (positional, keyword-only, `*args`, `**kwargs`).
    pub fn total_arg_slots(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & crate::abi::CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & crate::abi::CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// The source position of instruction `index`, if known.
    pub fn position(&self, index: u32) -> Option<Position> {
        self.positions.get(index as usize).copied()
    }

    /// The line of instruction `index` (falls back to `co_firstlineno`).
    pub fn line_of(&self, index: u32) -> u32 {
        match self.position(index) {
            Some(p) if p.line != 0 => p.line,
            _ => self.firstlineno,
        }
    }
}

fn code_arg(args: &[Obj]) -> PyResult<&CodeData> {
    match args.first().and_then(as_code) {
        Some(c) => Ok(c),
        None => crate::errors::type_error("descriptor requires a 'code' object"),
    }
}

fn int_of(v: u32) -> Obj {
    super::int::new_int(v as i64)
}

fn code_repr(args: &[Obj]) -> PyResult<Obj> {
    let c = code_arg(args)?;
    let name = super::str::as_str(&c.name).unwrap_or("?");
    let file = super::str::as_str(&c.filename).unwrap_or("?");
    Ok(super::str::new_string(format!(
        "<code object {name} at {:#x}, file \"{file}\", line {}>",
        args[0].word(),
        c.firstlineno
    )))
}

fn co_lines_list(c: &CodeData) -> Obj {
    // (start, end, line) triples over instruction byte offsets (2 bytes each).
    let mut out: Vec<Obj> = Vec::new();
    let mut start = 0usize;
    let n = c.positions.len();
    let mut i = 0;
    while i < n {
        let line = c.positions[i].line;
        let mut j = i + 1;
        while j < n && c.positions[j].line == line {
            j += 1;
        }
        let line_obj = if line == 0 {
            super::builtin().none.clone()
        } else {
            int_of(line)
        };
        let end = j * 2;
        out.push(super::tuple::new_tuple(vec![
            super::int::new_int(start as i64),
            super::int::new_int(end as i64),
            line_obj,
        ]));
        start = end;
        i = j;
    }
    super::list::new_list(out)
}

fn co_positions_list(c: &CodeData) -> Obj {
    let none = || super::builtin().none.clone();
    let opt = |v: u32, known: bool| if known { int_of(v) } else { none() };
    let out = c
        .positions
        .iter()
        .map(|p| {
            let cols = p.end_col != 0;
            super::tuple::new_tuple(vec![
                opt(p.line, p.line != 0),
                opt(p.end_line, p.end_line != 0),
                opt(p.col, cols),
                opt(p.end_col, cols),
            ])
        })
        .collect();
    super::list::new_list(out)
}

/// Registers the attributes and methods of code objects.
pub fn init_methods(b: &super::Builtins) {
    use crate::eval::util::add_getters;
    super::typeobj::add_methods(
        &b.code,
        &[
            ("__repr__", code_repr),
            ("co_lines", |a| {
                let l = co_lines_list(code_arg(a)?);
                crate::ops::get_iter(&l)
            }),
            ("co_positions", |a| {
                let l = co_positions_list(code_arg(a)?);
                crate::ops::get_iter(&l)
            }),
        ],
    );
    add_getters(
        &b.code,
        &[
            ("co_name", |a| Ok(code_arg(a)?.name.clone())),
            ("co_qualname", |a| Ok(code_arg(a)?.qualname.clone())),
            ("co_filename", |a| Ok(code_arg(a)?.filename.clone())),
            ("co_firstlineno", |a| Ok(int_of(code_arg(a)?.firstlineno))),
            ("co_argcount", |a| Ok(int_of(code_arg(a)?.argcount))),
            ("co_posonlyargcount", |a| {
                Ok(int_of(code_arg(a)?.posonlyargcount))
            }),
            ("co_kwonlyargcount", |a| {
                Ok(int_of(code_arg(a)?.kwonlyargcount))
            }),
            ("co_flags", |a| {
                Ok(int_of(code_arg(a)?.flags & !crate::abi::CO_LOCALS_IN_FRAME))
            }),
            ("co_stacksize", |a| Ok(int_of(code_arg(a)?.stacksize))),
            ("co_nlocals", |a| {
                let c = code_arg(a)?;
                let n = super::tuple::as_slice(&c.varnames).map_or(0, |s| s.len());
                Ok(super::int::new_int(n as i64))
            }),
            ("co_varnames", |a| Ok(code_arg(a)?.varnames.clone())),
            ("co_cellvars", |a| Ok(code_arg(a)?.cellvars.clone())),
            ("co_freevars", |a| Ok(code_arg(a)?.freevars.clone())),
            ("co_names", |a| Ok(code_arg(a)?.names.clone())),
            ("co_consts", |a| Ok(code_arg(a)?.consts.clone())),
            ("co_code", |a| Ok(code_arg(a)?.code_bytes.clone())),
            ("_co_code_adaptive", |a| Ok(code_arg(a)?.code_bytes.clone())),
            ("co_linetable", |_| Ok(super::bytes::new_bytes(Vec::new()))),
            ("co_exceptiontable", |_| {
                Ok(super::bytes::new_bytes(Vec::new()))
            }),
        ],
    );
}
