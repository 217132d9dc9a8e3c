//! Expressions: constants, names, operators, comparisons (chained),
//! boolean short-circuits, containers with unpacking, f-strings, calls
//! (method calls without bound-method objects, `*args`/`**kwargs`).

use super::{Compiler, Label};
use crate::abi;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Opcode;
use crate::diagnostics::CResult;
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// `BINARY_OP` argument of an AST operator.
pub(crate) fn binop_arg(op: ast::Operator) -> u32 {
    use ast::Operator::*;
    (match op {
        Add => abi::NB_ADD,
        BitAnd => abi::NB_AND,
        FloorDiv => abi::NB_FLOOR_DIVIDE,
        LShift => abi::NB_LSHIFT,
        MatMult => abi::NB_MATRIX_MULTIPLY,
        Mult => abi::NB_MULTIPLY,
        Mod => abi::NB_REMAINDER,
        BitOr => abi::NB_OR,
        Pow => abi::NB_POWER,
        RShift => abi::NB_RSHIFT,
        Sub => abi::NB_SUBTRACT,
        Div => abi::NB_TRUE_DIVIDE,
        BitXor => abi::NB_XOR,
    }) as u32
}

impl Compiler<'_> {
    pub(crate) fn expr(&mut self, e: &Expr) -> CResult<()> {
        let saved = self.unit_ref().pos;
        self.set_pos(e.range());
        self.expr_inner(e)?;
        self.unit().pos = saved;
        Ok(())
    }

    /// Pushes an annotation's value: the expression, or under
    /// `from __future__ import annotations` its source text.
    pub(crate) fn annotation(&mut self, e: &Expr) -> CResult<()> {
        if self.table.future_annotations {
            self.load_const(Const::Str(crate::frontend::unparse::unparse(e)));
            return Ok(());
        }
        self.expr(e)
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    ast::Number::Int(i) => int_const(i),
                    ast::Number::Float(f) => Const::Float(*f),
                    ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
                };
                self.load_const(c);
            }
            Expr::StringLiteral(s) => self.load_const(Const::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b
                    .value
                    .iter()
                    .flat_map(|p| p.value.iter().copied())
                    .collect();
                self.load_const(Const::Bytes(bytes));
            }
            Expr::BooleanLiteral(b) => {
                self.load_const(if b.value { Const::True } else { Const::False })
            }
            Expr::NoneLiteral(_) => self.load_const(Const::None),
            Expr::EllipsisLiteral(_) => self.load_const(Const::Ellipsis),
            Expr::Name(n) => self.emit_name_op_load(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Opcode::LOAD_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper] {
                    match p {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match &s.step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Opcode::BUILD_SLICE, 3);
                    }
                    None => self.emit(Opcode::BUILD_SLICE, 2),
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_pos(b.range);
                self.emit(Opcode::BINARY_OP, binop_arg(b.op));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_pos(u.range);
                let op = match u.op {
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
                    ast::BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Opcode::JUMP, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::Tuple(t) => self.sequence(&t.elts, Opcode::BUILD_TUPLE)?,
            Expr::List(l) => self.sequence(&l.elts, Opcode::BUILD_LIST)?,
            Expr::Set(s) => self.sequence(&s.elts, Opcode::BUILD_SET)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) => self.comprehension(
                e.range(),
                super::func::CompKind::List,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.comprehension(
                e.range(),
                super::func::CompKind::Set,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.unsupported(c.range, "dict comprehension with ** unpacking"));
                };
                self.comprehension(
                    e.range(),
                    super::func::CompKind::Dict,
                    &c.generators,
                    key,
                    Some(&c.value),
                )?
            }
            Expr::Generator(g) => self.comprehension(
                e.range(),
                super::func::CompKind::Gen,
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.set_pos(y.range);
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.set_pos(y.range);
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::Starred(s) => {
                return Err(self.error(s.range, "SyntaxError: can't use starred expression here"));
            }
            Expr::TString(t) => return Err(self.unsupported(t.range, "t-strings (Python 3.14)")),
            Expr::IpyEscapeCommand(c) => {
                return Err(self.error(c.range, "SyntaxError: invalid syntax"));
            }
        }
        Ok(())
    }

    /// `yield` of the value on top: async generators wrap it first
    /// (ASYNC_GEN_WRAP) so `asend` can tell it from an awaited value.
    pub(crate) fn emit_yield(&mut self) {
        let s = &self.table.scopes[self.unit_ref().scope];
        if s.is_coroutine && s.is_generator {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0);
        }
        self.emit(Opcode::YIELD_VALUE, 0);
    }

    /// `SEND` / `YIELD_VALUE` loop of `yield from` and `await`: [recv, v] → [result].
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit_jump(Opcode::JUMP, start);
        self.bind(exit);
    }

    /// Evaluates `e` for its truth value and jumps to `target` if it equals
    /// `cond`. As in CPython, a jump on a comparison takes the
    /// comparison's position, any other the caller's (the whole `if` or
    /// `while` statement, conditional expression or comprehension).
    pub(crate) fn jump_if(&mut self, e: &Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                if is_or == cond {
                    // `a or b` jumping if true: any true operand jumps.
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            // `a < b < c`: each link jumps on its own (CPython's
            // `compiler_jump_if`), no `JUMP_IF_FALSE_OR_POP` and no bool.
            Expr::Compare(c) if c.ops.len() > 1 => {
                let cleanup = self.new_label();
                let end = self.new_label();
                self.compare_links(c, Opcode::POP_JUMP_IF_FALSE, cleanup)?;
                let op = if cond {
                    Opcode::POP_JUMP_IF_TRUE
                } else {
                    Opcode::POP_JUMP_IF_FALSE
                };
                self.emit_jump(op, target);
                self.emit_jump(Opcode::JUMP, end);
                // A link was false: drop the operand kept for the next one.
                self.bind(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !cond {
                    self.emit_jump(Opcode::JUMP, target);
                }
                self.bind(end);
                Ok(())
            }
            _ => {
                let op = match e {
                    // `x is None` / `x is not None`: CPython's peephole
                    // turns `LOAD_CONST None; IS_OP; POP_JUMP_IF_*` into
                    // one jump.
                    Expr::Compare(c)
                        if c.ops.len() == 1
                            && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                            && c.comparators[0].is_none_literal_expr() =>
                    {
                        self.expr(&c.left)?;
                        if (c.ops[0] == ast::CmpOp::Is) == cond {
                            Opcode::POP_JUMP_IF_NONE
                        } else {
                            Opcode::POP_JUMP_IF_NOT_NONE
                        }
                    }
                    _ => {
                        self.expr(e)?;
                        if cond {
                            Opcode::POP_JUMP_IF_TRUE
                        } else {
                            Opcode::POP_JUMP_IF_FALSE
                        }
                    }
                };
                if let Expr::Compare(_) = e {
                    self.set_pos(e.range());
                }
                self.emit_jump(op, target);
                Ok(())
            }
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult<()> {
        // Chained: a < b < c  →  a < b and b < c, evaluating b once.
        let cleanup = self.new_label();
        self.compare_links(c, Opcode::JUMP_IF_FALSE_OR_POP, cleanup)?;
        if c.ops.len() > 1 {
            let end = self.new_label();
            self.emit_jump(Opcode::JUMP, end);
            self.bind(cleanup);
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::POP_TOP, 0);
            self.bind(end);
        }
        Ok(())
    }

    /// The comparisons of `c`, each but the last keeping its right operand
    /// for the next one (`SWAP 2; COPY 2`) and leaving to `cleanup` by
    /// `link_jump` when false (a single comparison never jumps there); the
    /// last one's result is left on the stack.
    fn compare_links(
        &mut self,
        c: &ast::ExprCompare,
        link_jump: Opcode,
        cleanup: Label,
    ) -> CResult<()> {
        let last = c.ops.len() - 1;
        self.expr(&c.left)?;
        for (op, right) in c.ops[..last].iter().zip(&c.comparators) {
            self.expr(right)?;
            self.set_pos(c.range());
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(*op);
            self.emit_jump(link_jump, cleanup);
        }
        self.expr(&c.comparators[last])?;
        self.set_pos(c.range());
        self.compare_op(c.ops[last]);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp::*;
        match op {
            Eq => self.emit(Opcode::COMPARE_OP, abi::CMP_EQ as u32),
            NotEq => self.emit(Opcode::COMPARE_OP, abi::CMP_NE as u32),
            Lt => self.emit(Opcode::COMPARE_OP, abi::CMP_LT as u32),
            LtE => self.emit(Opcode::COMPARE_OP, abi::CMP_LE as u32),
            Gt => self.emit(Opcode::COMPARE_OP, abi::CMP_GT as u32),
            GtE => self.emit(Opcode::COMPARE_OP, abi::CMP_GE as u32),
            Is => self.emit(Opcode::IS_OP, 0),
            IsNot => self.emit(Opcode::IS_OP, 1),
            In => self.emit(Opcode::CONTAINS_OP, 0),
            NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// Tuple/list/set displays, with `*x` unpacking.
    fn sequence(&mut self, elts: &[Expr], build: Opcode) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            // A tuple of constants is itself a constant.
            if build == Opcode::BUILD_TUPLE
                && !elts.is_empty()
                && let Some(cs) = elts.iter().map(const_of).collect::<Option<Vec<_>>>()
            {
                self.load_const(Const::Tuple(cs));
                return Ok(());
            }
            // As CPython: a set display of 3+ constants is built from a frozenset
            // constant, which fixes its iteration order (the table of the const).
            if build == Opcode::BUILD_SET
                && elts.len() > 2
                && let Some(cs) = elts.iter().map(const_of).collect::<Option<Vec<_>>>()
            {
                self.emit(Opcode::BUILD_SET, 0);
                self.load_const(Const::FrozenSet(cs));
                self.emit(Opcode::SET_UPDATE, 1);
                return Ok(());
            }
            // And a list display of 3+ constants extends an empty list with
            // a tuple constant (which sizes the list as CPython's does).
            if build == Opcode::BUILD_LIST
                && elts.len() > 2
                && let Some(cs) = elts.iter().map(const_of).collect::<Option<Vec<_>>>()
            {
                self.emit(Opcode::BUILD_LIST, 0);
                self.load_const(Const::Tuple(cs));
                self.emit(Opcode::LIST_EXTEND, 1);
                return Ok(());
            }
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start_op, add_op, extend_op) = match build {
            Opcode::BUILD_SET => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
            _ => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
        };
        self.emit(start_op, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend_op, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add_op, 1);
                }
            }
        }
        if build == Opcode::BUILD_TUPLE {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &ast::ExprDict) -> CResult<()> {
        let mut pending = 0u32;
        let mut built = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if !built {
                        self.emit(Opcode::BUILD_MAP, pending);
                        built = true;
                    } else if pending > 0 {
                        self.emit(Opcode::BUILD_MAP, pending);
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    pending = 0;
                    self.expr(&item.value)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        if !built {
            self.emit(Opcode::BUILD_MAP, pending);
        } else if pending > 0 {
            self.emit(Opcode::BUILD_MAP, pending);
            self.emit(Opcode::DICT_UPDATE, 1);
        }
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CResult<()> {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(Const::Str(l.value.to_string()));
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements)?,
            }
        }
        if n == 0 {
            self.load_const(Const::Str(String::new()));
        } else if n > 1 {
            self.emit(Opcode::BUILD_STRING, n);
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string; returns how many.
    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Const::Str(l.value.to_string()));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        // f"{x=}": the text, then repr unless a spec/conversion is given.
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        self.load_const(Const::Str(text));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k == 0 {
                            self.load_const(Const::Str(String::new()));
                        } else if k > 1 {
                            self.emit(Opcode::BUILD_STRING, k);
                        }
                        flags |= 4;
                    }
                    self.set_pos(i.range);
                    self.emit(Opcode::FORMAT_VALUE, flags);
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    // --- calls --------------------------------------------------------------------

    fn call(&mut self, c: &ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !args.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super(): pass __class__ and the first argument explicitly.
        if let Expr::Name(n) = &*c.func
            && n.id.as_str() == "super"
            && args.args.is_empty()
            && args.keywords.is_empty()
            && let Some(first) = self.first_arg_name()
            && self.local_index("__class__", true).is_some()
        {
            self.emit_load_callable_name("super");
            let ci = self.local_index("__class__", true).unwrap_or(0);
            self.emit(Opcode::LOAD_DEREF, ci);
            self.emit_name_op_load(&first);
            self.set_pos(c.range());
            self.emit(Opcode::CALL, 2);
            return Ok(());
        }
        match &*c.func {
            Expr::Attribute(a) if simple => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Opcode::LOAD_METHOD, i);
            }
            Expr::Name(n) => self.emit_load_callable_name(n.id.as_str()),
            f => {
                self.emit(Opcode::PUSH_NULL, 0);
                self.expr(f)?;
            }
        }
        if simple {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in &args.keywords {
                self.expr(&k.value)?;
                names.push(Const::Str(
                    k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                ));
            }
            self.set_pos(c.range());
            let n = (args.args.len() + args.keywords.len()) as u32;
            if !names.is_empty() {
                let ki = self.add_const(Const::Tuple(names));
                self.emit(Opcode::KW_NAMES, ki);
            }
            self.emit(Opcode::CALL, n);
            return Ok(());
        }
        // General form: build a tuple of positionals and a dict of keywords.
        // A lone `*x` is passed as is: CALL_FUNCTION_EX converts it (and
        // reports a non-iterable with the callable's name, as CPython does).
        if let [Expr::Starred(s)] = &*args.args {
            self.expr(&s.value)?;
        } else {
            self.emit(Opcode::BUILD_LIST, 0);
            for a in args.args.iter() {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Opcode::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Opcode::LIST_APPEND, 1);
                    }
                }
            }
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        let mut has_kw = false;
        if !args.keywords.is_empty() {
            self.emit(Opcode::BUILD_MAP, 0);
            has_kw = true;
            for k in &args.keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Const::Str(name.to_string()));
                        self.expr(&k.value)?;
                        self.emit(Opcode::BUILD_MAP, 1);
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                }
            }
        }
        self.set_pos(c.range());
        self.emit(Opcode::CALL_FUNCTION_EX, has_kw as u32);
        Ok(())
    }

    /// The first parameter of the current function (for zero-argument `super()`).
    fn first_arg_name(&self) -> Option<String> {
        let scope = &self.table.scopes[self.unit_ref().scope];
        if !scope.is_function_like() {
            return None;
        }
        scope.params.first().cloned()
    }
}

