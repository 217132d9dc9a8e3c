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

#[cfg(test)]
mod tests {
    use super::spread_cold;
    use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, types::I64};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// entry -> (fast | slow*); slow -> more; fast, more -> join: `more`
    /// turns cold, `join` (also reached from the fast path) stays warm.
    #[test]
    fn only_blocks_behind_cold_ones_turn_cold() {
        let mut func = Function::new();
        func.signature.params.push(AbiParam::new(I64));
        func.signature.returns.push(AbiParam::new(I64));
        let mut ctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut ctx);
        let [entry, fast, slow, more, join] = [(); 5].map(|_| b.create_block());
        b.set_cold_block(slow);
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let x = b.block_params(entry)[0];
        b.ins().brif(x, fast, &[], slow, &[]);
        b.switch_to_block(fast);
        b.ins().jump(join, &[]);
        b.switch_to_block(slow);
        b.ins().jump(more, &[]);
        b.switch_to_block(more);
        b.ins().jump(join, &[]);
        b.switch_to_block(join);
        b.ins().return_(&[x]);
        b.seal_all_blocks();
        b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
            default_call_conv: cranelift_codegen::isa::CallConv::SystemV,
            pointer_width: target_lexicon::PointerWidth::U64,
            page_size_align_log2: 12,
        });
        spread_cold(&mut func);
        let cold = |block| func.layout.is_cold(block);
        assert_eq!(
            [entry, fast, slow, more, join].map(cold),
            [false, false, true, true, false]
        );
    }
}
