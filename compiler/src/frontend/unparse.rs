//! Expression unparsing: the source text CPython gives an annotation under
//! `from __future__ import annotations` (PEP 563), with CPython's spacing,
//! quoting and minimal parenthesisation (by operator precedence).
//!
//! Only expressions are handled; statements never appear in annotations.
//! Constants are rendered with `repr()` (`bytecode::dis::const_repr`), except
//! `...` and infinite floats (`1e309`), which have no literal repr.

use crate::bytecode::code::Const;
use crate::bytecode::dis;
use crate::frontend::codegen::const_of;
use ruff_python_ast::{self as ast, Expr};

/// Binding strength, weakest first (CPython's `PR_*` levels). An operand is
/// parenthesised when its own level is below the level its position needs.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next stronger level.
    fn up(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The source text of `e` as CPython renders a postponed annotation.
pub(crate) fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

/// Does the module start with `from __future__ import annotations` (among
/// its leading docstring and `__future__` imports)?
pub(crate) fn has_future_annotations(module: &ast::ModModule) -> bool {
    for (i, s) in module.body.iter().enumerate() {
        match s {
            ast::Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            ast::Stmt::ImportFrom(f)
                if f.level == 0 && f.module.as_ref().is_some_and(|m| m == "__future__") =>
            {
                if f.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

fn paren_open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn paren_close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn join(out: &mut String, items: &[Expr], level: Prec) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, level);
    }
}

fn binop_prec(op: ast::Operator) -> Prec {
    use ast::Operator::*;
    match op {
        BitOr => Prec::BitOr,
        BitXor => Prec::BitXor,
        BitAnd => Prec::BitAnd,
        LShift | RShift => Prec::Shift,
        Add | Sub => Prec::Arith,
        Mult | MatMult | Div | FloorDiv | Mod => Prec::Term,
        Pow => Prec::Power,
    }
}

fn float_text(f: f64) -> String {
    if f.is_infinite() {
        return "1e309".into();
    }
    dis::const_repr(&Const::Float(f), &[])
}

fn constant(out: &mut String, e: &Expr) {
    match e {
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Float(f) => out.push_str(&float_text(*f)),
            ast::Number::Complex { imag, .. } => {
                // complex repr drops the `.0` of integral parts: `2j`.
                let t = float_text(*imag);
                out.push_str(t.strip_suffix(".0").unwrap_or(&t));
                out.push('j');
            }
            ast::Number::Int(_) => {
                if let Some(c) = const_of(e) {
                    out.push_str(&dis::const_repr(&c, &[]));
                }
            }
        },
        _ => {
            if let Some(c) = const_of(e) {
                out.push_str(&dis::const_repr(&c, &[]));
            }
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => constant(out, e),
        Expr::Attribute(a) => {
            expr(out, &a.value, Prec::Atom);
            // `1 .real`: a space keeps the dot from reading as a decimal point.
            let int_value = matches!(
                &*a.value,
                Expr::NumberLiteral(ast::ExprNumberLiteral {
                    value: ast::Number::Int(_),
                    ..
                })
            );
            out.push_str(if int_value { " ." } else { "." });
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            expr(out, &s.value, Prec::Atom);
            out.push('[');
            expr(out, &s.slice, Prec::Tuple);
            out.push(']');
        }
        Expr::Slice(s) => {
            if let Some(x) = &s.lower {
                expr(out, x, Prec::Test);
            }
            out.push(':');
            if let Some(x) = &s.upper {
                expr(out, x, Prec::Test);
            }
            if let Some(x) = &s.step {
                out.push(':');
                expr(out, x, Prec::Test);
            }
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            let p = level > Prec::Tuple;
            paren_open(out, p);
            join(out, &t.elts, Prec::Test);
            if t.elts.len() == 1 {
                out.push(',');
            }
            paren_close(out, p);
        }
        Expr::List(l) => {
            out.push('[');
            join(out, &l.elts, Prec::Test);
            out.push(']');
        }
        Expr::Set(s) => {
            out.push('{');
            join(out, &s.elts, Prec::Test);
            out.push('}');
        }
        Expr::Dict(d) => {
            out.push('{');
            for (i, item) in d.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match &item.key {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, &item.value, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, &item.value, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(out, &s.value, Prec::BitOr);
        }
        Expr::BinOp(b) => {
            let pr = binop_prec(b.op);
            let (lp, rp) = if pr == Prec::Power {
                (pr.up(), pr)
            } else {
                (pr, pr.up())
            };
            let p = level > pr;
            paren_open(out, p);
            expr(out, &b.left, lp);
            out.push(' ');
            out.push_str(b.op.as_str());
            out.push(' ');
            expr(out, &b.right, rp);
            paren_close(out, p);
        }
        Expr::UnaryOp(u) => {
            let (pr, text) = match u.op {
                ast::UnaryOp::Not => (Prec::Not, "not "),
                ast::UnaryOp::Invert => (Prec::Factor, "~"),
                ast::UnaryOp::UAdd => (Prec::Factor, "+"),
                ast::UnaryOp::USub => (Prec::Factor, "-"),
            };
            let p = level > pr;
            paren_open(out, p);
            out.push_str(text);
            expr(out, &u.operand, pr);
            paren_close(out, p);
        }
        Expr::BoolOp(b) => {
            let (pr, text) = match b.op {
                ast::BoolOp::And => (Prec::And, " and "),
                ast::BoolOp::Or => (Prec::Or, " or "),
            };
            let p = level > pr;
            paren_open(out, p);
            for (i, v) in b.values.iter().enumerate() {
                if i > 0 {
                    out.push_str(text);
                }
                expr(out, v, pr.up());
            }
            paren_close(out, p);
        }
        Expr::Compare(c) => {
            let p = level > Prec::Cmp;
            paren_open(out, p);
            expr(out, &c.left, Prec::Cmp.up());
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                out.push(' ');
                out.push_str(op.as_str());
                out.push(' ');
                expr(out, right, Prec::Cmp.up());
            }
            paren_close(out, p);
        }
        Expr::If(i) => {
            let p = level > Prec::Test;
            paren_open(out, p);
            expr(out, &i.body, Prec::Test.up());
            out.push_str(" if ");
            expr(out, &i.test, Prec::Test.up());
            out.push_str(" else ");
            expr(out, &i.orelse, Prec::Test);
            paren_close(out, p);
        }
        Expr::Lambda(l) => {
            let p = level > Prec::Test;
            paren_open(out, p);
            out.push_str("lambda");
            if let Some(params) = &l.parameters {
                let mut text = String::new();
                parameters(&mut text, params);
                if !text.is_empty() {
                    out.push(' ');
                    out.push_str(&text);
                }
            }
            out.push_str(": ");
            expr(out, &l.body, Prec::Test);
            paren_close(out, p);
        }
        Expr::Named(n) => {
            let p = level > Prec::Tuple;
            paren_open(out, p);
            expr(out, &n.target, Prec::Atom);
            out.push_str(" := ");
            expr(out, &n.value, Prec::Atom);
            paren_close(out, p);
        }
        Expr::Await(a) => {
            let p = level > Prec::Await;
            paren_open(out, p);
            out.push_str("await ");
            expr(out, &a.value, Prec::Atom);
            paren_close(out, p);
        }
        Expr::Yield(y) => {
            out.push_str("(yield");
            if let Some(v) = &y.value {
                out.push(' ');
                expr(out, v, Prec::Tuple);
            }
            out.push(')');
        }
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            expr(out, &y.value, Prec::Tuple);
            out.push(')');
        }
        Expr::Call(c) => {
            expr(out, &c.func, Prec::Atom);
            let args = &c.arguments;
            // A sole generator argument shares the call's parentheses.
            if args.keywords.is_empty()
                && let [Expr::Generator(g)] = &*args.args
            {
                out.push('(');
                comprehension_body(out, &g.elt, &g.generators);
                out.push(')');
                return;
            }
            out.push('(');
            let mut first = true;
            for a in args.iter_source_order() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match a {
                    ast::ArgOrKeyword::Arg(x) => expr(out, x, Prec::Test),
                    ast::ArgOrKeyword::Keyword(k) => {
                        match &k.arg {
                            Some(name) => {
                                out.push_str(name.as_str());
                                out.push('=');
                            }
                            None => out.push_str("**"),
                        }
                        expr(out, &k.value, Prec::Test);
                    }
                }
            }
            out.push(')');
        }
        Expr::Generator(g) => {
            out.push('(');
            comprehension_body(out, &g.elt, &g.generators);
            out.push(')');
        }
        Expr::ListComp(c) => {
            out.push('[');
            comprehension_body(out, &c.elt, &c.generators);
            out.push(']');
        }
        Expr::SetComp(c) => {
            out.push('{');
            comprehension_body(out, &c.elt, &c.generators);
            out.push('}');
        }
        Expr::DictComp(c) => {
            out.push('{');
            if let Some(k) = &c.key {
                expr(out, k, Prec::Test);
            }
            out.push_str(": ");
            expr(out, &c.value, Prec::Test);
            generators(out, &c.generators);
            out.push('}');
        }
        Expr::FString(f) => {
            let mut body = String::new();
            for part in f.value.iter() {
                match part {
                    ast::FStringPart::Literal(l) => literal_text(&mut body, &l.value),
                    ast::FStringPart::FString(fs) => fstring_elements(&mut body, &fs.elements),
                }
            }
            out.push('f');
            out.push_str(&dis::str_repr(&body));
        }
        // Template strings and IPython escapes are not Python 3.11 syntax.
        Expr::TString(_) | Expr::IpyEscapeCommand(_) => {}
    }
}

