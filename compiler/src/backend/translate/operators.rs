//! Operators: `BINARY_OP`, `COMPARE_OP` (optionally fused with the
//! conditional jump after it), `IS_OP`, `CONTAINS_OP` and the unary ones.
//!
//! Tagged small ints get inline fast paths. With `a = 2x+1` and `b = 2y+1`:
//! `a + (b-1) = 2(x+y)+1` and `a - (b-1) = 2(x-y)+1`, so addition and
//! subtraction work on the words with a 64-bit overflow check (which is
//! exactly the 63-bit range check); `&` and `|` of two tagged words are
//! tagged results, `^` needs the tag put back; and the words compare like
//! the ints; `a * b` is `(a-1) * (b>>1) + 1` with an overflow check.
//!
//! Exact floats get inline fast paths too: `+ - * /` and comparisons of two
//! float objects read the `f64`s (at `abi::FLOAT_VALUE_OFFSET`), compute
//! with the machine's IEEE arithmetic (which is Python's) and box the result
//! with `rt_float_from_bits`, or in the box of an operand whose last
//! reference the operation consumes. Division by zero and everything else go
//! to the runtime.

use super::stack::trusted;
use super::{FunctionTranslator, TResult, unboxed};
use crate::abi;
use crate::backend::runtime_fns::RuntimeFn;
use crate::bytecode::opcode::Opcode;
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, SourceLoc, Value,
    condcodes::{FloatCC, IntCC},
    types::{F64, I8, I64},
};

/// The signed comparison of two tagged words for a `COMPARE_OP` operand.
pub(super) fn int_cc(op: u32) -> Option<IntCC> {
    Some(match u64::from(op) {
        abi::CMP_LT => IntCC::SignedLessThan,
        abi::CMP_LE => IntCC::SignedLessThanOrEqual,
        abi::CMP_EQ => IntCC::Equal,
        abi::CMP_NE => IntCC::NotEqual,
        abi::CMP_GT => IntCC::SignedGreaterThan,
        abi::CMP_GE => IntCC::SignedGreaterThanOrEqual,
        _ => return None,
    })
}

/// The IEEE comparison matching a `COMPARE_OP` on two floats (`!=` is
/// true for NaN operands, the others false, as in Python).
pub(super) fn float_cc(op: u32) -> Option<FloatCC> {
    Some(match u64::from(op) {
        abi::CMP_LT => FloatCC::LessThan,
        abi::CMP_LE => FloatCC::LessThanOrEqual,
        abi::CMP_EQ => FloatCC::Equal,
        abi::CMP_NE => FloatCC::NotEqual,
        abi::CMP_GT => FloatCC::GreaterThan,
        abi::CMP_GE => FloatCC::GreaterThanOrEqual,
        _ => return None,
    })
}

