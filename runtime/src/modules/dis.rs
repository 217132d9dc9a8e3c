//! The `dis` module: `dis.dis(x)` prints the listing the compiler produced
//! for a function, method or code object (the same text as `cranepy dis`),
//! followed by the listings of the code objects nested in it, as CPython's
//! `dis.dis` does. Classes and modules are disassembled member by member.

use crate::errors::{PyResult, type_error};
use crate::eval::io;
use crate::object::{Obj, Payload};
use crate::types::function::BuiltinImpl;
use crate::types::{self, code};

/// Creates the module object.
pub fn create() -> PyResult<Obj> {
    let m = super::new_module(
        "dis",
        Some("Disassembler of Python byte code into mnemonics."),
    );
    super::add_functions(
        &m,
        "dis",
        &[
            ("dis", BuiltinImpl::Pos(dis_fn)),
            ("code_info", BuiltinImpl::Pos(code_info_fn)),
            ("show_code", BuiltinImpl::Pos(show_code_fn)),
        ],
    );
    Ok(m)
}

/// The code object behind `x`: functions, bound methods, static and class
/// methods, code objects.
fn code_of(x: &Obj) -> Option<Obj> {
    match x.payload() {
        Payload::Code(_) => Some(x.clone()),
        Payload::Function(f) => Some(f.code.clone()),
        Payload::Method(f, _) => code_of(f),
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => code_of(&f.borrow()),
        _ => None,
    }
}

/// The listing of one code object and, recursively, the code objects among
/// its constants.
fn listing(c: &Obj, out: &mut String) -> PyResult<()> {
    let Some(data) = code::as_code(c) else {
        return Ok(());
    };
    out.push_str(data.dis.as_deref().unwrap_or(""));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    let consts = types::tuple::as_slice(&data.consts)
        .map(<[Obj]>::to_vec)
        .unwrap_or_default();
    for k in consts.iter().filter(|k| code::as_code(k).is_some()) {
        out.push_str("\nDisassembly of ");
        out.push_str(&crate::ops::repr_string(k)?);
        out.push_str(":\n");
        listing(k, out)?;
    }
    Ok(())
}

/// Disassembles the members of a class or module namespace that have code.
fn members(ns: &Obj, out: &mut String) -> PyResult<()> {
    let items = crate::ops::call_method(ns, "items", &[])?;
    let mut pairs = Vec::new();
    for item in crate::ops::iterate(&items)? {
        if let Some([k, v]) =
            types::tuple::as_slice(&item).and_then(|s| <&[Obj; 2]>::try_from(s).ok())
        {
            pairs.push((k.clone(), v.clone()));
        }
    }
    pairs.sort_by(|a, b| types::str::as_str(&a.0).cmp(&types::str::as_str(&b.0)));
    for (k, v) in pairs {
        if let Some(c) = code_of(&v) {
            out.push_str("Disassembly of ");
            out.push_str(types::str::as_str(&k).unwrap_or("?"));
            out.push_str(":\n");
            listing(&c, out)?;
            out.push('\n');
        }
    }
    Ok(())
}

fn dis_fn(args: &[Obj]) -> PyResult<Obj> {
    let Some(x) = args.first() else {
        return type_error("dis() missing required argument 'x'");
    };
    let mut out = String::new();
    if let Some(c) = code_of(x) {
        listing(&c, &mut out)?;
    } else if let Payload::Module(md) = x.payload() {
        members(&md.dict, &mut out)?;
    } else if matches!(x.payload(), Payload::Type(_)) {
        let ns = crate::ops::getattr_str(x, "__dict__")?;
        members(&ns, &mut out)?;
    } else {
        let tn = types::type_data(&x.ty()).name.borrow().clone();
        return type_error(format!("don't know how to disassemble {tn} objects"));
    }
    io::write_stdout(&out)?;
    Ok(types::builtin().none.clone())
}

fn info(x: &Obj) -> PyResult<String> {
    let Some(c) = code_of(x) else {
        let tn = types::type_data(&x.ty()).name.borrow().clone();
        return type_error(format!("don't know how to disassemble {tn} objects"));
    };
    let d = code::code_data(&c);
    let s = |o: &Obj| types::str::as_str(o).unwrap_or("?").to_string();
    let mut out = format!(
        "Name:              {}\nFilename:          {}\nArgument count:    {}\nPositional-only arguments: {}\nKw-only arguments: {}\nNumber of locals:  {}\nStack size:        {}\n",
        s(&d.name),
        s(&d.filename),
        d.argcount,
        d.posonlyargcount,
        d.kwonlyargcount,
        types::tuple::as_slice(&d.varnames).map_or(0, <[Obj]>::len),
        d.stacksize,
    );
    out.push_str(&format!("Flags:             {}\n", flag_names(d.flags)));
    let section = |out: &mut String, title: &str, t: &Obj| -> PyResult<()> {
        let items = types::tuple::as_slice(t)
            .map(<[Obj]>::to_vec)
            .unwrap_or_default();
        if !items.is_empty() {
            out.push_str(title);
            out.push_str(":\n");
            for (i, v) in items.iter().enumerate() {
                let r = if title == "Constants" {
                    crate::ops::repr_string(v)?
                } else {
                    s(v)
                };
                out.push_str(&format!("{i:>4}: {r}\n"));
            }
        }
        Ok(())
    };
    section(&mut out, "Constants", &d.consts)?;
    section(&mut out, "Names", &d.names)?;
    section(&mut out, "Variable names", &d.varnames)?;
    section(&mut out, "Free variables", &d.freevars)?;
    section(&mut out, "Cell variables", &d.cellvars)?;
    if out.ends_with('\n') {
        out.pop();
    }
    Ok(out)
}

fn flag_names(flags: u32) -> String {
    const NAMES: &[(u32, &str)] = &[
        (0x1, "OPTIMIZED"),
        (0x2, "NEWLOCALS"),
        (0x4, "VARARGS"),
        (0x8, "VARKEYWORDS"),
        (0x10, "NESTED"),
        (0x20, "GENERATOR"),
        (0x40, "NOFREE"),
        (0x80, "COROUTINE"),
        (0x100, "ITERABLE_COROUTINE"),
        (0x200, "ASYNC_GENERATOR"),
    ];
    let names: Vec<&str> = NAMES
        .iter()
        .filter(|(b, _)| flags & b != 0)
        .map(|(_, n)| *n)
        .collect();
    names.join(", ")
}

fn code_info_fn(args: &[Obj]) -> PyResult<Obj> {
    let Some(x) = args.first() else {
        return type_error("code_info() missing required argument 'x'");
    };
    Ok(types::str::new_string(info(x)?))
}

fn show_code_fn(args: &[Obj]) -> PyResult<Obj> {
    let Some(x) = args.first() else {
        return type_error("show_code() missing required argument 'co'");
    };
    let mut s = info(x)?;
    s.push('\n');
    io::write_stdout(&s)?;
    Ok(types::builtin().none.clone())
}