/// The constant value of a literal expression, if it is one.
pub(crate) fn const_of(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => int_const(i),
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Const::Bytes(
            b.value
                .iter()
                .flat_map(|p| p.value.iter().copied())
                .collect(),
        ),
        Expr::BooleanLiteral(b) => {
            if b.value {
                Const::True
            } else {
                Const::False
            }
        }
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::Tuple(t) if !t.elts.is_empty() => {
            Const::Tuple(t.elts.iter().map(const_of).collect::<Option<Vec<_>>>()?)
        }
        _ => return None,
    })
}

/// An int literal (arbitrary size: big literals are kept as text by the parser).
fn int_const(i: &ast::Int) -> Const {
    match i.as_i64() {
        Some(v) => Const::Int(v),
        None => {
            let text = i.to_string().replace('_', "");
            let parsed = if let Some(h) =
                text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"))
            {
                BigInt::parse_bytes(h.as_bytes(), 16)
            } else if let Some(o) = text.strip_prefix("0o").or_else(|| text.strip_prefix("0O")) {
                BigInt::parse_bytes(o.as_bytes(), 8)
            } else if let Some(b) = text.strip_prefix("0b").or_else(|| text.strip_prefix("0B")) {
                BigInt::parse_bytes(b.as_bytes(), 2)
            } else {
                BigInt::parse_bytes(text.as_bytes(), 10)
            };
            Const::BigInt(parsed.unwrap_or_default())
        }
    }
}
