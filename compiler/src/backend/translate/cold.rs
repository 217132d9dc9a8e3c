//! Block layout: the out-of-line paths go after the hot code.
//!
//! Translation marks the blocks that start a slow path cold (a cache miss,
//! an operand of an unexpected type, a raise): Cranelift lays cold blocks
//! out after all the others, so the instructions a hot loop runs sit
//! together. A slow path is often longer than its first block (it checks a
//! second fast case, releases operands, calls the runtime), so after
//! translation every block that can only be reached through a cold block is
//! marked cold as well.

use cranelift_codegen::ir::{Block, Function};
use std::collections::HashSet;

/// Marks cold every block not reachable from the entry block through warm
/// blocks only.
pub(super) fn spread_cold(func: &mut Function) {
    let Some(entry) = func.layout.entry_block() else {
        return;
    };
    let mut warm = HashSet::from([entry]);
    let mut todo = vec![entry];
    while let Some(block) = todo.pop() {
        let Some(last) = func.layout.last_inst(block) else {
            continue;
        };
        let dfg = &func.dfg;
        for call in dfg.insts[last].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
            let dest = call.block(&dfg.value_lists);
            if !func.layout.is_cold(dest) && warm.insert(dest) {
                todo.push(dest);
            }
        }
    }
    let cold: Vec<Block> = func.layout.blocks().filter(|b| !warm.contains(b)).collect();
    for block in cold {
        func.layout.set_cold(block);
    }
}
