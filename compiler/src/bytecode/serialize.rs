//! Serialization of a whole program (modules and code objects) into the
//! byte blob embedded in the executable and read by the runtime's loader.
//! The format is documented in the runtime's `eval/loader.rs`.

use super::code::{CodeObject, Const};

/// A module of the program: its name, absolute path, source and body code.
pub struct ModuleInfo {
    pub name: String,
    pub filename: String,
    pub source: String,
    pub is_package: bool,
    pub body: u32,
}

const MAGIC: &[u8; 4] = b"CRPY";
const VERSION: u32 = 1;

pub fn serialize(modules: &[ModuleInfo], codes: &[CodeObject], dis: &[String]) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION);
    w.u32(modules.len() as u32);
    for m in modules {
        w.str(&m.name);
        w.str(&m.filename);
        w.str(&m.source);
        w.0.push(m.is_package as u8);
        w.u32(m.body);
    }
    w.u32(codes.len() as u32);
    for (i, c) in codes.iter().enumerate() {
        w.str(&c.name);
        w.str(&c.qualname);
        w.str(&c.filename);
        for v in [
            c.firstlineno,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags,
            c.stacksize,
        ] {
            w.u32(v);
        }
        w.u32(c.localsplus.len() as u32);
        for (n, k) in &c.localsplus {
            w.str(n);
            w.0.push(*k);
        }
        w.u32(c.names.len() as u32);
        for n in &c.names {
            w.str(n);
        }
        w.u32(c.consts.len() as u32);
        for k in &c.consts {
            w.konst(k);
        }
        w.u32(c.instrs.len() as u32);
        for ins in &c.instrs {
            for v in [ins.pos.line, ins.pos.end_line, ins.pos.col, ins.pos.end_col] {
                w.u32(v);
            }
        }
        w.bytes(&c.co_code());
        w.str(dis.get(i).map(String::as_str).unwrap_or(""));
        w.u32(c.module_index);
    }
    w.0
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn konst(&mut self, k: &Const) {
        match k {
            Const::None => self.0.push(0),
            Const::True => self.0.push(1),
            Const::False => self.0.push(2),
            Const::Ellipsis => self.0.push(3),
            Const::Int(i) => {
                self.0.push(4);
                self.u64(*i as u64);
            }
            Const::BigInt(b) => {
                self.0.push(5);
                self.str(&b.to_string());
            }
            Const::Float(f) => {
                self.0.push(6);
                self.u64(f.to_bits());
            }
            Const::Complex(r, i) => {
                self.0.push(7);
                self.u64(r.to_bits());
                self.u64(i.to_bits());
            }
            Const::Str(s) => {
                self.0.push(8);
                self.str(s);
            }
            Const::Bytes(b) => {
                self.0.push(9);
                self.bytes(b);
            }
            Const::Tuple(items) => {
                self.0.push(10);
                self.u32(items.len() as u32);
                items.iter().for_each(|x| self.konst(x));
            }
            Const::Code(i) => {
                self.0.push(11);
                self.u32(*i);
            }
            Const::FrozenSet(items) => {
                self.0.push(12);
                self.u32(items.len() as u32);
                items.iter().for_each(|x| self.konst(x));
            }
        }
    }
}
