//! Parsing of the program blob the compiler embeds in every executable: the
//! modules (name, file, source) and the code objects with their constants,
//! names, positions and native entry points.
//!
//! Format (little-endian), written by the compiler's serializer:
//! magic `CRPY`, u32 version 1; u32 nmodules, per module: str name, str
//! filename, str source, u8 is_package, u32 body_code_index; u32 ncodes, per
//! code: str name, str qualname, str filename, u32 firstlineno, argcount,
//! posonlyargcount, kwonlyargcount, flags, stacksize; u32 nlocalsplus, per
//! slot: str name, u8 kind; u32 nnames + str each; u32 nconsts + const each;
//! u32 ninstr + (line, end_line, col, end_col) each; bytes co_code; str dis
//! listing; u32 module_index. A const is a tag byte and a payload (see
//! `RawConst`). str/bytes are a u32 length and the bytes.

use crate::abi::{
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR,
    CO_VARARGS, CO_VARKEYWORDS,
};
use crate::object::{Obj, Payload};
use crate::types::code::{CodeData, NativeFn, Position};
use crate::types::{self, builtin};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A module embedded in the program.
pub struct ModuleInfo {
    pub name: String,
    pub filename: String,
    pub source: String,
    pub is_package: bool,
    pub body_code: u32,
    /// Byte offsets of line starts in `source` (computed at load).
    line_starts: Vec<usize>,
}

impl ModuleInfo {
    /// Line `lineno` (1-based) of the source, without its line terminator.
    pub fn line(&self, lineno: u32) -> Option<&str> {
        let i = (lineno as usize).checked_sub(1)?;
        let start = *self.line_starts.get(i)?;
        let end = self
            .line_starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.source.len());
        let l = self.source.get(start..end)?;
        let l = l.strip_suffix('\n').unwrap_or(l);
        Some(l.strip_suffix('\r').unwrap_or(l))
    }
}

/// The loaded program: modules and code objects (indexed as in the blob).
pub struct Program {
    pub modules: Vec<ModuleInfo>,
    pub codes: Vec<Obj>,
}

impl Program {
    /// The module with dotted name `name`.
    pub fn find_module(&self, name: &str) -> Option<(usize, &ModuleInfo)> {
        self.modules
            .iter()
            .enumerate()
            .find(|(_, m)| m.name == name)
    }
}

thread_local! {
    static PROGRAM: std::mem::ManuallyDrop<RefCell<Option<Rc<Program>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// Installs the program for imports and tracebacks.
pub fn set_program(p: Rc<Program>) {
    PROGRAM.with(|g| *g.borrow_mut() = Some(p));
}

/// The loaded program, if any.
pub fn program() -> Option<Rc<Program>> {
    PROGRAM.with(|g| g.borrow().clone())
}

/// A constant as stored in the blob.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RawConst {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<RawConst>),
    Code(u32),
    FrozenSet(Vec<RawConst>),
}

/// A code record as stored in the blob.
#[derive(Debug, Clone)]
pub struct RawCode {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub localsplus: Vec<(String, u8)>,
    pub names: Vec<String>,
    pub consts: Vec<RawConst>,
    pub positions: Vec<Position>,
    pub code: Vec<u8>,
    pub dis: String,
    pub module_index: u32,
}

