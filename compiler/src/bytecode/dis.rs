//! The `dis` listing of a code object, in CPython 3.11's layout: line
//! numbers, `>>` jump targets, offsets (2 bytes per instruction), argument
//! values with their meaning, and the exception table.

use super::code::{CodeObject, Const};
use super::opcode::{ArgKind, Opcode};
use crate::abi;
use std::fmt::Write;

/// Lists every code object of a program (the module first, nested ones after).
pub fn disassemble_all(codes: &[CodeObject], root: u32) -> String {
    let mut out = String::new();
    let mut order = vec![root];
    let mut i = 0;
    while i < order.len() {
        let c = &codes[order[i] as usize];
        for k in &c.consts {
            collect_codes(k, &mut order);
        }
        i += 1;
    }
    for (n, idx) in order.iter().enumerate() {
        let c = &codes[*idx as usize];
        if n > 0 {
            let _ = writeln!(out, "\nDisassembly of {}:", code_repr(c));
        }
        out.push_str(&disassemble(c, codes));
    }
    out
}

fn collect_codes(k: &Const, order: &mut Vec<u32>) {
    match k {
        Const::Code(i) => order.push(*i),
        Const::Tuple(items) => items.iter().for_each(|x| collect_codes(x, order)),
        _ => {}
    }
}

/// `<code object f at 0x..., file "x.py", line 3>` (the address is a placeholder).
pub fn code_repr(c: &CodeObject) -> String {
    format!(
        "<code object {} at 0x0000, file \"{}\", line {}>",
        c.name, c.filename, c.firstlineno
    )
}

/// The listing of one code object.
pub fn disassemble(c: &CodeObject, codes: &[CodeObject]) -> String {
    let mut out = String::new();
    let targets: std::collections::HashSet<u32> = c
        .instrs
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .chain(c.handlers.iter().flatten().map(|h| h.target))
        .collect();
    let maxline = c.instrs.iter().map(|i| i.pos.line).max().unwrap_or(0);
    let lineno_width = maxline.to_string().len().max(3);
    let offset_width = (c.instrs.len() * 2).to_string().len().max(4);
    let mut last_line = 0;
    for (idx, ins) in c.instrs.iter().enumerate() {
        let starts = ins.pos.line != 0 && ins.pos.line != last_line;
        if starts {
            if idx > 0 {
                out.push('\n');
            }
            last_line = ins.pos.line;
        }
        let mut fields: Vec<String> = Vec::new();
        fields.push(if starts {
            format!("{:>w$}", ins.pos.line, w = lineno_width)
        } else {
            " ".repeat(lineno_width)
        });
        fields.push("   ".into());
        fields.push(if targets.contains(&(idx as u32)) {
            ">>".into()
        } else {
            "  ".into()
        });
        fields.push(format!("{:>w$}", idx * 2, w = offset_width));
        fields.push(format!("{:<20}", ins.op.name()));
        if ins.op.arg_kind() != ArgKind::None {
            let shown = if ins.op.is_jump() {
                ins.arg * 2
            } else {
                ins.arg
            };
            fields.push(format!("{shown:>5}"));
            let r = argrepr(c, codes, ins.op, ins.arg);
            if !r.is_empty() {
                fields.push(format!("({r})"));
            }
        }
        let line = fields.join(" ");
        let _ = writeln!(out, "{}", line.trim_end());
    }
    // Exception table: ranges of instructions sharing a handler.
    let mut entries: Vec<(usize, usize, u32, u32)> = Vec::new();
    for (i, h) in c.handlers.iter().enumerate() {
        if let Some(h) = h {
            match entries.last_mut() {
                Some(e) if e.1 + 1 == i && e.2 == h.target && e.3 == h.depth => e.1 = i,
                _ => entries.push((i, i, h.target, h.depth)),
            }
        }
    }
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for (s, e, t, d) in entries {
            let _ = writeln!(out, "  {} to {} -> {} [{}]", s * 2, e * 2 + 2, t * 2, d);
        }
    }
    out
}

fn argrepr(c: &CodeObject, codes: &[CodeObject], op: Opcode, arg: u32) -> String {
    match op.arg_kind() {
        ArgKind::Const => c
            .consts
            .get(arg as usize)
            .map(|k| const_repr(k, codes))
            .unwrap_or_default(),
        ArgKind::Name => c.names.get(arg as usize).cloned().unwrap_or_default(),
        ArgKind::Global => {
            let name = c
                .names
                .get((arg >> 1) as usize)
                .cloned()
                .unwrap_or_default();
            if arg & 1 != 0 {
                format!("NULL + {name}")
            } else {
                name
            }
        }
        ArgKind::Local => c
            .localsplus
            .get(arg as usize)
            .map(|(n, _)| n.clone())
            .unwrap_or_default(),
        ArgKind::Jump => format!("to {}", arg * 2),
        ArgKind::BinaryOp => {
            const OPS: [&str; 13] = [
                "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
            ];
            let base = (arg as u64 % abi::NB_INPLACE_OFFSET) as usize;
            let s = OPS.get(base).copied().unwrap_or("?");
            if arg as u64 >= abi::NB_INPLACE_OFFSET {
                format!("{s}=")
            } else {
                s.to_string()
            }
        }
        ArgKind::Compare => ["<", "<=", "==", "!=", ">", ">="]
            .get(arg as usize)
            .copied()
            .unwrap_or("?")
            .to_string(),
        ArgKind::Num => match op {
            Opcode::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                match (conv, arg & 4 != 0) {
                    ("", true) => "with format".into(),
                    (c, true) => format!("{c}, with format"),
                    (c, false) => c.into(),
                }
            }
            Opcode::IS_OP | Opcode::CONTAINS_OP => String::new(),
            _ => String::new(),
        },
        ArgKind::None => String::new(),
    }
}

/// A constant as `repr()` shows it in `dis` listings.
pub fn const_repr(k: &Const, codes: &[CodeObject]) -> String {
    match k {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(r, i) => {
            if *r == 0.0 && r.is_sign_positive() {
                format!("{}j", float_repr(*i))
            } else {
                format!("({}+{}j)", float_repr(*r), float_repr(*i))
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => {
            let mut s = String::from("b'");
            for &c in b {
                match c {
                    b'\'' => s.push_str("\\'"),
                    b'\\' => s.push_str("\\\\"),
                    b'\n' => s.push_str("\\n"),
                    b'\t' => s.push_str("\\t"),
                    b'\r' => s.push_str("\\r"),
                    0x20..=0x7e => s.push(c as char),
                    _ => s.push_str(&format!("\\x{c:02x}")),
                }
            }
            s.push('\'');
            s
        }
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|x| const_repr(x, codes)).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(|x| const_repr(x, codes)).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(i) => codes.get(*i as usize).map(code_repr).unwrap_or_default(),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:?}");
    if s.contains('e') {
        // Rust prints 1e16 as "1e16"; Python as "1e+16".
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = e.parse().unwrap_or(0);
        let m = m.strip_suffix(".0").unwrap_or(m);
        return format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    s
}

/// Python's `repr` of a str (quote choice and escapes).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
