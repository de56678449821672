//! The binary form of instructions: 32-bit words.
//!
//! An instruction is one head word `op:8 | A:8 | B:8 | C:8` holding the
//! opcode and the low bytes of its first three operands, optionally preceded
//! by up to three `ExtendedArg` words that supply the higher bytes of A, B and
//! C (most significant first, as CPython's EXTENDED_ARG), and followed by one
//! full word for each operand past the third and for the inline-cache slot.
//! Most instructions are one word; a cached one is two. See
//! `docs/internals/bytecode.md` for why.

use super::opcodes::{Instruction, Opcode, OperandKind};

/// Operands that live in the head word (the rest are trailing words).
const HEAD_OPERANDS: usize = 3;

/// Whether operand `index` of `opcode` sits in the head word.
fn in_head(opcode: Opcode, index: usize) -> bool {
    index < HEAD_OPERANDS && opcode.operand_kinds().get(index) != Some(&OperandKind::Cache)
}

/// How many `ExtendedArg` prefixes the head operands need.
fn prefix_count(instruction: &Instruction) -> usize {
    let opcode = instruction.opcode();
    let mut widest = 0u32;
    for (index, &value) in instruction.operands().as_slice().iter().enumerate() {
        if in_head(opcode, index) {
            widest |= value;
        }
    }
    match widest {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

/// The number of words `instruction` encodes to.
pub fn encoded_len(instruction: &Instruction) -> usize {
    let opcode = instruction.opcode();
    let trailing = (0..opcode.operand_kinds().len())
        .filter(|&index| !in_head(opcode, index))
        .count();
    prefix_count(instruction) + 1 + trailing
}

/// Appends the words of `instruction` to `out`.
pub fn encode(instruction: &Instruction, out: &mut Vec<u32>) {
    let opcode = instruction.opcode();
    let operands = instruction.operands();
    let values = operands.as_slice();
    let head = |index: usize, shift: usize| -> u32 {
        match values.get(index) {
            Some(&value) if in_head(opcode, index) => (value >> shift) & 0xff,
            _ => 0,
        }
    };
    for level in (1..=prefix_count(instruction)).rev() {
        let shift = 8 * level;
        out.push(
            Opcode::ExtendedArg as u32
                | head(0, shift) << 8
                | head(1, shift) << 16
                | head(2, shift) << 24,
        );
    }
    out.push(opcode as u32 | head(0, 0) << 8 | head(1, 0) << 16 | head(2, 0) << 24);
    for (index, &value) in values.iter().enumerate() {
        if !in_head(opcode, index) {
            out.push(value);
        }
    }
}

/// Decodes the instruction starting at word `pc`, returning it and the index
/// of the next instruction, or `None` if the words are malformed.
pub fn decode(words: &[u32], mut pc: usize) -> Option<(Instruction, usize)> {
    let mut high = [0u32; HEAD_OPERANDS];
    let mut prefixes = 0;
    loop {
        let word = *words.get(pc)?;
        pc += 1;
        let opcode = Opcode::from_byte((word & 0xff) as u8)?;
        let bytes = [(word >> 8) & 0xff, (word >> 16) & 0xff, (word >> 24) & 0xff];
        if opcode == Opcode::ExtendedArg {
            prefixes += 1;
            if prefixes > 3 {
                return None;
            }
            for (slot, byte) in high.iter_mut().zip(bytes) {
                *slot = *slot << 8 | byte;
            }
            continue;
        }
        let kinds = opcode.operand_kinds();
        let mut values = [0u32; 4];
        for index in 0..kinds.len() {
            values[index] = if in_head(opcode, index) {
                high[index] << 8 | bytes[index]
            } else {
                let value = *words.get(pc)?;
                pc += 1;
                value
            };
        }
        return Some((Instruction::from_parts(opcode, &values[..kinds.len()]), pc));
    }
}