fn comprehension_body(out: &mut String, elt: &Expr, gens: &[ast::Comprehension]) {
    expr(out, elt, Prec::Test);
    generators(out, gens);
}

fn generators(out: &mut String, gens: &[ast::Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.up());
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, Prec::Test.up());
        }
    }
}

/// A lambda's parameter list (`x, /, y=1, *args, z, **kw`).
fn parameters(out: &mut String, p: &ast::Parameters) {
    let mut parts: Vec<String> = Vec::new();
    let with_default = |a: &ast::ParameterWithDefault| {
        let mut s = a.parameter.name.to_string();
        if let Some(d) = &a.default {
            s.push('=');
            expr(&mut s, d, Prec::Test);
        }
        s
    };
    for a in &p.posonlyargs {
        parts.push(with_default(a));
    }
    if !p.posonlyargs.is_empty() {
        parts.push("/".into());
    }
    for a in &p.args {
        parts.push(with_default(a));
    }
    match &p.vararg {
        Some(v) => parts.push(format!("*{}", v.name)),
        None if !p.kwonlyargs.is_empty() => parts.push("*".into()),
        None => {}
    }
    for a in &p.kwonlyargs {
        parts.push(with_default(a));
    }
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", k.name));
    }
    out.push_str(&parts.join(", "));
}

/// Literal text inside an f-string body (braces doubled).
fn literal_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            c => out.push(c),
        }
    }
}

fn fstring_elements(out: &mut String, els: &ast::InterpolatedStringElements) {
    for el in els.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => literal_text(out, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = i.conversion;
                if let Some(dbg) = &i.debug_text {
                    // `{x=}` is the text `x=` and then `{x!r}` (repr unless
                    // a conversion or spec is given).
                    let text = format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                    literal_text(out, &text);
                    if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                        conversion = ast::ConversionFlag::Repr;
                    }
                }
                let mut inner = String::new();
                expr(&mut inner, &i.expression, Prec::Test.up());
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                match conversion {
                    ast::ConversionFlag::None => {}
                    ast::ConversionFlag::Str => out.push_str("!s"),
                    ast::ConversionFlag::Repr => out.push_str("!r"),
                    ast::ConversionFlag::Ascii => out.push_str("!a"),
                }
                if let Some(spec) = &i.format_spec {
                    out.push(':');
                    fstring_elements(out, &spec.elements);
                }
                out.push('}');
            }
        }
    }
}
