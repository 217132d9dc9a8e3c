//! `dst[a:b] = src[c:d:e]` without the temporary list, when both lists
//! and every bound are plain locals and constants: fannkuch's flip
//! `perm[:k + 1] = perm[k::-1]`, `row[i:j] = other[p:q]`.
//!
//! The statement's bytecode makes the source slice (`BUILD_SLICE`,
//! `BINARY_SUBSCR`: a new list), then evaluates the target's bounds and
//! stores (`BUILD_SLICE 2`, `STORE_SUBSCR`). Before its first instruction
//! the translator emits one `rt_list_slice_copy` call with the two lists
//! and the five bounds read from their locals and constants (a bound
//! `x + c` or `x - c` computed inline when `x` holds a small int: no code
//! can run there). When both are exact lists, the bounds None or small
//! ints and the slices equally long, the runtime copies the items and the
//! statement is done; in every other case it does nothing and the
//! instructions run as written (a bound that is not a small int, a
//! different length, a list subclass, an unbound local). Evaluating the
//! target's bounds before the source slice is unobservable on the fast
//! path, which runs no code until the store.
//!
//! This module owns the recognition of the pattern and the fused call;
//! the runtime side is `types::list::slice_copy`.

use super::stack::small_neg;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{Block, InstBuilder, Value};

/// One slice bound as the statement computes it without running code.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Bound {
    /// `None` (written or implied).
    None,
    /// A small int constant (`LOAD_CONST`, maybe negated).
    Int(i64),
    /// A local's value (`LOAD_FAST`), whatever it holds.
    Local(u32),
    /// A local plus a small int constant (`x + c`, `x - c`).
    Offset(u32, i64),
}

/// A recognised `dst[a:b] = src[c:d:e]` statement.
#[derive(Debug)]
struct SliceCopy {
    src: u32,
    source: [Bound; 3],
    dst: u32,
    target: [Bound; 2],
    /// The `STORE_SUBSCR` that ends the statement.
    end: usize,
}

impl FunctionTranslator<'_> {
    /// At the first instruction of a `dst[a:b] = src[c:d:e]` statement:
    /// the fused copy, continuing after the statement when the runtime
    /// did it and in a new block, for the instructions as written,
    /// otherwise (see the module header). Does nothing elsewhere.
    pub(super) fn slice_copy_fast_path(&mut self) -> TResult {
        let Some(copy) = self.slice_copy_at(self.pc) else {
            return Ok(());
        };
        let written = self.builder.create_block();
        let mut words = Vec::with_capacity(7);
        words.push(self.get_local(copy.src)?);
        for bound in copy.source {
            words.push(self.bound_word(bound, written)?);
        }
        words.push(self.get_local(copy.dst)?);
        for bound in copy.target {
            words.push(self.bound_word(bound, written)?);
        }
        let done = self.call_word(RuntimeFn::rt_list_slice_copy, &words)?;
        let after = self.block_after_statement(copy.end);
        self.branch(done, after, written);
        self.switch_to(written);
        Ok(())
    }

    /// The word of `bound`; an offset from a local that does not hold a
    /// small int, or leaves the small-int range, goes to `written`.
    fn bound_word(&mut self, bound: Bound, written: Block) -> TResult<Value> {
        Ok(match bound {
            Bound::None => self.singleton(abi::SINGLETON_NONE),
            Bound::Int(n) => self.small_int_word(n),
            Bound::Local(i) => self.get_local(i)?,
            Bound::Offset(i, n) => {
                let x = self.get_local(i)?;
                let tag = self.builder.ins().band_imm_s(x, abi::INT_TAG as i64);
                let tagged = self.builder.create_block();
                self.builder.ins().brif(tag, tagged, &[], written, &[]);
                self.builder.switch_to_block(tagged);
                // (2x + 1) + 2n: the tagged word of x + n, which overflows
                // exactly when x + n leaves the small-int range.
                let delta = self.word(n << 1);
                let (sum, overflow) = self.builder.ins().sadd_overflow(x, delta);
                let fits = self.builder.create_block();
                self.builder.ins().brif(overflow, written, &[], fits, &[]);
                self.builder.switch_to_block(fits);
                sum
            }
        })
    }

    /// The statement starting at instruction `pc`, when it is a
    /// `dst[a:b] = src[c:d:e]` of locals and constants with no jump into
    /// its middle.
    fn slice_copy_at(&self, pc: usize) -> Option<SliceCopy> {
        let code = self.code;
        let op = |j: usize| code.instrs.get(j).map(|i| (i.op, i.arg));
        let plain_local = |i: u32| self.float_local(i).is_none();
        let (Opcode::LOAD_FAST, src) = op(pc)? else {
            return None;
        };
        if !plain_local(src) {
            return None;
        }
        let (source, j) = self.slice_bounds(pc + 1)?;
        let (Opcode::BINARY_SUBSCR, _) = op(j)? else {
            return None;
        };
        let (Opcode::LOAD_FAST, dst) = op(j + 1)? else {
            return None;
        };
        if !plain_local(dst) {
            return None;
        }
        let (target, end) = self.slice_bounds(j + 2)?;
        let (Opcode::STORE_SUBSCR, _) = op(end)? else {
            return None;
        };
        let [a, b, Bound::None] = target else {
            return None;
        };
        self.statement_unbroken(pc, end).then_some(SliceCopy {
            src,
            source,
            dst,
            target: [a, b],
            end,
        })
    }

    /// The two or three bounds from instruction `j` on and their
    /// `BUILD_SLICE` (step None when it has two), and the instruction
    /// after it.
    fn slice_bounds(&self, mut j: usize) -> Option<([Bound; 3], usize)> {
        let mut bounds = [Bound::None; 3];
        let mut n = 0;
        loop {
            let instr = self.code.instrs.get(j)?;
            if instr.op == Opcode::BUILD_SLICE {
                return (instr.arg as usize == n && (2..=3).contains(&n))
                    .then_some((bounds, j + 1));
            }
            if n == 3 {
                return None;
            }
            let (bound, next) = self.bound_at(j)?;
            bounds[n] = bound;
            n += 1;
            j = next;
        }
    }

    /// The bound computed by the instructions from `j` on, and the
    /// instruction after them.
    fn bound_at(&self, j: usize) -> Option<(Bound, usize)> {
        let instrs = &self.code.instrs;
        let at = |k: usize| instrs.get(k).map(|i| (i.op, i.arg));
        let small = |c: u32| self.small_int_const(c);
        match at(j)? {
            (Opcode::LOAD_CONST, c)
                if matches!(self.code.consts.get(c as usize), Some(Const::None)) =>
            {
                Some((Bound::None, j + 1))
            }
            (Opcode::LOAD_CONST, c) => {
                let n = small(c)?;
                match at(j + 1) {
                    Some((Opcode::UNARY_NEGATIVE, _)) => Some((Bound::Int(small_neg(n)?), j + 2)),
                    _ => Some((Bound::Int(n), j + 1)),
                }
            }
            (Opcode::LOAD_FAST, x) if self.float_local(x).is_none() => {
                match (at(j + 1), at(j + 2)) {
                    (Some((Opcode::LOAD_CONST, c)), Some((Opcode::BINARY_OP, op))) => {
                        let n = small(c)?;
                        let n = match u64::from(op) {
                            abi::NB_ADD => n,
                            abi::NB_SUBTRACT => small_neg(n)?,
                            _ => return None,
                        };
                        Some((Bound::Offset(x, n), j + 3))
                    }
                    _ => Some((Bound::Local(x), j + 1)),
                }
            }
            _ => None,
        }
    }
}
