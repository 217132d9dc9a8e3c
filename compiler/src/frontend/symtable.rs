//! The symbol table: one scope per module, class, function, lambda and
//! comprehension, and the scope of every name in it (CPython's symtable.c).
//!
//! Pass 1 (`Builder`) walks the AST and records how each scope uses each
//! name (bound, used, declared global/nonlocal, parameter). Pass 2
//! (`analyze`) resolves every name to local / global / cell / free,
//! propagating free variables outward, as CPython's `analyze_block` does.
//! Errors CPython reports from its symbol table (`nonlocal` at module level,
//! `return` outside a function, duplicate parameters, …) are reported here.

use crate::diagnostics::{CResult, Diagnostic, Severity};
use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::TextRange;
use std::collections::{HashMap, HashSet};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_IMPORT: u32 = 32;
/// A comprehension's walrus target: bound in the enclosing function.
pub const DEF_COMP_ITER: u32 = 64;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// Where a name lives, after analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbol flags in first-seen order.
    pub symbols: Vec<(String, u32)>,
    pub index: HashMap<String, usize>,
    /// Parameters in declaration order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A method that uses `super` or `__class__` (needs the implicit cell).
    pub needs_class_cell: bool,
    /// Resolved scopes of names (filled by `analyze`).
    pub resolved: HashMap<String, NameScope>,
    /// A class that provides `__class__` to its methods.
    pub has_class_cell: bool,
    /// Names declared global in this scope (with their declaration range).
    globals_declared: HashSet<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            resolved: HashMap::new(),
            has_class_cell: false,
            globals_declared: HashSet::new(),
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index
            .get(name)
            .map(|&i| self.symbols[i].1)
            .unwrap_or(0)
    }

    fn add(&mut self, name: &str, flag: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 |= flag,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flag));
            }
        }
    }

    /// The resolved scope of a name used in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }

    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// All scopes of a module; scope 0 is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// `from __future__ import annotations`: annotations are stored as
    /// strings and never evaluated, so they bind and use no names.
    pub future_annotations: bool,
    /// The scope created for an AST node, keyed by its range.
    by_range: HashMap<(u32, u32, u8), usize>,
}

impl SymbolTable {
    /// The scope of a function/class/lambda/comprehension node.
    pub fn scope_for(&self, range: TextRange, kind: ScopeKind) -> usize {
        self.by_range[&(range.start().to_u32(), range.end().to_u32(), kind_tag(kind))]
    }
}

fn kind_tag(k: ScopeKind) -> u8 {
    match k {
        ScopeKind::Module => 0,
        ScopeKind::Class => 1,
        ScopeKind::Function => 2,
        ScopeKind::Lambda => 3,
        ScopeKind::Comprehension => 4,
    }
}

/// Builds and analyzes the symbol table of a module.
pub fn build(file: &str, source: &str, module: &ast::ModModule) -> CResult<SymbolTable> {
    let mut b = Builder {
        file,
        source,
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", None)],
            future_annotations: crate::frontend::unparse::has_future_annotations(module),
            by_range: HashMap::new(),
        },
        cur: 0,
        in_loop: 0,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = b.table;
    analyze_scope(&mut table, 0, &HashSet::new(), &HashSet::new(), false)?;
    Ok(table)
}

struct Builder<'a> {
    file: &'a str,
    source: &'a str,
    table: SymbolTable,
    cur: usize,
    in_loop: u32,
}

