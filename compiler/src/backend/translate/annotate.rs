//! The CLIF listing of a translated function, annotated with the bytecode.
//!
//! The translator tags every CLIF instruction with the index of the
//! bytecode instruction it belongs to (its source location); this writer
//! prints a comment line naming that bytecode instruction wherever the
//! index changes, and names the symbol behind each imported function and
//! data object in the preamble.

use crate::bytecode::code::{CodeObject, Const};
use crate::bytecode::opcode::ArgKind;
use cranelift_codegen::entity::SecondaryMap;
use cranelift_codegen::ir::entities::AnyEntity;
use cranelift_codegen::ir::{Block, ExternalName, Function, GlobalValueData, Inst, Value};
use cranelift_codegen::write::{FuncWriter, PlainWriter, decorate_function};
use cranelift_module::{DataId, FuncId, ModuleDeclarations};
use std::fmt::{self, Write};

/// The CLIF text of `func`, translated from `code`; `symbols` resolves the
/// module's function and data ids to names.
pub fn function_text(code: &CodeObject, func: &Function, symbols: &ModuleDeclarations) -> String {
    // SSA construction leaves many value aliases; rewriting every use to the
    // aliased value lets the listing omit most `vA -> vB` lines.
    let mut func = func.clone();
    func.dfg.resolve_all_aliases();
    let mut text = String::new();
    let mut writer = BytecodeComments {
        code,
        symbols,
        last: None,
        no_aliases: SecondaryMap::new(),
    };
    // Writing to a String cannot fail.
    let _ = decorate_function(&mut writer, &mut text, &func);
    text
}

struct BytecodeComments<'a> {
    code: &'a CodeObject,
    symbols: &'a ModuleDeclarations,
    /// The bytecode instruction whose comment was printed last.
    last: Option<u32>,
    /// Passed instead of the alias map: uses no longer name aliases.
    no_aliases: SecondaryMap<Value, Vec<Value>>,
}

impl BytecodeComments<'_> {
    /// The symbol an external name refers to (namespace 0: functions,
    /// 1: data objects, as `cranelift_module` assigns them).
    fn symbol(&self, func: &Function, name: &ExternalName) -> Option<String> {
        let ExternalName::User(r) = name else {
            return None;
        };
        let name = func.params.user_named_funcs().get(*r)?;
        match name.namespace {
            0 => self
                .symbols
                .get_function_decl(FuncId::from_u32(name.index))
                .name
                .clone(),
            1 => self
                .symbols
                .get_data_decl(DataId::from_u32(name.index))
                .name
                .clone(),
            _ => None,
        }
    }
}

impl FuncWriter for BytecodeComments<'_> {
    fn write_entity_definition(
        &mut self,
        w: &mut dyn Write,
        func: &Function,
        entity: AnyEntity,
        value: &dyn fmt::Display,
    ) -> fmt::Result {
        let symbol = match entity {
            AnyEntity::FuncRef(r) => self.symbol(func, &func.dfg.ext_funcs[r].name),
            AnyEntity::GlobalValue(gv) => match &func.global_values[gv] {
                GlobalValueData::Symbol { name, .. } => self.symbol(func, name),
                _ => None,
            },
            _ => None,
        };
        match symbol {
            Some(symbol) => writeln!(w, "    {entity} = {value} ; {symbol}"),
            None => self.super_entity_definition(w, func, entity, value),
        }
    }

    fn write_block_header(
        &mut self,
        w: &mut dyn Write,
        func: &Function,
        block: Block,
        indent: usize,
    ) -> fmt::Result {
        PlainWriter.write_block_header(w, func, block, indent)
    }

    fn write_instruction(
        &mut self,
        w: &mut dyn Write,
        func: &Function,
        _aliases: &SecondaryMap<Value, Vec<Value>>,
        inst: Inst,
        indent: usize,
    ) -> fmt::Result {
        let loc = func.srcloc(inst);
        if !loc.is_default() && self.last != Some(loc.bits()) {
            self.last = Some(loc.bits());
            writeln!(
                w,
                "{:indent$}; {}",
                "",
                describe(self.code, loc.bits() as usize)
            )?;
        }
        PlainWriter.write_instruction(w, func, &self.no_aliases, inst, indent)
    }
}

/// `dis`-like text for instruction `pc`: index, opcode, argument and what
/// the argument refers to.
fn describe(code: &CodeObject, pc: usize) -> String {
    let Some(instr) = code.instrs.get(pc) else {
        return format!("{pc} ?");
    };
    let arg = instr.arg;
    let mut text = format!("{pc} {}", instr.op.name());
    let detail = match instr.op.arg_kind() {
        ArgKind::None => return text,
        ArgKind::Num | ArgKind::BinaryOp | ArgKind::Compare => None,
        ArgKind::Const => code.consts.get(arg as usize).map(short_const),
        ArgKind::Name => code.names.get(arg as usize).cloned(),
        ArgKind::Global => code.names.get((arg >> 1) as usize).map(|n| {
            if arg & 1 != 0 {
                format!("NULL + {n}")
            } else {
                n.clone()
            }
        }),
        ArgKind::Local => code.localsplus.get(arg as usize).map(|(n, _)| n.clone()),
        ArgKind::Jump => Some(format!("to {arg}")),
    };
    let _ = write!(text, " {arg}");
    if let Some(detail) = detail {
        let _ = write!(text, " ({detail})");
    }
    text
}

/// A constant, abbreviated to keep comment lines short.
fn short_const(c: &Const) -> String {
    let text = match c {
        Const::Str(s) => format!("{s:?}"),
        Const::Code(i) => format!("<code {i}>"),
        other => format!("{other:?}"),
    };
    if text.chars().count() > 40 {
        let cut: String = text.chars().take(37).collect();
        format!("{cut}...")
    } else {
        text
    }
}
