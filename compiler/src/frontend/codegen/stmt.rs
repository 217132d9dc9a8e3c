//! Statements: assignment, control flow, exception handling (`try`,
//! `with`, `raise`), imports, and the unwinding of `break`/`continue`/
//! `return` through enclosing blocks (CPython's `compiler_unwind_fblock`).

use super::{Compiler, FBlock, Label};
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Opcode;
use crate::diagnostics::CResult;
use crate::frontend::symtable::ScopeKind;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

impl Compiler<'_> {
    pub(crate) fn body(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.set_pos(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                } else {
                    self.load_const(Const::None);
                }
                self.set_pos(s.range());
                self.unwind_all(true)?;
                self.emit(Opcode::RETURN_VALUE, 0);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a)
                if a.targets.len() == 1 && self.swap_assign(&a.targets[0], &a.value)? =>
            {
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(s.range());
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.set_pos(s.range());
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(Opcode::PUSH_NULL, 0);
                    self.emit(Opcode::SWAP, 2);
                    self.expr(m)?;
                    self.set_pos(s.range());
                    self.emit(Opcode::CALL, 1);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.set_pos(a.range);
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let ni = self.add_name(a.name.as_str());
                    self.emit(Opcode::IMPORT_NAME, ni);
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the innermost module.
                            for part in a.name.split('.').skip(1) {
                                let pi = self.add_name(part);
                                self.emit(Opcode::IMPORT_FROM, pi);
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                            self.emit_name_op_store(asname.as_str());
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or_default().to_string();
                            self.emit_name_op_store(&top);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Const::Int(i.level as i64));
                let names: Vec<Const> = i
                    .names
                    .iter()
                    .map(|a| Const::Str(a.name.to_string()))
                    .collect();
                self.load_const(Const::Tuple(names));
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let mi = self.add_name(&module);
                self.emit(Opcode::IMPORT_NAME, mi);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Opcode::IMPORT_STAR, 0);
                    return Ok(());
                }
                for a in &i.names {
                    self.set_pos(a.range);
                    let ni = self.add_name(a.name.as_str());
                    self.emit(Opcode::IMPORT_FROM, ni);
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.emit_name_op_store(&bound);
                }
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(true, b.range),
            Stmt::Continue(c) => self.break_continue(false, c.range),
            Stmt::TypeAlias(t) => Err(self.unsupported(t.range, "'type' statement (Python 3.12)")),
            Stmt::IpyEscapeCommand(c) => Err(self.error(c.range, "SyntaxError: invalid syntax")),
        }
    }

    // --- assignment -------------------------------------------------------------

    pub(crate) fn store_target(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.emit_name_op_store(n.id.as_str());
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Opcode::STORE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Opcode::STORE_SUBSCR, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t)
            }
            Expr::Starred(s) => Err(self.error(
                s.range,
                "SyntaxError: starred assignment target must be in a list or tuple",
            )),
            _ => Err(self.error(t.range(), "SyntaxError: cannot assign to expression")),
        }
    }

    /// `a, b = b, a`: CPython's peephole pass turns `BUILD_TUPLE n;
    /// UNPACK_SEQUENCE n` (n ≤ 3) into `SWAP n`, then drops the swap by
    /// reordering the stores when they all go to distinct fast locals. No
    /// tuple is built. Returns false (nothing emitted) for other shapes.
    fn swap_assign(&mut self, target: &Expr, value: &Expr) -> CResult<bool> {
        let (Expr::Tuple(ast::ExprTuple { elts: targets, .. })
        | Expr::List(ast::ExprList { elts: targets, .. })) = target
        else {
            return Ok(false);
        };
        let Expr::Tuple(ast::ExprTuple { elts: values, .. }) = value else {
            return Ok(false);
        };
        let n = values.len();
        let starred = |e: &Expr| matches!(e, Expr::Starred(_));
        if !(1..=3).contains(&n)
            || targets.len() != n
            || targets.iter().chain(values).any(starred)
            // A constant tuple is loaded whole (CPython folds it first).
            || super::expr::const_of(value).is_some()
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        self.set_pos(target.range());
        let fast: Option<Vec<String>> = targets
            .iter()
            .map(|t| match t {
                Expr::Name(nm) => {
                    let name = self.mangle(nm.id.as_str());
                    self.is_fast_local(&name).then_some(name)
                }
                _ => None,
            })
            .collect();
        let distinct = fast
            .as_ref()
            .is_some_and(|f| (1..f.len()).all(|i| !f[..i].contains(&f[i])));
        if distinct {
            for t in targets.iter().rev() {
                self.store_target(t)?;
            }
            return Ok(true);
        }
        if n > 1 {
            self.emit(Opcode::SWAP, n as u32);
        }
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    fn unpack_into(&mut self, elts: &[Expr], whole: &Expr) -> CResult<()> {
        self.set_pos(whole.range());
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            Some(si) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(self.error(
                        whole.range(),
                        "SyntaxError: multiple starred expressions in assignment",
                    ));
                }
                let after = elts.len() - si - 1;
                self.emit(Opcode::UNPACK_EX, (si as u32) | ((after as u32) << 8));
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult<()> {
        self.set_pos(t.range());
        match t {
            Expr::Name(n) => {
                self.emit_name_op_delete(n.id.as_str());
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Opcode::DELETE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Opcode::DELETE_SUBSCR, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            _ => Err(self.error(t.range(), "SyntaxError: cannot delete expression")),
        }
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = super::expr::binop_arg(a.op) + crate::abi::NB_INPLACE_OFFSET as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.emit_name_op_load(n.id.as_str());
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit_name_op_store(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let i = self.add_name(&self.mangle(at.attr.as_str()));
                self.set_pos(at.range);
                self.emit(Opcode::LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.set_pos(s.range);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            _ => {
                return Err(self.error(
                    a.target.range(),
                    "SyntaxError: 'expression' is an illegal expression for augmented assignment",
                ));
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        // Annotations of simple names in module and class bodies are recorded.
        if let Expr::Name(n) = &*a.target
            && a.simple
            && matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class)
        {
            self.annotation(&a.annotation)?;
            let ann = self.add_name("__annotations__");
            self.emit(Opcode::LOAD_NAME, ann);
            self.load_const(Const::Str(self.mangle(n.id.as_str())));
            self.emit(Opcode::STORE_SUBSCR, 0);
        }
        Ok(())
    }

    // --- control flow -----------------------------------------------------------------

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.body(&i.body)?;
        for c in &i.elif_else_clauses {
            self.emit_jump(Opcode::JUMP, end);
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &c.test {
                self.set_pos(c.range());
                self.jump_if(t, false, next)?;
            }
            self.body(&c.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::WhileLoop { start, end });
        self.body(&w.body)?;
        self.unit().fblocks.pop();
        self.set_pos(w.test.range());
        self.emit_jump(Opcode::JUMP, start);
        self.bind(orelse);
        self.body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_pos(f.iter.range());
        self.emit(Opcode::GET_ITER, 0);
        self.bind(start);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { start, end });
        self.body(&f.body)?;
        self.unit().fblocks.pop();
        self.set_pos(f.iter.range());
        self.emit_jump(Opcode::JUMP, start);
        self.bind(cleanup);
        self.body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for` (CPython 3.11): GET_AITER, then each step awaits
    /// `__anext__()` under a handler whose END_ASYNC_FOR ends the loop on
    /// StopAsyncIteration.
    fn async_for_stmt(&mut self, f: &ast::StmtFor) -> CResult<()> {
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_pos(f.iter.range());
        self.emit(Opcode::GET_AITER, 0);
        self.bind(start);
        self.emit_jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Const::None);
        self.yield_from_loop();
        self.emit(Opcode::POP_BLOCK, 0);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { start, end });
        self.body(&f.body)?;
        self.unit().fblocks.pop();
        self.set_pos(f.iter.range());
        self.emit_jump(Opcode::JUMP, start);
        self.bind(except);
        self.set_pos(f.iter.range());
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Awaits the value on top of the stack (GET_AWAITABLE + SEND loop).
    pub(crate) fn await_top(&mut self, where_: u32) {
        self.emit(Opcode::GET_AWAITABLE, where_);
        self.load_const(Const::None);
        self.yield_from_loop();
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CResult<()> {
        // Find the innermost loop, unwinding the blocks inside it.
        let n = self.unit_ref().fblocks.len();
        let Some(li) = (0..n).rev().find(|&i| {
            matches!(
                self.unit_ref().fblocks[i],
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }
            )
        }) else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(range, format!("SyntaxError: {what}")));
        };
        let saved = self.unit_ref().fblocks.clone();
        for i in (li + 1..n).rev() {
            let fb = self.unit_ref().fblocks[i].clone();
            self.unit().fblocks.truncate(i);
            self.unwind_fblock(&fb, false)?;
        }
        let (start, end, is_for) = match &saved[li] {
            FBlock::WhileLoop { start, end } => (*start, *end, false),
            FBlock::ForLoop { start, end } => (*start, *end, true),
            _ => unreachable!("found a loop block"),
        };
        self.set_pos(range);
        if is_break {
            if is_for {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.emit_jump(Opcode::JUMP, end);
        } else {
            self.emit_jump(Opcode::JUMP, start);
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    /// Unwinds every block for `return` (the value is on top of the stack).
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult<()> {
        let saved = self.unit_ref().fblocks.clone();
        while let Some(fb) = self.unit().fblocks.pop() {
            self.unwind_fblock(&fb, preserve_tos)?;
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    /// Emits what leaving `fb` early requires (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, fb: &FBlock, preserve_tos: bool) -> CResult<()> {
        match fb {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::TryExcept => self.emit(Opcode::POP_BLOCK, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Opcode::POP_BLOCK, 0);
                let body = body.clone();
                self.body(&body)?;
            }
            FBlock::FinallyEnd => {
                // [prev_exc, exc] (+ value) : drop exc, restore prev.
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlock::With | FBlock::AsyncWith => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::CALL_EXIT, 0);
                if matches!(fb, FBlock::AsyncWith) {
                    self.await_top(2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Opcode::POP_BLOCK, 0);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.emit_name_op_store(n);
                    self.emit_name_op_delete(n);
                }
            }
        }
        Ok(())
    }

    // --- exception handling -------------------------------------------------------

    fn try_except(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Opcode::SETUP_FINALLY, handler);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::POP_BLOCK, 0);
        self.body(&t.orelse)?;
        self.emit_jump(Opcode::JUMP, end);

        // Handler entry: [exc]
        self.bind(handler);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.set_pos(h.range);
                    self.emit(Opcode::CHECK_EXC_MATCH, 0);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return Err(
                            self.error(h.range, "SyntaxError: default 'except:' must be last")
                        );
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.to_string();
                    self.emit_name_op_store(&name);
                    let cleanup_name = self.new_label();
                    self.emit_jump(Opcode::SETUP_CLEANUP, cleanup_name);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.clone()),
                    });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.load_const(Const::None);
                    self.emit_name_op_store(&name);
                    self.emit_name_op_delete(&name);
                    self.emit_jump(Opcode::JUMP, end);
                    // An exception inside the handler: clear the name, re-raise.
                    self.bind(cleanup_name);
                    self.load_const(Const::None);
                    self.emit_name_op_store(&name);
                    self.emit_name_op_delete(&name);
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.unit()
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: None });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.emit_jump(Opcode::JUMP, end);
                }
            }
            self.bind(next);
        }
        // No handler matched: re-raise with [prev, exc] on the stack.
        self.emit(Opcode::RERAISE, 0);
        self.emit_cleanup_block(cleanup);
        self.bind(end);
        Ok(())
    }

    /// The cleanup handler shared by `except`/`finally`/`with` blocks:
    /// [prev_exc, exc] → restore prev_exc and re-raise exc.
    pub(crate) fn emit_cleanup_block(&mut self, cleanup: Label) {
        self.bind(cleanup);
        self.emit(Opcode::COPY, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Opcode::SETUP_FINALLY, handler);
        self.unit().fblocks.push(FBlock::FinallyTry {
            body: t.finalbody.to_vec(),
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Opcode::POP_BLOCK, 0);
        self.body(&t.finalbody)?;
        self.emit_jump(Opcode::JUMP, end);

        // Exceptional path: [exc]
        self.bind(handler);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.emit_cleanup_block(cleanup);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, w: &ast::StmtWith, item: usize) -> CResult<()> {
        let it = &w.items[item];
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.expr(&it.context_expr)?;
        self.set_pos(it.context_expr.range());
        if w.is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.await_top(1);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_jump(Opcode::SETUP_WITH, handler);
        self.unit().fblocks.push(if w.is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        });
        match &it.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.body(&w.body)?;
        }
        self.unit().fblocks.pop();
        self.emit(Opcode::POP_BLOCK, 0);
        self.set_pos(w.range);
        self.emit(Opcode::CALL_EXIT, 0);
        if w.is_async {
            self.await_top(2);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP, end);

        // Exceptional exit: [exit, exc]
        self.bind(handler);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if w.is_async {
            self.await_top(2);
        }
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP, end);
        self.emit_cleanup_block(cleanup);
        self.bind(end);
        Ok(())
    }
}
