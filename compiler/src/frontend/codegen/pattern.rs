//! `match` statements (PEP 634): each case copies the subject, runs the
//! pattern's tests (`MATCH_*` instructions) and binds captures; a failed
//! test jumps to a "pop k items" trampoline that restores the stack to just
//! the subject before the next case is tried.

use super::{Compiler, Label};
use crate::abi;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Opcode;
use crate::diagnostics::CResult;
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

/// Failure targets of one pattern: `labels[k]` pops k items, then falls
/// through to the failure continuation.
#[derive(Default)]
struct Fails {
    labels: Vec<Label>,
}

impl Compiler<'_> {
    fn fail(&mut self, f: &mut Fails, k: usize) -> Label {
        while f.labels.len() <= k {
            let l = self.new_label();
            f.labels.push(l);
        }
        f.labels[k]
    }

    /// Emits the trampolines; afterwards the stack is back to the pattern's base.
    fn emit_fails(&mut self, f: &Fails) {
        for k in (0..f.labels.len()).rev() {
            self.bind(f.labels[k]);
            if k > 0 {
                self.emit(Opcode::POP_TOP, 0);
            }
        }
    }

    pub(crate) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult<()> {
        let end = self.new_label();
        self.expr(&m.subject)?;
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_pos(case.pattern.range());
            let last = i + 1 == n;
            let irrefutable = case.guard.is_none() && is_irrefutable(&case.pattern);
            if last && irrefutable {
                // The subject itself is consumed by the final catch-all.
                let mut f = Fails::default();
                self.pattern(&case.pattern, 0, &mut f)?;
                self.body(&case.body)?;
                self.emit_jump(Opcode::JUMP, end);
                if !f.labels.is_empty() {
                    self.emit_fails(&f);
                    self.emit_jump(Opcode::JUMP, end);
                }
                self.bind(end);
                return Ok(());
            }
            let mut f = Fails::default();
            self.emit(Opcode::COPY, 1);
            self.pattern(&case.pattern, 0, &mut f)?;
            if let Some(g) = &case.guard {
                let l = self.fail(&mut f, 0);
                self.jump_if(g, false, l)?;
            }
            self.emit(Opcode::POP_TOP, 0);
            self.body(&case.body)?;
            self.emit_jump(Opcode::JUMP, end);
            self.emit_fails(&f);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Matches TOS (consumed) against `p`; `base` items sit between the
    /// subject and TOS and must be popped on failure.
    fn pattern(&mut self, p: &Pattern, base: usize, f: &mut Fails) -> CResult<()> {
        self.set_pos(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, abi::CMP_EQ as u32);
                let l = self.fail(f, base);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::True,
                    ast::Singleton::False => Const::False,
                });
                self.emit(Opcode::IS_OP, 0);
                let l = self.fail(f, base);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, l);
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    if a.name.is_some() {
                        self.emit(Opcode::COPY, 1);
                    }
                    let extra = a.name.is_some() as usize;
                    self.pattern(sub, base + extra, f)?;
                }
                match (&a.name, &a.pattern) {
                    (Some(n), _) => self.emit_name_op_store(n.as_str()),
                    (None, None) => self.emit(Opcode::POP_TOP, 0),
                    (None, Some(_)) => {}
                }
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.emit_name_op_store(n.as_str()),
                None => self.emit(Opcode::POP_TOP, 0),
            },
            Pattern::MatchOr(o) => {
                // Try each alternative on a copy; the first that matches wins.
                let success = self.new_label();
                for alt in &o.patterns {
                    let mut local = Fails::default();
                    self.emit(Opcode::COPY, 1);
                    self.pattern(alt, 0, &mut local)?;
                    self.emit(Opcode::POP_TOP, 0);
                    self.emit_jump(Opcode::JUMP, success);
                    self.emit_fails(&local);
                }
                // No alternative matched: [.., v] → fail.
                let l = self.fail(f, base + 1);
                self.emit_jump(Opcode::JUMP, l);
                self.bind(success);
            }
            Pattern::MatchSequence(s) => {
                let star = s
                    .patterns
                    .iter()
                    .position(|x| matches!(x, Pattern::MatchStar(_)));
                let n = s.patterns.len();
                self.emit(Opcode::MATCH_SEQUENCE, 0);
                let l1 = self.fail(f, base + 1);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, l1);
                self.emit(Opcode::GET_LEN, 0);
                match star {
                    Some(_) => {
                        self.load_const(Const::Int(n as i64 - 1));
                        self.emit(Opcode::COMPARE_OP, abi::CMP_GE as u32);
                    }
                    None => {
                        self.load_const(Const::Int(n as i64));
                        self.emit(Opcode::COMPARE_OP, abi::CMP_EQ as u32);
                    }
                }
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, l1);
                match star {
                    Some(si) => {
                        let after = n - si - 1;
                        self.emit(Opcode::UNPACK_EX, si as u32 | ((after as u32) << 8));
                    }
                    None => self.emit(Opcode::UNPACK_SEQUENCE, n as u32),
                }
                for (i, sub) in s.patterns.iter().enumerate() {
                    self.pattern(sub, base + (n - 1 - i), f)?;
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Opcode::MATCH_MAPPING, 0);
                let l1 = self.fail(f, base + 1);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, l1);
                let n = m.keys.len();
                for k in &m.keys {
                    self.expr(k)?;
                }
                self.emit(Opcode::BUILD_TUPLE, n as u32);
                self.emit(Opcode::MATCH_KEYS, 0);
                self.emit(Opcode::COPY, 1);
                let l3 = self.fail(f, base + 3);
                self.emit_jump(Opcode::POP_JUMP_IF_NONE, l3);
                self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
                for (i, sub) in m.patterns.iter().enumerate() {
                    self.pattern(sub, base + 2 + (n - 1 - i), f)?;
                }
                match &m.rest {
                    Some(r) => {
                        self.emit(Opcode::COPY_DICT_WITHOUT_KEYS, 0);
                        self.emit_name_op_store(r.as_str());
                        self.emit(Opcode::POP_TOP, 0);
                    }
                    None => {
                        self.emit(Opcode::POP_TOP, 0);
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Const> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| Const::Str(k.attr.to_string()))
                    .collect();
                let nk = names.len();
                self.load_const(Const::Tuple(names));
                let np = c.arguments.patterns.len();
                self.emit(Opcode::MATCH_CLASS, np as u32);
                self.emit(Opcode::COPY, 1);
                let l1 = self.fail(f, base + 1);
                self.emit_jump(Opcode::POP_JUMP_IF_NONE, l1);
                let total = np + nk;
                self.emit(Opcode::UNPACK_SEQUENCE, total as u32);
                let subs = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
                for (i, sub) in subs.enumerate() {
                    self.pattern(sub, base + (total - 1 - i), f)?;
                }
            }
        }
        Ok(())
    }
}

fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}