/// The blob's structure before objects are created.
#[derive(Debug, Clone)]
pub struct RawProgram {
    pub modules: Vec<(String, String, String, bool, u32)>,
    pub codes: Vec<RawCode>,
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

type LoadResult<T> = Result<T, String>;

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> LoadResult<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| format!("truncated program blob at offset {}", self.pos))?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> LoadResult<u8> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> LoadResult<u32> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u64(&mut self) -> LoadResult<u64> {
        let s = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        Ok(u64::from_le_bytes(a))
    }
    fn bytes(&mut self) -> LoadResult<Vec<u8>> {
        let n = self.u32()? as usize;
        Ok(self.take(n)?.to_vec())
    }
    fn str(&mut self) -> LoadResult<String> {
        let b = self.bytes()?;
        String::from_utf8(b).map_err(|_| "invalid UTF-8 in program blob".to_string())
    }
    /// A count, sanity-checked against the remaining bytes.
    fn count(&mut self) -> LoadResult<usize> {
        let n = self.u32()? as usize;
        if n > self.b.len() - self.pos {
            return Err(format!("bad count {n} in program blob"));
        }
        Ok(n)
    }
    fn konst(&mut self, depth: u32) -> LoadResult<RawConst> {
        if depth > 200 {
            return Err("constants nested too deeply".into());
        }
        Ok(match self.u8()? {
            0 => RawConst::None,
            1 => RawConst::True,
            2 => RawConst::False,
            3 => RawConst::Ellipsis,
            4 => RawConst::Int(self.u64()? as i64),
            5 => RawConst::BigInt(self.str()?),
            6 => RawConst::Float(self.u64()?),
            7 => RawConst::Complex(self.u64()?, self.u64()?),
            8 => RawConst::Str(self.str()?),
            9 => RawConst::Bytes(self.bytes()?),
            10 => {
                let n = self.count()?;
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(self.konst(depth + 1)?);
                }
                RawConst::Tuple(v)
            }
            11 => RawConst::Code(self.u32()?),
            12 => {
                let n = self.count()?;
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(self.konst(depth + 1)?);
                }
                RawConst::FrozenSet(v)
            }
            t => return Err(format!("unknown constant tag {t}")),
        })
    }
}

/// Parses the blob's structure.
pub fn parse(blob: &[u8]) -> LoadResult<RawProgram> {
    let mut r = Reader { b: blob, pos: 0 };
    if r.take(4)? != b"CRPY" {
        return Err("bad program blob magic".into());
    }
    let version = r.u32()?;
    if version != 1 {
        return Err(format!("unsupported program blob version {version}"));
    }
    let nmod = r.count()?;
    let mut modules = Vec::with_capacity(nmod);
    for _ in 0..nmod {
        let name = r.str()?;
        let filename = r.str()?;
        let source = r.str()?;
        let is_package = r.u8()? != 0;
        let body = r.u32()?;
        modules.push((name, filename, source, is_package, body));
    }
    let ncodes = r.count()?;
    let mut codes = Vec::with_capacity(ncodes);
    for _ in 0..ncodes {
        let name = r.str()?;
        let qualname = r.str()?;
        let filename = r.str()?;
        let firstlineno = r.u32()?;
        let argcount = r.u32()?;
        let posonlyargcount = r.u32()?;
        let kwonlyargcount = r.u32()?;
        let flags = r.u32()?;
        let stacksize = r.u32()?;
        let nlp = r.count()?;
        let mut localsplus = Vec::with_capacity(nlp);
        for _ in 0..nlp {
            let n = r.str()?;
            let k = r.u8()?;
            localsplus.push((n, k));
        }
        let nnames = r.count()?;
        let mut names = Vec::with_capacity(nnames);
        for _ in 0..nnames {
            names.push(r.str()?);
        }
        let nconsts = r.count()?;
        let mut consts = Vec::with_capacity(nconsts);
        for _ in 0..nconsts {
            consts.push(r.konst(0)?);
        }
        let ninstr = r.count()?;
        let mut positions = Vec::with_capacity(ninstr);
        for _ in 0..ninstr {
            positions.push(Position {
                line: r.u32()?,
                end_line: r.u32()?,
                col: r.u32()?,
                end_col: r.u32()?,
            });
        }
        let code = r.bytes()?;
        let dis = r.str()?;
        let module_index = r.u32()?;
        codes.push(RawCode {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            localsplus,
            names,
            consts,
            positions,
            code,
            dis,
            module_index,
        });
    }
    if r.pos != blob.len() {
        return Err("trailing bytes in program blob".into());
    }
    for (i, m) in modules.iter().enumerate() {
        if m.4 as usize >= codes.len() {
            return Err(format!("module {i} has a bad body code index"));
        }
    }
    Ok(RawProgram { modules, codes })
}

/// The native entries of one code object: its function, and the push
/// variant of a generator expression (`CodeData::push_native`).
pub type Natives = (NativeFn, Option<NativeFn>);

