//! Finishing a unit into a code object: labels resolved to instruction
//! indices, the stack depth before every instruction, and each
//! instruction's exception handler (derived from the `SETUP_*`/`POP_BLOCK`
//! pseudo-instructions by walking the control-flow graph with a handler
//! stack, as CPython's `label_exception_targets` does). Pseudo-instructions
//! are then removed.

use super::code::{CodeObject, Handler, Instr};
use super::opcode::Opcode;
use crate::frontend::codegen::{PInstr, Unit};

/// A handler pushed by a `SETUP_*` pseudo-instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Setup {
    target: u32,
    depth: u32,
}

pub(crate) fn finish(unit: Unit, filename: &str, module_index: u32) -> Result<CodeObject, String> {
    let n = unit.instrs.len();
    let target_of = |i: &PInstr| -> Result<u32, String> {
        let l = i.target.ok_or("jump without a label")?;
        unit.labels[l.0 as usize].ok_or_else(|| "unbound label".to_string())
    };
    // Resolve labels.
    let mut targets: Vec<Option<u32>> = Vec::with_capacity(n);
    for i in &unit.instrs {
        targets.push(if i.op.is_jump() {
            Some(target_of(i)?)
        } else {
            None
        });
    }
    // Abstract walk: (depth, handler stack) at each instruction.
    let mut state: Vec<Option<(u32, Vec<Setup>)>> = vec![None; n + 1];
    let mut handler_of: Vec<Option<Setup>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    let mut max_depth = 0u32;
    let propagate = |state: &mut Vec<Option<(u32, Vec<Setup>)>>,
                     work: &mut Vec<usize>,
                     at: usize,
                     depth: i64,
                     stack: &[Setup]|
     -> Result<(), String> {
        if depth < 0 {
            return Err(format!("negative stack depth at instruction {at}"));
        }
        let depth = depth as u32;
        match &state[at] {
            None => {
                state[at] = Some((depth, stack.to_vec()));
                work.push(at);
                Ok(())
            }
            Some((d, s)) => {
                if *d != depth || s.as_slice() != stack {
                    Err(format!(
                        "inconsistent stack at instruction {at}: depth {d} vs {depth}"
                    ))
                } else {
                    Ok(())
                }
            }
        }
    };
    if n > 0 {
        propagate(&mut state, &mut work, 0, 0, &[])?;
    }
    while let Some(i) = work.pop() {
        if i >= n {
            continue;
        }
        let (depth, stack) = state[i].clone().ok_or("missing state")?;
        max_depth = max_depth.max(depth);
        let ins = unit.instrs[i];
        let mut next_stack = stack.clone();
        match ins.op {
            Opcode::SETUP_FINALLY | Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH => {
                let t = targets[i].ok_or("setup without target")?;
                // SETUP_WITH comes right after BEFORE_WITH: the `__enter__` result on
                // top is consumed by the body, so the handler unwinds to below it.
                let depth = if ins.op == Opcode::SETUP_WITH {
                    depth - 1
                } else {
                    depth
                };
                let setup = Setup { target: t, depth };
                // The handler runs with the outer handlers and the exception pushed.
                propagate(&mut state, &mut work, t as usize, depth as i64 + 1, &stack)?;
                next_stack.push(setup);
            }
            Opcode::POP_BLOCK => {
                next_stack.pop();
            }
            // Every instruction in a protected range gets the handler (so the
            // exception table shows whole ranges); only raising ones use it.
            _ => handler_of[i] = stack.last().copied(),
        }
        let after = depth as i64 + ins.op.stack_effect(ins.arg, false) as i64;
        max_depth = max_depth.max(after.max(0) as u32);
        if ins.op.is_jump() && !ins.op.is_pseudo() || ins.op == Opcode::JUMP {
            let t = targets[i].ok_or("jump without target")? as usize;
            let jd = depth as i64 + ins.op.stack_effect(ins.arg, true) as i64;
            propagate(&mut state, &mut work, t, jd, &next_stack)?;
        }
        if !ins.op.is_terminator() {
            propagate(&mut state, &mut work, i + 1, after, &next_stack)?;
        }
    }
    // Drop pseudo-instructions, remapping indices.
    let mut new_index = vec![0u32; n + 1];
    let mut count = 0u32;
    for (i, ins) in unit.instrs.iter().enumerate() {
        new_index[i] = count;
        if !is_removed(ins.op) {
            count += 1;
        }
    }
    new_index[n] = count;
    let mut instrs = Vec::with_capacity(count as usize);
    let mut depths = Vec::with_capacity(count as usize);
    let mut handlers = Vec::with_capacity(count as usize);
    for (i, ins) in unit.instrs.iter().enumerate() {
        if is_removed(ins.op) {
            continue;
        }
        let mut op = ins.op;
        let mut arg = ins.arg;
        if let Some(t) = targets[i] {
            arg = new_index[t as usize];
            if op == Opcode::JUMP {
                op = if t as usize > i {
                    Opcode::JUMP_FORWARD
                } else {
                    Opcode::JUMP_BACKWARD
                };
            }
        }
        instrs.push(Instr {
            op,
            arg,
            pos: ins.pos,
        });
        depths.push(state[i].as_ref().map(|(d, _)| *d));
        handlers.push(handler_of[i].map(|s| Handler {
            target: new_index[s.target as usize],
            depth: s.depth,
        }));
    }
    Ok(CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.to_string(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: unit.flags,
        stacksize: max_depth,
        localsplus: unit.localsplus,
        names: unit.names,
        consts: unit.consts,
        instrs,
        depths,
        handlers,
        module_index,
    })
}

fn is_removed(op: Opcode) -> bool {
    op.is_pseudo() && op != Opcode::JUMP
}