impl Builder<'_> {
    fn err(&self, range: TextRange, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::at(
            Severity::Error,
            self.file,
            self.source,
            range.start().to_usize(),
            range.end().to_usize(),
            format!("SyntaxError: {}", msg.into()),
        )
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> CResult<()> {
        let scope = &self.table.scopes[self.cur];
        let old = scope.flags(name);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.err(
                range,
                format!("duplicate argument '{name}' in function definition"),
            ));
        }
        self.scope().add(name, flag);
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> usize {
        let idx = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(self.cur)));
        self.table.scopes[self.cur].children.push(idx);
        self.table.by_range.insert(
            (range.start().to_u32(), range.end().to_u32(), kind_tag(kind)),
            idx,
        );
        let prev = self.cur;
        self.cur = idx;
        prev
    }

    fn body(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn parameters(&mut self, p: &ast::Parameters) -> CResult<()> {
        // CPython's co_varnames order: positional, keyword-only, *args, **kwargs.
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.param(&a.parameter)?;
        }
        if let Some(v) = &p.vararg {
            self.param(v)?;
        }
        if let Some(k) = &p.kwarg {
            self.param(k)?;
        }
        Ok(())
    }

    fn param(&mut self, p: &ast::Parameter) -> CResult<()> {
        self.add_def(p.name.as_str(), DEF_PARAM, p.range)?;
        self.scope().params.push(p.name.to_string());
        Ok(())
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn parameter_exprs(&mut self, p: &ast::Parameters) -> CResult<()> {
        for a in p.iter_non_variadic_params() {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in p.iter_non_variadic_params() {
            if let Some(ann) = &a.parameter.annotation {
                self.annotation(ann)?;
            }
        }
        for v in [&p.vararg, &p.kwarg].into_iter().flatten() {
            if let Some(ann) = &v.annotation {
                self.annotation(ann)?;
            }
        }
        Ok(())
    }

    /// An annotation is an expression of the enclosing scope, unless
    /// annotations are postponed (then it is only text).
    fn annotation(&mut self, ann: &Expr) -> CResult<()> {
        if self.table.future_annotations {
            return Ok(());
        }
        self.expr(ann)
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.parameter_exprs(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                self.add_def(f.name.as_str(), DEF_LOCAL, f.name.range)?;
                let prev = self.enter(ScopeKind::Function, f.name.as_str(), f.range);
                self.scope().is_coroutine = f.is_async;
                self.parameters(&f.parameters)?;
                let saved_loop = std::mem::take(&mut self.in_loop);
                self.body(&f.body)?;
                self.in_loop = saved_loop;
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in &args.keywords {
                        self.expr(&k.value)?;
                    }
                }
                self.add_def(c.name.as_str(), DEF_LOCAL, c.name.range)?;
                let prev = self.enter(ScopeKind::Class, c.name.as_str(), c.range);
                let saved_loop = std::mem::take(&mut self.in_loop);
                self.body(&c.body)?;
                self.in_loop = saved_loop;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if !self.table.scopes[self.cur].is_function_like() {
                    return Err(self.err(r.range, "'return' outside function"));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::TypeAlias(t) => {
                return Err(self.err(t.range, "'type' statements require Python 3.12"));
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                self.target(&a.target)?;
                if let Expr::Name(n) = &*a.target {
                    self.scope().add(n.id.as_str(), USE);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let fl = self.table.scopes[self.cur].flags(n.id.as_str());
                    if fl & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        // allowed: `global x` then `x: int = 1` is an error in CPython
                        return Err(self.err(
                            n.range,
                            format!("annotated name '{}' can't be global", n.id),
                        ));
                    }
                }
                self.annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if a.value.is_some() || !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation makes the name local without binding it.
                    self.scope().add(n.id.as_str(), DEF_LOCAL);
                }
            }
            Stmt::For(f) => {
                if f.is_async && !self.table.scopes[self.cur].is_coroutine {
                    return Err(self.err(f.range, "'async for' outside async function"));
                }
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.in_loop += 1;
                self.body(&f.body)?;
                self.in_loop -= 1;
                self.body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.in_loop += 1;
                self.body(&w.body)?;
                self.in_loop -= 1;
                self.body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async && !self.table.scopes[self.cur].is_coroutine {
                    return Err(self.err(w.range, "'async with' outside async function"));
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(Diagnostic::at(
                        Severity::Error,
                        self.file,
                        self.source,
                        t.range.start().to_usize(),
                        t.range.end().to_usize(),
                        "unsupported: 'except*' (exception groups) is not supported by cranepy yet",
                    ));
                }
                self.body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                    }
                    self.body(&h.body)?;
                }
                self.body(&t.orelse)?;
                self.body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or_default().to_string(),
                    };
                    self.add_def(&bound, DEF_IMPORT, a.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur != 0 {
                            return Err(self.err(i.range, "import * only allowed at module level"));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.add_def(&bound, DEF_IMPORT, a.range)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let fl = self.table.scopes[self.cur].flags(n.as_str());
                    if fl & DEF_PARAM != 0 {
                        return Err(
                            self.err(n.range, format!("name '{n}' is parameter and global"))
                        );
                    }
                    if fl & DEF_NONLOCAL != 0 {
                        return Err(self.err(n.range, format!("name '{n}' is nonlocal and global")));
                    }
                    if fl & (DEF_LOCAL | DEF_IMPORT) != 0 {
                        return Err(self.err(
                            n.range,
                            format!("name '{n}' is assigned to before global declaration"),
                        ));
                    }
                    if fl & USE != 0 {
                        return Err(self.err(
                            n.range,
                            format!("name '{n}' is used prior to global declaration"),
                        ));
                    }
                    self.scope().add(n.as_str(), DEF_GLOBAL);
                    self.scope().globals_declared.insert(n.to_string());
                }
            }
            Stmt::Nonlocal(nl) => {
                if self.cur == 0 {
                    return Err(
                        self.err(nl.range, "nonlocal declaration not allowed at module level")
                    );
                }
                for n in &nl.names {
                    let fl = self.table.scopes[self.cur].flags(n.as_str());
                    if fl & DEF_PARAM != 0 {
                        return Err(
                            self.err(n.range, format!("name '{n}' is parameter and nonlocal"))
                        );
                    }
                    if fl & DEF_GLOBAL != 0 {
                        return Err(self.err(n.range, format!("name '{n}' is nonlocal and global")));
                    }
                    if fl & (DEF_LOCAL | DEF_IMPORT) != 0 {
                        return Err(self.err(
                            n.range,
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                        ));
                    }
                    if fl & USE != 0 {
                        return Err(self.err(
                            n.range,
                            format!("name '{n}' is used prior to nonlocal declaration"),
                        ));
                    }
                    self.scope().add(n.as_str(), DEF_NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) => {}
            Stmt::Break(b) => {
                if self.in_loop == 0 {
                    return Err(self.err(b.range, "'break' outside loop"));
                }
            }
            Stmt::Continue(c) => {
                if self.in_loop == 0 {
                    return Err(self.err(c.range, "'continue' not properly in loop"));
                }
            }
            Stmt::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        Ok(())
    }

    /// An assignment target.
    fn target(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::Name(n) => {
                let fl = self.table.scopes[self.cur].flags(n.id.as_str());
                if fl & DEF_GLOBAL != 0 || fl & DEF_NONLOCAL != 0 {
                    self.scope().add(n.id.as_str(), USE);
                }
                self.add_def(n.id.as_str(), DEF_LOCAL, n.range)
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|x| self.target(x)),
            Expr::List(t) => t.elts.iter().try_for_each(|x| self.target(x)),
            Expr::Starred(s) => self.target(&s.value),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            _ => self.expr(e),
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> CResult<()> {
        // The first iterable is evaluated in the enclosing scope.
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        let prev = self.enter(ScopeKind::Comprehension, name, range);
        self.scope().is_generator = is_genexp;
        self.scope().add(".0", DEF_PARAM);
        self.scope().params.push(".0".into());
        let mut any_async = false;
        for (i, g) in generators.iter().enumerate() {
            any_async |= g.is_async;
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        if any_async {
            self.scope().is_coroutine = true;
        }
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.expr(v))?,
            Expr::Named(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    // PEP 572: in a comprehension, bind in the enclosing function.
                    if self.table.scopes[self.cur].kind == ScopeKind::Comprehension {
                        let mut s = self.cur;
                        while self.table.scopes[s].kind == ScopeKind::Comprehension {
                            self.table.scopes[s].add(t.id.as_str(), DEF_COMP_ITER | USE);
                            s = self.table.scopes[s].parent.unwrap_or(0);
                        }
                        if self.table.scopes[s].kind == ScopeKind::Class {
                            return Err(self.err(t.range, "assignment expression within a comprehension cannot be used in a class body"));
                        }
                        self.table.scopes[s].add(t.id.as_str(), DEF_LOCAL);
                    } else {
                        self.target(&n.target)?;
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameter_exprs(p)?;
                }
                let prev = self.enter(ScopeKind::Lambda, "lambda", l.range);
                if let Some(p) = &l.parameters {
                    self.parameters(p)?;
                }
                self.expr(&l.body)?;
                self.cur = prev;
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|x| self.expr(x))?,
            Expr::ListComp(c) => {
                self.comprehension(c.range, "listcomp", &c.generators, &[&c.elt], false)?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "setcomp", &c.generators, &[&c.elt], false)?
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, "dictcomp", &c.generators, &elts, false)?
            }
            Expr::Generator(g) => {
                self.comprehension(g.range, "genexpr", &g.generators, &[&g.elt], true)?
            }
            Expr::Await(a) => {
                let s = &self.table.scopes[self.cur];
                if !(s.is_coroutine || s.kind == ScopeKind::Comprehension) {
                    return Err(self.err(a.range, "'await' outside async function"));
                }
                if s.kind == ScopeKind::Comprehension {
                    self.table.scopes[self.cur].is_coroutine = true;
                }
                self.expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range)?;
                if self.table.scopes[self.cur].is_coroutine {
                    return Err(self.err(y.range, "'yield from' inside async function"));
                }
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                c.comparators.iter().try_for_each(|x| self.expr(x))?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in &c.arguments.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return Err(self.err(t.range, "t-strings require Python 3.14")),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Store => self.add_def(name, DEF_LOCAL, n.range)?,
                    ast::ExprContext::Del => self.add_def(name, DEF_LOCAL, n.range)?,
                    _ => {
                        self.scope().add(name, USE);
                        if name == "super" || name == "__class__" {
                            self.scope().needs_class_cell = true;
                        }
                    }
                }
            }
            Expr::List(l) => l.elts.iter().try_for_each(|x| self.expr(x))?,
            Expr::Tuple(t) => t.elts.iter().try_for_each(|x| self.expr(x))?,
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        Ok(())
    }

    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) -> CResult<()> {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, range: TextRange) -> CResult<()> {
        let s = &self.table.scopes[self.cur];
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err(range, "'yield' outside function"))
            }
            ScopeKind::Comprehension if !s.is_generator => {
                Err(self.err(range, "'yield' inside list comprehension"))
            }
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|x| self.pattern(x)),
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for x in &m.patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r.as_str(), DEF_LOCAL, r.range)?;
                }
                Ok(())
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for x in &c.arguments.patterns {
                    self.pattern(x)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
                Ok(())
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n.as_str(), DEF_LOCAL, n.range),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n.as_str(), DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|x| self.pattern(x)),
        }
    }
}