/// Creates the objects of a parsed program. `native(i)` gives the native
/// entries of code `i`.
pub fn build(raw: &RawProgram, native: &dyn Fn(usize) -> Natives) -> LoadResult<Program> {
    let mut b = Builder {
        raw,
        native,
        built: vec![None; raw.codes.len()],
        in_progress: vec![false; raw.codes.len()],
        unit: compilation_units(raw),
        merged: HashMap::new(),
    };
    for i in 0..raw.codes.len() {
        b.code(i)?;
    }
    let codes: Vec<Obj> = b
        .built
        .into_iter()
        .map(|c| c.expect("every code was built"))
        .collect();
    let modules = raw
        .modules
        .iter()
        .map(|(name, filename, source, is_package, body)| {
            let mut line_starts = vec![0];
            line_starts.extend(
                source
                    .bytes()
                    .enumerate()
                    .filter(|(_, c)| *c == b'\n')
                    .map(|(i, _)| i + 1),
            );
            ModuleInfo {
                name: name.clone(),
                filename: filename.clone(),
                source: source.clone(),
                is_package: *is_package,
                body_code: *body,
                line_starts,
            }
        })
        .collect();
    Ok(Program { modules, codes })
}

/// Parses and builds a program.
pub fn load(blob: &[u8], native: &dyn Fn(usize) -> Natives) -> LoadResult<Program> {
    let raw = parse(blob)?;
    build(&raw, native)
}

/// The module each code object was compiled with (by index; codes no
/// module reaches get their own unit).
fn compilation_units(raw: &RawProgram) -> Vec<usize> {
    let n = raw.codes.len();
    let mut unit: Vec<Option<usize>> = vec![None; n];
    for (m, module) in raw.modules.iter().enumerate() {
        let mut work = vec![module.4 as usize];
        while let Some(i) = work.pop() {
            if i >= n || unit[i].is_some() {
                continue;
            }
            unit[i] = Some(m);
            for c in &raw.codes[i].consts {
                if let RawConst::Code(j) = c {
                    work.push(*j as usize);
                }
            }
        }
    }
    let units = raw.modules.len();
    unit.into_iter()
        .enumerate()
        .map(|(i, u)| u.unwrap_or(units + i))
        .collect()
}

struct Builder<'a> {
    raw: &'a RawProgram,
    native: &'a dyn Fn(usize) -> Natives,
    built: Vec<Option<Obj>>,
    in_progress: Vec<bool>,
    /// Per code: its compilation unit (see `compilation_units`).
    unit: Vec<usize>,
    /// Equal constants of one compilation unit are one object, as
    /// CPython's compiler merges them (`f() is g()` for `return 0.5`).
    merged: HashMap<(usize, RawConst), Obj>,
}

