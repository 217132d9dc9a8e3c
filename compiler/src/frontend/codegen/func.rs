//! Code objects nested in other code: functions (`def`, `lambda`), class
//! bodies, and comprehensions (compiled as nested functions called at once,
//! as in CPython 3.11), plus the closures that connect them.

use super::{Compiler, Label, split_docstring};
use crate::abi;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Opcode;
use crate::diagnostics::CResult;
use crate::frontend::symtable::ScopeKind;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl Compiler<'_> {
    /// The qualified name of a new scope named `name` (CPython's rules).
    fn qualname(&self, name: &str) -> String {
        match self.qual_stack.last() {
            None => name.to_string(),
            Some((q, true)) => format!("{q}.{name}"),
            Some((q, false)) => format!("{q}.<locals>.{name}"),
        }
    }

    pub(crate) fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult<()> {
        if f.type_params.is_some() {
            return Err(self.unsupported(f.range, "type parameters (Python 3.12)"));
        }
        for d in &f.decorator_list {
            self.emit(Opcode::PUSH_NULL, 0);
            self.expr(&d.expression)?;
        }
        self.set_pos(f.range);
        let scope = self.table.scope_for(f.range, ScopeKind::Function);
        let firstline = match f.decorator_list.first() {
            Some(d) => self.line_of(d.range),
            None => self.line_of(f.range),
        };
        let mut flags = self.function_prelude(&f.parameters, f.returns.as_deref())?;
        let name = f.name.to_string();
        let qualname = self.qualname(&name);
        self.enter_unit(scope, &name, &qualname, firstline);
        self.set_arg_counts(&f.parameters);
        self.qual_stack.push((qualname.clone(), false));
        let (doc, rest) = split_docstring(&f.body);
        self.add_const(match doc {
            Some(d) => Const::Str(d),
            None => Const::None,
        });
        let result = (|| {
            for s in rest {
                self.stmt(s)?;
            }
            Ok(())
        })();
        self.qual_stack.pop();
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        self.implicit_return();
        let code = self.finish_unit()?;
        self.set_pos(f.range);
        flags |= self.make_closure(code)?;
        self.emit(Opcode::MAKE_FUNCTION, flags);
        for _ in &f.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.emit_name_op_store(f.name.as_str());
        Ok(())
    }

    fn implicit_return(&mut self) {
        let last_returns =
            matches!(self.unit_ref().instrs.last(), Some(i) if i.op == Opcode::RETURN_VALUE);
        if !last_returns || !self.unit_ref().labels.is_empty() {
            self.load_const(Const::None);
            self.emit(Opcode::RETURN_VALUE, 0);
        }
    }

    fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= abi::CO_VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= abi::CO_VARKEYWORDS;
        }
    }

    /// Pushes defaults, keyword-only defaults and annotations; returns the
    /// `MAKE_FUNCTION` flags for them.
    fn function_prelude(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            flags |= abi::MAKE_FN_DEFAULTS as u32;
        }
        let kwdefaults: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(Const::Str(self.mangle(n)));
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_MAP, kwdefaults.len() as u32);
            flags |= abi::MAKE_FN_KWDEFAULTS as u32;
        }
        let mut n_ann = 0;
        // CPython's order: regular, then positional-only, `*args`, keyword-only, `**kw`.
        let all = p.args.iter().chain(&p.posonlyargs).map(|a| &a.parameter);
        let all = all
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in all {
            if let Some(ann) = &param.annotation {
                self.load_const(Const::Str(self.mangle(param.name.as_str())));
                self.annotation(ann)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.annotation(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Opcode::BUILD_TUPLE, n_ann * 2);
            flags |= abi::MAKE_FN_ANNOTATIONS as u32;
        }
        Ok(flags)
    }

    /// Pushes the closure tuple (if the code has free variables) and the code
    /// object; returns the `MAKE_FUNCTION` closure flag.
    fn make_closure(&mut self, code: u32) -> CResult<u32> {
        let frees: Vec<String> = self.codes[code as usize]
            .localsplus
            .iter()
            .filter(|(_, k)| k & abi::CO_FAST_FREE != 0)
            .map(|(n, _)| n.clone())
            .collect();
        let mut flag = 0;
        if !frees.is_empty() {
            for name in &frees {
                let Some(i) = self.local_index(name, true) else {
                    return Err(crate::diagnostics::Diagnostic::plain(format!(
                        "internal compiler error: free variable '{name}' has no cell in {}",
                        self.unit_ref().qualname
                    )));
                };
                self.emit(Opcode::LOAD_CLOSURE, i);
            }
            self.emit(Opcode::BUILD_TUPLE, frees.len() as u32);
            flag = abi::MAKE_FN_CLOSURE as u32;
        }
        self.load_const(Const::Code(code));
        Ok(flag)
    }

    pub(crate) fn lambda(&mut self, l: &ast::ExprLambda) -> CResult<()> {
        let empty = ast::Parameters {
            range: TextRange::default(),
            node_index: Default::default(),
            posonlyargs: Default::default(),
            args: Default::default(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        };
        let params = l.parameters.as_deref().unwrap_or(&empty);
        let mut flags = self.function_prelude(params, None)?;
        let scope = self.table.scope_for(l.range, ScopeKind::Lambda);
        let qualname = self.qualname("<lambda>");
        let line = self.line_of(l.range);
        self.enter_unit(scope, "<lambda>", &qualname, line);
        self.set_arg_counts(params);
        self.qual_stack.push((qualname, false));
        self.add_const(Const::None);
        let r = self.expr(&l.body);
        self.qual_stack.pop();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.set_pos(l.body.range());
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.finish_unit()?;
        self.set_pos(l.range);
        flags |= self.make_closure(code)?;
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    pub(crate) fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return Err(self.unsupported(c.range, "type parameters (Python 3.12)"));
        }
        for d in &c.decorator_list {
            self.emit(Opcode::PUSH_NULL, 0);
            self.expr(&d.expression)?;
        }
        self.set_pos(c.range);
        let scope = self.table.scope_for(c.range, ScopeKind::Class);
        let firstline = match c.decorator_list.first() {
            Some(d) => self.line_of(d.range),
            None => self.line_of(c.range),
        };
        let name = c.name.to_string();
        let qualname = self.qualname(&name);
        self.enter_unit(scope, &name, &qualname, firstline);
        self.qual_stack.push((qualname.clone(), true));
        let result = (|| {
            let module = self.add_name("__name__");
            self.emit(Opcode::LOAD_NAME, module);
            let m = self.add_name("__module__");
            self.emit(Opcode::STORE_NAME, m);
            self.load_const(Const::Str(qualname.clone()));
            let q = self.add_name("__qualname__");
            self.emit(Opcode::STORE_NAME, q);
            let (doc, rest) = split_docstring(&c.body);
            if let Some(d) = doc {
                self.load_const(Const::Str(d));
                let di = self.add_name("__doc__");
                self.emit(Opcode::STORE_NAME, di);
            }
            if super::has_annotations(rest) {
                self.emit(Opcode::SETUP_ANNOTATIONS, 0);
            }
            for s in rest {
                self.stmt(s)?;
            }
            Ok(())
        })();
        self.qual_stack.pop();
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        if let Some(i) = self.local_index("__class__", true) {
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            let cc = self.add_name("__classcell__");
            self.emit(Opcode::STORE_NAME, cc);
        } else {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.finish_unit()?;
        self.set_pos(c.range);
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        let flags = self.make_closure(code)?;
        self.emit(Opcode::MAKE_FUNCTION, flags);
        self.load_const(Const::Str(name.clone()));
        let mut n = 2u32;
        let mut kwnames = Vec::new();
        if let Some(args) = &c.arguments {
            if args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
                || args.keywords.iter().any(|k| k.arg.is_none())
            {
                return Err(self.unsupported(c.range, "class bases with * or ** unpacking"));
            }
            for a in args.args.iter() {
                self.expr(a)?;
                n += 1;
            }
            for k in &args.keywords {
                self.expr(&k.value)?;
                kwnames.push(Const::Str(
                    k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                ));
                n += 1;
            }
        }
        self.set_pos(c.range);
        if !kwnames.is_empty() {
            let ki = self.add_const(Const::Tuple(kwnames));
            self.emit(Opcode::KW_NAMES, ki);
        }
        self.emit(Opcode::CALL, n);
        for _ in &c.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.emit_name_op_store(&name);
        Ok(())
    }

    pub(crate) fn comprehension(
        &mut self,
        range: TextRange,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Err(self.error(range, "SyntaxError: comprehension without generators"));
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let scope = self.table.scope_for(range, ScopeKind::Comprehension);
        let qualname = self.qualname(name);
        let line = self.line_of(range);
        self.enter_unit(scope, name, &qualname, line);
        self.unit().argcount = 1;
        self.qual_stack.push((qualname, false));
        let r = self.comprehension_body(kind, generators, elt, value, range);
        self.qual_stack.pop();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit()?;
        self.set_pos(range);
        self.emit(Opcode::PUSH_NULL, 0);
        let flags = self.make_closure(code)?;
        self.emit(Opcode::MAKE_FUNCTION, flags);
        self.expr(&first.iter)?;
        self.set_pos(range);
        self.emit(
            if first.is_async {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            },
            0,
        );
        self.emit(Opcode::CALL, 1);
        if self.table.scopes[scope].is_coroutine && kind != CompKind::Gen {
            self.await_top(0);
        }
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        range: TextRange,
    ) -> CResult<()> {
        self.set_pos(range);
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        let mut loops: Vec<(Label, Label, bool)> = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            // CPython's fast path for the temporary variable idiom `for y
            // in [f(x)]` (or `(f(x),)`) after the first generator: the one
            // element is assigned, no loop; a failed condition goes on
            // with the enclosing loop.
            if let (Some(single), Some(&(outer, _, _))) = (single_element(&g.iter), loops.last())
                && i > 0
                && !g.is_async
            {
                self.expr(single)?;
                self.store_target(&g.target)?;
                self.set_pos(range);
                for cond in &g.ifs {
                    self.jump_if(cond, false, outer)?;
                }
                continue;
            }
            let start = self.new_label();
            let end = self.new_label();
            if i == 0 {
                self.emit(Opcode::LOAD_FAST, 0);
            } else {
                self.expr(&g.iter)?;
                self.emit(
                    if g.is_async {
                        Opcode::GET_AITER
                    } else {
                        Opcode::GET_ITER
                    },
                    0,
                );
            }
            self.bind(start);
            self.set_pos(g.iter.range());
            if g.is_async {
                // `end` is the StopAsyncIteration handler (END_ASYNC_FOR).
                self.emit_jump(Opcode::SETUP_FINALLY, end);
                self.emit(Opcode::GET_ANEXT, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
                self.emit(Opcode::POP_BLOCK, 0);
            } else {
                self.emit_jump(Opcode::FOR_ITER, end);
            }
            self.store_target(&g.target)?;
            self.set_pos(range);
            for cond in &g.ifs {
                self.jump_if(cond, false, start)?;
            }
            loops.push((start, end, g.is_async));
        }
        // The iterators of the loops sit below the element.
        let depth = loops.len() as u32 + 1;
        match kind {
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Opcode::LIST_APPEND, depth);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Opcode::SET_ADD, depth);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.emit(Opcode::MAP_ADD, depth);
            }
            CompKind::Gen => {
                self.expr(elt)?;
                self.emit_yield();
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        for (start, end, is_async) in loops.into_iter().rev() {
            self.emit_jump(Opcode::JUMP, start);
            self.bind(end);
            if is_async {
                self.emit(Opcode::END_ASYNC_FOR, 0);
            }
        }
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(())
    }
}

/// The element of a one-element list or tuple display that is not starred
/// (`[f(x)]`, `(f(x),)`).
fn single_element(iter: &Expr) -> Option<&Expr> {
    let elts = match iter {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        _ => return None,
    };
    match elts.as_slice() {
        [e] if !matches!(e, Expr::Starred(_)) => Some(e),
        _ => None,
    }
}