/// Pass 2: resolve every name (CPython's `analyze_block`).
/// Returns the free variables of scope `s` that must come from outside.
fn analyze_scope(
    t: &mut SymbolTable,
    s: usize,
    bound: &HashSet<String>,
    global: &HashSet<String>,
    class_parent_cell: bool,
) -> CResult<HashSet<String>> {
    let kind = t.scopes[s].kind;
    let mut resolved: HashMap<String, NameScope> = HashMap::new();
    let mut local: HashSet<String> = HashSet::new();
    let mut new_global = global.clone();
    for (name, flags) in t.scopes[s].symbols.clone() {
        let sc = if flags & DEF_GLOBAL != 0 {
            new_global.insert(name.clone());
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(&name) {
                return Err(Diagnostic::plain(format!(
                    "SyntaxError: no binding for nonlocal '{name}' found"
                )));
            }
            NameScope::Free
        } else if flags & DEF_COMP_ITER != 0 && kind == ScopeKind::Comprehension {
            if bound.contains(&name) {
                NameScope::Free
            } else {
                NameScope::GlobalExplicit
            }
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            new_global.remove(&name);
            NameScope::Local
        } else if bound.contains(&name) {
            // Bound in an enclosing function (a class body reads it via LOAD_CLASSDEREF).
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        resolved.insert(name, sc);
    }
    // Names visible to nested function scopes.
    let mut new_bound: HashSet<String> = bound.clone();
    if matches!(
        kind,
        ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
    ) {
        for n in &local {
            new_bound.insert(n.clone());
        }
        for n in &local {
            new_global.remove(n);
        }
    }
    if kind == ScopeKind::Class {
        new_bound.insert("__class__".to_string());
    }
    // Analyze children and collect their free variables.
    let mut child_free: HashSet<String> = HashSet::new();
    for c in t.scopes[s].children.clone() {
        let in_class = kind == ScopeKind::Class;
        let free = analyze_scope(t, c, &new_bound, &new_global, in_class)?;
        child_free.extend(free);
    }
    // `super()` / `__class__` in a method implicitly closes over `__class__`.
    if t.scopes[s].needs_class_cell && class_parent_cell && kind != ScopeKind::Class {
        resolved.insert("__class__".into(), NameScope::Free);
        if !t.scopes[s].index.contains_key("__class__") {
            t.scopes[s].add("__class__", USE);
        }
    }
    let mut free_out: HashSet<String> = HashSet::new();
    for name in child_free {
        if kind == ScopeKind::Class && name == "__class__" {
            t.scopes[s].has_class_cell = true;
            continue;
        }
        match resolved.get(&name) {
            Some(NameScope::Local) if kind != ScopeKind::Class => {
                resolved.insert(name.clone(), NameScope::Cell);
            }
            Some(NameScope::Cell) => {}
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit)
                if kind != ScopeKind::Class && !bound.contains(&name) => {}
            _ => {
                if kind == ScopeKind::Module {
                    continue;
                }
                // Pass through: this scope needs it as a free variable too.
                if kind == ScopeKind::Class {
                    // A class passes free variables through without using them itself,
                    // unless it also references the name.
                    if !resolved.contains_key(&name)
                        || resolved.get(&name) != Some(&NameScope::Local)
                    {
                        t.scopes[s].add(&name, 0);
                        if resolved.get(&name) != Some(&NameScope::Local) {
                            resolved.insert(name.clone(), NameScope::Free);
                        }
                    }
                } else {
                    t.scopes[s].add(&name, 0);
                    resolved.insert(name.clone(), NameScope::Free);
                }
            }
        }
    }
    if t.scopes[s].needs_class_cell && class_parent_cell && kind != ScopeKind::Class {
        resolved.insert("__class__".into(), NameScope::Free);
    }
    for (name, sc) in &resolved {
        if *sc == NameScope::Free {
            free_out.insert(name.clone());
        }
    }
    t.scopes[s].resolved = resolved;
    Ok(free_out)
}