impl Builder<'_> {
    /// Names and str constants are interned: equal texts share one object
    /// across the program and with the runtime's own names (native modules'
    /// and built-in types' attributes), so dict lookups of attribute and
    /// global names match keys by identity.
    fn string(&mut self, s: &str) -> Obj {
        types::str::intern(s)
    }

    fn str_tuple<'s>(&mut self, it: impl Iterator<Item = &'s str>) -> Obj {
        let v: Vec<Obj> = it.map(|s| self.string(s)).collect();
        types::tuple::new_tuple(v)
    }

    /// Constant `c` of a code of compilation unit `unit`: the unit's
    /// object for an equal constant if it has one (code objects are
    /// built once each anyway; strs are interned program-wide).
    fn merged_konst(&mut self, unit: usize, c: &RawConst) -> LoadResult<Obj> {
        if matches!(c, RawConst::Code(_) | RawConst::Str(_)) {
            return self.konst(unit, c);
        }
        let key = (unit, c.clone());
        if let Some(o) = self.merged.get(&key) {
            return Ok(o.clone());
        }
        let o = self.konst(unit, c)?;
        self.merged.insert(key, o.clone());
        Ok(o)
    }

    fn konst(&mut self, unit: usize, c: &RawConst) -> LoadResult<Obj> {
        let b = builtin();
        Ok(match c {
            RawConst::None => b.none.clone(),
            RawConst::True => b.true_.clone(),
            RawConst::False => b.false_.clone(),
            RawConst::Ellipsis => b.ellipsis.clone(),
            RawConst::Int(v) => types::int::new_int(*v),
            RawConst::BigInt(s) => {
                let v: num_bigint::BigInt = s
                    .parse()
                    .map_err(|_| format!("bad big int constant {s:?}"))?;
                types::int::new_bigint(v)
            }
            RawConst::Float(bits) => types::float::new_float(f64::from_bits(*bits)),
            RawConst::Complex(re, im) => Obj::new(
                &b.complex,
                Payload::Complex(f64::from_bits(*re), f64::from_bits(*im)),
            ),
            RawConst::Str(s) => self.string(s),
            RawConst::Bytes(v) => types::bytes::new_bytes(v.clone()),
            RawConst::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items {
                    v.push(self.merged_konst(unit, i)?);
                }
                types::tuple::new_tuple(v)
            }
            RawConst::Code(i) => self.code(*i as usize)?,
            RawConst::FrozenSet(items) => {
                let mut v = Vec::with_capacity(items.len());
                for i in items {
                    v.push(self.merged_konst(unit, i)?);
                }
                types::set::new_frozenset_const(v)
                    .map_err(|_| "cannot build a frozenset constant".to_string())?
            }
        })
    }

    fn code(&mut self, i: usize) -> LoadResult<Obj> {
        if let Some(Some(c)) = self.built.get(i) {
            return Ok(c.clone());
        }
        let Some(rc) = self.raw.codes.get(i) else {
            return Err(format!("bad code index {i}"));
        };
        if self.in_progress[i] {
            return Err(format!("code {i} contains itself"));
        }
        self.in_progress[i] = true;
        let mut consts = Vec::with_capacity(rc.consts.len());
        let unit = self.unit[i];
        for c in &rc.consts {
            consts.push(self.merged_konst(unit, c)?);
        }
        let consts = types::tuple::new_tuple(consts);
        let names = self.str_tuple(rc.names.iter().map(String::as_str));
        let kinds: Vec<u8> = rc.localsplus.iter().map(|(_, k)| *k).collect();
        let lp_names: Vec<Obj> = rc.localsplus.iter().map(|(n, _)| self.string(n)).collect();
        let pick = |mask: u8| {
            rc.localsplus
                .iter()
                .filter(move |(_, k)| k & mask != 0)
                .map(|(n, _)| n.as_str())
        };
        let varnames = self.str_tuple(pick(CO_FAST_LOCAL));
        let cellvars = self.str_tuple(pick(CO_FAST_CELL));
        let freevars = self.str_tuple(pick(CO_FAST_FREE));
        let cell2arg = kinds
            .iter()
            .enumerate()
            .filter(|(_, k)| *k & CO_FAST_CELL != 0)
            .map(|(i, k)| (k & CO_FAST_LOCAL != 0).then_some(i as u32))
            .collect();
        let const_words = words(&consts);
        let name_words = words(&names);
        let generator_like = rc.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0;
        let plain_params = rc.kwonlyargcount == 0
            && rc.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
            && kinds.len() >= rc.argcount as usize;
        let simple_args =
            plain_params && !kinds.iter().any(|k| k & (CO_FAST_CELL | CO_FAST_FREE) != 0);
        // Free variables only, all after the other slots.
        let nfree = kinds.iter().filter(|k| *k & CO_FAST_FREE != 0).count();
        let simple_closure = plain_params
            && nfree > 0
            && kinds.len() - nfree >= rc.argcount as usize
            && kinds[kinds.len() - nfree..]
                .iter()
                .all(|k| *k == CO_FAST_FREE)
            && !kinds.iter().any(|k| k & CO_FAST_CELL != 0);
        let (native, push_native) = (self.native)(i);
        let data = CodeData {
            name: self.string(&rc.name),
            qualname: self.string(&rc.qualname),
            filename: self.string(&rc.filename),
            firstlineno: rc.firstlineno,
            argcount: rc.argcount,
            posonlyargcount: rc.posonlyargcount,
            kwonlyargcount: rc.kwonlyargcount,
            flags: rc.flags,
            stacksize: rc.stacksize,
            simple_positional: simple_args && !generator_like,
            simple_generator: simple_args && generator_like,
            simple_closure,
            varnames,
            cellvars,
            freevars,
            localsplus_names: lp_names,
            localsplus_kinds: kinds,
            cell2arg,
            names,
            consts,
            const_words,
            name_words,
            code_bytes: types::bytes::new_bytes(rc.code.clone()),
            positions: rc.positions.clone().into_boxed_slice(),
            module_index: rc.module_index,
            native,
            push_native,
            dis: if rc.dis.is_empty() {
                None
            } else {
                Some(rc.dis.clone().into_boxed_str())
            },
        };
        let obj = Obj::new_immortal(builtin().code.word(), Payload::Code(Box::new(data)));
        self.built[i] = Some(obj.clone());
        self.in_progress[i] = false;
        Ok(obj)
    }
}

