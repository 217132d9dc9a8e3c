//! Code generation: AST → instructions, one `Unit` per code object, as
//! CPython's compile.c does. Jumps go to labels; exception handling uses the
//! pseudo-instructions `SETUP_*`/`POP_BLOCK`, which `bytecode::cfg` turns
//! into per-instruction handlers when the unit is finished.
//!
//! Split by concern: `stmt` (statements), `expr` (expressions), `func`
//! (functions, lambdas, classes, comprehensions), `pattern` (`match`).

mod expr;
mod func;
mod pattern;
mod stmt;

pub(crate) use expr::const_of;

use crate::abi;
use crate::bytecode::cfg;
use crate::bytecode::code::{CodeObject, Const, Position};
use crate::bytecode::opcode::Opcode;
use crate::diagnostics::{CResult, Diagnostic, Severity};
use crate::frontend::symtable::{NameScope, ScopeKind, SymbolTable};
use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

/// Names whose use in a function (as a global, builtin or attribute) makes
/// it keep its locals in the frame (`abi::CO_LOCALS_IN_FRAME`): the callables
/// that read the calling frame's variables.
pub(crate) const LOCALS_READERS: &[&str] = &["locals", "vars", "dir", "eval"];

/// Names that let any function read another frame's variables and line
/// (`sys._getframe(1).f_locals`): a program that uses one keeps the locals
/// of every function in its frame.
const FRAME_READERS: &[&str] = &["_getframe", "f_back"];

/// Whole-program part of `LOCALS_READERS`: when any code object names a
/// `FRAME_READERS` entry, every code object gets `CO_LOCALS_IN_FRAME`
/// (module code and class bodies then record their lines too).
pub fn mark_frames_introspected(codes: &mut [CodeObject]) {
    let used = codes
        .iter()
        .any(|c| c.names.iter().any(|n| FRAME_READERS.contains(&n.as_str())));
    if used {
        for c in codes.iter_mut() {
            c.flags |= abi::CO_LOCALS_IN_FRAME;
        }
    }
}

/// A jump target inside the current unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// An instruction whose jump target is still a label.
#[derive(Clone, Copy, Debug)]
pub struct PInstr {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<Label>,
    pub pos: Position,
}

/// What `break`/`continue`/`return` must unwind through (CPython's fblocks).
#[derive(Clone, Debug)]
pub(crate) enum FBlock {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    TryExcept,
    /// The `try` body of a try/finally: unwinding runs the final body.
    FinallyTry {
        body: Vec<ast::Stmt>,
    },
    /// Inside a `finally` body run for an exception: [prev_exc, exc] on the stack.
    FinallyEnd,
    With,
    AsyncWith,
    /// Inside an `except` block: [prev_exc] on the stack; `name` is cleared.
    HandlerCleanup {
        name: Option<String>,
    },
}

/// The code object under construction.
pub(crate) struct Unit {
    pub scope: usize,
    pub instrs: Vec<PInstr>,
    pub labels: Vec<Option<u32>>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub localsplus: Vec<(String, u8)>,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub fblocks: Vec<FBlock>,
    /// Position attached to emitted instructions.
    pub pos: Position,
}

/// Compiles modules into code objects appended to `codes`.
pub struct Compiler<'a> {
    pub(crate) file: &'a str,
    pub(crate) source: &'a str,
    pub(crate) table: &'a SymbolTable,
    pub(crate) codes: &'a mut Vec<CodeObject>,
    pub(crate) units: Vec<Unit>,
    line_starts: Vec<usize>,
    pub(crate) module_index: u32,
    /// Qualified-name prefix stack (function and class names).
    pub(crate) qual_stack: Vec<(String, bool)>,
    /// Warnings (unresolved imports) collected for the driver.
    pub warnings: Vec<Diagnostic>,
}

impl<'a> Compiler<'a> {
    pub fn new(
        file: &'a str,
        source: &'a str,
        table: &'a SymbolTable,
        codes: &'a mut Vec<CodeObject>,
        module_index: u32,
    ) -> Compiler<'a> {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Compiler {
            file,
            source,
            table,
            codes,
            units: Vec::new(),
            line_starts,
            module_index,
            qual_stack: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Compiles a module body; returns the index of its code object.
    pub fn compile_module(&mut self, module: &ast::ModModule) -> CResult<u32> {
        self.enter_unit(0, "<module>", "<module>", 1);
        let body = &module.body;
        let (doc, rest) = split_docstring(body);
        // Module docstring: CPython stores it as __doc__ (and co_consts[0]).
        if let Some(d) = doc {
            self.set_pos(body[0].range());
            self.load_const(Const::Str(d));
            self.emit_name_op_store("__doc__");
        } else {
            self.add_const(Const::None);
        }
        if has_annotations(rest) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        for s in rest {
            self.stmt(s)?;
        }
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        self.finish_unit()
    }

    // --- units --------------------------------------------------------------