/// Names of a scope by kind, in CPython's `localsplus` order: parameters,
/// other locals (first-seen order), cells that are not parameters, free
/// variables.
pub fn localsplus(scope: &Scope) -> Vec<(String, u8)> {
    use crate::abi::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL};
    let mut out: Vec<(String, u8)> = Vec::new();
    let function_like = scope.is_function_like();
    if function_like {
        for p in &scope.params {
            let k = if scope.lookup(p) == NameScope::Cell {
                CO_FAST_LOCAL | CO_FAST_CELL
            } else {
                CO_FAST_LOCAL
            };
            out.push((p.clone(), k));
        }
        for (name, _) in &scope.symbols {
            if scope.params.contains(name) {
                continue;
            }
            if scope.lookup(name) == NameScope::Local {
                out.push((name.clone(), CO_FAST_LOCAL));
            }
        }
    }
    let mut cells: Vec<String> = scope
        .symbols
        .iter()
        .map(|(n, _)| n.clone())
        .filter(|n| {
            scope.lookup(n) == NameScope::Cell && !(function_like && scope.params.contains(n))
        })
        .collect();
    if scope.kind == ScopeKind::Class && scope.has_class_cell {
        cells.push("__class__".into());
    }
    cells.sort();
    for c in cells {
        out.push((c, CO_FAST_CELL));
    }
    let mut frees: Vec<String> = scope
        .resolved
        .iter()
        .filter(|(_, s)| **s == NameScope::Free)
        .map(|(n, _)| n.clone())
        .collect();
    frees.sort();
    for f in frees {
        out.push((f, CO_FAST_FREE));
    }
    out
}