/// The raw item words of a tuple (borrowed: the tuple keeps them alive).
fn words(t: &Obj) -> Box<[u64]> {
    types::tuple::as_slice(t)
        .unwrap_or(&[])
        .iter()
        .map(Obj::word)
        .collect()
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// Serializes a program in the blob format (the compiler's job; used to
    /// test the loader).
    pub fn serialize(p: &RawProgram) -> Vec<u8> {
        let mut o = Vec::new();
        fn s(o: &mut Vec<u8>, v: &[u8]) {
            o.extend_from_slice(&(v.len() as u32).to_le_bytes());
            o.extend_from_slice(v);
        }
        fn u(o: &mut Vec<u8>, v: u32) {
            o.extend_from_slice(&v.to_le_bytes());
        }
        fn k(o: &mut Vec<u8>, c: &RawConst) {
            match c {
                RawConst::None => o.push(0),
                RawConst::True => o.push(1),
                RawConst::False => o.push(2),
                RawConst::Ellipsis => o.push(3),
                RawConst::Int(v) => {
                    o.push(4);
                    o.extend_from_slice(&v.to_le_bytes());
                }
                RawConst::BigInt(v) => {
                    o.push(5);
                    s(o, v.as_bytes());
                }
                RawConst::Float(v) => {
                    o.push(6);
                    o.extend_from_slice(&v.to_le_bytes());
                }
                RawConst::Complex(a, b) => {
                    o.push(7);
                    o.extend_from_slice(&a.to_le_bytes());
                    o.extend_from_slice(&b.to_le_bytes());
                }
                RawConst::Str(v) => {
                    o.push(8);
                    s(o, v.as_bytes());
                }
                RawConst::Bytes(v) => {
                    o.push(9);
                    s(o, v);
                }
                RawConst::Tuple(v) => {
                    o.push(10);
                    u(o, v.len() as u32);
                    for c in v {
                        k(o, c);
                    }
                }
                RawConst::Code(i) => {
                    o.push(11);
                    u(o, *i);
                }
                RawConst::FrozenSet(v) => {
                    o.push(12);
                    u(o, v.len() as u32);
                    for c in v {
                        k(o, c);
                    }
                }
            }
        }
        o.extend_from_slice(b"CRPY");
        u(&mut o, 1);
        u(&mut o, p.modules.len() as u32);
        for (name, file, src, pkg, body) in &p.modules {
            s(&mut o, name.as_bytes());
            s(&mut o, file.as_bytes());
            s(&mut o, src.as_bytes());
            o.push(*pkg as u8);
            u(&mut o, *body);
        }
        u(&mut o, p.codes.len() as u32);
        for c in &p.codes {
            s(&mut o, c.name.as_bytes());
            s(&mut o, c.qualname.as_bytes());
            s(&mut o, c.filename.as_bytes());
            for v in [
                c.firstlineno,
                c.argcount,
                c.posonlyargcount,
                c.kwonlyargcount,
                c.flags,
                c.stacksize,
            ] {
                u(&mut o, v);
            }
            u(&mut o, c.localsplus.len() as u32);
            for (n, kind) in &c.localsplus {
                s(&mut o, n.as_bytes());
                o.push(*kind);
            }
            u(&mut o, c.names.len() as u32);
            for n in &c.names {
                s(&mut o, n.as_bytes());
            }
            u(&mut o, c.consts.len() as u32);
            for x in &c.consts {
                k(&mut o, x);
            }
            u(&mut o, c.positions.len() as u32);
            for p in &c.positions {
                for v in [p.line, p.end_line, p.col, p.end_col] {
                    u(&mut o, v);
                }
            }
            s(&mut o, &c.code);
            s(&mut o, c.dis.as_bytes());
            u(&mut o, c.module_index);
        }
        o
    }

    unsafe extern "C" fn dummy(_f: *mut crate::eval::frame::Frame) -> u64 {
        0
    }

    pub fn raw_code(name: &str, localsplus: Vec<(&str, u8)>, consts: Vec<RawConst>) -> RawCode {
        RawCode {
            name: name.into(),
            qualname: name.into(),
            filename: "/tmp/x.py".into(),
            firstlineno: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            stacksize: 2,
            localsplus: localsplus
                .into_iter()
                .map(|(n, k)| (n.to_string(), k))
                .collect(),
            names: vec!["print".into(), "x".into()],
            consts,
            positions: vec![
                Position {
                    line: 1,
                    end_line: 1,
                    col: 0,
                    end_col: 3,
                },
                Position::default(),
            ],
            code: vec![151, 0, 100, 0],
            dis: String::new(),
            module_index: 0,
        }
    }

    #[test]
    fn round_trip() {
        crate::types::init();
        let inner = raw_code(
            "f",
            vec![("a", 0x60), ("b", 0x20), ("c", 0x40), ("d", 0x80)],
            vec![RawConst::None],
        );
        let outer = raw_code(
            "<module>",
            vec![],
            vec![
                RawConst::Str("doc".into()),
                RawConst::Code(1),
                RawConst::Int(-5),
                RawConst::Float(1.5f64.to_bits()),
                RawConst::Tuple(vec![RawConst::True, RawConst::Ellipsis]),
                RawConst::Bytes(vec![1, 2]),
            ],
        );
        let raw = RawProgram {
            modules: vec![(
                "__main__".into(),
                "/tmp/x.py".into(),
                "print(x)\r\nline two\nlast".into(),
                false,
                0,
            )],
            codes: vec![outer, inner],
        };
        let blob = serialize(&raw);
        let p = load(&blob, &|_| (dummy as NativeFn, None)).expect("loads");
        assert_eq!(p.codes.len(), 2);
        assert_eq!(p.modules[0].line(1), Some("print(x)"));
        assert_eq!(p.modules[0].line(2), Some("line two"));
        assert_eq!(p.modules[0].line(3), Some("last"));
        assert_eq!(p.modules[0].line(4), None);
        let m = crate::types::code::code_data(&p.codes[0]);
        let consts = crate::types::tuple::as_slice(&m.consts).unwrap();
        assert!(consts[1].is(&p.codes[1]), "code constants are shared");
        assert_eq!(m.const_words.len(), 6);
        assert_eq!(m.const_words[1], p.codes[1].word());
        assert_eq!(m.name_words.len(), 2);
        let f = crate::types::code::code_data(&p.codes[1]);
        let names = |t: &Obj| -> Vec<String> {
            crate::types::tuple::as_slice(t)
                .unwrap()
                .iter()
                .map(|s| crate::types::str::as_str(s).unwrap().to_string())
                .collect()
        };
        assert_eq!(names(&f.varnames), vec!["a", "b"]);
        assert_eq!(names(&f.cellvars), vec!["a", "c"]);
        assert_eq!(names(&f.freevars), vec!["d"]);
        assert_eq!(f.cell2arg, vec![Some(0), None]);
        assert_eq!(f.positions.len(), 2);
        assert_eq!(f.positions[0].end_col, 3);
        // Equal names share one object.
        assert!(m.names.is(&m.names) && f.localsplus_names[0].word() != 0);
    }

    #[test]
    fn rejects_garbage() {
        crate::types::init();
        assert!(load(b"XXXX", &|_| (dummy as NativeFn, None)).is_err());
        assert!(
            load(b"CRPY\x01\x00\x00\x00\xff\xff\xff\xff", &|_| (
                dummy as NativeFn,
                None
            ))
            .is_err()
        );
        let raw = RawProgram {
            modules: vec![],
            codes: vec![raw_code("a", vec![], vec![RawConst::Code(0)])],
        };
        assert!(load(&serialize(&raw), &|_| (dummy as NativeFn, None)).is_err());
    }
}
