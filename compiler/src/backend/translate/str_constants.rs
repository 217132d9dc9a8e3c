//! Operators with a str constant operand: `ch == '"'`, `tok != "}"`,
//! `ch in " \t\n"`. The constant's text is known when the function is
//! translated (`LOAD_CONST` records the words it pushes), so the inline
//! path checks only the other operand: an exact str whose bytes are
//! compared with the constant's inline, or a one-character str looked up
//! in a bit mask of the constant's characters. Anything else (a str
//! subclass, which may override `__eq__`; an int; a longer text) takes
//! the generic path.

use super::stack::trusted;
use super::{FunctionTranslator, TResult};
use crate::abi;
use crate::bytecode::code::Const;
use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, Value,
    condcodes::IntCC,
    types::{I8, I64},
};

/// Texts up to this many bytes are compared inline; longer constants of
/// the same length as the other operand take the generic path.
const MAX_INLINE_TEXT: usize = 8;

/// The bit masks of the characters of an ASCII text (bit `c` of the pair
/// for character `c`: the first word for 0–63, the second for 64–127);
/// None for texts with other characters or no characters.
fn ascii_masks(text: &str) -> Option<(u64, u64)> {
    if text.is_empty() || !text.is_ascii() {
        return None;
    }
    Some(text.bytes().fold((0, 0), |(lo, hi), c| {
        if c < 64 {
            (lo | 1 << c, hi)
        } else {
            (lo, hi | 1 << (c - 64))
        }
    }))
}

impl FunctionTranslator<'_> {
    /// The text of the str constant whose word `v` is (pushed by a
    /// `LOAD_CONST` this function translated), if it is one.
    pub(super) fn str_constant(&self, v: Value) -> Option<&str> {
        let i = *self.str_consts.get(&v)?;
        match self.code.consts.get(i as usize)? {
            Const::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Whether `COMPARE_OP op` on `(a, b)` takes `const_str_equality`: an
    /// equality test with a str constant on the right and boxed operands.
    pub(super) fn compares_with_str_constant(&self, op: u32, b: Value) -> bool {
        matches!(u64::from(op), abi::CMP_EQ | abi::CMP_NE)
            && self
                .str_constant(b)
                .is_some_and(|k| k.len() <= MAX_INLINE_TEXT)
    }

    /// `a == k` / `a != k` (`op`) for the str constant `k` (the word `b`,
    /// `compares_with_str_constant`): the same object is equal; an exact
    /// str is equal when its bytes are `k`'s (UTF-8 is canonical). Releases
    /// the operands and returns the truth (an I8) in a new block; other
    /// types go to `slow` with the operands untouched.
    pub(super) fn const_str_equality(
        &mut self,
        op: u32,
        (a, b): (Value, Value),
        base: u32,
        slow: Block,
    ) -> TResult<Value> {
        let t = trusted();
        let k = self
            .str_constant(b)
            .ok_or("const_str_equality without a str constant")?
            .as_bytes()
            .to_vec();
        let decided = self.builder.create_block();
        let equal = self.builder.append_block_param(decided, I8);
        let other = self.builder.create_block();
        let same_object = self.builder.ins().icmp(IntCC::Equal, a, b);
        let yes = self.builder.ins().iconst(I8, 1);
        self.builder
            .ins()
            .brif(same_object, decided, &[BlockArg::Value(yes)], other, &[]);

        self.builder.switch_to_block(other);
        let ty = self.type_of_object(a, slow);
        let str_type = self.singleton(abi::SINGLETON_STR_TYPE);
        let is_str = self.builder.ins().icmp(IntCC::Equal, ty, str_type);
        let exact = self.builder.create_block();
        self.builder.ins().brif(is_str, exact, &[], slow, &[]);

        self.builder.switch_to_block(exact);
        let len = self.builder.ins().load(I64, t, a, abi::STR_TEXT_LEN_OFFSET);
        let same_len = self
            .builder
            .ins()
            .icmp_imm_s(IntCC::Equal, len, k.len() as i64);
        let bytes_block = self.builder.create_block();
        let no = self.builder.ins().iconst(I8, 0);
        self.builder
            .ins()
            .brif(same_len, bytes_block, &[], decided, &[BlockArg::Value(no)]);

        self.builder.switch_to_block(bytes_block);
        let text = self.builder.ins().load(I64, t, a, abi::STR_TEXT_PTR_OFFSET);
        let mut all = self.builder.ins().iconst(I8, 1);
        for (j, &c) in k.iter().enumerate() {
            let byte = self.builder.ins().uload8(I64, t, text, j as i32);
            let same = self
                .builder
                .ins()
                .icmp_imm_s(IntCC::Equal, byte, i64::from(c));
            all = self.builder.ins().band(all, same);
        }
        self.builder.ins().jump(decided, &[BlockArg::Value(all)]);

        self.builder.switch_to_block(decided);
        self.release_operand(base, a);
        self.release_operand(base + 1, b);
        Ok(if u64::from(op) == abi::CMP_NE {
            self.builder.ins().bxor_imm_u(equal, 1)
        } else {
            equal
        })
    }

    /// `c in k` for the ASCII str constant `k` (the word `container`): an
    /// exact one-character str `c` is looked up in the bit masks of `k`'s
    /// characters, and the answer (1 or 0) goes to `join`. Anything else
    /// goes to `generic`. False when `k` is no such constant.
    pub(super) fn char_in_str_constant(
        &mut self,
        item: Value,
        container: Value,
        generic: Block,
        join: Block,
    ) -> bool {
        let Some((lo, hi)) = self.str_constant(container).and_then(ascii_masks) else {
            return false;
        };
        let ty = self.type_of_object(item, generic);
        let byte = self.ascii_char_byte(item, ty, generic);
        let lo = self.word(lo as i64);
        let hi = self.word(hi as i64);
        let low_half = self
            .builder
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, byte, 64);
        let mask = self.builder.ins().select(low_half, lo, hi);
        let shift = self.builder.ins().band_imm_s(byte, 63);
        let bits = self.builder.ins().ushr(mask, shift);
        let found = self.builder.ins().band_imm_s(bits, 1);
        self.builder.ins().jump(join, &[BlockArg::Value(found)]);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::ascii_masks;

    #[test]
    fn masks_split_at_64() {
        assert_eq!(ascii_masks(" \n"), Some((1 << 32 | 1 << 10, 0)));
        assert_eq!(
            ascii_masks("{}"),
            Some((0, 1 << (123 - 64) | 1 << (125 - 64)))
        );
        assert_eq!(ascii_masks(""), None);
        assert_eq!(ascii_masks("caf\u{e9}"), None);
    }
}