    /// CPython's `ste_nested`: the scope sits inside a function-like scope,
    /// directly or through classes (a method of a module-level class is not
    /// nested; a method of a class defined in a function is).
    fn scope_is_nested(&self, scope: usize) -> bool {
        let mut cur = self.table.scopes[scope].parent;
        while let Some(p) = cur {
            let ps = &self.table.scopes[p];
            match ps.kind {
                ScopeKind::Module => return false,
                ScopeKind::Class => cur = ps.parent,
                _ => return true,
            }
        }
        false
    }

    pub(crate) fn enter_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        firstlineno: u32,
    ) {
        let s = &self.table.scopes[scope];
        let localsplus = crate::frontend::symtable::localsplus(s);
        let mut flags = 0;
        if s.is_function_like() {
            flags |= abi::CO_OPTIMIZED | abi::CO_NEWLOCALS;
            if self.scope_is_nested(scope) {
                flags |= abi::CO_NESTED;
            }
            match (s.is_generator, s.is_coroutine) {
                (true, true) => flags |= abi::CO_ASYNC_GENERATOR,
                (true, false) => flags |= abi::CO_GENERATOR,
                (false, true) => flags |= abi::CO_COROUTINE,
                _ => {}
            }
        }
        if self.table.future_annotations {
            flags |= abi::CO_FUTURE_ANNOTATIONS;
        }
        // CPython 3.11 no longer sets CO_NOFREE, so neither do we.
        self.units.push(Unit {
            scope,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            localsplus,
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            fblocks: Vec::new(),
            pos: Position {
                line: firstlineno,
                end_line: firstlineno,
                col: 0,
                end_col: 0,
            },
        });
    }

    /// Finishes the current unit into a code object; returns its index.
    pub(crate) fn finish_unit(&mut self) -> CResult<u32> {
        let unit = self.units.pop().expect("finish_unit without a unit");
        let mut code = cfg::finish(unit, self.file, self.module_index).map_err(|m| {
            Diagnostic::plain(format!("internal compiler error in {}: {m}", self.file))
        })?;
        if code.flags & abi::CO_OPTIMIZED != 0
            && code
                .names
                .iter()
                .any(|n| LOCALS_READERS.contains(&n.as_str()))
        {
            code.flags |= abi::CO_LOCALS_IN_FRAME;
        }
        self.codes.push(code);
        Ok((self.codes.len() - 1) as u32)
    }

    pub(crate) fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("no current unit")
    }

    pub(crate) fn unit_ref(&self) -> &Unit {
        self.units.last().expect("no current unit")
    }

    pub(crate) fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    // --- positions and diagnostics ------------------------------------------

    pub(crate) fn position(&self, range: TextRange) -> Position {
        let (l1, c1) = self.line_col(range.start().to_usize());
        let (l2, c2) = self.line_col(range.end().to_usize());
        Position {
            line: l1,
            end_line: l2,
            col: c1,
            end_col: c2,
        }
    }

    fn line_col(&self, off: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        ((line + 1) as u32, (off - self.line_starts[line]) as u32)
    }

    pub(crate) fn set_pos(&mut self, range: TextRange) {
        let p = self.position(range);
        self.unit().pos = p;
    }

    pub(crate) fn line_of(&self, range: TextRange) -> u32 {
        self.line_col(range.start().to_usize()).0
    }

    pub(crate) fn error(&self, range: TextRange, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::at(
            Severity::Error,
            self.file,
            self.source,
            range.start().to_usize(),
            range.end().to_usize(),
            msg,
        )
    }

    pub(crate) fn unsupported(&self, range: TextRange, what: &str) -> Diagnostic {
        self.error(
            range,
            format!("unsupported: {what} is not supported by cranepy yet"),
        )
    }

    // --- emitting -------------------------------------------------------------

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        let pos = self.unit_ref().pos;
        self.unit().instrs.push(PInstr {
            op,
            arg,
            target: None,
            pos,
        });
    }

    pub(crate) fn emit_jump(&mut self, op: Opcode, target: Label) {
        let pos = self.unit_ref().pos;
        self.unit().instrs.push(PInstr {
            op,
            arg: 0,
            target: Some(target),
            pos,
        });
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label((u.labels.len() - 1) as u32)
    }

    /// Places a label at the next instruction.
    pub(crate) fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        // Constants are deduplicated by value and kind (1 and 1.0 and True stay distinct).
        if let Some(i) = u.consts.iter().position(|x| const_identical(x, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|x| x == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        (u.names.len() - 1) as u32
    }

    pub(crate) fn local_index(&self, name: &str, cell: bool) -> Option<u32> {
        let u = self.unit_ref();
        u.localsplus
            .iter()
            .position(|(n, k)| {
                n == name
                    && if cell {
                        k & (abi::CO_FAST_CELL | abi::CO_FAST_FREE) != 0
                    } else {
                        k & abi::CO_FAST_LOCAL != 0
                    }
            })
            .map(|i| i as u32)
    }

    // --- names ---------------------------------------------------------------

    /// Mangles private names (`__x` in a class body becomes `_Class__x`).
    pub(crate) fn mangle(&self, name: &str) -> String {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        for (q, is_class) in self.qual_stack.iter().rev() {
            if *is_class {
                let cls = q.trim_start_matches('_');
                if cls.is_empty() {
                    return name.to_string();
                }
                return format!("_{cls}{name}");
            }
        }
        name.to_string()
    }

    fn name_scope(&self, name: &str) -> NameScope {
        let scope = &self.table.scopes[self.unit_ref().scope];
        scope.lookup(name)
    }

    /// Does a store to the (mangled) `name` compile to `STORE_FAST`?
    pub(crate) fn is_fast_local(&self, name: &str) -> bool {
        let kind = self.scope_kind();
        kind != ScopeKind::Module
            && kind != ScopeKind::Class
            && matches!(self.name_scope(name), NameScope::Local)
    }

    pub(crate) fn emit_name_op_load(&mut self, name: &str) {
        let name = self.mangle(name);
        let kind = self.scope_kind();
        let sc = self.name_scope(&name);
        match sc {
            NameScope::Free | NameScope::Cell => {
                let i = self.local_index(&name, true).unwrap_or(0);
                if kind == ScopeKind::Class {
                    self.add_name(&name);
                    self.emit(Opcode::LOAD_CLASSDEREF, i);
                } else {
                    self.emit(Opcode::LOAD_DEREF, i);
                }
            }
            NameScope::Local if kind != ScopeKind::Module && kind != ScopeKind::Class => {
                let i = self.local_index(&name, false).unwrap_or(0);
                self.emit(Opcode::LOAD_FAST, i);
            }
            NameScope::GlobalExplicit => {
                let i = self.add_name(&name);
                self.emit(Opcode::LOAD_GLOBAL, i << 1);
            }
            NameScope::GlobalImplicit if kind != ScopeKind::Module && kind != ScopeKind::Class => {
                let i = self.add_name(&name);
                self.emit(Opcode::LOAD_GLOBAL, i << 1);
            }
            _ => {
                let i = self.add_name(&name);
                self.emit(Opcode::LOAD_NAME, i);
            }
        }
    }

    /// Loads a global-or-builtin for a call, pushing NULL first when possible.
    pub(crate) fn emit_load_callable_name(&mut self, name: &str) {
        let mangled = self.mangle(name);
        let kind = self.scope_kind();
        let sc = self.name_scope(&mangled);
        let global = matches!(sc, NameScope::GlobalExplicit)
            || (matches!(sc, NameScope::GlobalImplicit)
                && kind != ScopeKind::Module
                && kind != ScopeKind::Class);
        if global {
            let i = self.add_name(&mangled);
            self.emit(Opcode::LOAD_GLOBAL, (i << 1) | 1);
        } else {
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit_name_op_load(name);
        }
    }

    pub(crate) fn emit_name_op_store(&mut self, name: &str) {
        self.emit_name_op(
            name,
            Opcode::STORE_FAST,
            Opcode::STORE_DEREF,
            Opcode::STORE_GLOBAL,
            Opcode::STORE_NAME,
        );
    }

    pub(crate) fn emit_name_op_delete(&mut self, name: &str) {
        self.emit_name_op(
            name,
            Opcode::DELETE_FAST,
            Opcode::DELETE_DEREF,
            Opcode::DELETE_GLOBAL,
            Opcode::DELETE_NAME,
        );
    }

    fn emit_name_op(
        &mut self,
        name: &str,
        fast: Opcode,
        deref: Opcode,
        global: Opcode,
        by_name: Opcode,
    ) {
        let name = self.mangle(name);
        let kind = self.scope_kind();
        match self.name_scope(&name) {
            NameScope::Free | NameScope::Cell => {
                let i = self.local_index(&name, true).unwrap_or(0);
                self.emit(deref, i);
            }
            NameScope::Local if kind != ScopeKind::Module && kind != ScopeKind::Class => {
                let i = self.local_index(&name, false).unwrap_or(0);
                self.emit(fast, i);
            }
            NameScope::GlobalExplicit => {
                let i = self.add_name(&name);
                self.emit(global, i);
            }
            NameScope::GlobalImplicit if kind != ScopeKind::Module && kind != ScopeKind::Class => {
                let i = self.add_name(&name);
                self.emit(global, i);
            }
            _ => {
                let i = self.add_name(&name);
                self.emit(by_name, i);
            }
        }
    }
}

/// Constants compare by kind and value (so `1`, `1.0` and `True` differ,
/// and `0.0` differs from `-0.0`).
fn const_identical(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(a1, a2), Const::Complex(b1, b2)) => {
            a1.to_bits() == b1.to_bits() && a2.to_bits() == b2.to_bits()
        }
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_identical(p, q))
        }
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

/// Splits a leading docstring off a body.
pub(crate) fn split_docstring(body: &[ast::Stmt]) -> (Option<String>, &[ast::Stmt]) {
    if let Some(ast::Stmt::Expr(e)) = body.first()
        && let ast::Expr::StringLiteral(s) = &*e.value
    {
        // CPython 3.11 keeps docstrings exactly as written (no cleandoc).
        return (Some(s.value.to_str().to_string()), &body[1..]);
    }
    (None, body)
}

/// Whether a module or class body contains annotated assignments at its top level.
pub(crate) fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        ast::Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        ast::Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        ast::Stmt::With(w) => has_annotations(&w.body),
        ast::Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