impl FunctionTranslator<'_> {
    /// Continues in a new block when `a` and `b` are both exact floats
    /// (heap objects whose type is `float`), returning their values;
    /// otherwise branches to `other`.
    pub(super) fn float_operands(&mut self, a: Value, b: Value, other: Block) -> (Value, Value) {
        let heap = self.builder.create_block();
        let floats = self.builder.create_block();
        let either = self.builder.ins().bor(a, b);
        let tags = self.builder.ins().band_imm_s(either, abi::TAG_MASK as i64);
        self.builder.ins().brif(tags, other, &[], heap, &[]);

        self.builder.switch_to_block(heap);
        let float_type = self.singleton(abi::SINGLETON_FLOAT_TYPE);
        let ta = self.builder.ins().load(I64, trusted(), a, abi::OB_TYPE);
        let tb = self.builder.ins().load(I64, trusted(), b, abi::OB_TYPE);
        let xa = self.builder.ins().bxor(ta, float_type);
        let xb = self.builder.ins().bxor(tb, float_type);
        let differ = self.builder.ins().bor(xa, xb);
        self.builder.ins().brif(differ, other, &[], floats, &[]);

        self.switch_to(floats);
        let fa = self
            .builder
            .ins()
            .load(F64, trusted(), a, abi::FLOAT_VALUE_OFFSET);
        let fb = self
            .builder
            .ins()
            .load(F64, trusted(), b, abi::FLOAT_VALUE_OFFSET);
        (fa, fb)
    }

    /// The inline float path of `BINARY_OP base_op` (`+ - * /`) on the
    /// operands in stack slots `base` and `base + 1`: jumps to `done` with
    /// the boxed result — or, with `defer`, with 0 and the result unboxed
    /// (`unboxed`) — or to `slow`.
    fn float_binary_op(
        &mut self,
        base_op: u64,
        (a, b): (Value, Value),
        (base, defer): (u32, bool),
        unboxed: (Option<Value>, Option<Value>),
        slow: Block,
        done: Block,
    ) -> TResult {
        // Int operands convert inline for `/` (which two ints reach) and
        // next to unboxed operands; elsewhere the runtime mixes them, which
        // keeps the common float-float code short.
        let ints = if base_op == abi::NB_TRUE_DIVIDE {
            Some(Some(unboxed::EXACT_INT_LIMIT))
        } else if unboxed.0.is_some() || unboxed.1.is_some() {
            Some(None)
        } else {
            None
        };
        let ((fa, a_boxed), (fb, b_boxed)) = if base_op == abi::NB_POWER {
            // A float base with a float or int exponent (`x ** 2`), or an
            // int base with a float exponent (`n ** 0.5`: CPython's
            // `float.__rpow__` converts the int, exactly below 2**53); two
            // ints make an int, which is the runtime's business.
            let exact_ints = Some(Some(unboxed::EXACT_INT_LIMIT));
            let not_both_ints = self.builder.create_block();
            let tagged = self.both_tagged(a, b);
            self.branch(tagged, slow, not_both_ints);
            self.switch_to(not_both_ints);
            let fa = self.float_value(a, unboxed.0, exact_ints, slow);
            let fb = self.float_value(b, unboxed.1, exact_ints, slow);
            (fa, fb)
        } else {
            self.float_pair((a, b), unboxed, ints, slow)
        };
        let r = self.float_arith(base_op, (fa, fb), slow)?;
        if defer {
            self.release_float_operand(base, a, a_boxed);
            self.release_float_operand(base + 1, b, b_boxed);
            self.set_unboxed(base, r)?;
            let unboxed_word = self.word(0);
            self.jump(done, &[unboxed_word]);
            return Ok(());
        }
        // A boxed operand whose only reference is this stack slot is dead
        // after the operation: its box takes the result (no allocation, no
        // free; nothing can observe the old float any more). A borrowed
        // operand's box belongs to its local.
        if self.known_word(a_boxed) == Some(0) && self.known_word(b_boxed) == Some(0) {
            let boxed = self.box_float(r);
            self.jump(done, &[boxed]);
            return Ok(());
        }
        let no = self.builder.ins().iconst(I8, 0);
        let a_reusable = if self.is_borrowed(base) { no } else { a_boxed };
        let b_reusable = if self.is_borrowed(base + 1) {
            no
        } else {
            b_boxed
        };
        let check_a = self.builder.create_block();
        let reuse_a = self.builder.create_block();
        let try_b = self.builder.create_block();
        let check_b = self.builder.create_block();
        let reuse_b = self.builder.create_block();
        let fresh = self.builder.create_block();
        self.builder
            .ins()
            .brif(a_reusable, check_a, &[], try_b, &[]);
        self.switch_to(check_a);
        let a_last = self.is_last_reference(a);
        self.builder.ins().brif(a_last, reuse_a, &[], try_b, &[]);

        self.switch_to(reuse_a);
        self.store_float(r, a);
        self.release_float_operand(base + 1, b, b_boxed);
        self.jump(done, &[a]);

        self.switch_to(try_b);
        self.builder
            .ins()
            .brif(b_reusable, check_b, &[], fresh, &[]);
        self.switch_to(check_b);
        let b_last = self.is_last_reference(b);
        self.builder.ins().brif(b_last, reuse_b, &[], fresh, &[]);

        self.switch_to(reuse_b);
        self.store_float(r, b);
        self.release_float_operand(base, a, a_boxed);
        self.jump(done, &[b]);

        self.switch_to(fresh);
        let boxed = self.box_float(r);
        self.release_float_operand(base, a, a_boxed);
        self.release_float_operand(base + 1, b, b_boxed);
        self.jump(done, &[boxed]);
        Ok(())
    }

    /// `fa op fb` for a float operator (`+ - * / **`, as
    /// `unboxed::is_float_op`); a zero divisor or a power the C library
    /// can't answer as Python does branches to `slow`.
    pub(super) fn float_arith(
        &mut self,
        op: u64,
        (fa, fb): (Value, Value),
        slow: Block,
    ) -> TResult<Value> {
        Ok(match op {
            abi::NB_ADD => self.builder.ins().fadd(fa, fb),
            abi::NB_SUBTRACT => self.builder.ins().fsub(fa, fb),
            abi::NB_MULTIPLY => self.builder.ins().fmul(fa, fb),
            abi::NB_POWER => self.float_power(fa, fb, slow)?,
            abi::NB_TRUE_DIVIDE => {
                // ZeroDivisionError is the runtime's business.
                let divide = self.builder.create_block();
                let zero = self.builder.ins().f64const(0.0);
                let is_zero = self.builder.ins().fcmp(FloatCC::Equal, fb, zero);
                self.builder.ins().brif(is_zero, slow, &[], divide, &[]);
                self.switch_to(divide);
                self.builder.ins().fdiv(fa, fb)
            }
            _ => return Err(format!("no float operator {op}")),
        })
    }

    /// `x ** y` of two floats through the C library's `pow`, as CPython's
    /// `float_pow` computes it for a positive base and a finite result;
    /// everything else — a zero or negative base (ZeroDivisionError, a
    /// complex result), NaN, infinities, overflow — goes to `slow`.
    fn float_power(&mut self, x: Value, y: Value, slow: Block) -> TResult<Value> {
        let power = self.builder.create_block();
        let finite = self.builder.create_block();
        let zero = self.builder.ins().f64const(0.0);
        let positive = self.builder.ins().fcmp(FloatCC::GreaterThan, x, zero);
        self.builder.ins().brif(positive, power, &[], slow, &[]);
        self.switch_to(power);
        let flags = MemFlagsData::new();
        let xb = self.builder.ins().bitcast(I64, flags, x);
        let yb = self.builder.ins().bitcast(I64, flags, y);
        let bits = self.call_word(RuntimeFn::rt_float_pow_bits, &[xb, yb])?;
        let r = self.builder.ins().bitcast(F64, flags, bits);
        // r - r is 0 exactly when r is finite (NaN for NaN and infinities).
        let diff = self.builder.ins().fsub(r, r);
        let is_finite = self.builder.ins().fcmp(FloatCC::Equal, diff, zero);
        self.builder.ins().brif(is_finite, finite, &[], slow, &[]);
        self.switch_to(finite);
        Ok(r)
    }

    /// Whether the heap object `v` has a reference count of 1 (an I8).
    fn is_last_reference(&mut self, v: Value) -> Value {
        let count = self.builder.ins().load(I64, trusted(), v, abi::OB_REFCNT);
        self.builder.ins().icmp_imm_s(IntCC::Equal, count, 1)
    }

    /// Overwrites the value of the exact float `v`.
    fn store_float(&mut self, x: Value, v: Value) {
        self.builder
            .ins()
            .store(trusted(), x, v, abi::FLOAT_VALUE_OFFSET);
    }

    /// The inline float path of `COMPARE_OP op` (`unboxed`: the operands'
    /// float registers if they may be unboxed): when they are floats (unboxed, exact
    /// floats, or one a small int that converts exactly), releases them and
    /// returns the comparison's truth (an I8); otherwise branches to `slow`.
    fn float_compare(
        &mut self,
        op: u32,
        (a, b): (Value, Value),
        (base, unboxed): (u32, (Option<Value>, Option<Value>)),
        slow: Block,
    ) -> Value {
        let cc = float_cc(op).expect("COMPARE_OP operators are checked by int_cc");
        let ints = Some(Some(unboxed::EXACT_INT_LIMIT));
        let ((fa, a_boxed), (fb, b_boxed)) = self.float_pair((a, b), unboxed, ints, slow);
        let cond = self.builder.ins().fcmp(cc, fa, fb);
        self.release_float_operand(base, a, a_boxed);
        self.release_float_operand(base + 1, b, b_boxed);
        cond
    }

    /// Where the inline float path of `COMPARE_OP op` continues when the
    /// operands are not floats: a new block trying `str_equality` for `==`
    /// and `!=` of boxed operands, or `slow` itself.
    fn str_equality_block(
        &mut self,
        op: u32,
        unboxed: (Option<Value>, Option<Value>),
        slow: Block,
    ) -> Block {
        let equality = matches!(u64::from(op), abi::CMP_EQ | abi::CMP_NE);
        if equality && unboxed == (None, None) {
            self.builder.create_block()
        } else {
            slow
        }
    }

    /// `a == b` / `a != b` (`op`) of two exact strs, decided inline when
    /// that is cheap: texts of different byte lengths differ (UTF-8 is
    /// canonical), a str equals itself, and one-byte texts compare their
    /// byte. Releases the
    /// operands and returns the truth (an I8) in a new block; anything
    /// else (other types, longer texts of equal length) goes to `slow`.
    fn str_equality(&mut self, op: u32, (a, b): (Value, Value), base: u32, slow: Block) -> Value {
        let t = trusted();
        let both_str = self.builder.create_block();
        let same_len = self.builder.create_block();
        let one_byte = self.builder.create_block();
        let decided = self.builder.create_block();
        let equal = self.builder.append_block_param(decided, I8);
        let ta = self.type_of_object(a, slow);
        let tb = self.type_of_object(b, slow);
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let a_str = self.builder.ins().icmp(IntCC::Equal, ta, str_type);
        let b_str = self.builder.ins().icmp(IntCC::Equal, tb, str_type);
        let strs = self.builder.ins().band(a_str, b_str);
        self.builder.ins().brif(strs, both_str, &[], slow, &[]);

        self.builder.switch_to_block(both_str);
        let la = self.builder.ins().load(I64, t, a, abi::STR_TEXT_LEN_OFFSET);
        let lb = self.builder.ins().load(I64, t, b, abi::STR_TEXT_LEN_OFFSET);
        let same = self.builder.ins().icmp(IntCC::Equal, la, lb);
        let differ = self.builder.ins().iconst(I8, 0);
        self.builder
            .ins()
            .brif(same, same_len, &[], decided, &[BlockArg::Value(differ)]);

        // One object (e.g. the same interned constant) is equal to itself.
        self.builder.switch_to_block(same_len);
        let same_object = self.builder.ins().icmp(IntCC::Equal, a, b);
        let single = self.builder.ins().icmp_imm_s(IntCC::Equal, la, 1);
        let by_byte = self.builder.create_block();
        let identical = self.builder.ins().iconst(I8, 1);
        self.builder.ins().brif(
            same_object,
            decided,
            &[BlockArg::Value(identical)],
            by_byte,
            &[],
        );
        self.builder.switch_to_block(by_byte);
        self.builder.ins().brif(single, one_byte, &[], slow, &[]);

        self.builder.switch_to_block(one_byte);
        let pa = self.builder.ins().load(I64, t, a, abi::STR_TEXT_PTR_OFFSET);
        let pb = self.builder.ins().load(I64, t, b, abi::STR_TEXT_PTR_OFFSET);
        let ca = self.builder.ins().uload8(I64, t, pa, 0);
        let cb = self.builder.ins().uload8(I64, t, pb, 0);
        let same_byte = self.builder.ins().icmp(IntCC::Equal, ca, cb);
        self.builder
            .ins()
            .jump(decided, &[BlockArg::Value(same_byte)]);

        self.builder.switch_to_block(decided);
        self.release_operand(base, a);
        self.release_operand(base + 1, b);
        if u64::from(op) == abi::CMP_NE {
            self.builder.ins().bxor_imm_u(equal, 1)
        } else {
            equal
        }
    }

    /// `a // b` or `a % b` of two tagged ints, rounding towards minus
    /// infinity as Python does (the remainder takes the divisor's sign);
    /// branches to `slow` for a zero divisor (the runtime raises) and for
    /// the one quotient outside the small-int range (`-2**62 // -1`).
    /// Returns the tagged result in a new block.
    pub(super) fn int_floor_div_mod(
        &mut self,
        base_op: u64,
        a: Value,
        b: Value,
        slow: Block,
    ) -> Value {
        let divide = self.builder.create_block();
        let adjust = self.builder.create_block();
        let result = self.builder.create_block();
        let v = self.builder.append_block_param(result, I64);
        let x = self.builder.ins().sshr_imm_s(a, 1);
        let y = self.builder.ins().sshr_imm_s(b, 1);
        self.builder.ins().brif(y, divide, &[], slow, &[]);

        // Neither traps: y != 0, and x is a 63-bit value, so never i64::MIN.
        // One division each way: `//` takes the remainder from the
        // quotient, `%` never needs the quotient.
        self.builder.switch_to_block(divide);
        let floor_div = base_op == abi::NB_FLOOR_DIVIDE;
        let (q, r) = if floor_div {
            let q = self.builder.ins().sdiv(x, y);
            let qy = self.builder.ins().imul(q, y);
            (Some(q), self.builder.ins().isub(x, qy))
        } else {
            (None, self.builder.ins().srem(x, y))
        };
        let truncated = q.unwrap_or(r);
        // Truncation rounded towards zero: step down when the remainder is
        // nonzero and its sign differs from the divisor's.
        let signs = self.builder.ins().bxor(r, y);
        let differ = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::SignedLessThan, signs, 0);
        let nonzero = self.builder.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let step = self.builder.ins().band(differ, nonzero);
        self.builder
            .ins()
            .brif(step, adjust, &[], result, &[BlockArg::Value(truncated)]);

        self.builder.switch_to_block(adjust);
        let stepped = match q {
            Some(q) => self.builder.ins().iadd_imm_s(q, -1),
            None => self.builder.ins().iadd(r, y),
        };
        self.builder.ins().jump(result, &[BlockArg::Value(stepped)]);

        self.builder.switch_to_block(result);
        // Retag: 2v + 1, which overflows exactly when v is out of range.
        let (doubled, overflow) = self.builder.ins().sadd_overflow(v, v);
        let tagged_block = self.builder.create_block();
        self.builder
            .ins()
            .brif(overflow, slow, &[], tagged_block, &[]);
        self.switch_to(tagged_block);
        self.builder.ins().bor_imm_s(doubled, abi::INT_TAG as i64)
    }

    /// `a << b` or `a >> b` of two tagged ints, tagged; a negative count
    /// (ValueError) and a left shift out of the small-int range (a big
    /// int) go to `slow`.
    fn int_shift(&mut self, left: bool, a: Value, b: Value, slow: Block) -> Value {
        let count = self.builder.ins().sshr_imm_s(b, 1);
        let ok = self.builder.create_block();
        if left {
            // 2a << n must survive the round trip: then a << n is a small
            // int (and n < 63 keeps Cranelift's shift amount unmasked).
            let small = self
                .builder
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThan, count, 63);
            let shift = self.builder.create_block();
            self.builder.ins().brif(small, shift, &[], slow, &[]);
            self.builder.switch_to_block(shift);
            let doubled = self.builder.ins().iadd_imm_s(a, -1);
            let shifted = self.builder.ins().ishl(doubled, count);
            let back = self.builder.ins().sshr(shifted, count);
            let fits = self.builder.ins().icmp(IntCC::Equal, back, doubled);
            let tagged = self.builder.ins().bor_imm_s(shifted, abi::INT_TAG as i64);
            self.builder.ins().brif(fits, ok, &[], slow, &[]);
            self.builder.switch_to_block(ok);
            return tagged;
        }
        // Counts of 63 and more leave only the sign.
        let negative = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::SignedLessThan, count, 0);
        self.builder.ins().brif(negative, slow, &[], ok, &[]);
        self.builder.switch_to_block(ok);
        let max = self.word(63);
        let count = self.builder.ins().umin(count, max);
        let value = self.builder.ins().sshr_imm_s(a, 1);
        let shifted = self.builder.ins().sshr(value, count);
        let doubled = self.builder.ins().ishl_imm_s(shifted, 1);
        self.builder.ins().bor_imm_s(doubled, abi::INT_TAG as i64)
    }

    pub(super) fn both_tagged(&mut self, a: Value, b: Value) -> Value {
        let both = self.builder.ins().band(a, b);
        self.builder.ins().band_imm_s(both, abi::INT_TAG as i64)
    }

    /// Branches to `ints` when `a` and `b` are both tagged ints, else to
    /// `other` (directly when one is statically unboxed).
    fn branch_if_ints(
        &mut self,
        (a, b): (Value, Value),
        unboxed: (Option<Value>, Option<Value>),
        ints: Block,
        other: Block,
    ) {
        if self.is_static_float(a, unboxed.0) || self.is_static_float(b, unboxed.1) {
            self.jump(other, &[]);
        } else {
            let tagged = self.both_tagged(a, b);
            self.branch(tagged, ints, other);
        }
    }

    /// `BINARY_OP op`: [a, b] -> [a op b]
    pub(super) fn op_binary_op(&mut self, op: u32) -> TResult {
        let op = u64::from(op);
        if op >= 2 * abi::NB_INPLACE_OFFSET {
            return Err(format!("BINARY_OP operator {op} out of range"));
        }
        let base = self.below(2)?;
        let unboxed = (self.take_unboxed(base), self.take_unboxed(base + 1));
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let base_op = op % abi::NB_INPLACE_OFFSET;
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let slow = self.cold_block();

        let is_float_op = unboxed::is_float_op(base_op);
        let defer = is_float_op && self.result_may_stay_unboxed(base);
        if is_float_op
            && matches!(base_op, abi::NB_ADD | abi::NB_SUBTRACT | abi::NB_MULTIPLY)
            && self.is_static_float(a, unboxed.0)
            && self.is_static_float(b, unboxed.1)
        {
            // Two floats known statically: nothing else to try.
            let fa = self.static_float(a, unboxed.0).ok_or("no static float")?;
            let fb = self.static_float(b, unboxed.1).ok_or("no static float")?;
            let r = match base_op {
                abi::NB_ADD => self.builder.ins().fadd(fa, fb),
                abi::NB_SUBTRACT => self.builder.ins().fsub(fa, fb),
                _ => self.builder.ins().fmul(fa, fb),
            };
            self.release_operand(base, a);
            self.release_operand(base + 1, b);
            self.end_borrows(base);
            let word = if defer {
                self.word(0)
            } else {
                self.box_float(r)
            };
            self.set(base, word)?;
            return if defer {
                self.set_unboxed(base, r)
            } else {
                Ok(())
            };
        }
        if defer {
            // Every path defines the result's float register, so that its
            // value merges right here (not at every block up to the entry).
            let zero = self.builder.ins().f64const(0.0);
            self.builder.def_var(self.raw_floats[base as usize], zero);
        }
        // `i += k` / `i = i - k` storing a small int back into `i`.
        let stored_back = match base_op {
            abi::NB_ADD | abi::NB_SUBTRACT => self.int_store_back(a)?,
            _ => None,
        };
        // Where the int path goes when the operands are not both ints.
        let not_ints = if is_float_op {
            self.builder.create_block()
        } else {
            slow
        };
        if matches!(
            base_op,
            abi::NB_ADD
                | abi::NB_SUBTRACT
                | abi::NB_MULTIPLY
                | abi::NB_FLOOR_DIVIDE
                | abi::NB_REMAINDER
                | abi::NB_AND
                | abi::NB_OR
                | abi::NB_XOR
                | abi::NB_LSHIFT
                | abi::NB_RSHIFT
        ) && !(self.is_static_float(a, unboxed.0) || self.is_static_float(b, unboxed.1))
        {
            let fast = self.builder.create_block();
            let tagged = self.both_tagged(a, b);
            self.branch(tagged, fast, not_ints);
            self.switch_to(fast);
            let r = match base_op {
                abi::NB_AND => self.builder.ins().band(a, b),
                abi::NB_OR => self.builder.ins().bor(a, b),
                abi::NB_XOR => {
                    let x = self.builder.ins().bxor(a, b);
                    self.builder.ins().bor_imm_s(x, abi::INT_TAG as i64)
                }
                // By a constant power of two, 2**k: floor division is an
                // arithmetic shift and the remainder the low k bits (as
                // Python rounds, for either sign of the dividend), which
                // on the tagged word `2n + 1` are one shift or mask.
                abi::NB_FLOOR_DIVIDE | abi::NB_REMAINDER
                    if let Some(k) = self.known_word(b).and_then(tagged_power_of_two) =>
                {
                    if base_op == abi::NB_FLOOR_DIVIDE {
                        let q = self.builder.ins().sshr_imm_s(a, i64::from(k));
                        self.builder.ins().bor_imm_s(q, abi::INT_TAG as i64)
                    } else {
                        let mask = ((1i64 << k) - 1) << 1 | abi::INT_TAG as i64;
                        self.builder.ins().band_imm_s(a, mask)
                    }
                }
                abi::NB_FLOOR_DIVIDE | abi::NB_REMAINDER => {
                    let r = self.int_floor_div_mod(base_op, a, b, slow);
                    self.jump(done, &[r]);
                    r
                }
                abi::NB_LSHIFT | abi::NB_RSHIFT => {
                    let r = self.int_shift(base_op == abi::NB_LSHIFT, a, b, slow);
                    self.jump(done, &[r]);
                    r
                }
                abi::NB_MULTIPLY => {
                    let a_even = self.builder.ins().iadd_imm_s(a, -1);
                    let y = self.builder.ins().sshr_imm_s(b, 1);
                    let (r, overflow) = self.builder.ins().smul_overflow(a_even, y);
                    let tagged = self.builder.ins().bor_imm_s(r, abi::INT_TAG as i64);
                    self.builder
                        .ins()
                        .brif(overflow, slow, &[], done, &[BlockArg::Value(tagged)]);
                    self.reachable = false;
                    tagged
                }
                _ => {
                    let b_untagged = self.builder.ins().iadd_imm_s(b, -1);
                    let (r, overflow) = if base_op == abi::NB_ADD {
                        self.builder.ins().sadd_overflow(a, b_untagged)
                    } else {
                        self.builder.ins().ssub_overflow(a, b_untagged)
                    };
                    // Out of the small-int range: the runtime makes a big int.
                    let to = match stored_back {
                        Some((_, stored, _)) => stored,
                        None => done,
                    };
                    let args: &[BlockArg] = match stored_back {
                        Some(_) => &[],
                        None => &[BlockArg::Value(r)],
                    };
                    self.builder.ins().brif(overflow, slow, &[], to, args);
                    if let Some(fused) = stored_back {
                        self.store_back_int(fused, r)?;
                    }
                    self.reachable = false;
                    r
                }
            };
            if self.reachable {
                self.jump(done, &[r]);
            }
        } else if is_float_op {
            self.jump(not_ints, &[]);
        } else {
            self.jump(slow, &[]);
        }
        if is_float_op {
            self.switch_to(not_ints);
            self.float_binary_op(base_op, (a, b), (base, defer), unboxed, slow, done)?;
        }

        self.switch_to(slow);
        self.own_items_read_in_place(base..base + 2)?;
        let (a, b) = self.boxed_operands((a, b), base, unboxed)?;
        if matches!(base_op, abi::NB_ADD | abi::NB_SUBTRACT | abi::NB_MULTIPLY) {
            self.mixed_float_int(base_op, (a, b), base, done)?;
        }
        let r = if let Some(i) = self.stored_back_local(op) {
            // The runtime may append to a str in place when this local
            // and the stack are its only owners (two references): a
            // borrowed left operand takes its reference now, and is
            // released as an owned one.
            if self.is_borrowed(base) {
                self.incref(a);
                self.mark_borrowed(base, false)?;
            }
            let local = self.get_local(i)?;
            self.call_value(RuntimeFn::rt_inplace_add_local, &[a, b, local])?
        } else {
            // Operands this stack owns (and releases right after the call)
            // are flagged: an exact big int nobody else holds may then
            // take the result in its own digits (`types::int::reuse`).
            let mut owns = 0;
            if !self.is_borrowed(base) {
                owns |= abi::NB_OWNS_LEFT;
            }
            if !self.is_borrowed(base + 1) {
                owns |= abi::NB_OWNS_RIGHT;
            }
            if op >= abi::NB_INPLACE_OFFSET {
                let rt_op = self.word((base_op | owns) as i64);
                self.call_value(RuntimeFn::rt_inplace_op, &[a, b, rt_op])?
            } else {
                self.binary_op_via_site(op | owns, (a, b))?
            }
        };
        self.release_operand(base, a);
        self.release_operand(base + 1, b);
        self.jump(done, &[r]);

        self.switch_to(done);
        self.end_borrows(base);
        self.set(base, result)?;
        if let Some(fused) = stored_back {
            self.finish_store_back(fused)?;
        }
        Ok(())
    }

    /// For a `BINARY_OP` whose left operand `a` is the current value of
    /// local `i` and whose result `STORE_FAST i` stores right after it (no
    /// jump to the store, no float local): `i`, a new block where the int
    /// path stores its small-int result (`store_back_int`) and the block of
    /// the instruction after the store. The store is then fused into the
    /// operation.
    fn int_store_back(&mut self, a: Value) -> TResult<Option<(u32, Block, Block)>> {
        let code = self.code;
        let next = self.pc + 1;
        let Some(store) = code.instrs.get(next) else {
            return Ok(None);
        };
        let fusable = store.op == Opcode::STORE_FAST
            && self.blocks[next].is_none()
            && code.depths[next].is_some()
            && code.handlers[next] == code.handlers[self.pc]
            && self.float_local(store.arg).is_none()
            && self.get_local(store.arg)? == a;
        if !fusable {
            return Ok(None);
        }
        self.fused[next] = true;
        let stored = self.builder.create_block();
        let cont = self.continuation(next + 1);
        Ok(Some((store.arg, stored, cont)))
    }

    /// The int path's end of a fused `BINARY_OP` + `STORE_FAST i` (in
    /// `stored`): the old value was the left operand, a small int, so the
    /// store releases nothing; continues at the instruction after the store.
    fn store_back_int(&mut self, (i, stored, cont): (u32, Block, Block), r: Value) -> TResult {
        self.switch_to(stored);
        let var = self.local(i)?;
        self.builder.def_var(var, r);
        self.write_through_local(i, r)?;
        self.jump(cont, &[]);
        Ok(())
    }

    /// The other paths' end of a fused `BINARY_OP` + `STORE_FAST i`: the
    /// store itself, then the instruction after it, where the int path
    /// joins.
    fn finish_store_back(&mut self, (i, _, cont): (u32, Block, Block)) -> TResult {
        self.pc += 1;
        self.depth = self.code.depths[self.pc].ok_or("fused STORE_FAST without a depth")?;
        self.builder.set_srcloc(SourceLoc::new(self.pc as u32));
        self.store_fast_instr(i)?;
        self.jump(cont, &[]);
        self.enter_continuation(self.pc + 1, cont);
        Ok(())
    }

    /// The start of `BINARY_OP`'s slow path for `+ - *` (operands in stack
    /// slots `base` and `base + 1`, boxed): a float and a small int, as in
    /// `a + k*h`, which Python computes on the int converted to the
    /// nearest float, jump to `done` with the boxed result; anything else
    /// (two ints that overflowed, other types) continues in a new block.
    /// Kept off the float-float path, which stays as short as it is.
    fn mixed_float_int(
        &mut self,
        base_op: u64,
        (a, b): (Value, Value),
        base: u32,
        done: Block,
    ) -> TResult {
        let rest = self.builder.create_block();
        let mixed = self.builder.create_block();
        let tagged = self.both_tagged(a, b);
        self.builder.ins().brif(tagged, rest, &[], mixed, &[]);
        self.switch_to(mixed);
        let (fa, _) = self.float_value(a, None, Some(None), rest);
        let (fb, _) = self.float_value(b, None, Some(None), rest);
        let r = match base_op {
            abi::NB_ADD => self.builder.ins().fadd(fa, fb),
            abi::NB_SUBTRACT => self.builder.ins().fsub(fa, fb),
            _ => self.builder.ins().fmul(fa, fb),
        };
        let boxed = self.box_float(r);
        self.release_operand(base, a);
        self.release_operand(base + 1, b);
        self.jump(done, &[boxed]);
        self.switch_to(rest);
        Ok(())
    }

    /// For `BINARY_OP +=` directly followed by `STORE_FAST i`: `i`.
    fn stored_back_local(&self, op: u64) -> Option<u32> {
        if op != abi::NB_INPLACE_OFFSET + abi::NB_ADD {
            return None;
        }
        let next = self.code.instrs.get(self.pc + 1)?;
        (next.op == Opcode::STORE_FAST && self.float_local(next.arg).is_none()).then_some(next.arg)
    }

    /// The operands in stack slots `base` and `base + 1`, boxed where they
    /// may be unboxed (`unboxed` holds their float registers then).
    fn boxed_operands(
        &mut self,
        (a, b): (Value, Value),
        base: u32,
        unboxed: (Option<Value>, Option<Value>),
    ) -> TResult<(Value, Value)> {
        let a = match unboxed.0 {
            Some(raw) => self.box_if_unboxed(a, raw, base)?,
            None => a,
        };
        let b = match unboxed.1 {
            Some(raw) => self.box_if_unboxed(b, raw, base + 1)?,
            None => b,
        };
        Ok((a, b))
    }

    /// `COMPARE_OP op`: [a, b] -> [a op b]. When a `POP_JUMP_IF_FALSE/TRUE`
    /// follows (and nothing jumps to it), the two are translated together
    /// and the comparison result never becomes an object.
    pub(super) fn op_compare_op(&mut self, op: u32) -> TResult {
        let cc = int_cc(op).ok_or_else(|| format!("COMPARE_OP operator {op} out of range"))?;
        let next = self.pc + 1;
        if let Some(next_instr) = self.code.instrs.get(next)
            && matches!(
                next_instr.op,
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE
            )
            && self.blocks[next].is_none()
            && self.code.depths[next].is_some()
        {
            self.fused[next] = true;
            return self.compare_and_branch(
                op,
                cc,
                next_instr.op == Opcode::POP_JUMP_IF_TRUE,
                next_instr.arg,
            );
        }

        let base = self.below(2)?;
        let unboxed = (self.take_unboxed(base), self.take_unboxed(base + 1));
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let slow = self.cold_block();
        self.inline_comparisons((op, cc), (a, b), (base, unboxed), slow, |s, cond| {
            let r = s.bool_word(cond);
            s.jump(done, &[r]);
        })?;

        self.switch_to(slow);
        let (a, b) = self.boxed_operands((a, b), base, unboxed)?;
        let rt_op = self.word(i64::from(op));
        let r = self.call_value(RuntimeFn::rt_compare_op, &[a, b, rt_op])?;
        self.release_operand(base, a);
        self.release_operand(base + 1, b);
        self.jump(done, &[r]);

        self.switch_to(done);
        self.end_borrows(base);
        self.set(base, result)
    }

    /// The inline paths of `COMPARE_OP op` (`cc` its int condition) on the
    /// operands in stack slots `base` and `base + 1` (`unboxed`: their
    /// float registers): against a short str constant, or tagged ints,
    /// floats and `==`/`!=` of strs. Each path ends by handing its truth to
    /// `finish`; anything else goes to `slow`.
    fn inline_comparisons(
        &mut self,
        (op, cc): (u32, IntCC),
        (a, b): (Value, Value),
        (base, unboxed): (u32, (Option<Value>, Option<Value>)),
        slow: Block,
        finish: impl Fn(&mut Self, Value),
    ) -> TResult {
        if unboxed == (None, None) && self.compares_with_str_constant(op, b) {
            let cond = self.const_str_equality(op, (a, b), base, slow)?;
            finish(self, cond);
            return Ok(());
        }
        let fast = self.builder.create_block();
        let not_ints = self.builder.create_block();
        self.branch_if_ints((a, b), unboxed, fast, not_ints);

        self.switch_to(fast);
        let cond = self.builder.ins().icmp(cc, a, b);
        finish(self, cond);

        self.switch_to(not_ints);
        let strs = self.str_equality_block(op, unboxed, slow);
        let cond = self.float_compare(op, (a, b), (base, unboxed), strs);
        finish(self, cond);
        if strs != slow {
            self.switch_to(strs);
            let cond = self.str_equality(op, (a, b), base, slow);
            finish(self, cond);
        }
        Ok(())
    }

    /// `COMPARE_OP` + `POP_JUMP_IF_{TRUE,FALSE} target`: [a, b] -> [] and a
    /// branch. Errors of either part are reported at the comparison.
    fn compare_and_branch(&mut self, op: u32, cc: IntCC, jump_if: bool, target: u32) -> TResult {
        let base = self.below(2)?;
        let unboxed = (self.take_unboxed(base), self.take_unboxed(base + 1));
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let target = self.target_block(target)?;
        let next = self.pc + 2;
        let cont = self.continuation(next);
        let (on_true, on_false) = if jump_if {
            (target, cont)
        } else {
            (cont, target)
        };

        let slow = self.cold_block();
        self.inline_comparisons((op, cc), (a, b), (base, unboxed), slow, |s, cond| {
            s.branch(cond, on_true, on_false);
        })?;

        self.switch_to(slow);
        let (a, b) = self.boxed_operands((a, b), base, unboxed)?;
        let rt_op = self.word(i64::from(op));
        let s = self.call_status(RuntimeFn::rt_compare_bool, &[a, b, rt_op])?;
        self.release_operand(base, a);
        self.release_operand(base + 1, b);
        self.branch(s, on_true, on_false);
        self.end_borrows(base);

        self.enter_continuation(next, cont);
        Ok(())
    }

    /// `IS_OP invert`: [a, b] -> [a is b]
    pub(super) fn op_is_op(&mut self, invert: u32) -> TResult {
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let cc = if invert != 0 {
            IntCC::NotEqual
        } else {
            IntCC::Equal
        };
        let cond = self.builder.ins().icmp(cc, a, b);
        let r = self.bool_word(cond);
        let base = self.below(2)?;
        self.replace_top(2, r)?;
        self.end_borrows(base);
        Ok(())
    }

    /// `c in s` for an exact str `s` (its type `ty`) and an exact one-byte
    /// (ASCII) str `c`: scans `s`'s bytes inline and jumps to `join` with
    /// 1 or 0 (an ASCII byte only ever matches an ASCII character in
    /// UTF-8); anything else goes to `generic`.
    fn char_in_str(&mut self, item: Value, text: Value, ty: Value, generic: Block, join: Block) {
        let t = trusted();
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let text_is_str = self.builder.ins().icmp(IntCC::Equal, ty, str_type);
        let item_typed = self.builder.create_block();
        let scan = self.builder.create_block();
        let step = self.builder.create_block();
        let i = self.builder.append_block_param(scan, I64);
        self.builder
            .ins()
            .brif(text_is_str, item_typed, &[], generic, &[]);
        self.builder.switch_to_block(item_typed);
        let item_ty = self.type_of_object(item, generic);
        let byte = self.ascii_char_byte(item, item_ty, generic);
        let bytes = self
            .builder
            .ins()
            .load(I64, t, text, abi::STR_TEXT_PTR_OFFSET);
        let len = self
            .builder
            .ins()
            .load(I64, t, text, abi::STR_TEXT_LEN_OFFSET);
        let zero = self.word(0);
        self.builder.ins().jump(scan, &[BlockArg::Value(zero)]);
        // The scan: i < len and the byte at i differs -> i + 1.
        self.builder.switch_to_block(scan);
        let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let not_found = self.word(0);
        self.builder
            .ins()
            .brif(inside, step, &[], join, &[BlockArg::Value(not_found)]);
        self.builder.switch_to_block(step);
        let addr = self.builder.ins().iadd(bytes, i);
        let c = self.builder.ins().uload8(I64, t, addr, 0);
        let hit = self.builder.ins().icmp(IntCC::Equal, c, byte);
        let next = self.builder.ins().iadd_imm_s(i, 1);
        let found = self.word(1);
        self.builder.ins().brif(
            hit,
            join,
            &[BlockArg::Value(found)],
            scan,
            &[BlockArg::Value(next)],
        );
    }

    /// `k in s` for an exact set `s` and a key whose hash is known
    /// without a call — a tagged int `k` (its value, for |k| < 2**61 - 1
    /// and k != -1) or an exact str whose hash is cached (the shared
    /// one-character strs, names, keys hashed before) — answered without a
    /// call
    /// when the table decides it at a glance: 0 (to `join`) when no active
    /// key falls in `k`'s `KeyCounts` bucket, 1 when `k`'s home slot holds
    /// `k` itself (the probe's first comparison, by identity) or `k` is its
    /// bucket's only key and sits in the slot the hints name for it. (No
    /// other key can have `k`'s hash there, so CPython's probe would call
    /// no `__eq__` either.) Anything else goes to `call`.
    fn known_hash_in_set(&mut self, item: Value, set: Value, call: Block, join: Block) {
        let t = trusted();
        let tagged = self.builder.create_block();
        let ranged = self.builder.create_block();
        let int = self.builder.create_block();
        let counted = self.builder.create_block();
        // (One compare and branch per condition: Cranelift fuses each
        // `brif` with its `icmp`, where combining the flags took a `set`
        // and an `and` apiece.)
        let heap = self.builder.create_block();
        let str_key = self.builder.create_block();
        let v = self.builder.append_block_param(int, I64);
        let tag = self.builder.ins().band_imm_s(item, abi::TAG_MASK as i64);
        self.builder.ins().brif(tag, tagged, &[], heap, &[]);
        self.builder.switch_to_block(tagged);
        let tag = self.builder.ins().band_imm_s(item, abi::INT_TAG as i64);
        self.builder.ins().brif(tag, ranged, &[], call, &[]);
        self.builder.switch_to_block(ranged);
        let value = self.builder.ins().sshr_imm_s(item, 1);
        let limit = (1i64 << 61) - 2;
        let shifted = self.builder.ins().iadd_imm_s(value, limit);
        let in_range =
            self.builder
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, shifted, 2 * limit);
        // (-1 hashes to -2; its tagged word is all ones, outside the range.)
        let minus_one = self.builder.ins().icmp_imm_s(IntCC::Equal, item, -1);
        let not_minus_one = self.builder.create_block();
        self.builder
            .ins()
            .brif(in_range, not_minus_one, &[], call, &[]);
        self.builder.switch_to_block(not_minus_one);
        self.builder
            .ins()
            .brif(minus_one, call, &[], int, &[BlockArg::Value(value)]);

        // An exact str with its hash cached (-1: not computed yet).
        self.builder.switch_to_block(heap);
        let ty = self.builder.ins().load(I64, t, item, abi::OB_TYPE);
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let is_str = self.builder.ins().icmp(IntCC::Equal, ty, str_type);
        self.builder.ins().brif(is_str, str_key, &[], call, &[]);
        self.builder.switch_to_block(str_key);
        let hash = self.builder.ins().load(I64, t, item, abi::STR_HASH_OFFSET);
        let uncached = self.builder.ins().icmp_imm_s(IntCC::Equal, hash, -1);
        self.builder
            .ins()
            .brif(uncached, call, &[], int, &[BlockArg::Value(hash)]);

        self.builder.switch_to_block(int);
        let zero = self.word(0);
        let counts = self.builder.ins().load(I64, t, set, abi::SET_COUNTS_OFFSET);
        let bucket = self.builder.ins().band_imm_s(v, 31);
        let shift = self.builder.ins().ishl_imm_s(bucket, 1);
        let count = self.builder.ins().ushr(counts, shift);
        let count = self.builder.ins().band_imm_s(count, 3);
        let absent = self.word(0);
        self.builder
            .ins()
            .brif(count, counted, &[], join, &[BlockArg::Value(absent)]);

        self.builder.switch_to_block(counted);
        let slots = self
            .builder
            .ins()
            .load(I64, t, set, abi::SET_SLOTS_PTR_OFFSET);
        let len = self
            .builder
            .ins()
            .load(I64, t, set, abi::SET_SLOTS_LEN_OFFSET);
        let mask = self.builder.ins().iadd_imm_s(len, -1);
        let home = self.builder.ins().band(v, mask);
        let offset = self
            .builder
            .ins()
            .imul_imm_s(home, i64::from(abi::SET_SLOT_SIZE));
        let slot = self.builder.ins().iadd(slots, offset);
        let key = self.builder.ins().load(I64, t, slot, abi::SET_SLOT_KEY);
        let hit = self.builder.ins().icmp(IntCC::Equal, key, item);
        let found = self.word(1);
        let away = self.builder.create_block();
        self.builder
            .ins()
            .brif(hit, join, &[BlockArg::Value(found)], away, &[]);

        // Away from home: the hinted slot of `k`'s bucket, when `k` is the
        // bucket's only key (so the probe would compare no other key).
        self.builder.switch_to_block(away);
        let hinted = self.builder.create_block();
        let in_table = self.builder.create_block();
        let hints = self.builder.ins().load(I64, t, set, abi::SET_HINTS_OFFSET);
        let alone = self.builder.ins().icmp_imm_s(IntCC::Equal, count, 1);
        let has_hints = self.builder.ins().icmp(IntCC::NotEqual, hints, zero);
        let usable = self.builder.ins().band(alone, has_hints);
        self.builder.ins().brif(usable, hinted, &[], call, &[]);
        self.builder.switch_to_block(hinted);
        let byte = self.builder.ins().iadd(hints, bucket);
        let j = self.builder.ins().uload8(I64, t, byte, 0);
        let inside = self.builder.ins().icmp(IntCC::UnsignedLessThan, j, len);
        self.builder.ins().brif(inside, in_table, &[], call, &[]);
        self.builder.switch_to_block(in_table);
        let offset = self
            .builder
            .ins()
            .imul_imm_s(j, i64::from(abi::SET_SLOT_SIZE));
        let slot = self.builder.ins().iadd(slots, offset);
        let key = self.builder.ins().load(I64, t, slot, abi::SET_SLOT_KEY);
        let hit = self.builder.ins().icmp(IntCC::Equal, key, item);
        self.builder
            .ins()
            .brif(hit, join, &[BlockArg::Value(found)], call, &[]);
    }

    /// `CONTAINS_OP invert`: [a, b] -> [a in b]; an exact set asks
    /// `known_hash_in_set`, then `rt_set_contains`. A container read in
    /// place (`value_read_in_place`) gets a reference only on the runtime
    /// paths, which may run Python code.
    pub(super) fn op_contains_op(&mut self, invert: u32) -> TResult {
        let base = self.below(2)?;
        let (item, container) = (self.peek(2)?, self.peek(1)?);
        let generic = self.cold_block();
        let set = self.builder.create_block();
        let join = self.builder.create_block();
        let s = self.builder.append_block_param(join, I64);
        // Where the inline paths go with their answer: with a container
        // read in place, on to `join` with its ownership flag as it was.
        let in_place = self.ownership_flag(base + 1);
        let owns = in_place.map(|_| self.builder.append_block_param(join, I8));
        let answered = match in_place {
            Some(_) => self.builder.create_block(),
            None => join,
        };
        let operands = (item, container);
        if !self.char_in_str_constant(item, container, generic, answered) {
            let not_set = self.builder.create_block();
            let ty = self.type_of_object(container, generic);
            let set_type = self.singleton(abi::SINGLETON_SET_TYPE);
            let is_set = self.builder.ins().icmp(IntCC::Equal, ty, set_type);
            self.builder.ins().brif(is_set, set, &[], not_set, &[]);
            self.builder.switch_to_block(not_set);
            self.char_in_str(item, container, ty, generic, answered);
            self.builder.switch_to_block(set);
            let call = self.builder.create_block();
            self.known_hash_in_set(item, container, call, answered);
            self.builder.switch_to_block(call);
            let exit = (join, in_place.is_some());
            self.contains_call(RuntimeFn::rt_set_contains, base, operands, exit)?;
        }
        self.builder.switch_to_block(generic);
        let exit = (join, in_place.is_some());
        self.contains_call(RuntimeFn::rt_contains, base, operands, exit)?;
        if let Some(flag) = in_place {
            self.builder.switch_to_block(answered);
            let found = self.builder.append_block_param(answered, I64);
            self.builder.ins().jump(join, &[found.into(), flag.into()]);
        }
        self.switch_to(join);
        if let Some(owns) = owns {
            self.mark_maybe_owned(base + 1, owns)?;
        }
        let r = self.status_bool_word(s, invert != 0);
        self.release_operand(base, item);
        self.release_operand(base + 1, container);
        self.set(base, r)?;
        self.end_borrows(base);
        Ok(())
    }

    /// A runtime path of `CONTAINS_OP` (stack slots from `base`):
    /// `f(container, item)`'s status, checked, to `join` (with the
    /// container's ownership flag, set, when `flagged`: the runtime path
    /// owns its operands).
    fn contains_call(
        &mut self,
        f: RuntimeFn,
        base: u32,
        (item, container): (Value, Value),
        (join, flagged): (Block, bool),
    ) -> TResult {
        let flags = self.borrowed.clone();
        self.own_items_read_in_place(base..base + 2)?;
        let found = self.call_word(f, &[container, item])?;
        self.check_status(found);
        self.jump_flagged((join, flagged), found, true);
        self.borrowed = flags;
        Ok(())
    }

    /// `UNARY_NEGATIVE` / `UNARY_POSITIVE` / `UNARY_INVERT`: [a] -> [op a];
    /// a small int is negated inline, and so is a float (unboxed, or an
    /// exact float: its box takes the result when the stack holds its only
    /// reference), whose result may stay unboxed for a float reader
    /// (`math.exp(-x * x)`).
    pub(super) fn op_unary(&mut self, op: u64) -> TResult {
        if op != abi::UNARY_NEGATIVE {
            let a = self.peek(1)?;
            let op = self.word(op as i64);
            let r = self.call_value(RuntimeFn::rt_unary_op, &[a, op])?;
            return self.replace_top(1, r);
        }
        let pos = self.below(1)?;
        let raw = self.take_unboxed(pos);
        let a = self.peek(1)?;
        let defer = self.result_may_stay_unboxed(pos);
        if defer {
            // (Every path defines the result's float register.)
            let zero = self.builder.ins().f64const(0.0);
            self.builder.def_var(self.raw_floats[pos as usize], zero);
        }
        let done = self.builder.create_block();
        let result = self.builder.append_block_param(done, I64);
        let fast = self.builder.create_block();
        let not_int = self.builder.create_block();
        let slow = self.cold_block();
        let tagged = self.builder.ins().band_imm_s(a, abi::INT_TAG as i64);
        self.branch(tagged, fast, not_int);

        // -(2v + 1 as v) is 2(-v) + 1 = 2 - a; only -SMALL_INT_MIN overflows.
        self.switch_to(fast);
        let two = self.word(2);
        let (r, overflow) = self.builder.ins().ssub_overflow(two, a);
        self.builder
            .ins()
            .brif(overflow, slow, &[], done, &[BlockArg::Value(r)]);

        // (UNARY_NEGATIVE's operand is never borrowed: the stack owns it.)
        self.switch_to(not_int);
        let (f, boxed) = self.float_value(a, raw, None, slow);
        let negated = self.builder.ins().fneg(f);
        if defer {
            self.release_float_operand(pos, a, boxed);
            self.set_unboxed(pos, negated)?;
            let unboxed_word = self.word(0);
            self.jump(done, &[unboxed_word]);
        } else if self.known_word(boxed) == Some(0) {
            let b = self.box_float(negated);
            self.jump(done, &[b]);
        } else {
            let check = self.builder.create_block();
            let reuse = self.builder.create_block();
            let fresh = self.builder.create_block();
            self.builder.ins().brif(boxed, check, &[], fresh, &[]);
            self.switch_to(check);
            let last = self.is_last_reference(a);
            self.builder.ins().brif(last, reuse, &[], fresh, &[]);
            self.switch_to(reuse);
            self.store_float(negated, a);
            self.jump(done, &[a]);
            self.switch_to(fresh);
            let b = self.box_float(negated);
            self.release_float_operand(pos, a, boxed);
            self.jump(done, &[b]);
        }

        self.switch_to(slow);
        let op = self.word(op as i64);
        let r = self.call_value(RuntimeFn::rt_unary_op, &[a, op])?;
        self.decref(a);
        self.jump(done, &[r]);

        self.switch_to(done);
        self.set(pos, result)
    }

    /// `UNARY_NOT`: [a] -> [not a]
    pub(super) fn op_unary_not(&mut self) -> TResult {
        let a = self.peek(1)?;
        let truth = self.truth(a, true)?;
        let t = self.singleton(abi::SINGLETON_TRUE);
        let f = self.singleton(abi::SINGLETON_FALSE);
        let r = self.builder.ins().select(truth, f, t);
        let base = self.below(1)?;
        self.set(base, r)
    }
}

/// The `k` of a tagged small int word holding `2**k` (a power of two below
/// the small-int limit).
fn tagged_power_of_two(word: i64) -> Option<u32> {
    let d = word >> 1;
    (word & abi::INT_TAG as i64 != 0 && d > 0 && d.count_ones() == 1).then(|| d.trailing_zeros())
}
